"""Import from the window: the file and folder dialogs, drag and drop, the choice a big selection gets
(all at once, or a bulk load committing every N files), and the import itself off the GUI thread with
progress and Cancel. A mixin of the main window (see the package docs)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gazette_reader.bulk import BulkStopped
from gazette_reader.errors import Cancelled
from gazette_reader.gui import dialogs, settings, tasks
from gazette_reader.gui.messages import error_text
from gazette_reader.gui.widgets import bulk_import
from gazette_reader.gui.widgets.bulk_import import BulkImportDialog
from gazette_reader.jobs import CancelToken
from gazette_reader.library import IMPORT_SUFFIXES


def tr(text: str) -> str:
    """Translate in the main window's context (these are its strings)."""
    return QCoreApplication.translate("MainWindow", text)


def import_filter() -> str:
    """The import dialog's file filter: every readable format together, then each kind, then all files."""
    def patterns(suffixes) -> str:
        return " ".join(f"*{suffix}" for suffix in suffixes)

    kinds = [(tr("简报文件"), IMPORT_SUFFIXES), (tr("文本文件"), (".txt",)), (tr("PDF 文件"), (".pdf",)),
             (tr("Word 文档"), (".docx",)), (tr("网页"), (".html", ".htm", ".mhtml", ".mht"))]
    return ";;".join([f"{label} ({patterns(s)})" for label, s in kinds] + [tr("所有文件 (*)")])


class ImportingMixin:
    """Import, for :class:`~gazette_reader.gui.main_window.MainWindow`."""

    def ask_import_files(self) -> None:
        """Ctrl+O: choose gazette files to import."""
        files, _ = QFileDialog.getOpenFileNames(self, tr("导入简报"), settings.value("import/folder"),
                                                import_filter())
        if files:
            settings.set_value("import/folder", str(Path(files[0]).parent))
            self.import_with_choice(files)

    def ask_import_folder(self) -> None:
        """Choose a folder whose gazettes (recursively) to import."""
        folder = QFileDialog.getExistingDirectory(self, tr("导入文件夹"), settings.value("import/folder"))
        if folder:
            settings.set_value("import/folder", folder)
            self.import_with_choice([folder])

    def import_with_choice(self, paths: Sequence[str | Path]) -> BulkImportDialog | None:
        """Import what the user chose; a big selection first asks whether to commit every N files (a bulk
        load that keeps its progress and resumes) or all at once (the default). Returns that dialog."""
        selection = bulk_import.measure(paths)
        if not selection.big:
            self.import_paths(paths)
            return None
        dialog = BulkImportDialog(selection=selection, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.import_paths(paths, batch=dialog.batch_choice()))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def import_paths(self, paths: Sequence[str | Path], *, batch: int | None = None) -> dialogs.JobProgress | None:
        """Import files/folders off-thread with a progress dialog; Cancel rolls the whole import back, or
        with ``batch`` (files per commit, 0: by size) keeps the files committed so far."""
        library = self.library
        if library is None and self.upgrading:  # files opened with the app while its library upgrades
            self.queued_imports += [str(p) for p in paths]
            return None
        if library is None or not paths:
            return None
        if self.read_only:  # a drop or a file given at start-up: the actions are greyed out already
            self.statusBar().showMessage(tr("这个资料库对你是只读的，不能导入。"), 10000)
            return None
        token = CancelToken()
        progress = dialogs.JobProgress(title=tr("导入简报"), token=token, parent=self,
                                       cancelling=None if batch is None else tr("正在停止，已提交的文件会保留…"))
        progress.show()

        def done(result: Any, error: BaseException | None) -> None:
            progress.close()
            progress.deleteLater()
            if isinstance(error, BulkStopped):  # a bulk load keeps what it committed: show it
                self.show_message(tr("导入已停止"), error_text(error), QMessageBox.Icon.Information)
                self.refresh_all()
                return
            if isinstance(error, Cancelled):
                self.statusBar().showMessage(tr("导入已取消，资料库没有任何改变。"), 10000)
                return
            if error is not None:
                self.show_message(tr("导入失败"), error_text(error), QMessageBox.Icon.Critical)
                return
            self.last_report, skipped = result
            self.last_message = dialogs.ImportSummary(report=self.last_report, skipped=skipped, parent=self)
            self.last_message.open()
            self.refresh_all()

        self.workers.run(lambda progress, cancel: tasks.import_files(library, [str(p) for p in paths], progress, cancel,
                                                                            batch=batch),
                         done, progress=progress.report, token=token)
        return progress

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Override QWidget.dragEnterEvent: accept dropped local files and folders."""
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Override QWidget.dropEvent: import what was dropped."""
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_with_choice(paths)
