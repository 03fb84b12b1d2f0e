"""An issue's own furniture around its items: printed rules, the 版记 (报/送/发, 抄送, …印发), the masthead's
joint offices and editor line, column tags on a bulletin's titles, and a 目录 that belongs to an attachment."""

from __future__ import annotations

import pytest

from gazette_reader.ingest import metadata as meta
from gazette_reader.ingest.layouts.bulletin import footer_start, has_toc, plain_toc_bounds, split_bulletin
from gazette_reader.ingest.layouts.cues import is_rule_line
from gazette_reader.ingest.lines import split_lines
from gazette_reader.ingest.parse import parse_unchecked


@pytest.mark.parametrize("text", ["══════════════════════", "━━━━━━━━━━━━━━━━", "──────────────"])
def test_a_printed_box_drawing_rule_is_a_rule(text: str) -> None:
    """Word processors print a bulletin's rules with box-drawing characters (═ ━ ─), not only * = -."""
    assert is_rule_line(text)


COLOPHON = """工作动态
第3期

1．3月2日，县里召开会议。会议要求抓好落实。

2．3月5日，县里开展检查。

══════════════════════
报：市委办公室，市政府办公室。
送：县委、县政府领导。
发：各乡镇党委、政府。
══════════════════════
"""


def test_the_colophon_takes_in_the_rules_around_its_lines() -> None:
    lines = split_lines(COLOPHON)
    start = footer_start(lines, 0)
    assert lines[start].text.startswith("报：")  # the rule over it closes the last item; the 报 line opens it


def test_a_rule_alone_at_the_end_opens_no_colophon() -> None:
    lines = split_lines("县里召开会议。\n\n━━━━━━━━━━━━\n")
    assert footer_start(lines, 0) == len(lines)


@pytest.mark.parametrize(("line", "label"), [
    ("卫生健康局办公室　　　　　　2023年4月10日印发", "印发"),
    ("县委办公室 二〇二三年四月十日印", "印发"),
    ("2023年4月10日印发", None),  # no office: the masthead's print date (header_label's 印刷)
    ("会议要求各单位于2023年4月10日印发", None),
])
def test_the_issuing_line_of_a_colophon(line: str, label: str | None) -> None:
    assert meta.footer_label(line) == label


ISSUED = """卫生健康简报
2023年第3期

卫生健康局办公室　　　　　　2023年4月10日
━━━━━━━━━━━━━━━━━━━━━━━━

县卫生健康局召开2023年工作会议
　　3月31日,县卫生健康局召开2023年工作会议,全力推动卫生健康事业高质量发展。

全县爱国卫生运动推进会召开
　　4月2日,全县爱国卫生运动推进会召开,部署春季爱国卫生工作。

━━━━━━━━━━━━━━━━━━━━━━━━
抄送:县委办公室,县人大常委会办公室,县政府办公室。
卫生健康局办公室　　　　　　2023年4月10日印发
"""


def test_the_closing_rule_and_distribution_are_no_item() -> None:
    issue = parse_unchecked(ISSUED)
    assert [a.title for a in issue.articles] == ["县卫生健康局召开2023年工作会议", "全县爱国卫生运动推进会召开"]
    assert issue.metadata["抄送"].startswith("抄送:")
    assert issue.metadata["印发"].endswith("印发")
    assert "抄送" not in issue.articles[-1].body


@pytest.mark.parametrize(("line", "label"), [
    ("县委办公室　县政府办公室　　　　　　　　编", "编者"),
    ("县人大常委会办公室　县政协办公室", "主办"),
    ("县委办公室", None),  # one office's name alone may head a yearbook entry
    ("第6期（总第41期）", "期号"),
])
def test_masthead_lines_of_joint_offices_and_numbers(line: str, label: str | None) -> None:
    assert meta.header_label(line) == label


def test_the_number_label_keeps_the_running_total_printed_after_it() -> None:
    facts = meta.issue_facts({"年月": "2024年12月", "期号": "第6期（总第41期）"})
    assert (facts.number, facts.number_label) == ("6", "第6期（总第41期）")
    assert meta.issue_title(facts) == "2024年12月 第6期（总第41期）"


def test_joint_offices_publish_the_issue() -> None:
    assert meta.publisher_of({"主办": "县人大常委会办公室　县政协办公室"}) == "县人大常委会办公室　县政协办公室"


TAGGED = """党建工作简报
增刊第2期

目　　录

【喜迎二十大】县委书记强调:以高质量党建引领发展……………………（1）
西河镇全力构建党建新格局……………………………………………（2）

【喜迎二十大】县委书记强调:以高质量党建引领发展

　　8月11日,我县召开基层党建工作现场推进会。

西河镇全力构建党建新格局

　　11月20日,西河镇召开党建三年行动计划推进会。

──────────────────────
报：县委常委。
发：各乡镇党委。
──────────────────────
（共印80份）
"""


def test_a_column_tag_on_a_title_is_that_article_s_section() -> None:
    issue = split_bulletin(split_lines(TAGGED))
    assert [(a.title, a.section) for a in issue.articles] == [
        ("县委书记强调:以高质量党建引领发展", "喜迎二十大"), ("西河镇全力构建党建新格局", None)]
    assert issue.articles[-1].body == "11月20日,西河镇召开党建三年行动计划推进会。"
    assert issue.metadata["报"] == "报：县委常委。" and issue.metadata["印数"] == "（共印80份）"
    assert "──────────────────────" in issue.furniture and "版权" not in issue.metadata


ATTACHMENT = """县水务局:
经县政府研究,原则同意县水务局《关于统一布置干渠清淤工作的请示》意见,请各乡镇抓紧实施。
特此批复。
二OO五年四月二十九日

各乡镇人民政府、街道办事处,县府各部门:
《某县森林火灾事故应急预案》已经县政府同意,现予印发,希认真贯彻执行。
二○一○年十一月一日
某县森林火灾事故应急预案
目 录
1 总则
2 组织指挥体系
1 总则
建立反应灵敏、运转高效的森林火灾处置体系。
2 组织指挥体系
县政府设立县森林消防指挥部。
"""


def test_a_contents_list_under_a_document_s_text_is_no_bulletin_s() -> None:
    """A masthead line is short and never a sentence: text above a 目录 is the document it belongs to."""
    lines = split_lines(ATTACHMENT)
    assert plain_toc_bounds(lines) is None
    assert not has_toc(lines)
    assert parse_unchecked(ATTACHMENT).layout != "bulletin"


def test_the_rules_of_a_compilation_s_colophon_are_furniture() -> None:
    """The rule under the last 发： line is no 版权 line: the colophon's rules say nothing."""
    issue = parse_unchecked(COLOPHON)
    assert issue.metadata["发"] == "发：各乡镇党委、政府。"
    assert "版权" not in issue.metadata
    assert issue.furniture.count("══════════════════════") == 2


DOTTED_ATTACHMENT = """各乡镇人民政府，县府各部门：
《某县防汛防台应急预案》已经县政府同意，现予印发，请认真贯彻执行。
二○二一年五月十日
某县防汛防台应急预案
目 录
1 总则……………………1
2 组织体系………………2
1 总则
为做好防汛防台工作，制定本预案。
2 组织体系
县政府设立县防汛防台指挥部。
"""


def test_a_dotted_contents_list_under_a_document_s_text_is_no_bulletin_s() -> None:
    assert not has_toc(split_lines(DOTTED_ATTACHMENT))


def test_a_bulletin_s_masthead_may_hold_a_long_labelled_line() -> None:
    text = ("政务信息\n第5期\n主办：某县人民政府办公室　电话：0000-12345678　邮箱：xxxx@example.gov.cn　地址：某县人民路1号\n"
            "县长调研企业……1\n县委召开全会……2\n县长调研企业\n1月7日，县长调研企业。\n县委召开全会\n1月5日，县委召开全会。\n")
    assert has_toc(split_lines(text))
