"""Read every export format back with its own reader, so tests check what a user would actually see."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import docx
import openpyxl
import pytest

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def docx_text(path: Path) -> str:
    """All paragraph text of a Word file, one paragraph per line."""
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def xlsx_rows(path: Path) -> list[tuple]:
    """All rows of the first sheet as value tuples (header included)."""
    book = openpyxl.load_workbook(path)
    return list(book.active.iter_rows(values_only=True))


def csv_rows(path: Path) -> list[dict[str, str]]:
    """CSV rows as dicts, read the way Excel-friendly UTF-8-with-BOM files must be read."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def jsonl_records(path: Path) -> list[dict]:
    """One dict per line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


class _TextCollector(HTMLParser):
    """Collects the text content of an HTML page, plus every id and href seen."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        if values.get("id"):
            self.ids.append(values["id"] or "")
        if values.get("href"):
            self.hrefs.append(values["href"] or "")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(path: Path) -> _TextCollector:
    """Parse an HTML export with the standard library parser."""
    parser = _TextCollector()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def pdf_text(path: Path) -> str:
    """Text extracted by poppler's pdftotext (raw order, so lines stay whole)."""
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
