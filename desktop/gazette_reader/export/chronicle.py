"""大事记 (chronicle) by the conventions of local chronicles: 以时系事, 一事一条, 记时 + 记事.

* **One entry per event.** Reports of the same event (same date, similar event text or title; see
  :data:`SAME_EVENT`) are merged into one entry that lists every source.
* **记时.** Entries sit under year and month headings and open with their day: ``4月3日，…``; a second
  event on the same day opens ``同日，…``. An entry whose day is unknown closes its month as ``是月，…``;
  one whose month is unknown closes its year as ``是年，…``; entries without a year go to a final
  ``日期不详`` group (with ``4月3日，`` still shown when month and day are known).
* **记事.** The event sentence condensed from the lead (:mod:`chronicle_text`), followed by its sources in
  the office's form ``（《上街区简报》2020年4月总第93期）``, as a GB/T 7714 reference, or not at all.
* **Edits.** The preview may change an entry's text or date or drop it; edits are keyed by the entry's
  article ids (:func:`entry_key`), so they apply again whenever the same items are exported.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import groupby
from pathlib import Path
from typing import Any

from gazette_reader.export.chronicle_text import event_text, lead_date, short_source, similarity
from gazette_reader.export.citation import citation
from gazette_reader.export.common import Article, ExportOptions, Steps, date_parts, title_of

TITLE = "大事记"
UNDATED = "日期不详"
SAME_EVENT = 0.5
"""Bigram similarity of event texts (or titles) above which two same-day reports are one event."""
_LAST = 99  # sorts unknown months/days after every real one
_DATE = re.compile(r"^\s*(?:(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?)?\s*$")


@dataclass
class Entry:
    """One chronicle entry: its date (``None`` parts unknown), event text and the articles reporting it."""

    year: int | None
    month: int | None
    day: int | None
    text: str
    articles: list[Article] = field(default_factory=list)
    dropped: bool = False

    @property
    def key(self) -> str:
        """The entry's identity for edits: its article ids, sorted, comma-separated."""
        return entry_key(self.articles)

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """Known years first and in order, unknown month/day at the end of their group."""
        return (self.year if self.year is not None else 10_000, self.month or _LAST, self.day or _LAST)

    def date_text(self) -> str:
        """The date as ``2020-04-03`` / ``2020-04`` / ``2020`` / empty (the preview's editable form)."""
        parts = [f"{self.year:04d}"] if self.year else []
        if parts and self.month:
            parts.append(f"{self.month:02d}")
            if self.day:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)


def entry_key(articles: Sequence[Article]) -> str:
    """``"12,40"``: the ids of the articles an entry reports, sorted."""
    return ",".join(str(i) for i in sorted(int(a.get("id") or 0) for a in articles))


def parse_date(text: str) -> tuple[int | None, int | None, int | None]:
    """``2020-04-03`` / ``2020-04`` / ``2020`` / empty → (year, month, day); ValueError for anything else."""
    match = _DATE.match(text or "")
    if not match:
        raise ValueError(f"not a date: {text!r} (use 2020-04-03, 2020-04, 2020 or leave it empty)")
    year, month, day = (int(g) if g else None for g in match.groups())
    if (month and not 1 <= month <= 12) or (day and not 1 <= day <= 31):
        raise ValueError(f"not a date: {text!r}")
    return year, month, day


def single_entry(article: Article) -> Entry:
    """The entry for one article: its date (the lead's month and day when the record has none)."""
    year, month, day = date_parts(article)
    if month is None or day is None:
        _, lead_month, lead_day = lead_date(article)
        if lead_month and (month is None or month == lead_month):
            month, day = lead_month, lead_day
    if month is None:
        day = None
    return Entry(year, month, day, event_text(article), [article])


def chronicle_entries(articles: Sequence[Article], options: ExportOptions | None = None) -> list[Entry]:
    """Every entry in chronicle order, reports of one event merged, edits applied (dropped ones kept,
    flagged, so a preview can show and restore them)."""
    merged: list[Entry] = []
    by_day: dict[tuple[int | None, int | None, int | None], list[Entry]] = {}
    for entry in sorted((single_entry(a) for a in articles), key=lambda e: e.sort_key):
        day = by_day.setdefault((entry.year, entry.month, entry.day), [])
        same = next((m for m in day if _same_event(m, entry)), None)
        if same is None:
            merged.append(entry)
            day.append(entry)
        else:
            same.articles.append(entry.articles[0])
    edits = (options or ExportOptions()).edits
    edited = [_edited(entry, edits.get(entry.key)) for entry in merged]
    return sorted(edited, key=lambda e: e.sort_key)


def _same_event(a: Entry, b: Entry) -> bool:
    """Same (year, month, day) with day known, and the event texts or titles alike."""
    if (a.year, a.month, a.day) != (b.year, b.month, b.day) or a.day is None:
        return False
    title_a, title_b = title_of(a.articles[0]), title_of(b.articles[0])
    return max(similarity(a.text, b.text), similarity(title_a, title_b)) >= SAME_EVENT


def _edited(entry: Entry, edit: Mapping[str, Any] | None) -> Entry:
    """The entry with a stored edit applied (text, date, dropped); unchanged without one."""
    if not edit:
        return entry
    changes: dict[str, Any] = {"dropped": bool(edit.get("dropped"))}
    if edit.get("text"):
        changes["text"] = str(edit["text"])
    if "date" in edit:
        try:
            changes["year"], changes["month"], changes["day"] = parse_date(str(edit["date"] or ""))
        except ValueError:
            pass  # a stored date that no longer parses keeps the computed one
    return replace(entry, **changes)


def sources_text(entry: Entry, style: str) -> str:
    """``（《上街区简报》2020年4月总第93期；《二七区新闻》2020年4月4日）`` or GB/T 7714 references; empty
    for ``none``."""
    if style == "none":
        return ""
    names = [citation(a) if style == "citation" else short_source(a) for a in entry.articles]
    unique = [n for i, n in enumerate(names) if n and n not in names[:i]]
    return f"（{'；'.join(unique)}）" if unique else ""


def outline(entries: Sequence[Entry]) -> list[tuple[str, list[tuple[str | None, list[tuple[str, Entry]]]]]]:
    """[(year heading, [(month heading or None, [(date prefix, entry)])])] of the entries not dropped.

    Month-less entries of a year form a group with no month heading, placed after the months.
    """
    kept = [e for e in entries if not e.dropped]
    prefixes = _prefixes(kept)
    years = []
    for year, in_year in groupby(kept, key=lambda e: e.year):
        heading = f"{year}年" if year is not None else UNDATED
        months = [
            (f"{month}月" if month is not None else None, [(prefixes[id(e)], e) for e in group])
            for month, group in groupby(in_year, key=lambda e: e.month if e.year is not None else None)
        ]
        years.append((heading, months))
    return years


def _prefixes(entries: Sequence[Entry]) -> dict[int, str]:
    """记时 for each entry: ``4月3日，``, ``同日，`` after an entry of the same day, ``是月，``, ``是年，``."""
    prefixes, previous = {}, None
    for entry in entries:
        date = (entry.year, entry.month, entry.day)
        if entry.day and date == previous:
            prefixes[id(entry)] = "同日，"
        elif entry.month and entry.day:
            prefixes[id(entry)] = f"{entry.month}月{entry.day}日，"
        elif entry.year is None:
            prefixes[id(entry)] = ""
        else:
            prefixes[id(entry)] = "是年，" if entry.month is None else "是月，"
        previous = date
    return prefixes


def entry_line(prefix: str, entry: Entry, style: str) -> str:
    """The whole entry as one line of text: 记时, 记事, sources."""
    return f"{prefix}{entry.text}{sources_text(entry, style)}"


def write_chronicle_markdown(articles: Sequence[Article], path: Path, steps: Steps) -> None:
    """Write the chronicle as a UTF-8 Markdown file."""
    from gazette_reader.export.chronicle_writers import chronicle_markdown

    path.write_text(chronicle_markdown(articles, steps), encoding="utf-8")


def write_chronicle_docx(articles: Sequence[Article], path: Path, steps: Steps) -> None:
    """Write the chronicle as Word (see :mod:`chronicle_writers`)."""
    from gazette_reader.export.chronicle_writers import chronicle_docx

    chronicle_docx(articles, path, steps)


def write_chronicle_xlsx(articles: Sequence[Article], path: Path, steps: Steps) -> None:
    """Write the chronicle's entries as spreadsheet rows (see :mod:`chronicle_writers`)."""
    from gazette_reader.export.chronicle_writers import chronicle_xlsx

    chronicle_xlsx(articles, path, steps)
