"""Newspaper pages: headline segments joined and assigned by content, bylines split off."""

from __future__ import annotations

from gazette_reader.ingest.lines import split_lines
from gazette_reader.ingest.layouts.newspaper import is_headline_like, join_headline, split_newspaper


def test_join_wrapped_headline_without_space() -> None:
    seg = split_lines("二七区召开智能门禁\n建设工作现场会")
    assert join_headline(seg, "召开智能门禁建设工作现场会。") == "二七区召开智能门禁建设工作现场会"


def test_join_separate_lines_with_space() -> None:
    seg = split_lines("统筹谋划、聚焦重点\n在六个方面“出重彩、成高峰”")
    assert join_headline(seg, "要统筹谋划、聚焦重点，在六个方面") == "统筹谋划、聚焦重点 在六个方面“出重彩、成高峰”"


def test_headline_like() -> None:
    assert is_headline_like(split_lines("突出重点 分类推进 全力加快灾后恢复重建"))
    assert not is_headline_like(split_lines("意度。"))
    assert not is_headline_like(split_lines("就市政基础设施、城镇住宅、教\n育设施，水利工程"))


PAGE = """本报讯 3月1日，荷花县召开春季植树动员会，要求各乡镇抓好苗木调运和栽植质量。
记者 甲乙

荷花县召开水利工作会议

本报讯 3月2日，荷花县召开水利工作会议，部署春灌和水库除险加固工作。
记者 丙丁 通讯员 戊己

荷花县部署春季植树
苗木栽植质量
"""


def test_headlines_follow_content_not_position() -> None:
    issue = split_newspaper(split_lines(PAGE))
    first, second = issue.articles
    assert first.title == "荷花县部署春季植树 苗木栽植质量"
    assert second.title == "荷花县召开水利工作会议"
    assert [b.name for b in second.bylines] == ["丙丁", "戊己"]
    assert first.body.endswith("栽植质量。") and second.body.endswith("除险加固工作。")


def test_article_without_byline_ends_before_headlines() -> None:
    text = "本报讯 3月1日，荷花县召开动员会。\n\n荷花县召开动员会议\n\n本报讯 3月2日，荷花县开展巡查。\n记者 甲乙\n"
    first, second = split_newspaper(split_lines(text)).articles
    assert (first.title, first.body, first.bylines) == ("荷花县召开动员会议", "本报讯3月1日，荷花县召开动员会。", [])
    assert second.title == ""


def test_one_line_article_with_glued_byline() -> None:
    (art,) = split_newspaper(split_lines("本报讯 3月1日，荷花县召开动员会。记者 甲乙\n\n荷花县召开动员会")).articles
    assert (art.body, [b.name for b in art.bylines], art.title) == ("本报讯3月1日，荷花县召开动员会。", ["甲乙"], "荷花县召开动员会")
    assert art.span == (0, 33)
