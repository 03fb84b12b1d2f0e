"""The corrections manager: every correction listed, hidden tags restorable, any correction reverted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from gazette_reader.gui.main_window import MainWindow
from gazette_reader.gui.models.corrections import CorrectionsModel
from tests.gui.test_first_day import click, leader_names


def make_corrections(window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr("gazette_reader.gui.tag_panel.QMessageBox.question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.tags.ask_hide(window.tags.leaders, "宋洁")
    dialog = window.tags.ask_merge(window.tags.leaders, "耿勇军")
    item = dialog.choices.findItems("李新军", Qt.MatchFlag.MatchExactly)[0]
    item.setSelected(True)
    dialog.accept()
    window.search.set_text("复工")
    window.corrector.edit_article(window.articles.rows[0]["id"], {"title": "改过的标题"}, label="x")


def test_the_manager_lists_every_correction_and_restores_a_hidden_tag(window: MainWindow, monkeypatch,
                                                                      qtbot) -> None:
    make_corrections(window, monkeypatch)
    assert "宋洁" not in leader_names(window) and "耿勇军" not in leader_names(window)
    window.corrections_action.trigger()
    dialog = window.corrections_dialog
    assert dialog.isVisible() and dialog.model.rowCount() == 3
    assert [dialog.model.index(r, 1).data() for r in range(3)] == ["文章", "标签", "标签"]  # newest first
    dialog.which.setFocus()
    for _ in range(dialog.which.count()):
        if dialog.which.currentData() != "hidden":
            QTest.keyClick(dialog.which, Qt.Key.Key_Down)
    assert dialog.model.rowCount() == 1 and "宋洁" in dialog.model.index(0, 2).data()
    assert not dialog.revert_button.isEnabled()
    click(dialog.view, dialog.model.index(0, 2), qtbot)
    qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    assert "宋洁" in leader_names(window)  # the hidden tag is back
    assert dialog.model.rowCount() == 0 and len(dialog.model.entries) == 2  # the list reloaded
    for _ in range(dialog.which.count()):
        if dialog.which.currentData() != "all":
            QTest.keyClick(dialog.which, Qt.Key.Key_Up)
    merge = next(r for r in range(dialog.model.rowCount()) if "耿勇军" in dialog.model.index(r, 2).data())
    click(dialog.view, dialog.model.index(merge, 2), qtbot)
    QTest.keyClick(dialog.view, Qt.Key.Key_Return)  # Enter reverts too: the merge is split again
    assert "耿勇军" in leader_names(window) and "李新军" in leader_names(window)


def test_the_corrections_model_passes_the_model_tester(qtmodeltester, window: MainWindow, monkeypatch) -> None:
    make_corrections(window, monkeypatch)
    model = CorrectionsModel()
    model.set_entries(window.library.corrections())
    qtmodeltester.check(model)
    model.set_filter("articles")
    assert model.rowCount() == 1
    qtmodeltester.check(model)
