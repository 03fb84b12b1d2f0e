"""The window's corrections: tag corrections from the panel, undo, the corrections manager, the list's
context menu, and copying titles and citations. A mixin of the main window (see the package docs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from gazette_reader.gui.article_model import ROLE_ID
from gazette_reader.gui.editing.corrections import CorrectionsDialog
from gazette_reader.gui.editing.corrector import Done


def tr(text: str) -> str:
    """Translate in the main window's context (these are its strings)."""
    return QCoreApplication.translate("MainWindow", text)


def counted(number: int, one: str, many: str) -> str:
    """``many`` with the number in it, or ``one`` for 1: Chinese needs no plural, English does, so the
    singular is a source string of its own (``1 篇文章`` → "1 article")."""
    return one if number == 1 else many.replace("%1", f"{number:,}")


class EditingMixin:
    """Corrections and the clipboard, for :class:`~gazette_reader.gui.main_window.MainWindow`."""

    def correct(self, action: str, entity: str, target: str, value: str | None) -> None:
        """Apply a tag correction off-thread (the panel's menu), then reload what shows it."""
        self.corrector.tag(action, entity, target, value)

    def _corrected(self, done: Done) -> None:
        """A correction (or an undo) went through: reload tags, timeline, tree, list and reader."""
        texts = {"tag": tr("标签已修改（Ctrl+Z 撤销）。"), "split": tr("文章已校正（Ctrl+Z 撤销）。"),
                 "revert": tr("校正已撤销。")}
        self.statusBar().showMessage(texts[done.kind], 8000)
        follow = self.timeline_tag
        if follow is not None and done.kind == "tag" and follow == (done.entity, done.target):
            follow = (done.entity, done.value) if done.action in ("rename", "merge") and done.value else None
        self.load_tags(lambda names: self._follow_timeline(follow, names))
        if done.kind != "tag":
            self.refresh_tree()
        keep = done.article_id or (self.reader.article or {}).get("id")
        self.reload_list(keep)
        if self.corrections_dialog is not None and self.corrections_dialog.isVisible():
            self._run(lambda library: library.corrections(), self.corrections_dialog.set_entries)

    def _follow_timeline(self, tag: tuple[str, str] | None, names: dict[str, set[str]]) -> None:
        """Show the timeline of ``tag`` if it still exists (a renamed tag: under its new name), else none."""
        if tag is not None and tag[1] in names.get(tag[0], set()):
            self.load_timeline(*tag)
        else:
            self.timeline_tag = self.charted_tag = None
            self.tags.timeline.set_data("", {}, 0)

    def _undo_changed(self, text: str) -> None:
        self.undo_action.setEnabled(bool(text) and not self.read_only)
        self.undo_action.setText(tr("撤销：%1").replace("%1", text) if text else tr("撤销校正"))

    def show_corrections(self) -> CorrectionsDialog:
        """Edit › Corrections: every correction, newest first, each revertible (non-modal, reused)."""
        if self.corrections_dialog is None:
            self.corrections_dialog = CorrectionsDialog(parent=self)
            self.corrections_dialog.revert_requested.connect(self.corrector.revert)
        self.corrections_dialog.show()
        self._run(lambda library: library.corrections(), self.corrections_dialog.set_entries)
        return self.corrections_dialog

    def list_menu(self, pos: QPoint) -> QMenu | None:
        """The list's context menu: copy titles or citations, export, and the corrections of the row
        under the pointer. Returns the menu (shown with ``popup``, so the event loop keeps running)."""
        index = self.list.indexAt(pos)
        if not index.isValid():
            return None
        if not self.list.selectionModel().isSelected(index):
            self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        article_id = index.data(ROLE_ID)
        menu = QMenu(self)
        menu.addAction(tr("复制标题"), self.copy_titles)
        menu.addAction(self.citation_action)
        menu.addAction(self.export_action)
        menu.addSeparator()
        menu.addAction(self.collect_action)
        if self.query:
            menu.addAction(self.collect_results_action)
        collection = self.listed_collection()
        if collection:
            self.editing(menu.addAction(tr("从专题“%1”移除").replace("%1", collection),
                                        lambda: self.uncollect(collection, self.selected_ids())))
        menu.addSeparator()
        self.article_actions.fill_menu(menu, lambda: article_id)
        menu.popup(self.list.viewport().mapToGlobal(pos))
        self.last_menu = menu
        return menu

    def copy_citation(self) -> None:
        """Copy the GB/T 7714-2015 references of the articles selected in the list (several: one a
        line), else of the open article, to the clipboard (computed off-thread)."""
        ids = self.selected_ids()
        if len(ids) < 2:
            article = self.reader.article
            if article is None:
                self.statusBar().showMessage(tr("请先打开一篇文章。"), 5000)
                return
            ids = [article["id"]]
        self._run(lambda library: "\n".join(library.citation(i) for i in ids), self._citation_ready)

    def _citation_ready(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        lines = text.count("\n") + 1
        self.statusBar().showMessage(tr("已复制引文：") + text if lines == 1 else
                                     tr("已复制 %1 条引文。").replace("%1", str(lines)), 10000)

    def copy_titles(self) -> None:
        """Ctrl+C in the list: the titles of every selected article, one a line, in list order."""
        rows = sorted(index.row() for index in self.list.selectionModel().selectedRows())
        titles = [self.articles.rows[row].get("title") or tr("（无标题）") for row in rows]
        if titles:
            QGuiApplication.clipboard().setText("\n".join(titles))
            self.statusBar().showMessage(counted(len(titles), tr("已复制 1 个标题。"), tr("已复制 %1 个标题。")), 5000)
