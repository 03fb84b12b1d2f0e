"""The search language, parsed into a small tree: an AND of OR-groups of (possibly negated) atoms.

``老旧小区 宋洁 OR 耿勇军 -疫情 栏目:工作动态 日期:2020-04..2020-06`` reads as
``老旧小区 AND (宋洁 OR 耿勇军) AND NOT 疫情 AND section AND date``. ``OR`` binds tighter than the implicit
AND, as in web search engines, so no parentheses are needed. ``"…"`` (or “…”) quotes a term containing
spaces; ``-`` before an atom negates it; ``key:value`` (also ``key：value``) is a filter when ``key`` is
known, otherwise a plain term (so ``10:30`` still searches for itself).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from gazette_reader.errors import QueryError
from gazette_reader.text.normalize import normalize

FILTER_KEYS = {
    "人物": "leader", "leader": "leader", "项目": "project", "project": "project",
    "栏目": "section", "section": "section", "地区": "place", "place": "place",
    "日期": "date", "date": "date",
}
_QUOTES = {'"': '"', "“": "”", "”": "”"}
_SEPARATORS = ":："
_DATE = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")
_DATE_HELP = "use 2020, 2020-04, 2020-04-01 or a range such as 2020-04..2020-06, 2020-04.. or ..2020-06"


@dataclass(frozen=True)
class Term:
    """Text that must occur as a substring; ``norm`` is its normalised form."""

    text: str
    norm: str


@dataclass(frozen=True)
class Filter:
    """A field filter. For dates, ``value`` is ``"lo..hi"`` with inclusive ``YYYY-MM-DD`` bounds.

    A month's upper bound is its day 31 whatever its length: stored dates come from the text, and an
    article dated 2月30日 (a typo the gazette printed) still belongs to February."""

    field: str
    value: str


@dataclass(frozen=True)
class Atom:
    node: Term | Filter
    negated: bool = False


@dataclass(frozen=True)
class Query:
    """All groups must hold; a group holds when any of its atoms does."""

    groups: tuple[tuple[Atom, ...], ...]

    @property
    def highlight_terms(self) -> list[str]:
        """Normalised positive terms, longest first: what the reader highlights."""
        terms = {a.node.norm for g in self.groups for a in g if isinstance(a.node, Term) and not a.negated}
        return sorted(terms, key=lambda t: (-len(t), t))


@dataclass(frozen=True)
class _Word:
    text: str
    quoted: bool
    negated: bool
    key: str | None = None


def parse(query: str) -> Query:
    """Parse a query string; raises :class:`QueryError` with a readable sentence when it is malformed."""
    words = list(_words(query))
    if not words:
        raise QueryError("The query is empty: type a word to search for, or a filter such as 栏目:工作动态.")
    return Query(_group([(w if _is_or(w) else _atom(w)) for w in words]))


def _is_or(word: _Word) -> bool:
    return word.text == "OR" and not word.quoted and not word.negated and word.key is None


def _words(query: str) -> list[_Word]:
    words, i, n = [], 0, len(query)
    while i < n:
        if query[i].isspace():
            i += 1
            continue
        negated = query[i] == "-" and i + 1 < n and not query[i + 1].isspace()
        i += negated
        word, i = _read_word(query, i, negated)
        words.append(word)
    return words


def _read_word(query: str, i: int, negated: bool) -> tuple[_Word, int]:
    if query[i] in _QUOTES:
        text, i = _read_quoted(query, i)
        return _Word(text, True, negated), i
    start = i
    while i < len(query) and not query[i].isspace():
        if query[i] in _SEPARATORS and normalize(query[start:i]) in FILTER_KEYS:
            key = FILTER_KEYS[normalize(query[start:i])]
            if i + 1 < len(query) and query[i + 1] in _QUOTES:
                text, i = _read_quoted(query, i + 1)
                return _Word(text, True, negated, key), i
            end = _word_end(query, i + 1)
            return _Word(query[i + 1 : end], False, negated, key), end
        i += 1
    return _Word(query[start:i], False, negated), i


def _word_end(query: str, i: int) -> int:
    while i < len(query) and not query[i].isspace():
        i += 1
    return i


def _read_quoted(query: str, i: int) -> tuple[str, int]:
    close = query.find(_QUOTES[query[i]], i + 1)
    if close < 0:
        raise QueryError(f"The quote opened at position {i + 1} is never closed.")
    return query[i + 1 : close], close + 1


def _atom(word: _Word) -> Atom:
    if word.key is not None:
        return Atom(_filter(word.key, word.text), word.negated)
    norm = normalize(word.text)
    if not norm:
        raise QueryError('An empty quoted term ("") cannot be searched for.')
    return Atom(Term(word.text, norm), word.negated)


def _filter(key: str, value: str) -> Filter:
    if not value.strip():
        raise QueryError(f"The filter {key}: needs a value, for example {key}:{_EXAMPLES[key]}.")
    if key == "date":
        return Filter("date", _date_range(value.strip()))
    return Filter(key, normalize(value))


_EXAMPLES = {"leader": "宋洁", "project": "老旧小区改造", "section": "工作动态", "place": "二七区", "date": "2020-04"}


def _group(items: list[_Word | Atom]) -> tuple[tuple[Atom, ...], ...]:
    """Fold ``a OR b`` sequences into groups; every other neighbour pair is an AND."""
    groups: list[list[Atom]] = []
    pending_or = False
    for item in items:
        if isinstance(item, _Word):  # an OR
            if not groups or pending_or:
                raise QueryError("OR must stand between two search terms, as in 宋洁 OR 耿勇军.")
            pending_or = True
        elif pending_or:
            groups[-1].append(item)
            pending_or = False
        else:
            groups.append([item])
    if pending_or:
        raise QueryError("OR must stand between two search terms, as in 宋洁 OR 耿勇军.")
    return tuple(tuple(g) for g in groups)


def _date_range(value: str) -> str:
    """``"lo..hi"`` with inclusive ISO bounds (either may be empty for an open range)."""
    if ".." in value:
        lo_text, _, hi_text = value.partition("..")
        if not lo_text and not hi_text:
            raise QueryError(f"The date range {value!r} has no dates; {_DATE_HELP}.")
        lo = _date_bound(lo_text, upper=False) if lo_text else ""
        hi = _date_bound(hi_text, upper=True) if hi_text else ""
        if lo and hi and lo > hi:
            raise QueryError(f"The date range {value!r} ends before it starts.")
        return f"{lo}..{hi}"
    return f"{_date_bound(value, upper=False)}..{_date_bound(value, upper=True)}"


def _date_bound(text: str, *, upper: bool) -> str:
    """The first (or last) day a year, month or day stands for, as ``YYYY-MM-DD`` (see :class:`Filter`)."""
    match = _DATE.fullmatch(text)
    if not match:
        raise QueryError(f"{text!r} is not a date; {_DATE_HELP}.")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return f"{year:04d}-12-31" if upper else f"{year:04d}-01-01"
        if day is None:
            dt.date(year, month, 1)  # validates the month
            return f"{year:04d}-{month:02d}-{31 if upper else 1:02d}"
        return dt.date(year, month, day).isoformat()
    except ValueError:
        raise QueryError(f"{text!r} is not a valid date; {_DATE_HELP}.") from None
