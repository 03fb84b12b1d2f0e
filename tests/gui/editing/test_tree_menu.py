"""The issue tree's context menu: edit an issue's metadata, delete an issue, correct an article."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from gazette_reader.gui.main_window import MainWindow
from gazette_reader.gui.tree_model import ROLE_FILTERS
from tests.gui.conftest import type_text
from tests.gui.editing.test_article_editing import choose, right_click


def first_issue(window: MainWindow):
    model = window.tree_model
    publication = model.index(0, 0)
    window.tree.expand(publication)
    year = model.index(0, 0, publication)
    window.tree.expand(year)
    return model.index(0, 0, year)


def test_edit_an_issues_number_from_the_tree(window: MainWindow, seeded, qtbot) -> None:
    issue = first_issue(window)
    issue_id = issue.data(ROLE_FILTERS)["issue_id"]
    before = next(i for i in seeded.issues() if i["id"] == issue_id)
    right_click(window.tree, issue)
    choose(window.last_menu, "编辑本期信息")
    window.last_menu.close()
    dialog = window.last_dialog
    assert dialog.number.text() == str(before["number"])
    dialog.number.selectAll()
    type_text(dialog.number, "193")
    QTest.keyClick(dialog.number, Qt.Key.Key_Return)
    after = next(i for i in seeded.issues() if i["source"] == before["source"])
    assert str(after["number"]) == "193" and after["articles"] == before["articles"]
    assert "193" in first_issue(window).data()


def test_delete_an_issue_from_the_tree_after_a_question(window: MainWindow, seeded, qtbot) -> None:
    issue = first_issue(window)
    issue_id = issue.data(ROLE_FILTERS)["issue_id"]
    count = len(seeded.issues())
    right_click(window.tree, issue)
    choose(window.last_menu, "删除本期")
    window.last_menu.close()
    box = window.last_dialog
    assert issue.data() in box.text() and box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert len(seeded.issues()) == count - 1 and issue_id not in [i["id"] for i in seeded.issues()]
    assert f"{count - 1} 期" in window.counts_label.text()
