"""Saved searches: a query kept under a name, shown as a node of the issue tree (已存检索); choosing it
runs the query again. Kept in the settings (per user, beside the search history), as ``[name, query]``
pairs in JSON. A mixin of the main window (see the package docs)."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit

from gazette_reader.gui import settings


def tr(text: str) -> str:
    """Translate in the main window's context (these are its strings)."""
    return QCoreApplication.translate("MainWindow", text)


def saved_searches() -> list[tuple[str, str]]:
    """``(name, query)`` of every saved search, in the order saved."""
    try:
        pairs = json.loads(settings.value("search/saved") or "[]")
    except json.JSONDecodeError:
        return []
    return [(str(name), str(query)) for name, query in pairs if name and query]


def store_searches(pairs: list[tuple[str, str]]) -> None:
    """Replace the saved searches."""
    settings.set_value("search/saved", json.dumps([list(p) for p in pairs], ensure_ascii=False))


class SavedSearchMixin:
    """Save and delete searches, for :class:`~gazette_reader.gui.main_window.MainWindow`."""

    def ask_save_search(self) -> QInputDialog | None:
        """Ask a name for the current query and keep it (a name used before is replaced)."""
        query = self.query
        if not query:
            self.statusBar().showMessage(tr("请先输入检索词，再保存检索。"), 6000)
            return None
        dialog = QInputDialog(self)
        dialog.setWindowTitle(tr("保存检索"))
        dialog.setLabelText(tr("“%1”的名称：").replace("%1", query))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(query)
        dialog.textValueSelected.connect(lambda name: self.save_search(name, query))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def save_search(self, name: str, query: str) -> None:
        """Keep ``query`` under ``name`` and show it in the tree."""
        name = name.strip()
        if not name:
            return
        store_searches([p for p in saved_searches() if p[0] != name] + [(name, query)])
        self.refresh_tree()
        self.statusBar().showMessage(tr("已保存检索“%1”。").replace("%1", name), 6000)

    def delete_saved_search(self, name: str) -> None:
        """Forget a saved search."""
        store_searches([p for p in saved_searches() if p[0] != name])
        self.refresh_tree()
