"""Normalisation: the table of what search treats as equal, and offsets mapped back to the original."""

from __future__ import annotations

import pytest

from gazette_reader.text.normalize import has_traditional, normalize, normalize_with_map


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
