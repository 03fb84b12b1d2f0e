"""Every correction of the library as a table: number, what kind, what it does, when, and whether the
text it applies to is still imported. Rows are the dicts of ``Library.corrections()``, loaded off-thread
by the window; the model only shows them, in the UI's language.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from gazette_reader.gui.messages import ui_language

ROLE_NUMBER = Qt.ItemDataRole.UserRole + 1
ROLE_ENTRY = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
FILTERS = ("all", "tags", "hidden", "articles")


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("CorrectionsModel", text)


def local_time(stamp: str | None) -> str:
    """``2026-12-06 20:40`` in the computer's time zone, from the stored UTC ISO time ('' if none)."""
    if not stamp:
        return ""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return str(stamp)[:16]


def shown(entry: dict, which: str) -> bool:
    """Whether ``entry`` belongs under the filter ``which`` (one of ``FILTERS``)."""
    if which == "tags":
        return entry["kind"] == "tag"
    if which == "hidden":
        return entry["kind"] == "tag" and entry["action"] == "hide"
    if which == "articles":
        return entry["kind"] != "tag"
    return True


class CorrectionsModel(QAbstractTableModel):
    """The corrections under the current filter, newest first."""

    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[dict] = []
        self.rows: list[dict] = []
        self.filter = "all"

    def set_entries(self, entries: list[dict]) -> None:
        """Show these corrections (``Library.corrections()``), newest first."""
        self.beginResetModel()
        self.entries = sorted(entries, key=lambda e: e["number"], reverse=True)
        self.rows = [e for e in self.entries if shown(e, self.filter)]
        self.endResetModel()

    def set_filter(self, which: str) -> None:
        """Show only the tag corrections, the hidden tags, or the article corrections (``all``: every one)."""
        self.filter = which
        self.set_entries(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Override QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else 4

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """Override QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self.rows)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractTableModel.headerData."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return (tr("编号"), tr("种类"), tr("校正"), tr("时间"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractTableModel.data."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        entry = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if role == ROLE_NUMBER:
            return entry["number"]
        if role == ROLE_ENTRY:
            return entry
        return None

    def _text(self, entry: dict, column: int) -> str:
        if column == 0:
            return str(entry["number"])
        if column == 1:
            return tr("标签") if entry["kind"] == "tag" else tr("文章")
        if column == 2:
            return entry["summary_zh"] if ui_language().startswith("zh") else entry["summary"]
        return local_time(entry.get("created_at"))

    def _tooltip(self, entry: dict) -> str:
        lines = [self._text(entry, 2)]
        if entry.get("source"):
            lines.append(tr("文件：%1").replace("%1", entry["source"]))
        if not entry.get("in_library", True):
            lines.append(tr("这份文件已不在资料库中：重新导入后这项校正会再次生效。"))
        return "\n".join(lines)
