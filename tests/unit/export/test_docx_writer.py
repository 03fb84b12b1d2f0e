"""Word export read back with python-docx: headings, metadata, body, tags and CJK fonts on the styles."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from gazette_reader.export import write_export
from gazette_reader.export.docx_writer import BODY_FONT, HEADING_FONT

from .readback import docx_text


@pytest.fixture
def document(articles: list[dict], tmp_path: Path) -> docx.document.Document:
    return docx.Document(str(write_export(articles, "docx", tmp_path / "a.docx")))


def test_every_article_has_a_heading_and_its_body(articles: list[dict], document) -> None:
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [a["title"] for a in articles]
    texts = {p.text for p in document.paragraphs}
    for article in articles:
        for paragraph in article["body"].splitlines():
            assert paragraph in texts


def test_metadata_subtitle_and_tags(document) -> None:
    texts = [p.text for p in document.paragraphs]
    assert "二七区新闻 · 2021-09-13 · 记者 景静" in texts
    assert "突出重点 分类推进 全力加快灾后恢复重建" in texts
    assert "领导：宋洁（区委书记）、耿勇军（区长）、张向奥" in texts
    assert "项目：老旧小区改造" in texts


@pytest.mark.parametrize(
    ("style", "font"),
    [("Normal", BODY_FONT), ("Title", HEADING_FONT), ("Heading 1", HEADING_FONT), ("Heading 3", HEADING_FONT)],
)
def test_styles_set_the_east_asian_font_without_theme_override(document, style: str, font: str) -> None:
    fonts = document.styles[style].element.rPr.rFonts
    assert fonts.get(qn("w:eastAsia")) == font
    assert fonts.get(qn("w:eastAsiaTheme")) is None and fonts.get(qn("w:asciiTheme")) is None


def test_control_characters_from_pdf_text_do_not_break_the_file(articles: list[dict], tmp_path: Path) -> None:
    articles[0]["title"] = "标题\x0c带换页符"
    articles[0]["body"] = "正文\x00一\x0b段"
    text = docx_text(write_export(articles, "docx", tmp_path / "a.docx"))
    assert "标题带换页符" in text and "正文一段" in text
