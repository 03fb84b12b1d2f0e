"""Facet tokens: an article's place, section and date as words of its full-text document.

Why: ``地区:上街区 建设`` used to materialise every article containing 建设 (most of the library) and read
each one's row to test the place, ~100 ms at 100,000 articles. With the filter values in the FTS5
document, FTS5 intersects two doclists instead, and a filter alone is one doclist.

The tokens live in their own column (``facets``, weight 0 in bm25) and start with ``x``, which no
character code does (:mod:`gazette_reader.text.ngrams`):

* ``xp`` + the spelled normalised place, ``xs`` + the spelled normalised section (a value longer than
  :data:`SPELLED_MAX` characters: ``xph``/``xsh`` + its SHA-1, keeping tokens short);
* ``xy2020``, ``xm202004`` and ``xd20200415`` from the article's ``YYYY-MM-DD`` date;
* :data:`FILLER` (``xnone``) in place of each token an article lacks (no place, no section, no date).

Why the filler: FTS5's bm25 measures a document's length over all its columns, the zero-weight facets
included, so an undated article (three tokens fewer) outranked the same text dated. With the filler every
article has exactly :data:`TOKENS_PER_ARTICLE` facet tokens and the facets cannot change a score.

A date range becomes the fewest whole years, months and days that cover it exactly, in the string order
SQLite compares dates in (every month has days 01–31 there, so a text's impossible 2月30日 still counts as
February), clipped to the library's first and last dates.
"""

from __future__ import annotations

import hashlib
import re

from sqlite_utils import Database

from gazette_reader.search.query import Filter
from gazette_reader.text.ngrams import spell
from gazette_reader.text.normalize import normalize

COLUMN = "facets"
SPELLED_MAX = 16
NO_MATCH_TOKEN = "xnever"
"""A token no document has: what a filter that cannot match (a range outside the library) looks for."""
FILLER = "xnone"
"""Stands for a missing place, section or date token; no filter looks for it."""
TOKENS_PER_ARTICLE = 5
"""Place, section, year, month, day: every article's facet document has this many tokens."""
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_PREFIX = {"place": "xp", "section": "xs"}
FIELDS = frozenset({*_PREFIX, "date"})
"""The filters answered by facet tokens."""

Day = tuple[int, int, int]


def value_token(field: str, norm: str) -> str:
    """The token of a normalised place or section value."""
    if len(norm) > SPELLED_MAX:
        return f"{_PREFIX[field]}h{hashlib.sha1(norm.encode('utf-8')).hexdigest()}"
    return _PREFIX[field] + spell(norm)


def facet_tokens(place: str | None, section: str | None, date: str | None) -> str:
    """An article's facet document: :data:`TOKENS_PER_ARTICLE` space-separated tokens, :data:`FILLER`
    for what is unknown (see the module docstring)."""
    norms = (("place", normalize(place or "")), ("section", normalize(section or "")))
    tokens = [value_token(f, norm) if norm else FILLER for f, norm in norms]
    match = _DATE.fullmatch(date or "")
    if match:
        year, month, day = match.groups()
        tokens += [f"xy{year}", f"xm{year}{month}", f"xd{year}{month}{day}"]
    else:
        tokens += [FILLER] * 3
    return " ".join(tokens)


def filter_expression(db: Database, flt: Filter, *, column: str | None = COLUMN) -> str | None:
    """The FTS5 expression of a place, section or date filter, on ``column`` (None: a table whose only
    column holds them, the character index); None for filters on tags (people, projects), which change
    with corrections and stay SQL conditions."""
    if flt.field not in FIELDS:
        return None
    if flt.field in _PREFIX:
        tokens = [value_token(flt.field, flt.value)]
    else:
        tokens = date_tokens(*_clipped(db, flt.value)) or [NO_MATCH_TOKEN]
    expression = " OR ".join(f'"{token}"' for token in tokens)
    return f"{{{column}}} : ({expression})" if column else f"({expression})"


def _clipped(db: Database, value: str) -> tuple[str, str]:
    """A ``lo..hi`` range (either end open) narrowed to the dates the library holds.

    Two subqueries, not ``SELECT min(date), max(date)``: SQLite answers a lone min() or max() from the
    end of the date index, but both in one select scan all of it (80 ms a date filter at a million)."""
    first, last = db.execute("SELECT (SELECT min(date) FROM articles), (SELECT max(date) FROM articles)").fetchone()
    if first is None:
        return "1", "0"  # no dated article: an empty range
    lo, _, hi = value.partition("..")
    return max(lo or first, first), min(hi or last, last)


def date_tokens(lo: str, hi: str) -> list[str]:
    """Year, month and day tokens covering the ``YYYY-MM-DD`` strings from ``lo`` to ``hi`` inclusive."""
    start, end = _day(lo, low=True), _day(hi, low=False)
    tokens: list[str] = []
    while start <= end:
        year, month, day = start
        if month == 1 and day == 1 and (year, 12, 31) <= end:
            tokens.append(f"xy{year:04d}")
            start = (year + 1, 1, 1)
        elif day == 1 and (year, month, 31) <= end:
            tokens.append(f"xm{year:04d}{month:02d}")
            start = _next_month(year, month)
        else:
            tokens.append(f"xd{year:04d}{month:02d}{day:02d}")
            start = (year, month, day + 1) if day < 31 else _next_month(year, month)
    return tokens


def _day(text: str, *, low: bool) -> Day:
    """A date string as a (year, month, day) triple; a malformed one as an empty end of the range."""
    match = _DATE.fullmatch(text)
    if not match:
        return (9999, 12, 32) if low else (0, 0, 0)
    year, month, day = (int(part) for part in match.groups())
    return year, month, day


def _next_month(year: int, month: int) -> Day:
    return (year + 1, 1, 1) if month == 12 else (year, month + 1, 1)
