"""The search pane: one query box searched as you type, plus widgets that add filters to the query.

The widgets write the same query language a user could type (``日期:2020-04..2020-06 地区:上街区 栏目:…``),
so there is a single search path and the filters can be read back in the total line. Typing is debounced
(250 ms); widget changes search at once. The pane never searches itself: it emits ``query_changed`` and
the window runs the query off-thread, then calls :meth:`show_total` or :meth:`show_error`.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QComboBox, QCompleter, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from gazette_reader.gui import settings

DEBOUNCE_MS = 250
HISTORY_SIZE = 50
ERROR_STYLE = "color: #d32f2f;"
_DATE_PATTERN = r"\d{4}(-\d{1,2}(-\d{1,2})?)?"


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("SearchPane", text)


QUERY_KEYS = {"leader": "人物", "project": "项目", "section": "栏目", "place": "地区", "date": "日期"}
"""The filter keys the window writes into a query, in the UI's language (``leader:`` in English; the
query language reads both)."""


def query_key(kind: str) -> str:
    """The filter key for ``kind`` (``leader``, ``project``, ``section``, ``place``, ``date``) in the UI's
    language."""
    return QCoreApplication.translate("QueryKeys", QUERY_KEYS[kind])


def tag_clause(entity: str, name: str) -> str:
    """``人物:宋洁`` (``leader:宋洁`` in English): the clause that filters by a tag."""
    return filter_clause(query_key(entity), name).strip()


def quote(value: str) -> str:
    """Quote a filter value that contains spaces, so the query parser keeps it whole."""
    return f'"{value}"' if re.search(r"\s", value) else value


def filter_clause(key: str, value: str) -> str:
    """`` 人物:宋洁`` — the text appended to a query to filter by a tag (empty value: nothing)."""
    value = value.strip()
    return f" {key}:{quote(value)}" if value else ""


TAG_KEYS = {"人物": "leader", "leader": "leader", "项目": "project", "project": "project"}
_TAG_CLAUSE = re.compile(r'(?:^|(?<=\s))(人物|leader|项目|project):(?:"([^"]+)"|(\S+))', re.IGNORECASE)


def tag_filters(query: str) -> list[tuple[str, str]]:
    """``(entity, name)`` of each ``人物:``/``项目:`` clause of ``query``, in order (an excluded one,
    ``-人物:宋洁``, names no tag to mark and does not match)."""
    return [(TAG_KEYS[m.group(1).lower()], m.group(2) or m.group(3)) for m in _TAG_CLAUSE.finditer(query)]


def _key_value(match: re.Match) -> tuple[str, str]:
    """``("人物", "宋洁")`` from a tag clause match, the key as the window writes it."""
    return query_key(TAG_KEYS[match.group(1).lower()]), match.group(2) or match.group(3)


class SearchPane(QWidget):
    """Query box, filter widgets, total/error line; ``query_changed(query, sort)`` when it should run."""

    query_changed = Signal(str, str)
    select_all_requested = Signal()

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.emit_query)
        self._build()
        self.box.textEdited.connect(lambda _text: self.timer.start())
        self.box.returnPressed.connect(self.emit_query)
        self.box.returnPressed.connect(lambda: self.remember(self.box.text()))
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self.emit_query)
            edit.textEdited.connect(self._date_edited)
        for combo in (self.place, self.section):
            combo.currentTextChanged.connect(lambda _text: self.timer.start())
        self.sort.currentIndexChanged.connect(lambda _n: self.emit_query())

    def _build(self) -> None:
        self.box = QLineEdit(self, placeholderText=tr("检索全文：空格=并且，OR=或者，-排除，\"短语\"，人物:… 项目:… 栏目:… 日期:2020-04..2020-06"))
        self.box.setClearButtonEnabled(True)
        self.history = QStringListModel([q for q in settings.value("search/history").split("\n") if q], self)
        completer = QCompleter(self.history, self.box)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.box.setCompleter(completer)
        self.date_from = self._date_edit(tr("起始 2020-04"))
        self.date_to = self._date_edit(tr("截止 2020-06"))
        self.place = self._combo(tr("地区"))
        self.section = self._combo(tr("栏目"))
        self.sort = QComboBox(self)
        self.sort.addItem(tr("按相关度"), "relevance")
        self.sort.addItem(tr("按日期，最新在前"), "date")
        self.sort.addItem(tr("按日期，最早在前"), "oldest")
        self.select_all = QPushButton(tr("全选结果"), self)
        self.select_all.clicked.connect(self.select_all_requested)
        self.total_label = QLabel(self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self._layout()

    def _layout(self) -> None:
        row = QGridLayout()
        row.setContentsMargins(0, 0, 0, 0)
        widgets = [QLabel(tr("日期"), self), self.date_from, QLabel("–", self), self.date_to, self.place,
                   self.section, self.sort]
        for column, widget in enumerate(widgets):
            row.addWidget(widget, 0, column)
        row.setColumnStretch(4, 1)
        row.setColumnStretch(5, 1)
        status = QHBoxLayout()
        status.addWidget(self.total_label, 1)
        status.addWidget(self.select_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(3)
        layout.addWidget(self.box)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addLayout(status)

    def _date_edit(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self, placeholderText=placeholder)
        edit.setValidator(QRegularExpressionValidator(_DATE_PATTERN, edit))
        widest = max(edit.fontMetrics().horizontalAdvance(text) for text in ("2020-12-31", placeholder))
        edit.setMaximumWidth(widest + 36)  # the placeholder whole, and the clear button
        edit.setClearButtonEnabled(True)
        return edit

    def _combo(self, placeholder: str) -> QComboBox:
        combo = QComboBox(self, editable=True)
        combo.lineEdit().setPlaceholderText(placeholder)
        combo.lineEdit().setClearButtonEnabled(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMinimumContentsLength(6)
        return combo

    def _date_edited(self, text: str) -> None:
        """Search (debounced) when a date field is emptied: ``editingFinished`` never comes for an empty
        field (the validator finds it incomplete), so clearing it kept the old, narrower results."""
        if not text.strip():
            self.timer.start()

    # -- public -------------------------------------------------------------------------------------
    def full_query(self) -> str:
        """The typed text plus every filter the widgets set, in the query language."""
        query = self.box.text().strip()
        lo, hi = self.date_from.text().strip(), self.date_to.text().strip()
        if lo or hi:
            key = query_key("date")
            query += f" {key}:{lo}..{hi}" if lo != hi else f" {key}:{lo}"
        query += filter_clause(query_key("place"), self.place.currentText())
        query += filter_clause(query_key("section"), self.section.currentText())
        return query.strip()

    def sort_key(self) -> str:
        """``relevance`` or ``date``."""
        return self.sort.currentData()

    def set_sort(self, key: str) -> None:
        """Select a sort order without searching."""
        index = self.sort.findData(key)
        if index >= 0:
            self.sort.blockSignals(True)
            self.sort.setCurrentIndex(index)
            self.sort.blockSignals(False)

    def set_choices(self, places: list[str], sections: list[str]) -> None:
        """Offer these places and sections in the drop-downs (the typed text is kept)."""
        for combo, values in ((self.place, places), (self.section, sections)):
            text = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems([""] + sorted(set(values)))
            combo.setCurrentText(text)
            combo.blockSignals(False)

    def set_text(self, text: str, *, run: bool = True) -> None:
        """Replace the query text (a tag click, ``--search``) and search at once."""
        self.box.setText(text)
        if run:
            self.emit_query()

    def add_filter(self, key: str, value: str) -> None:
        """Append ``key:value`` to the query unless it is already there, and search."""
        clause = filter_clause(key, value)
        if clause.strip() not in self.box.text().split():
            self.set_text((self.box.text().rstrip() + clause).strip())

    def remember(self, query: str) -> None:
        """Put ``query`` first in the search history (offered as you type; kept across sessions)."""
        query = query.strip()
        if not query:
            return
        queries = [query] + [q for q in self.history.stringList() if q != query]
        self.history.setStringList(queries[:HISTORY_SIZE])
        settings.set_value("search/history", "\n".join(queries[:HISTORY_SIZE]))

    def set_month(self, month: str) -> None:
        """Put ``YYYY-MM`` in both date fields, without searching."""
        for edit in (self.date_from, self.date_to):
            edit.setText(month)

    def set_tag_filter(self, clause: str, *, add: bool = False) -> None:
        """Filter by the tag ``clause`` (``人物:宋洁``) instead of the query's tag filters, or (``add``) as
        well as them; the words and other filters stay; search."""
        text = self.box.text() if add else _TAG_CLAUSE.sub("", self.box.text())
        if clause not in text.split():
            text = f"{text.strip()} {clause}"
        self.set_text(" ".join(text.split()))

    def remove_clause(self, clause: str) -> None:
        """Take one tag filter (``人物:宋洁``, as a chip shows it) out of the query, and search."""
        text = _TAG_CLAUSE.sub(lambda m: "" if filter_clause(*_key_value(m)).strip() == clause else m.group(0),
                               self.box.text())
        self.set_text(" ".join(text.split()))

    def is_pending(self) -> bool:
        """True while a debounced search is waiting to be emitted."""
        return self.timer.isActive()

    def emit_query(self) -> None:
        """Search now (cancels a pending debounce)."""
        self.timer.stop()
        self.query_changed.emit(self.full_query(), self.sort_key())

    def show_total(self, total: int | None, loading: bool = False, counting: bool = False) -> None:
        """Show the exact number of hits (None: browsing, no search; ``counting``: the first page is
        shown, its total follows); hides any error."""
        if loading:
            self.show_status(tr("检索中…"))
        elif counting:
            self.show_status(tr("计数中…"))
        elif total is None:
            self.show_status("")
        else:
            self.show_status(tr("共 1 篇") if total == 1 else tr("共 %1 篇").replace("%1", f"{total:,}"))

    def show_status(self, text: str) -> None:
        """Show ``text`` in the total line, in the normal colour; hides any error."""
        self.error_label.hide()
        self.total_label.setStyleSheet("")
        self.total_label.setText(text)

    def show_error(self, message: str, *, stale: bool = False, stale_total: int | None = None) -> None:
        """Show why a query cannot run, under the box, without a dialog.

        Typing passes through malformed queries (``日期:2020-``), so the previous results stay listed:
        ``stale`` (implied by ``stale_total``, their count, when they were counted) makes the total line
        say, in the error colour, that they belong to the previous search."""
        self.error_label.setText(message)
        self.error_label.show()
        if stale_total is None and not stale:
            self.total_label.setText("")
            return
        self.total_label.setStyleSheet(ERROR_STYLE)
        self.total_label.setText(tr("检索式有误：下面仍是上一次检索的结果") if stale_total is None else
                                 tr("检索式有误：下面仍是上一次检索的结果（共 %1 篇）").replace("%1", f"{stale_total:,}"))
