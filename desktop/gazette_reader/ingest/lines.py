"""Lines with their offsets, and the small character classes every splitter shares.

The splitters work on lines, not on the raw string, but each article must report the span of source text
it came from; a :class:`Line` therefore carries its start offset so spans fall out for free.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable, Mapping, Sequence
from itertools import accumulate
from typing import NamedTuple

SENTENCE_END = "。！？!?…"
"""Characters after which a line ends a sentence (closing quotes/brackets are looked through)."""
CLOSERS = "”’」』）)】》\"'"
SENTENCE_ENDS = frozenset(SENTENCE_END)
_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD_CHARS_RE = re.compile(r"[0-9A-Za-z\u3400-\u9fff\uf900-\ufaff]+")


class Line(NamedTuple):
    """One line of the source text (without its ``\\n``), the offset of its first character, and its
    stripped text (leading spaces are layout, never content). A named tuple: gazettes have tens of
    thousands of lines and tuples are the cheapest immutable records to build."""

    raw: str
    start: int
    text: str = ""
    size: float | None = None
    """The type size the file set this line in, where its reader knows it (a PDF's or Word file's
    headlines); None for plain text. Splitters use it only to order a headline's decks."""

    @property
    def blank(self) -> bool:
        """True for an empty or all-white-space line (a paragraph, page or double-spacing gap)."""
        return not self.text

    @property
    def content_span(self) -> tuple[int, int]:
        """Offsets of the first and past the last non-space character (an empty span for blank lines),
        read off ``raw``: ``text`` may have been closed up (:mod:`~gazette_reader.ingest.spacing`)."""
        lead = len(self.raw) - len(self.raw.lstrip())
        return self.start + lead, self.start + len(self.raw.rstrip())


def split_lines(text: str, sizes: Mapping[int, float] | None = None) -> list[Line]:
    """Cut ``text`` at ``\n`` keeping offsets (text is already LF-normalised by the decoder).

    ``sizes``: the type size of the lines starting at these offsets (a reader's headlines). The tuples
    are made with ``tuple.__new__`` (what :class:`Line`'s own constructor calls, minus a Python call per
    line: a gazette has tens of thousands)."""
    raws = text.split("\n")
    starts = accumulate([len(raw) + 1 for raw in raws], initial=0)
    new = tuple.__new__
    if sizes:
        return [new(Line, (raw, pos, raw.strip(), sizes.get(pos))) for raw, pos in zip(raws, starts)]
    return [new(Line, (raw, pos, raw.strip(), None)) for raw, pos in zip(raws, starts)]


SIZE_STEP = 1.1
"""How much bigger a deck's type must be than every other's to be the title (a PDF's sizes wobble)."""


def biggest_deck(decks: Sequence[Sequence[Line]]) -> int | None:
    """The index of the deck set in clearly the biggest type, when the file's reader gave every deck's
    size (a PDF or Word file): that deck is the title, a smaller one above it is its kicker, below it
    its subtitle. None for plain text, a single deck, or no clear winner."""
    sizes = [max((ln.size for ln in deck if ln.size), default=None) for deck in decks]
    if len(sizes) < 2 or None in sizes:
        return None
    top = max(range(len(sizes)), key=sizes.__getitem__)
    rest = sizes[:top] + sizes[top + 1:]
    return top if all(sizes[top] >= size * SIZE_STEP for size in rest) else None


def span_of(lines: Sequence[Line]) -> tuple[int, int]:
    """The span from the first to past the last non-space character of ``lines``; (0, 0) when there is
    none. Lines out of file order (a page's columns read one after the other:
    :mod:`~gazette_reader.ingest.columns`) are covered from the earliest to the latest (the cheap test
    first: ``sorted`` of sorted starts is one C pass)."""
    first = next((ln for ln in lines if ln.text), None)
    if first is None:
        return (0, 0)
    last = next(ln for ln in reversed(lines) if ln.text)
    starts = list(map(_START, lines))
    if starts != sorted(starts):
        spans = [ln.content_span for ln in lines if ln.text]
        return min(s for s, _ in spans), max(e for _, e in spans)
    return first.content_span[0], last.content_span[1]


_START = operator.itemgetter(1)


def merge_spans(spans: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """Cover several spans, ignoring empty ones."""
    real = [s for s in spans if s[1] > s[0]]
    if not real:
        return (0, 0)
    return min(s for s, _ in real), max(e for _, e in real)


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends a sentence: 。！？… possibly followed by closing quotes or brackets."""
    return text.rstrip().rstrip(CLOSERS)[-1:] in SENTENCE_ENDS


def is_cjk(char: str) -> bool:
    """True for a CJK ideograph (the characters between which layout spaces must vanish)."""
    return bool(_CJK_RE.match(char))


def visual_width(text: str) -> float:
    """Printed width in CJK cells: ASCII (letters, digits, spaces) takes half a cell.

    Column detection compares line widths; counting ``25`` as two full cells would make lines with
    numbers look wider than their neighbours."""
    return len(text) - len(text.encode("ascii", "ignore")) / 2


def visual_widths(texts: Iterable[str]) -> list[float]:
    """:func:`visual_width` of each text (one call for a page's lines)."""
    return [len(text) - len(text.encode("ascii", "ignore")) / 2 for text in texts]


def bigrams(text: str) -> set[str]:
    """Character bigrams inside runs of CJK/Latin/digit characters (punctuation and spaces cut runs).

    These are the units headline-to-article matching compares; a bigram never spans punctuation."""
    grams: set[str] = set()
    for run in _WORD_CHARS_RE.findall(text):
        grams.update(map(operator.add, run, run[1:]))  # run[i:i + 2] for each i, without a Python loop
    return grams


CELL_END = "|"
"""What a saved web table leaves after each cell (``日期: | 2018-01-04 (星期四) |``, ``2 |``, a lone ``|``
for an empty cell): the table tool's column rule, copied as text."""
_MAX_CELL_WRAP = 2
"""Lines a cell's text may wrap over before its ``|`` (``常设事项—(i)市区重建局…`` / ``(…文件第2/2018号) |``)."""
_MIN_TABLE_CELLS = 2


def web_tables(texts: Sequence[str], blank_before: Sequence[bool]) -> list[tuple[int, int]]:
    """The first and last positions of each saved web table among the non-blank ``texts``: a run of cell
    lines (ending in :data:`CELL_END`) with at most :data:`_MAX_CELL_WRAP` other lines between two of
    them and no blank line inside (``blank_before[k]``: a blank line stands above ``texts[k]``; a page's
    next table is set apart by one). A table's cells are one item's text (an agenda, a page's details),
    never headlines: a row number, a date or a cell's wrapped words only look like ones."""
    cells = [k for k, text in enumerate(texts) if text[-1:] == CELL_END]  # a character test: no pattern per line
    tables: list[tuple[int, int]] = []
    run: list[int] = []
    for k in cells:
        if run and (k - run[-1] > _MAX_CELL_WRAP + 1 or any(blank_before[run[-1] + 1:k + 1])):
            tables += _table_of(run)
            run = []
        run.append(k)
    return tables + _table_of(run)


def _table_of(run: Sequence[int]) -> list[tuple[int, int]]:
    """The table a run of cell lines makes, when there is more than one cell (a lone ``a | b |`` line in
    prose is none). Its first line is the run's first cell line or the cell text wrapped above it."""
    if len(run) < _MIN_TABLE_CELLS:
        return []
    return [(run[0], run[-1])]


def cells_apart(text: str) -> str:
    """A saved table's row as a line of fields set off by spaces, the way the date and label rules read
    one (``日期: | 2018-01-04 (星期四) |`` → ``日期: 2018-01-04 (星期四)``)."""
    return " ".join(text.replace(CELL_END, " ").split()) if CELL_END in text else text
