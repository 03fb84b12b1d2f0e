"""The issue tree's context menu: list a node's articles; for an issue, edit its metadata or delete it;
for an article, the article corrections. A mixin of the main window (see the package docs)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QMenu, QMessageBox

from gazette_reader.gui.editing.issue_edit import IssueEditDialog
from gazette_reader.gui.messages import error_text
from gazette_reader.gui.tree_model import ROLE_ARTICLE_ID, ROLE_FILTERS, ROLE_KIND


def tr(text: str) -> str:
    """Translate in the main window's context (these are its strings)."""
    return QCoreApplication.translate("MainWindow", text)


class TreeMenuMixin:
    """The tree's context menu, for :class:`~gazette_reader.gui.main_window.MainWindow`."""

    def tree_menu(self, pos: QPoint) -> QMenu | None:
        """Build and pop up the menu for the node under ``pos`` (returned, and kept in ``last_menu``)."""
        index = self.tree.indexAt(pos)
        if not index.isValid():
            return None
        index = index.siblingAtColumn(0)
        menu = QMenu(self)
        article_id = index.data(ROLE_ARTICLE_ID)
        if article_id is not None:
            menu.addAction(tr("打开"), lambda: self.tree.setCurrentIndex(index))
            self.article_actions.fill_menu(menu, lambda: article_id)
        else:
            menu.addAction(tr("列出这些文章"), lambda: self.tree.setCurrentIndex(index))
        if index.data(ROLE_KIND) == "collection":
            name = index.data(ROLE_FILTERS)["collection"]
            menu.addSeparator()
            menu.addAction(tr("导出本专题…"), lambda: self.export_collection(name))
            self.editing(menu.addAction(tr("重命名专题…"), lambda: self.ask_rename_collection(name)))
            self.editing(menu.addAction(tr("删除专题…"), lambda: self.ask_delete_collection(name)))
        if index.data(ROLE_KIND) == "saved":
            name = index.data(ROLE_FILTERS)["name"]
            menu.addAction(tr("删除已存检索"), lambda: self.delete_saved_search(name))
        if index.data(ROLE_KIND) in ("issue", "issue_flat"):
            issue_id = index.data(ROLE_FILTERS)["issue_id"]
            menu.addSeparator()
            self.editing(menu.addAction(tr("编辑本期信息…"), lambda: self.ask_edit_issue(issue_id)))
            self.editing(menu.addAction(tr("删除本期…"), lambda: self.ask_delete_issue(issue_id, str(index.data()))))
        menu.popup(self.tree.viewport().mapToGlobal(pos))
        self.last_menu = menu
        return menu

    def ask_edit_issue(self, issue_id: int) -> None:
        """Open the issue's metadata dialog; apply what changed off-thread."""
        def show(issues: list[dict]) -> None:
            issue = next((i for i in issues if i["id"] == issue_id), None)
            if issue is None:
                return
            dialog = IssueEditDialog(issue=issue, parent=self)
            dialog.accepted.connect(lambda: self._edit_issue(issue_id, dialog.changes()))
            self.last_dialog = dialog
            dialog.open()

        self._run(lambda library: library.issues(), show)

    def _edit_issue(self, issue_id: int, changes: dict) -> None:
        if changes:
            self._library_change(lambda library: library.set_issue_metadata(issue_id, **changes), tr("本期信息已修改。"))

    def ask_delete_issue(self, issue_id: int, label: str) -> QMessageBox:
        """Ask before deleting an issue with its articles and source text (not undoable: said so)."""
        box = QMessageBox(QMessageBox.Icon.Warning, tr("删除本期"),
                          tr("从资料库中删除“%1”及其全部文章和原文？此操作无法撤销（可重新导入原文件）。")
                          .replace("%1", label), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.buttonClicked.connect(lambda button: self._delete_if_yes(box, button, issue_id))
        self.last_dialog = box
        box.open()
        return box

    def _delete_if_yes(self, box: QMessageBox, button: Any, issue_id: int) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Yes:
            self._library_change(lambda library: library.delete_issue(issue_id), tr("已删除本期。"))

    def _library_change(self, change: Any, done_text: str) -> None:
        """Run a change of the library off-thread, then reload everything shown (or explain the failure)."""
        library = self.library
        if library is None:
            return

        def done(_result: Any, error: BaseException | None) -> None:
            if error is not None:
                self.show_message(tr("无法修改资料库"), error_text(error), QMessageBox.Icon.Warning)
                return
            self.statusBar().showMessage(done_text, 8000)
            self.reader.clear()
            self.note_editor.set_article(None, "")
            self.refresh_all()  # runs the query again, if any
            if not self.query:
                self.reload_list()

        self.workers.run(lambda: change(library), done)
