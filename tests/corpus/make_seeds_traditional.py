"""Write ``real/seeds_traditional/``: the five seeds in traditional script, with their gold.

``python tests/corpus/make_seeds_traditional.py`` (from the repository root, in the project's venv).
The texts are the seeds converted by OpenCC ``s2t`` (phrase-aware, as a traditional-script publisher
would print them). The gold is the seeds' hand-read gold carried over: the article titles and leaders of
``tests/unit/tagging/test_article_gold.py`` (every one of the 45 articles, read from the seeds), and the
dates, sections and leads of the simplified seeds' parse — which the seeds' per-article tests pin — after
checking that this parse gives exactly the hand-read titles. Titles are converted with the same s2t, so
the traditional parse must keep the traditional characters; leaders are compared in simplified form.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from gazette_reader.ingest.parse import parse_unchecked  # noqa: E402
from tests.unit.tagging.test_article_gold import GOLD  # noqa: E402

OUT = ROOT / "tests" / "corpus" / "real" / "seeds_traditional"


def main() -> None:
    s2t = opencc.OpenCC("s2t")
    OUT.mkdir(parents=True, exist_ok=True)
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        prefix = seed.name[:3]
        text = seed.read_text(encoding="utf-8")
        issue = parse_unchecked(text)
        hand = [title for (p, title) in GOLD if p == prefix]
        parsed = [a.title for a in issue.articles]
        assert sorted(parsed) == sorted(hand), f"{seed.name}: parse and hand gold disagree"
        items = [_item(a, issue, GOLD[(prefix, a.title)], s2t) for a in issue.articles]
        (OUT / seed.name).write_text(s2t.convert(text), encoding="utf-8")
        gold = {"layout": "seeds_traditional", "items": items}
        (OUT / seed.name).with_suffix(".gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _item(article, issue, leaders: dict, s2t) -> dict:
    year = article.year if article.year is not None else None
    return {
        "title": None if article.title_derived else s2t.convert(article.title),
        "lead": s2t.convert("".join(article.body.split())[:16]),
        "date": article.month_day,
        "year": year,
        "section": article.section,
        "leaders": [{"name": name, "title": title} for name, title in leaders.items()],
    }


if __name__ == "__main__":
    main()
