"""The 大事记 preview driven as a user does: edit an entry, drop one, export, and find the edits again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox

from gazette_reader.export.chronicle_edits import edits_file, load_edits
from gazette_reader.gui.chronicle_preview import DATE, KEEP, TEXT, ChroniclePreview
from gazette_reader.gui.dialogs import ExportDialog
from gazette_reader.gui.main_window import MainWindow
from tests.gui.conftest import type_text

EDITED = "区委书记宋洁督导老旧小区改造提升工作。"


def _preview(window: MainWindow, target: Path) -> ChroniclePreview:
    window.search.set_text("老旧小区")
    window.select_all_results()
    window.export(window.selected_ids(), "chronicle-md", target, force=True)
    dialog = window.chronicle_preview
    assert dialog is not None and dialog.isVisible()
    return dialog


def _edit_cell(dialog: ChroniclePreview, row: int, column: int, text: str) -> None:
    """Double-click the cell, select what is there, type the new text, press Enter."""
    table = dialog.table
    rect = table.visualRect(table.model().index(row, column))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    type_text(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits the editor's text in a queued call


def _toggle_keep(dialog: ChroniclePreview, row: int) -> None:
    table = dialog.table
    table.setFocus()
    table.setCurrentCell(row, KEEP)
    QTest.keyClick(table.viewport(), Qt.Key.Key_Space)


def _export(dialog: ChroniclePreview) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_edits_and_drops_are_written_and_kept_for_the_next_export(window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "大事记.md"
    dialog = _preview(window, target)
    rows = dialog.table.rowCount()
    assert rows >= 2
    row = next(r for r in range(rows) if "宋洁" in dialog.table.item(r, TEXT).text())
    dropped = dialog.table.item((row + 1) % rows, TEXT).text()
    _edit_cell(dialog, row, TEXT, EDITED)
    _toggle_keep(dialog, (row + 1) % rows)
    assert dialog.table.item((row + 1) % rows, KEEP).checkState() == Qt.CheckState.Unchecked
    _export(dialog)
    text = target.read_text(encoding="utf-8")
    assert EDITED in text and dropped not in text
    stored = load_edits(edits_file(window.library.path))
    assert sorted(edit.get("text", "dropped") for edit in stored.values()) == sorted([EDITED, "dropped"])
    again = _preview(window, tmp_path / "again.md")
    assert again.table.item(row, TEXT).text() == EDITED
    assert again.table.item((row + 1) % rows, KEEP).checkState() == Qt.CheckState.Unchecked
    _export(again)
    assert (tmp_path / "again.md").read_text(encoding="utf-8") == text


def test_a_date_that_is_not_one_keeps_the_preview_open(window: MainWindow, tmp_path: Path) -> None:
    dialog = _preview(window, tmp_path / "c.md")
    _edit_cell(dialog, 0, DATE, "4月3日")
    _export(dialog)
    assert dialog.isVisible() and not dialog.error.isHidden() and "4月3日" in dialog.error.text()
    assert not (tmp_path / "c.md").exists()
    _edit_cell(dialog, 0, DATE, "2020-04-02")
    _export(dialog)
    assert "4月2日，" in (tmp_path / "c.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("answer", "accepted"), [(QMessageBox.StandardButton.Yes, True),
                                                  (QMessageBox.StandardButton.No, False)])
def test_export_dialog_questions_a_suffix_of_another_format(qtbot, tmp_path: Path, monkeypatch, answer,
                                                            accepted: bool) -> None:
    dialog = ExportDialog(count=3)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("chronicle-md"))
    assert dialog.path.text().endswith(".md")  # the extension follows the format
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text: asked.append(text) or answer)
    dialog.path.setText(str(tmp_path / "out.xlsx"))
    dialog.show()
    dialog.accept()
    assert asked and ".xlsx" in asked[0] and "Excel" in asked[0]
    assert dialog.result() == (1 if accepted else 0)
    assert dialog.target().suffix == (".md" if accepted else ".xlsx")


def test_export_dialog_options_follow_the_format(qtbot) -> None:
    dialog = ExportDialog(count=1)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    assert dialog.layout_choice.isEnabled() and dialog.order.isEnabled() and not dialog.source.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData("chronicle-xlsx"))
    assert dialog.source.isEnabled() and not dialog.order.isEnabled()
    dialog.source.setCurrentIndex(dialog.source.findData("none"))
    assert dialog.options().source == "none" and dialog.options().layout == "official"


def test_export_options_label_kinds_in_the_ui_language(qtbot) -> None:
    from gazette_reader.gui.messages import set_ui_language

    dialog = ExportDialog(count=1)
    qtbot.addWidget(dialog)
    assert dialog.options().language == "zh"
    set_ui_language("en")
    try:
        assert dialog.options().language == "en"
    finally:
        set_ui_language("zh_CN")
