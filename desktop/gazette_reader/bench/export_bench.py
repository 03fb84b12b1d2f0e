"""Export speed: seconds per format for ``n`` synthetic articles of realistic length.

The articles are cut from the bundled seed gazettes (real Chinese text with the real punctuation and
digits, ~1,500 characters in paragraphs of ~60-300), with a spread of dates, sections, bylines, leaders and
projects, so layout engines (reportlab's CJK line breaking above all) do representative work.

Run: ``gazette bench --export docx,xlsx --articles 10000`` or ``python -m gazette_reader.bench.export_bench [N]``.
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
import time
from pathlib import Path

from gazette_reader.export import FORMATS, write_export
from gazette_reader.paths import seed_files

BODY_CHARS = 1_500
_SECTIONS = ["本月关注", "重要会议", "工作动态", "基层实录", None]
_PUBLICATIONS = [("上街区", "上街区简报"), ("二七区", "二七区新闻")]
_LEADERS = [("宋洁", "区委书记"), ("耿勇军", "区长"), ("陈红民", "区委书记"), ("崔世英", None)]
_PROJECTS = ["老旧小区改造", "三送一强", "全城清洁", "灾后恢复重建", "百城建设提质"]
_NAMES = ["景静", "张改华", "张雅青", "胡伟", "郭佳星"]
_EDGE_PUNCTUATION = re.compile(r"^\W+|\W+$")


def _corpus() -> str:
    """All seed text with blank lines and hard wraps removed: one long stream of real sentences."""
    text = "".join(p.read_text(encoding="utf-8", errors="replace") for p in seed_files())
    return "".join(text.split())


def _body(corpus: str, rng: random.Random) -> str:
    """About BODY_CHARS characters of consecutive seed text, cut into paragraphs of 60-300 characters."""
    start = rng.randrange(0, max(1, len(corpus) - BODY_CHARS))
    chunk, paras = corpus[start : start + BODY_CHARS], []
    while chunk:
        size = rng.randint(60, 300)
        paras.append(chunk[:size])
        chunk = chunk[size:]
    return "\n".join(paras)


def synthetic_article(i: int, corpus: str, rng: random.Random) -> dict:
    """One article dict in the public ``articles --json`` shape; some dates deliberately partial."""
    place, publication = rng.choice(_PUBLICATIONS)
    year, month, day = rng.choice([2019, 2020, 2021]), rng.randint(1, 12), rng.randint(1, 28)
    dated = rng.random() > 0.1
    names = rng.sample(_NAMES, rng.randint(0, 2))
    leaders = rng.sample(_LEADERS, rng.randint(0, 3))
    title_at = rng.randrange(0, len(corpus) - 40)
    return {
        "id": i, "source": f"{i % 5:03d}_bench.txt", "place": place, "publication": publication,
        "issue_id": i // 20 + 1, "issue_title": f"{year}年{month}月 总第{i // 20 + 1}期",
        "year": year, "month": month, "issue_number": str(i // 20 + 1), "section": rng.choice(_SECTIONS),
        "kind": "brief" if rng.random() < 0.2 else "article",
        "title": f"{i}号 " + _EDGE_PUNCTUATION.sub("", corpus[title_at : title_at + rng.randint(12, 30)]), "subtitle": None,
        "kicker": None, "month_day": f"{month:02d}-{day:02d}" if dated else None,
        "date": f"{year}-{month:02d}-{day:02d}" if dated else None, "bylines": names,
        "byline_roles": [{"name": n, "role": "reporter"} for n in names], "source_unit": None,
        "body": _body(corpus, rng), "leaders": [{"name": n, "title": t} for n, t in leaders],
        "projects": rng.sample(_PROJECTS, rng.randint(0, 2)), "page": rng.randint(1, 16),
    }


def synthetic_articles(n: int, seed: int = 7) -> list[dict]:
    """``n`` reproducible synthetic articles (same ``seed`` → same list)."""
    rng, corpus = random.Random(seed), _corpus()
    return [synthetic_article(i, corpus, rng) for i in range(1, n + 1)]


def run_export_bench(n: int = 1000, out_dir: Path | None = None, formats: list[str] | None = None) -> dict:
    """Export ``n`` synthetic articles to each of ``formats`` (default: every format); return
    {format: seconds, "articles": n}."""
    articles = synthetic_articles(n)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(out_dir or scratch)
        folder.mkdir(parents=True, exist_ok=True)
        timings: dict = {"articles": n}
        for fmt in formats or list(FORMATS):
            suffix = FORMATS[fmt][1]
            started = time.perf_counter()
            write_export(articles, fmt, folder / f"bench-{fmt}{suffix}", force=True)
            timings[fmt] = round(time.perf_counter() - started, 3)
    return timings


if __name__ == "__main__":
    for name, value in run_export_bench(int(sys.argv[1]) if len(sys.argv) > 1 else 1000).items():
        print(f"{name:14} {value}")
