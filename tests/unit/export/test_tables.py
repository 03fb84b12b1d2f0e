"""XLSX, CSV and JSON Lines, read back with openpyxl, csv and json."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest

from gazette_reader.bench.export_bench import synthetic_articles
from gazette_reader.export import write_export
from gazette_reader.export.tables import COLUMNS, EXCEL_CELL_LIMIT, table_row

from .readback import csv_rows, jsonl_records, xlsx_rows

KEYS = ["id", "date", "year", "month", "day", "place", "publication", "issue", "issue_number", "section", "kind",
        "title", "subtitle", "bylines", "leaders", "projects", "body", "note"]
HOSTILE = ["=HYPERLINK(\"http://x\",\"y\")", "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1,1)", "\t=1+1", "\r=1+1",
           "＝1+1"]


def test_columns_are_the_agreed_ones() -> None:
    assert [key for key, _, _, _ in COLUMNS] == KEYS


def test_xlsx_has_every_article_with_real_dates(articles: list[dict], tmp_path: Path) -> None:
    path = write_export(articles, "xlsx", tmp_path / "a.xlsx")
    header, *rows = xlsx_rows(path)
    assert header[0] == "文章ID" and header[-2:] == ("正文", "备注") and len(header) == len(KEYS)
    assert len(rows) == len(articles)
    for article, row in zip(articles, rows):
        values = dict(zip(KEYS, row))
        assert values["id"] == article["id"]
        assert values["title"] == article["title"]
        assert values["body"] == article["body"]
    assert rows[0][1] == dt.datetime(2020, 4, 3)  # a real date cell
    assert rows[0][2:5] == (2020, 4, 3)
    assert rows[4][1] is None and rows[4][2:5] == (None, None, None)  # undated article: empty cells
    assert dict(zip(KEYS, rows[0]))["issue_number"] == 93 and dict(zip(KEYS, rows[0]))["kind"] == "文章"
    assert dict(zip(KEYS, rows[3]))["kind"] == "简讯"
    assert dict(zip(KEYS, rows[0]))["leaders"] == "宋洁（区委书记）、耿勇军（区长）、张向奥"


def test_xlsx_layout(articles: list[dict], tmp_path: Path) -> None:
    articles[1]["date"], articles[1]["month_day"] = None, None  # partial date: 2021-09
    sheet = openpyxl.load_workbook(write_export(articles, "xlsx", tmp_path / "a.xlsx")).active
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.b
    assert sheet["B3"].value is None  # partial date: no text in the date column
    assert (sheet["C3"].value, sheet["D3"].value, sheet["E3"].value) == (2021, 9, None)
    assert sheet["C3"].data_type == "n"
    assert sheet["B2"].is_date and sheet["B2"].number_format == "yyyy-mm-dd"
    assert sheet["Q2"].alignment.wrap_text
    assert sheet.column_dimensions["Q"].width >= 60 and sheet.column_dimensions["L"].width >= 30


def test_xlsx_kind_in_english_for_an_english_ui(articles: list[dict], tmp_path: Path) -> None:
    from gazette_reader.export import ExportOptions

    path = write_export(articles, "xlsx", tmp_path / "a.xlsx", options=ExportOptions(language="en"))
    assert [row[KEYS.index("kind")] for row in xlsx_rows(path)[1:]] == [a["kind"] for a in articles]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_xlsx_has_no_formula_cells_for_hostile_text(hostile: str, articles: list[dict], tmp_path: Path) -> None:
    articles[0]["title"] = articles[0]["subtitle"] = articles[0]["section"] = hostile
    articles[0]["body"] = hostile.strip("\t\r")
    sheet = openpyxl.load_workbook(write_export(articles, "xlsx", tmp_path / "a.xlsx")).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    assert sheet["L2"].value == " ".join(hostile.split()) and sheet["L2"].data_type == "s"


@pytest.mark.parametrize("hostile", HOSTILE)
def test_csv_neutralises_formula_injection(hostile: str, articles: list[dict], tmp_path: Path) -> None:
    articles[0]["subtitle"] = articles[0]["section"] = hostile
    articles[1]["title"] = "-5℃ 寒潮" if hostile == "-2+3" else hostile
    rows = csv_rows(write_export(articles, "csv", tmp_path / "a.csv"))
    assert rows[0]["subtitle"] == "'" + hostile and rows[0]["section"] == "'" + hostile
    assert rows[1]["title"].startswith("'")
    assert rows[2]["title"] == articles[2]["title"]  # ordinary text untouched


def test_xlsx_truncates_overlong_body_with_a_note(articles: list[dict], tmp_path: Path) -> None:
    articles[0]["body"] = "长" * 40_000
    articles[1]["body"] = "第一页\x0c第二页"  # form feed from PDF extraction must not break the file
    sheet = openpyxl.load_workbook(write_export(articles, "xlsx", tmp_path / "a.xlsx")).active
    body = sheet["Q2"].value
    assert len(body) == EXCEL_CELL_LIMIT
    assert body.startswith("长" * 1000) and "40000" in body and body.endswith("］")
    assert sheet["Q3"].value == "第一页第二页"


def test_csv_has_bom_english_header_and_every_article(articles: list[dict], tmp_path: Path) -> None:
    path = write_export(articles, "csv", tmp_path / "a.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = csv_rows(path)
    assert list(rows[0]) == KEYS
    assert [r["title"] for r in rows] == [a["title"] for a in articles]
    assert [r["body"] for r in rows] == [a["body"] for a in articles]
    assert rows[0]["date"] == "2020-04-03" and rows[4]["date"] == ""
    assert rows[2]["bylines"] == "记者 张改华 通讯员 张雅青"


def test_jsonl_round_trips_the_input_dicts(articles: list[dict], tmp_path: Path) -> None:
    path = write_export(articles, "jsonl", tmp_path / "a.jsonl")
    text = path.read_text(encoding="utf-8")
    assert "区委书记宋洁" in text  # ensure_ascii=False: Chinese stays readable
    assert jsonl_records(path) == articles


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "jsonl"])
def test_thousand_articles(fmt: str, tmp_path: Path) -> None:
    many = synthetic_articles(1000)
    path = write_export(many, fmt, tmp_path / f"many.{fmt}")
    if fmt == "xlsx":
        titles = [row[KEYS.index("title")] for row in xlsx_rows(path)[1:]]
    elif fmt == "csv":
        titles = [row["title"] for row in csv_rows(path)]
    else:
        titles = [json.loads(line)["title"] for line in path.read_text(encoding="utf-8").splitlines()]
    assert titles == [a["title"] for a in many]


def test_the_note_is_the_last_column_and_a_line_under_the_article(tmp_path: Path) -> None:
    from gazette_reader.export.common import tag_lines

    article = {"id": 1, "title": "标题", "body": "正文", "note": "待核实\n见区志"}
    assert table_row(article)[-1] == "待核实\n见区志"
    assert ("备注", "待核实；见区志") in tag_lines(article)
    assert all(label != "备注" for label, _ in tag_lines({"id": 2, "title": "无备注"}))
