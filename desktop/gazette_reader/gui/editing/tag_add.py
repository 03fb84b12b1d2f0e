"""Tagging an article by hand with a leader (and the title the article gives) or a project: the CLI's
``gazette tag add``, kept as a correction (it survives re-tagging and is listed, revertible)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QWidget)


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("TagAdd", text)


class TagAddDialog(QDialog):
    """Kind (leader or project), name (known names offered as you type), and a leader's title."""

    def __init__(self, *, title: str, leaders: Sequence[str], projects: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("添加标签"))
        self.names = {"leader": list(leaders), "project": list(projects)}
        self.entity = QComboBox(self)
        self.entity.addItem(tr("人物"), "leader")
        self.entity.addItem(tr("项目"), "project")
        self.name = QLineEdit(self)
        self.name.setMinimumWidth(280)
        self.role_title = QLineEdit(self, placeholderText=tr("例如 区委书记，可留空"))
        self.entity.currentIndexChanged.connect(lambda _n: self._kind_changed())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(tr("给《%1》添加标签").replace("%1", title), self))
        form.addRow(tr("种类"), self.entity)
        form.addRow(tr("名称"), self.name)
        form.addRow(tr("职务"), self.role_title)
        form.addRow(buttons)
        self._kind_changed()

    def _kind_changed(self) -> None:
        completer = QCompleter(self.names[self.entity.currentData()], self.name)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        self.role_title.setEnabled(self.entity.currentData() == "leader")

    def tag(self) -> tuple[str, str, str | None]:
        """``(entity, name, value)`` as ``Library.correct("add", ...)`` takes them."""
        entity = self.entity.currentData()
        value = self.role_title.text().strip() if entity == "leader" else ""
        return entity, self.name.text().strip(), value or None

    def accept(self) -> None:
        """Override QDialog.accept: a name is required."""
        if self.name.text().strip():
            super().accept()
