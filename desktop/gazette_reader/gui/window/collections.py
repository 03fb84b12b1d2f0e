"""Collections (专题) and notes in the window: put articles into a named collection from the list, the
reader or a whole search; list, export, rename or delete a collection from its tree node; write the open
article's note under the reader. A mixin of the main window (see the package docs).

Every write goes through the facade off the GUI thread (``workers.run``) and then refreshes the tree, whose
专题 node shows each collection's count.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from gazette_reader.gui.messages import error_text


def tr(text: str) -> str:
    """Translate in the main window's context (these are its strings)."""
    return QCoreApplication.translate("MainWindow", text)


class CollectionsMixin:
    """Collections and notes, for :class:`~gazette_reader.gui.main_window.MainWindow`."""

    # -- adding ---------------------------------------------------------------------------------------
    def collect_selected(self) -> None:
        """加入专题… on the list's selection (or, with none, the open article)."""
        ids = self.selected_ids()
        if not ids and self.reader.article is not None:
            ids = [self.reader.article["id"]]
        if not ids:
            self.statusBar().showMessage(tr("请先在列表中选择文章，或打开一篇文章。"), 6000)
            return
        self.ask_collect(ids)

    def collect_open_article(self) -> None:
        """The reader's 加入专题…: the open article."""
        if self.reader.article is None:
            self.statusBar().showMessage(tr("请先打开一篇文章。"), 5000)
            return
        self.ask_collect([self.reader.article["id"]])

    def collect_all_results(self) -> None:
        """加入专题 every hit of the current search (all of them, not only the rows loaded)."""
        query, sort = self.query, self.sort
        if not query:
            self.statusBar().showMessage(tr("请先检索，再把全部结果加入专题。"), 6000)
            return
        self._run(lambda library: library.search_ids(query, sort=sort), self.ask_collect)

    def ask_collect(self, ids: list[int]) -> None:
        """Ask which collection (an existing one from the list, or a new name typed) gets ``ids``."""
        if not ids:
            self.statusBar().showMessage(tr("没有可加入专题的文章。"), 6000)
            return

        def show(names: list[str]) -> None:
            dialog = QInputDialog(self)
            dialog.setWindowTitle(tr("加入专题"))
            dialog.setLabelText(tr("把 %1 篇文章加入专题（选择已有专题或输入新名称）：").replace("%1", str(len(ids))))
            dialog.setComboBoxItems(names)
            dialog.setComboBoxEditable(True)
            dialog.setTextValue(names[0] if names else tr("新专题"))
            dialog.textValueSelected.connect(lambda name: self.collect(name, ids))
            self.last_dialog = dialog
            dialog.open()

        self._run(lambda library: [c["name"] for c in library.collections()], show)

    def collect(self, name: str, ids: list[int]) -> None:
        """Put ``ids`` into the collection ``name`` (made when new)."""
        name = " ".join(name.split())
        if not name:
            return
        self._collection_change(lambda library: library.collect(name, ids),
                                lambda added: tr("已把 %1 篇加入专题“%2”（新增 %3 篇）。").replace("%1", str(len(ids)))
                                .replace("%2", name).replace("%3", str(added)))

    def uncollect(self, name: str, ids: list[int]) -> None:
        """Take ``ids`` out of the collection ``name``; the list shows the collection again."""
        self._collection_change(lambda library: library.uncollect(name, ids),
                                lambda removed: tr("已从专题“%1”移除 %2 篇。").replace("%1", name)
                                .replace("%2", str(removed)), relist=True)

    # -- the collection's node --------------------------------------------------------------------------
    def export_collection(self, name: str) -> None:
        """Open the export dialog for a collection's articles, in the order they were added."""
        self._run(lambda library: library.collection_ids(name), lambda ids: self.ask_export(ids, name=name))

    def ask_rename_collection(self, name: str) -> QInputDialog:
        """Ask a new name for a collection."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(tr("重命名专题"))
        dialog.setLabelText(tr("专题“%1”的新名称：").replace("%1", name))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(name)
        dialog.textValueSelected.connect(lambda new: self._collection_change(
            lambda library: library.rename_collection(name, new), lambda _r: tr("专题已重命名。")))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def ask_delete_collection(self, name: str) -> QMessageBox:
        """Ask before deleting a collection (its articles stay in the library: said so)."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("删除专题"),
                          tr("删除专题“%1”？其中的文章仍保留在资料库中。").replace("%1", name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.buttonClicked.connect(lambda button: box.standardButton(button) == QMessageBox.StandardButton.Yes
                                  and self._collection_change(lambda library: library.delete_collection(name),
                                                              lambda _r: tr("专题已删除。")))
        self.last_dialog = box
        box.open()
        return box

    def listed_collection(self) -> str | None:
        """The name of the collection the list shows (browsing its node), else None."""
        return (self.browsing or {}).get("collection") if not self.query else None

    # -- notes ----------------------------------------------------------------------------------------
    def save_note(self, article_id: int, text: str) -> None:
        """Store the open article's note off-thread; the editor marks it saved."""
        library = self.library
        if library is None:
            return

        def done(stored: Any, error: BaseException | None) -> None:
            if error is not None:
                self.show_message(tr("无法保存备注"), error_text(error), QMessageBox.Icon.Warning)
                return
            self.note_editor.mark_saved(article_id, stored)
            self.statusBar().showMessage(tr("备注已保存。") if stored else tr("备注已删除。"), 5000)

        self.workers.run(lambda: library.set_note(article_id, text), done)

    # -- helpers ----------------------------------------------------------------------------------------
    def _collection_change(self, change: Callable[[Any], Any], message: Callable[[Any], str], *,
                           relist: bool = False) -> None:
        """Run a change of the collections off-thread, then refresh the tree (and the list, if asked)."""
        library = self.library
        if library is None:
            return

        def done(result: Any, error: BaseException | None) -> None:
            if error is not None:
                self.show_message(tr("无法修改专题"), error_text(error), QMessageBox.Icon.Warning)
                return
            self.statusBar().showMessage(message(result), 8000)
            self.refresh_tree()
            if relist and self.browsing is not None and not self.query:
                self.browse(self.browsing, label=self.browse_label)

        self.workers.run(lambda: change(library), done)
