"""Printing articles on A4: the open one, or every article selected in the list, one after another.

The printed page is built anew from the articles (title, date and issue, body paragraphs, reporting
unit), not copied from the reader: no hit highlights, no link colours, page breaks between articles,
in the display script the reader uses.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from gazette_reader.gui.article_model import day_label
from gazette_reader.gui.script import convert

BREAK = '<div style="page-break-before: always"></div>'


def article_html(article: dict, script: str) -> str:
    """One article as simple HTML for print."""
    def text(value: str) -> str:
        return html.escape(convert(value, script))

    meta = " · ".join(x for x in (day_label(article), article.get("publication") or "",
                                  article.get("issue_title") or "", article.get("section") or "") if x)
    parts = [f"<h2>{text(article.get('title') or '')}</h2>"]
    if article.get("subtitle"):
        parts.append(f"<h3>{text(article['subtitle'])}</h3>")
    parts.append(f'<p style="color:#555555">{text(meta)}</p>')
    parts += [f"<p>{text(p)}</p>" for p in (article.get("body") or "").split("\n") if p.strip()]
    if article.get("source_unit"):
        parts.append(f"<p>{text('（' + article['source_unit'] + '）')}</p>")
    return "".join(parts)


def print_document(articles: Sequence[dict], *, script: str = "simplified",
                   font: QFont | None = None) -> QTextDocument:
    """The articles, each from a new page, as a document to print."""
    document = QTextDocument()
    if font is not None:
        document.setDefaultFont(font)
    document.setHtml(BREAK.join(article_html(a, script) for a in articles))
    return document


def a4_printer(printer: QPrinter) -> QPrinter:
    """``printer`` set to A4 portrait with 20 mm margins."""
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
    return printer
