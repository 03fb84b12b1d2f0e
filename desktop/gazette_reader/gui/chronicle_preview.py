"""The 大事记 preview: see the entries before they are written, edit an entry's text or date, drop one.

Edits are kept beside the library (:mod:`gazette_reader.export.chronicle_edits`) keyed by the entry's
article ids, so the next export of the same items starts from them. Only what differs from the computed
entry is stored: putting an entry back as computed (or ticking it again) removes its edit. Loading the
articles and computing the entries runs off the GUI thread; the export itself runs as every export does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from gazette_reader.errors import GazetteError
from gazette_reader.export.chronicle import Entry, chronicle_entries, parse_date, sources_text
from gazette_reader.export.chronicle_edits import Edits, edits_file, load_edits, save_edits
from gazette_reader.export.common import ExportOptions
from gazette_reader.gui.messages import error_text

if TYPE_CHECKING:
    from gazette_reader.gui.main_window import MainWindow

KEEP, DATE, TEXT, SOURCE = range(4)
_KEY = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("ChroniclePreview", text)


class ChroniclePreview(QDialog):
    """A table of the chronicle's entries: 保留 (tick), 日期 and 记事 editable, 出处 shown."""

    def __init__(self, *, computed: Sequence[Entry], shown: Sequence[Entry], stored: Edits, source: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("大事记预览"))
        self.computed = {entry.key: entry for entry in computed}
        self.stored = dict(stored)
        self.table = QTableWidget(len(shown), 4, self)
        self.table.setHorizontalHeaderLabels([tr("保留"), tr("日期"), tr("记事"), tr("出处")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        for row, entry in enumerate(shown):
            self._fill(row, entry, source)
        self._size_columns()
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #d32f2f")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("导出"))
        for button in buttons.buttons():
            button.setAutoDefault(False)  # Enter finishes editing a cell; it must not export
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        hint = QLabel(tr("共 %1 条。双击日期或记事可修改（日期写作 2020-04-03、2020-04 或 2020，不详则留空）；"
                         "取消勾选则不导出该条。修改会保留到下次导出相同文章时。").replace("%1", str(len(shown))), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (hint, self.table, self.error, buttons):
            layout.addWidget(widget)
        self.resize(960, 620)

    def _fill(self, row: int, entry: Entry, source: str) -> None:
        """One entry's row."""
        keep = QTableWidgetItem()
        keep.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        keep.setCheckState(Qt.CheckState.Unchecked if entry.dropped else Qt.CheckState.Checked)
        keep.setData(_KEY, entry.key)
        origin = QTableWidgetItem(sources_text(entry, source if source != "none" else "short").strip("（）"))
        origin.setFlags(origin.flags() & ~Qt.ItemFlag.ItemIsEditable)
        for column, item in ((KEEP, keep), (DATE, QTableWidgetItem(entry.date_text())),
                             (TEXT, QTableWidgetItem(entry.text)), (SOURCE, origin)):
            self.table.setItem(row, column, item)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(KEEP, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(SOURCE, 260)
        self.table.setWordWrap(True)

    def edits(self) -> Edits:
        """All edits to keep: the stored ones for other entries, and this table's differences."""
        edits = {key: edit for key, edit in self.stored.items() if key not in self.computed}
        for row in range(self.table.rowCount()):
            key = self.table.item(row, KEEP).data(_KEY)
            edit = self._row_edit(row, self.computed[key])
            if edit:
                edits[key] = edit
        return edits

    def _row_edit(self, row: int, computed: Entry) -> dict[str, Any]:
        """What the user changed in ``row`` compared with the computed entry."""
        edit: dict[str, Any] = {}
        text = self.table.item(row, TEXT).text().strip()
        if text and text != computed.text:
            edit["text"] = text
        date = self.table.item(row, DATE).text().strip()
        if date != computed.date_text():
            edit["date"] = date
        if self.table.item(row, KEEP).checkState() != Qt.CheckState.Checked:
            edit["dropped"] = True
        return edit

    def accept(self) -> None:
        """Override QDialog.accept: refuse a date that is not one, pointing at its cell."""
        for row in range(self.table.rowCount()):
            text = self.table.item(row, DATE).text().strip()
            try:
                parse_date(text)
            except ValueError:
                self.table.setCurrentCell(row, DATE)
                self.error.setText(tr("第 %1 条的日期“%2”无法识别：请写作 2020-04-03、2020-04 或 2020，不详则留空。")
                                   .replace("%1", str(row + 1)).replace("%2", text))
                self.error.show()
                return
        super().accept()


def preview_then_export(window: MainWindow, ids: list[int], fmt: str, path: Path, *, force: bool,
                        options: ExportOptions, export: Callable[..., None]) -> None:
    """Load the articles and entries off-thread, show the preview, keep its edits, then ``export``."""
    library = window.library
    if library is None:
        return
    store = edits_file(library.path)

    def load() -> tuple[list[Entry], list[Entry], Edits]:
        articles = library.articles(ids=list(ids))
        stored = load_edits(store)
        return chronicle_entries(articles, options), chronicle_entries(articles, replace(options, edits=stored)), stored

    def loaded(result: Any, error: BaseException | None) -> None:
        window.statusBar().clearMessage()
        if error is not None:
            window.show_message(tr("导出失败"), error_text(error), QMessageBox.Icon.Warning)
            return
        computed, shown, stored = result
        dialog = ChroniclePreview(computed=computed, shown=shown, stored=stored, source=options.source, parent=window)
        dialog.accepted.connect(lambda: _accepted(window, dialog, store, ids, fmt, path, force, options, export))
        window.chronicle_preview = dialog
        dialog.open()

    window.statusBar().showMessage(tr("正在准备大事记预览…"))
    window.workers.run(load, loaded)


def _accepted(window: MainWindow, dialog: ChroniclePreview, store: Path, ids: list[int], fmt: str, path: Path,
              force: bool, options: ExportOptions, export: Callable[..., None]) -> None:
    """Keep the edits (a failure to keep them is said, the export goes on) and export with them."""
    edits = dialog.edits()
    try:
        save_edits(store, edits)
    except GazetteError as exc:
        window.statusBar().showMessage(error_text(exc), 15000)
    export(ids, fmt, path, force=force, options=replace(options, edits=edits))
