"""Choosing the tag another is merged into: nothing chosen until the user picks, and the effect spelt out.

``QInputDialog.getItem`` preselected the first name and merged on Enter, so one keystroke folded a
leader into whoever sorted first, changed that leader's title and flowed into every export. Here OK
stays disabled until a name is picked, and the dialog says what the merge will do before it is made.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("MergeDialog", text)


class MergeDialog(QDialog):
    """Pick the tag ``name`` is the same as, from ``others`` (filterable); :meth:`target` after accept."""

    def __init__(self, *, name: str, others: Sequence[str], what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setWindowTitle(tr("合并"))
        self.filter_box = QLineEdit(self, placeholderText=tr("筛选…"))
        self.filter_box.setClearButtonEnabled(True)
        self.choices = QListWidget(self)
        self.choices.addItems(list(others))
        self.choices.setCurrentRow(-1)
        self.effect = QLabel(self)
        self.effect.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("合并"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("“%1”与哪一个%2是同一个？").replace("%1", name).replace("%2", what), self))
        layout.addWidget(self.filter_box)
        layout.addWidget(self.choices, 1)
        layout.addWidget(self.effect)
        layout.addWidget(self.buttons)
        self.filter_box.textChanged.connect(self._filter)
        self.choices.itemSelectionChanged.connect(self._chosen)
        self._chosen()

    def target(self) -> str | None:
        """The picked name, or None."""
        items = self.choices.selectedItems()
        return items[0].text() if items and not items[0].isHidden() else None

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.choices.count()):
            item = self.choices.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())
        self._chosen()

    def _chosen(self) -> None:
        target = self.target()
        self.ok.setEnabled(target is not None)
        if target is None:
            self.effect.setText(tr("请选择要合并到的名称。"))
            return
        self.effect.setText(tr("“%1”的文章、职务和别名都将归入“%2”，“%1”不再单独列出。可用 Ctrl+Z 或“校正记录”撤销。")
                            .replace("%1", self.name).replace("%2", target))

    def accept(self) -> None:
        """Override QDialog.accept: never without a picked name (Enter with nothing picked does nothing)."""
        if self.target() is not None:
            super().accept()

