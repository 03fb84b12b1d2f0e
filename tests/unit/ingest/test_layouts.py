"""Layouts beyond the samples, table-driven: each case is an excerpt of a real document of
tests/corpus/real (see its SOURCES.md), cut short, with what the parser must make of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazette_reader.ingest.model import MIXED_COLUMNS, SEPARATED_COLUMNS, UNSURE
from gazette_reader.ingest.layouts.newspaper import headlines_in_order
from gazette_reader.ingest.lines import split_lines
from gazette_reader.ingest.parse import is_lossless, parse_text

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "real"

WORKLOG = """环翠区政务信息
第38期
环翠区人民政府办公室                2024年10月28日

区委常委会召开第138次（扩大）会议
10月23日上午，区委常委会召开第138次（扩大）会议，传达习近平总书记近期重要讲话、重要指示精神。区委书记张刚主持会议并讲话。

临河区委召开第16次常委会
1月5日，市委常委、区委书记赵峻岭主持召开中共临河区第十四届委员会第16次常委会。

区政府召开区长办公会
近日，区委副书记、区长王俊主持召开区长办公会，讨论研究《政府工作报告》（征求意见稿）。
"""

CHRONOLOGY = """赣榆区人民政府大事记
2024年
一月：
1日 区长李莉先后到区公安局指挥中心、吾悦广场以
及区中医院新院区等建设现场，调研督导安保维稳工作。
2日 区长李莉参加全区高质量考核暨资产盘活工作会
议。
同日 区二届人大常委会第十七次会议召开。
二月
5日
区长李莉调研经济薄弱村工作。
"""

GOVDOC = """关于印发《江门市江海区宜居宜业和美乡村建设行动实施
方案》的通知
江海农办〔2023〕12 号
各街道党工委、办事处，区委实施乡村振兴战略领导小组
成员单位：
《江门市江海区宜居宜业和美乡村建设行动实施方案》业
经区江海区委、区政府同意，现印发给你们，请认真贯彻
执行。
中共江门市江海区委农村工作领导小组办公室
2023年3月21日
"""

NEWSPAPER = """人民日报 1998年1月2日 星期五 第2版

江泽民会见美国客人
新华社北京1月1日电 国家主席江泽民今天在中南海会见了美国前总统卡特。
江泽民说，中美关系正处在一个重要时期。

李鹏出席新年茶话会
本报北京1月1日电（记者 王明）国务院总理李鹏今天出席了全国政协举办的新年茶话会。
"""

PLAIN_TOC = """乡村振兴工作简报
第6期

本期目录

脱贫攻坚
大河镇:重点贫困村现场办公
人居环境
古交镇召开乡村建设誓师大会

脱贫攻坚

大河镇:重点贫困村现场办公
11月11日,镇长赵军、副镇长冯建华一行来到桐子园村进行扶贫工作现场办公。

人居环境

古交镇召开乡村建设誓师大会
为深入贯彻落实中央1号文件精神,我镇召开古交镇乡村建设誓师大会。
"""

BULLETS = """1.8月19日,旗政府副旗长齐广利一行到敖包苏木,实地调研推进自然资源管理工作。
2.8月19日,科左中旗国家现代农业产业园服务中心主任孙志强一行,到敖包苏木推进肉牛产业相关工作。
3.8月19日,敖包苏木综治中心组织派出所、信访办等部门召开联席会议。
"""

INTERLEAVED = """虞关乡
【概况】位于徽县南部，平均海
【沿革】1950年设虞关乡，
拔750米。2008年末，面
1958年并入嘉陵公社，19
积215.3平方千米。
62年分设虞关公社。
"""

# (name, text, layout, [(title, month_day)] of every article; None = the title is derived, not checked)
CASES = [
    ("worklog without 目录", WORKLOG, "worklog",
     [("区委常委会召开第138次（扩大）会议", "10-23"), ("临河区委召开第16次常委会", "01-05"), ("区政府召开区长办公会", None)]),
    ("大事记", CHRONOLOGY, "chronology", [(None, "01-01"), (None, "01-02"), (None, "01-02"), (None, "02-05")]),
    ("政府文件", GOVDOC, "govdoc", [("关于印发《江门市江海区宜居宜业和美乡村建设行动实施方案》的通知", "03-21")]),
    ("newspaper datelines", NEWSPAPER, "newspaper", [("江泽民会见美国客人", "01-01"), ("李鹏出席新年茶话会", "01-01")]),
    ("目录 without leaders", PLAIN_TOC, "bulletin",
     [("大河镇:重点贫困村现场办公", "11-11"), ("古交镇召开乡村建设誓师大会", None)]),
    ("numbered briefs", BULLETS, "bullets", [(None, "08-19"), (None, "08-19"), (None, "08-19")]),
    ("yearbook columns read across", INTERLEAVED, "yearbook", [("概况", None), ("沿革", None)]),
]


@pytest.mark.parametrize(("name", "text", "layout", "expected"), CASES, ids=[c[0] for c in CASES])
def test_layout_splits_each_item(name: str, text: str, layout: str, expected: list) -> None:
    issue = parse_text(text)
    assert issue.layout == layout
    assert is_lossless(text, issue)
    assert issue.confidence >= UNSURE
    got = [(None if want is None else a.title, a.month_day) for a, (want, _) in zip(issue.articles, expected)]
    assert len(issue.articles) == len(expected)
    assert got == expected


def test_masthead_names_the_publication_and_issue() -> None:
    issue = parse_text(WORKLOG)
    assert (issue.publication, issue.place, issue.year, issue.month, issue.number) == ("环翠区政务信息", "环翠区", 2024, 10, "38")
    assert [a.year for a in issue.articles[:2]] == [2024, 2024]


def test_page_line_is_issue_metadata_never_a_title() -> None:
    issue = parse_text(NEWSPAPER)
    assert issue.publication == "人民日报" and (issue.year, issue.month) == (1998, 1)
    assert all("人民日报" not in a.title for a in issue.articles)


def test_chronology_dates_come_from_headings_and_entries() -> None:
    issue = parse_text(CHRONOLOGY)
    assert [(a.year, a.month, a.day) for a in issue.articles] == [(2024, 1, 1), (2024, 1, 2), (2024, 1, 2), (2024, 2, 5)]
    assert issue.articles[0].title.startswith("区长李莉先后到区公安局指挥中心")


def test_govdoc_keeps_its_document_number() -> None:
    article = parse_text(GOVDOC).articles[0]
    assert article.subtitle == "江海农办〔2023〕12 号" and article.year == 2023


def test_interleaved_columns_are_separated_and_reported() -> None:
    issue = parse_text(INTERLEAVED)
    assert issue.warnings == [SEPARATED_COLUMNS]
    assert issue.articles[0].body.startswith("位于徽县南部，平均海拔750米。2008年末，面积215.3平方千米。")
    assert issue.articles[1].body.startswith("1950年设虞关乡，1958年并入嘉陵公社，19")


def test_columns_side_by_side_are_reported_as_unsure() -> None:
    issue = parse_text((CORPUS / "yearbook" / "qingbaijiang_2018_p56.txt").read_text(encoding="utf-8"))
    assert MIXED_COLUMNS in issue.warnings and issue.confidence < UNSURE


def test_plain_toc_sections_and_entries() -> None:
    issue = parse_text(PLAIN_TOC)
    assert [a.section for a in issue.articles] == ["脱贫攻坚", "人居环境"]
    assert issue.toc == ["脱贫攻坚", "大河镇:重点贫困村现场办公", "人居环境", "古交镇召开乡村建设誓师大会"]


def test_a_feature_with_subheadings_stays_one_article() -> None:
    seed = Path(__file__).resolve().parents[3] / "seeds" / "003_3f13d9cc05edbc24.txt"
    issue = parse_text(seed.read_text(encoding="utf-8"))
    assert (issue.layout, len(issue.articles)) == ("feature", 1)


def test_a_flipbook_page_is_titled_by_its_own_heading_under_the_file_title_and_page_label() -> None:
    """An e-book page saved as text opens with the file's title and the page label (P:05): those name
    the file and the page; the page's own heading is the article's title."""
    text = ("鎮政建設成果專刊_電子書\nP:05\n\n鎮長的話\n\n鎮長 王大同\n\n"
            "四年來,本鎮推動多項建設,改善道路、整建公園,\n\n提升居民生活品質。感謝鄉親的支持與鼓勵。\n")
    issue = parse_text(text)
    assert [a.title for a in issue.articles] == ["鎮長的話"]
    assert "P:05" not in issue.articles[0].body and is_lossless(text, issue)


ONE_ITEM_ISSUE = """信 息 简 报
增刊第7期
中共荷花市委办公室 2005年4月27日
市委书记对党委信息工作作出批示
4月27日,市委书记对党委信息工作作出批示:“这几年全市信息工作扎实开展,取得明显成效。希望各级信息工作人员总结经验,创新方法,开创我市信息工作新局面。”
"""


def test_an_issue_of_one_item_under_its_masthead() -> None:
    """worklog/xinxi_jianbao_zengkan_di7qi_quzhou: a bulletin issue of one item, no blank lines: the spaced
    masthead, its 增刊 number and the issuer's date line are the issue's; the headline under them is the
    item's title."""
    issue = parse_text(ONE_ITEM_ISSUE)
    assert [(a.title, a.body[:6]) for a in issue.articles] == [("市委书记对党委信息工作作出批示", "4月27日,")]
    assert sorted(issue.metadata.values()) == ["中共荷花市委办公室 2005年4月27日", "信息简报", "增刊第7期"]
    assert (issue.year, issue.month, issue.number, issue.articles[0].year) == (2005, 4, "7", 2005)


def test_a_feature_headline_that_reads_like_a_masthead_stays_its_title() -> None:
    issue = parse_text("全县经济运行动态\n今年以来，全县经济运行总体平稳，主要指标好于预期。\n")
    assert [a.title for a in issue.articles] == ["全县经济运行动态"] and issue.metadata == {}


def test_prose_without_any_layout_is_one_unsure_article() -> None:
    text = "这一段文字没有标题，也没有日期，只是一些连续的叙述。它不像简报，也不像报纸。\n" * 3
    issue = parse_text(text)
    assert len(issue.articles) == 1 and issue.confidence < UNSURE


# ------------------------------------------------ decks by type size (PDF, Word)
DECKS = ("二七区委常委会（扩大）会议学习讨论市委工作会议精神\n\n统筹谋划、聚焦重点 在六个方面“出重彩、成高峰”\n\n"
         "本报讯9月15日下午，二七区委常委会召开扩大会议，学习讨论市委工作会议精神。区委书记陈红民主持会议并讲话。\n\n"
         "会议强调，要认真学习领会市委工作会议精神，勇挑重担、奋发有为。\n\n记者 景静\n\n"
         "加快学校项目建设进度 保证项目质量和安全\n\n"
         "本报讯9月16日上午，二七区区长苏建设带领区教育局负责人，实地督导中小学校项目建设工作。\n\n"
         "苏建设强调，教育项目是一项民心工程，要加快学校项目建设进度，确保按期交付使用。\n\n记者 景静\n")
UPPER, LOWER = "二七区委常委会（扩大）会议学习讨论市委工作会议精神", "统筹谋划、聚焦重点 在六个方面“出重彩、成高峰”"
DECK_CASES = [
    # sizes of (upper, lower) deck → (kicker, title, subtitle) of the first story; None: as in plain text
    ("bigger upper deck", (24, 15), (None, UPPER, LOWER)),
    ("smaller upper deck is the kicker", (15, 24), (UPPER, LOWER, None)),
    ("sizes too close to tell", (24, 23), None),
    ("one deck without a size", (24,), None),
]
PLAIN_DECKS = {"newspaper": (None, UPPER, LOWER), "compilation": (UPPER, LOWER, None)}
"""Plain text: placed by content, the first deck is the title; read in order, a newspaper's kicker."""


@pytest.mark.parametrize(("name", "sizes", "expected"), DECK_CASES, ids=[c[0] for c in DECK_CASES])
@pytest.mark.parametrize("split", sorted(PLAIN_DECKS))
def test_the_biggest_deck_is_the_title(name: str, sizes: tuple, expected: tuple | None, split: str) -> None:
    """Both newspaper splitters (headlines placed by content, or read in order) order decks by size."""
    text = DECKS if split == "newspaper" else DECKS.replace(  # the deck above 本报讯 speaks of its story
        "区委书记陈红民主持会议并讲话。", "区委书记陈红民主持会议并讲话，要求统筹谋划、聚焦重点，在六个方面出重彩、成高峰。")
    assert headlines_in_order(split_lines(text)) == (split == "compilation")
    decks = [parse_text(text, sizes=hint) for hint in (None, dict(zip((0, text.index(LOWER)), sizes)))]
    assert all(is_lossless(text, issue) for issue in decks)
    got = [(issue.articles[0].kicker, issue.articles[0].title, issue.articles[0].subtitle) for issue in decks]
    assert got == [PLAIN_DECKS[split], expected or PLAIN_DECKS[split]]


def test_a_short_months_dashiji_of_two_entries_is_a_chronology() -> None:
    """A file that names itself a 大事记 and has a month heading needs two entries, not three."""
    issue = parse_text("大  事  记\n\n1月\n\n1月18日 区委书记王伟主持会议。\n1月21日 区长李明主持会议。")
    assert issue.layout == "chronology" and [a.month_day for a in issue.articles] == ["01-18", "01-21"]
    assert parse_text("1月\n\n1月18日 区委书记王伟主持会议。\n1月21日 区长李明主持会议。").layout != "chronology"


def test_a_bullet_glued_to_benwangxun_is_no_newspaper_dateline() -> None:
    briefs = "\n".join(f"■{opening}，{place}召开安全生产工作会议。镇长王明出席。" for opening, place in
                       [("本网讯", "道托镇"), ("5月3日", "刘桥镇"), ("本网讯", "永寿县"), ("5月6日", "渭城区")])
    issue = parse_text(briefs)
    assert issue.layout != "newspaper" and len(issue.articles) == 4


def test_releases_saved_one_after_another_split_however_their_leads_open() -> None:
    """Two headlines at the margin, each after a blank line, with undated leads: two items; an indented
    paragraph opening after a blank line stays in its article."""
    text = ("南投县举办年终记者会\n县长许淑华今日召开县政年终记者会，说明一年来的成果。\n\n"
            "        上任后许县长以务实稳健及多元永续的方针推动县\n政，三个月内就将政见与县政接轨。\n\n"
            "台东县长滨乡长光部落文化聚会所揭幕\n台东县长滨乡长光部落为最大的阿美族部落，县长饶庆铃共同揭幕启用。\n"
            "县长饶庆铃表示，将持续推动部落建设。")
    issue = parse_text(text)
    assert [a.title for a in issue.articles] == ["南投县举办年终记者会", "台东县长滨乡长光部落文化聚会所揭幕"]
    assert "上任后许县长" in issue.articles[0].body


WORKLOG_WITH_NOTE_AND_DISTRIBUTION = (
    "社区工作简报\n第9期\n\n编者按：近期，各地街道社区开展了一系列活动，现将部分社区的做法刊发如下，供学习借鉴。\n\n"
    "长安街道:三月春“锋”暖 共谱文明曲\n3月4日下午,长安街道新时代文明实践所组织党员志愿者走进社区。\n\n"
    "黄岛街道社区积极探索社区发展治理创新 加热“社区温度”\n本网讯 黄岛街道玉环岛街社区积极探索社区发展治理创新。\n\n"
    "报：市委办公室、市政府办公室\n送：县委、县人大、县政府、县政协领导\n发：各乡镇党委、政府，县直各单位\n"
)


def test_an_editors_note_and_the_distribution_list_are_the_issue_s() -> None:
    """The 编者按 over the items and the 报/送/发 lines under them belong to the issue (its metadata),
    not to an item; a headline whose two phrases are set off by a space over a 本网讯 story is whole."""
    issue = parse_text(WORKLOG_WITH_NOTE_AND_DISTRIBUTION)
    assert [a.title for a in issue.articles] == [
        "长安街道:三月春“锋”暖 共谱文明曲", "黄岛街道社区积极探索社区发展治理创新 加热“社区温度”"]
    assert issue.metadata["编者按"].startswith("编者按：近期")
    assert issue.metadata["送"] == "送：县委、县人大、县政府、县政协领导"
    assert "发：" not in issue.articles[-1].body
    assert is_lossless(WORKLOG_WITH_NOTE_AND_DISTRIBUTION, issue)


def test_a_preamble_opening_with_an_instruction_is_no_editors_note() -> None:
    text = "按照市委部署，全县开展安全生产大检查，现将情况通报如下。\n\n县应急局开展专项检查\n3月4日，县应急局开展专项检查。\n\n" \
           "县住建局排查建筑工地\n3月5日，县住建局排查建筑工地隐患。\n"
    assert "编者按" not in parse_text(text).metadata


def test_the_headline_a_story_first_ran_under_is_its_subtitle() -> None:
    text = (
        "工作动态\n第5期\n\n龙圩区召开年中工作会议\n8月16日,龙圩区召开2023年全区年中工作会议。\n"
        "新疆奇台县:设市工作已进入完善相关条件的关键期\n原标题:新疆奇台县:设市工作已进入精心准备和完善相关条件的关键期\n"
        "据奇台县电视台消息,9月4日,奇台县召开撤县设市专家组调研座谈会。\n"
        "县政府召开办公会议\n10月8日,代县长彭建伟主持召开县政府办公会议。\n"
    )
    issue = parse_text(text)
    assert [(a.title, a.subtitle) for a in issue.articles] == [
        ("龙圩区召开年中工作会议", None),
        ("新疆奇台县:设市工作已进入完善相关条件的关键期", "原标题:新疆奇台县:设市工作已进入精心准备和完善相关条件的关键期"),
        ("县政府召开办公会议", None)]


def test_clippings_pasted_without_headlines_open_with_their_source_lines() -> None:
    """A clipping service pastes items without headlines, each under its source line after a blank line:
    each source line starts an item and is its source, dated or not; the text's own date dates it."""
    text = (
        "媒体报道剪辑\n\n【市县动态】\n\n来源:bfkb.v0375.cn 2022-01-13\n1月12日上午,县委副书记、县长王代强主持召开会议。\n"
        "会议还研究了其他事项。\n\n来源:m.news.wmxa.cn 2015年12月\n12月2日,县人大常委会主任魏桂叶带领视察组视察。\n\n"
        "来源:nsxxww.cn\n宁陕融媒讯(程志林)6月26日,县长郑红丹到镇村一线实地督导。\n"
    )
    issue = parse_text(text)
    assert [(a.month_day, a.section, a.source_unit_raw) for a in issue.articles] == [
        ("01-13", "市县动态", "来源:bfkb.v0375.cn 2022-01-13"), ("12-02", "市县动态", "来源:m.news.wmxa.cn 2015年12月"),
        ("06-26", "市县动态", "来源:nsxxww.cn")]
    assert issue.articles[0].body.startswith("1月12日上午")
    assert is_lossless(text, issue)


def test_a_source_line_under_a_headline_still_belongs_to_it() -> None:
    text = ("县长调研重点项目\n\n3月1日,县长到园区调研重点项目建设。\n\n县政府召开常务会议\n\n"
            "来源:县政府网 2024-03-05\n3月4日,县政府召开常务会议。\n会议研究了有关事项。\n")
    issue = parse_text(text)
    assert [a.title for a in issue.articles] == ["县长调研重点项目", "县政府召开常务会议"]


def test_a_single_dateline_is_one_story_among_releases() -> None:
    """Two web releases, only one of them opening with 本网讯: one dateline is one story, not a page of
    displaced headlines, and the headlines split the text."""
    text = (
        "蔡邦银:深刻吸取教训 坚决确保安全稳定\n发布机构:区融媒体中心 发布时间: 2021-06-15 09:04 字体:\n"
        "蔡邦银在全区安全生产工作会议上强调\n深刻吸取教训 坚决确保安全稳定\n"
        "本网讯(王杰)6月14日上午,全省安全生产工作电视电话会议召开后,我区赓即召开全区安全生产工作会议。\n"
        "会议要求,全区各级各部门要进一步增强抓好安全生产的政治自觉。\n——————————\n"
        "杨邵燕县长一行深入乡镇调研\n发布日期:2017年02月08日 17:14 浏览:[] 作者: 来源: 打印\n"
        "2月5日—6日,杨邵燕县长在县委杨鹤龄副书记陪同下深入乡镇调研。\n"
    )
    issue = parse_text(text)
    assert [(a.title, a.year, a.month_day) for a in issue.articles] == [
        ("蔡邦银:深刻吸取教训 坚决确保安全稳定", 2021, "06-15"), ("杨邵燕县长一行深入乡镇调研", 2017, "02-08")]
    assert is_lossless(text, issue)
