"""Export from the window: the export dialog for the selection or a collection, the export itself off the
GUI thread with progress and Cancel (a 大事记 previewed first), and the box that offers to open what was
written. A mixin of the main window (see the package docs)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from gazette_reader.errors import Cancelled
from gazette_reader.export.common import ExportOptions
from gazette_reader.gui import chronicle_preview, dialogs
from gazette_reader.gui.messages import error_text
from gazette_reader.gui.widgets.exported import ExportedBox
from gazette_reader.jobs import CancelToken


def tr(text: str) -> str:
    """Translate in the main window's context (these are its strings)."""
    return QCoreApplication.translate("MainWindow", text)


class ExportingMixin:
    """Export, for :class:`~gazette_reader.gui.main_window.MainWindow`."""

    def ask_export(self, ids: list[int] | None = None, *, name: str = "") -> dialogs.ExportDialog | None:
        """Ctrl+E: choose format and file for the selected articles (or ``ids``, e.g. a collection's,
        whose ``name`` then names the file), then export them."""
        ids = self.selected_ids() if ids is None else ids
        if not ids:
            self.statusBar().showMessage(tr("请先在列表中选择要导出的文章（Ctrl+A 全选结果）。") if not name else
                                         tr("专题“%1”中没有文章。").replace("%1", name), 8000)
            return None
        dialog = dialogs.ExportDialog(count=len(ids), name=name, parent=self)
        dialog.accepted.connect(lambda: self.export(ids, dialog.fmt(), dialog.target(), force=dialog.force,
                                                    options=dialog.options()))
        dialog.open()
        return dialog

    def export(self, ids: list[int], fmt: str, path: Path, *, force: bool = False,
               options: ExportOptions | None = None, preview: bool = True) -> None:
        """Export ``ids`` off-thread with progress and Cancel; a 大事记 is previewed (and edited) first."""
        library = self.library
        if library is None:
            return
        if preview and fmt.startswith("chronicle"):
            chronicle_preview.preview_then_export(
                self, ids, fmt, path, force=force, options=options or ExportOptions(),
                export=lambda *args, **kwargs: self.export(*args, preview=False, **kwargs))
            return
        token = CancelToken()
        progress = dialogs.JobProgress(title=tr("导出"), token=token, parent=self)
        progress.show()

        def done(written: Any, error: BaseException | None) -> None:
            progress.close()
            progress.deleteLater()
            if isinstance(error, Cancelled):
                self.statusBar().showMessage(tr("导出已取消，没有写入文件。"), 8000)
            elif error is not None:
                self.show_message(tr("导出失败"), error_text(error), QMessageBox.Icon.Warning)
            else:
                self.statusBar().showMessage(tr("已导出 %1 篇到 %2").replace("%1", str(len(ids)))
                                             .replace("%2", str(written)), 15000)
                self.exported_box = ExportedBox(path=Path(written), count=len(ids), parent=self)
                self.exported_box.open()

        self.workers.run(lambda progress, cancel: library.export(ids, fmt, path, force=force, progress=progress,
                                                                 cancel=cancel, options=options),
                         done, progress=progress.report, token=token)
