"""Join hard-wrapped lines into paragraphs and fold layout spaces.

PDF extraction leaves three kinds of white space that carry no content: the hard wrap every 10–30
characters of a newspaper column, blank lines (between every line when the page was double-spaced, or at
a page/column break in the middle of a sentence), and spaces put between CJK characters and digits by the
typesetter (``4 月 3 日``). Only a line that ends a sentence can end a paragraph, and only when a real
blank line follows it or, in a narrow column, when it stops clearly short of the column width.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazette_reader.ingest.lines import CLOSERS, SENTENCE_ENDS, visual_widths

_SPACE_RUN_RE = re.compile(r"\s+")
_NOT_BETWEEN_ASCII_RE = re.compile(r"(?<![!-~\s])\s+|(?<!\s)\s+(?![!-~\s])")
"""A run of white space not between two ASCII characters. Each alternative starts only where a run does: tried
from every space of a long run, the second ran to the run's end and failed there (quadratic on the run)."""
_KEPT_SPACE_RE = re.compile(r"[!-~]\s+[!-~]")
_CLAUSE_PUNCT_RE = re.compile(r"[，。！？；：,;:!?]")
_SPACED_DIGITS_RE = re.compile(r"(?<![\d.,])(?<!\d )\d(?: \d)+(?= ?[年月日号])")
"""A number an OCR set with a space after every digit, before its date unit (``1 9 5 0 年``, ``1 2 月``); it
starts only at a run's first digit (from every digit of a long ``1 1 1 …`` run it was quadratic)."""
_MAX_HEADING = 40
_SHORT_RATIO = 0.8
_HEADING_RATIO = 0.75
_MAX_COLUMN = 60
_DOUBLE_SPACED = 0.6
_MIN_COLUMN_LINES = 6


def squeeze(text: str) -> str:
    """Remove white space unless it separates two ASCII characters (then keep one space).

    ``4 月 3 日`` → ``4月3日``, ``9月 15日`` → ``9月15日``, ``Hello  world`` → ``Hello world``. Two regex
    passes (no Python callback per run) because this runs on every paragraph of every gazette; and
    when no space stands between two ASCII characters (most Chinese paragraphs), every space goes, which
    ``str.split`` does faster still (its white space is the same as the patterns')."""
    if _KEPT_SPACE_RE.search(text) is None:
        return "".join(text.split())
    text = _SPACED_DIGITS_RE.sub(_digits_closed, text)
    return _SPACE_RUN_RE.sub(" ", _NOT_BETWEEN_ASCII_RE.sub("", text)).strip()


def _digits_closed(match: re.Match[str]) -> str:
    """A letter-spaced number closed up: a date's digits are never parted by spaces in Chinese text."""
    return match.group(0).replace(" ", "")


def reflow(lines: Sequence[str]) -> str:
    """Paragraphs (joined by a single ``\\n``) from hard-wrapped ``lines``; only white space is dropped.

    The per-line facts (stripped text, blank line after, width, sentence end) are computed a list at a
    time: this runs on every article of every gazette, and a Python call per line costs more than the
    tests themselves. Only a paragraph's first line meets :func:`is_subheading`."""
    texts, gaps = _entries(lines)
    if not texts:
        return ""
    widths = visual_widths(texts)
    column = column_width(widths)
    double = column is not None and _double_spaced(gaps)
    ends = [text.rstrip(CLOSERS)[-1:] in SENTENCE_ENDS for text in texts]  # ends_sentence (texts are stripped)
    short = _SHORT_RATIO * column if column is not None else 0.0
    paragraphs: list[str] = []
    start = 0
    for i in range(len(texts) - 1):
        gap = gaps[i] and not double
        if i == start and is_subheading(texts[i], widths[i], column, gap) \
                or ends[i] and (column is None or gap or widths[i] < short):
            paragraphs.append(_paragraph(texts[start:i + 1]))
            start = i + 1
    paragraphs.append(_paragraph(texts[start:]))
    return "\n".join(paragraphs)


def _paragraph(lines: Sequence[str]) -> str:
    """One paragraph's text: its lines joined (:func:`_join_wrapped`) and squeezed.

    Most paragraphs have no space between two ASCII characters even when their lines are joined with
    one; then no wrap cut a number either (a digit is ASCII), and squeezing drops every space: that
    is the lines' characters without white space, which ``str.join`` and ``str.split`` give at once."""
    spaced = " ".join(lines)
    if _KEPT_SPACE_RE.search(spaced) is None:
        return "".join(spaced.split())
    return squeeze(_join_wrapped(lines))


_CJK_RE = re.compile(r"[\u3400-\u9fff]")


def _join_wrapped(lines: Sequence[str]) -> str:
    """The lines of one paragraph joined: a space between them (folded later unless it separates two
    ASCII words), none where the wrap cut a number in CJK text (``8月1`` / ``1日`` is ``8月11日``, ``2.`` /
    ``9‰`` is ``2.9‰``:
    Chinese text puts no space inside or between numbers, so the break is the column's, not the writer's)."""
    out = lines[0] if lines else ""
    for line in lines[1:]:
        cut_number = _in_number(out[-2:], line[:1]) and _CJK_RE.search(out[-12:] + line[:12]) is not None
        out += line if cut_number else " " + line
    return out


def _in_number(before: str, after: str) -> bool:
    """A wrap between ``before`` (a line's last two characters) and ``after`` (the next line's first)
    falls inside a number: between digits, before its decimal point or unit (``1`` / ``.3万人``, ``17`` /
    ``%``, a coordinate's minutes or seconds mark: ``118°38'29`` / ``"``), or after its decimal point
    (``2.`` / ``9‰``)."""
    if before[-1:].isdigit():
        return after.isdigit() or after in ".%°'\"′″"
    return before[-1:] == "." and before[:1].isdigit() and after.isdigit()


def _entries(lines: Sequence[str]) -> tuple[list[str], list[bool]]:
    """The non-blank stripped lines, and for each whether a blank line follows it."""
    stripped = [raw.strip() for raw in lines]
    if all(stripped):
        return stripped, [False] * len(stripped)  # no blank line (an item's lines cut from a page): no gap
    rows = [i for i, text in enumerate(stripped) if text]
    if not rows:
        return [], []
    gaps = [below - row > 1 for row, below in zip(rows, rows[1:])]
    gaps.append(rows[-1] + 1 < len(stripped))
    return [stripped[i] for i in rows], gaps


def column_width(widths: Sequence[float]) -> float | None:
    """The column width when the lines are hard-wrapped to one, else None (one paragraph per line).

    Hard-wrapped text has most lines close to the widest ordinary line (the 90th percentile, so that a
    single overlong line does not set the width). A few lines prove nothing: below six, no column."""
    if len(widths) < _MIN_COLUMN_LINES:
        return None
    ordered = sorted(widths)
    column = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
    if column > _MAX_COLUMN or column <= 0:
        return None
    full_width = 0.7 * column
    full = len([w for w in widths if w >= full_width])
    return column if full >= 0.6 * len(widths) else None


def _double_spaced(gaps: Sequence[bool]) -> bool:
    """True when blank lines follow most lines: then a blank line says nothing about paragraphs."""
    return len(gaps) > 2 and sum(gaps[:-1]) >= _DOUBLE_SPACED * (len(gaps) - 1)


def is_subheading(line: str, width: float, column: float | None, gap: bool) -> bool:
    """A line that starts a paragraph, has no clause punctuation and is short (or stops short of the
    column) is a subheading, e.g. ``持续深化工作成效 重点抓好四项工作``."""
    if len(line) > _MAX_HEADING or _CLAUSE_PUNCT_RE.search(line) or not _CJK_RE.search(line):
        return False  # a lone number (the start of a date the wrap cut: 1 / 1月2日) heads nothing
    if column is None:
        return gap
    return width < _HEADING_RATIO * column


_TITLE_SPACE_RE = re.compile(
    r"(?<=[\u3400-\u9fff])\s+(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])\s+(?=[\u3400-\u9fff])"
)


def tidy_title(text: str) -> str:
    """A title with one space between phrases but none between CJK and digits/Latin.

    Spaces between two CJK phrases in a headline are meaningful (``郑好豫见 上街有礼``); those around
    numbers are typesetting (``我区召开 2019 年度`` → ``我区召开2019年度``)."""
    return _TITLE_SPACE_RE.sub("", " ".join(text.split()))
