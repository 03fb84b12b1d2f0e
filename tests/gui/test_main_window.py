"""Driving the real window over a seeded library (synchronous workers)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from gazette_reader.errors import GazetteError
from gazette_reader.gui import dialogs
from gazette_reader.gui.messages import error_text
from gazette_reader.gui.main_window import MainWindow
from gazette_reader.gui.tree_model import ROLE_FILTERS, ROLE_KIND
from gazette_reader.library import Library
from tests.conftest import seed
from tests.gui.conftest import type_text


def test_typing_a_query_shows_the_exact_total_and_opens_the_first_hit(window: MainWindow, seeded, qtbot) -> None:
    type_text(window.search.box, "复工复产")
    qtbot.waitUntil(lambda: "共" in window.search.total_label.text(), timeout=3000)
    expected = seeded.search("复工复产", limit=5)
    assert window.search.total_label.text() == f"共 {expected.total:,} 篇"
    assert window.articles.total == expected.total
    assert window.articles.rows[0]["id"] == expected.hits[0].id
    assert window.articles.rows[0]["issue_title"]  # completed from headers for the list's meta line
    assert window.reader.article["id"] == expected.hits[0].id
    assert window.reader.hit_count() >= 1 and window.reader.hit_text(0) == "复工复产"


def test_a_common_term_shows_its_first_page_then_its_count(window: MainWindow, seeded, qtbot,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The page first (a common term at a million articles: its count costs more than its page), the total
    line saying it is counting, then the exact total from a second worker job."""
    from gazette_reader.gui import tasks
    from gazette_reader.search import engine, paging

    for name in ("PROBE_SHARE", "PHRASE_PROBE_SHARE", "MERGED_PROBE_SHARE"):
        monkeypatch.setattr(paging, name, 10**9)  # every term "common": probed, not counted
    monkeypatch.setattr(engine, "RANK_CAP", 0)  # and past bm25's cap, as at a million articles
    monkeypatch.setattr("gazette_reader.gui.main_window.FIRST_PAGE", 5)  # a page shorter than the result
    counting_said: list[str] = []
    count = tasks.search_total

    def search_total(*args, **kwargs) -> int:
        counting_said.append(window.search.total_label.text())
        return count(*args, **kwargs)

    monkeypatch.setattr(tasks, "search_total", search_total)
    type_text(window.search.box, "建设")
    qtbot.waitUntil(lambda: window.search.total_label.text().startswith("共"), timeout=3000)
    expected = seeded.search("建设", limit=5)
    assert counting_said == ["计数中…"]
    assert window.search.total_label.text() == f"共 {expected.total:,} 篇" and window.articles.total == expected.total
    assert window.articles.ids()[:5] == [hit.id for hit in expected.hits]
    while window.articles.canFetchMore(QModelIndex()):
        window.articles.fetchMore(QModelIndex())
    assert window.articles.ids() == seeded.search_ids("建设")


def test_a_search_without_hits_empties_the_reader_and_says_so(window: MainWindow) -> None:
    window.search.set_text("复工复产")
    assert window.reader.article is not None
    window.search.set_text("龘龘龘")
    assert window.articles.rowCount() == 0 and window.reader.article is None
    assert window.reader.browser.toPlainText() == "没有找到与“龘龘龘”匹配的文章。"


def test_malformed_query_is_explained_under_the_box(window: MainWindow) -> None:
    window.search.set_text('"复工')
    with pytest.raises(GazetteError) as raised:
        window.library.search('"复工')
    assert not window.search.error_label.isHidden()
    assert window.search.error_label.text() == error_text(raised.value)  # in the UI's language
    assert window.last_message is None


def test_a_malformed_query_keeps_the_previous_results_greyed_out(window: MainWindow) -> None:
    window.search.set_text("复工复产")
    ids, article = window.articles.ids(), window.reader.article["id"]
    window.search.set_text("复工复产 日期:2020-")  # typing on towards 日期:2020-04
    assert window.articles.ids() == ids and window.reader.article["id"] == article
    assert not window.list.isEnabled()
    total = window.search.total_label
    assert total.text() == f"检索式有误：下面仍是上一次检索的结果（共 {len(ids)} 篇）" and "#d32f2f" in total.styleSheet()
    window.search.set_text("复工复产 日期:2020-04")
    assert window.list.isEnabled() and total.text().startswith("共 ") and total.styleSheet() == ""


def test_a_malformed_first_query_leaves_an_empty_list_enabled(window: MainWindow) -> None:
    window.search.set_text('"复工')
    assert window.list.isEnabled() and window.search.total_label.text() == ""


def test_the_tag_lists_say_they_are_loading_until_the_rows_come(window: MainWindow, monkeypatch) -> None:
    box = window.tags.leaders.filter_box
    seen = []
    monkeypatch.setattr(window.workers, "run", lambda job, done, **_: seen.append((box.placeholderText(), done)))
    window.load_tags()
    (shown_while, done), = seen
    assert shown_while == "正在载入人物…" and window.tags.projects.filter_box.placeholderText() == "正在载入项目…"
    done(None, OSError("disk I/O error"))  # a failed load says what failed and stops saying "loading"
    assert box.placeholderText() == "筛选人物…" and window.statusBar().currentMessage()
    monkeypatch.undo()
    window.load_tags()
    assert box.placeholderText() == "筛选人物…" and window.tags.leaders.model.rowCount() > 0


def test_clicking_a_leader_filters_the_list(window: MainWindow, seeded, qtbot) -> None:
    view = window.tags.leaders.view
    index = view.model().index(0, 0)
    name = index.data()
    leader = next(row for row in seeded.leaders() if row["name"] == name)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert window.search.box.text() == f"人物:{name}"
    assert window.articles.total == leader["articles"]
    for article_id in window.articles.ids():
        assert name in [lead["name"] for lead in seeded.article(article_id)["leaders"]]
    timeline = window.tags.timeline
    assert not timeline.counts  # the list first, the chart a moment later
    qtbot.waitUntil(lambda: sum(timeline.counts.values()) + timeline.undated == leader["articles"], timeout=2000)


def test_leader_filter_combines_with_the_query(window: MainWindow, seeded) -> None:
    window.search.set_text("复工复产")
    name = window.tags.leaders.view.model().index(0, 0).data()
    window.filter_by_tag("leader", name)
    assert window.search.box.text() == f"复工复产 人物:{name}"
    assert window.articles.total == seeded.search(f"复工复产 人物:{name}", limit=0).total


def test_a_tag_click_while_browsing_narrows_the_node(window: MainWindow, seeded, qtbot) -> None:
    tree = window.tree_model
    publication = tree.index(0, 0)
    tree.fetchMore(publication)
    year = tree.index(0, 0, publication)
    window.tree.setCurrentIndex(year)
    node = {row["id"] for row in seeded.headers(**year.data(ROLE_FILTERS), limit=1000)}
    tagged = set(seeded.search_ids("人物:宋洁"))
    assert node & tagged and tagged - node  # the node holds some, not all, of the tag's articles
    window.filter_by_tag("leader", "宋洁")
    assert set(window.articles.ids()) == node & tagged and window.articles.total == len(node & tagged)
    assert window.search.box.text() == "" and window.query == ""
    assert window.search.total_label.text() == f"“{publication.data()} › {year.data()}”中带 人物:宋洁 的文章：共 {len(node & tagged)} 篇"
    window.filter_by_tag("project", "老旧小区改造", add=True)  # a Ctrl+click on a second tag narrows further
    both = node & tagged & set(seeded.search_ids("项目:老旧小区改造"))
    assert set(window.articles.ids()) == both and "人物:宋洁 项目:老旧小区改造" in window.search.total_label.text()
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=window.tree.visualRect(year).center())
    assert set(window.articles.ids()) == node and window.browse_tags == []  # the node again, whole


def test_a_clicked_tag_listed_uncounted_gets_its_count_after(window: MainWindow, seeded, qtbot,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Browsing a node, a click on a leader whose page comes uncounted (``count=False`` allows a backend
    to leave the total to :meth:`Library.search_total`) shows the page, then the count from another job."""
    from gazette_reader.search import engine
    from gazette_reader.search.results import SearchResult

    publication = window.tree_model.index(0, 0)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.tree.visualRect(publication).center())
    node = {row["id"] for row in seeded.headers(**publication.data(ROLE_FILTERS), limit=10**6)}
    view = window.tags.leaders.view
    index = next(view.model().index(r, 0) for r in range(view.model().rowCount())
                 if view.model().index(r, 0).data() == "宋洁")
    uncounted = []
    original = engine.run_plan

    def page_first(*args, count: bool = True, **kwargs) -> SearchResult:
        result = original(*args, count=count, **kwargs)
        uncounted.append(not count)
        return result if count else SearchResult(None, result.hits)

    monkeypatch.setattr(engine, "run_plan", page_first)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    tagged = node & set(seeded.search_ids("人物:宋洁"))
    qtbot.waitUntil(lambda: "共" in window.search.total_label.text(), timeout=3000)
    assert uncounted[0] and not all(uncounted) and window.articles.total == len(tagged)
    assert window.search.total_label.text().endswith(f"中带 人物:宋洁 的文章：共 {len(tagged)} 篇")
    while window.articles.canFetchMore(QModelIndex()):
        window.articles.fetchMore(QModelIndex())
    assert set(window.articles.ids()) == tagged


def test_a_tag_click_during_a_search_still_narrows_the_search(window: MainWindow) -> None:
    tree = window.tree_model
    window.tree.setCurrentIndex(tree.index(0, 0))
    window.search.set_text("复工")
    window.filter_by_tag("leader", "宋洁")
    assert window.search.box.text() == "复工 人物:宋洁" and window.query == "复工 人物:宋洁"


def test_selecting_a_tree_node_lists_its_articles(window: MainWindow, seeded) -> None:
    window.search.set_text("复工复产")
    tree = window.tree_model
    publication = tree.index(0, 0)
    tree.fetchMore(publication)
    year = tree.index(0, 0, publication)
    window.tree.setCurrentIndex(year)
    filters = year.data(ROLE_FILTERS)
    assert window.articles.total == seeded.count_headers(**filters)
    assert window.articles.ids() == [r["id"] for r in seeded.headers(**filters, limit=200)]
    assert window.search.box.text() == "" and window.query == ""
    assert window.reader.article["id"] == window.articles.ids()[0]


def test_the_trees_own_current_row_does_not_leave_search_mode(window: MainWindow) -> None:
    window.search.set_text("宋洁")
    # What QAbstractItemView.focusInEvent does when the tree first gets the focus: current, not selected.
    window.tree.selectionModel().setCurrentIndex(window.tree_model.index(1, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    assert window.tree.currentIndex().row() == 1
    assert window.search.box.text() == "宋洁" and window.query == "宋洁"
    assert window.articles.total > 0


def test_select_all_and_export_writes_the_file(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    window.search.set_text("复工复产")
    window.select_all_results()
    ids = window.selected_ids()
    assert len(ids) == window.articles.total > 1
    dialog = window.ask_export()
    dialog.format.setCurrentIndex(dialog.format.findData("jsonl"))
    target = tmp_path / "out.jsonl"
    dialog.path.setText(str(target))
    dialog.accept()
    assert target.exists() and len(target.read_text(encoding="utf-8").splitlines()) == len(ids)
    # a second export to the same file asks first; "No" keeps the dialog open and the file as it was
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    again = window.ask_export()
    again.format.setCurrentIndex(again.format.findData("jsonl"))
    again.path.setText(str(target))
    before = target.stat().st_mtime_ns
    again.accept()
    assert again.isVisible() and target.stat().st_mtime_ns == before


def test_export_without_selection_says_what_to_do(window: MainWindow) -> None:
    window.list.clearSelection()
    assert window.ask_export() is None
    assert "选择" in window.statusBar().currentMessage()


def test_import_reports_imported_duplicate_and_refused(window: MainWindow, tmp_path: Path) -> None:
    new = tmp_path / "new.txt"
    new.write_text(seed("001").read_text(encoding="utf-8") + "\n附：本期完。\n", encoding="utf-8")
    binary = tmp_path / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    before = window.library.counts()["sources"]
    window.import_paths([new, seed("002"), binary])
    assert window.library.counts()["sources"] == before + 1
    text = window.last_message.text()
    assert "导入 1 份" in text and "已在资料库中 1 份" in text and "拒绝 1 份" in text and "scan.txt" in text
    assert window.counts_label.text().startswith(f"{before + 1} 份简报")


def test_import_report_names_a_file_whose_layout_was_not_recognised(window: MainWindow, tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("这一段文字没有标题，也没有日期，只是一些连续的叙述。它不像简报，也不像报纸。\n" * 3, encoding="utf-8")
    window.import_paths([plain])
    text = window.last_message.text()
    assert "plain.txt：未能识别版式，已作为 1 篇文章导入" in text


def test_cancelled_import_leaves_the_library_unchanged(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    files = []
    for n in range(3):
        path = tmp_path / f"copy{n}.txt"
        path.write_text(seed("003").read_text(encoding="utf-8") + f"\n第{n}份副本\n", encoding="utf-8")
        files.append(path)
    reports: list[tuple] = []
    original = dialogs.JobProgress.report

    def report_then_cancel(self, done: int, total: int, message: str) -> None:
        original(self, done, total, message)
        reports.append((done, total, message))
        if len(reports) == 2:  # the user presses Cancel while the second file is being imported
            self.findChild(QPushButton).click()

    monkeypatch.setattr(dialogs.JobProgress, "report", report_then_cancel)
    before = window.library.counts()
    window.import_paths(files)
    assert reports[0][2] == "copy0.txt" and reports[1][2] == "copy1.txt"
    assert window.library.counts() == before
    assert "取消" in window.statusBar().currentMessage()


def test_first_run_imports_the_seeds(qtbot, workers, tmp_path: Path, seed_paths) -> None:
    window = MainWindow(workers=workers)
    qtbot.addWidget(window)
    window.show()
    assert window.open_library(tmp_path / "fresh.sqlite")
    assert window.library.counts()["sources"] == len(seed_paths)
    assert "示例简报" in window.statusBar().currentMessage()
    assert window.tree_model.rowCount() == 0 and window.tree_model.canFetchMore(QModelIndex())
    window.tree_model.fetchMore(QModelIndex())
    assert window.tree_model.rowCount() == len(window.library.tree_publications())


def test_unopenable_library_is_reported(qtbot, workers, tmp_path: Path) -> None:
    bad = tmp_path / "not-a-library.sqlite"
    bad.write_bytes(b"this is not sqlite" * 100)
    window = MainWindow(workers=workers)
    qtbot.addWidget(window)
    assert not window.open_library(bad)
    assert window.last_message.icon() == QMessageBox.Icon.Critical


def test_rename_correction_reloads_tags(window: MainWindow, monkeypatch) -> None:
    tag_list = window.tags.projects
    name = tag_list.model.rows[0].name
    monkeypatch.setattr("gazette_reader.gui.tag_panel.QInputDialog.getText", lambda *a, **k: ("改名后的项目", True))
    window.tags.ask_rename(tag_list, name)
    names = tag_list.model.names()
    assert "改名后的项目" in names and name not in names


def test_hide_correction_removes_the_leader(window: MainWindow, monkeypatch) -> None:
    tag_list = window.tags.leaders
    name = tag_list.model.rows[-1].name
    monkeypatch.setattr("gazette_reader.gui.tag_panel.QMessageBox.question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.tags.ask_hide(tag_list, name)
    assert name not in tag_list.model.names()


def test_geometry_and_splitters_are_restored(qtbot, workers, window: MainWindow) -> None:
    window.resize(780, 560)  # the offscreen screen is 800x600; restoreGeometry clamps to it
    window.main_split.setSizes([150, 700, 250])
    sizes = window.main_split.sizes()
    window.close()
    again = MainWindow(workers=workers)
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (780, 560)
    assert again.main_split.sizes() == sizes


@pytest.mark.parametrize("steps,expected", [(1, 14), (-2, 11)])
def test_zoom_is_remembered(window: MainWindow, steps: int, expected: int) -> None:
    from gazette_reader.gui import settings

    window.zoom(steps)
    assert window.reader.font_size == expected == settings.value("reader/font_size")


def test_tree_article_leaf_opens_in_reader(window: MainWindow) -> None:
    tree = window.tree_model
    index = QModelIndex()
    while index == QModelIndex() or index.data(ROLE_KIND) != "article":
        tree.fetchMore(index)
        index = tree.index(0, 0, index)
    window.tree.setCurrentIndex(index)
    assert window.reader.article["title"] == index.data() or index.data() == "（无标题）"


class _DeferredPool:
    """Holds jobs until the test runs them, in any order, like a busy thread pool."""

    def __init__(self) -> None:
        self.jobs = []

    def start(self, runnable) -> None:
        self.jobs.append(runnable)

    def run_all(self) -> None:
        while self.jobs:
            self.jobs.pop(0).run()


def test_a_newer_query_cancels_the_older_one(qtbot, seeded_path: Path) -> None:
    from gazette_reader.gui.workers import Workers

    pool = _DeferredPool()
    window = MainWindow(workers=Workers(pool=pool))
    qtbot.addWidget(window)
    window.open_library(seeded_path)
    pool.run_all()
    window.search.set_text("复工复产")
    first_token = window.search_token
    window.search.set_text("宋洁")
    assert first_token.cancelled and not window.search_token.cancelled
    older, newer = pool.jobs
    pool.jobs.clear()
    newer.run()
    older.run()  # arrives late (or raises Cancelled): either way it must not replace the newer list
    pool.run_all()
    expected = Library.open(seeded_path).search("宋洁", limit=0).total
    assert window.articles.total == expected and window.search.total_label.text() == f"共 {expected} 篇"
    assert window.is_busy() is False


def test_dropping_files_imports_them(window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    new = tmp_path / "dropped.txt"
    new.write_text(seed("004").read_text(encoding="utf-8") + "\n（拖放测试）\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(new))])
    before = window.library.counts()["sources"]
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.library.counts()["sources"] == before + 1


def test_clicking_the_current_tree_node_leaves_search_mode(window: MainWindow, seeded, qtbot) -> None:
    tree = window.tree_model
    publication = tree.index(0, 0)
    window.tree.setCurrentIndex(publication)
    window.search.set_text("宋洁")
    assert window.query == "宋洁"
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=window.tree.visualRect(publication).center())
    assert window.query == "" and window.articles.total == seeded.count_headers(**publication.data(ROLE_FILTERS))


def test_settings_dialog_applies_script_font_and_library(window: MainWindow, tmp_path: Path) -> None:
    from gazette_reader.gui import settings

    window.search.set_text("复工复产")
    dialog = window.ask_settings()
    dialog.script.setCurrentIndex(dialog.script.findData("s2t"))
    dialog.font_size.setValue(17)
    other = tmp_path / "other.sqlite"
    dialog.library.setText(str(other))
    dialog.accept()
    assert settings.value("reader/script") == "s2t" and settings.value("library/path") == str(other)
    assert window.reader.font_size == 17
    assert window.library.path == other and window.library.counts()["sources"] == 5  # new library: first run


def test_cancelled_export_writes_nothing(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    window.search.set_text("区")
    window.select_all_results()

    def report_then_cancel(self, done: int, total: int, message: str) -> None:
        self.findChild(QPushButton).click()

    monkeypatch.setattr(dialogs.JobProgress, "report", report_then_cancel)
    target = tmp_path / "cancelled.md"
    window.export(window.selected_ids(), "md", target)
    assert not target.exists() and not list(tmp_path.glob("*.part"))
    assert "取消" in window.statusBar().currentMessage()


def test_copy_citation_puts_the_gbt7714_reference_on_the_clipboard(window: MainWindow, seeded) -> None:
    from PySide6.QtGui import QGuiApplication

    window.reader.clear()
    window.copy_citation()
    assert "请先打开" in window.statusBar().currentMessage()
    window.search.set_text("老旧小区改造提升")
    article = window.reader.article
    window.citation_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert text == seeded.citation(article["id"])
    assert article["title"] in text and "[J]" in text and "上街区简报" in text


def test_a_library_from_an_older_version_is_upgraded_in_a_worker(qtbot, workers, tmp_path: Path,
                                                                 monkeypatch) -> None:
    from gazette_reader.gui import dialogs, tasks
    from tests.unit.store.test_migration import schema3_library

    path = tmp_path / "old.sqlite"
    schema3_library(path)
    shown: list[str] = []
    monkeypatch.setattr(dialogs.JobProgress, "report", lambda self, d, t, m: shown.append(m))
    opened_in: list[object] = []
    real_open = tasks.open_library
    monkeypatch.setattr(tasks, "open_library", lambda *a: opened_in.append(a) or real_open(*a))
    window = MainWindow(workers=workers)
    qtbot.addWidget(window)
    window.show()
    assert window.open_library(path)
    assert opened_in and "Indexing articles for search" in shown  # the worker did it, with progress
    assert window.library is not None and not Library.needs_upgrade(path)
    assert window.library.search("宋洁", limit=0).total > 0


def test_a_cancelled_upgrade_leaves_no_library_open(qtbot, workers, tmp_path: Path, monkeypatch) -> None:
    from gazette_reader.errors import Cancelled
    from gazette_reader.gui import tasks
    from tests.unit.store.test_migration import schema3_library

    path = tmp_path / "old.sqlite"
    schema3_library(path)

    def cancelled(*_args):
        raise Cancelled()

    monkeypatch.setattr(tasks, "open_library", cancelled)
    window = MainWindow(workers=workers)
    qtbot.addWidget(window)
    assert window.open_library(path)
    assert window.library is None and "升级已取消" in window.statusBar().currentMessage()
    assert Library.needs_upgrade(path)


def test_files_given_during_an_upgrade_are_imported_once_it_ends(qtbot, workers, tmp_path: Path,
                                                                  monkeypatch) -> None:
    from gazette_reader.gui import tasks
    from gazette_reader.jobs import NEVER
    from tests.unit.store.test_migration import schema3_library

    path = tmp_path / "old.sqlite"
    schema3_library(path)
    finish: list = []
    monkeypatch.setattr(workers, "run", lambda fn, done, **kw: finish.append((fn, done)) or None)
    window = MainWindow(workers=workers)
    qtbot.addWidget(window)
    assert window.open_library(path) and window.library is None and window.upgrading
    extra = tmp_path / "extra.txt"
    extra.write_text("我区召开会议\n\n6月1日，区委书记宋洁主持召开会议。\n", encoding="utf-8")
    assert window.import_paths([extra]) is None and window.queued_imports == [str(extra)]
    monkeypatch.undo()  # the import that follows runs on the synchronous workers again
    fn, done = finish.pop()
    done(tasks.open_library(path, lambda *a: None, NEVER), None)
    assert window.library is not None and window.queued_imports == []
    assert window.library.search("6月1日", limit=0).total == 1


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_tree_shows_whole_issue_labels_at_its_default_width(qtbot, qapp, workers, seeded_path: Path,
                                                                 language: str) -> None:
    from gazette_reader.gui import app

    translators = app.install_translators(qapp, language) if language == "en" else []
    try:
        win = MainWindow(workers=workers)
        qtbot.addWidget(win)
        win.show()
        win.open_library(seeded_path)
        win.tree.expandToDepth(1)  # publications and years open: issue labels two levels down
        qtbot.waitUntil(lambda: win.tree.header().sectionSize(0) >= win.tree.sizeHintForColumn(0), timeout=2000)
        model = win.tree_model
        years = [model.index(r, 0, model.index(p, 0)).data()
                 for p in range(model.rowCount()) for r in range(model.rowCount(model.index(p, 0)))]
        assert ("2020" if language == "en" else "2020年") in years
        assert ("Year unknown" if language == "en" else "年份不详") in years
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_first_run_samples_never_join_an_import_that_got_there_first(qtbot, workers, tmp_path: Path,
                                                                    monkeypatch) -> None:
    """The window creates a library; a ``gazette import`` into it commits before the samples' write
    transaction starts: the library then holds only the user's file."""
    from gazette_reader import importer
    from tests.conftest import seed

    real = importer.import_files

    def cli_first(db, files, **kwargs):
        if kwargs.get("only_into_empty"):
            other = Library.open(tmp_path / "fresh.sqlite")  # another process's connection, as the CLI's
            other.import_files([seed("003")])
            other.close()
        return real(db, files, **kwargs)

    monkeypatch.setattr(importer, "import_files", cli_first)
    window = MainWindow(workers=workers)
    qtbot.addWidget(window)
    assert window.open_library(tmp_path / "fresh.sqlite")
    assert window.library.counts() == {"sources": 1, "issues": 1, "articles": 1}
    assert "示例简报" not in window.statusBar().currentMessage()


def test_an_existing_empty_library_gets_no_samples(qtbot, workers, tmp_path: Path) -> None:
    Library.open(tmp_path / "emptied.sqlite").close()  # made by another program, or emptied by the user
    window = MainWindow(workers=workers)
    qtbot.addWidget(window)
    assert window.open_library(tmp_path / "emptied.sqlite")
    assert window.library.counts()["sources"] == 0


def _damaged_library(path: Path) -> None:
    """The seeds in a library whose pages were then overwritten (as a bad sector would)."""
    from tests.conftest import SEEDS
    from tests.unit.store.test_check import damage

    library = Library.open(path)
    library.import_files(SEEDS)
    library.close()
    damage(path)


@pytest.mark.parametrize("accept", [True, False])
def test_a_damaged_library_is_offered_a_recovery(qtbot, workers, tmp_path: Path, monkeypatch, accept: bool) -> None:
    _damaged_library(tmp_path / "lib.sqlite")
    damaged = (tmp_path / "lib.sqlite").read_bytes()
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes if accept else QMessageBox.StandardButton.No

    monkeypatch.setattr("gazette_reader.gui.main_window.QMessageBox.question", question)
    window = MainWindow(workers=workers)
    qtbot.addWidget(window)
    window.open_library(tmp_path / "lib.sqlite")
    assert len(asked) == 1 and "已损坏" in asked[0] and "内部错误" not in asked[0]
    assert (tmp_path / "lib.sqlite").read_bytes() == damaged
    if accept:
        assert window.library is not None, window.last_message and window.last_message.text()
        assert window.library.path.name.startswith("lib.recovered-")
        assert window.library.counts() == {"sources": 5, "issues": 5, "articles": 45}
        assert "已恢复到新文件" in window.statusBar().currentMessage()
    else:
        assert window.library is None and window.last_message.icon() == QMessageBox.Icon.Critical
