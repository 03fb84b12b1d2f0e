"""The search language, parsed into a small tree: an AND of OR-groups of (possibly negated) atoms.

``老旧小区 宋洁 OR 耿勇军 -疫情 栏目:工作动态 日期:2020-04..2020-06`` reads as
``老旧小区 AND (宋洁 OR 耿勇军) AND NOT 疫情 AND section AND date``. ``OR`` binds tighter than the implicit
AND, as in web search engines, so no parentheses are needed. ``-`` before an atom negates it;
``key:value`` (also ``key：value``) is a filter when ``key`` is known, otherwise a plain term (so ``10:30``
still searches for itself).

Quotes. ASCII ``"…"`` always groups what it encloses into one term (spaces inside never matter). Chinese
quotation marks are text users paste as often as syntax, so ``“…”`` groups only when it stands as a whole
word: ``“`` opens the word (after an optional ``-`` or ``key:``) and its first ``”`` ends it, followed by a
space or the end of the query; the marks themselves are then not searched for (``“老旧 小区”`` finds
老旧小区). Anywhere else ``“`` and ``”`` are characters of the term: ``“美丽上街”建设`` and
``开展“全城清洁”行动`` search for exactly that text, and ``“美丽`` for ``“美丽``.

Size. A query holds at most :data:`MAX_QUERY_CHARS` characters and :data:`MAX_ATOMS` terms and filters:
enough for any search a person types or a widget builds, and far below what SQLite's parsers accept, so
no query reaches them with a shape they refuse.
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
    "日期": "date", "date": "date", "备注": "note", "note": "note",
}
ZH_KEYS = {"leader": "人物", "project": "项目", "section": "栏目", "place": "地区", "date": "日期", "note": "备注"}
MAX_QUERY_CHARS = 1000
MAX_ATOMS = 64
_ASCII_QUOTE = '"'
_ZH_OPEN, _ZH_CLOSE = "“", "”"
_SEPARATORS = ":："
_DATE = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")
_DATE_HELP = "use 2020, 2020-04, 2020-04-01 or a range such as 2020-04..2020-06, 2020-04.. or ..2020-06"
_DATE_HELP_ZH = "可写 2020、2020-04、2020-04-01，或 2020-04..2020-06、2020-04..、..2020-06 这样的范围"
_OR_MISPLACED = ("OR must stand between two search terms, as in 宋洁 OR 耿勇军.",
                 "OR 必须写在两个检索词之间，例如 宋洁 OR 耿勇军。")


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
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(
            f"The query is {len(query):,} characters long; at most {MAX_QUERY_CHARS:,} are allowed. "
            "Search for a shorter passage.",
            zh=f"检索式长 {len(query)} 个字符，最多允许 {MAX_QUERY_CHARS} 个。请检索较短的一段文字。")
    items = [item for item in map(_item, _words(query)) if item is not None]
    atoms = sum(isinstance(item, Atom) for item in items)
    if not atoms:
        raise QueryError("The query is empty: type a word to search for, or a filter such as 栏目:工作动态.",
                         zh="检索式为空：请输入要检索的词，或 栏目:工作动态 这样的筛选条件。")
    if atoms > MAX_ATOMS:
        raise QueryError(
            f"The query has {atoms} terms and filters; at most {MAX_ATOMS} are allowed. "
            "Leave some out, or search in steps.",
            zh=f"检索式含 {atoms} 个检索词和筛选条件，最多允许 {MAX_ATOMS} 个。请删去一些，或分几次检索。")
    return Query(_group(items))


def _item(word: _Word) -> _Word | Atom | None:
    """An ``OR`` stays a word; anything else becomes an atom, or None when it is invisible (a zero-width
    space typed on its own normalises to nothing, like whitespace)."""
    if _is_or(word):
        return word
    if not word.quoted and word.key is None and not normalize(word.text):
        return None
    return _atom(word)


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
    """The word starting at ``i``: a quoted term, a ``key:value`` filter, or a plain term."""
    quoted = _quoted_at(query, i)
    if quoted is not None:
        return _Word(quoted[0], True, negated), quoted[1]
    start = i
    while i < len(query) and not query[i].isspace():
        if query[i] in _SEPARATORS and normalize(query[start:i]) in FILTER_KEYS:
            return _read_filter(query, i + 1, negated, FILTER_KEYS[normalize(query[start:i])])
        i += 1
    return _Word(query[start:i], False, negated), i


def _read_filter(query: str, i: int, negated: bool, key: str) -> tuple[_Word, int]:
    """The value of a ``key:`` filter, starting at ``i`` (quoted like a term, or up to the next space)."""
    quoted = _quoted_at(query, i)
    if quoted is not None:
        return _Word(quoted[0], True, negated, key), quoted[1]
    end = _word_end(query, i)
    return _Word(query[i:end], False, negated, key), end


def _word_end(query: str, i: int) -> int:
    while i < len(query) and not query[i].isspace():
        i += 1
    return i


def _quoted_at(query: str, i: int) -> tuple[str, int] | None:
    """``(enclosed text, index after the closing mark)`` when a quotation that groups starts at ``i``
    (see the module docstring), else None: the text there is read as plain characters."""
    if i >= len(query):
        return None
    if query[i] == _ASCII_QUOTE:
        close = query.find(_ASCII_QUOTE, i + 1)
        if close < 0:
            raise QueryError(f"The quote opened at position {i + 1} is never closed.",
                             zh=f"第 {i + 1} 个字符处的引号没有配对的后引号。")
        return query[i + 1 : close], close + 1
    if query[i] == _ZH_OPEN:
        close = query.find(_ZH_CLOSE, i + 1)
        if close >= 0 and (close + 1 == len(query) or query[close + 1].isspace()):
            return query[i + 1 : close], close + 1
    return None


def _atom(word: _Word) -> Atom:
    if word.key is not None:
        return Atom(_filter(word.key, word.text), word.negated)
    norm = normalize(word.text)
    if not norm:
        raise QueryError('An empty quoted term ("" or “”) cannot be searched for: put a word between the quotes.',
                         zh="引号（\"\" 或 “”）之间没有内容，无法检索：请在引号中写上要检索的词。")
    return Atom(Term(word.text, norm), word.negated)


def _filter(key: str, value: str) -> Filter:
    if not value.strip():
        raise QueryError(f"The filter {key}: needs a value, for example {key}:{_EXAMPLES[key]}.",
                         zh=f"筛选条件 {ZH_KEYS[key]}: 后面需要写上值，例如 {ZH_KEYS[key]}:{_EXAMPLES[key]}。")
    if key == "date":
        return Filter("date", _date_range(value.strip()))
    return Filter(key, normalize(value))


_EXAMPLES = {"leader": "宋洁", "project": "老旧小区改造", "section": "工作动态", "place": "二七区", "date": "2020-04",
             "note": "待核实"}


def _group(items: list[_Word | Atom]) -> tuple[tuple[Atom, ...], ...]:
    """Fold ``a OR b`` sequences into groups; every other neighbour pair is an AND."""
    groups: list[list[Atom]] = []
    pending_or = False
    for item in items:
        if isinstance(item, _Word):  # an OR
            if not groups or pending_or:
                raise QueryError(_OR_MISPLACED[0], zh=_OR_MISPLACED[1])
            pending_or = True
        elif pending_or:
            groups[-1].append(item)
            pending_or = False
        else:
            groups.append([item])
    if pending_or:
        raise QueryError(_OR_MISPLACED[0], zh=_OR_MISPLACED[1])
    return tuple(tuple(g) for g in groups)


def _date_range(value: str) -> str:
    """``"lo..hi"`` with inclusive ISO bounds (either may be empty for an open range)."""
    if ".." in value:
        lo_text, _, hi_text = value.partition("..")
        if not lo_text and not hi_text:
            raise QueryError(f"The date range {value!r} has no dates; {_DATE_HELP}.",
                             zh=f"日期范围“{value}”中没有日期；{_DATE_HELP_ZH}。")
        lo = _date_bound(lo_text, upper=False) if lo_text else ""
        hi = _date_bound(hi_text, upper=True) if hi_text else ""
        if lo and hi and lo > hi:
            raise QueryError(f"The date range {value!r} ends before it starts.",
                             zh=f"日期范围“{value}”的结束日期早于开始日期。")
        return f"{lo}..{hi}"
    return f"{_date_bound(value, upper=False)}..{_date_bound(value, upper=True)}"


def _date_bound(text: str, *, upper: bool) -> str:
    """The first (or last) day a year, month or day stands for, as ``YYYY-MM-DD`` (see :class:`Filter`)."""
    match = _DATE.fullmatch(text)
    if not match:
        raise QueryError(f"{text!r} is not a date; {_DATE_HELP}.", zh=f"“{text}”不是日期；{_DATE_HELP_ZH}。")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return f"{year:04d}-12-31" if upper else f"{year:04d}-01-01"
        if day is None:
            dt.date(year, month, 1)  # validates the month
            return f"{year:04d}-{month:02d}-{31 if upper else 1:02d}"
        return dt.date(year, month, day).isoformat()
    except ValueError:
        raise QueryError(f"{text!r} is not a valid date; {_DATE_HELP}.",
                         zh=f"“{text}”不是有效的日期；{_DATE_HELP_ZH}。") from None
