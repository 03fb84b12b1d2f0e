"""The active tag filters as removable chips, under the search box.

Clicks on the tag panel and on the reader's links filter the list; without a visible trace, three clicks
left three filters ANDed and the user wondering why the list was empty. Each chip shows one filter
(``人物:宋洁``) and removes it with its ×.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("FilterChips", text)


class FilterChips(QWidget):
    """A row of ``[人物:宋洁 ×]`` buttons; hidden when no tag filter is active; ``removed(clause)``."""

    removed = Signal(str)

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clauses: list[str] = []
        self.buttons: list[QToolButton] = []
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(4, 0, 4, 2)
        self.row.setSpacing(4)
        self.label = QLabel(tr("筛选："), self)
        self.row.addWidget(self.label)
        self.row.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.hide()

    def set_filters(self, clauses: Sequence[str]) -> None:
        """Show one chip per clause (none: the row hides)."""
        if list(clauses) == self.clauses:
            return
        for button in self.buttons:
            self.row.removeWidget(button)
            button.deleteLater()
        self.clauses, self.buttons = list(clauses), []
        for n, clause in enumerate(self.clauses):
            button = QToolButton(self, text=f"{clause}  ×", toolTip=tr("去掉这个筛选条件"))
            button.setAutoRaise(False)
            button.clicked.connect(lambda _checked=False, c=clause: self.removed.emit(c))
            self.row.insertWidget(1 + n, button)
            self.buttons.append(button)
        self.setVisible(bool(self.clauses))
