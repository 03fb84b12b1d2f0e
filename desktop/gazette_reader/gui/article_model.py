"""The centre article list: a flat model over either a tree node's articles or a search's hits.

Both sources look alike to the model: a known total, a first page already fetched off the GUI thread, and
a ``fetch_page(offset, limit)`` function for the rest. ``fetchMore`` runs that function on a worker and
appends the rows when they arrive; a generation number drops pages that belong to a list the user has
already replaced (a newer search). :class:`ArticleFilterProxy` narrows the list to checked ids without
another query.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (QAbstractListModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt)

from gazette_reader.gui.script import DisplayScript, convert, convert_label
from gazette_reader.gui.workers import Workers
from gazette_reader.search.plan import PAGE_MAX

PAGE = 200
FIRST_PAGE = 50
"""Rows fetched with a list's total. Small on purpose: a screen shows about ten rows, and every row of the
first page costs a snippet in the worker and a rich-text layout on the GUI thread before anything paints
(200 rows took ~60 ms of GUI time per keystroke); scrolling fetches the rest ``PAGE`` rows at a time."""
ROLE_ID = Qt.ItemDataRole.UserRole + 1
ROLE_ROW = Qt.ItemDataRole.UserRole + 2

FetchPage = Callable[[int, int], list[dict]]
ALL_ROWS = PAGE_MAX
"""The page size that asks for every remaining row of a list whose total is not counted yet."""
Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("ArticleList", text)


def day_label(row: dict) -> str:
    """The article's date; without a year, its month and day (``9月15日``) rather than the issue's bare
    ``9月``; '' when neither is known."""
    if row.get("date"):
        return str(row["date"])
    month, _, day = str(row.get("month_day") or "").partition("-")
    if month.isdigit() and day.isdigit():
        return tr("%1月%2日").replace("%1", str(int(month))).replace("%2", str(int(day)))
    return ""


def meta_line(row: dict) -> str:
    """``2020-04-12 · 2020年4月 总第93期 · 重要会议`` (whatever of date, issue, section is known), and
    ``OCR 识别`` for text read from a scan (it may hold recognition errors)."""
    parts = [day_label(row), row.get("issue_title") or row.get("place"), row.get("section"),
             tr("OCR 识别") if row.get("ocr") else None]
    return " · ".join(str(p) for p in parts if p)


class ArticleListModel(DisplayScript, QAbstractListModel):
    """Article rows (dicts: id, title, date, issue_title, section, and for hits snippet + highlights)."""

    def __init__(self, *, workers: Workers, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        self.rows: list[dict] = []
        self.total: int | None = 0
        """The exact number of rows of the list; None until counted (a search's page comes first)."""
        self._fetch_page: FetchPage | None = None
        self._pending = False
        self._generation = 0

    def show(self, rows: list[dict], total: int | None, fetch_page: FetchPage | None) -> None:
        """Replace the list: the first page, the exact total (None: not counted yet, see
        :meth:`set_total`; pages are fetched until one comes back short), and how to get the others."""
        self.beginResetModel()
        self._generation += 1
        self.rows = list(rows)
        self.total = None if total is None else max(total, len(self.rows))
        self._fetch_page = fetch_page
        self._pending = False
        self.endResetModel()

    def clear(self) -> None:
        """Show nothing (no node selected, no query)."""
        self.show([], 0, None)

    def set_total(self, total: int) -> None:
        """The exact total of the list shown, counted after its first page."""
        self.total = max(total, len(self.rows))

    def is_complete(self) -> bool:
        """True once every row of the total is loaded."""
        return self.total is not None and len(self.rows) >= self.total

    def load_all(self, on_done: Callable[[], None]) -> None:
        """Fetch every remaining row in one worker call (for "select all results"), then ``on_done()``."""
        if self.is_complete() or self._fetch_page is None:
            on_done()
            return
        rest = ALL_ROWS if self.total is None else self.total - len(self.rows)
        self._request(len(self.rows), rest, on_done)

    def ids(self) -> list[int]:
        """Ids of the loaded rows, in list order."""
        return [row["id"] for row in self.rows]

    def row_of(self, article_id: int) -> int:
        """The row showing ``article_id`` (-1 when it is not loaded)."""
        return next((n for n, row in enumerate(self.rows) if row["id"] == article_id), -1)

    # -- Qt model interface -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """Override QAbstractListModel.rowCount."""
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractListModel.data."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return convert_label(row.get("title") or "", self.script) or tr("（无标题）")
        if role == Qt.ItemDataRole.ToolTipRole:
            return convert("\n".join(x for x in (row.get("title"), row.get("subtitle"), meta_line(row)) if x),
                           self.script)
        if role == ROLE_ID:
            return row["id"]
        if role == ROLE_ROW:
            return row
        return None

    def canFetchMore(self, parent: Index) -> bool:
        """Override QAbstractListModel.canFetchMore."""
        return (not parent.isValid() and self._fetch_page is not None and not self._pending
                and not self.is_complete())

    def fetchMore(self, parent: Index) -> None:
        """Override QAbstractListModel.fetchMore: ask a worker for the next page."""
        if self.canFetchMore(parent):
            self._request(len(self.rows), PAGE, None)

    # -- paging -------------------------------------------------------------------------------------
    def _request(self, offset: int, limit: int, then: Callable[[], None] | None) -> None:
        """Fetch ``limit`` rows from ``offset`` in a worker and append those not loaded meanwhile: a
        "select all" asked while a scrolled-to page was on its way starts at the same offset, and either
        may come back first."""
        fetch, generation = self._fetch_page, self._generation
        assert fetch is not None
        self._pending = True

        def done(rows: list[dict] | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return  # a newer list replaced this one meanwhile
            self._pending = False
            fresh = (rows or [])[max(0, len(self.rows) - offset):]
            if error is None and fresh:
                self._append(fresh)
            if error is None and (not rows or (self.total is None and len(rows) < limit)):
                self.total = len(self.rows)  # the end (not counted yet, or the library shrank under us)
            if then is not None:
                then()

        self.workers.run(lambda: fetch(offset, limit), done)

    def _append(self, rows: Iterable[dict]) -> None:
        rows = list(rows)
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()
