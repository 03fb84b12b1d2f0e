"""Reading order from boxes: lines by baseline, the XY-cut, paragraphs."""

from __future__ import annotations

import random

from gazette_reader.ingest.readers.layout import Char, lines_of, paragraphs, reading_order


def _chars(text: str, x: float, baseline: float, size: float = 10) -> list[Char]:
    return [Char(ch, x + k * size, baseline - size, x + (k + 1) * size, baseline + 0.2 * size, baseline, size)
            for k, ch in enumerate(text)]


def _read(chars: list[Char]) -> list[str]:
    lines = lines_of(chars)
    return ["".join(p.text.split("\n")) for piece in reading_order(lines, 10) for p in paragraphs(piece, 10)]


def test_two_stories_side_by_side_are_read_one_after_the_other() -> None:
    """Headlines at the same height on both sides of a gutter: the vertical cut comes first, else the
    two headlines would be read together and then the two texts."""
    chars = _chars("左边的标题", 0, 30, 20) + _chars("右边的标题", 300, 30, 20)
    for row in range(4):
        chars += _chars(f"左栏第{row}行正文内容。"[:12], 0, 60 + row * 14)
        chars += _chars(f"右栏第{row}行正文内容。"[:12], 300, 60 + row * 14)
    random.Random(3).shuffle(chars)
    read = _read(chars)
    assert read[0] == "左边的标题" and read[1].startswith("左栏第0行")
    assert read.index("右边的标题") > max(i for i, t in enumerate(read) if "左栏" in t)


def test_a_spanning_headline_is_cut_off_before_the_columns() -> None:
    chars = _chars("横跨两栏的大标题", 100, 30, 30)
    for row in range(3):
        chars += _chars("第一栏的文字内容很长很长", 0, 70 + row * 14) + _chars("第二栏的文字内容很长很长", 300, 70 + row * 14)
    read = _read(chars)
    assert read == ["横跨两栏的大标题", "第一栏的文字内容很长很长" * 3, "第二栏的文字内容很长很长" * 3]


def test_word_gaps_become_spaces_but_not_between_digits_and_cjk() -> None:
    chars = _chars("共", 0, 20) + _chars("5", 14, 20) + _chars("人", 28, 20) + _chars("AB", 42, 20)
    assert [line.text for line in lines_of(chars)] == ["共5人 AB"]


def test_a_long_lines_tail_wrapped_to_the_margin_stays_in_its_place() -> None:
    """A text printed as is (a 大事记 with indented entries): a line too long for the page wraps its
    tail to the left margin, under the indent. Those tails stand in the gap between two lines, on
    no row of the indented text: one flow, not a narrow column read after the other."""
    rows = [("1月15日，全国小城镇会议在龙港召开。来自国家", 84), ("个", 0), ("部委及各省代表参加。", 70),
            ("1月16日，龙港镇召开新闻发布会，书记介绍了", 84), ("新闻", 0), ("单位的情况。", 70)]
    chars = [c for k, (text, x) in enumerate(rows) for c in _chars(text, x, 20 + k * 12)]
    pieces = reading_order(lines_of(chars), 10)
    assert len(pieces) == 1
    assert [line.text for line in pieces[0]] == [text for text, _x in rows]


def test_columns_side_by_side_are_still_cut() -> None:
    chars = []
    for row in range(4):
        chars += _chars("第一栏的文字", 0, 20 + row * 14) + _chars("第二栏的文字", 200, 20 + row * 14)
    assert [[ln.text for ln in piece] for piece in reading_order(lines_of(chars), 10)] == \
        [["第一栏的文字"] * 4, ["第二栏的文字"] * 4]
