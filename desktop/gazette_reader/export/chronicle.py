"""大事记 (chronicle): the selected articles as dated events, grouped by year then month.

Each entry has the form local chronicles use: ``4月3日　区委书记宋洁督导我区老旧小区改造提升工作。`` —
the date, a full-width space, the headline as the event, a closing 。. Imprecise dates follow the
地方志 convention: an item whose day is unknown closes its month as ``是月　…``, one whose month is
unknown closes its year as ``是年　…``, and items without a year go to a final ``日期不详`` group
(without month headings; sorted by month and day where those are known, which the entry still shows).
Within a day, items keep their selection order (the sort is stable).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from gazette_reader.export.common import Article, Steps, date_parts, title_of
from gazette_reader.export.docx_writer import new_document
from gazette_reader.export.markdown_writer import escape

TITLE = "大事记"
UNDATED = "日期不详"
SPACE = "\u3000"
_LAST = 99  # sorts unknown months/days after every real one


@dataclass(frozen=True)
class Entry:
    """One chronicle line with the (year, month) group it belongs to; ``None`` parts are unknown."""

    year: int | None
    month: int | None
    day: int | None
    text: str
    article: Article

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """Known years first and in order, unknown month/day at the end of their group."""
        return (self.year if self.year is not None else 10_000, self.month or _LAST, self.day or _LAST)


def entry(article: Article) -> Entry:
    """The chronicle entry for one article."""
    year, month, day = date_parts(article)
    if month is None:
        day = None
    return Entry(year, month, day, f"{_date_prefix(year, month, day)}{_event(article)}", article)


def _date_prefix(year: int | None, month: int | None, day: int | None) -> str:
    """``4月3日　``, ``是月　``, ``是年　`` or nothing, by how much of the date is known.

    Without a year an entry goes to the ``日期不详`` group, but a known month and day still help the reader.
    """
    if year is None:
        return f"{month}月{day}日{SPACE}" if month and day else ""
    if month is None:
        return f"是年{SPACE}"
    if day is None:
        return f"是月{SPACE}"
    return f"{month}月{day}日{SPACE}"


def _event(article: Article) -> str:
    """The headline as an event sentence ending in a single 。."""
    text = title_of(article).rstrip("。.，,；; ")
    return text if text.endswith(("！", "？", "!", "?")) else text + "。"


def entries(articles: Sequence[Article]) -> list[Entry]:
    """All entries in chronicle order."""
    return sorted((entry(a) for a in articles), key=lambda e: e.sort_key)


def outline(articles: Sequence[Article]) -> list[tuple[str, list[tuple[str | None, list[Entry]]]]]:
    """The chronicle as [(year heading, [(month heading or None, entries)])].

    Month-less entries of a year form a group with no month heading, placed after the months.
    """
    years = []
    for year, in_year in groupby(entries(articles), key=lambda e: e.year):
        heading = f"{year}年" if year is not None else UNDATED
        months = [
            (f"{month}月" if month is not None else None, list(group))
            for month, group in groupby(in_year, key=lambda e: e.month if e.year is not None else None)
        ]
        years.append((heading, months))
    return years


def chronicle_markdown(articles: Sequence[Article], steps: Steps | None = None) -> str:
    """The chronicle as Markdown: ``#`` title, ``##`` years, ``###`` months, one paragraph per entry."""
    steps = steps or Steps(len(articles))
    lines = [f"# {TITLE}", ""]
    for year, months in outline(articles):
        lines += [f"## {year}", ""]
        for month, group in months:
            if month:
                lines += [f"### {month}", ""]
            for item in group:
                steps.cancel.check()
                lines += [escape(item.text), ""]
                steps.advance(item.article)
    return "\n".join(lines)


def write_chronicle_markdown(articles: Sequence[Article], path: Path, steps: Steps) -> None:
    """Write the chronicle as a UTF-8 Markdown file."""
    path.write_text(chronicle_markdown(articles, steps), encoding="utf-8")


def write_chronicle_docx(articles: Sequence[Article], path: Path, steps: Steps) -> None:
    """Write the chronicle as Word: Heading 1 per year, Heading 2 per month, one paragraph per entry."""
    document = new_document(TITLE)
    document.add_heading(TITLE, level=0)
    for year, months in outline(articles):
        document.add_heading(year, level=1)
        for month, group in months:
            if month:
                document.add_heading(month, level=2)
            for item in group:
                steps.cancel.check()
                document.add_paragraph(item.text)
                steps.advance(item.article)
    document.save(str(path))
