"""The 大事记 rendered as Word, Markdown and spreadsheet rows (entries from :mod:`chronicle`).

Word uses the page and type of :mod:`docx_layout` (official or plain): 大事记 as the title, 黑体 year
headings, 楷体 month headings, one 仿宋 paragraph per entry with its sources in a smaller size. Progress
counts articles: an entry reporting three articles advances by three.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from gazette_reader.export.chronicle import TITLE, Entry, chronicle_entries, entry_line, outline, sources_text
from gazette_reader.export.common import Article, Steps
from gazette_reader.export.docx_layout import BodyWriter, new_document, style_id
from gazette_reader.export.markdown_writer import escape
from gazette_reader.export.tables import set_cell

XLSX_COLUMNS = [("年", 6), ("月", 5), ("日", 5), ("日期", 12), ("记时", 10), ("记事", 70), ("来源", 50),
                ("文章ID", 12)]


def _done(entry: Entry, steps: Steps) -> None:
    """Count every article of an entry as finished (and poll cancellation first)."""
    steps.cancel.check()
    for article in entry.articles:
        steps.advance(article)


def _entries(articles: Sequence[Article], steps: Steps) -> list[Entry]:
    """The entries, dropped ones counted as done right away (they are not written)."""
    entries = chronicle_entries(articles, steps.options)
    for entry in entries:
        if entry.dropped:
            _done(entry, steps)
    return entries


def chronicle_markdown(articles: Sequence[Article], steps: Steps | None = None) -> str:
    """The chronicle as Markdown: ``#`` title, ``##`` years, ``###`` months, one paragraph per entry."""
    steps = steps or Steps(len(articles))
    lines = [f"# {TITLE}", ""]
    for year, months in outline(_entries(articles, steps)):
        lines += [f"## {year}", ""]
        for month, group in months:
            if month:
                lines += [f"### {month}", ""]
            for prefix, entry in group:
                lines += [escape(entry_line(prefix, entry, steps.options.source)), ""]
                _done(entry, steps)
    return "\n".join(lines)


def chronicle_docx(articles: Sequence[Article], path: Path, steps: Steps) -> None:
    """Write the chronicle as Word: title, Heading 1 per year, Heading 2 per month, a paragraph per entry."""
    document = new_document(TITLE, steps.options.layout)
    ids = {name: style_id(document, name) for name in ("Title", "Heading 1", "Heading 2")}
    source_size = Pt(12) if steps.options.layout == "official" else Pt(9)
    with BodyWriter(document) as body:
        body.paragraph(TITLE, ids["Title"])
        for year, months in outline(_entries(articles, steps)):
            body.paragraph(year, ids["Heading 1"])
            for month, group in months:
                if month:
                    body.paragraph(month, ids["Heading 2"])
                for prefix, entry in group:
                    paragraph = body.paragraph(prefix + entry.text)
                    sources = sources_text(entry, steps.options.source)
                    if sources:
                        paragraph.add_run(sources).font.size = source_size
                    _done(entry, steps)
    document.save(str(path))


def chronicle_xlsx(articles: Sequence[Article], path: Path, steps: Steps) -> None:
    """One row per entry: 年/月/日 numbers, a date cell when complete, 记时, 记事, 来源, article ids."""
    book = Workbook()
    sheet = book.active
    sheet.title = TITLE
    for col, (label, width) in enumerate(XLSX_COLUMNS, start=1):
        sheet.cell(row=1, column=col, value=label).font = Font(bold=True)
        sheet.column_dimensions[sheet.cell(row=1, column=col).column_letter].width = width
    sheet.freeze_panes = "A2"
    row = 2
    for _, months in outline(_entries(articles, steps)):
        for _, group in months:
            for prefix, entry in group:
                _entry_row(sheet, row, prefix, entry, steps.options.source)
                row += 1
                _done(entry, steps)
    book.save(path)


def _entry_row(sheet: Worksheet, row: int, prefix: str, entry: Entry, style: str) -> None:
    """Fill one entry's row; every text cell a string, never a formula."""
    date = None
    if entry.year and entry.month and entry.day:
        try:
            date = dt.date(entry.year, entry.month, entry.day)
        except ValueError:
            date = None
    values = [entry.year, entry.month, entry.day, date, prefix.rstrip("，"), entry.text,
              sources_text(entry, style).strip("（）"), entry.key]
    for col, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=col)
        set_cell(cell, value)
        cell.alignment = Alignment(wrap_text=col in (6, 7), vertical="top")
        if col == 4 and date:
            cell.number_format = "yyyy-mm-dd"
