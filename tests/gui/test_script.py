"""Display-script conversion keeps highlight offsets exact."""

from __future__ import annotations

import pytest

from gazette_reader.gui.script import convert, convert_keeping_offsets, find_all


@pytest.mark.parametrize("script,text,expected", [
    ("simplified", "发展头发", "发展头发"),
    ("s2t", "发展头发", "發展頭髮"),
    ("s2tw", "里面", "裡面"),
    ("s2hk", "台湾", "台灣"),
])
def test_convert(script: str, text: str, expected: str) -> None:
    assert convert(text, script) == expected


@pytest.mark.parametrize("script", ["simplified", "s2t", "s2tw", "s2hk"])
def test_offsets_bound_the_same_words_after_conversion(script: str) -> None:
    text = "区委书记宋洁督导老旧小区改造提升工作，复工复产稳步推进。"
    spans = find_all(text, "复工复产") + find_all(text, "宋洁")
    shown, moved = convert_keeping_offsets(text, script, [o for s in spans for o in s])
    for start, end in spans:
        assert shown[moved[start]:moved[end]] == convert(text[start:end], script)
    assert moved[len(text)] == len(shown)


def test_find_all_is_non_overlapping() -> None:
    assert find_all("复工复工复工", "复工复工") == [(0, 4)]
    assert find_all("abc", "") == []
    assert find_all("宋洁和宋洁", "宋洁") == [(0, 2), (3, 5)]
