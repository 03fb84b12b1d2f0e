"""Newsletter helpers: titles sharing a line with the first sentence, brief labels."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.layouts.newsletter import brief_title, opens_with_dated_title, split_title
from gazette_reader.ingest.lines import split_lines

SPLITS = [
    ("我区召开高品质城市建设工作推进会 6 月 10 日，", ("我区召开高品质城市建设工作推进会", "6 月 10 日，")),
    ("中心路街道招商“脚步不停歇” 中心路街道为改变", ("中心路街道招商“脚步不停歇”", "中心路街道为改变")),
    ("的分析、企业的帮扶工作，召开招商引资座谈会，聘请 6 位知", None),
    ("侧立面整治。二要抓好老旧小区综合改造工程，加快推进 25", None),
    ("宋洁要求，要进一步加强统筹协调推进。", None),
    ("短 文字", None),
    ("2025年01月04日", None),  # a date line alone: no title 2025年
    ("當前報章2022年01月10日", None),  # a title part ending in the date's year is no title either
    ("二〇二五年一月四日", None),
    ("我区召开2025年工作会议 6月10日，", ("我区召开2025年工作会议", "6月10日，")),
]


@pytest.mark.parametrize("line,expected", SPLITS)
def test_split_title(line: str, expected: tuple[str, str] | None) -> None:
    assert split_title(line) == expected


BRIEFS = [
    ("6月11日，郑州市规范医用口罩生产质量管理工作现场会在我区召开，现场向企业讲解。", "郑州市规范医用口罩生产质量管理工作现场会在我区召开"),
    ("今年以来，我区积极开展省级农产品质量安全创建工作，目前，已通过。", "我区积极开展省级农产品质量安全创建工作"),
    ("6月15日，区侨联走进三湾街社区“侨胞之家”,开展宣讲活动。", "区侨联走进三湾街社区“侨胞之家”"),
    ("近日，", "近日"),
    ("本报讯 9月15日,“转型在前列”主题采风活动走进灵石县。", "“转型在前列”主题采风活动走进灵石县"),
    ("农村新报讯(通讯员周波、望小康)在对比中看变化、寻差距、找不足。2月22日,", "在对比中看变化、寻差距、找不足"),
    # a clause that only names an official is a subject of the next: the label runs on to what they did
    ("10月17日上午,县委副书记、县长李洪文,县委常委、组织部长张沉静到南旺镇督导工作。",
     "县委副书记、县长李洪文,县委常委、组织部长张沉静到南旺镇督导工作"),
    ("", ""),
]


@pytest.mark.parametrize("body,title", BRIEFS)
def test_brief_title(body: str, title: str) -> None:
    assert brief_title(body) == title


@pytest.mark.parametrize(("first", "expected"), [
    ("当前报章2022年01月10日\n市署青洲坊举行社区座谈会\n", False),  # a date line over a headline
    ("我区召开高品质城市建设工作推进会 6 月 10 日，全区\n", True),
])
def test_opens_with_dated_title(first: str, expected: bool) -> None:
    assert opens_with_dated_title(split_lines(first)) is expected


def test_a_brief_s_label_skips_a_long_run_of_white_space() -> None:
    assert brief_title(" " * 3000 + "，县委召开会议，部署工作。") == "县委召开会议"
