"""Government documents as re-posting sites store them (round 9): the issuer line set apart over the
headline, the page's title printed again above the document's own headline, a list page heading each
document with its 文号 and title on one line, and the page's info line between the 文号 and the 主送."""

from __future__ import annotations

from gazette_reader.ingest.lines import split_lines
from gazette_reader.ingest.parse import _heading_over_roster, parse_text

ISSUER_APART = """江西省吉安市人民政府办公室


关于印发吉安市市本级政务公开工作实施细则的通知
( 吉府发〔2003〕37号 )

市政府各部门,市直各单位:

现将《吉安市市本级政务公开工作实施细则》印发给你们,请遵照执行。

二OO三年十二月四日
"""

ISSUER_ABOVE = """区人民政府办公室
关于印发2020年区政府重点工作责任分解的
通 知
各新区、区政府各部门、各市级垂管单位：
《2020年区政府重点工作责任分解》已经区政府研究同意，现印发给你们，请认真抓好落实。
2020年6月28日
"""

PAGE_TITLE_AGAIN = """兴县人民政府关于印发《兴县公共卫生应急预案》的通知
作者:法律资料网 时间:2024-05-27 08:16:27  浏览:9388   来源:法律资料网
下载地址: 点击此处下载
兴县人民政府关于印发《兴县公共卫生应急预案》的通知
陕西省兴县人民政府


兴县人民政府关于印发《兴县公共卫生应急预案》的通知
兴政发〔2009〕33号
各乡镇人民政府,县政府各工作部门:
《兴县公共卫生应急预案》已经县政府同意,现印发你们,请遵照执行。
二○○九年六月十五日


平县人民政府关于表彰2008年度民政工作先进单位的通报
平政发〔2009〕3号
各乡镇人民政府,县直各单位:
2008年,全县民政工作成绩显著,经研究,决定予以通报表彰。
平县人民政府
2009年3月20日
"""

NUMBER_BEFORE_TITLE = """兴县人民政府关于印发《兴县公共卫生应急预案》的通知
兴政发〔2009〕33号
各乡镇人民政府,县政府各工作部门:
《兴县公共卫生应急预案》已经县政府同意,现印发你们,请遵照执行。
二○○九年六月十五日


索 引 号: | 主题分类: | 市政府文件 | |
标 题: | 盘政发〔2010〕22号 盘锦市人民政府关于表彰农田基本建设先进单位的决定 | ||
发布日期: | 2010-12-13 | |
盘政发〔2010〕22号 盘锦市人民政府关于表彰农田基本建设先进单位的决定
各县、区人民政府,市政府各部门:
我市开展农田基本建设竞赛以来,各地成绩显著。
希望受表彰的单位再接再厉。
"""

INFO_LINE = """平县人民政府办公室关于印发平县促进专业镇高质量发展实施方案的通知
平政办发〔2023〕14号
发布日期:2023-09-01 10:51 来源: 平县人民政府 【字体:大 中 小】 打印本页
各乡(镇)人民政府,县直各有关单位:
《平县促进专业镇高质量发展实施方案》已经县人民政府同意,现印发给你们,请认真贯彻执行。
平县人民政府办公室
2023年9月1日
"""


def test_issuer_set_apart_is_not_the_titles_first_line() -> None:
    issue = parse_text(ISSUER_APART)
    assert issue.layout == "govdoc"
    assert [a.title for a in issue.articles] == ["关于印发吉安市市本级政务公开工作实施细则的通知"]
    assert issue.articles[0].subtitle == "( 吉府发〔2003〕37号 )"


def test_issuer_right_above_the_headline_is_still_its_first_line() -> None:
    issue = parse_text(ISSUER_ABOVE)
    assert ["".join(a.title.split()) for a in issue.articles] == ["区人民政府办公室关于印发2020年区政府重点工作责任分解的通知"]


def test_page_title_repeated_above_the_headline_opens_one_document() -> None:
    issue = parse_text(PAGE_TITLE_AGAIN)
    assert [a.title for a in issue.articles] == [
        "兴县人民政府关于印发《兴县公共卫生应急预案》的通知",
        "平县人民政府关于表彰2008年度民政工作先进单位的通报",
    ]
    first = issue.articles[0]
    assert first.subtitle == "兴政发〔2009〕33号"
    assert first.body.startswith("各乡镇人民政府,县政府各工作部门:")
    assert (first.month, first.day) == (6, 15)


def test_number_and_title_on_one_line_open_a_document() -> None:
    issue = parse_text(NUMBER_BEFORE_TITLE)
    assert [a.title for a in issue.articles] == [
        "兴县人民政府关于印发《兴县公共卫生应急预案》的通知",
        "盘锦市人民政府关于表彰农田基本建设先进单位的决定",
    ]
    second = issue.articles[1]
    assert second.subtitle == "盘政发〔2010〕22号"
    assert second.body.startswith("各县、区人民政府,市政府各部门:")


def test_info_line_over_the_addressee_is_the_pages() -> None:
    issue = parse_text(INFO_LINE)
    article = issue.articles[0]
    assert article.subtitle == "平政办发〔2023〕14号"
    assert article.body.startswith("各乡(镇)人民政府,县直各有关单位:")
    assert any(text.startswith("发布日期:2023-09-01") for text in issue.furniture)


YEARBOOK_ROSTER = """平江县
中共县委员会
书 记 李明山
副书记 王 刚 赵海涛
县人民政府
县 长 王 刚
副县长 陈 铭 周群开
【概况】2008年,平江县辖12个乡、17个镇。土地总面积1562平方公里,年末总人口66.03万人。
全年地区生产总值102.8亿元,比2007年增长17%。
"""


def test_marked_entry_under_a_place_and_its_roster_is_a_yearbook_entry() -> None:
    issue = parse_text(YEARBOOK_ROSTER)
    assert issue.layout == "yearbook"
    assert [(a.title, a.section) for a in issue.articles] == [("概况", "平江县")]
    assert issue.articles[0].body.startswith("2008年,平江县辖12个乡")


def test_lines_with_clauses_over_the_marked_entry_are_no_roster() -> None:
    prose = YEARBOOK_ROSTER.replace("副书记 王 刚 赵海涛", "县委召开常委会，研究部署农业生产")
    assert _heading_over_roster(split_lines(prose), "概况") is None
    assert _heading_over_roster(split_lines(YEARBOOK_ROSTER), "概况") == "平江县"
