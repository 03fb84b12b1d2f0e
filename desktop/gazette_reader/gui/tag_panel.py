"""The right-hand tag panel: leaders and projects with filter boxes, a context menu, and a timeline.

The panel only talks in signals: a click asks the window to filter by a tag, the context menu asks for a
correction (the window runs it off-thread through the facade and reloads), selecting a row asks for its
timeline. That keeps all library access in one place, the main window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QInputDialog, QLineEdit, QMenu, QMessageBox,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from gazette_reader.gui.editing.tag_merge import MergeDialog
from gazette_reader.gui.tag_model import ROLE_NAME, TagFilterProxy, TagModel
from gazette_reader.gui.timeline import TimelineWidget
from gazette_reader.tagging.summaries import TagSummary, by_count

ENTITY_LABELS = {"leader": "人物", "project": "项目"}
RESIZE_PRECISION = 100
"""Rows measured for the count column's width (Qt's default, 1000, costs ~40 ms per reload or filter
keystroke in Python ``data()`` calls; sorted by count, the widest numbers are at the top anyway)."""


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("TagPanel", text)


class TagList(QWidget):
    """A filter box over a sortable table of one tag kind."""

    def __init__(self, *, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = entity
        self.model = TagModel(entity=entity, parent=self)
        self.proxy = TagFilterProxy(parent=self)
        self.proxy.setSourceModel(self.model)
        self.filter_box = QLineEdit(self)
        self.filter_box.setClearButtonEnabled(True)
        self.set_loading(False)
        self.filter_box.textChanged.connect(self.proxy.set_text)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self._setup_view()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.view)

    def _setup_view(self) -> None:
        view = self.view
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSortingEnabled(True)
        view.sortByColumn(self.model.columnCount() - 1, Qt.SortOrder.DescendingOrder)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
        view.setWordWrap(False)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.model.columnCount() - 1, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(RESIZE_PRECISION)

    def set_loading(self, loading: bool) -> None:
        """Say in the empty filter box that the list is (re)loading, or what the box filters."""
        if loading:
            text = tr("正在载入人物…") if self.entity == "leader" else tr("正在载入项目…")
        else:
            text = tr("筛选人物…") if self.entity == "leader" else tr("筛选项目…")
        self.filter_box.setPlaceholderText(text)

    def name_at(self, index: QModelIndex) -> str | None:
        """The tag name of a (proxy) index."""
        return index.data(ROLE_NAME) if index.isValid() else None


class TagPanel(QWidget):
    """Leaders above projects above the timeline."""

    filter_requested = Signal(str, str, bool)  # entity, name, add (a Ctrl+click: add to the filters)
    correction_requested = Signal(str, str, str, object)  # action, entity, target, value
    timeline_requested = Signal(str, str)  # entity, name

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.click_modifiers = Qt.KeyboardModifier.NoModifier
        self.loading = False
        """True from a (re)load's start until its rows are shown (or it failed)."""
        self.editable = True
        """False while the library is read-only: the menu's rename, merge and hide show greyed out."""
        self.leaders = TagList(entity="leader", parent=self)
        self.projects = TagList(entity="project", parent=self)
        self.timeline = TimelineWidget(parent=self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.leaders)
        self.splitter.addWidget(self.projects)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.timeline)
        for tag_list in (self.leaders, self.projects):
            self._wire(tag_list)

    def _wire(self, tag_list: TagList) -> None:
        view = tag_list.view
        view.viewport().installEventFilter(self)
        view.clicked.connect(lambda index: self._clicked(tag_list, index))
        view.selectionModel().currentRowChanged.connect(lambda index, _old: self._current(tag_list, index))
        view.customContextMenuRequested.connect(lambda pos: self._menu(tag_list, pos))

    def set_tags(self, leaders: list[TagSummary], projects: list[TagSummary]) -> None:
        """Fill both lists (after loading, an import, or a correction)."""
        self.leaders.model.set_rows(leaders)
        self.projects.model.set_rows(projects)
        self.set_loading(False)

    def set_loading(self, loading: bool) -> None:
        """Show (or stop showing) that both lists are being loaded."""
        self.loading = loading
        for tag_list in (self.leaders, self.projects):
            tag_list.set_loading(loading)

    def known_names(self) -> tuple[list[str], list[str]]:
        """Leader and project names, most tagged first, as the lists hold them; none while they (re)load
        (they may be a correction or an import behind)."""
        if self.loading:
            return [], []
        return tuple([row.name for row in by_count(tag_list.model.all_rows)]  # type: ignore[return-value]
                     for tag_list in (self.leaders, self.projects))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: note the modifiers of the release that makes a click (the view's
        ``clicked`` signal does not carry them)."""
        if event.type() == QEvent.Type.MouseButtonRelease:
            self.click_modifiers = event.modifiers()  # type: ignore[attr-defined]
        return False

    def _clicked(self, tag_list: TagList, index: QModelIndex) -> None:
        name = tag_list.name_at(index)
        if name:
            add = bool(self.click_modifiers & Qt.KeyboardModifier.ControlModifier)
            self.filter_requested.emit(tag_list.entity, name, add)

    def _current(self, tag_list: TagList, index: QModelIndex) -> None:
        name = tag_list.name_at(index)
        if name:
            self.timeline_requested.emit(tag_list.entity, name)

    def _menu(self, tag_list: TagList, pos: QPoint) -> None:
        name = tag_list.name_at(tag_list.view.indexAt(pos))
        if not name:
            return
        menu = QMenu(self)
        menu.addAction(tr("按此筛选"), lambda: self.filter_requested.emit(tag_list.entity, name, False))
        menu.addAction(tr("添加到筛选条件"), lambda: self.filter_requested.emit(tag_list.entity, name, True))
        menu.addSeparator()
        for action in (menu.addAction(tr("重命名…"), lambda: self.ask_rename(tag_list, name)),
                       menu.addAction(tr("合并到…"), lambda: self.ask_merge(tag_list, name)),
                       menu.addAction(tr("隐藏"), lambda: self.ask_hide(tag_list, name))):
            action.setEnabled(self.editable)
        menu.exec(tag_list.view.viewport().mapToGlobal(pos))

    def ask_rename(self, tag_list: TagList, name: str) -> None:
        """Ask for a new name and request the rename correction."""
        new, ok = QInputDialog.getText(self, tr("重命名"), tr("“%1”的新名称：").replace("%1", name), text=name)
        if ok and new.strip() and new.strip() != name:
            self.correction_requested.emit("rename", tag_list.entity, name, new.strip())

    def ask_merge(self, tag_list: TagList, name: str) -> MergeDialog | None:
        """Ask which other tag ``name`` is the same as (nothing preselected, the effect spelt out), and
        request the merge correction when the user picks one and confirms."""
        others = [n for n in tag_list.model.names() if n != name]
        if not others:
            return None
        what = QCoreApplication.translate("MainWindow", ENTITY_LABELS[tag_list.entity])
        dialog = MergeDialog(name=name, others=others, what=what, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.correction_requested.emit("merge", tag_list.entity, name, dialog.target()))
        dialog.open()
        return dialog

    def ask_hide(self, tag_list: TagList, name: str) -> None:
        """Confirm and request hiding ``name`` (a false positive of the tagger)."""
        answer = QMessageBox.question(self, tr("隐藏"), tr("隐藏“%1”？它将不再出现在标签和筛选中。").replace("%1", name))
        if answer == QMessageBox.StandardButton.Yes:
            self.correction_requested.emit("hide", tag_list.entity, name, None)
