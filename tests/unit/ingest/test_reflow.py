"""Reflow: hard wraps joined, layout spaces folded, paragraphs only where the text says so."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gazette_reader.ingest import reflow as reflow_module
from gazette_reader.ingest.reflow import reflow, squeeze, tidy_title

SQUEEZE = [
    ("4 月 3 日", "4月3日"),
    ("9月 15日下午", "9月15日下午"),
    ("我区召开 2019 年度", "我区召开2019年度"),
    ("迎民族盛会 庆七十华诞", "迎民族盛会庆七十华诞"),
    ("Hello   world 2020", "Hello world 2020"),
    ("5G 新型", "5G新型"),
    ("  前后  ", "前后"),
    ("a\u3000b", "a b"),
    ("1 9 5 0 年 5 月 建 立", "1950年5月建立"),  # an OCR's letter-spaced number before its date unit
    ("次年 1 1 月 , 1 9 5 4 年", "次年11月, 1954年"),
    ("表 1 2 3 共计", "表1 2 3共计"),  # digits before no date unit stay apart
]


@pytest.mark.parametrize("raw,expected", SQUEEZE)
def test_squeeze(raw: str, expected: str) -> None:
    assert squeeze(raw) == expected


TITLES = [
    ("我区召开 2019 年度工作总结表彰", "我区召开2019年度工作总结表彰"),
    ("“郑好豫见 上街有礼 欢乐消费季”活动启动", "“郑好豫见 上街有礼 欢乐消费季”活动启动"),
    ("第 19 次  视频调度会", "第19次 视频调度会"),
    ("二七区打造“5G新型智慧城市创新示范区”", "二七区打造“5G新型智慧城市创新示范区”"),
]


@pytest.mark.parametrize("raw,expected", TITLES)
def test_tidy_title(raw: str, expected: str) -> None:
    assert tidy_title(raw) == expected


REFLOW = [
    # tests/corpus/real/bullets/chengxiang_huanjing_jianxun.txt: the wrap cut the day of a date
    ("wrap inside a number", ["全力打造村容整洁的人居环境,8月1", "1日,镇坪县牛头店镇组织召开推进会。"],
     "全力打造村容整洁的人居环境,8月11日,镇坪县牛头店镇组织召开推进会。"),
    ("ASCII numbers keep their space", ["Item 12", "34 more"], "Item 12 34 more"),
    # tests/corpus/real/yearbook/zhangcun_xiang_gaikuang_fanti.txt: wraps before a coordinate's marks
    ("wrap before seconds", ["張村鄉介於東經118°38'29", "\"~118°45'19\",北緯28°36", "'06\"之間。"],
     "張村鄉介於東經118°38'29\"~118°45'19\",北緯28°36'06\"之間。"),
    # tests/corpus/real/yearbook/xiangzhen_gaikuang_zhongcheng_lianluo.txt: wraps at a decimal point or a unit
    ("wrap at a decimal point", ["人口自然增长率2.", "9‰。15—64岁1.", "3万人,占17", "%。"], "人口自然增长率2.9‰。15—64岁1.3万人,占17%。"),
    ("Latin sentence end keeps its space", ["Version 2.", "Next steps"], "Version 2. Next steps"),
    # page break after a line that does not end a sentence: joined across the blank line
    ("page break mid word", ["检查了教室、食堂等布局设置情况，重", "", "点了解学校疫情防控应急预案。"],
     "检查了教室、食堂等布局设置情况，重点了解学校疫情防控应急预案。"),
    ("page break keeps debris", ["当天共清理生活垃圾434立方米，建", "", "建筑垃圾 46 立方米。"],
     "当天共清理生活垃圾434立方米，建建筑垃圾46立方米。"),
    ("sentence end + blank = paragraph", ["第一段结束了。", "", "第二段开始。"], "第一段结束了。\n第二段开始。"),
    ("narrow column short line ends paragraph",
     ["“一环十横十纵”道路综合", "改造涉及二七区 10条道路，目", "前除大学路因地铁修建延缓实",
      "施外，其余9条道路已基本完成", "", "改造提升。", "位于大学路中原路口东南", "", "角的游园，是中原路改造提升",
      "的一处节点。路口拆除护栏"],
     "“一环十横十纵”道路综合改造涉及二七区10条道路，目前除大学路因地铁修建延缓实施外，其余9条道路已基本完成"
     "改造提升。\n位于大学路中原路口东南角的游园，是中原路改造提升的一处节点。路口拆除护栏"),
    ("full-width line ending a sentence does not break a column",
     ["双秀公园位于连云路长江", "路口，按照“园外拆墙透绿，园", "内健康散步带、儿童活动区、多", "龄段活动区并存”的思路",
      "提升后，为周边居民健身休闲", "提供了活动空间及运动设施。", "陈红民表示，要以人为本，根据", "使用者的具体需求。"],
     "双秀公园位于连云路长江路口，按照“园外拆墙透绿，园内健康散步带、儿童活动区、多龄段活动区并存”的思路"
     "提升后，为周边居民健身休闲提供了活动空间及运动设施。陈红民表示，要以人为本，根据使用者的具体需求。"),
    ("double spaced with leading spaces is one paragraph",
     ["进，查找差距，深刻认识“三项工程、一项管理”工作对推进", "", "高品质城市建设的重要意义，认真学习领会省市领导有关重要", "", " 讲话和调研指示精神，在工作中做到融汇贯通、学以致用。要",
      "", "不断完善城市功能和服务，让城市有文化、有内涵、有灵魂。", "", "在城市管理上，要用绣花功夫和匠心精神，围绕序化、洁化、",
      "", "绿化、亮化，统筹抓好市容市貌、环境卫生、交通整治等工作，"],
     "进，查找差距，深刻认识“三项工程、一项管理”工作对推进高品质城市建设的重要意义，认真学习领会省市领导有关重要讲话和调研指示精神，在工作中做到融汇贯通、学以致用。要"
     "不断完善城市功能和服务，让城市有文化、有内涵、有灵魂。在城市管理上，要用绣花功夫和匠心精神，围绕序化、洁化、"
     "绿化、亮化，统筹抓好市容市貌、环境卫生、交通整治等工作，"),
    ("subheading is its own paragraph",
     ["城市文化品质得到大幅提升。", "", "持续深化工作成效 重点抓好四项工作", "", "要加快老旧小区改造工程，有计划地逐步开展。"],
     "城市文化品质得到大幅提升。\n持续深化工作成效重点抓好四项工作\n要加快老旧小区改造工程，有计划地逐步开展。"),
    ("latin words keep one space across a wrap", ["the quick", "brown fox."], "the quick brown fox."),
    ("empty", ["", "  ", ""], ""),
]


@pytest.mark.parametrize("case,lines,expected", REFLOW, ids=[r[0] for r in REFLOW])
def test_reflow(case: str, lines: list[str], expected: str) -> None:
    assert reflow(lines) == expected


def test_reflow_only_drops_white_space() -> None:
    lines = ["本报讯 9月 15日下午，二", "七区委常委会召开扩大会议，", "", "学习讨论。 记者", "  x y  "]
    joined = "".join("".join(ln.split()) for ln in lines)
    assert "".join(reflow(lines).split()) == joined


_SQUEEZE_CHARS = st.sampled_from(list("区委4月aB.-，。 \t\n\u3000\xa0\x1c"))


@settings(max_examples=500, deadline=None)
@given(st.text(_SQUEEZE_CHARS, max_size=30))
def test_squeeze_fast_path_agrees_with_the_patterns(text: str) -> None:
    """Without a space between two ASCII characters, squeeze drops every space (str.split) instead of
    running its two patterns: the same result on any text."""
    closed = reflow_module._SPACED_DIGITS_RE.sub(reflow_module._digits_closed, text)
    slow = reflow_module._SPACE_RUN_RE.sub(" ", reflow_module._NOT_BETWEEN_ASCII_RE.sub("", closed)).strip()
    assert squeeze(text) == slow


_LINE = st.text(_SQUEEZE_CHARS, min_size=1, max_size=8).map(str.strip).filter(bool)


@settings(max_examples=500, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=5))
def test_paragraph_fast_path_agrees_with_join_and_squeeze(lines: list[str]) -> None:
    assert reflow_module._paragraph(lines) == squeeze(reflow_module._join_wrapped(lines))


def test_long_runs_of_spaced_digits_and_of_spaces_squeeze_as_short_ones() -> None:
    """The shapes that made the patterns quadratic (every digit or space of a run tried as a start)."""
    assert squeeze("本报讯 " + " ".join(["1"] * 3000)) == "本报讯" + " ".join(["1"] * 3000)
    assert squeeze("(" + " " * 20000 + "2015-12-3 10:10:00)") == "( 2015-12-3 10:10:00)"
    assert squeeze("1 9 5 0 年 5 月") == "1950年5月"
