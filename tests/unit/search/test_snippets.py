"""Highlights on the stored text and snippets around the densest cluster of hits."""

from __future__ import annotations

import pytest

from gazette_reader.search.snippets import ELLIPSIS, LEAD_CHARS, SNIPPET_CHARS, find_spans, snippet


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        ("区委书记宋洁主持会议，宋洁指出", ["宋洁"], ["宋洁", "宋洁"]),
        ("區委書記宋潔主持", ["宋洁"], ["宋潔"]),
        ("4 月 3 日，区委书记", ["4月3日"], ["4 月 3 日"]),
        ("宋\n洁指出", ["宋洁"], ["宋\n洁"]),
        ("ＡＢＣ公司与abc", ["abc"], ["ＡＢＣ", "abc"]),
        ("区委书记宋洁", ["区委书记宋洁", "宋洁"], ["区委书记宋洁"]),  # overlapping spans merge
        ("啊啊啊", ["啊啊"], ["啊啊啊"]),  # overlapping occurrences merge
        ("无关内容", ["宋洁"], []),
    ],
)
def test_find_spans(text: str, terms: list[str], expected: list[str]) -> None:
    assert [text[s:e] for s, e in find_spans(text, terms)] == expected


def _excerpt_and_marks(text: str, terms: list[str]) -> tuple[str, list[str]]:
    excerpt, spans = snippet(text, find_spans(text, terms))
    return excerpt, [excerpt[s:e] for s, e in spans]


def test_snippet_of_short_text_is_whole_text_without_ellipsis() -> None:
    assert _excerpt_and_marks("宋洁指出，要\n加快推进。", ["宋洁"]) == ("宋洁指出，要 加快推进。", ["宋洁"])


def test_snippet_centres_on_densest_cluster() -> None:
    text = "宋洁" + "甲" * 300 + "宋洁乙宋洁丙宋洁" + "丁" * 300
    excerpt, marks = _excerpt_and_marks(text, ["宋洁"])
    assert excerpt.startswith(ELLIPSIS) and excerpt.endswith(ELLIPSIS)
    assert len(excerpt) == SNIPPET_CHARS + 2
    assert marks == ["宋洁", "宋洁", "宋洁"]


def test_snippet_without_hits_is_the_opening() -> None:
    excerpt, spans = snippet("甲" * 500, [])
    assert excerpt == "甲" * SNIPPET_CHARS + ELLIPSIS and spans == []


def test_snippet_highlights_traditional_text_for_simplified_terms() -> None:
    text = "乙" * 200 + "區委書記宋潔主持召開會議" + "丙" * 200
    _excerpt, marks = _excerpt_and_marks(text, ["区委书记宋洁"])
    assert marks == ["區委書記宋潔"]


def test_snippet_near_the_end_keeps_full_length() -> None:
    text = "甲" * 400 + "宋洁"
    excerpt, marks = _excerpt_and_marks(text, ["宋洁"])
    assert excerpt.startswith(ELLIPSIS) and not excerpt.endswith(ELLIPSIS)
    assert len(excerpt) == SNIPPET_CHARS + 1 and marks == ["宋洁"]


@pytest.mark.parametrize("length", [LEAD_CHARS, SNIPPET_CHARS - LEAD_CHARS + 1, SNIPPET_CHARS, 3 * SNIPPET_CHARS])
def test_snippet_holds_the_whole_of_a_long_hit(length: int) -> None:
    """A hit longer than the window (a pasted sentence) is shown and highlighted whole, not cut at 80."""
    term = ("区委书记宋洁主持召开会议研究部署老旧小区改造提升工作" * 20)[:length]
    for text in ("甲" * 300 + term + "乙" * 300, "甲" * 300 + term, term + "乙" * 300):
        excerpt, marks = _excerpt_and_marks(text, [term])
        assert marks == [term] and term in excerpt
