"""Inputs a review of round 8's rules found slow, crashing or losing text: each now parses whole.

No timings here (speed is measured by ``gazette bench``): the button line below never finished with the
pattern it replaced, so the test would hang rather than pass."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.layouts.newspaper import split_records
from gazette_reader.ingest.lines import split_lines
from gazette_reader.ingest.model import accounted_text
from gazette_reader.ingest.pages import _is_buttons
from gazette_reader.ingest.parse import parse_unchecked
from gazette_reader.tagging.leaders import find_leaders


def _nonspace(strings: list[str]) -> list[str]:
    return sorted(c for s in strings for c in s if not c.isspace())


def test_a_button_line_is_read_in_one_pass() -> None:
    assert _is_buttons("3 上一篇   下一篇4") and _is_buttons("返回概览 <‹上一记录 下一记录>> 打印预览 下载记录")
    assert not _is_buttons("上一版 1 " * 30 + "x")  # exponential backtracking before
    assert not _is_buttons("上一版" + " " * 5000 + "x")


@pytest.mark.parametrize("text", [
    "标题一\n\n会议召开，全市参加。\n————————\n————————\n会议指出，要抓落实。",  # two rules over one line
    "开州日报 2024年5月28日 第01版\n您当前的位置:首页>>新闻>>内容\n2014年02月12日\n"
    "陈振清、陈宝官当选连江县第一届县议会正副议长\n5月蓬莱港于动工兴建。",  # a date line both a start and a lead
    "【标题】= 甲村新闻\n【日期】= 1994.02.01\n【标题】= 乙村撤乡设镇\n【正文】=\n内容。",  # a record without 正文
    "工作信息\n\n标题一是这样\n\n正文内容，很好。\n" + "————————\n文字，内容很多。\n" * 300,
    "关于某事的通知\n" + "县政发〔2020〕1号\n" * 300,
])
def test_hostile_texts_lose_nothing(text: str) -> None:
    assert _nonspace([text]) == _nonspace(accounted_text(parse_unchecked(text)))


def test_an_archive_record_without_its_text_ends_where_the_next_title_field_comes() -> None:
    issue = split_records(split_lines("【标题】= 甲村新闻\n【日期】= 1994.02.01\n【标题】= 乙村撤乡设镇\n【正文】=\n内容。"))
    assert [a.title for a in issue.articles] == ["甲村新闻", "乙村撤乡设镇"]


def test_a_title_wrapped_across_lines_is_looked_for_one_line_up_only() -> None:
    """Each line break used to look one more line up, recursing once a line (RecursionError at ~330)."""
    text = "\n".join(["农业农村局农业农村局农业农村局农业农村局"] * 400) + "\n县长张三出席会议。"
    assert [(m.name, m.title) for m in find_leaders(text)] == [("张三", "县长")]


@pytest.mark.parametrize("line", ["民國83年(西元1994年)", "第32/2020號行政長官批示", "【政协履职】/文字"])
def test_many_headlines_are_not_compared_pairwise(line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Older slow paths: a list's ``in`` over the candidates (a reference page's topics) and a style's dated
    share counted again for each candidate made 5,000 such lines take 3.5 s. Counted, not timed: the
    candidates' field-by-field comparisons stay far under one per pair of lines."""
    from gazette_reader.ingest.layouts import headings

    calls = 0
    plain_eq = headings.Candidate.__eq__

    def counting_eq(self: object, other: object) -> bool:
        nonlocal calls
        calls += 1
        return plain_eq(self, other)

    monkeypatch.setattr(headings.Candidate, "__eq__", counting_eq)
    text = (line + "\n") * 1500
    assert _nonspace([text]) == _nonspace(accounted_text(parse_unchecked(text)))
    assert calls < 1500 * 20
