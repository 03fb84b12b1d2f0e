"""Correcting an article from the window: its title, date, section and kind; a split at a paragraph.

The dialogs only collect the change: :class:`ArticleEditDialog` gives the fields that differ from the
article (what ``Library.edit_article`` takes), :class:`SplitDialog` the paragraph a new article starts
at. The window runs them through :class:`~gazette_reader.gui.editing.corrector.Corrector`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget,
                               QVBoxLayout, QWidget)

DATE_PATTERN = r"(\d{4}-\d{2}-\d{2})?"
KINDS = {"article": "文章", "brief": "简讯"}
PARAGRAPH_CUT = 60


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("ArticleEdit", text)


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ArticleEditDialog(QDialog):
    """Title, date (``YYYY-MM-DD`` or empty), section (a known one or new) and kind of one article."""

    def __init__(self, *, article: dict, sections: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article = article
        self.setWindowTitle(tr("校正文章"))
        self.title = QLineEdit(article.get("title") or "", self)
        self.title.setMinimumWidth(420)
        self.date = QLineEdit(article.get("date") or "", self, placeholderText=tr("例如 2020-04-29，可留空"))
        self.date.setValidator(QRegularExpressionValidator(QRegularExpression(DATE_PATTERN), self.date))
        self.section = QComboBox(self, editable=True)
        known = set(sections) | ({article["section"]} if article.get("section") else set())
        self.section.addItems([""] + sorted(known))
        self.section.setCurrentText(article.get("section") or "")
        self.kind = QComboBox(self)
        for key, label in KINDS.items():
            self.kind.addItem(tr(label), key)
        self.kind.setCurrentIndex(max(self.kind.findData(article.get("kind") or "article"), 0))
        form = QFormLayout(self)
        form.addRow(tr("标题"), self.title)
        form.addRow(tr("日期"), self.date)
        form.addRow(tr("栏目"), self.section)
        form.addRow(tr("类型"), self.kind)
        form.addRow(QLabel(tr("校正会在重新解析后保留，可用 Ctrl+Z 或“校正记录”撤销。"), self))
        form.addRow(_buttons(self, tr("校正")))

    def changes(self) -> dict[str, str | None]:
        """The fields that differ from the article, as ``Library.edit_article`` takes them."""
        wanted = {"title": self.title.text().strip(), "date": self.date.text().strip(),
                  "section": self.section.currentText().strip(), "kind": self.kind.currentData()}
        return {key: value for key, value in wanted.items() if value != (self.article.get(key) or "")}

    def accept(self) -> None:
        """Override QDialog.accept: a title is required and a date must be whole."""
        if not self.title.text().strip() or not self.date.hasAcceptableInput():
            return
        super().accept()


class SplitDialog(QDialog):
    """Pick the paragraph (the second or later) where a new article starts."""

    def __init__(self, *, article: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("拆分文章"))
        self.paragraphs = (article.get("body") or "").split("\n")
        self.choices = QListWidget(self)
        for n, paragraph in enumerate(self.paragraphs, start=1):
            text = paragraph if len(paragraph) <= PARAGRAPH_CUT else paragraph[:PARAGRAPH_CUT] + "…"
            self.choices.addItem(f"{n}. {text}")
        self.choices.setCurrentRow(-1)
        self.buttons = _buttons(self, tr("拆分"))
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.choices.itemSelectionChanged.connect(lambda: self.ok.setEnabled(self.at() is not None))
        self.ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("新文章从哪一段开始？（该段成为新文章的标题）"), self))
        layout.addWidget(self.choices, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 400)

    def at(self) -> int | None:
        """The picked paragraph, 1-based (``Library.split_article``'s ``at``); None for none or the first."""
        rows = [self.choices.row(item) for item in self.choices.selectedItems()]
        return rows[0] + 1 if rows and rows[0] > 0 else None

    def accept(self) -> None:
        """Override QDialog.accept: never without a paragraph after the first."""
        if self.at() is not None:
            super().accept()
