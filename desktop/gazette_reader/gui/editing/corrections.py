"""The corrections manager: every tag and article correction, newest first, each revertible.

Hidden tags are corrections too (``hide``): the "隐藏的标签" filter lists them, and reverting one brings
the tag back. The dialog holds no library: it asks the window to load and to revert (``revert_requested``),
and the window calls :meth:`CorrectionsDialog.set_entries` with the fresh list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
                               QLabel, QPushButton, QTableView, QVBoxLayout, QWidget)

from gazette_reader.gui.models.corrections import ROLE_NUMBER, CorrectionsModel


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("CorrectionsDialog", text)


class CorrectionsDialog(QDialog):
    """A filterable table of corrections with a Revert button (Enter reverts the selected one too)."""

    revert_requested = Signal(int)

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("校正记录"))
        self.model = CorrectionsModel(parent=self)
        self.which = QComboBox(self)
        for key, label in (("all", tr("全部校正")), ("tags", tr("标签校正")), ("hidden", tr("隐藏的标签")),
                           ("articles", tr("文章校正"))):
            self.which.addItem(label, key)
        self.which.currentIndexChanged.connect(lambda _n: self.model.set_filter(self.which.currentData()))
        self.view = QTableView(self)
        self._setup_view()
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.revert_button = QPushButton(tr("撤销所选校正"), self)
        self.revert_button.clicked.connect(self.revert_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("显示"), self))
        top.addWidget(self.which, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.revert_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        layout.addLayout(bottom)
        self.resize(720, 420)
        self.model.modelReset.connect(self._update)

    def _setup_view(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        view.activated.connect(lambda _index: self.revert_selected())

    def set_entries(self, entries: list[dict]) -> None:
        """Show the library's corrections (``Library.corrections()``)."""
        self.model.set_entries(entries)

    def selected_number(self) -> int | None:
        """The number of the selected correction, if one is selected."""
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROLE_NUMBER) if rows else None

    def revert_selected(self) -> None:
        """Ask the window to revert the selected correction."""
        number = self.selected_number()
        if number is not None:
            self.revert_requested.emit(number)

    def _update(self) -> None:
        self.revert_button.setEnabled(self.selected_number() is not None)
        count = self.model.rowCount()
        self.note.setText(tr("没有校正。") if not count else
                          tr("撤销一项校正后，其余校正会重新应用；文章校正所在的文件会重新解析。"))
