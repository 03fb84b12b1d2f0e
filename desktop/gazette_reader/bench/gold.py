"""``gazette bench --corpus DIR``: score the parser and the tagger against a hand-made gold corpus.

Each document ``<layout>/<slug>.txt`` has a ``<slug>.gold.json`` written by reading the text (format in
``tests/corpus/real/README.md``). The documents are imported through the normal import path into a
temporary library, so what is scored is exactly what a user gets: the split, the titles, the dates and
the leader tags. Gold items are aligned with the parsed articles in reading order, by title or by the
item's lead (its first characters), and every figure is reported per layout and overall.
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gazette_reader.library import Library
from gazette_reader.text.normalize import normalize

_LOOKAHEAD = 6
"""How many parsed articles past the last match an item may be found in (a missed split or an extra
article shifts the rest by one or two; a larger window would pair unrelated items)."""
_LEAD_WINDOW = 80
"""A lead counts as found when it starts within this many characters of an article's text."""


@dataclass
class Tally:
    """Counts for one layout (or overall); the ratios are computed at the end."""

    documents: int = 0
    gold_items: int = 0
    parsed_items: int = 0
    matched: int = 0
    titled: int = 0
    exact_titles: int = 0
    dated: int = 0
    right_dates: int = 0
    leaders_gold: int = 0
    leaders_found: int = 0
    leaders_right: int = 0
    titles_gold: int = 0
    titles_found: int = 0
    titles_right: int = 0
    collapsed: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        """Sum another tally into this one."""
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)

    def figures(self) -> dict:
        """The JSON-ready ratios (None where there is nothing to measure)."""
        recall, precision = _ratio(self.matched, self.gold_items), _ratio(self.matched, self.parsed_items)
        return {
            "documents": self.documents, "gold_items": self.gold_items, "parsed_items": self.parsed_items,
            "article_recall": recall, "article_precision": precision, "article_f1": _f1(precision, recall),
            "exact_titles": _ratio(self.exact_titles, self.titled),
            "dates": _ratio(self.right_dates, self.dated),
            "leaders_precision": _ratio(self.leaders_right, self.leaders_found),
            "leaders_recall": _ratio(self.leaders_right, self.leaders_gold),
            "leader_titles_precision": _ratio(self.titles_right, self.titles_found),
            "leader_titles_recall": _ratio(self.titles_right, self.titles_gold),
            "collapsed_documents": sorted(self.collapsed),
        }


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    if not precision or not recall:
        return 0.0 if precision is not None and recall is not None else None
    return round(2 * precision * recall / (precision + recall), 3)


def gold_documents(folder: Path) -> list[tuple[Path, dict]]:
    """Every ``*.txt`` under ``folder`` that has a gold file beside it, sorted by path."""
    found = []
    for text in sorted(folder.rglob("*.txt")):
        gold = text.with_suffix(".gold.json")
        if gold.exists():
            found.append((text, json.loads(gold.read_text(encoding="utf-8"))))
    return found


def score_corpus(folder: Path, *, details: bool = False) -> dict:
    """Import every gold document into a temporary library and score it; JSON-ready figures."""
    documents = gold_documents(folder)
    with tempfile.TemporaryDirectory(prefix="gazette-gold-") as tmp:
        library = Library.open(Path(tmp) / "gold.sqlite")
        try:
            parsed = _import_each(library, [path for path, _ in documents])
        finally:
            library.close()
    per_layout: dict[str, Tally] = defaultdict(Tally)
    report_docs = []
    for path, gold in documents:
        layout = gold.get("layout") or path.parent.name
        tally, rows = score_document(gold["items"], parsed.get(path, []))
        if len(parsed.get(path, [])) == 1 and len(gold["items"]) > 1:
            tally.collapsed.append(str(path.relative_to(folder)))
        per_layout[layout].add(tally)
        if details:
            report_docs.append({"document": str(path.relative_to(folder)), **tally.figures(), "items": rows})
    overall = Tally()
    for tally in per_layout.values():
        overall.add(tally)
    result = {"overall": overall.figures(), "layouts": {k: v.figures() for k, v in sorted(per_layout.items())}}
    if details:
        result["documents"] = report_docs
    return result


def _import_each(library: Library, paths: Sequence[Path]) -> dict[Path, list[dict]]:
    """Import the documents one by one (so each file's articles are known) and read them back."""
    parsed: dict[Path, list[dict]] = {}
    for path in paths:
        report = library.import_files([path])
        issue_ids = [o.issue_id for o in report.outcomes if o.issue_id is not None]
        parsed[path] = [a for i in issue_ids for a in library.articles(issue_id=i)]
    return parsed


def score_document(items: Sequence[dict], articles: Sequence[dict]) -> tuple[Tally, list[dict]]:
    """Align the gold items with the parsed articles and count what agrees."""
    tally = Tally(documents=1, gold_items=len(items), parsed_items=len(articles))
    rows, used, cursor = [], set(), 0
    for item in items:
        index = _find(item, articles, cursor, used)
        row = {"gold_title": item.get("title"), "lead": item.get("lead")}
        if index is not None:
            used.add(index)
            cursor = index + 1
            _score_item(tally, item, articles[index], row)
        else:
            _count_unmatched(tally, item)
        rows.append(row)
    return tally, rows


def _find(item: dict, articles: Sequence[dict], cursor: int, used: set[int]) -> int | None:
    """The parsed article that holds this gold item, searched from the last match onwards."""
    window = [i for i in range(cursor, min(len(articles), cursor + _LOOKAHEAD)) if i not in used]
    for test in (_same_title, _holds_lead):
        for i in window:
            if test(item, articles[i]):
                return i
    return None


def _key(text: str | None) -> str:
    """Text compared without spaces, in simplified script."""
    return normalize("".join((text or "").split()))


def _same_title(item: dict, article: dict) -> bool:
    return bool(item.get("title")) and _key(item["title"]) == _key(article.get("title"))


def _holds_lead(item: dict, article: dict) -> bool:
    lead = _key(item.get("lead"))
    if not lead:
        return False
    text = _key((article.get("title") or "") + (article.get("body") or ""))
    return lead in text[: _LEAD_WINDOW + len(lead)]


def _score_item(tally: Tally, item: dict, article: dict, row: dict) -> None:
    tally.matched += 1
    row["title"], row["date"] = article.get("title"), article.get("month_day")
    if item.get("title"):
        tally.titled += 1
        tally.exact_titles += "".join(item["title"].split()) == "".join((article.get("title") or "").split())
    if item.get("date"):
        tally.dated += 1
        tally.right_dates += _same_date(item, article)
    _score_leaders(tally, item.get("leaders") or [], article.get("leaders") or [], row)


def _same_date(item: dict, article: dict) -> bool:
    """Month and day agree, and the year too where both the gold and the article state one."""
    if item["date"] != article.get("month_day"):
        return False
    return not item.get("year") or not article.get("year") or item["year"] == article["year"]


def _count_unmatched(tally: Tally, item: dict) -> None:
    """A missed item: its title, date and leaders count as wrong (recall side only)."""
    tally.titled += bool(item.get("title"))
    tally.dated += bool(item.get("date"))
    leaders = item.get("leaders") or []
    tally.leaders_gold += len(leaders)
    tally.titles_gold += sum(1 for person in leaders if person.get("title"))


def _score_leaders(tally: Tally, gold: Iterable[dict], found: Iterable[dict], row: dict) -> None:
    gold_names = {_key(p["name"]) for p in gold}
    found_names = {_key(p["name"]) for p in found}
    gold_titles = {(_key(p["name"]), _key(p["title"])) for p in gold if p.get("title")}
    found_titles = {(_key(p["name"]), _key(p["title"])) for p in found if p.get("title")}
    tally.leaders_gold += len(gold_names)
    tally.leaders_found += len(found_names)
    tally.leaders_right += len(gold_names & found_names)
    tally.titles_gold += len(gold_titles)
    tally.titles_found += len(found_titles)
    tally.titles_right += len(gold_titles & found_titles)
    row["leaders_missed"] = sorted(gold_names - found_names)
    row["leaders_extra"] = sorted(found_names - gold_names)
