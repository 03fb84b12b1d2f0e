"""大事记: date order, year/month grouping, entry wording, imprecise dates, DOCX and Markdown."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from gazette_reader.export import write_export
from gazette_reader.export.chronicle import chronicle_markdown, entry, outline

from .conftest import BRIEF, BULLETIN, NEWSPAPER


def _article(title: str, **fields: object) -> dict:
    base = {"title": title, "date": None, "month_day": None, "year": None, "month": None}
    return {**base, **fields}


@pytest.mark.parametrize(
    ("article", "text"),
    [
        (BULLETIN, "4月3日\u3000区委书记宋洁督导我区老旧小区改造提升工作。"),
        (_article("标题已有句号。", date="2020-12-01"), "12月1日\u3000标题已有句号。"),
        (_article("还要问吗？", year=2020, month_day="05-10"), "5月10日\u3000还要问吗？"),
        (_article("只知道月份", year=2020, month=6), "是月\u3000只知道月份。"),
        (_article("只知道年份", year=2020), "是年\u3000只知道年份。"),
        (_article("没有年份", month_day="11-23"), "11月23日\u3000没有年份。"),
        (_article("什么都不知道"), "什么都不知道。"),
        (_article("断行的\n标题"), "断行的 标题。"),
    ],
)
def test_entry_wording(article: dict, text: str) -> None:
    assert entry(article).text == text


def _headings(tree: list) -> list:
    return [(year, [month for month, _ in months]) for year, months in tree]


def test_outline_orders_and_groups(articles: list[dict]) -> None:
    selection = articles + [
        _article("月内无日", year=2020, month=4),
        _article("年内无月", year=2020),
        _article("四月一日", year=2020, month=4, month_day="04-01"),
        _article("无年有日", month_day="03-02"),
    ]
    tree = outline(selection)
    assert _headings(tree) == [
        ("2019年", ["6月"]),
        ("2020年", ["4月", "6月", None]),
        ("2021年", ["9月"]),
        ("日期不详", [None]),
    ]
    april = [e.text for e in tree[1][1][0][1]]
    assert april == ["4月1日\u3000四月一日。", "4月3日\u3000区委书记宋洁督导我区老旧小区改造提升工作。", "是月\u3000月内无日。"]
    assert [e.text for e in tree[1][1][2][1]] == ["是年\u3000年内无月。"]
    assert [e.text for e in tree[3][1][0][1]] == [
        "3月2日\u3000无年有日。",
        "百城建设提质+文明城市创建 二七区不断实现人民群众对城市的美好期望。",
    ]


def test_same_day_keeps_selection_order() -> None:
    first, second = _article("甲", date="2020-04-03"), _article("乙", date="2020-04-03")
    assert [e.text for e in outline([second, first])[0][1][0][1]] == ["4月3日\u3000乙。", "4月3日\u3000甲。"]


def test_markdown_chronicle(articles: list[dict], tmp_path: Path) -> None:
    text = write_export(articles, "chronicle-md", tmp_path / "c.md").read_text(encoding="utf-8")
    assert text == chronicle_markdown(articles)
    lines = [line for line in text.splitlines() if line]
    assert lines[:4] == ["# 大事记", "## 2019年", "### 6月", "6月26日\u3000二七区召开精神文明建设暨创文工作推进会。"]
    assert lines.index("## 2020年") < lines.index("## 2021年") < lines.index("## 日期不详")
    assert lines[-1] == "百城建设提质+文明城市创建 二七区不断实现人民群众对城市的美好期望。"


def test_docx_chronicle(articles: list[dict], tmp_path: Path) -> None:
    document = docx.Document(str(write_export(articles, "chronicle", tmp_path / "c.docx")))
    shape = [(p.style.name, p.text) for p in document.paragraphs]
    assert shape[0] == ("Title", "大事记")
    assert ("Heading 1", "2020年") in shape and ("Heading 2", "4月") in shape
    body = [text for style, text in shape if style == "Normal"]
    assert body == [
        "6月26日\u3000二七区召开精神文明建设暨创文工作推进会。",
        "4月3日\u3000区委书记宋洁督导我区老旧小区改造提升工作。",
        "6月11日\u3000郑州市规范医用口罩生产质量管理工作现场会在我区召开。",
        "9月13日\u3000二七区召开灾后恢复重建工作领导小组第二次会议。",
        "百城建设提质+文明城市创建 二七区不断实现人民群众对城市的美好期望。",
    ]


def test_progress_counts_every_entry(tmp_path: Path) -> None:
    seen: list[int] = []
    write_export([NEWSPAPER, BRIEF, BULLETIN], "chronicle", tmp_path / "c.docx", progress=lambda d, t, m: seen.append(d))
    assert seen == [1, 2, 3]
