"""Correcting articles from the window: the list's context menu and the reader's 校正 menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from gazette_reader.gui.main_window import MainWindow
from tests.gui.conftest import type_text
from tests.gui.test_first_day import click, search_for



def right_click(view, index) -> None:
    """What a right-click on a row sends the view: a context-menu event at that point."""
    pos = view.visualRect(index).center()
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                                              view.viewport().mapToGlobal(pos)))


def choose(menu: QMenu, text: str) -> None:
    next(action for action in menu.actions() if action.text().startswith(text)).trigger()


def test_edit_title_and_date_from_the_lists_context_menu_then_undo(window: MainWindow, seeded, qtbot) -> None:
    search_for(window, "复工")
    index = window.articles.index(1, 0)
    article_id = index.data(Qt.ItemDataRole.UserRole + 1)
    before = seeded.article(article_id)
    right_click(window.list, index)
    menu = window.last_menu
    assert menu is not None and window.reader.article["id"] == article_id
    choose(menu, "校正标题")
    menu.close()
    dialog = window.article_actions.last
    dialog.title.selectAll()
    type_text(dialog.title, "改正后的标题")
    dialog.date.setFocus()
    dialog.date.selectAll()
    type_text(dialog.date, "2020-05-01")
    QTest.keyClick(dialog.date, Qt.Key.Key_Return)
    after = window.library.article(article_id)
    assert after["title"].endswith("改正后的标题") and after["date"] == "2020-05-01" and after["corrected"]
    reader_text = window.reader.browser.toPlainText()
    assert window.reader.article["id"] == article_id and "已校正" in reader_text.splitlines()[1]
    assert "改正后的标题" in reader_text.splitlines()[0]
    window.undo_action.trigger()
    assert window.library.article(article_id)["title"] == before["title"]
    assert window.library.article(article_id)["date"] == before["date"]


def test_merge_with_next_and_split_again_from_the_readers_menu(window: MainWindow, seeded, qtbot) -> None:
    issue = seeded.issues()[0]["id"]
    first, second = seeded.article_ids(issue_id=issue)[:2]
    second_title = seeded.article(second)["title"]
    window.open_article(first, window.reader.marks)
    choose(window.correct_menu, "与下一篇合并")
    box = window.article_actions.last
    assert isinstance(box, QMessageBox) and second_title in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert seeded.article_ids(issue_id=issue)[:1] == [first] and second not in seeded.article_ids(issue_id=issue)
    merged = window.reader.article
    assert merged["id"] == first and second_title in merged["body"]
    at = merged["body"].split("\n").index(second_title) + 1
    choose(window.correct_menu, "从某一段拆分")
    dialog = window.article_actions.last
    assert not dialog.ok.isEnabled()
    click(dialog.choices, dialog.choices.model().index(at - 1, 0), qtbot)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    titles = [seeded.article(i)["title"] for i in seeded.article_ids(issue_id=issue)[:2]]
    assert titles[1] == second_title


def test_tag_an_article_by_hand_from_the_readers_menu(window: MainWindow, seeded, qtbot) -> None:
    search_for(window, "复工")
    article_id = window.reader.article["id"]
    assert "王小明" not in [lead["name"] for lead in window.reader.article["leaders"]]
    choose(window.correct_menu, "添加人物或项目标签")
    dialog = window.article_actions.last
    assert dialog.names["leader"] == [r["name"] for r in seeded.leaders()]  # from the panel, most tagged first
    dialog.name.setFocus()
    type_text(dialog.name, "王小明")
    dialog.role_title.setFocus()
    type_text(dialog.role_title, "副区长")
    QTest.keyClick(dialog.role_title, Qt.Key.Key_Return)
    assert {"name": "王小明", "title": "副区长"} in seeded.article(article_id)["leaders"]
    assert ("leader", "王小明") in window.reader.link_targets()
    assert "王小明" in window.tags.leaders.model.names()
    window.undo_action.trigger()
    assert "王小明" not in [lead["name"] for lead in seeded.article(article_id)["leaders"]]


@pytest.mark.parametrize("panel", ["empty", "reloading"])
def test_the_tag_dialog_loads_the_names_while_the_panel_has_none_ready(window: MainWindow, seeded, qtbot,
                                                                      panel: str) -> None:
    search_for(window, "复工")
    window.tags.set_tags([], []) if panel == "empty" else window.tags.set_loading(True)
    window.tags.leaders.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the panel's own order is not the offer's
    before = window.article_actions.last
    choose(window.correct_menu, "添加人物或项目标签")
    qtbot.waitUntil(lambda: window.article_actions.last is not before, timeout=5000)
    names = window.article_actions.last.names
    assert names["leader"] == [r["name"] for r in seeded.leaders()]
    assert names["project"] == [r["name"] for r in seeded.projects()]


def test_a_correction_made_in_the_window_survives_reparse_and_a_reimport(window: MainWindow, seeded, qtbot) -> None:
    """Corrections are keyed by the source text: a re-parse, and deleting the issue and importing the same
    gazette again, keep a merge made in the window."""
    from tests.conftest import seed

    issue = seeded.issues()[0]["id"]
    first, second = seeded.article_ids(issue_id=issue)[:2]
    source = seeded.article(first)["source"]
    window.open_article(first, window.reader.marks)
    choose(window.correct_menu, "与下一篇合并")
    qtbot.mouseClick(window.article_actions.last.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    merged = [a["title"] for a in seeded.articles(issue_id=issue)]
    library = window.library
    library.reparse()
    assert [a["title"] for a in library.articles(issue_id=issue)] == merged
    assert library.article(first)["corrected"]
    library.delete_issue(issue)
    others = {i["id"] for i in library.issues()}
    library.import_files([seed(source[:3])])
    again = next(i["id"] for i in library.issues() if i["id"] not in others)
    assert [a["title"] for a in library.articles(issue_id=again)] == merged
    library.revert_correction(library.corrections()[-1]["number"])
    assert len(library.articles(issue_id=again)) == len(merged) + 1
