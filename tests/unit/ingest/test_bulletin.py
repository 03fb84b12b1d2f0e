"""Bulletin helpers: TOC entries and body titles matched tolerantly."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.layouts.bulletin import entry_similarity, parse_toc, split_bulletin, toc_bounds
from gazette_reader.ingest.lines import split_lines

SIMILAR = [
    ("我区召开 2019 年度工作总结表彰", "我区召开2019年度工作总结表彰", 1.0),
    ("万正峰调研我区复工复产和复学情况", "副市长万正峰调研我区复工复产和复学情况", 0.9),
    ("- 市领导督导我区“三送一强”活动开展情况", "市领导督导我区“三送一强”活动开展情况", 1.0),
    ("4月15日，区长耿勇军调研我区高品质推进城市建设", "区长耿勇军调研我区高品质推进城市建设工作", 0.0),
    ("工作", "区委审计委员会第一次会议召开", 0.0),
]


@pytest.mark.parametrize("candidate,entry,score", SIMILAR)
def test_entry_similarity(candidate: str, entry: str, score: float) -> None:
    assert entry_similarity(candidate, entry) == pytest.approx(score)


TOC_TEXT = """2021年1月
(总第1期)

本月关注

- 县委召开全会..... 1
- 县政府部署春耕生产和农田水利建设工作安
全生产工作..... 2
工作动态\t
县长调研企业.....\t3

本月关注

县委召开全会

1月5日，县委召开全会。

县政府部署春耕生产和农田水利建设工作安全生产工作

1月6日，县政府部署工作。

工作动态

县长调研企业

1月7日，县长调研企业。
他指出：要抓好生产。

主管：某县人民政府办公室
"""


def test_toc_parsing_and_body() -> None:
    lines = split_lines(TOC_TEXT)
    start, end = toc_bounds(lines)
    toc = parse_toc(lines[start:end])
    assert toc.sections == {"本月关注", "工作动态"}
    assert toc.entries[1] == "县政府部署春耕生产和农田水利建设工作安全生产工作"
    issue = split_bulletin(lines)
    assert [(a.section, a.title) for a in issue.articles] == [
        ("本月关注", "县委召开全会"),
        ("本月关注", "县政府部署春耕生产和农田水利建设工作安全生产工作"),
        ("工作动态", "县长调研企业"),
    ]
    assert issue.articles[2].body == "1月7日，县长调研企业。\n他指出：要抓好生产。"
    assert issue.metadata["主管"] == "主管：某县人民政府办公室"
    assert issue.metadata["年月"] == "2021年1月"
