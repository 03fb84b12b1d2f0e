"""Field formatting shared by every export format."""

from __future__ import annotations

import datetime as dt

import pytest

from gazette_reader.errors import Cancelled
from gazette_reader.export.common import (
    Steps,
    bylines_text,
    clean,
    date_parts,
    date_text,
    full_date,
    issue_label,
    leaders_text,
    metadata_line,
    paragraphs,
    title_of,
)
from gazette_reader.jobs import CancelToken

from .conftest import BULLETIN, NEWSPAPER, UNDATED

DATES = [
    # (date, month_day, year, month) -> (parts, text, full date)
    (("2020-04-03", "04-03", 2020, 4), (2020, 4, 3), "2020-04-03", dt.date(2020, 4, 3)),
    ((None, "05-10", 2020, 4), (2020, 5, 10), "2020-05-10", dt.date(2020, 5, 10)),
    ((None, None, 2020, 4), (2020, 4, None), "2020-04", None),
    ((None, None, 2020, None), (2020, None, None), "2020", None),
    (("2021-09", None, None, None), (2021, 9, None), "2021-09", None),
    (("2021-09", "09-13", None, None), (2021, 9, 13), "2021-09-13", dt.date(2021, 9, 13)),
    ((None, "11-23", None, None), (None, 11, 23), "11-23", None),
    ((None, None, None, None), (None, None, None), "", None),
    (("2021-02-30", None, None, None), (2021, 2, 30), "2021-02-30", None),
    (("garbage", None, "2019", None), (2019, None, None), "2019", None),
]


@pytest.mark.parametrize(("fields", "parts", "text", "full"), DATES)
def test_dates(fields: tuple, parts: tuple, text: str, full: dt.date | None) -> None:
    article = dict(zip(("date", "month_day", "year", "month"), fields))
    assert date_parts(article) == parts
    assert date_text(article) == text
    assert full_date(article) == full


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"issue_title": "2020年4月 总第93期", "issue_number": "93", "year": 2020}, "2020年4月 总第93期"),
        ({"issue_title": None, "issue_number": "93", "year": 2020, "month": 4}, "2020年4月 总第93期"),
        ({"issue_title": None, "issue_number": "7", "year": None, "month": None}, "总第7期"),
        ({"issue_title": None, "issue_number": None, "year": 2021, "month": 9}, ""),
    ],
)
def test_issue_label(fields: dict, expected: str) -> None:
    assert issue_label(fields) == expected


def test_bylines_use_printed_roles_and_fall_back_to_names() -> None:
    assert bylines_text(UNDATED) == "记者 景静 通讯员 郭佳星 图 胡源浩"
    assert bylines_text({"bylines": ["景静", "胡伟"], "byline_roles": []}) == "景静、胡伟"
    assert bylines_text({"byline_roles": [{"name": "王五", "role": "unknown"}]}) == "王五"


def test_leaders_keep_titles_when_known() -> None:
    assert leaders_text(BULLETIN) == "宋洁（区委书记）、耿勇军（区长）、张向奥"


def test_metadata_line_places_the_article() -> None:
    assert metadata_line(BULLETIN) == (
        "上街区简报 · 2020年4月 总第93期 · 2020-04-03 · 工作动态 · 第8页 · 上街区地方史志办公室"
    )
    assert metadata_line(NEWSPAPER) == "二七区新闻 · 2021-09-13 · 记者 景静"


def test_clean_drops_xml_illegal_characters_but_keeps_text() -> None:
    assert clean("第一页\x0c第二页\x00\t完") == "第一页第二页\t完"
    assert clean(None) == ""


def test_title_and_paragraphs_fold_pdf_line_breaks() -> None:
    article = {"title": "二七区召开精神文明建设\n暨创文工作推进会", "body": "甲段\n\n  乙段 \n"}
    assert title_of(article) == "二七区召开精神文明建设 暨创文工作推进会"
    assert paragraphs(article) == ["甲段", "乙段"]
    assert title_of({"title": ""}) == "（无标题）"


def test_steps_report_after_and_cancel_before_each_article() -> None:
    seen: list[tuple[int, int, str]] = []
    token = CancelToken()
    steps = Steps(3, lambda d, t, m: seen.append((d, t, m)), token)
    walked = []
    with pytest.raises(Cancelled):
        for article in steps.each([{"title": "一"}, {"title": "二"}, {"title": "三"}]):
            walked.append(article["title"])
            if len(walked) == 2:
                token.cancel()
    assert walked == ["一", "二"]
    assert seen == [(1, 3, "一"), (2, 3, "二")]
