"""The defects a researcher's first day found (issue #15), each driven as a user does: mouse clicks on a
view's viewport at the item's rectangle, typing, Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLineEdit, QMessageBox, QStyleOptionViewItem,
                               QToolButton)

from gazette_reader.gui import settings
from gazette_reader.gui.article_model import meta_line
from gazette_reader.gui.main_window import MainWindow
from gazette_reader.gui.script import convert
from gazette_reader.gui.search_pane import SearchPane
from gazette_reader.gui.tree_model import ROLE_FILTERS, IssueTreeModel
from tests.gui.conftest import type_text


def click(view: QAbstractItemView, index: QModelIndex, qtbot, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A left click on ``index`` where the user sees it."""
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center())


def test_1_a_click_on_a_tree_node_lists_it_while_browsing(window: MainWindow, seeded, qtbot) -> None:
    publication = window.tree_model.index(0, 0)
    assert window.query == "" and window.articles.rowCount() == 0
    click(window.tree, publication, qtbot)
    assert window.articles.total == seeded.count_headers(**publication.data(ROLE_FILTERS)) > 0
    window.tree.expand(publication)
    window.tree_model.fetchMore(publication)
    year = window.tree_model.index(0, 0, publication)
    window.tree.expand(year)
    window.tree_model.fetchMore(year)
    issue = window.tree_model.index(0, 0, year)
    click(window.tree, issue, qtbot)
    assert window.articles.total == seeded.count_headers(**issue.data(ROLE_FILTERS))
    assert window.browsing == issue.data(ROLE_FILTERS)


def leader_row(window: MainWindow, name: str) -> QModelIndex:
    view = window.tags.leaders.view
    model = view.model()
    return next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data() == name)


def leader_names(window: MainWindow) -> list[str]:
    return window.tags.leaders.model.names()


def test_2_merge_needs_a_pick_and_ctrl_z_undoes_it(window: MainWindow, seeded, qtbot) -> None:
    before = {row["name"]: row for row in seeded.leaders()}
    click(window.tags.leaders.view, leader_row(window, "耿勇军"), qtbot)  # its timeline shows
    qtbot.waitUntil(lambda: window.tags.timeline.title.endswith("耿勇军"), timeout=2000)  # the list first
    dialog = window.tags.ask_merge(window.tags.leaders, "耿勇军")
    assert dialog.target() is None and not dialog.ok.isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # Enter with nothing picked merges nothing
    assert dialog.isVisible() and "耿勇军" in leader_names(window)
    type_text(dialog.filter_box, "宋")
    target = dialog.choices.findItems("宋洁", Qt.MatchFlag.MatchExactly)[0]
    click(dialog.choices, dialog.choices.indexFromItem(target), qtbot)
    assert dialog.ok.isEnabled() and "“耿勇军”的文章" in dialog.effect.text() and "“宋洁”" in dialog.effect.text()
    QTest.keyClick(dialog.choices, Qt.Key.Key_Return)
    assert "耿勇军" not in leader_names(window)
    qtbot.waitUntil(lambda: window.tags.timeline.title.endswith("宋洁"), timeout=2000)  # it follows the merge
    assert window.undo_action.isEnabled() and "耿勇军" in window.undo_action.text()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {row["name"]: row["articles"] for row in seeded.leaders()} == {n: r["articles"] for n, r in before.items()}
    assert "耿勇军" in leader_names(window) and not window.undo_action.isEnabled()


def test_2_a_hidden_tag_leaves_the_timeline(window: MainWindow, monkeypatch, qtbot) -> None:
    click(window.tags.leaders.view, leader_row(window, "宋洁"), qtbot)
    qtbot.waitUntil(lambda: bool(window.tags.timeline.counts), timeout=2000)
    monkeypatch.setattr("gazette_reader.gui.tag_panel.QMessageBox.question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.tags.ask_hide(window.tags.leaders, "宋洁")
    assert "宋洁" not in leader_names(window)
    assert window.tags.timeline.counts == {} and window.tags.timeline.title == ""


def test_2_a_renamed_leader_is_still_a_link_in_the_body(window: MainWindow, monkeypatch, qtbot) -> None:
    window.search.set_text("耿勇军")
    body_links = lambda: [t for t in window.reader.link_targets() if t[0] == "leader"]  # noqa: E731
    assert ("leader", "耿勇军") in body_links()
    monkeypatch.setattr("gazette_reader.gui.tag_panel.QInputDialog.getText", lambda *a, **k: ("耿永军", True))
    window.tags.ask_rename(window.tags.leaders, "耿勇军")
    links = body_links()
    assert ("leader", "耿永军") in links and links.count(("leader", "耿永军")) >= 2  # tag line and body
    body = window.reader.browser.toPlainText()
    assert "耿勇军" in body  # the text keeps its spelling, linked to the new name


def test_5_a_tag_click_replaces_the_tag_filter_and_ctrl_click_adds(window: MainWindow, qtbot) -> None:
    view = window.tags.leaders.view
    click(view, leader_row(window, "耿勇军"), qtbot)
    click(view, leader_row(window, "宋洁"), qtbot)
    assert window.search.box.text() == "人物:宋洁"  # replaced, not piled up
    assert window.chips.clauses == ["人物:宋洁"] and window.chips.isVisible()
    click(view, leader_row(window, "耿勇军"), qtbot, Qt.KeyboardModifier.ControlModifier)
    assert window.search.box.text() == "人物:宋洁 人物:耿勇军"
    assert window.chips.clauses == ["人物:宋洁", "人物:耿勇军"]
    chip = window.chips.buttons[0]
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert window.search.box.text() == "人物:耿勇军" and window.chips.clauses == ["人物:耿勇军"]
    qtbot.mouseClick(window.chips.buttons[0], Qt.MouseButton.LeftButton)
    assert window.search.box.text() == "" and window.chips.isHidden()


def test_5_words_stay_when_a_tag_click_replaces_the_tag_filter(window: MainWindow, qtbot) -> None:
    window.search.box.setFocus()
    type_text(window.search.box, "复工 人物:耿勇军")
    QTest.keyClick(window.search.box, Qt.Key.Key_Return)
    click(window.tags.leaders.view, leader_row(window, "宋洁"), qtbot)
    assert window.search.box.text() == "复工 人物:宋洁"


def test_6_a_tag_filter_marks_the_tags_spellings_and_f3_goes_on(window: MainWindow, seeded, qtbot) -> None:
    window.search.box.setFocus()
    type_text(window.search.box, "项目:全国文明城市创建")
    QTest.keyClick(window.search.box, Qt.Key.Key_Return)
    assert window.articles.total > 1
    reader = window.reader
    assert reader.hit_count() >= 1 and reader.next_button.isEnabled()
    spellings = set(seeded.tag_spellings(reader.article["id"])["project"]["全国文明城市创建"])
    assert {reader.hit_text(n) for n in range(reader.hit_count())} <= spellings | {"全国文明城市创建"}
    first = reader.article["id"]
    for _ in range(reader.hit_count() - 1 - reader.current_hit):
        reader.next_button.click()
    reader.next_button.click()  # past the last hit: the next article
    assert reader.article["id"] == window.articles.rows[1]["id"] != first
    assert window.list.currentIndex().row() == 1 and reader.current_hit == 0
    reader.previous_button.click()  # before the first hit: back, at its last hit
    assert reader.article["id"] == first and reader.current_hit == reader.hit_count() - 1


def search_for(window: MainWindow, text: str) -> None:
    window.search.box.setFocus()
    window.search.box.clear()
    type_text(window.search.box, text)
    QTest.keyClick(window.search.box, Qt.Key.Key_Return)


def test_3_clearing_a_date_field_searches_again(window: MainWindow, seeded, qtbot) -> None:
    search_for(window, "宋洁")
    everything = window.articles.total
    edit = window.search.date_from
    edit.setFocus()
    type_text(edit, "2020-04-20")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert window.articles.total == seeded.search("宋洁 日期:2020-04-20..", limit=1).total < everything
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=3000)
    assert window.query == "宋洁" and window.articles.total == everything
    type_text(edit, "2020-04-20")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    clear_button = edit.findChildren(QToolButton)[0]  # the field's clear button
    qtbot.mouseClick(clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=3000)
    assert window.articles.total == everything


def row_lines(document) -> list[tuple[float, float, int, int]]:
    """(top, bottom, first character, after last) of each laid-out line of a list row's document."""
    out, block = [], document.begin()
    while block.isValid():
        top = document.documentLayout().blockBoundingRect(block).top()
        for n in range(block.layout().lineCount()):
            line = block.layout().lineAt(n)
            out.append((top + line.rect().top(), top + line.rect().bottom(), block.position() + line.textStart(),
                        block.position() + line.textStart() + line.textLength()))
        block = block.next()
    return out


def hit_positions(document) -> list[int]:
    """Document positions of characters painted with the hit background."""
    from gazette_reader.gui.colours import HIT

    out, block = [], document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().background().color() == HIT:
                out.append(fragment.position())
            it += 1
        block = block.next()
    return out


@pytest.mark.parametrize("size", [(1024, 700), (1400, 880)])
def test_4_list_rows_show_whole_lines_their_hits_and_a_gap(qtbot, workers, seeded_path, size) -> None:
    win = MainWindow(workers=workers)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    win.open_library(seeded_path)
    search_for(win, "复工复产")
    delegate, view = win.list.itemDelegate(), win.list
    image = view.viewport().grab().toImage()
    checked = 0
    for row in range(win.articles.rowCount()):
        index = win.articles.index(row, 0)
        rect = view.visualRect(index)
        if rect.bottom() >= view.viewport().height():
            break
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        document = delegate._document(option, index, view.row_width())
        visible = [line for line in row_lines(document) if line[1] <= rect.height() - 6 + 1]
        text_end = int(visible[-1][1]) + 1
        strip = {image.pixel(x, y) for y in range(rect.top() + text_end, rect.bottom() + 1)
                 for x in range(rect.left(), rect.right(), 2)}
        assert len(strip) == 1, (row, "a cut line or no gap under the text")
        hits = hit_positions(document)
        assert hits and all(any(s <= hit < e for _, _, s, e in visible) for hit in hits), (row, hits, visible)
        checked += 1
    assert checked >= 3


def project_row(window: MainWindow, name: str) -> QModelIndex:
    model = window.tags.projects.view.model()
    return next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data() == name)


def test_7_the_timeline_shows_empty_months_and_a_bar_click_lists_that_month(window: MainWindow, seeded,
                                                                           qtbot) -> None:
    click(window.tags.projects.view, project_row(window, "老旧小区改造"), qtbot)
    timeline = window.tags.timeline
    qtbot.waitUntil(lambda: bool(timeline.counts), timeout=2000)
    months = list(timeline.counts)
    assert months[0] == "2019-06" and months[-1] == "2020-04" and len(months) == 11
    assert timeline.counts["2019-07"] == 0
    timeline.repaint()
    bar = timeline.bar_rect("2020-04")
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=bar.center().toPoint())
    assert window.query == "项目:老旧小区改造 日期:2020-04"
    assert window.articles.total == seeded.search("项目:老旧小区改造 日期:2020-04", limit=1).total == 2


def test_8_date_sort_oldest_first_keeps_undated_last(window: MainWindow, seeded, qtbot) -> None:
    search_for(window, "复工")
    combo = window.search.sort
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentData() != "oldest":
            QTest.keyClick(combo, Qt.Key.Key_Down)
    window.select_all_results()
    expected = [hit.id for hit in seeded.search("复工", sort="oldest", limit=1000).hits]
    assert window.sort == "oldest" and window.articles.ids() == expected
    dates = [row["date"] for row in window.articles.rows]
    dated = [d for d in dates if d]
    assert dated == sorted(dated) and dates[:len(dated)] == dated  # oldest first, undated after


def test_9_traditional_display_converts_list_tree_and_panel(window: MainWindow, qtbot) -> None:
    search_for(window, "耿勇军")
    dialog = window.ask_settings()
    dialog.script.setFocus()
    for _ in range(dialog.script.count()):
        if dialog.script.currentData() != "s2t":
            QTest.keyClick(dialog.script, Qt.Key.Key_Down)
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert window.tree_model.index(0, 0).data() == "上街區簡報"
    assert "耿勇軍" in [window.tags.leaders.view.model().index(r, 0).data()
                      for r in range(window.tags.leaders.view.model().rowCount())]
    first = window.articles.index(0, 0)
    assert first.data() == convert(window.articles.rows[0]["title"], "s2t")
    option = QStyleOptionViewItem()
    window.list.initViewItemOption(option)
    document = window.list.itemDelegate()._document(option, first, window.list.row_width())
    assert "耿勇軍" in document.toPlainText()
    assert all(document.toPlainText()[p:p + 3] == "耿勇軍" for p in hit_positions(document))


def test_13_f1_opens_help_and_the_title_names_the_app_once(window: MainWindow, seeded_path, qtbot) -> None:
    assert "地方简报阅读器" not in window.windowTitle() and window.windowTitle() == str(seeded_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(window, Qt.Key.Key_F1)
    help_dialog = window.help_dialog
    assert help_dialog is not None and help_dialog.isVisible()
    text = help_dialog.browser.toPlainText()
    assert "检索语法" in text and "人物:宋洁" in text and "日期:2020-04..2020-06" in text
    assert "F3" in text and "Ctrl+Z" in text  # the shortcut list, from the window's actions


def test_10_language_names_are_their_own_and_english_uses_english_words(window: MainWindow, qapp, qtbot) -> None:
    from gazette_reader.gui import app

    translators = app.install_translators(qapp, "en")
    try:
        dialog = window.ask_settings()
        names = [dialog.language.itemText(n) for n in range(dialog.language.count())]
        assert "中文" in names and "English" in names and "Chinese" not in names
        dialog.reject()
        pane = SearchPane()
        qtbot.addWidget(pane)
        assert "leader:" in pane.box.placeholderText() and "人物" not in pane.box.placeholderText()
        pane.date_from.setText("2020-04")
        assert pane.full_query() == "date:2020-04.."
        pane.show_total(1)
        assert pane.total_label.text() == "1 article"
        window._show_counts({"sources": 1, "issues": 1, "articles": 1})
        assert window.counts_label.text() == "1 file · 1 issue · 1 article"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_11_settings_show_the_open_library_and_a_cjk_reading_font(window: MainWindow, seeded_path, qapp,
                                                                  qtbot) -> None:
    dialog = window.ask_settings()
    assert dialog.library.text() == str(seeded_path)  # opened with --library: that one, not the default
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert settings.value("library/path") == ""  # not made the default by pressing OK
    before = qapp.font()
    qapp.setFont(QFont("DejaVu Sans"))  # what a C locale gives: no Chinese glyphs
    try:
        window.apply_settings()
        family = window.reader.font_family
        assert family and QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)
        dialog = window.ask_settings()
        assert dialog.font_family.currentFont().family() == family
        dialog.reject()
    finally:
        qapp.setFont(before)


def test_12_ctrl_c_copies_every_selected_title(window: MainWindow, seeded, qtbot) -> None:
    search_for(window, "复工")
    view = window.list
    click(view, window.articles.index(0, 0), qtbot)
    click(view, window.articles.index(2, 0), qtbot, Qt.KeyboardModifier.ControlModifier)
    click(view, window.articles.index(1, 0), qtbot, Qt.KeyboardModifier.ControlModifier)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    titles = [window.articles.rows[n]["title"] for n in range(3)]
    assert QGuiApplication.clipboard().text() == "\n".join(titles)
    window.copy_citation()
    assert QGuiApplication.clipboard().text() == "\n".join(seeded.citation(window.articles.rows[n]["id"])
                                                          for n in range(3))


def test_14_the_import_report_names_repeats_and_skipped_files_and_the_tree_stays_open(
        window: MainWindow, tmp_path, qtbot) -> None:
    from tests.conftest import SEEDS

    publication = window.tree_model.index(0, 0)
    window.tree.expand(publication)
    year = window.tree_model.index(0, 0, publication)
    window.tree.expand(year)
    click(window.tree, year, qtbot)
    year_label = year.data()  # read now: the import reloads the tree, and an old index then points at freed nodes
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "again.txt").write_bytes(SEEDS[0].read_bytes())
    (folder / "scan.xyz").write_bytes(b"\x00\x01")
    window.import_paths([folder])
    text = window.last_message.text()
    assert "again.txt" in text and SEEDS[0].name in text  # the repeat and the file it repeats
    assert "scan.xyz" in text and "不支持" in text
    publication = window.tree_model.index(0, 0)
    assert window.tree.isExpanded(publication)
    assert window.tree.isExpanded(window.tree_model.index(0, 0, publication))
    assert window.tree.currentIndex().data() == year_label


def test_15_reader_shows_the_reporting_unit_styles_subheadings_and_an_undated_day(window: MainWindow, seeded,
                                                                                 qtbot) -> None:
    articles = seeded.articles()
    with_unit = next(a for a in articles if a.get("source_unit") == "中心路街道")
    featured = next(a for a in articles if "交出阶段性的“成绩单”成效明显态势很好" in (a["body"] or ""))
    undated = next(a for a in articles if not a["date"] and a.get("month_day") == "09-15")
    for article in (with_unit, featured, undated):
        search_for(window, f'"{article["title"][:12]}"')
        row = window.articles.row_of(article["id"])
        click(window.list, window.articles.index(row, 0), qtbot)
        assert window.reader.article["id"] == article["id"]
        text = window.reader.browser.toPlainText()
        document = window.reader.browser.document()
        if article is with_unit:
            assert text.rstrip().endswith("（中心路街道）")
        if article is featured:
            heading = next(document.findBlockByNumber(n) for n in range(document.blockCount())
                           if document.findBlockByNumber(n).text() == "交出阶段性的“成绩单”成效明显态势很好")
            assert heading.begin().fragment().charFormat().fontWeight() == QFont.Weight.Bold
            body = next(document.findBlockByNumber(n) for n in range(document.blockCount())
                        if document.findBlockByNumber(n).text().startswith("近年来"))
            assert body.begin().fragment().charFormat().fontWeight() != QFont.Weight.Bold
            assert not any(document.findBlockByNumber(n).begin().fragment().charFormat().fontWeight()
                           == QFont.Weight.Bold for n in range(document.blockCount())
                           if document.findBlockByNumber(n).text() == "强化产城融合、系统推")
        if article is undated:
            assert "9月15日" in text.splitlines()[1] or "9月15日" in text[:200]
            assert "9月15日" in meta_line(window.articles.rows[row])


def test_the_status_bar_counts_the_selected_articles(window: MainWindow, qtbot) -> None:
    search_for(window, "复工")
    assert window.selected_label.text() == ""
    click(window.list, window.articles.index(2, 0), qtbot, Qt.KeyboardModifier.ShiftModifier)
    assert window.selected_label.text() == "已选 3 篇"
    window.select_all_results()
    assert window.selected_label.text() == f"已选 {window.articles.total} 篇"


def test_the_theme_switches_in_the_app_and_back(window: MainWindow, qapp, qtbot) -> None:
    from PySide6.QtGui import QPalette

    window.search.set_text("复工复产")
    started = qapp.palette().color(QPalette.ColorRole.Base).name()
    try:
        for theme, dark in (("dark", True), ("light", False), ("system", None)):
            dialog = window.ask_settings()
            dialog.theme.setFocus()
            for _ in range(dialog.theme.count()):
                if dialog.theme.currentData() != theme:
                    QTest.keyClick(dialog.theme, Qt.Key.Key_Down if dialog.theme.currentIndex() <
                                   dialog.theme.findData(theme) else Qt.Key.Key_Up)
            qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                             Qt.MouseButton.LeftButton)
            qapp.processEvents()
            base = qapp.palette().color(QPalette.ColorRole.Base)
            if dark is not None:
                assert (base.lightness() < 80) is dark, theme
            text = window.reader.browser.palette().color(QPalette.ColorRole.Text)
            assert abs(text.lightness() - base.lightness()) > 100  # the reader re-rendered, readable
        assert qapp.palette().color(QPalette.ColorRole.Base).name() == started
    finally:
        from gazette_reader.gui.widgets.theme import apply_theme
        apply_theme("system")


def test_models_pass_the_model_tester_across_a_script_switch(window: MainWindow, qtmodeltester) -> None:
    window.search.set_text("复工")
    for model in (window.tree_model, window.articles, window.tags.leaders.model):
        qtmodeltester.check(model)
    for script in ("s2t", "simplified"):
        for model in (window.tree_model, window.articles, window.tags.leaders.model, window.tags.projects.model):
            model.set_script(script)
    assert window.tree_model.index(0, 0).data() == "上街区简报"


def test_file_new_and_recent_libraries(window: MainWindow, seeded_path, tmp_path, monkeypatch) -> None:
    new = tmp_path / "fresh.sqlite"
    monkeypatch.setattr("gazette_reader.gui.window.library_menu.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(new), ""))
    window.new_library_action.trigger()
    assert window.library.path == new and window.library.is_empty()  # no sample gazettes in a new library
    window.tree_model.fetchMore(QModelIndex())
    assert window.tree_model.rowCount() == 0 and settings.value("library/path") == str(new)
    window.recent_menu.aboutToShow.emit()
    entries = [action.text() for action in window.recent_menu.actions()]
    assert entries == [str(new), str(seeded_path)]
    window.recent_menu.actions()[1].trigger()
    window.tree_model.fetchMore(QModelIndex())
    assert window.library.path == seeded_path and window.tree_model.rowCount() > 0
    assert settings.value("library/path") == str(seeded_path)


def test_print_the_selected_articles_on_a4_and_preview(window: MainWindow, tmp_path, qtbot) -> None:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from gazette_reader.gui.widgets.printing import a4_printer, print_document

    search_for(window, "复工")
    click(window.list, window.articles.index(2, 0), qtbot, Qt.KeyboardModifier.ShiftModifier)
    printed: list[list[dict]] = []
    window.articles_to_print(printed.append)
    assert [a["id"] for a in printed[0]] == window.articles.ids()[:3]
    printer = a4_printer(QPrinter())
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    window.print_articles(printed[0], printer)
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF") and printer.pageLayout().pageSize().id().name == "A4"
    text = print_document(printed[0]).toPlainText()
    assert all(article["title"] in text for article in printed[0]) and "4月23日" in text
    window.preview_action.trigger()
    assert isinstance(window.last_dialog, QPrintPreviewDialog) and window.last_dialog.isVisible()
    window.last_dialog.close()


def test_a_saved_search_is_a_tree_node_that_runs_it(window: MainWindow, seeded, qtbot, qtmodeltester) -> None:
    search_for(window, "复工 人物:宋洁")
    dialog = window.ask_save_search()
    dialog.findChild(QLineEdit).selectAll()
    type_text(dialog.findChild(QLineEdit), "宋洁复工")
    QTest.keyClick(dialog.findChild(QLineEdit), Qt.Key.Key_Return)
    model = window.tree_model
    top = model.index(model.rowCount() - 1, 0)
    assert top.data() == "已存检索"
    window.tree.expand(top)
    model.fetchMore(top)
    node = model.index(0, 0, top)
    assert node.data() == "宋洁复工"
    standalone = IssueTreeModel(library=seeded, saved=lambda: [("宋洁复工", "复工 人物:宋洁")])
    qtmodeltester.check(standalone)
    saved_root = standalone.index(standalone.rowCount() - 1, 0)
    standalone.fetchMore(saved_root)
    assert standalone.index(0, 0, saved_root).data(ROLE_FILTERS)["query"] == "复工 人物:宋洁"
    search_for(window, "老旧小区")
    click(window.tree, node, qtbot)
    assert window.query == "复工 人物:宋洁" and window.articles.total == seeded.search("复工 人物:宋洁").total
    window.delete_saved_search("宋洁复工")
    model.fetchMore(QModelIndex())
    assert model.rowCount() > 0 and "已存检索" not in [model.index(r, 0).data() for r in range(model.rowCount())]


def test_7_a_bar_click_lists_the_charted_tag_while_another_chart_loads(window: MainWindow, qtbot) -> None:
    click(window.tags.projects.view, project_row(window, "老旧小区改造"), qtbot)
    timeline = window.tags.timeline
    qtbot.waitUntil(lambda: bool(timeline.counts), timeout=2000)
    window.load_timeline("leader", "宋洁")  # asked for; its chart comes a moment later
    timeline.repaint()
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=timeline.bar_rect("2020-04").center().toPoint())
    assert window.query == "项目:老旧小区改造 日期:2020-04"
    qtbot.waitUntil(lambda: timeline.title.endswith("宋洁"), timeout=2000)
