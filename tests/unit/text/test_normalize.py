"""Normalisation: the table of what search treats as equal, and offsets mapped back to the original."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gazette_reader.text import normalize as normalize_module
from gazette_reader.text.normalize import has_traditional, normalize, normalize_with_map, spellings

TABLE_CHARS = sorted(chr(code) for code in normalize_module._table())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("區委書記宋潔", "区委书记宋洁"),
        ("区委书记宋洁", "区委书记宋洁"),
        ("ＡＢＣ１２３", "abc123"),
        ("5G 网络", "5g网络"),
        ("4 月 3 日", "4月3日"),
        ("第一行\n第二行\r\n\t第三行", "第一行第二行第三行"),
        ("全角　空格", "全角空格"),
        ("零\u200b宽", "零宽"),
        ("乾隆", "干隆"),  # character table only: context-free (see module docstring)
        ("İstanbul", "istanbul"),
        ("“三项工程”，", "“三项工程”,"),  # full-width comma folds, curly quotes stay
        ("", ""),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize("text", ["區委書記宋潔", "ＡＢＣ１２３", " a\nb  c ", "乾隆皇帝", "𠮷野家 宋洁"])
def test_normalize_never_merges_or_splits_characters(text: str) -> None:
    """Every kept character maps to one character, which is what makes substring search compose."""
    norm = normalize(text)
    assert len(norm) == len([c for c in text if not c.isspace()])
    assert all(normalize(text[i:j]) in norm for i in range(len(text)) for j in range(i, len(text) + 1))


@pytest.mark.parametrize(
    ("text", "norm_span", "original"),
    [
        ("区委书记宋洁", (4, 6), "宋洁"),
        ("4 月 3 日，宋洁", (0, 4), "4 月 3 日"),
        ("  \n開頭 宋潔", (2, 4), "宋潔"),
        ("a\n\nb", (0, 2), "a\n\nb"),
        ("𠮷 野家", (1, 3), "野家"),
    ],
)
def test_offset_map(text: str, norm_span: tuple[int, int], original: str) -> None:
    _norm, offsets = normalize_with_map(text)
    start, end = offsets.span(*norm_span)
    assert text[start:end] == original


@pytest.mark.parametrize(("text", "expected"), [("區委", True), ("区委", False), ("abc 123", False), ("", False)])
def test_has_traditional(text: str, expected: bool) -> None:
    assert has_traditional(text) is expected


def test_normalize_is_idempotent_over_every_character_of_the_table() -> None:
    """A chain in the t2s table (薴 → 苧 → 苎) must end where it ends whatever the starting link: the index
    and the query normalise once each, so ``normalize(normalize(x))`` must equal ``normalize(x)``."""
    assert len(TABLE_CHARS) > 5000
    assert [c for c in TABLE_CHARS if normalize(normalize(c)) != normalize(c)] == []


@given(st.text(st.sampled_from(TABLE_CHARS) | st.characters(), max_size=30))
def test_normalize_is_idempotent_on_any_text(text: str) -> None:
    assert normalize(normalize(text)) == normalize(text)


def test_a_chain_is_resolved_to_its_end() -> None:
    assert normalize("薴") == normalize("苧") == normalize("苎") == "苎"
    assert {"薴", "苧", "苎"} <= set(spellings("苎"))


def test_resolving_stops_at_a_cycle() -> None:
    assert normalize_module._resolved({1: chr(2), 2: chr(1), 3: chr(1), 4: None}) == {1: chr(1), 2: chr(2), 3: chr(1),
                                                                                       4: None}


def test_the_bmp_list_table_normalises_every_character_as_the_dict_table():
    # normalize() uses a list over the BMP when the text has no astral character: the same mapping
    import sys

    from gazette_reader.text.normalize import _table

    bmp = "".join(map(chr, range(0x10000)))
    assert normalize(bmp) == bmp.translate(_table())
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert normalize(every) == every.translate(_table())


def test_the_fold_table_tests_every_code_point_as_one_by_one():
    # _fold_table skips the blocks that neither hold a space nor change in lower case: the same
    # entries, in the same order, as testing each of the 1.1 million code points on its own
    import sys

    expected: dict[int, str | None] = {}
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char.isspace():
            expected[code] = None
        elif char.lower() != char:
            expected[code] = char.lower()[0]
    for code in range(0xFF01, 0xFF5F):
        expected[code] = chr(code - 0xFEE0).lower()
    for char in "\u00ad\u200b\u200c\u200d\u2060\ufeff":
        expected[ord(char)] = None
    assert list(normalize_module._fold_table().items()) == list(expected.items())
    assert normalize_module._every_character() == "".join(map(chr, range(sys.maxunicode + 1)))


def test_has_traditional_finds_each_traditional_character_and_nothing_else():
    # the test is two character classes (BMP, astral): each t2s key must be found, in any company
    import sys

    traditional = normalize_module._traditional()
    assert any(ord(c) > 0xFFFF for c in traditional)  # the astral class is exercised
    assert all(has_traditional("简体" + c + "文字") for c in traditional)
    rest = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c) not in traditional)
    assert not has_traditional(rest)
