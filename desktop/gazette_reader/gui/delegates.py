"""How one row of the article list looks: bold title, a grey line of date · issue · section, and for search
hits a snippet with every hit highlighted.

Painted through a QTextDocument built from escaped HTML so the highlight spans (Python offsets into the
snippet) are applied on the Python string, never on Qt positions. Colours come from the palette (see
:mod:`colours`: the meta line of a selected row follows the selected-text colour), with a fixed amber
behind hits and black text on it, which reads in light and dark themes.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gazette_reader.gui.article_model import ROLE_ROW, meta_line
from gazette_reader.gui.colours import HIT, HIT_TEXT, secondary_text
from gazette_reader.gui.script import convert, convert_keeping_offsets

HIT_STYLE = f"background-color:{HIT.name()};color:{HIT_TEXT.name()};"
MAX_LINES = 7  # a row never grows taller than this many lines; a longer snippet is cut around its first hit
ROW_GAP = 8
"""Pixels of blank under a row's last line (its document's top margin is 4), so a two-line title never
runs into the next row."""
ELLIPSIS = "…"
MAX_KEPT = 600  # laid-out row documents kept between size hints and paints
DISABLED_OPACITY = 0.5


def tr(text: str) -> str:
    """Translate in the article list's context (the list model shows the same words)."""
    return QCoreApplication.translate("ArticleList", text)


def highlighted_html(text: str, spans: Sequence[Sequence[int]]) -> str:
    """``text`` as HTML with each ``[start, end)`` span wrapped in a highlight (overlaps merged)."""
    merged: list[list[int]] = []
    for start, end in sorted((int(s), int(e)) for s, e in spans if 0 <= int(s) < int(e) <= len(text)):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, position = [], 0
    for start, end in merged:
        out.append(html.escape(text[position:start]))
        out.append(f'<span style="{HIT_STYLE}">{html.escape(text[start:end])}</span>')
        position = end
    out.append(html.escape(text[position:]))
    return "".join(out)


def row_html(row: dict, *, grey: str, script: str = "simplified") -> str:
    """The rich text of one list row, in the display ``script`` (highlights kept on their words)."""
    title = _shown(row.get("title") or tr("（无标题）"), row.get("title_highlights") or [], script)
    meta = html.escape(convert(meta_line(row), script))
    parts = [f"<b>{title}</b>", f'<br><span style="color:{grey};">{meta}</span>']
    if row.get("snippet"):
        parts.append(f"<br>{_shown(row['snippet'], row.get('highlights') or [], script)}")
    return "".join(parts)


def _shown(text: str, spans: Sequence[Sequence[int]], script: str) -> str:
    """``text`` converted to ``script`` as highlighted HTML, each span moved with its words."""
    if script == "simplified":
        return highlighted_html(text, spans)
    spans = [(int(s), int(e)) for s, e in spans if 0 <= int(s) < int(e) <= len(text)]
    shown, moved = convert_keeping_offsets(text, script, [o for span in spans for o in span])
    return highlighted_html(shown, [(moved[s], moved[e]) for s, e in spans])


class ArticleDelegate(QStyledItemDelegate):
    """Paints article rows as three lines of rich text (two without a snippet).

    A row's laid-out document is kept from its size hint to its paint (and later paints): building one
    costs ~0.4 ms, and a new page of results asks for both. Call :meth:`forget` whenever the rows change.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents: dict[tuple[int, int, str, str], QTextDocument] = {}

    def forget(self) -> None:
        """Drop the kept documents (the model was reset or its rows changed)."""
        self._documents.clear()

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                  width: int, *, selected: bool = False) -> QTextDocument:
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
        grey = secondary_text(option.palette, selected=selected, group=group).name()
        key = (index.row(), width, grey, option.font.key())  # a theme, font or selection change: rebuilt
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) >= MAX_KEPT:  # resizing leaves one document per row and width
                self._documents.clear()
            document = self._documents[key] = self._build(option, index, width, grey)
        return document

    @staticmethod
    def _build(option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: int,
               grey: str) -> QTextDocument:
        """The row's document; a snippet too long for ``MAX_LINES`` is cut to the lines that fit, around
        its first hit (the core's 100 characters wrap to ten lines in a narrow list, hits out of sight)."""
        row = index.data(ROLE_ROW) or {}
        script = getattr(index.model(), "script", "simplified")
        document = _layout(row, option.font, width, grey, script)
        spare = _snippet_lines(document, row)
        if spare is not None:
            lines, per_line = spare
            document = _layout(fit_snippet(row, max(lines * per_line - 1, 8)), option.font, width, grey, script)
        return document

    @staticmethod
    def _width(option: QStyleOptionViewItem) -> int:
        """The width rows are laid out for: the view's :meth:`ArticleListView.row_width` (the same whether
        its scroll bar shows or not), else the viewport's (sizeHint gets no useful rect)."""
        widget = option.widget
        row_width = getattr(widget, "row_width", None)
        if row_width is not None:
            return row_width()
        viewport = getattr(widget, "viewport", None)
        return viewport().width() if viewport is not None else option.rect.width()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        """Override QStyledItemDelegate.paint."""
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        document = self._document(option, index, self._width(option), selected=selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        if not option.state & QStyle.StateFlag.State_Enabled:
            painter.setOpacity(DISABLED_OPACITY)  # stale rows (a malformed query): hits dimmed too
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), min(option.rect.height(), text_bottom(document))))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Override QStyledItemDelegate.sizeHint."""
        width = self._width(option)
        document = self._document(option, index, width)
        # Never wider than the viewport: rows wrap instead of growing a horizontal scroll bar. As tall as
        # its whole lines (up to MAX_LINES: never half a line, whatever the font's CJK line height).
        return QSize(min(int(document.idealWidth()), max(width, 120)), math.ceil(text_bottom(document)) + ROW_GAP)


def _layout(row: dict, font: QFont, width: int, grey: str, script: str) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(4)
    document.setHtml(row_html(row, grey=grey, script=script))
    document.setTextWidth(max(width, 120))
    return document


def _lines(document: QTextDocument) -> list[tuple[float, float]]:
    """``(top, bottom)`` of every laid-out line, in document coordinates."""
    out = []
    layout, block = document.documentLayout(), document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        for n in range(text_layout.lineCount()):
            rect = text_layout.lineAt(n).rect()
            out.append((top + rect.top(), top + rect.bottom()))
        block = block.next()
    return out


def text_bottom(document: QTextDocument) -> float:
    """Where the row's text ends: the bottom of its last line, or of its ``MAX_LINES``-th."""
    lines = _lines(document)[:MAX_LINES]
    return lines[-1][1] if lines else document.size().height()


def _snippet_lines(document: QTextDocument, row: dict) -> tuple[int, int] | None:
    """``(lines, characters per line)`` the snippet may use when the row is over ``MAX_LINES``; else None."""
    if not row.get("snippet") or len(_lines(document)) <= MAX_LINES:
        return None
    layout = document.begin().layout()
    before = len(row.get("title") or tr("（无标题）")) + 1 + len(meta_line(row)) + 1
    first = layout.lineForTextPosition(min(before, max(document.begin().length() - 2, 0)))
    if not first.isValid():
        return None
    return max(MAX_LINES - first.lineNumber(), 1), max(first.textLength(), 4)


def fit_snippet(row: dict, chars: int) -> dict:
    """``row`` with its snippet cut to ``chars`` characters around its first hit (``…`` at cut ends), the
    highlights moved along."""
    text, spans = row["snippet"], sorted(tuple(map(int, s)) for s in row.get("highlights") or [])
    if len(text) <= chars:
        return row
    hit = spans[0][0] if spans else 0
    start = max(0, min(hit - chars // 4, len(text) - chars))
    end = start + chars
    lead, tail = (ELLIPSIS if start > 0 and not text.startswith(ELLIPSIS, start) else ""), ELLIPSIS
    if text[end - 1:end] == ELLIPSIS or end >= len(text):
        tail = ""
    cut = lead + text[start:end] + tail
    shift = len(lead) - start
    moved = [[max(s, start) + shift, min(e, end) + shift] for s, e in spans if s < end and e > start]
    return {**row, "snippet": cut, "highlights": moved}
