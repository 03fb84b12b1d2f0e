"""The main window: issue tree | search pane over article list and reader | tag panel.

The window is the one place that holds the :class:`Library` and decides what runs where: every facade
call that can take time goes through :class:`Workers` (so the GUI thread never waits on SQLite), every
result comes back as ``(result, error)`` on the GUI thread. The lazy tree model is the exception: its
per-level GROUP BYs are small enough to run when a node opens.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (QLabel, QMainWindow, QMenu, QMessageBox, QSplitter, QTreeView,
                               QVBoxLayout, QWidget)

from gazette_reader.errors import Cancelled, DamagedLibrary, GazetteError
from gazette_reader.gui import chronicle_preview, dialogs, settings, tasks
from gazette_reader.gui.article_model import FIRST_PAGE, ROLE_ID, ROLE_ROW, ArticleListModel
from gazette_reader.gui.article_view import ArticleListView
from gazette_reader.gui.delegates import ArticleDelegate
from gazette_reader.gui.editing.article_actions import ArticleActions
from gazette_reader.gui.editing.corrections import CorrectionsDialog
from gazette_reader.gui.editing.corrector import Corrector
from gazette_reader.gui.messages import error_text
from gazette_reader.gui.reader import Marks, ReaderView
from gazette_reader.gui.search_pane import SearchPane
from gazette_reader.gui.tag_panel import ENTITY_LABELS, TagPanel
from gazette_reader.gui.tree_model import ROLE_ARTICLE_ID, ROLE_FILTERS, ROLE_KIND, IssueTreeModel
from gazette_reader.gui.widgets.exported import ExportedBox
from gazette_reader.gui.widgets.filter_chips import FilterChips
from gazette_reader.gui.widgets.lock_notice import LockNotice
from gazette_reader.gui.widgets.fonts import reading_family
from gazette_reader.gui.widgets.help_view import HelpDialog
from gazette_reader.gui.widgets.note_editor import NoteEditor
from gazette_reader.gui.widgets.theme import apply_theme
from gazette_reader.gui.window.collections import CollectionsMixin
from gazette_reader.gui.window.editing import EditingMixin, counted
from gazette_reader.gui.window.exporting import ExportingMixin
from gazette_reader.gui.window.filtering import FilteringMixin
from gazette_reader.gui.window.importing import ImportingMixin, import_filter  # noqa: F401 - import_filter: public here too
from gazette_reader.gui.window.library_menu import LibraryMenuMixin
from gazette_reader.gui.window.printing import PrintingMixin
from gazette_reader.gui.window.saved_searches import SavedSearchMixin, saved_searches
from gazette_reader.gui.window.server import ServerLibraryMixin, stored_location
from gazette_reader.gui.window.tree_menu import TreeMenuMixin
from gazette_reader.gui.workers import Workers
from gazette_reader.jobs import CancelToken
from gazette_reader.library import Library
from gazette_reader.tagging.summaries import TagSummary

TYPICAL_ISSUE_LABEL = "2020年12月 总第100期"
"""A long issue label, two levels down (publication › year › issue): the tree opens wide enough for it,
next to its count column, in either UI language."""
TREE_RESIZE_PRECISION = 100
"""Rows the tree measures for its count column's width: Qt's default (1000) made every expansion ask an
opened year's thousand issues for their counts (~300 ms of ``data()`` calls at 50,000 articles)."""
ITEM_MARGINS = 12  # the delegate's padding around an item's text, and a little air


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("MainWindow", text)


def node_path(index: QModelIndex) -> str:
    """``上街区简报 › 2020年``: a tree node's label after its ancestors'."""
    labels = []
    while index.isValid():
        labels.insert(0, str(index.siblingAtColumn(0).data()))
        index = index.parent()
    return " › ".join(labels)


TIMELINE_DELAY_MS = 250
"""The timeline of a clicked tag is asked for this long after the click: the list's page comes first (the
chart of a leader in 600,000 articles costs ~1 s of CPU at a million, which took a core from the page of
the click: 201 → 247 ms), and arrowing through the tags charts only the one settled on."""


class MainWindow(EditingMixin, FilteringMixin, TreeMenuMixin, LibraryMenuMixin, ServerLibraryMixin, PrintingMixin,
                 SavedSearchMixin, CollectionsMixin, ExportingMixin, ImportingMixin, QMainWindow):
    """The reader's one window."""

    def __init__(self, *, workers: Workers, icon: QIcon | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        self.library: Library | None = None
        self.upgrading = False
        """True while a library an older version wrote is being upgraded (see :meth:`upgrade_library`)."""
        self.queued_imports: list[str] = []
        """Files to import once the upgraded library is open (given on the command line meanwhile)."""
        self.search_token = CancelToken()
        self.query, self.sort = "", settings.value("search/sort")
        self.browsing: dict | None = None
        """The filters of the tree node listed (None in search mode): a tag click narrows the node."""
        self.browse_label = ""
        self.browse_tags: list[str] = []
        """Tag clauses (``人物:宋洁``) narrowing the node listed, in the order they were clicked."""
        self.timeline_tag: tuple[str, str] | None = None
        """``(entity, name)`` of the tag whose timeline shows: it follows a rename, goes with a hide."""
        self.charted_tag: tuple[str, str] | None = None
        """The tag the timeline's bars are of (a bar click lists it): :attr:`timeline_tag` until the chart of
        a newly clicked tag arrives."""
        self.timeline_timer = QTimer(self, singleShot=True, interval=TIMELINE_DELAY_MS)
        self.timeline_timer.timeout.connect(self._load_timeline_now)
        self.seed_empty = True
        """Whether an empty library gets the sample gazettes (not one made with File › New library)."""
        self.restoring_tree = False
        """True while :meth:`refresh_tree` reopens nodes: choosing them again is not the user's doing."""
        self.open_at_last_hit = False
        """Shift+F3 before an article's first hit: the previous article opens at its last hit."""
        self.keep_article: int | None = None
        """An article the next list shown should make current (it was open before a correction)."""
        self.help_dialog: HelpDialog | None = None
        self.last_menu: QMenu | None = None
        self.last_dialog: QWidget | None = None
        self.corrections_dialog: CorrectionsDialog | None = None
        self.last_message: QMessageBox | None = None
        self.chronicle_preview: chronicle_preview.ChroniclePreview | None = None
        self.last_report: Any = None
        self.exported_box: ExportedBox | None = None
        self.setWindowTitle(tr("地方简报阅读器"))
        if icon is not None:
            self.setWindowIcon(icon)
        self.setAcceptDrops(True)
        self._build_widgets()
        self._build_actions()
        self._connect()
        self.apply_settings()
        if not settings.restore_window_state(self, self.splitters):
            self.resize(1400, 880)
            self.main_split.setSizes([self.default_tree_width(), 900, 270])
            self.centre_split.setSizes([360, 540])

    # -- construction -------------------------------------------------------------------------------
    def default_tree_width(self) -> int:
        """The tree's width on a first run: ``TYPICAL_ISSUE_LABEL`` unclipped beside the count column."""
        tree = self.tree
        label = tree.fontMetrics().horizontalAdvance(TYPICAL_ISSUE_LABEL) + 3 * tree.indentation() + ITEM_MARGINS
        chrome = 2 * tree.frameWidth() + tree.verticalScrollBar().sizeHint().width()
        return max(230, label + tree.header().sectionSizeHint(1) + chrome)

    def _build_widgets(self) -> None:
        self.tree_model = IssueTreeModel(saved=saved_searches, parent=self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.ResizeToContents)
        self.tree.header().setResizeContentsPrecision(TREE_RESIZE_PRECISION)
        self.search = SearchPane(parent=self)
        self.search.set_sort(self.sort)
        self.articles = ArticleListModel(workers=self.workers, parent=self)
        self.list = ArticleListView(parent=self)
        self.list.setModel(self.articles)
        delegate = ArticleDelegate(self.list)
        self.list.setItemDelegate(delegate)
        for signal in (self.articles.modelReset, self.articles.dataChanged, self.articles.layoutChanged,
                       self.articles.rowsRemoved):
            signal.connect(delegate.forget)
        self.reader = ReaderView(parent=self)
        self.tags = TagPanel(parent=self)
        self.centre_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.centre_split.addWidget(self.list)
        self.note_editor = NoteEditor(parent=self)
        reader_pane = QWidget(self)
        reader_layout = QVBoxLayout(reader_pane)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.setSpacing(0)
        reader_layout.addWidget(self.reader, 1)
        reader_layout.addWidget(self.note_editor)
        self.centre_split.addWidget(reader_pane)
        centre = QWidget(self)
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        self.chips = FilterChips(parent=self)
        layout.addWidget(self.chips)
        layout.addWidget(self.centre_split, 1)
        self.main_split = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (self.tree, centre, self.tags):
            self.main_split.addWidget(widget)
        self.main_split.setStretchFactor(1, 1)
        self.setCentralWidget(self.main_split)
        self.splitters = {"main": self.main_split, "centre": self.centre_split, "tags": self.tags.splitter}
        self.corrector = Corrector(workers=self.workers, library=lambda: self.library, parent=self)
        self.counts_label = QLabel(self)
        self.selected_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.selected_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.lock_notice = LockNotice(self.statusBar())
        self.build_read_only_mark()

    def _action(self, text: str, slot: Callable[[], Any], *shortcuts: QKeySequence | str,
                icon: QIcon | None = None) -> QAction:
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if icon is not None:
            action.setIcon(icon)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        style = self.style()
        icon = style.standardIcon
        sp = style.StandardPixmap
        self.import_action = self._action(tr("导入文件…"), self.ask_import_files, QKeySequence.StandardKey.Open,
                                          icon=icon(sp.SP_DialogOpenButton))
        self.import_folder_action = self._action(tr("导入文件夹…"), self.ask_import_folder,
                                                 icon=icon(sp.SP_DirOpenIcon))
        self.export_action = self._action(tr("导出所选…"), self.ask_export, "Ctrl+E", icon=icon(sp.SP_DialogSaveButton))
        self.settings_action = self._action(tr("设置…"), self.ask_settings, "Ctrl+,")
        quit_action = self._action(tr("退出"), self.close, QKeySequence.StandardKey.Quit)
        self.find_action = self._action(tr("检索"), self.focus_search, QKeySequence.StandardKey.Find)
        self.select_all_action = self._action(tr("全选结果"), self.select_all_results, QKeySequence.StandardKey.SelectAll)
        zoom_in = self._action(tr("放大"), lambda: self.zoom(1), "Ctrl+=", "Ctrl++")
        zoom_out = self._action(tr("缩小"), lambda: self.zoom(-1), "Ctrl+-")
        next_hit = self._action(tr("下一个命中"), self.reader.next_hit, "F3")
        previous_hit = self._action(tr("上一个命中"), self.reader.previous_hit, "Shift+F3")
        self.help_action = self._action(tr("帮助"), self.show_help, "F1")
        about = self._action(tr("关于"), lambda: dialogs.show_about(self))
        self.undo_action = self._action(tr("撤销校正"), self.corrector.undo, QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.corrections_action = self._action(tr("校正记录…"), self.show_corrections)
        self.save_search_action = self._action(tr("保存检索…"), self.ask_save_search)
        self.collect_action = self._action(tr("加入专题…"), self.collect_selected, "Ctrl+D")
        self.collect_results_action = self._action(tr("全部结果加入专题…"), self.collect_all_results)
        self.collect_article_action = QAction(tr("加入专题"), self)
        self.collect_article_action.setToolTip(tr("把当前文章加入专题"))
        self.collect_article_action.triggered.connect(lambda _checked=False: self.collect_open_article())
        self.citation_action = self._action(tr("复制引文"), self.copy_citation, "Ctrl+Shift+C")
        self.citation_action.setToolTip(tr("把当前文章的 GB/T 7714 引文复制到剪贴板 (Ctrl+Shift+C)"))
        self.reader.add_bar_action(self.citation_action)
        self.article_actions = ArticleActions(corrector=self.corrector, run=self._run, parent=self,
                                              known=self.tags.known_names)
        self.correct_menu = QMenu(self)
        self.article_actions.fill_menu(self.correct_menu, lambda: (self.reader.article or {}).get("id"))
        self.correct_button = self.reader.add_bar_menu(tr("校正"), self.correct_menu)
        self.reader.add_bar_action(self.collect_article_action)  # last: the first to go under » when narrow
        self.new_library_action = self._action(tr("新建资料库…"), self.ask_new_library)
        self.open_library_action = self._action(tr("打开资料库…"), self.ask_open_library)
        self.open_server_action = self._action(tr("打开服务器资料库…"), self.ask_open_server)
        self.print_action = self._action(tr("打印…"), self.ask_print, QKeySequence.StandardKey.Print)
        self.preview_action = self._action(tr("打印预览…"), self.ask_print_preview)
        recent = QMenu(tr("最近的资料库"), self)
        self.build_recent_menu(recent)
        menus = {
            tr("文件(&F)"): [self.new_library_action, self.open_library_action, self.open_server_action,
                           recent.menuAction(), None,
                           self.import_action, self.import_folder_action, self.export_action, None,
                           self.print_action, self.preview_action, None,
                           self.settings_action, None, quit_action],
            tr("编辑(&E)"): [self.undo_action, self.corrections_action, None, self.find_action,
                           self.select_all_action, self.save_search_action, None, self.citation_action, None,
                           self.collect_action, self.collect_results_action],
            tr("查看(&V)"): [zoom_in, zoom_out, None, next_hit, previous_hit],
            tr("帮助(&H)"): [self.help_action, None, about],
        }
        for title, actions in menus.items():
            menu = self.menuBar().addMenu(title)
            for action in actions:
                menu.addSeparator() if action is None else menu.addAction(action)
        toolbar = self.addToolBar(tr("工具栏"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.import_action, self.export_action):
            toolbar.addAction(action)

    def _connect(self) -> None:
        self.tree.selectionModel().selectionChanged.connect(lambda _new, _old: self._tree_current())
        self.tree.clicked.connect(self._tree_clicked)
        self.search.query_changed.connect(self.run_query)
        self.search.select_all_requested.connect(self.select_all_results)
        self.list.selectionModel().currentChanged.connect(self._list_current)
        self.reader.filter_requested.connect(self.filter_by_tag)
        self.tags.filter_requested.connect(self.filter_by_tag)
        self.tags.timeline_requested.connect(self.load_timeline)
        self.tags.correction_requested.connect(self.correct)
        self.corrector.done.connect(self._corrected)
        self.corrector.failed.connect(lambda title, text: self.show_message(title, text, QMessageBox.Icon.Warning))
        self.corrector.undo_changed.connect(self._undo_changed)
        self.reader.past_end.connect(self.step_article)
        self.chips.removed.connect(self.remove_filter)
        self.list.copy_requested.connect(self.copy_titles)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.articles.modelReset.connect(self._show_selected)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self.list_menu)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self.tree_menu)
        self.tags.timeline.month_clicked.connect(self.show_month)
        self.note_editor.save_requested.connect(self.save_note)

    # -- library ------------------------------------------------------------------------------------
    def open_library(self, path: str | Path | None) -> bool:
        """Open (or create) the library at ``path``; a new, empty one is filled from the bundled seeds.

        A library an older version wrote is upgraded first, off the GUI thread with a progress dialog
        (re-indexing takes about a minute per 100,000 articles); the window shows it when that ends.
        Returns False when the library cannot be opened at once. A server library opens in a worker
        (:meth:`open_server_library`), which says itself when it cannot."""
        if Library.is_server_location(path):
            self.open_server_library(str(path))
            return True
        if Library.needs_upgrade(path):
            self.upgrade_library(path)
            return True
        try:
            library = Library.open(path)
        except DamagedLibrary as error:
            self.offer_recovery(path, error)
            return False
        except GazetteError as error:
            self.show_message(tr("无法打开资料库"), error_text(error), QMessageBox.Icon.Critical)
            return False
        self._show_library(library)
        return True

    def offer_recovery(self, path: str | Path | None, error: DamagedLibrary) -> None:
        """A damaged library: say so and offer to read what can be read into a new library file beside
        it (``gazette check --repair``, in a worker); the damaged file itself is never written."""
        answer = QMessageBox.question(self, tr("资料库已损坏"), error_text(error) + "\n\n"
                                      + tr("要把能读出的内容恢复到一个新的资料库文件中吗？原文件不会被改动。"))
        if answer != QMessageBox.StandardButton.Yes:
            self.show_message(tr("无法打开资料库"), error_text(error), QMessageBox.Icon.Critical)
            return
        self.statusBar().showMessage(tr("正在恢复资料库…"))

        def done(report: Any, failure: BaseException | None) -> None:
            target = report.recovered_to if failure is None else None
            if target is None:
                self.show_message(tr("无法打开资料库"), error_text(failure or error), QMessageBox.Icon.Critical)
            elif self.open_library(target):
                self.statusBar().showMessage(tr("已恢复到新文件：") + target, 15000)

        self.workers.run(lambda: Library.check(path, repair=True), done)

    def upgrade_library(self, path: str | Path | None) -> dialogs.JobProgress:
        """Open a library that needs upgrading, in a worker; Cancel leaves it as it was."""
        token = CancelToken()
        progress = dialogs.JobProgress(title=tr("升级资料库"), token=token, parent=self)
        progress.setLabelText(tr("正在升级旧版本的资料库…"))
        progress.show()
        self.upgrading = True

        def done(library: Any, error: BaseException | None) -> None:
            self.upgrading = False
            progress.close()
            progress.deleteLater()
            if isinstance(error, Cancelled):
                self.statusBar().showMessage(tr("升级已取消，资料库没有任何改变。"), 10000)
            elif error is not None:
                self.show_message(tr("无法打开资料库"), error_text(error), QMessageBox.Icon.Critical)
            else:
                self._show_library(library)

        self.workers.run(lambda progress, cancel: tasks.open_library(path, progress, cancel), done,
                         progress=progress.report, token=token)
        return progress

    def _show_library(self, library: Library, *, read_only: bool = False) -> None:
        """Show ``library`` (``read_only``: this connection may not change it, see :meth:`show_read_only`)."""
        queued, self.queued_imports = self.queued_imports, []
        self._cancel_search()  # a list job or its count still running belongs to the old library
        self.library = library
        self.show_read_only(read_only)  # also the title; the platform adds the application's (translated) name
        self.tree_model.set_library(library)
        self.articles.clear()
        self.reader.clear()
        self.note_editor.set_article(None, "")
        self.remember_library(stored_location(str(library.path)))  # a server's URL without its password
        # only a library file this window just created, never one emptied by the user or filled by another
        # program, nor a team's server database (its owner decides what goes in)
        if library.created and not library.is_server and library.is_empty() and self.seed_empty:
            self.first_run()
        else:
            self.refresh_all()
        if queued:
            self.import_paths(queued)

    def first_run(self) -> None:
        """Import the bundled sample gazettes in the background, saying so in the status bar."""
        library = self.library
        assert library is not None
        self.statusBar().showMessage(tr("首次运行：正在导入示例简报…"))

        def done(report: Any, error: BaseException | None) -> None:
            if error is not None:
                self.statusBar().showMessage(tr("示例简报导入失败：") + error_text(error))
            elif not report.outcomes:  # another program imported first: its data, not the samples
                self.statusBar().clearMessage()
            else:
                self.last_report = report
                self.statusBar().showMessage(tr("已导入示例简报：") + dialogs.import_summary_text(report).splitlines()[0],
                                             15000)
            self.refresh_all()

        self.workers.run(lambda progress, cancel: library.import_seeds(progress=progress, cancel=cancel), done,
                         progress=lambda d, t, m: self.statusBar().showMessage(tr("首次运行：正在导入示例简报… ") + m))

    def refresh_all(self) -> None:
        """Re-read everything shown from the library (after an import, a correction, a new library)."""
        self.refresh_tree()
        self._run(tasks.warm_up, lambda _result: None)
        self.load_tags()
        self._run(tasks.status, self._show_counts)
        self._run(tasks.choices, lambda result: self.search.set_choices(*result))
        if self.query:
            self.run_query(self.query, self.sort)

    def _run(self, fn: Callable[..., Any], on_result: Callable[[Any], None], *args: Any,
             current: bool = False, on_error: Callable[[], None] | None = None) -> None:
        """Run ``fn(library, *args)`` off-thread; show errors in the status bar (then ``on_error()``),
        results via ``on_result``.

        ``current``: the job is the list's current one (a node's listing, a tag narrowing): a newer search,
        node or tag click cancels it through ``search_token`` and drops its late result, so lists never
        arrive out of order."""
        library = self.library
        if library is None:
            return
        token = self.search_token if current else None

        def done(result: Any, error: BaseException | None) -> None:
            if token is not None and (token is not self.search_token or isinstance(error, Cancelled)):
                return  # superseded meanwhile
            if error is not None:
                self.statusBar().showMessage(error_text(error), 10000)
                if on_error is not None:
                    on_error()
            else:
                on_result(result)

        self.workers.run(lambda: fn(library, *args), done, token=token)

    def _show_selected(self) -> None:
        """``已选 3 篇`` in the status bar while more than one article is selected."""
        count = len(self.list.selectionModel().selectedRows())
        self.selected_label.setText(tr("已选 %1 篇").replace("%1", f"{count:,}") if count > 1 else "")

    def _show_counts(self, counts: dict[str, int]) -> None:
        self.counts_label.setText(" · ".join(counted(counts[key], *texts) for key, texts in (
            ("sources", (tr("1 份简报"), tr("%1 份简报"))), ("issues", (tr("1 期"), tr("%1 期"))),
            ("articles", (tr("1 篇文章"), tr("%1 篇文章"))))))

    # -- browsing and searching -----------------------------------------------------------------------
    def _tree_current(self) -> None:
        """Open or list the node the user chose (a click or the arrow keys select it).

        Driven by the selection, not the current index: a mouse press makes the node current *before* it
        selects it (so a click while browsing did nothing), and the view makes its first row current by
        itself, unselected, when it first gets the focus; that is no choice of the user's, and browsing on
        it would throw away a ``--search`` at start-up."""
        current = self.tree.currentIndex()
        chosen = current.isValid() and self.tree.selectionModel().isSelected(current)
        if self.restoring_tree or not chosen or self.library is None:
            return
        article_id = current.data(ROLE_ARTICLE_ID)
        if article_id is not None:
            self.open_article(article_id, Marks())
            return
        if current.data(ROLE_KIND) == "collections_root":
            return
        if current.data(ROLE_KIND) in ("saved", "saved_root"):
            query = current.data(ROLE_FILTERS).get("query")
            if query:
                self.search.set_text(query)  # a saved search: run it
            return
        self.browse(current.data(ROLE_FILTERS), label=node_path(current))

    def _tree_clicked(self, index: QModelIndex) -> None:
        """A click on the node that is already current still leaves search mode (or its tag narrowing)
        and lists all its articles; on a saved search, runs it again."""
        if index.data(ROLE_KIND) == "collections_root":
            return
        if index.data(ROLE_KIND) in ("saved", "saved_root"):
            query = index.data(ROLE_FILTERS).get("query")
            if query and query != self.query:  # the press already ran it when it chose the node
                self.search.set_text(query)
            return
        if (self.query or self.browse_tags) and index.isValid() and index.data(ROLE_ARTICLE_ID) is None:
            self.browse(index.data(ROLE_FILTERS), label=node_path(index))

    def browse(self, filters: dict, *, label: str = "") -> None:
        """List a tree node's articles (leaving search mode: the query box is cleared)."""
        library = self.library
        if library is None:
            return
        self._cancel_search()
        self.query = ""
        self.search.set_text("", run=False)
        self.search.show_total(None)
        self.browsing, self.browse_label, self.browse_tags = dict(filters), label, []

        def page(offset: int, limit: int) -> list[dict]:
            return tasks.browse_page(library, filters, offset, limit)[1]

        self._run(tasks.browse_page, lambda result: self._show_list(result[1], result[0], page), filters, 0,
                  FIRST_PAGE, current=True)

    def _cancel_search(self) -> None:
        """Cancel the running search and make sure its late result, if any, is ignored."""
        self.search_token.cancel()
        self.search_token = CancelToken()

    def run_query(self, query: str, sort: str) -> None:
        """Run a search off-thread; a newer call cancels the older one still running."""
        self._cancel_search()
        if sort != self.sort:  # QSettings writes cost ms on the GUI thread: not on every keystroke
            settings.set_value("search/sort", sort)
        self.query, self.sort = query, sort
        self.browsing, self.browse_tags = None, []
        library = self.library
        if library is None:
            return
        if not query:
            self.search.show_total(None)
            self.list.setEnabled(True)
            self.articles.clear()
            self._show_chips()
            return
        token = self.search_token = CancelToken()
        self.search.show_total(None, loading=True)

        def page(offset: int, limit: int) -> list[dict]:
            return tasks.search_page(library, query, sort, offset, limit, token, count=False)[1]

        def done(result: Any, error: BaseException | None) -> None:
            if token is not self.search_token:
                return  # superseded by a newer keystroke
            if isinstance(error, Cancelled):
                return
            if error is not None:
                self._show_query_error(error)
                return
            total, rows = result
            self.search.show_total(total, counting=total is None)
            self._show_list(rows, total, page, empty=tr("没有找到与“%1”匹配的文章。").replace("%1", query))
            if total is None:
                self._count_after(lambda: tasks.search_total(library, query, token), token, self.search.show_total)

        self.workers.run(lambda: tasks.search_page(library, query, sort, 0, FIRST_PAGE, token, count=False), done,
                         token=token)

    def _count_after(self, count: Callable[[], int], token: CancelToken, shown: Callable[[int], None]) -> None:
        """Count the list just shown in a worker, then ``shown(total)``: its first page came first (a
        common term's count at a million articles costs more than its page). A newer search or click
        cancels it with the list's ``token``."""
        def done(total: int | None, error: BaseException | None) -> None:
            if token is not self.search_token or isinstance(error, Cancelled):
                return
            if error is not None or total is None:
                self.search.show_status(tr("无法统计篇数"))
                return
            self.articles.set_total(total)
            shown(total)

        self.workers.run(count, done, token=token)

    def _show_query_error(self, error: BaseException) -> None:
        """Explain a query that cannot run; the previous results stay, greyed out, until a query runs."""
        stale = self.articles.rowCount() > 0
        self.search.show_error(error_text(error), stale=stale, stale_total=self.articles.total if stale else None)
        self.list.setEnabled(not stale)

    def _show_list(self, rows: list[dict], total: int | None, page: Callable[[int, int], list[dict]], *,
                   empty: str = "") -> None:
        """Show a new list and open its first article (or the one kept across a correction, see
        ``keep_article``); an empty list empties the reader, saying ``empty``."""
        self.list.setEnabled(True)
        self.articles.show(rows, total, page)
        self._show_chips()
        keep, self.keep_article = self.keep_article, None
        if rows:
            row = self.articles.row_of(keep) if keep is not None else -1
            self.list.setCurrentIndex(self.articles.index(max(row, 0), 0))
        elif keep is not None:
            self.open_article(keep, Marks())
        else:
            self.reader.clear(empty)
            self.note_editor.set_article(None, "")

    def _list_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = current.data(ROLE_ROW) or {}
        marks = Marks(title=row.get("title_highlights") or (), body=row.get("body_highlights") or ())
        last_hit, self.open_at_last_hit = self.open_at_last_hit, False
        self.open_article(current.data(ROLE_ID), marks, last_hit=last_hit)

    def open_article(self, article_id: int, marks: Marks, *, last_hit: bool = False) -> None:
        """Load one article off-thread and show it with ``marks`` and the spellings of the tags the list
        is filtered by marked too; ``last_hit``: at its last hit (Shift+F3 from the next article)."""
        marks = Marks(marks.title, marks.body, tags=self.filter_tags())

        def shown(article: dict) -> None:
            self.reader.show_article(article, marks)
            self.note_editor.set_article(article["id"], article.get("note") or "")
            if last_hit:
                self.reader.go_to_last_hit()

        self._run(tasks.reader_article, shown, article_id)

    def _browse_tagged(self) -> None:
        """List the node's articles matching every clicked tag, the node narrowing the search in a worker
        (the query language cannot name a publication or an issue), paged as the list scrolls."""
        library, filters, query = self.library, dict(self.browsing or {}), " ".join(self.browse_tags)
        if library is None:
            return
        self._cancel_search()

        label, token = self.browse_label, self.search_token

        def status(total: int | None) -> None:
            number = tr("计数中…") if total is None else tr("共 %1 篇").replace("%1", f"{total:,}")
            self.search.show_status(tr("“%1”中带 %2 的文章：%3").replace("%1", label).replace("%2", query)
                                    .replace("%3", number))

        def shown(result: tuple[int | None, list[dict], Callable[[int, int], list[dict]]]) -> None:
            total, rows, page = result
            status(total)
            self._show_list(rows, total, page, empty=tr("没有找到与“%1”匹配的文章。").replace("%1", query))
            if total is None:  # both backends count a node's page today; the contract allows them not to
                self._count_after(lambda: tasks.search_total(library, query, token, filters), token, status)

        self._run(tasks.node_matching, shown, filters, query, FIRST_PAGE, token, current=True)

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the query box."""
        self.search.box.setFocus()
        self.search.box.selectAll()

    def select_all_results(self) -> None:
        """Load every row of the current list, then select them all."""
        self.articles.load_all(self.list.selectAll)

    def selected_ids(self) -> list[int]:
        """Ids of the selected articles in list order."""
        rows = sorted(index.row() for index in self.list.selectionModel().selectedRows())
        return [self.articles.rows[row]["id"] for row in rows]

    # -- tags ---------------------------------------------------------------------------------------
    def load_tags(self, then: Callable[[dict[str, set[str]]], None] | None = None) -> None:
        """(Re)load the leaders and projects lists; ``then({"leader": names, "project": names})``.

        The lists say they are loading meanwhile: at a million articles that takes ~20 s."""
        def shown(result: tuple[list[TagSummary], list[TagSummary]]) -> None:
            self.tags.set_tags(*result)
            if then is not None:
                then({"leader": {r.name for r in result[0]}, "project": {r.name for r in result[1]}})

        self.tags.set_loading(True)
        self._run(tasks.tags, shown, on_error=lambda: self.tags.set_loading(False))

    def load_timeline(self, entity: str, name: str) -> None:
        """Show the per-month chart of a tag, :data:`TIMELINE_DELAY_MS` later (see there)."""
        self.timeline_tag = (entity, name)
        self.timeline_timer.start()

    def _load_timeline_now(self) -> None:
        """The timer's end: chart the tag settled on, dropping the chart if another was asked for since."""
        tag = self.timeline_tag
        if tag is None:
            return
        label = tr("%1：%2").replace("%1", tr(ENTITY_LABELS[tag[0]])).replace("%2", tag[1])

        def shown(result: tuple[dict[str, int], int]) -> None:
            if self.timeline_tag == tag:  # not another tag's, asked for since
                self.charted_tag = tag
                self.tags.timeline.set_data(label, *result)

        self._run(tasks.timeline, shown, *tag)

    # -- settings, messages, lifecycle --------------------------------------------------------------
    def ask_settings(self) -> dialogs.SettingsDialog:
        """Open the settings dialog; apply its choices when accepted."""
        dialog = dialogs.SettingsDialog(parent=self, open_library=self.library.path if self.library else None)
        before = settings.value("library/path")
        dialog.accepted.connect(lambda: self._settings_accepted(before))
        dialog.open()
        return dialog

    def _settings_accepted(self, library_before: str) -> None:
        self.apply_settings()
        if settings.value("library/path") != library_before:
            self.open_library(settings.value("library/path") or None)

    def apply_settings(self) -> None:
        """Apply the theme, the reader font and the display script from the settings."""
        apply_theme(settings.value("ui/theme"))
        script = settings.value("reader/script")
        self.reader.script = script
        for model in (self.articles, self.tree_model, self.tags.leaders.model, self.tags.projects.model):
            model.set_script(script)
        self.reader.set_font(reading_family(settings.value("reader/font_family")), settings.value("reader/font_size"))

    def zoom(self, steps: int) -> None:
        """Ctrl+= / Ctrl+-: change the reader's font size and remember it."""
        self.reader.zoom(steps)
        settings.set_value("reader/font_size", self.reader.font_size)

    def show_message(self, title: str, text: str, icon: QMessageBox.Icon) -> QMessageBox:
        """A non-blocking message box (kept in ``last_message`` so tests can read it)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.last_message = box
        box.open()
        return box

    def is_busy(self) -> bool:
        """True while a worker runs or a typed search waits for its debounce."""
        return not self.workers.is_idle() or self.search.is_pending()

    def select_first_row(self) -> None:
        """Make the first listed article current (``--screenshot``)."""
        if self.articles.rowCount():
            index = self.articles.index(0, 0)
            self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget.closeEvent: save geometry and splitters, stop a running search."""
        self.search_token.cancel()
        settings.save_window_state(self, self.splitters)
        super().closeEvent(event)
