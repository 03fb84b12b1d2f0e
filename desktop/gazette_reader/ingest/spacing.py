"""Letter-spaced lines: a headline set with a space between its characters (``淮 北 发 现 新 煤 田``).

Display type in a PDF is often tracked out, and its text comes with a space after every character;
short mastheads (``工 作 简 报``) are spaced by hand in Word files too. The splitters
read a headline by its text, so such a line was neither recognised as one nor, when it was, stored
as printed. Here a line made mostly of single characters parted by spaces gets its text closed up;
a wider gap (two spaces or more: the word space of tracked type) stays as one space, so
``小 哥 码  破 解`` reads ``小哥码 破解``. Only the line's ``text`` changes: its ``raw`` and offsets stay,
and the bodies (made from ``raw`` by reflow, which folds such spaces itself) are as before.
"""

from __future__ import annotations

import re

from gazette_reader.ingest.lines import Line

_HINTS = tuple(re.compile(pattern) for pattern in (" \\S[ \u3000]", "\u3000\\S[ \u3000]"))
"""A character between two spaces: every letter-spaced line has one. Each pattern opens with a
literal, which the regex engine looks for at C speed (a class of spaces first is ten times
slower, a pass over every text imported)."""
_SINGLE_SHARE = 0.7
"""Share of a line's space-parted pieces that are single characters, at least, in a letter-spaced line."""
_MIN_PIECES = 3
"""Pieces of a letter-spaced line at least: two characters parted by a space are as often a name spaced
to the width of three (``尹  恒`` under a newspaper's credit) as a spaced word (``通 知``), and the
splitters that look for 通知 or 目录 read them without spaces already."""
_MAX_PIECE = 2
_MIN_CJK = 2
_ONE_SPACE_RE = re.compile(r"(?<=\S)[ \u3000](?=\S)")
_SPACES_RE = re.compile(r"[ \u3000]{2,}")
_GAP_RE = re.compile(r"[ \u3000]+")
_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def close_letter_spacing(text: str, lines: list[Line]) -> list[Line]:
    """``lines`` (of ``text``) with each letter-spaced line's text closed up; the others as they are
    (the list itself when there is none)."""
    if not any(hint.search(text) for hint in _HINTS):
        return lines
    out = list(lines)
    for i, line in enumerate(lines):
        if (" " in line.text or "\u3000" in line.text) and is_letter_spaced(line.text):
            out[i] = line._replace(text=closed_up(line.text))
    return out


def is_letter_spaced(text: str) -> bool:
    """True when most of the space-parted pieces of ``text`` are single characters and none is longer
    than two, Chinese ones among them (``2 0 2 5年 分 层``; not ``记者 张三``, nor ``A B C``, nor a
    newspaper's credit ``本报记者  杨  义  王  丹``, whose two-character names are spaced to the width
    of three)."""
    pieces = text.split()
    singles = sum(1 for piece in pieces if len(piece) == 1)
    return (len(pieces) >= _MIN_PIECES and singles >= _SINGLE_SHARE * len(pieces)
            and max(map(len, pieces)) <= _MAX_PIECE and len(_CJK_RE.findall(text)) >= _MIN_CJK)


def closed_up(text: str) -> str:
    """``text`` without its spaces between characters. Where the gaps differ, the narrowest is the
    letter space and a wider one a word space, kept as one space (``小 哥 码  破 解``); where all are
    alike, all are letter spaces (``大  事  记``, ``目  录``)."""
    if len(set(_GAP_RE.findall(text.strip()))) == 1:
        return "".join(text.split())
    return _SPACES_RE.sub(" ", _ONE_SPACE_RE.sub("", text))
