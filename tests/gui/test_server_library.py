"""File › 打开服务器资料库…: a PostgreSQL library opened by typing its address, and the read-only window a
reader role gets (issue #18). Skipped, saying why, on a machine without PostgreSQL server binaries."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from gazette_reader.gui import settings
from gazette_reader.gui.main_window import MainWindow
from gazette_reader.gui.tree_model import ROLE_KIND
from gazette_reader.gui.window.server import ServerDialog
from gazette_reader.library import Library
from tests.conftest import SEEDS
from tests.gui.conftest import type_text

pytest.importorskip("psycopg", reason="psycopg (psycopg[binary]) is not installed")


@pytest.fixture
def team(pg_server):
    """A server library made by ``server init`` holding the seeds, and login users: an editor and a reader."""
    from gazette_reader.store.pg.roles import init_roles

    database = pg_server.new_database()
    suffix = uuid.uuid4().hex[:8]
    owner = Library.open(pg_server.url(database))
    init_roles(owner.db, editor=f"editors_{suffix}", reader=f"readers_{suffix}")
    owner.import_files(SEEDS)
    with pg_server.admin() as admin:
        admin.execute(f'CREATE ROLE "alice_{suffix}" LOGIN IN ROLE "editors_{suffix}"')
        admin.execute(f'CREATE ROLE "bob_{suffix}" LOGIN IN ROLE "readers_{suffix}"')
    yield owner, {who: pg_server.url(database, user=f"{who}_{suffix}") for who in ("alice", "bob")}
    owner.close()


def open_through_dialog(window: MainWindow, url: str, *, enter: bool = True) -> None:
    """File › 打开服务器资料库…, type the address, press Enter (or click OK)."""
    window.open_server_action.trigger()
    dialog = window.last_dialog
    assert isinstance(dialog, ServerDialog) and dialog.isVisible()
    dialog.address.clear()
    type_text(dialog.address, url)
    if enter:
        QTest.keyClick(dialog.address, Qt.Key.Key_Return)
    else:
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def top_labels(window: MainWindow) -> list[str]:
    """The tree's top level as the view shows it (filled when it is first asked for)."""
    tree = window.tree_model
    if tree.canFetchMore(QModelIndex()):
        tree.fetchMore(QModelIndex())
    return [tree.index(row, 0).data() for row in range(tree.rowCount())]


def test_a_server_library_opens_through_the_dialog_and_shows_the_seeds(window: MainWindow, team, seeded) -> None:
    owner, urls = team
    file_tree = top_labels(window)
    open_through_dialog(window, urls["alice"])
    assert window.library is not None and window.library.is_server
    assert top_labels(window) == file_tree  # the same publications as the seeded file library
    assert window.counts_label.text() == "5 份简报 · 5 期 · " + f"{seeded.counts()['articles']:,} 篇文章"
    assert not window.read_only and not window.read_only_label.isVisible()
    assert window.import_action.isEnabled() and window.collect_action.isEnabled()
    assert settings.value("library/path") == urls["alice"]
    assert settings.value("library/recent").split("\n")[0] == urls["alice"]


def test_ok_is_only_offered_for_a_server_address(window: MainWindow) -> None:
    window.open_server_action.trigger()
    dialog = window.last_dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.address.clear()
    type_text(dialog.address, "/home/me/gazettes.sqlite")
    assert not ok.isEnabled()
    dialog.address.clear()
    type_text(dialog.address, "postgresql://me@db.example/gazettes")
    assert ok.isEnabled()
    assert "pgpass" in " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_a_reader_sees_the_library_read_only_with_every_edit_greyed_out(window: MainWindow, team, qtbot) -> None:
    owner, urls = team
    open_through_dialog(window, urls["bob"], enter=False)
    assert window.library.is_server and window.read_only
    assert window.read_only_label.isVisible() and window.read_only_label.text() == "只读"
    assert "只读" in window.windowTitle()
    for action in window.editing_actions():
        assert not action.isEnabled(), action.text()
    assert not window.correct_button.isEnabled()
    type_text(window.search.box, "宋洁")  # reading and searching still work
    qtbot.waitUntil(lambda: window.articles.rowCount() > 0 and window.reader.article is not None)
    assert window.articles.total == owner.search("宋洁").total
    assert window.note_editor.text.isReadOnly() and not window.note_editor.save_button.isEnabled()
    assert window.export_action.isEnabled() and window.find_action.isEnabled()

    menu = window.list_menu(window.list.visualRect(window.articles.index(0, 0)).center())
    corrections = [a for a in menu.actions() if a.text().startswith(("校正标题", "与下一篇合并", "从某一段拆分", "添加人物"))]
    assert len(corrections) == 4 and not any(a.isEnabled() for a in corrections)
    menu.close()

    before = owner.counts()
    assert window.import_paths([str(SEEDS[0])]) is None  # a file dropped on the window is refused too
    assert "只读" in window.statusBar().currentMessage() and owner.counts() == before


def test_a_readers_issue_menu_greys_out_edit_and_delete(window: MainWindow, team) -> None:
    _owner, urls = team
    open_through_dialog(window, urls["bob"])
    tree = window.tree_model
    node = tree.index(0, 0)
    while node.data(ROLE_KIND) not in ("issue", "issue_flat"):
        tree.fetchMore(node)
        node = tree.index(0, 0, node)
        window.tree.expand(node.parent())
    window.tree.scrollTo(node)
    menu = window.tree_menu(window.tree.visualRect(node).center())
    edits = {a.text(): a.isEnabled() for a in menu.actions() if a.text() in ("编辑本期信息…", "删除本期…")}
    assert edits == {"编辑本期信息…": False, "删除本期…": False}
    menu.close()


def test_opening_a_file_library_again_makes_the_window_writable(window: MainWindow, team, seeded_path) -> None:
    _owner, urls = team
    open_through_dialog(window, urls["bob"])
    assert window.read_only
    assert window.switch_library(str(seeded_path))
    assert not window.read_only and not window.read_only_label.isVisible()
    assert all(a.isEnabled() for a in window.editing_actions() if a is not window.undo_action)
    assert window.correct_button.isEnabled() and not window.note_editor.text.isReadOnly()


def test_a_password_in_the_address_is_never_stored(window: MainWindow, team) -> None:
    _owner, urls = team
    with_password = urls["bob"].replace("@", ":s3cret-word@", 1)
    open_through_dialog(window, with_password)
    assert window.library.is_server
    stored = settings.value("library/path") + settings.value("library/recent")
    assert "s3cret-word" not in stored and "s3cret-word" not in window.windowTitle()
    assert settings.value("library/path") == urls["bob"]  # still an address that opens again


@pytest.mark.parametrize(("where", "says"), [("port", "服务器无法访问"), ("user", "服务器拒绝了登录"),
                                             ("database", "服务器上没有这个数据库")])
def test_a_server_that_cannot_be_opened_is_explained_and_the_library_stays(window: MainWindow, pg_server, where,
                                                                            says, caplog) -> None:
    from tests.pg.server import _free_port

    url = {"port": pg_server.url().replace(f"port={pg_server.port}", f"port={_free_port()}"),
           "user": pg_server.url(user="nobody_here"),
           "database": pg_server.url("no_such_database")}[where]
    shown = window.library
    open_through_dialog(window, url)
    box = window.last_message
    assert box.icon() == QMessageBox.Icon.Critical
    assert says in box.text() and "无法连接资料库服务器" in box.text()
    assert "psycopg" not in box.text() and "FATAL" not in box.text() and "Traceback" not in box.text()
    assert window.library is shown and "上街区简报" in top_labels(window)  # the file library is still open
    assert settings.value("library/path") != url
    assert "cannot connect to the library server" in caplog.text  # libpq's own words go to the log


def test_a_server_that_never_answers_times_out_with_a_plain_sentence(window: MainWindow, caplog) -> None:
    """A wrong host (here: a port that takes the connection and never answers) gives up after the
    address's connect_timeout, says so in Chinese, and the file library stays open."""
    import time

    from tests.pg.server import silent_server

    shown = window.library
    with silent_server() as port:
        started = time.monotonic()
        open_through_dialog(window, f"postgresql://bob@127.0.0.1:{port}/gazettes?connect_timeout=2")
        waited = time.monotonic() - started
    assert 1.5 < waited < 8
    box = window.last_message
    assert box.icon() == QMessageBox.Icon.Critical
    assert "无法连接资料库服务器" in box.text() and "2 秒内没有应答" in box.text()
    assert "expired" not in box.text() and "psycopg" not in box.text()  # no libpq or psycopg words
    assert window.library is shown and "上街区简报" in top_labels(window)
    assert "no answer within 2 s" in caplog.text


def test_an_empty_server_database_gets_no_sample_gazettes(window: MainWindow, pg_url) -> None:
    open_through_dialog(window, pg_url)
    assert window.library.is_server and window.library.created
    assert window.library.is_empty() and top_labels(window) == []  # not the samples a new file gets
