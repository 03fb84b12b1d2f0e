"""Reading order from positioned characters: lines, then a recursive XY-cut, then paragraphs.

No library's reading order is trusted: a PDF's drawing order, and every built-in layout mode measured,
interleave the columns of a newspaper page or detach its headlines. Here characters are grouped into
lines by their baselines (whatever order they were drawn in), a line stops at a gap wider than a column
gutter, and the page is cut recursively: first at a vertical gap with headlines on both sides (two
stories side by side), then at horizontal gaps that cross the whole region (between stories, above and
below a spanning headline), then at vertical gaps (columns). What is left is one column of lines, cut
into paragraphs at first-line indents, short last lines, wider gaps and changes of type size.

Geometry is in points with the origin at the top left; OCR boxes can use the same code.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from statistics import median

HEADLINE_RATIO = 1.15
"""A line set at least this much larger than the body is a headline (bold is no evidence: synthetic
and faked bold are invisible to font names)."""
_SAME_ROW = 0.3
_GUTTER = 1.2
_WORD_GAP = 0.2
_WIDE_GAP = 0.6
_CUT_GAP = 0.8
_PARAGRAPH_GAP = 0.55
_CJK_RE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
_LEADERS = frozenset(".…·‥")
_LEADER_END_RE = re.compile(r"(?:\.{2,}|…+|·{2,})\s*\d+\s*$")


@dataclass(frozen=True)
class Char:
    """One glyph: its box, baseline, size, and whether it was drawn bold."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    baseline: float
    size: float
    bold: bool = False


@dataclass
class Line:
    """Characters on one baseline with no gutter between them (only their count is kept: a long PDF's
    characters are let go page by page)."""

    count: int
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool

    @classmethod
    def of(cls, chars: list[Char]) -> Line:
        """The line of these characters (sorted left to right), spaces put back at word gaps."""
        size = median(c.size for c in chars)
        return cls(len(chars), _spaced(chars), min(c.x0 for c in chars), min(c.top for c in chars),
                   max(c.x1 for c in chars), max(c.bottom for c in chars), size,
                   sum(c.bold for c in chars) * 2 > len(chars))


def _spaced(chars: list[Char]) -> str:
    """The characters' text with a space where the gap before one is wider than a word space, except
    a narrow one between a digit and a CJK character (``4 月 21 日`` is a producer's spacing, not the
    author's; a full ideographic space is kept)."""
    out = [chars[0].text]
    for before, char in zip(chars, chars[1:]):
        gap = char.x0 - before.x1
        wide = gap > _WIDE_GAP * char.size
        if gap > _WORD_GAP * char.size and (wide or not _digit_cjk(before.text[-1], char.text[0])):
            out.append(" ")
        out.append(char.text)
    return "".join(out)


def _digit_cjk(a: str, b: str) -> bool:
    return (a.isdigit() and bool(_CJK_RE.match(b))) or (b.isdigit() and bool(_CJK_RE.match(a)))


def lines_of(chars: list[Char]) -> list[Line]:
    """Group characters into lines by baseline, then cut each row at gutters; independent of the
    order the characters were drawn in."""
    rows: list[list[Char]] = []
    for char in sorted(chars, key=lambda c: (c.baseline, c.x0)):
        row = rows[-1] if rows else None
        if row and abs(char.baseline - row[0].baseline) <= _SAME_ROW * min(char.size, row[0].size):
            row.append(char)
        else:
            rows.append([char])
    lines: list[Line] = []
    for row in rows:
        row.sort(key=lambda c: c.x0)
        start = 0
        for k in range(1, len(row) + 1):
            if k == len(row) or row[k].x0 - row[k - 1].x1 > _GUTTER * max(row[k].size, row[k - 1].size) \
                    and row[k - 1].text not in _LEADERS:  # dot leaders lead over a tab to their page number
                lines.append(Line.of(row[start:k]))
                start = k
    return lines


def body_size(lines: list[Line]) -> float:
    """The size most characters are set in."""
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.size * 2) / 2] += line.count
    return sizes.most_common(1)[0][0] if sizes else 10.0


def is_headline(line: Line, body: float) -> bool:
    """Set at least :data:`HEADLINE_RATIO` times larger than the body text."""
    return line.size >= HEADLINE_RATIO * body


def reading_order(lines: list[Line], body: float) -> list[list[Line]]:
    """The lines of a page as column pieces in reading order (recursive XY-cut)."""
    if len(lines) <= 1:
        return [lines] if lines else []
    for parts in (_headed_columns(lines, body), _cut(lines, "y", body), _columns(lines, body)):
        if len(parts) > 1:
            return [piece for part in parts for piece in reading_order(part, body)]
    return [sorted(lines, key=lambda ln: (ln.top, ln.x0))]


def _columns(lines: list[Line], body: float) -> list[list[Line]]:
    """The lines cut at vertical gaps into columns standing side by side: a part none of whose lines
    shares a row with a line of the part before it is no column but lines of one flow set at another
    indent (a long line's tail wrapped to the margin under indented lines), and stays with it."""
    parts: list[list[Line]] = []
    for part in _cut(lines, "x", body):
        if parts and not _side_by_side(parts[-1], part):
            parts[-1] = parts[-1] + part
        else:
            parts.append(part)
    return parts


def _side_by_side(left: list[Line], right: list[Line]) -> bool:
    """Whether some line of ``left`` stands on the same height as some line of ``right``."""
    return any(a.top < b.bottom and b.top < a.bottom for a in left for b in right)


def _headed_columns(lines: list[Line], body: float) -> list[list[Line]]:
    """A vertical cut with headlines on both sides: two stories standing side by side."""
    parts = _columns(lines, body)
    if len(parts) > 1 and all(any(is_headline(ln, body) for ln in part) for part in parts):
        return parts
    return [lines]


def _cut(lines: list[Line], axis: str, body: float) -> list[list[Line]]:
    """The lines split at every gap wider than :data:`_CUT_GAP` body sizes that no line crosses."""
    lo, hi = ("top", "bottom") if axis == "y" else ("x0", "x1")
    ordered = sorted(lines, key=lambda ln: getattr(ln, lo))
    parts: list[list[Line]] = [[ordered[0]]]
    reach = getattr(ordered[0], hi)
    for line in ordered[1:]:
        if getattr(line, lo) - reach > _CUT_GAP * body:
            parts.append([])
        parts[-1].append(line)
        reach = max(reach, getattr(line, hi))
    return parts


@dataclass(frozen=True)
class Paragraph:
    """Lines that read as one paragraph or one headline."""

    lines: tuple[Line, ...]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def size(self) -> float:
        return median(line.size for line in self.lines)

    @property
    def bold(self) -> bool:
        return sum(line.bold for line in self.lines) * 2 > len(self.lines)

    @property
    def box(self) -> tuple[float, float, float, float]:
        return (min(ln.x0 for ln in self.lines), min(ln.top for ln in self.lines),
                max(ln.x1 for ln in self.lines), max(ln.bottom for ln in self.lines))


def flowed_paragraphs(pieces: list[list[Line]], body: float, *, plain: bool = False) -> list[Paragraph]:
    """The paragraphs of column pieces in reading order; a body paragraph whose last line runs to the
    column's edge goes on at the top of the next piece when that starts unindented in the same type.
    ``plain``: see :func:`paragraphs`."""
    out: list[Paragraph] = []
    open_end = False
    for piece in pieces:
        found = paragraphs(piece, body, plain=plain)
        if not found:
            continue
        left = min(ln.x0 for ln in piece)
        first = found[0].lines[0]
        if open_end and not is_headline(first, body) and abs(first.size - out[-1].size) <= 0.1 * first.size \
                and first.x0 - left <= 1.2 * first.size and first.top < out[-1].lines[-1].top:
            found[0] = Paragraph(out.pop().lines + found[0].lines)  # goes on at the top of the next column
        out += found
        last = found[-1].lines[-1]
        open_end = len(piece) > 1 and not is_headline(last, body) and not last.text.endswith(_CLOSERS) \
            and max(ln.x1 for ln in piece) - last.x1 <= 1.5 * last.size
    return out


_CLOSERS = tuple("。！？”」』）)")


def paragraphs(column: list[Line], body: float, *, plain: bool = False) -> list[Paragraph]:
    """A column's lines cut into paragraphs and headlines. ``plain``: the page is text printed as is
    (one type size, no weight), whose line ends are the author's: only a wider gap (a blank line) or a
    change of size cuts, the lines stay as printed and the splitters read them as they read text."""
    if not column:
        return []
    left = min(ln.x0 for ln in column)
    right = max(ln.x1 for ln in column)
    out: list[list[Line]] = [[column[0]]]
    for before, line in zip(column, column[1:]):
        if _gap_breaks(before, line) if plain else _breaks(before, line, left, right, body):
            out.append([])
        out[-1].append(line)
    return [Paragraph(tuple(lines)) for lines in out]


def _gap_breaks(before: Line, line: Line) -> bool:
    """Whether a change of type or a wider gap than the leading stands between the two lines."""
    return abs(line.size - before.size) > 0.1 * before.size or line.top - before.bottom > _PARAGRAPH_GAP * line.size


def _breaks(before: Line, line: Line, left: float, right: float, body: float) -> bool:
    """Whether ``line`` starts a new paragraph after ``before``."""
    if _gap_breaks(before, line):
        return True  # a change of type (headline to body, kicker to headline) or a blank line
    if is_headline(line, body):
        return False  # a wrapped headline: centred lines, none of the body's cues apply
    if _LEADER_END_RE.search(before.text):
        return True  # a table-of-contents entry ends with its page number
    indented = line.x0 - left > 1.2 * line.size
    short = right - before.x1 > 1.5 * line.size
    alone = before.text.endswith(_CLOSERS) and right - line.x1 > 1.5 * line.size and not line.text.endswith(_CLOSERS)
    return indented or short or alone  # alone: a byline or signature under a paragraph that filled its last line
