"""The compilation splitter on the items of 年鉴 pages and clipping compilations: each case a short text
of the kind, written here, with the items it must give."""

from __future__ import annotations

from gazette_reader.ingest.parse import is_lossless, parse_text

TWO_WORD_ENTRIES = (
    "一、概况\n\n"
    "位置境域 某某镇位于某县中东部,距县城16公里,东连某镇,西接某乡,\n"
    "面积122.8平方公里。镇政府驻某村。\n\n"
    "村居 人口 1991年,某某镇辖30个建制村及1个居委会,共13585户,\n"
    "67812人。2007年,全镇共20455户、73762人。\n\n"
    "资源 特产 1991年,全镇耕地面积1450公顷,山地面积12219公顷,其中,\n"
    "林地面积7018公顷。\n"
)


def test_a_run_in_title_of_two_words_over_a_year() -> None:
    """A 志's run-in entry title of two words set off by a space (村居 人口), its text opening with a
    year (1991年,…): the title keeps both words, the year opens the text."""
    issue = parse_text(TWO_WORD_ENTRIES)
    assert [a.title for a in issue.articles] == ["位置境域", "村居 人口", "资源 特产"]
    assert issue.articles[1].body.startswith("1991年,某某镇辖30个建制村")
    assert is_lossless(TWO_WORD_ENTRIES, issue)
