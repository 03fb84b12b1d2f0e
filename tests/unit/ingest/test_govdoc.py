"""Government documents: titles as real pages print them (letter-spaced, issuer set off by a space,
inside 《》), a 文号 shown twice, and wrapped body lines that only look like a title."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.layouts import govdoc
from gazette_reader.ingest.layouts.govdoc import split_govdoc
from gazette_reader.ingest.lines import split_lines
from gazette_reader.ingest.parse import is_lossless, parse_text

SPACED = """区人民政府办公室
关于印发2020年区政府重点工作责任分解的
通 知
各新区、区政府各部门、各市级垂管单位：
《2020年区政府重点工作责任分解》已经区政府研究同意，现印发给你们，请认真抓好落实。
2020年6月28日
"""

ISSUER_SPACED = """东阳市人民政府办公室 关于印发《东阳市促进残疾人就业行动
实施方案（2023—2025年）》的通知

各镇、乡人民政府，各街道办事处，市政府各部门：

《东阳市促进残疾人就业行动实施方案（2023—2025年）》已经市政府同意，现印发你们。

东阳市人民政府办公室

2023年3月13日
"""

QUOTED = """《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的
通知》
京政办发〔2016〕26号
京政办发〔2016〕26号
各区人民政府，市政府各委、办、局，各市属机构：
《北京市2016年政务公开工作要点》已经市政府同意，现印发给你们，请
结合实际认真贯彻落实。
北京市人民政府办公厅
2016年5月28日
今年政务公开工作的总体要求是：深入贯彻《中共中央办公厅国务
院办公厅印发〈关于全面推进政务公开工作的意见〉的通知》（中办发〔20
16〕8号）和《国务院办公厅关于印发2016年政务公开工作要点的通知
》（国办发〔2016〕19号）精神。
"""


def _titles(text: str) -> list[tuple[str, str | None]]:
    issue = parse_text(text)
    assert issue.layout == "govdoc" and is_lossless(text, issue)
    return [(a.title, a.month_day) for a in issue.articles]


def test_a_letter_spaced_title_is_read_whole_and_kept_as_printed() -> None:
    assert _titles(SPACED) == [("区人民政府办公室关于印发2020年区政府重点工作责任分解的通 知", "06-28")]


def test_an_issuer_set_off_by_a_space_opens_the_title() -> None:
    assert _titles(ISSUER_SPACED) == [
        ("东阳市人民政府办公室 关于印发《东阳市促进残疾人就业行动实施方案（2023—2025年）》的通知", "03-13")]


def test_a_title_inside_book_marks_a_repeated_number_and_a_wrapped_body_line_make_one_document() -> None:
    assert _titles(QUOTED) == [("北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知", "05-28")]
    issue = split_govdoc(split_lines(QUOTED))
    assert issue.articles[0].subtitle == "京政办发〔2016〕26号" and issue.furniture == ["《", "》"]


def test_spaced_unit_names_above_a_title_are_not_its_issuer() -> None:
    text = SPACED + "市农业局 市教育局 市政府督查室\n\n" + SPACED.replace("区人民政府办公室\n", "区财政局\n", 1)
    assert [t for t, _ in _titles(text)][1] == "区财政局关于印发2020年区政府重点工作责任分解的通 知"


UNSIGNED = """湖南省人民政府办公厅文件

湘政办发〔2009〕24号

湖南省人民政府办公厅关于加强普通高等学校

毕业生就业工作的通知

各市州、县市区人民政府，省政府各厅委：

根据国务院办公厅的通知精神，现就有关问题通知如下：

一、充分认识做好高校毕业生就业工作的重要性。
"""

ISSUER_LINE = """济宁市人民政府
关于持续深化“市县同权”改革的实施意见
济政字〔2021〕30号
各县（市、区）人民政府，市政府各部门：
为持续深入推进简政放权改革，结合我市实际，制定本意见。
一、目标要求
"""


def test_a_document_cut_off_before_its_signature_is_still_one_document() -> None:
    assert _titles(UNSIGNED) == [("湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知", None)]
    assert _titles(ISSUER_LINE) == [("济宁市人民政府关于持续深化“市县同权”改革的实施意见", None)]
    assert parse_text(ISSUER_LINE).articles[0].subtitle == "济政字〔2021〕30号"


FULL_WIDTH_BODY = """荷花县人民政府
关于深化改革的实施意见
荷政字〔2021〕30号
各乡镇人民政府，县政府各部门，各大企业，各高等
院校：
为持续深入推进简政放权改革，现就有关事项通知如下：
一、基本原则
——权责一致。有权必有责，用权受监督，合理厘清
两级各有关部门权责，保障改革落地成效。
——减少层级。赋予乡镇更大发展自主权，压缩办事
层级，基本实现“县乡同权”“县乡同办”。
——提升效能。依托信息化平台，简化事项办理流程，
真正实现“一地办结”。
二、主要任务
荷花县人民政府
2021年7月19日
"""


def test_a_full_width_body_is_parted_at_its_addressee_parts_principles_and_signature() -> None:
    (doc,) = parse_text(FULL_WIDTH_BODY).articles
    assert doc.body.split("\n") == [
        "各乡镇人民政府，县政府各部门，各大企业，各高等院校：", "为持续深入推进简政放权改革，现就有关事项通知如下：",
        "一、基本原则", "——权责一致。有权必有责，用权受监督，合理厘清两级各有关部门权责，保障改革落地成效。",
        "——减少层级。赋予乡镇更大发展自主权，压缩办事层级，基本实现“县乡同权”“县乡同办”。",
        "——提升效能。依托信息化平台，简化事项办理流程，真正实现“一地办结”。", "二、主要任务",
        "荷花县人民政府", "2021年7月19日"]


def test_blank_lines_part_a_document_s_paragraphs() -> None:
    (doc,) = parse_text(UNSIGNED).articles
    assert doc.body.split("\n") == ["各市州、县市区人民政府，省政府各厅委：", "根据国务院办公厅的通知精神，现就有关问题通知如下：",
                                    "一、充分认识做好高校毕业生就业工作的重要性。"]


BARE_TITLE = """荷 花 县 人 民 政 府

荷政发〔2024〕7号

荷花县人民政府工作规则

第一章总则
一、根据有关法律，结合本县实际，制定本规则。
"""


def test_a_title_without_guanyu_right_under_the_number_is_the_title() -> None:
    assert _titles(BARE_TITLE) == [("荷花县人民政府工作规则", None)]
    assert parse_text(BARE_TITLE).articles[0].body.startswith("第一章总则")


TRADITIONAL_REPLY = """國務院關於同意荷花省撤銷荷花地區設立地級荷花市的批覆
國函〔2002〕55號

荷花省人民政府:
你省《關於撤銷荷花地區設立地級荷花市的請示》(荷政發〔2002〕29號)收悉。現批覆如下:
一、同意撤銷荷花地區,設立地級荷花市。

中華人民共和國國務院
二〇〇二年六月二十二日
"""


def test_a_traditional_reply_keeps_its_title_though_批覆_is_not_simplified() -> None:
    (doc,) = parse_text(TRADITIONAL_REPLY).articles
    assert (doc.title, doc.subtitle) == ("國務院關於同意荷花省撤銷荷花地區設立地級荷花市的批覆", "國函〔2002〕55號")
    assert (doc.month, doc.day) == (6, 22)


NUMBERED_NOTICES = """督查通报第八期

2023年第三次县长办公会议议定事项落实情况的通报

近期，县政府督查室对议定事项落实情况开展了专项督查，现通报如下。
一、总体情况
议定事项12件，截至5月20日，已办结4件，正在办理8件。
二、工作要求
请责任单位加快工作节奏，全力推动议定事项落实。

2023年05月22日


二〇二三年第九期

2023年第四次县长办公会议议定事项 落实情况的通报

县政府督查室对议定事项落实情况开展了专项督查，现通报如下。

议定事项20件，截止2023年6月10日，已完成9件，正在办理11件。

附件：2023年第四次县长办公会议议定事项汇总表.xlsx

2023年06月15日
"""


def test_each_issue_of_a_numbered_notice_is_a_document_under_its_issue_line() -> None:
    assert _titles(NUMBERED_NOTICES) == [("2023年第三次县长办公会议议定事项落实情况的通报", "05-22"),
                                         ("2023年第四次县长办公会议议定事项 落实情况的通报", "06-15")]
    first, second = parse_text(NUMBERED_NOTICES).articles
    assert (first.subtitle, second.subtitle) == ("督查通报第八期", "二〇二三年第九期")
    assert second.body.split("\n")[-2:] == ["附件：2023年第四次县长办公会议议定事项汇总表.xlsx", "2023年06月15日"]


REPOSTED = """荷花县人民政府办公室关于成立荷花县政务公开工作领导小组的通知

各乡镇人民政府，县人民政府有关部门：

为全面推进我县政务公开工作，县政府决定成立领导小组。现将有关事项通知如下：

一、主要职责

（一）贯彻落实县委、县政府关于政务公开工作的方针政策。

二、工作规则

领导小组实行工作会议制度，定期不定期召开。
"""


def test_a_document_reposted_without_number_and_signature_opens_with_title_and_addressee() -> None:
    assert _titles(REPOSTED) == [("荷花县人民政府办公室关于成立荷花县政务公开工作领导小组的通知", None)]
    assert parse_text(REPOSTED).articles[0].body.split("\n")[:2] == [
        "各乡镇人民政府，县人民政府有关部门：", "为全面推进我县政务公开工作，县政府决定成立领导小组。现将有关事项通知如下："]


GAZETTE_ISSUE = """荷花县人民政府公报
2020年第5期

荷花县人民政府关于做好春节期间安全工作的通知
各乡镇人民政府，县直各单位：
为做好春节期间安全工作，现通知如下。
荷花县人民政府
2020年1月5日
"""


def test_an_issue_line_over_a_guanyu_title_at_the_top_is_the_issue_s() -> None:
    issue = parse_text(GAZETTE_ISSUE)
    assert [(a.title, a.subtitle) for a in issue.articles] == [("荷花县人民政府关于做好春节期间安全工作的通知", None)]
    assert "2020年第5期" in issue.metadata.values()


def test_a_signing_date_s_year_may_print_its_zero_as_any_typesetter_does() -> None:
    for zero in "〇○Ｏ零0":
        text = TRADITIONAL_REPLY.replace("二〇〇二年", f"二{zero}{zero}二年")
        (doc,) = parse_text(text).articles
        assert (doc.year, doc.month, doc.day) == (2002, 6, 22), zero


BULLETIN_WITH_NOTICE = """工作动态
第3期
荷花县人民政府办公室编

荷花县人民政府办公室关于做好防汛工作的通知
各乡镇人民政府，县直各单位：
为做好今年防汛工作，现就有关事项通知如下。

县长带队检查防汛工作
5月6日，县长带队检查全县防汛准备工作。
"""


def test_a_bulletin_reprinting_a_notice_among_its_items_is_no_document() -> None:
    assert parse_text(BULLETIN_WITH_NOTICE).layout != "govdoc"


@pytest.mark.parametrize("line", ["二〇二四年第十六期", "二0二四年第十六期", "二○二四年第十六期", "督察通报第十七期"])
def test_an_issue_line_s_year_may_print_its_zero_as_any_typesetter_does(line: str) -> None:
    assert govdoc._is_issue_line(line)


REPOSTED_WITH_PAGE_TABLE = """荷花市人民政府办公室关于表彰2008年度植树造林先进单位的通报

文号 荷政办文〔2008〕33号 索引号 005452065/2017-00010 关键词
主题分类 政府办文件 体裁分类 服务对象

（二○○八年十月二十九日）

荷政办文〔2008〕33号

  2008年度，全市干部群众认真完成造林任务。市人民政府决定对先进单位予以表彰。

荷花市人民政府关于表彰防汛工作先进单位的决定
（荷政〔2011〕4号）
今年汛期，各县区全力做好防汛工作。为表彰先进，市政府决定予以表彰。
荷花市人民政府
二○一一年二月二十二日
"""


def test_a_date_under_the_title_is_no_signature_and_a_title_over_its_number_opens_a_document() -> None:
    """A site's 文号 table and the date it prints under the title head the document (the 文号 line that
    follows is the same document's); a title with its bracketed 文号 under it opens the next one though
    the document above ends unsigned."""
    assert _titles(REPOSTED_WITH_PAGE_TABLE) == [
        ("荷花市人民政府办公室关于表彰2008年度植树造林先进单位的通报", "10-29"),
        ("荷花市人民政府关于表彰防汛工作先进单位的决定", "02-22")]
    assert parse_text(REPOSTED_WITH_PAGE_TABLE).articles[1].subtitle == "（荷政〔2011〕4号）"


NUMBERED_DESPATCHES = """澳門特別行政區公報
第 3 期
行政長官辦公室
第12/2021號行政長官批示
行政長官行使《澳門特別行政區基本法》第五十條賦予的職權，並根據八月十一日第85/84/M號法令的規定，作出本批示。
一、設立文化項目組。
二、本批示自公佈翌日起生效。
二零二一年一月十五日
行政長官 賀一誠
第13/2021號行政長官批示
行政長官行使《澳門特別行政區基本法》第五十條賦予的職權，作出本批示。
一、自二零二一年二月一日起，發行紀念郵票。
二零二一年一月二十日
行政長官 賀一誠
"""


def test_a_title_holding_its_own_number_opens_each_despatch_dated_by_its_signature() -> None:
    """A 公報's 批示 are headed ``第12/2021號行政長官批示``: each is one document, its numbered clauses its
    body, its date the signing line's (not a decree's date cited in the text), its signature its close."""
    issue = parse_text(NUMBERED_DESPATCHES)
    assert issue.layout == "govdoc" and is_lossless(NUMBERED_DESPATCHES, issue)
    assert [(a.title, a.year, a.month_day) for a in issue.articles] == [
        ("第12/2021號行政長官批示", 2021, "01-15"), ("第13/2021號行政長官批示", 2021, "01-20")]
    assert [a.body.split("\n")[-1] for a in issue.articles] == ["行政長官賀一誠"] * 2


def test_a_blank_line_under_a_signature_line_still_parts_the_next_paragraph() -> None:
    """The date under the title stands apart from the 文号 below it, a blank line between them or not."""
    first = parse_text(REPOSTED_WITH_PAGE_TABLE).articles[0]
    assert first.body.split("\n")[1:3] == ["（二○○八年十月二十九日）", "荷政办文〔2008〕33号"]
