"""F1: the query language and the keyboard shortcuts, from the app's own files, in the UI's language.

The syntax page is ``resources/help/<language>.html`` (written by hand, in Chinese and English); the
shortcut list is made from the window's actions when the dialog opens, so it never goes stale.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from gazette_reader import paths


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("Help", text)


def help_page(language: str) -> str:
    """The syntax page for ``zh_CN`` or ``en`` (Chinese when there is none for the language)."""
    folder = paths.resources_dir() / "help"
    path = folder / f"{language}.html"
    return (path if path.exists() else folder / "zh_CN.html").read_text(encoding="utf-8")


def shortcut_table(actions: Iterable[QAction]) -> str:
    """An HTML table of every action that has a shortcut: keys, then what it does."""
    rows = []
    for action in actions:
        keys = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        if keys:
            label = action.text().replace("&", "").rstrip("…")
            rows.append(f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(label)}</td></tr>")
    return f"<h2>{html.escape(tr('快捷键'))}</h2><table cellpadding='3'>{''.join(rows)}</table>"


class HelpDialog(QDialog):
    """A non-modal page of help: the query language, then the shortcuts."""

    def __init__(self, *, language: str, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("帮助"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(help_page(language) + shortcut_table(actions))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 560)
