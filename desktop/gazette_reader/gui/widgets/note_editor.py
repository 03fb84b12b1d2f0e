"""The open article's note (备注), under the reader: plain text, saved with its button or Ctrl+Enter.

A note is the researcher's own remark on an article (待核实, 见区志第三章 …); it is stored in the library,
kept across re-parse, found with ``备注:`` and exported with the article. Saving is explicit, not on every
keystroke: each save is a write transaction on a library other windows or the CLI may share.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("NoteEditor", text)


class _NoteText(QPlainTextEdit):
    """The text box; Ctrl+Enter saves (a plain Enter is a new line of the note)."""

    save_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QWidget.keyPressEvent: Ctrl+Enter saves."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.save_requested.emit()
            return
        super().keyPressEvent(event)


class NoteEditor(QWidget):
    """备注 label, a few lines of text and 保存备注; ``save_requested(article_id, text)`` on save."""

    save_requested = Signal(int, str)

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article_id: int | None = None
        self.saved_text = ""
        self.read_only = False
        self.label = QLabel(tr("备注"), self)
        self.text = _NoteText(self)
        self.text.setPlaceholderText(tr("为这篇文章写备注（可用“备注:”检索，导出时一并写出）"))
        self.text.setTabChangesFocus(True)
        lines = self.text.fontMetrics().lineSpacing()
        self.text.setFixedHeight(int(lines * 3.4) + 2 * self.text.frameWidth() + 8)
        self.save_button = QPushButton(tr("保存备注"), self)
        self.save_button.setToolTip(tr("保存备注 (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        self.text.save_requested.connect(self.save)
        self.text.textChanged.connect(self._update_button)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.label)
        head.addStretch(1)
        head.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.text)
        self.set_article(None, "")

    def set_article(self, article_id: int | None, note: str) -> None:
        """Show the note of the open article (None: no article open, nothing to write on)."""
        self.article_id, self.saved_text = article_id, note
        self.text.setPlainText(note)
        self.setEnabled(article_id is not None)
        self._update_button()

    def set_read_only(self, read_only: bool) -> None:
        """A read-only library: the note shows but cannot be written (nor saved)."""
        self.read_only = read_only
        self.text.setReadOnly(read_only)
        self.text.setPlaceholderText(tr("（只读：不能写备注）") if read_only else
                                     tr("为这篇文章写备注（可用“备注:”检索，导出时一并写出）"))
        self._update_button()

    def mark_saved(self, article_id: int, note: str) -> None:
        """The library stored ``note`` for ``article_id``: the button greys out until the next change."""
        if article_id == self.article_id:
            self.saved_text = note
            if self.text.toPlainText().rstrip() != note:
                self.text.setPlainText(note)
            self._update_button()

    def save(self) -> None:
        """Ask the window to store the note (when it changed)."""
        if self.article_id is not None and self.is_modified() and not self.read_only:
            self.save_requested.emit(self.article_id, self.text.toPlainText())

    def is_modified(self) -> bool:
        """Whether the text differs from what the library holds (trailing space does not count)."""
        return self.text.toPlainText().rstrip() != self.saved_text

    def _update_button(self) -> None:
        self.save_button.setEnabled(self.article_id is not None and self.is_modified() and not self.read_only)
        self.label.setText(tr("备注") + (" *" if self.is_modified() else ""))
