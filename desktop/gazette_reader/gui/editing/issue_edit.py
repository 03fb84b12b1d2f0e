"""Correcting an issue's publication, place, year, month and number (``Library.set_issue_metadata``,
the CLI's ``edit-issue``): stored with its source, so a re-parse keeps it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox, QWidget


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("IssueEdit", text)


class IssueEditDialog(QDialog):
    """The issue's metadata; :meth:`changes` gives the fields the user changed."""

    def __init__(self, *, issue: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issue = issue
        self.setWindowTitle(tr("编辑本期信息"))
        self.publication = QLineEdit(issue.get("publication") or "", self)
        self.publication.setMinimumWidth(320)
        self.place = QLineEdit(issue.get("place") or "", self)
        self.year = QSpinBox(self, minimum=0, maximum=2100, specialValueText=tr("不详"))
        self.year.setValue(issue.get("year") or 0)
        self.month = QSpinBox(self, minimum=0, maximum=12, specialValueText=tr("不详"))
        self.month.setValue(issue.get("month") or 0)
        self.number = QLineEdit(str(issue.get("number") or ""), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("刊物"), self.publication)
        form.addRow(tr("地区"), self.place)
        form.addRow(tr("年份"), self.year)
        form.addRow(tr("月份"), self.month)
        form.addRow(tr("期号"), self.number)
        form.addRow(buttons)

    def changes(self) -> dict[str, object]:
        """The changed fields, as ``Library.set_issue_metadata`` takes them (an unknown year or month,
        0 here, is never written over a known one)."""
        wanted: dict[str, object] = {"publication": self.publication.text().strip(), "place": self.place.text().strip(),
                                     "year": self.year.value() or None, "month": self.month.value() or None,
                                     "number": self.number.text().strip()}
        return {k: v for k, v in wanted.items() if v not in (None, "") and v != self.issue.get(k)
                and str(v) != str(self.issue.get(k))}
