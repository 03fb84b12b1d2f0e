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

from gazette_reader.ingest.lines import ends_sentence, visual_widths

_SPACE_RUN_RE = re.compile(r"\s+")
_NOT_BETWEEN_ASCII_RE = re.compile(r"(?<![!-~\s])\s+|\s+(?![!-~\s])")
_KEPT_SPACE_RE = re.compile(r"[!-~]\s+[!-~]")
_CLAUSE_PUNCT_RE = re.compile(r"[，。！？；：,;:!?]")
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
    return _SPACE_RUN_RE.sub(" ", _NOT_BETWEEN_ASCII_RE.sub("", text)).strip()


def reflow(lines: Sequence[str]) -> str:
    """Paragraphs (joined by a single ``\\n``) from hard-wrapped ``lines``; only white space is dropped."""
    entries = _entries(lines)
    if not entries:
        return ""
    texts = [t for t, _ in entries]
    widths = visual_widths(texts)
    column = column_width(widths)
    double = column is not None and _double_spaced(entries)
    paragraphs: list[list[str]] = [[]]
    for i, (line, gap) in enumerate(entries):
        starts_paragraph = not paragraphs[-1]
        paragraphs[-1].append(line)
        if i + 1 == len(entries):
            break
        real_gap = gap and not double
        if _breaks_after(line, widths[i], column, real_gap, starts_paragraph):
            paragraphs.append([])
    return "\n".join(_paragraph(p) for p in paragraphs if p)


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
    ASCII words), none where the wrap cut a number in CJK text (``8月1`` / ``1日`` is ``8月11日``:
    Chinese text puts no space inside or between numbers, so the break is the column's, not the writer's)."""
    out = lines[0] if lines else ""
    for line in lines[1:]:
        cut_number = out[-1:].isdigit() and line[:1].isdigit() and _CJK_RE.search(out[-12:] + line[:12]) is not None
        out += line if cut_number else " " + line
    return out


def _entries(lines: Sequence[str]) -> list[tuple[str, bool]]:
    """Non-blank stripped lines, each with whether a blank line follows it."""
    entries: list[tuple[str, bool]] = []
    for raw in lines:
        text = raw.strip()
        if text:
            entries.append((text, False))
        elif entries:
            entries[-1] = (entries[-1][0], True)
    return entries


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
    full = sum(1 for w in widths if w >= 0.7 * column)
    return column if full >= 0.6 * len(widths) else None


def _double_spaced(entries: Sequence[tuple[str, bool]]) -> bool:
    """True when blank lines follow most lines: then a blank line says nothing about paragraphs."""
    gaps = sum(1 for _, gap in entries[:-1] if gap)
    return len(entries) > 2 and gaps >= _DOUBLE_SPACED * (len(entries) - 1)


def _breaks_after(line: str, width: float, column: float | None, gap: bool, starts: bool) -> bool:
    """Whether a paragraph ends after ``line``.

    Without a column (one paragraph per line) every sentence end is a paragraph end. In a column a
    sentence end needs a blank line or a clearly short line. A short unpunctuated line standing alone
    after a paragraph end is a subheading: its own paragraph."""
    if starts and is_subheading(line, width, column, gap):
        return True
    if not ends_sentence(line):
        return False
    if column is None:
        return True
    return gap or width < _SHORT_RATIO * column


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
