"""Bulletin helpers: TOC entries and body titles matched tolerantly."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.layouts.bulletin import (
    entry_similarity,
    has_toc,
    is_section_name,
    parse_toc,
    split_bulletin,
    toc_bounds,
)
from gazette_reader.ingest.lines import split_lines

SIMILAR = [
    ("我区召开 2019 年度工作总结表彰", "我区召开2019年度工作总结表彰", 1.0),
    ("万正峰调研我区复工复产和复学情况", "副市长万正峰调研我区复工复产和复学情况", 0.9),
    ("- 市领导督导我区“三送一强”活动开展情况", "市领导督导我区“三送一强”活动开展情况", 1.0),
    ("4月15日，区长耿勇军调研我区高品质推进城市建设", "区长耿勇军调研我区高品质推进城市建设工作", 0.0),
    ("工作", "区委审计委员会第一次会议召开", 0.0),
]


@pytest.mark.parametrize("candidate,entry,score", SIMILAR)
def test_entry_similarity(candidate: str, entry: str, score: float) -> None:
    assert entry_similarity(candidate, entry) == pytest.approx(score)


TOC_TEXT = """2021年1月
(总第1期)

本月关注

- 县委召开全会..... 1
- 县政府部署春耕生产和农田水利建设工作安
全生产工作..... 2
工作动态\t
县长调研企业.....\t3

本月关注

县委召开全会

1月5日，县委召开全会。

县政府部署春耕生产和农田水利建设工作安全生产工作

1月6日，县政府部署工作。

工作动态

县长调研企业

1月7日，县长调研企业。
他指出：要抓好生产。

主管：某县人民政府办公室
"""


def test_toc_parsing_and_body() -> None:
    lines = split_lines(TOC_TEXT)
    start, end = toc_bounds(lines)
    toc = parse_toc(lines[start:end])
    assert toc.sections == {"本月关注", "工作动态"}
    assert toc.entries[1] == "县政府部署春耕生产和农田水利建设工作安全生产工作"
    issue = split_bulletin(lines)
    assert [(a.section, a.title) for a in issue.articles] == [
        ("本月关注", "县委召开全会"),
        ("本月关注", "县政府部署春耕生产和农田水利建设工作安全生产工作"),
        ("工作动态", "县长调研企业"),
    ]
    assert issue.articles[2].body == "1月7日，县长调研企业。\n他指出：要抓好生产。"
    assert issue.metadata["主管"] == "主管：某县人民政府办公室"
    assert issue.metadata["年月"] == "2021年1月"


NUMBERED_SECTIONS = """人大工作简报
第1期

目    录

一、重要会议
区人大常委会召开主任会议…………………………1
二、基层动态
东湖街道召开议政会……………………………………2

一、重要会议

区人大常委会召开主任会议
3月23日上午，区人大常委会召开主任会议。

二、基层动态

东湖街道召开议政会
7月27日上午，东湖街道召开议政会。
"""

BRACKETED_ENTRIES = """安全生产工作动态

本期目录
【领导活动】区领导督导检查安全生产大排查大整治全覆盖落实情况    1
【专项整治】盐田区开展安全生产十大专项整治行动 实现督导督查全覆盖    2

【领导活动】
区领导督导检查安全生产大排查大整治全覆盖落实
情况
本报讯 3月27日，区委常委、副区长高继锋督
导检查安全生产工作。

【专项整治】
盐田区开展安全生产十大专项整治行动 实现督导
督查全覆盖
3月12日，区委常委、常务副区长时卫干率队检
查安全生产工作。
"""


def test_numbered_section_names_are_sections_not_articles() -> None:
    issue = split_bulletin(split_lines(NUMBERED_SECTIONS))
    assert [(a.title, a.section) for a in issue.articles] == [
        ("区人大常委会召开主任会议", "重要会议"), ("东湖街道召开议政会", "基层动态")]
    assert issue.toc[0] == "一、重要会议"


def test_toc_entries_with_their_bracketed_section_and_wrapped_body_titles() -> None:
    lines = split_lines(BRACKETED_ENTRIES)
    assert has_toc(lines)
    issue = split_bulletin(lines)
    assert [(a.title, a.section) for a in issue.articles] == [
        ("区领导督导检查安全生产大排查大整治全覆盖落实情况", "领导活动"),
        ("盐田区开展安全生产十大专项整治行动 实现督导督查全覆盖", "专项整治")]
    assert issue.articles[0].body.startswith("本报讯")


def test_a_body_line_after_a_complete_title_is_text() -> None:
    text = BRACKETED_ENTRIES.replace("落实\n情况\n", "落实情况\n情况通报如下。\n")
    issue = split_bulletin(split_lines(text))
    assert issue.articles[0].title == "区领导督导检查安全生产大排查大整治全覆盖落实情况"
    assert issue.articles[0].body.startswith("情况通报如下。")


def test_an_arabic_numbered_short_line_is_not_a_section() -> None:
    for name in ("一、重要会议", "（二）乡镇动态", "【领导活动】", "工作动态"):
        assert is_section_name(name)
    assert not is_section_name("1.县委召开全会")


def test_contents_with_page_numbers_in_brackets() -> None:
    """A 目录 may print its page numbers in brackets (……（1）): the bulletin is split by it, each item under
    the 【】 section its contents line stands under."""
    text = (
        "政务信息\n2022年第15期\n\n目　　录\n\n【项目建设】\n副县长苏晓艳召开重点项目建设推进会……（1）\n"
        "【安全生产】\n县领导开展中秋节前安全生产大检查……（3）\n\n【项目建设】\n\n副县长苏晓艳召开重点项目建设推进会\n"
        "3月31日下午,副县长苏晓艳召开重点项目建设推进会。\n\n【安全生产】\n\n县领导开展中秋节前安全生产大检查\n"
        "9月9日,副县长吉海带领有关部门开展安全生产大检查。\n"
    )
    lines = split_lines(text)
    assert has_toc(lines)
    issue = split_bulletin(lines)
    assert [(a.title, a.section) for a in issue.articles] == [
        ("副县长苏晓艳召开重点项目建设推进会", "项目建设"), ("县领导开展中秋节前安全生产大检查", "安全生产")]


def test_a_contents_list_s_numbers_are_not_the_titles() -> None:
    """1. / 2. before a bulletin's titles number the list: the titles are without them (a chapter's 第一章 is
    its own)."""
    text = (
        "县域信息\n第2期\n\n目  录\n1. 枞阳县党政代表团来怀考察……………………1\n2. 全县生态保护大会召开……………………2\n\n"
        "1. 枞阳县党政代表团来怀考察\n5月10日,枞阳县党政代表团来怀考察。\n\n2. 全县生态保护大会召开\n5月12日,全县生态保护大会召开。\n"
    )
    lines = split_lines(text)
    issue = split_bulletin(lines)
    assert [a.title for a in issue.articles] == ["枞阳县党政代表团来怀考察", "全县生态保护大会召开"]
