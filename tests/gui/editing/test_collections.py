"""Collections (专题) and notes in the window, driven as a user does: select rows with the mouse, the
list's and the tree's context menus, the reader's button, typing a name, Enter; the note under the reader."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QToolButton

from gazette_reader.gui.dialogs import ExportDialog
from gazette_reader.gui.main_window import MainWindow
from gazette_reader.gui.tree_model import ROLE_FILTERS, ROLE_KIND, IssueTreeModel
from gazette_reader.gui.widgets.exported import exported_urls
from tests.gui.conftest import type_text
from tests.gui.editing.test_article_editing import choose, right_click
from tests.gui.test_first_day import click, search_for


def answer(window: MainWindow, name: str) -> None:
    """Type a collection name into the open 加入专题 dialog and press Enter."""
    box = window.last_dialog.findChild(QComboBox).lineEdit()
    box.selectAll()
    type_text(box, name)
    QTest.keyClick(box, Qt.Key.Key_Return)


def collections_node(window: MainWindow) -> QModelIndex:
    model = window.tree_model
    model.fetchMore(QModelIndex())
    top = next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data(ROLE_KIND)
               == "collections_root")
    window.tree.expand(top)
    model.fetchMore(top)
    return top


def test_collect_two_rows_from_the_list_menu_then_list_and_remove_from_the_tree(window: MainWindow, seeded,
                                                                               qtbot) -> None:
    search_for(window, "复工")
    first, second = window.articles.index(0, 0), window.articles.index(2, 0)
    click(window.list, first, qtbot)
    click(window.list, second, qtbot, Qt.KeyboardModifier.ControlModifier)
    ids = window.selected_ids()
    assert len(ids) == 2
    right_click(window.list, second)
    choose(window.last_menu, "加入专题")
    window.last_menu.close()
    answer(window, "复工复产")
    assert seeded.collection_ids("复工复产") == ids
    top = collections_node(window)
    assert top.data() == "专题"
    node = window.tree_model.index(0, 0, top)
    assert node.data() == "复工复产" and node.siblingAtColumn(1).data() == "2"
    click(window.tree, node, qtbot)
    assert window.query == "" and [window.articles.index(r, 0).data(Qt.ItemDataRole.UserRole + 1)
                                   for r in range(window.articles.rowCount())] == ids
    click(window.list, window.articles.index(0, 0), qtbot)
    right_click(window.list, window.articles.index(0, 0))
    choose(window.last_menu, "从专题“复工复产”移除")
    assert seeded.collection_ids("复工复产") == ids[1:] and window.articles.rowCount() == 1


def test_add_all_results_and_the_open_article_by_the_readers_button(window: MainWindow, seeded, qtbot) -> None:
    search_for(window, "复工")
    hits = seeded.search_ids("复工", sort=window.sort)
    window.collect_results_action.trigger()
    answer(window, "复工")
    assert seeded.collection_ids("复工") == hits and len(hits) > window.articles.rowCount() - 1
    search_for(window, "老旧小区")
    click(window.list, window.articles.index(0, 0), qtbot)
    opened = window.reader.article["id"]
    button = next(b for b in window.reader.findChildren(QToolButton)
                  if b.defaultAction() is window.collect_article_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.last_dialog.findChild(QComboBox).currentText() == "复工"  # the existing one is offered
    answer(window, "复工")
    assert seeded.collection_ids("复工") == hits + ([opened] if opened not in hits else [])


def test_a_note_is_written_under_the_reader_found_and_kept(window: MainWindow, seeded, qtbot) -> None:
    search_for(window, "复工")
    click(window.list, window.articles.index(0, 0), qtbot)
    article_id = window.reader.article["id"]
    editor = window.note_editor
    assert editor.isEnabled() and not editor.save_button.isEnabled()
    qtbot.mouseClick(editor.text.viewport(), Qt.MouseButton.LeftButton)
    type_text(editor.text, "待核实日期")
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert seeded.note(article_id) == "待核实日期" and not editor.save_button.isEnabled()
    search_for(window, "备注:待核实")
    assert window.articles.rowCount() == 1
    click(window.list, window.articles.index(0, 0), qtbot)
    assert editor.text.toPlainText() == "待核实日期"
    editor.text.selectAll()
    QTest.keyClick(editor.text, Qt.Key.Key_Delete)
    QTest.keyClick(editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter saves
    assert seeded.note(article_id) == ""


def test_export_a_collection_from_its_node_then_open_the_file(window: MainWindow, seeded, tmp_path: Path,
                                                               monkeypatch, qtbot) -> None:
    ids = seeded.article_ids()[:3]
    seeded.collect("汇编", ids)
    seeded.set_note(ids[0], "见区志")
    window.refresh_tree()
    node = window.tree_model.index(0, 0, collections_node(window))
    right_click(window.tree, node)
    choose(window.last_menu, "导出本专题")
    window.last_menu.close()
    [export] = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    assert export.windowTitle() == "导出专题“汇编”"
    assert Path(export.path.text()).name == "汇编.docx"
    export.format.setCurrentIndex(export.format.findData("jsonl"))
    export.path.setText(str(tmp_path / "汇编.jsonl"))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    export.accept()
    written = (tmp_path / "汇编.jsonl").read_text(encoding="utf-8")
    assert written.count("\n") == 3 and "见区志" in written
    box = window.exported_box
    qtbot.mouseClick(box.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(tmp_path.resolve()))]
    assert exported_urls(tmp_path / "汇编.jsonl")[0].toLocalFile() == str((tmp_path / "汇编.jsonl").resolve())


def test_rename_and_delete_a_collection_from_its_node(window: MainWindow, seeded, qtbot) -> None:
    seeded.collect("甲", seeded.article_ids()[:1])
    window.refresh_tree()
    node = window.tree_model.index(0, 0, collections_node(window))
    right_click(window.tree, node)
    choose(window.last_menu, "重命名专题")
    window.last_menu.close()
    line = window.last_dialog.findChild(QLineEdit)
    line.selectAll()
    type_text(line, "乙")
    QTest.keyClick(line, Qt.Key.Key_Return)
    assert [c["name"] for c in seeded.collections()] == ["乙"]
    node = window.tree_model.index(0, 0, collections_node(window))
    assert node.data() == "乙"
    right_click(window.tree, node)
    choose(window.last_menu, "删除专题")
    window.last_menu.close()
    box = window.last_dialog
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert seeded.collections() == []


def test_the_tree_model_with_collections_passes_the_model_tester(seeded, qtmodeltester) -> None:
    seeded.collect("甲", seeded.article_ids()[:3])
    seeded.collect("空", seeded.article_ids()[:1])
    seeded.uncollect("空", seeded.article_ids()[:1])
    model = IssueTreeModel(library=seeded)
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    top = model.index(model.rowCount() - 1, 0)
    assert top.data(ROLE_KIND) == "collections_root" and top.siblingAtColumn(1).data() == "2"
    model.fetchMore(top)
    names = [model.index(r, 0, top).data() for r in range(model.rowCount(top))]
    assert names == ["甲", "空"]
    first = model.index(0, 0, top)
    assert first.data(ROLE_FILTERS) == {"collection": "甲"}
    model.fetchMore(first)
    assert model.rowCount(first) == 3
    qtmodeltester.check(model)


def test_the_export_dialog_speaks_english_in_the_english_ui(window: MainWindow, qapp) -> None:
    from gazette_reader.export import FORMATS
    from gazette_reader.gui import app
    from gazette_reader.gui.dialogs import FORMAT_LABELS

    assert FORMAT_LABELS == {fmt: label for fmt, (label, _) in FORMATS.items()}
    translators = app.install_translators(qapp, "en")
    try:
        dialog = ExportDialog(count=2, parent=window)
        labels = [dialog.format.itemText(n) for n in range(dialog.format.count())]
        assert labels[0] == "Word document (.docx)" and "References (RIS, Zotero/EndNote) (.ris)" in labels
        assert not any("\u4e00" <= ch <= "\u9fff" for label in labels for ch in label)
        assert Path(dialog.path.text()).name == "gazette-export" + FORMATS[dialog.fmt()][1]
        named = ExportDialog(count=2, name="宋洁/复工", parent=window)
        assert Path(named.path.text()).stem == "宋洁_复工"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert Path(ExportDialog(count=1, parent=window).path.text()).stem == "简报导出"
