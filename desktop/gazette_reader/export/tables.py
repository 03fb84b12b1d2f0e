"""Tabular exports: XLSX (openpyxl), CSV (UTF-8 with BOM) and JSON Lines.

XLSX and CSV share one column table so that a spreadsheet and a CSV of the same selection line up.
The XLSX header uses Chinese labels (it is a document for people); the CSV header uses the stable English
field names (it is data for scripts, and Excel still opens it correctly thanks to the BOM).

In XLSX, 日期 is a real date cell only when year, month and day are all known (else empty, never text),
and 年 / 月 / 日 are number columns filled as far as known, so a sheet sorts and filters by date. 类型 is
in the UI language. Both formats are guarded against formula injection: openpyxl cells are typed as
strings, and CSV cells that a spreadsheet would evaluate get OWASP's apostrophe prefix.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from gazette_reader.export.common import (
    Article,
    Steps,
    bylines_text,
    KIND_LABELS,
    clean,
    date_parts,
    date_text,
    full_date,
    issue_label,
    leaders_text,
    neutralise_formula,
    paragraphs,
    projects_text,
)

EXCEL_CELL_LIMIT = 32_767
"""Excel refuses to show more characters than this in one cell (the file opens as "repaired")."""

TRUNCATION_NOTE = "……［正文共 {n} 字，超出 Excel 单元格上限，此处已截断；完整正文请导出为 DOCX 或 JSONL］"


def _text(key: str) -> Callable[[Article], str]:
    """A column getter for a plain text field."""
    return lambda article: clean(article.get(key))


def _part(index: int) -> Callable[[Article], int | None]:
    """A column getter for the year (0), month (1) or day (2) as a number, None when unknown."""
    return lambda article: date_parts(article)[index]


def _issue_number(article: Article) -> int | str | None:
    """The issue's running number (总第N期) as a number when it is one."""
    number = clean(article.get("issue_number")).strip()
    return int(number) if number.isdigit() else number or None


COLUMNS: list[tuple[str, str, float, Callable[[Article], Any]]] = [
    ("id", "文章ID", 8, lambda a: a.get("id")),
    ("date", "日期", 12, date_text),
    ("year", "年", 6, _part(0)),
    ("month", "月", 5, _part(1)),
    ("day", "日", 5, _part(2)),
    ("place", "地区", 10, _text("place")),
    ("publication", "刊物", 16, _text("publication")),
    ("issue", "期次", 20, issue_label),
    ("issue_number", "总第N期", 9, _issue_number),
    ("section", "栏目", 12, _text("section")),
    ("kind", "类型", 8, _text("kind")),
    ("title", "标题", 48, lambda a: " ".join(clean(a.get("title")).split())),
    ("subtitle", "副标题", 30, _text("subtitle")),
    ("bylines", "作者", 18, bylines_text),
    ("leaders", "领导", 30, leaders_text),
    ("projects", "项目", 24, projects_text),
    ("body", "正文", 100, lambda a: "\n".join(paragraphs(a))),
    ("note", "备注", 30, _text("note")),
]
"""(CSV key, XLSX header, XLSX column width in characters, getter) in column order."""


def table_row(article: Article) -> list[Any]:
    """One article as the list of column values shared by XLSX and CSV."""
    return [getter(article) for _, _, _, getter in COLUMNS]


def write_csv(articles: Sequence[Article], path: Path, steps: Steps) -> None:
    """CSV with a UTF-8 BOM (so Excel on Windows detects the encoding) and the English header."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([key for key, _, _, _ in COLUMNS])
        for article in steps.each(articles):
            writer.writerow([neutralise_formula(value) for value in table_row(article)])


def write_jsonl(articles: Sequence[Article], path: Path, steps: Steps) -> None:
    """One JSON object per line with exactly the fields of the input dict, Chinese left readable."""
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for article in steps.each(articles):
            handle.write(json.dumps(dict(article), ensure_ascii=False, default=str))
            handle.write("\n")


def write_xlsx(articles: Sequence[Article], path: Path, steps: Steps) -> None:
    """One row per article, frozen bold header, fixed widths, real dates, wrapped body cells."""
    book = Workbook()
    sheet = book.active
    sheet.title = "文章"
    _header(sheet)
    for row, article in enumerate(steps.each(articles), start=2):
        _fill_row(sheet, row, article, steps.options.language)
    book.save(path)


def _header(sheet: Worksheet) -> None:
    """Bold header row, frozen, with column widths and an autofilter-ready layout."""
    bold = Font(bold=True)
    for col, (_, label, width, _) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=col, value=label)
        cell.font = bold
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}1"


_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")


def _fill_row(sheet: Worksheet, row: int, article: Article, language: str = "zh") -> None:
    """Write one article: a date cell only for a complete date, 类型 in ``language``, strings as strings."""
    for col, ((key, _, _, _), value) in enumerate(zip(COLUMNS, table_row(article)), start=1):
        if key == "date":
            value = full_date(article)
        elif key == "kind" and language == "zh":
            value = KIND_LABELS.get(value, value)
        set_cell(sheet.cell(row=row, column=col), value)
        if key == "date" and value is not None:
            sheet.cell(row=row, column=col).number_format = "yyyy-mm-dd"
        sheet.cell(row=row, column=col).alignment = _WRAP if key in ("body", "title", "leaders") else _TOP


def set_cell(cell: Any, value: Any) -> None:
    """Store ``value`` in an openpyxl cell; text always as a string, never as a formula (``=…``)."""
    cell.value = _fit(value)
    if isinstance(cell.value, str):
        cell.data_type = "s"


def _fit(value: Any) -> Any:
    """Empty text as an empty cell; text longer than Excel's cell limit truncated, saying so in the cell."""
    if value == "":
        return None
    if not isinstance(value, str) or len(value) <= EXCEL_CELL_LIMIT:
        return value
    note = TRUNCATION_NOTE.format(n=len(value))
    return value[: EXCEL_CELL_LIMIT - len(note)] + note
