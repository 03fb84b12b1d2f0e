"""Newspaper pages saved from an e-paper site or an archive: their navigation is furniture, their page
lines and record fields date and title the stories, and nothing is lost on the way."""

from __future__ import annotations

from gazette_reader.ingest.layouts.compilation import split_compilation
from gazette_reader.ingest.lines import split_lines
from gazette_reader.ingest.parse import is_lossless


def test_a_date_line_under_a_section_heading_is_kept() -> None:
    """A short heading over a date line over a headline is a section heading; the date line, no item's
    leading source line (one alone), goes to the furniture instead of being lost."""
    text = "\n".join([
        "区委常委会召开扩大会议",
        "10月23日上午，区委常委会召开扩大会议，传达学习省委全会精神。区委书记宋洁主持会议并讲话。",
        "",
        "全市重点项目建设观摩",
        "2014年02月17日",
        "全区秋粮收购工作有序推进",
        "10月24日，全区秋粮收购工作有序推进，各收购点秩序井然。",
        "",
        "全区冬季征兵工作全面启动",
        "10月25日，全区冬季征兵工作全面启动，各乡镇积极动员。",
    ])
    issue = split_compilation(split_lines(text), layout="newspaper", kicker_first=True)
    assert is_lossless(text, issue)
    assert [a.title for a in issue.articles] == ["区委常委会召开扩大会议", "全区秋粮收购工作有序推进", "全区冬季征兵工作全面启动"]
