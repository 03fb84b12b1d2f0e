"""Leaders and projects for the side panel: a table model over ``Library.tag_summaries()``.

The model holds the lists whole (200,000 leaders in a million-article library, as compact tuples). Sorting (counts
numerically, so 10 sorts after 9) and the filter box (name, titles, aliases) are done by the model itself
in one Python pass each; :class:`TagFilterProxy` forwards both to it. A proxy that sorts or filters calls
:meth:`TagModel.data` per comparison or row, which held the GUI thread for seconds per reload at that size.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt)

from gazette_reader.gui.script import DisplayScript, convert_label
from gazette_reader.tagging.summaries import TagSummary

ROLE_NAME = Qt.ItemDataRole.UserRole + 1
ROLE_SEARCH_TEXT = Qt.ItemDataRole.UserRole + 2
"""The casefolded text a tag filter matches (:attr:`TagSummary.filter_text`)."""
ROLE_SORT = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("TagModel", text)


def latest_title(leader: TagSummary) -> str:
    """The title a leader held most recently."""
    if not leader.titles:
        return ""
    return max(leader.titles, key=lambda t: (t.last or "", t.first or "")).title or ""


class TagModel(DisplayScript, QAbstractTableModel):
    """Rows of one entity kind: leaders (name, latest title, articles) or projects (name, articles).

    ``all_rows`` holds every tag in the current sort order; ``rows`` the ones the filter text lets through.
    """

    def __init__(self, *, entity: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if entity not in ("leader", "project"):
            raise ValueError(f"unknown tag entity {entity!r}")
        self.entity = entity
        self.all_rows: list[TagSummary] = []
        self.rows: list[TagSummary] = []
        self.count_column = 2 if entity == "leader" else 1
        self.sort_order: tuple[int, Qt.SortOrder] | None = None
        self.filter_text = ""

    def set_rows(self, rows: list[TagSummary]) -> None:
        """Replace every row (after loading or a correction), kept in the current sort order and filter."""
        self.beginResetModel()
        self.all_rows = list(rows)
        self._sort_rows()
        self.rows = self._filtered()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Override QAbstractTableModel.sort: one key sort in Python, persistent indexes (selection) kept."""
        self.sort_order = (column, order)
        self._sort_rows()
        self._relayout(self._filtered())

    def set_filter(self, text: str) -> None:
        """Show only tags whose name, titles or aliases contain ``text`` (any case; empty shows all)."""
        self.filter_text = text.strip().casefold()
        self._relayout(self._filtered())

    def _sort_rows(self) -> None:
        if self.sort_order is None:
            return
        column, order = self.sort_order
        if column == self.count_column:
            key: Any = lambda row: row.articles  # noqa: E731
        else:
            key = lambda row: self._text(row, column)  # noqa: E731
        self.all_rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def _filtered(self) -> list[TagSummary]:
        if not self.filter_text:
            return list(self.all_rows)
        needle = self.filter_text
        return [row for row in self.all_rows if needle in row.filter_text]

    def _relayout(self, rows: list[TagSummary]) -> None:
        """Show ``rows`` instead, moving persistent indexes (a view's selection) along with their rows."""
        self.layoutAboutToBeChanged.emit()
        position = {id(row): n for n, row in enumerate(rows)}
        old = self.persistentIndexList()
        new = [self._moved(position.get(id(self.rows[i.row()])), i.column()) for i in old]
        self.rows = rows
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _moved(self, row: int | None, column: int) -> QModelIndex:
        return QModelIndex() if row is None else self.createIndex(row, column)

    def names(self) -> list[str]:
        """Every name (filtered out or not), in sort order."""
        return [row.name for row in self.all_rows]

    def _columns(self) -> list[str]:
        if self.entity == "leader":
            return [tr("姓名"), tr("职务"), tr("篇数")]
        return [tr("项目"), tr("篇数")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """Override QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Override QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else self.count_column + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractTableModel.headerData."""
        columns = self._columns()
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(columns):
            return columns[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractTableModel.data."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        is_count = column == self.count_column
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row.articles) if is_count else convert_label(self._text(row, column), self.script)
        if role == ROLE_SORT:
            return row.articles if is_count else self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and is_count:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == ROLE_NAME:
            return row.name
        if role == ROLE_SEARCH_TEXT:
            return row.filter_text
        return None

    def _text(self, row: TagSummary, column: int) -> str:
        return row.name if column == 0 else latest_title(row)

    def _tooltip(self, row: TagSummary) -> str:
        span = " — ".join(x for x in (row.first, row.last) if x)
        lines = [row.name, span]
        lines += [f"{t.title}（{t.first or '?'} — {t.last or '?'}）" for t in row.titles]
        if row.aliases:
            lines.append(tr("别名：") + "、".join(row.aliases))
        return "\n".join(line for line in lines if line)


class TagFilterProxy(QSortFilterProxyModel):
    """Filters tags by a substring of name, titles or aliases; sorts counts numerically."""

    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterRole(ROLE_SEARCH_TEXT)
        self.setSortRole(ROLE_SORT)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(0)

    def set_text(self, text: str) -> None:
        """Show only tags containing ``text`` (empty shows all): the source model filters in one Python pass
        (a proxy filter calls ``data()`` once per row: 0.4 s per keystroke at 60,000 names)."""
        source = self.sourceModel()
        if isinstance(source, TagModel):
            source.set_filter(text)
        else:
            self.setFilterFixedString(text.strip())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Override QSortFilterProxyModel.sort: let the source model sort (fast); the proxy keeps its order."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
