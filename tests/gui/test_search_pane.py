"""The search pane writes filters into the query language and debounces typing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gazette_reader.gui.search_pane import SearchPane, filter_clause
from tests.gui.conftest import type_text


@pytest.fixture
def pane(qtbot) -> SearchPane:
    widget = SearchPane()
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("text,lo,hi,place,section,expected", [
    ("复工", "", "", "", "", "复工"),
    ("复工", "2020-04", "2020-06", "", "", "复工 日期:2020-04..2020-06"),
    ("", "2020-04", "", "上街区", "", "日期:2020-04.. 地区:上街区"),
    ("复工", "2020", "2020", "", "工作 动态", '复工 日期:2020 栏目:"工作 动态"'),
])
def test_full_query(pane: SearchPane, text, lo, hi, place, section, expected) -> None:
    pane.box.setText(text)
    pane.date_from.setText(lo)
    pane.date_to.setText(hi)
    pane.place.setCurrentText(place)
    pane.section.setCurrentText(section)
    assert pane.full_query() == expected


def test_typing_is_debounced_into_one_query(pane: SearchPane, qtbot) -> None:
    got: list[tuple] = []
    pane.query_changed.connect(lambda q, s: got.append((q, s)))
    type_text(pane.box, "宋洁")
    assert got == [] and pane.is_pending()
    qtbot.waitUntil(lambda: bool(got), timeout=2000)
    assert got == [("宋洁", "relevance")]


def test_sort_change_searches_at_once(pane: SearchPane) -> None:
    got: list[tuple] = []
    pane.query_changed.connect(lambda q, s: got.append((q, s)))
    pane.box.setText("宋洁")
    pane.sort.setCurrentIndex(pane.sort.findData("date"))
    assert got == [("宋洁", "date")]


def test_add_filter_appends_once(pane: SearchPane) -> None:
    got: list[str] = []
    pane.query_changed.connect(lambda q, s: got.append(q))
    pane.set_text("复工", run=False)
    pane.add_filter("人物", "宋洁")
    pane.add_filter("人物", "宋洁")
    assert pane.box.text() == "复工 人物:宋洁" and got == ["复工 人物:宋洁"]


def test_error_then_total(pane: SearchPane) -> None:
    pane.show_error("The quote opened at position 1 is never closed.")
    assert not pane.error_label.isHidden() and "never closed" in pane.error_label.text()
    pane.show_total(1234)
    assert pane.error_label.isHidden() and "1,234" in pane.total_label.text()


def test_error_over_stale_results_says_so_in_the_error_colour(pane: SearchPane) -> None:
    pane.show_error("'2020-' is not a date", stale_total=1234)
    assert "1,234" in pane.total_label.text() and "#d32f2f" in pane.total_label.styleSheet()
    pane.show_total(12)
    assert pane.total_label.text() == "共 12 篇" and pane.total_label.styleSheet() == ""


def test_filter_clause() -> None:
    assert filter_clause("人物", " 宋洁 ") == " 人物:宋洁"
    assert filter_clause("项目", "") == ""


def test_return_searches_immediately(pane: SearchPane, qtbot) -> None:
    got: list[str] = []
    pane.query_changed.connect(lambda q, s: got.append(q))
    pane.box.setText("复工")
    qtbot.keyClick(pane.box, Qt.Key.Key_Return)
    assert got == ["复工"] and not pane.is_pending()


def test_queries_run_with_enter_are_remembered_across_sessions(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.gui.conftest import type_text

    pane = SearchPane()
    qtbot.addWidget(pane)
    for query in ("复工复产", "人物:宋洁", "复工复产"):
        pane.box.clear()
        type_text(pane.box, query)
        QTest.keyClick(pane.box, Qt.Key.Key_Return)
    later = SearchPane()
    qtbot.addWidget(later)
    assert later.history.stringList() == ["复工复产", "人物:宋洁"]
    assert later.box.completer().model() is later.history


def test_an_error_over_uncounted_results_still_says_they_are_the_previous_search(pane) -> None:
    pane.show_error("'2020-' is not a date", stale=True)
    assert pane.total_label.text() == "检索式有误：下面仍是上一次检索的结果" and "#d32f2f" in pane.total_label.styleSheet()
