"""Columns set side by side: a PDF page's text extracted with its layout kept.

A flipbook's page text (or ``pdftotext -layout``) puts a two- or three-column page's columns side by side
on each line: ``…第一艘 5000 导 , 并看望…`` holds the end of a line of column 1, then a line of column 2.
Read line by line, every entry of the page is cut into alternating halves. Here such a block of lines is
found and its columns put one after the other, column 1 top to bottom, then column 2.

Detection is conservative. A block needs at least :data:`_MIN_GAPPED` lines with a wide gap inside them
(:data:`_GAP` spaces or more) whose next text starts near the same display position (CJK characters are
two display columns wide, as a monospaced rendering sets them), and every column it finds must hold
prose: lines of :data:`_MIN_FULL` characters at least, many of them with a clause mark. A masthead
``县委办公室    2024年1月2日``, a table's cells (a document's title beside its issuing office) or a
contents line's page number never make one; a line with a ``|`` (a saved web table) is no column line.

Where a column's line is full, the extraction often parts it from the next column's line with one space
only (``…少将和 委副主席…``): such a line is wider than the column, and is cut at the space where its
first part's width comes closest to the column's width (counted in character cells: a CJK character one,
an ASCII character half, as printed).

A file of several pages has each page's columns read on their own: a line in none of the columns (the
next page's title, ``Page 2 - 某县志``) or a form feed ends a block. Pages are found before the page
furniture is blanked, which would erase those lines.

Nothing is lost or rewritten: each piece is a :class:`~gazette_reader.ingest.lines.Line` whose ``raw`` is
the exact stretch of the source it came from and whose ``start`` is that stretch's offset, so every
article's span still points into the file (:func:`~gazette_reader.ingest.lines.span_of` covers the
pieces wherever they stood); only the order of the lines changes.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from statistics import median
from typing import NamedTuple

from gazette_reader.ingest.lines import CELL_END, Line

_GAP = "    "
"""The white space that parts two columns at least (two spaces occur inside a column's line)."""
_CELL_MARKS = frozenset(CELL_END + "｜")
"""A table's cell rule, ASCII or full-width: a line with one is a table row, not a line of columns."""
_SEGMENT_RE = re.compile(r"\S+(?:[ \u3000]{1,3}\S+)*")
_TOKEN_RE = re.compile(r"\S+")
_MIN_GAPPED = 6
"""Lines with a column gap a block needs: a page's worth, never one masthead or a few table rows."""
_MAX_STRIDE = 4
"""Lines at most from one gapped line to the next in the same block (other rows are full or blank)."""
_CLUSTER_SPREAD = 16
"""Display columns at most between two neighbouring starts of the same column: the extraction sets a
column's lines a few positions apart (digits and punctuation are narrower than it counts them)."""
_MIN_CLUSTER = 3
"""Lines a column must start on after a gap: fewer are a stray number set off at the margin."""
_MIN_FULL = 8.0
"""Cells the fullest line of each column holds at least: a column of prose, not a table's cells."""
_CLAUSE_MARK_RE = re.compile(r"[，。、；：！？,;:!?]")
_MIN_CLAUSE_SHARE = 0.4
"""Share of a column's lines that hold a clause mark at least: prose wrapped over the lines, not a
table's cells (a document's title beside its issuing office, a name beside a post)."""
_OVERFULL = 1.5
"""Cells past its column's width a line must reach to hold the next column's text too."""
_MAX_EXTEND = 3
"""Lines above or below the gapped ones (without a blank line between) still in the block."""
_FULL_RATIO = 1.6
"""Closed lines wider than this times the median are two columns run together: no column's width."""


class _Piece(NamedTuple):
    """A stretch of a line's ``raw`` (``begin``…``end``, no white space at either end) and the display
    position it starts at."""

    begin: int
    end: int
    position: int


def unfold_columns(lines: list[Line]) -> list[Line]:
    """``lines`` with each block of side-by-side columns read column after column (the list itself when
    there is none). The cheap test first: a wide gap inside a line's text (a C scan per line)."""
    gapped = [i for i, line in enumerate(lines) if _GAP in line.text and not _CELL_MARKS.intersection(line.text)]
    if len(gapped) < _MIN_GAPPED:
        return lines
    out: list[Line] = []
    done = 0
    for first, last, layout in _blocks(lines, gapped):
        first = max(first, done)  # a block grown over lines of the block before stops where that one did
        out += lines[done:first]
        out += _unfolded(lines[first:last + 1], layout)
        done = last + 1
    return out + lines[done:] if done else lines


def _blocks(lines: Sequence[Line], gapped: Sequence[int]) -> list[tuple[int, int, _Layout]]:
    """The first and last index of each block of columns among ``lines``, and its columns. The columns
    are read twice: the second time without the gapped lines that fit none of them (a running head)."""
    blocks = []
    for run in _runs(gapped):
        if (rough := _Layout.of([lines[i] for i in run])) is None:
            continue
        inside = [i for i in run if rough.fits(lines[i])]
        for part in _pages(lines, inside, rough) if inside else []:
            if len(part) >= _MIN_GAPPED and (layout := _Layout.of([lines[i] for i in part])) is not None:
                blocks.append((*_extended(lines, part[0], part[-1], layout), layout))
    return blocks


def _pages(lines: Sequence[Line], inside: Sequence[int], layout: _Layout) -> list[list[int]]:
    """The gapped lines ``inside`` parted where a line between two of them stands in none of the columns
    (``Page 2 - 某县志`` at the left edge) or a form feed opens a page: a page ends there, and each page's
    columns are read on their own (the next page's column 1 comes after this page's column 2)."""
    parts = [[inside[0]]]
    for above, below in zip(inside, inside[1:]):
        if "\f" in lines[below].raw or any(lines[j].text and not layout.continues(lines[j]) or "\f" in lines[j].raw
                                           for j in range(above + 1, below)):
            parts.append([])
        parts[-1].append(below)
    return parts


def _runs(gapped: Sequence[int]) -> list[list[int]]:
    """The gapped line indexes grouped where each is at most :data:`_MAX_STRIDE` lines from the last."""
    return [run for run in _grouped(gapped, _MAX_STRIDE) if len(run) >= _MIN_GAPPED]


def _grouped(values: Sequence[int], spread: int) -> list[list[int]]:
    """Ascending ``values`` in groups, each value at most ``spread`` past the one before it."""
    groups: list[list[int]] = []
    for value in values:
        if groups and value - groups[-1][-1] <= spread:
            groups[-1].append(value)
        else:
            groups.append([value])
    return groups


def _extended(lines: Sequence[Line], first: int, last: int, layout: _Layout) -> tuple[int, int]:
    """The block grown over the few lines right above and below it (no blank line between) that start
    in its first column: a column's first line full to the next one's (``水 。 这是…``), or its last one
    alone under the others (``物”进行表彰。``)."""
    for _ in range(_MAX_EXTEND):
        if first == 0 or not layout.continues(lines[first - 1]):
            break
        first -= 1
    for _ in range(_MAX_EXTEND):
        if last + 1 >= len(lines) or not layout.continues(lines[last + 1]):
            break
        last += 1
    return first, last


def _unfolded(block: Sequence[Line], layout: _Layout) -> list[Line]:
    """The block's lines cut into their columns' pieces, column 1's first; a blank row stays in each."""
    columns: list[list[Line]] = [[] for _ in layout.starts]
    for line in block:
        if not line.text:
            for column in columns:
                column.append(line)
            continue
        for index, piece in layout.cut(line):
            columns[index].append(_line(line, piece, layout.margin if index == 0 else None))
    return [line for column in columns for line in column]


def _line(line: Line, piece: _Piece, margin: int | None) -> Line:
    """The piece of ``line`` as a line of its own; in the first column with its indent past the margin
    (an entry's first line is indented), the other columns' pieces without (their positions waver)."""
    begin = piece.begin
    if margin is not None:  # the spaces before column 1's text are the line's own (one position each)
        begin -= min(begin, max(0, piece.position - margin))
    raw = line.raw[begin:piece.end]
    return Line(raw, line.start + begin, raw.strip(), line.size)  # a piece keeps its line's type size


class _Layout:
    """The columns of a block: where each starts (display position) and how many cells a full line of
    each holds."""

    def __init__(self, margin: int, starts: list[int], widths: list[float]) -> None:
        self.margin = margin
        self.starts = starts
        self.widths = widths

    @classmethod
    def of(cls, gapped: Sequence[Line]) -> _Layout | None:
        """The columns the gapped lines show, or None when they show none (see the module docstring)."""
        pieces = [_pieces(line.raw) for line in gapped]
        clusters = _clusters(sorted(p.position for row in pieces for p in row[1:]))
        if not clusters:
            return None
        margin = _margin(sorted(row[0].position for row in pieces))
        starts = [margin, *(cluster[0] for cluster in clusters)]
        layout = cls(margin, starts, [])
        filled: list[list[float]] = [[] for _ in starts]  # each column's lines, in cells
        clauses = [0] * len(starts)  # each column's lines holding a clause mark
        for line, row in zip(gapped, pieces):
            for piece in row:
                column = layout.column_at(piece.position)
                filled[column].append(layout.cells(line.raw, piece, column))
                clauses[column] += _CLAUSE_MARK_RE.search(line.raw, piece.begin, piece.end) is not None
        layout.widths = [_full_width(cells) for cells in filled]
        prose = all(marked >= _MIN_CLAUSE_SHARE * len(cells) for marked, cells in zip(clauses, filled))
        return layout if prose and min(layout.widths) >= _MIN_FULL else None

    def column_at(self, position: int) -> int:
        """The column a piece starting at this display position stands in."""
        slack = _CLUSTER_SPREAD // 2
        return max(k for k, start in enumerate(self.starts) if start - slack <= position or k == 0)

    def cells(self, raw: str, piece: _Piece, column: int) -> float:
        """The printed width of a piece in cells, column 1's indent past the margin counted in."""
        indent = max(0, piece.position - self.margin) / 2 if column == 0 else 0.0
        return indent + _cells(raw[piece.begin:piece.end])

    def fits(self, line: Line) -> bool:
        """Every gap of this gapped line opens one of the columns (a running head ``鹿城年鉴      2015``
        over the block does not), and its text starts in the first column."""
        row = _pieces(line.raw)
        if abs(row[0].position - self.margin) > _CLUSTER_SPREAD // 2:
            return False
        return all(any(abs(p.position - start) <= _CLUSTER_SPREAD for start in self.starts[1:]) for p in row[1:])

    def continues(self, line: Line) -> bool:
        """A line right next to the block is part of it when it starts where one of its columns does: a
        first line full to the next column (``水 。 这是…``), a column's last line under the others
        (``物”进行表彰。``)."""
        if not line.text or _CELL_MARKS.intersection(line.text) or "\f" in line.raw:
            return False
        position = _width(line.raw[:len(line.raw) - len(line.raw.lstrip())])
        slack = _CLUSTER_SPREAD // 2
        return self.margin - 1 <= position <= self.margin + slack or any(
            abs(position - start) <= _CLUSTER_SPREAD for start in self.starts[1:])

    def cut(self, line: Line) -> list[tuple[int, _Piece]]:
        """The line's pieces with the column each stands in: cut at its wide gaps, then each piece wider
        than its column (the next column's line run on after one space) cut where the column ends."""
        out: list[tuple[int, _Piece]] = []
        for piece in _pieces(line.raw):
            column = self.column_at(piece.position)
            if out and column <= out[-1][0]:
                column = min(out[-1][0] + 1, len(self.starts) - 1)
            out += self._split_full(line.raw, piece, column)
        return out

    def _split_full(self, raw: str, piece: _Piece, column: int) -> list[tuple[int, _Piece]]:
        """``piece`` (in ``column``) cut where the column ends, as often as it runs over."""
        out = []
        while column + 1 < len(self.starts) and self.cells(raw, piece, column) > self.widths[column] + _OVERFULL:
            cut = self._cut_at(raw, piece, column)
            if cut is None:
                break
            out.append((column, _Piece(piece.begin, cut[0], piece.position)))
            piece = _Piece(cut[1], piece.end, piece.position + _width(raw[piece.begin:cut[1]]))
            column += 1
        return [*out, (column, piece)]

    def _cut_at(self, raw: str, piece: _Piece, column: int) -> tuple[int, int] | None:
        """The space in ``piece`` (its end and the next token's start) where the text before it comes
        closest to the column's width; None for a piece of one token."""
        tokens = list(_TOKEN_RE.finditer(raw, piece.begin, piece.end))
        indent = self.cells(raw, _Piece(piece.begin, piece.begin, piece.position), column)
        best, best_miss = None, float("inf")
        filled = indent
        for token, after in zip(tokens, tokens[1:]):
            filled += _cells(token.group())
            miss = abs(filled - self.widths[column])
            if miss < best_miss:
                best, best_miss = (token.end(), after.start()), miss
        return best


def _pieces(raw: str) -> list[_Piece]:
    """The stretches of ``raw`` parted by a wide gap, each with its display position."""
    out = []
    position, done = 0, 0
    for match in _SEGMENT_RE.finditer(raw):
        position += _width(raw[done:match.start()])
        out.append(_Piece(match.start(), match.end(), position))
        position += _width(match.group())
        done = match.end()
    return out


def _margin(firsts: Sequence[int]) -> int:
    """Where the first column starts: the leftmost position that :data:`_MIN_CLUSTER` lines start at or
    a little right of (an entry's first line is indented); a running head further left is none."""
    slack = _CLUSTER_SPREAD // 2
    return next((p for i, p in enumerate(firsts) if bisect_right(firsts, p + slack) - i >= _MIN_CLUSTER), firsts[0])


def _clusters(positions: Sequence[int]) -> list[list[int]]:
    """The display positions the text after gaps starts at, grouped where neighbours lie close; only
    groups of :data:`_MIN_CLUSTER` or more are columns."""
    return [group for group in _grouped(positions, _CLUSTER_SPREAD) if len(group) >= _MIN_CLUSTER]


def _full_width(cells: Sequence[float]) -> float:
    """A column's width: its widest line, lines two columns wide left out (wider than
    :data:`_FULL_RATIO` times the median)."""
    if not cells:
        return 0.0
    limit = _FULL_RATIO * median(cells)
    return max(c for c in cells if c <= limit)


def _width(text: str) -> int:
    """Display width: wide and full-width characters (CJK, ，) take two positions, others one."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cells(text: str) -> float:
    """Printed width in cells of a piece's characters: white space none, ASCII half a cell, others one
    (a CJK character, a full-width mark, and the quotes and dashes a Chinese font sets full width)."""
    return sum(0.0 if ch.isspace() else 0.5 if ch.isascii() else 1.0 for ch in text)
