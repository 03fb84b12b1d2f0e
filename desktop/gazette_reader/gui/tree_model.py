"""The issue tree: publication → year → issue → section → article, filled only as the user opens it.

A plain :class:`Node` class holds the data (its row is stored on it, not found with ``list.index``); the
thin :class:`IssueTreeModel` maps nodes to indexes. Children are fetched lazily through
``canFetchMore``/``fetchMore`` in batches, so a library of a million articles opens after one query
for the publications. The tree queries are small GROUP BYs over indexed columns, cheap enough for the
GUI thread; article bodies are never loaded here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from gazette_reader.gui.script import DisplayScript, convert_label

ARTICLE_BATCH = 200
ISSUE_BATCH = 200
ROLE_FILTERS = Qt.ItemDataRole.UserRole + 1
ROLE_ARTICLE_ID = Qt.ItemDataRole.UserRole + 2
ROLE_KIND = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("IssueTree", text)


class Node:
    """One tree entry: what it is, its label and count, and the filters its articles are listed by."""

    def __init__(self, kind: str, label: str, *, count: int | None = None, filters: dict | None = None,
                 article_id: int | None = None, parent: Node | None = None, row: int = 0) -> None:
        self.kind = kind  # root | publication | year | issue | section | article | collections_root |
        # collection (lists its articles like an issue) | saved_root | saved
        self.label = label
        self.count = count
        self.filters = filters or {}
        self.article_id = article_id
        self.parent = parent
        self.row = row
        self.children: list[Node] = []
        self.complete = kind in ("article", "saved")  # all children fetched?

    def add(self, child: Node) -> None:
        """Append a child, recording its row."""
        child.parent, child.row = self, len(self.children)
        self.children.append(child)


class IssueTreeModel(DisplayScript, QAbstractItemModel):
    """The lazily populated issue tree over ``Library.tree_*`` and ``Library.headers``."""

    def __init__(self, *, library: Any = None, saved: Callable[[], list[tuple[str, str]]] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.saved = saved or (lambda: [])
        """``(name, query)`` of the saved searches, shown under a last top-level node when there are any."""
        self.root = Node("root", "")

    def set_library(self, library: Any) -> None:
        """Show another library (or refresh after an import): drop every node, fetch again lazily."""
        self.beginResetModel()
        self.library = library
        self.root = Node("root", "")
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read the library (after an import or a correction); nodes refill as they are opened."""
        self.set_library(self.library)

    # -- Qt model interface -------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        """Override QAbstractItemModel.index."""
        node = self.node(parent)
        if not self.hasIndex(row, column, parent) or row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        """Override QAbstractItemModel.parent."""
        if not index.isValid():
            return QModelIndex()
        up = self.node(index).parent
        if up is None or up is self.root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """Override QAbstractItemModel.rowCount."""
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Override QAbstractItemModel.columnCount."""
        return 2

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        """Override QAbstractItemModel.hasChildren: every level but articles may have children."""
        if parent.isValid() and parent.column() != 0:
            return False
        node = self.node(parent)
        return bool(node.children) or not node.complete

    def canFetchMore(self, parent: Index) -> bool:
        """Override QAbstractItemModel.canFetchMore."""
        if parent.isValid() and parent.column() != 0:
            return False
        return self.library is not None and not self.node(parent).complete

    def fetchMore(self, parent: Index) -> None:
        """Override QAbstractItemModel.fetchMore: load the next batch of children."""
        if not self.canFetchMore(parent):
            return
        node = self.node(parent)
        batch, complete = self._load(node)
        node.complete = complete
        if batch:
            first = len(node.children)
            self.beginInsertRows(parent, first, first + len(batch) - 1)
            for child in batch:
                node.add(child)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.data."""
        if not index.isValid():
            return None
        node = self.node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return convert_label(node.label, self.script)
            return None if node.count is None else str(node.count)
        if role == Qt.ItemDataRole.ToolTipRole:
            return convert_label(node.label, self.script)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self._user_data(node, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.headerData."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section in (0, 1):
            return (tr("简报"), tr("篇数"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel.flags."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- paths ---------------------------------------------------------------------------------------
    def path_of(self, index: Index) -> tuple[str, ...]:
        """The labels from the top level down to ``index`` (what survives a refresh, unlike an index)."""
        labels: list[str] = []
        node = self.node(index) if index.isValid() else None
        while node is not None and node is not self.root:
            labels.insert(0, node.label)
            node = node.parent
        return tuple(labels)

    def find_path(self, labels: tuple[str, ...]) -> QModelIndex:
        """The node at ``labels`` (see :meth:`path_of`), fetching levels as needed; invalid when gone."""
        index = QModelIndex()
        for label in labels:
            index = self._child_labelled(index, label)
            if not index.isValid():
                break
        return index

    def _child_labelled(self, parent: QModelIndex, label: str) -> QModelIndex:
        node = self.node(parent)
        checked = 0
        while True:
            for child in node.children[checked:]:
                if child.label == label:
                    return self.createIndex(child.row, 0, child)
            checked = len(node.children)
            if not self.canFetchMore(parent):
                return QModelIndex()
            self.fetchMore(parent)

    def loaded_indexes(self, parent: QModelIndex = QModelIndex()) -> list[QModelIndex]:
        """Every node already fetched below ``parent`` that has fetched children of its own."""
        out = []
        for child in self.node(parent).children:
            if child.children:
                index = self.createIndex(child.row, 0, child)
                out += [index, *self.loaded_indexes(index)]
        return out

    # -- helpers ------------------------------------------------------------------------------------
    def node(self, index: Index) -> Node:
        """The node behind an index (the root for an invalid one)."""
        return index.internalPointer() if index.isValid() else self.root

    @staticmethod
    def _user_data(node: Node, role: int) -> Any:
        if role == ROLE_FILTERS:
            return dict(node.filters)
        if role == ROLE_ARTICLE_ID:
            return node.article_id
        if role == ROLE_KIND:
            return node.kind
        return None

    def _load(self, node: Node) -> tuple[list[Node], bool]:
        """The next children of ``node`` and whether that completes it."""
        loaders = {"root": self._top, "publication": self._years, "saved_root": self._saved,
                   "collections_root": self._collections}
        if node.kind in loaders:
            return loaders[node.kind](node), True
        if node.kind == "year":
            return self._issues(node)
        if node.kind == "issue":
            return self._sections(node)
        return self._articles(node)

    def _top(self, node: Node) -> list[Node]:
        """The publications, then 专题 if there is a collection, then 已存检索 if any search was saved."""
        collections = self.library.collections()
        extra = [Node("collections_root", tr("专题"), count=len(collections))] if collections else []
        saved = self.saved()
        extra += [Node("saved_root", tr("已存检索"), count=len(saved))] if saved else []
        return self._publications(node) + extra

    def _collections(self, node: Node) -> list[Node]:
        """One node per collection; its children are its articles, in the order they were added."""
        return [Node("collection", c["name"], count=c["articles"], filters={"collection": c["name"]})
                for c in self.library.collections()]

    def _saved(self, node: Node) -> list[Node]:
        return [Node("saved", name, filters={"query": query, "name": name}) for name, query in self.saved()]

    def _publications(self, node: Node) -> list[Node]:
        return [Node("publication", p["name"], count=p["articles"], filters={"publication_id": p["id"]})
                for p in self.library.tree_publications()]

    def _years(self, node: Node) -> list[Node]:
        pub = node.filters["publication_id"]
        return [Node("year", year_label(y["year"]), count=y["articles"],
                     filters={"publication_id": pub, "year": y["year"], "all_years": False})
                for y in self.library.tree_years(pub)]

    def _issues(self, node: Node) -> tuple[list[Node], bool]:
        """The next ``ISSUE_BATCH`` issues of a year: a daily paper's unknown-year node holds thousands, and
        every row the view holds costs it layout and ``data()`` calls on the GUI thread."""
        rows = self.library.tree_issues(node.filters["publication_id"], node.filters["year"], limit=ISSUE_BATCH,
                                        offset=len(node.children))
        batch = [Node("issue", _issue_label(i), count=i["articles"], filters={"issue_id": i["id"]}) for i in rows]
        return batch, len(rows) < ISSUE_BATCH

    def _sections(self, node: Node) -> tuple[list[Node], bool]:
        issue_id = node.filters["issue_id"]
        rows = self.library.tree_sections(issue_id)
        if len(rows) == 1 and rows[0]["section"] is None:
            node.kind = "issue_flat"  # an issue without sections lists its articles directly
            return self._articles(node)
        return [Node("section", s["section"] or tr("（无栏目）"), count=s["articles"],
                     filters={"issue_id": issue_id, "section": s["section"]}) for s in rows], True

    def _articles(self, node: Node) -> tuple[list[Node], bool]:
        offset = len(node.children)
        rows = self.library.headers(**node.filters, limit=ARTICLE_BATCH, offset=offset)
        batch = [Node("article", r["title"] or tr("（无标题）"), article_id=r["id"],
                      filters=dict(node.filters)) for r in rows]
        return batch, len(rows) < ARTICLE_BATCH


def year_label(year: int | None) -> str:
    """``2020年`` (``2020`` in English), or 年份不详 for issues whose year is unknown."""
    return tr("%1年").replace("%1", str(year)) if year is not None else tr("年份不详")


def _issue_label(issue: dict) -> str:
    """``2020年4月 总第93期`` from the stored title, or built from year/month/number when missing."""
    if issue.get("title"):
        return str(issue["title"])
    parts = []
    if issue.get("year"):
        parts.append(f"{issue['year']}年" + (f"{issue['month']}月" if issue.get("month") else ""))
    if issue.get("number"):
        parts.append(f"总第{issue['number']}期")
    return " ".join(parts) or str(issue.get("source") or issue["id"])
