"""Word export (python-docx): one heading per article, a metadata line, the body, leaders and projects.

Chinese text in Word needs the East Asian font slot set explicitly: Word picks the font for CJK
characters from ``w:rFonts/@w:eastAsia``, not from the Latin font name python-docx sets, and the default
template's heading styles point at *theme* fonts (``w:eastAsiaTheme``) that override any explicit name. So
the styles get 宋体 (body) and 黑体 (headings) in the eastAsia slot and their theme attributes removed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentType
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.styles.style import BaseStyle

from gazette_reader.export.common import (
    Article,
    Steps,
    clean,
    count,
    metadata_line,
    paragraphs,
    tag_lines,
    title_of,
)

BODY_FONT = "宋体"
HEADING_FONT = "黑体"
LATIN_FONT = "Times New Roman"
_THEME_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_HEADING_STYLES = ("Title", "Heading 1", "Heading 2", "Heading 3")


def new_document(title: str) -> DocumentType:
    """A document whose styles render Chinese properly, with ``title`` as its title and core property."""
    document = Document()
    set_style_font(document.styles["Normal"], BODY_FONT, size=Pt(10.5))
    for name in _HEADING_STYLES:
        set_style_font(document.styles[name], HEADING_FONT)
        document.styles[name].font.color.rgb = RGBColor(0, 0, 0)
    document.core_properties.title = title
    document.add_heading(title, level=0)
    return document


def set_style_font(style: BaseStyle, east_asian: str, *, size: Pt | None = None) -> None:
    """Set a style's Latin and East Asian fonts, dropping theme fonts that would override them."""
    style.font.name = LATIN_FONT
    if size is not None:
        style.font.size = size
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in _THEME_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:hint"), "eastAsia")


def write_docx(articles: Sequence[Article], path: Path, steps: Steps) -> None:
    """Write every article under its own heading, in selection order."""
    document = new_document(f"文章汇编（{count(articles)}）")
    for article in steps.each(articles):
        add_article(document, article)
    document.save(str(path))


def add_article(document: DocumentType, article: Article) -> None:
    """One article: heading, optional subtitle/kicker, metadata line, body paragraphs, tag lines."""
    document.add_heading(title_of(article), level=1)
    for extra in (article.get("kicker"), article.get("subtitle")):
        if extra:
            document.add_heading(clean(extra), level=3)
    meta = metadata_line(article)
    if meta:
        run = document.add_paragraph().add_run(meta)
        run.italic = True
        run.font.size = Pt(9)
    for text in paragraphs(article):
        document.add_paragraph(text)
    for label, text in tag_lines(article):
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}：").bold = True
        paragraph.add_run(text)
