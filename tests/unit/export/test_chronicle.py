"""大事记: one entry per event, 记时 (同日/是月/是年/日期不详), 记事 from the lead, sources, edits; DOCX,
Markdown and XLSX read back."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import docx
import openpyxl
import pytest

from gazette_reader.export import ExportOptions, write_export
from gazette_reader.export.chronicle import chronicle_entries, entry_line, outline, parse_date
from gazette_reader.export.chronicle_text import event_text, short_source
from gazette_reader.export.chronicle_writers import chronicle_markdown

from .conftest import BRIEF, BULLETIN, NEWSPAPER, UNDATED


def _article(title: str, id: int, body: str = "", **fields: object) -> dict:
    base = {"id": id, "title": title, "body": body, "date": None, "month_day": None, "year": None, "month": None,
            "publication": "上街区简报", "place": "上街区"}
    return {**base, **fields}


def _lines(articles: list[dict], **options: object) -> list[str]:
    tree = outline(chronicle_entries(articles, ExportOptions(**options)))
    return [entry_line(prefix, entry, ExportOptions(**options).source)
            for _, months in tree for _, group in months for prefix, entry in group]


@pytest.mark.parametrize(
    ("article", "text"),
    [
        (BULLETIN, "区委书记宋洁实地督导上街区老旧小区改造提升工作。"),
        (NEWSPAPER, "二七区委书记陈红民主持召开二七区灾后恢复重建工作领导小组第二次会议。"),
        (BRIEF, "郑州市规范医用口罩生产质量管理工作现场会在上街区召开。"),
        (UNDATED, "二七区召开百城建设提质工程暨文明城市创建工作推进会。"),
        (_article("我区召开会议", 1, "今年以来，我区紧紧围绕中心工作，成效明显。"), "上街区召开会议。"),
        (_article("还要问吗？", 2), "还要问吗？"),
        (_article("断行的\n标题", 3), "断行的 标题。"),
        (_article("标题", 4, "本报讯（记者 景静 通讯员 胡伟）近日，区长一行，到企业调研。"), "区长一行，到企业调研。"),
    ],
)
def test_event_text_is_the_condensed_lead(article: dict, text: str) -> None:
    assert event_text(article) == text


def test_the_issue_example_entry_with_its_source() -> None:
    assert _lines([BULLETIN]) == ["4月3日，区委书记宋洁实地督导上街区老旧小区改造提升工作。（《上街区简报》2020年4月总第93期）"]


@pytest.mark.parametrize(
    ("article", "source"),
    [(BULLETIN, "《上街区简报》2020年4月总第93期"), (NEWSPAPER, "《二七区新闻》2021年9月13日"),
     (BRIEF, "《上街区简报》2020年6月"), (UNDATED, "《二七区新闻》")],
)
def test_short_source_in_the_office_form(article: dict, source: str) -> None:
    assert short_source(article) == source


def test_same_day_entries_open_with_tongri_and_imprecise_dates() -> None:
    selection = [
        _article("甲会议召开", 1, date="2020-04-03", year=2020),
        _article("乙项目开工", 2, date="2020-04-03", year=2020),
        _article("月内无日", 3, year=2020, month=4),
        _article("年内无月", 4, year=2020),
        _article("无年有日", 5, month_day="03-02"),
        _article("什么都不知道", 6),
    ]
    assert _lines(selection, source="none") == [
        "4月3日，甲会议召开。", "同日，乙项目开工。", "是月，月内无日。", "是年，年内无月。", "3月2日，无年有日。",
        "什么都不知道。",
    ]
    tree = outline(chronicle_entries(selection))
    assert [(year, [m for m, _ in months]) for year, months in tree] == [("2020年", ["4月", None]),
                                                                          ("日期不详", [None])]


def test_one_event_from_two_sources_is_one_entry_with_both_sources() -> None:
    again = copy.deepcopy(NEWSPAPER) | {"id": 7, "publication": "郑州日报", "title": "二七区召开灾后恢复重建领导小组会议",
                                        "body": "本报讯（记者 王五）9月13日，二七区召开灾后恢复重建工作领导小组第二次会议。"}
    other_event = _article("二七区召开防汛会议", 8, date="2021-09-13", year=2021)
    entries = chronicle_entries([NEWSPAPER, again, other_event])
    assert len(entries) == 2 and entries[0].key == "7,2101"
    lines = _lines([NEWSPAPER, again, other_event])
    assert lines[0].endswith("（《二七区新闻》2021年9月13日；《郑州日报》2021年9月13日）")
    assert lines[1] == "同日，二七区召开防汛会议。（《上街区简报》2021年9月13日）"


def test_sources_switch_to_gbt_7714_or_off() -> None:
    assert _lines([BULLETIN], source="citation")[0].endswith("（区委书记宋洁督导我区老旧小区改造提升工作[J]. 上街区简报, 2020(93): 8.）"
                                                          .replace("区委书记", "上街区地方史志办公室. 区委书记"))
    assert _lines([BULLETIN], source="none") == ["4月3日，区委书记宋洁实地督导上街区老旧小区改造提升工作。"]


def test_edits_change_text_and_date_and_drop_entries() -> None:
    edits = {"93008": {"text": "区委书记宋洁督导老旧小区改造提升工作。", "date": "2020-04-02"},
             "6011": {"dropped": True}}
    entries = chronicle_entries([BULLETIN, BRIEF, NEWSPAPER], ExportOptions(edits=edits))
    assert [e.dropped for e in entries] == [False, True, False]
    assert _lines([BULLETIN, BRIEF, NEWSPAPER], edits=edits, source="none") == [
        "4月2日，区委书记宋洁督导老旧小区改造提升工作。", "9月13日，二七区委书记陈红民主持召开二七区灾后恢复重建工作领导小组第二次会议。"]


@pytest.mark.parametrize(("text", "parts"), [("2020-04-03", (2020, 4, 3)), ("2020-4", (2020, 4, None)),
                                             ("2020", (2020, None, None)), ("", (None, None, None))])
def test_parse_date(text: str, parts: tuple) -> None:
    assert parse_date(text) == parts


@pytest.mark.parametrize("text", ["2020-13-01", "4月3日", "2020-04-32"])
def test_parse_date_refuses_nonsense(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_markdown_chronicle(articles: list[dict], tmp_path: Path) -> None:
    text = write_export(articles, "chronicle-md", tmp_path / "c.md").read_text(encoding="utf-8")
    assert text == chronicle_markdown(articles)
    lines = [line for line in text.splitlines() if line]
    assert lines[:3] == ["# 大事记", "## 2019年", "### 6月"]
    assert lines[3].startswith("6月26日，二七区召开2019年精神文明建设暨文明城市创建工作推进会。（《二七区新闻》")
    assert lines.index("## 2020年") < lines.index("## 2021年") < lines.index("## 日期不详")


def test_docx_chronicle(articles: list[dict], tmp_path: Path) -> None:
    document = docx.Document(str(write_export(articles, "chronicle", tmp_path / "c.docx")))
    shape = [(p.style.name, p.text) for p in document.paragraphs]
    assert shape[0] == ("Title", "大事记")
    assert ("Heading 1", "2020年") in shape and ("Heading 2", "4月") in shape
    body = [text for style, text in shape if style == "Normal"]
    assert len(body) == len(articles)
    assert body[1] == "4月3日，区委书记宋洁实地督导上街区老旧小区改造提升工作。（《上街区简报》2020年4月总第93期）"
    assert document.styles["Normal"].font.size.pt == 16  # official layout


def test_xlsx_chronicle_rows(articles: list[dict], tmp_path: Path) -> None:
    articles[0]["title"] = articles[0]["body"] = "=HYPERLINK(\"http://x\",\"y\")"
    sheet = openpyxl.load_workbook(write_export(articles, "chronicle-xlsx", tmp_path / "c.xlsx")).active
    header, *rows = list(sheet.iter_rows(values_only=True))
    assert header == ("年", "月", "日", "日期", "记时", "记事", "来源", "文章ID")
    assert rows[0][:5] == (2019, 6, 26, dt.datetime(2019, 6, 26), "6月26日")
    assert rows[-1][:5] == (None, 11, 23, None, "11月23日")
    assert not [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"]


def test_progress_counts_every_article_of_merged_and_dropped_entries(tmp_path: Path) -> None:
    seen: list[int] = []
    again = copy.deepcopy(NEWSPAPER) | {"id": 7}
    options = ExportOptions(edits={"6011": {"dropped": True}})
    write_export([NEWSPAPER, again, BRIEF, BULLETIN], "chronicle", tmp_path / "c.docx", options=options,
                 progress=lambda d, t, m: seen.append(d))
    assert seen == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        ("7月1日，二七区委书记陈红民带队到淮河路街道，调研齐礼阎党群服务中心建设工作，要求加快进度。",
         "二七区委书记陈红民带队到淮河路街道，调研齐礼阎党群服务中心建设工作。"),
        ("9月16日，区长苏建设带领区督查局、区教育局等部门负责人，实地督导中小学校项目建设工作，强调要抓进度。",
         "区长苏建设带领区督查局、区教育局等部门负责人，实地督导中小学校项目建设工作。"),
        ("9月14日，区委书记陈红民带队督导调研道路综合改造三期工程，强调要坚持以人民为中心。",
         "区委书记陈红民带队督导调研道路综合改造三期工程。"),
        ("4月15日是第五个全民国家安全教育日。", "标题。"),
        ("今年年初以来，工业路街道紧抓招商工作不放松。", "标题。"),
    ],
)
def test_condensing_keeps_the_clause_with_the_event(lead: str, text: str) -> None:
    assert event_text(_article("标题", 1, lead)) == text


def test_a_slogan_before_the_dated_lead_is_skipped() -> None:
    article = _article("二七区召开动员会", 1, "本报讯城市管理没有旁观者。6月29日，二七区召开城市环境综合整治提升动员会，"
                                          "对全区工作进行动员部署。", date="2019-06-29", year=2019)
    assert event_text(article) == "二七区召开城市环境综合整治提升动员会。"
