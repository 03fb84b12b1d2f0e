"""GB/T 7714-2015 references."""

from __future__ import annotations

import pytest

from gazette_reader.export import write_export
from gazette_reader.export.citation import citation, citation_list, document_type

from .conftest import BRIEF, BULLETIN, NEWSPAPER, TWO_REPORTERS, UNDATED


def _with(base: dict, **changes: object) -> dict:
    return {**base, **changes}


CASES = [
    # the two examples of the specification
    (NEWSPAPER, "景静. 二七区召开灾后恢复重建工作领导小组第二次会议[N]. 二七区新闻, 2021-09-13."),
    (BULLETIN, "上街区地方史志办公室. 区委书记宋洁督导我区老旧小区改造提升工作[J]. 上街区简报, 2020(93): 8."),
    # newspaper page number becomes the 版次
    (TWO_REPORTERS, "张改华, 张雅青. 二七区召开精神文明建设暨创文工作推进会[N]. 二七区新闻, 2019-06-26(1)."),
    # more than three authors: three, then 等
    (
        _with(NEWSPAPER, bylines=["景静", "郭佳星", "胡源浩", "胡伟"]),
        "景静, 郭佳星, 胡源浩, 等. 二七区召开灾后恢复重建工作领导小组第二次会议[N]. 二七区新闻, 2021-09-13.",
    ),
    # no author at all: the entry starts with the title
    (_with(BULLETIN, source_unit=None), "区委书记宋洁督导我区老旧小区改造提升工作[J]. 上街区简报, 2020(93): 8."),
    # bulletin without page, without number
    (_with(BULLETIN, page=None), "上街区地方史志办公室. 区委书记宋洁督导我区老旧小区改造提升工作[J]. 上街区简报, 2020(93)."),
    (BRIEF, "区市场监管局. 郑州市规范医用口罩生产质量管理工作现场会在我区召开[J]. 上街区简报, 2020."),
    # newspaper whose date is unknown
    (UNDATED, "景静, 郭佳星, 胡源浩. 百城建设提质+文明城市创建 二七区不断实现人民群众对城市的美好期望[N]. 二七区新闻."),
    # newspaper dated only to the month
    (_with(NEWSPAPER, date=None, month_day=None), "景静. 二七区召开灾后恢复重建工作领导小组第二次会议[N]. 二七区新闻, 2021-09."),
    # unknown kind of publication and no date: [Z]
    (
        _with(BRIEF, publication="", year=None, month=None, date=None, month_day=None, title="某事。"),
        "区市场监管局. 某事[Z].",
    ),
]


@pytest.mark.parametrize(("article", "expected"), CASES)
def test_citation(article: dict, expected: str) -> None:
    assert citation(article) == expected


@pytest.mark.parametrize(
    ("publication", "has_year", "code"),
    [
        ("二七区新闻", True, "N"),
        ("郑州日报", True, "N"),
        ("上街区简报", True, "J"),
        ("工作通报", True, "J"),
        ("上街区简报", False, "Z"),
        ("", True, "Z"),
    ],
)
def test_document_type(publication: str, has_year: bool, code: str) -> None:
    article = {"publication": publication, "year": 2020 if has_year else None, "issue_number": None}
    assert document_type(article) == code


def test_citation_list_is_numbered_in_selection_order(articles: list[dict], tmp_path) -> None:
    text = citation_list(articles)
    lines = text.splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["[1]", "[2]", "[3]", "[4]", "[5]"]
    assert lines[1] == f"[2] {citation(NEWSPAPER)}"
    out = write_export(articles, "citations", tmp_path / "refs.txt")
    assert out.read_text(encoding="utf-8") == text
