"""Event dates from an article's opening sentences."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.dates import event_year, month_day, year_for_issue_month

MONTH_DAY = [
    ("4月1日，上街区召开", (4, 1)),
    ("4 月 29 日，我区召开", (4, 29)),
    ("4月10日晚，郑州市召开", (4, 10)),
    ("本报讯9月15日下午，二七区", (9, 15)),
    ("本报讯城市管理没有旁观者。6月29日，二七区召开", (6, 29)),
    ("今年以来，我区积极开展。目前已通过。后来在5月3日验收。", (None, None)),
    ("13月40日，无效日期。", (None, None)),
    ("一个地块一个方案。", (None, None)),
]


@pytest.mark.parametrize("body,expected", MONTH_DAY)
def test_month_day(body: str, expected: tuple[int | None, int | None]) -> None:
    assert month_day(body) == expected


YEARS = [
    ("本报讯6月26日，二七区召开2019年精神文明建设暨文明城市创建工作推进会。", 2019),
    ("2019年6月26日，二七区召开推进会。", 2019),
    ("4月29日，我区召开2019年度工作总结表彰大会。", None),
    ("二七区连续两次获奖，2017年被评为先进单位。", None),
    ("11月23日上午,二七区召开推进会。", None),
    ("6月1日，举行1234年纪念活动。", None),
    ("民国114年3月5日，台南市长黄伟哲出席活动。", 2025),
    ("114年3月5日，市长黄伟哲出席活动。", 2025),
    ("市议会召开第114次会议。", None),
]


@pytest.mark.parametrize("body,expected", YEARS)
def test_event_year(body: str, expected: int | None) -> None:
    assert event_year(body) == expected


@pytest.mark.parametrize(
    "issue_year,issue_month,month,expected",
    [(2020, 4, 4, 2020), (2020, 1, 12, 2019), (2020, 4, None, None), (None, 4, 4, None), (2020, None, 3, 2020)],
)
def test_year_for_issue_month(issue_year: int | None, issue_month: int | None, month: int | None, expected: int | None) -> None:
    assert year_for_issue_month(issue_year, issue_month, month) == expected
