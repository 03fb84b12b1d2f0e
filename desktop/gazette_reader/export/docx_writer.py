"""Word export (python-docx): a compilation (文章汇编) with a table of contents, one heading per article.

Page, type and the linear body writer live in :mod:`docx_layout`. Chinese text in Word needs the East
Asian font slot set explicitly: Word picks the font for CJK characters from ``w:rFonts/@w:eastAsia``, not
from the Latin font name python-docx sets, and the default template's heading styles point at *theme*
fonts (``w:eastAsiaTheme``) that override any explicit name; :func:`docx_layout.set_style_font` handles both.
Articles come in date order unless the options ask for the list's order.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from docx.document import Document as DocumentType

from gazette_reader.export.common import (
    Article,
    Steps,
    clean,
    count,
    metadata_line,
    ordered,
    paragraphs,
    tag_lines,
    title_of,
)
from gazette_reader.export.docx_layout import (
    BODY_FONT,
    HEADING_FONT,
    META_STYLE,
    BodyWriter,
    add_toc,
    new_document,
    set_style_font,
    style_id,
)

__all__ = ["BODY_FONT", "HEADING_FONT", "new_document", "set_style_font", "write_docx"]


class _Styles:
    """Style ids looked up once per document (looking a style up by name scans the style list)."""

    def __init__(self, document: DocumentType) -> None:
        self.title = style_id(document, "Title")
        self.heading = style_id(document, "Heading 1")
        self.extra = style_id(document, "Heading 3")
        self.meta = style_id(document, META_STYLE)


def write_docx(articles: Sequence[Article], path: Path, steps: Steps) -> None:
    """Write the compilation: title, table of contents (official layout), then every article."""
    options = steps.options
    chosen = ordered(articles, options)
    title = f"文章汇编（{count(articles)}）"
    document = new_document(title, options.layout)
    styles = _Styles(document)
    with BodyWriter(document) as body:
        body.paragraph(title, styles.title)
        if options.layout == "official":
            add_toc(body, [title_of(a) for a in chosen])
            body.page_break()
        for article in steps.each(chosen):
            add_article(body, article, styles)
    document.save(str(path))


def add_article(body: BodyWriter, article: Article, styles: _Styles) -> None:
    """One article: heading, optional subtitle/kicker, metadata line, body paragraphs, tag lines."""
    body.paragraph(title_of(article), styles.heading)
    for extra in (article.get("kicker"), article.get("subtitle")):
        if extra:
            body.paragraph(clean(extra), styles.extra)
    meta = metadata_line(article)
    if meta:
        body.paragraph(meta, styles.meta)
    for text in paragraphs(article):
        body.paragraph(text)
    for label, text in tag_lines(article):
        paragraph = body.paragraph(style=styles.meta)
        paragraph.add_run(f"{label}：").bold = True
        paragraph.add_run(text)

