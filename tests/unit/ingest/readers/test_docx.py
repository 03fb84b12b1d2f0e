"""Word .docx reader: the bulletin 001 written with heading styles and with direct formatting."""

from __future__ import annotations

import io

import docx
import pytest
from docx.shared import Pt

from gazette_reader.errors import DecodeError
from gazette_reader.ingest.parse import is_lossless, parse_text
from gazette_reader.ingest.readers import read_bytes
from gazette_reader.ingest.readers.docx import read_docx
from gazette_reader.ingest.readers.model import BODY, FURNITURE, HEADING
from tests.unit.ingest.readers.makedocs import bulletin_docx, bulletin_paragraphs, seed_parse


@pytest.mark.parametrize("direct", [False, True], ids=["styles", "direct"])
def test_bulletin_docx_gives_the_28_articles_of_the_text(direct: bool) -> None:
    rendered = read_bytes(bulletin_docx(direct=direct), ".docx")
    issue = parse_text(rendered.text)
    expected = seed_parse("001")
    assert (issue.layout, len(issue.articles)) == ("bulletin", 28)
    assert [(a.section, a.title) for a in issue.articles] == [(a.section, a.title) for a in expected.articles]
    assert [a.body for a in issue.articles] == [a.body for a in expected.articles]
    assert (issue.year, issue.month, issue.number) == (2020, 4, "93")
    assert is_lossless(rendered.text, issue)
    assert rendered.encoding == "docx" and rendered.page_starts == ()


@pytest.mark.parametrize("direct", [False, True], ids=["styles", "direct"])
def test_headlines_are_found_by_style_or_by_effective_size(direct: bool) -> None:
    blocks = read_docx(bulletin_docx(direct=direct)).blocks
    roles = dict((text, role) for role, text in bulletin_paragraphs())
    for block in blocks:
        if block.kind == FURNITURE:
            continue
        assert block.kind == (HEADING if roles[block.text] in ("section", "headline", "title") else BODY), block.text


def test_headers_and_footers_are_furniture_and_not_rendered() -> None:
    document = read_docx(bulletin_docx(direct=False))
    assert [b.text for b in document.blocks if b.kind == FURNITURE] == ["上街区简报", "第 1 页"]
    assert "第 1 页" not in read_bytes(bulletin_docx(direct=False), ".docx").text


def _docx(build) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_size_inherited_through_the_style_chain_makes_a_headline() -> None:
    def build(document) -> None:
        big = document.styles.add_style("Big", 1)  # a paragraph style based on Normal, size set on it
        big.font.size = Pt(18)
        bigger = document.styles.add_style("Bigger", 1)
        bigger.base_style = big  # inherits 18 pt through its base
        document.styles["Normal"].font.size = Pt(10.5)
        document.add_paragraph("区长调研城市建设工作", style="Bigger")
        document.add_paragraph("4月1日，区长到工地察看进度，要求加快建设。" * 3)

    blocks = read_docx(_docx(build)).blocks
    assert [(b.kind, b.size) for b in blocks] == [(HEADING, 18.0), (BODY, 10.5)]


def test_tables_come_in_document_order() -> None:
    def build(document) -> None:
        document.add_paragraph("表前的段落。")
        table = document.add_table(rows=2, cols=2)
        for r, row in enumerate([["项目", "金额"], ["道路", "300万元"]]):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        document.add_paragraph("表后的段落。")

    text = read_bytes(_docx(build), ".docx").text
    assert text == "表前的段落。\n\n项目\u3000金额\n\n道路\u3000300万元\n\n表后的段落。\n"


@pytest.mark.parametrize("data", [b"PK\x03\x04 not really a zip", b"plain words, not a docx"])
def test_a_damaged_docx_is_refused_in_one_line(data: bytes) -> None:
    with pytest.raises(DecodeError) as caught:
        read_bytes(data, ".docx")
    assert "\n" not in str(caught.value) and "Word .docx" in str(caught.value)
    assert caught.value.zh.startswith("无法读取 Word .docx")


def test_an_old_doc_file_is_refused_with_save_as_docx() -> None:
    with pytest.raises(DecodeError, match="save as .docx"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, ".doc")


def test_an_empty_docx_is_refused() -> None:
    with pytest.raises(DecodeError, match="no text found"):
        read_bytes(_docx(lambda document: None), ".docx")
