"""``gazette server init``: an owner, editors who import and correct, readers who cannot change anything."""

from __future__ import annotations

import uuid

import pytest

from gazette_reader.errors import LibraryError
from gazette_reader.library import Library
from gazette_reader.store.pg.connection import ReadOnlyLibrary
from gazette_reader.store.pg.roles import init_roles
from tests.conftest import SEEDS


@pytest.fixture
def team(pg_server):
    """A library made by ``server init`` with the seeds, and two login users: an editor and a reader."""
    database = pg_server.new_database()
    suffix = uuid.uuid4().hex[:8]
    editor, reader = f"editors_{suffix}", f"readers_{suffix}"
    owner = Library.open(pg_server.url(database))
    report = init_roles(owner.db, editor=editor, reader=reader, created_library=owner.created)
    assert report.created_roles == [editor, reader] and report.created_library
    owner.import_files(SEEDS[:3])
    with pg_server.admin() as admin:
        admin.execute(f'CREATE ROLE "alice_{suffix}" LOGIN IN ROLE "{editor}"')
        admin.execute(f'CREATE ROLE "bob_{suffix}" LOGIN IN ROLE "{reader}"')
    urls = {who: pg_server.url(database, user=f"{who}_{suffix}") for who in ("alice", "bob")}
    yield owner, urls
    owner.close()


def writes(library: Library) -> dict:
    """Every kind of change a user can make, as calls."""
    first = library.article_ids()[0]
    issue = library.issues()[0]["id"]
    return {
        "import": lambda: library.import_files(SEEDS[3:]),
        "correct a tag": lambda: library.correct("hide", "leader", "宋洁"),
        "edit an article": lambda: library.edit_article(first, title="新标题"),
        "collect": lambda: library.collect("专题", [first]),
        "note": lambda: library.set_note(first, "备注"),
        "edit an issue": lambda: library.set_issue_metadata(issue, year=2021),
        "delete an issue": lambda: library.delete_issue(issue),
        "reparse": lambda: library.reparse(),
    }


def test_a_reader_is_refused_every_write_and_reads_everything(team) -> None:
    owner, urls = team
    reader = Library.open(urls["bob"], create=False)
    assert reader.read_only() and not owner.read_only()
    before = (reader.counts(), reader.leaders(), reader.articles())
    for name, write in writes(reader).items():
        with pytest.raises(ReadOnlyLibrary, match="read-only for you") as refused:
            write()
        assert "只读" in refused.value.zh, name
    assert (reader.counts(), reader.leaders(), reader.articles()) == before  # nothing changed
    assert reader.search("宋洁").total == owner.search("宋洁").total > 0
    reader.close()


def test_an_editor_imports_and_corrects_but_cannot_change_the_schema(team) -> None:
    owner, urls = team
    editor = Library.open(urls["alice"], create=False)
    assert not editor.read_only()
    report = editor.import_files(SEEDS[3:])
    assert [o.status for o in report.outcomes] == ["imported", "imported"]
    editor.correct("rename", "leader", "虎荣鑫", "虎荣新")
    editor.collect("专题", editor.article_ids()[:2])
    assert owner.counts()["issues"] == 5 and "虎荣新" in {r["name"] for r in owner.leaders()}
    with pytest.raises(LibraryError, match="only the library.s owner"):
        editor.db.execute("DROP TABLE notes")
    editor.close()


def test_an_outdated_library_is_upgraded_only_by_its_owner(team) -> None:
    owner, urls = team
    owner.db.execute("UPDATE gazette_meta SET value = '10' WHERE key = 'schema_version'")
    with pytest.raises(LibraryError, match="only its owner"):
        Library.open(urls["alice"], create=False)


def test_a_read_only_server_like_a_replica_refuses_writes_in_one_sentence(pg_server) -> None:
    """A hot standby refuses writes like a database set read-only (what this test can make here)."""
    database = pg_server.new_database()
    library = Library.open(pg_server.url(database))
    library.import_files(SEEDS[:1])
    library.close()
    with pg_server.admin() as admin:
        admin.execute(f'ALTER DATABASE "{database}" SET default_transaction_read_only = on')
    replica = Library.open(pg_server.url(database), create=False)
    assert replica.read_only() and replica.counts()["articles"] == 5
    with pytest.raises(ReadOnlyLibrary, match="read-only .a replica."):
        replica.collect("专题", replica.article_ids()[:1])
    replica.close()


def test_a_user_who_may_not_create_tables_is_told_to_ask_the_owner(pg_server) -> None:
    database = pg_server.new_database()
    suffix = uuid.uuid4().hex[:8]
    with pg_server.admin() as admin:
        admin.execute(f'CREATE ROLE "carol_{suffix}" LOGIN')  # PostgreSQL 15: no CREATE on public for others
    with pytest.raises(LibraryError, match="ask the database's owner to run `gazette server init`"):
        Library.open(pg_server.url(database, user=f"carol_{suffix}"))
