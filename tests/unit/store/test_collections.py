"""Collections and notes (m010): kept by a re-parse and by corrections that re-parse, never moved onto
another file's article that inherits a deleted article's id, dropped with their article."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from gazette_reader.errors import GazetteError
from gazette_reader.library import Library
from gazette_reader.store import schema
from tests.conftest import seed


@pytest.fixture
def library(library_location: str) -> Library:
    """Each test runs on both backends: a file, then a PostgreSQL database (#18)."""
    library = Library.open(library_location)
    library.import_files([seed("001"), seed("002")])
    yield library
    library.close()


def test_collect_lists_counts_and_keeps_the_order_added(library: Library) -> None:
    a, b, c = library.article_ids()[:3]
    assert library.collect("老旧小区", [c, a]) == 2
    assert library.collect("老旧小区", [a, b]) == 1  # a is already in it
    assert library.collection_ids("老旧小区") == [c, a, b]
    assert library.collections() == [{"id": 1, "name": "老旧小区", "articles": 3}]
    assert library.uncollect("老旧小区", [a, 999_999]) == 1
    assert library.collection_ids("老旧小区") == [c, b]


def test_bad_input_is_refused_and_changes_nothing(library: Library) -> None:
    with pytest.raises(GazetteError, match="no article 999999") as caught:
        library.collect("专题", [library.article_ids()[0], 999_999])
    assert "999999" in caught.value.zh
    assert library.collections() == []
    with pytest.raises(GazetteError, match="needs a name"):
        library.collect("  ", [library.article_ids()[0]])
    with pytest.raises(GazetteError, match="no collection named"):
        library.collection_ids("没有")
    with pytest.raises(GazetteError, match="at most"):
        library.set_note(library.article_ids()[0], "字" * 20_001)


def test_rename_and_delete(library: Library) -> None:
    first = library.article_ids()[0]
    library.collect("甲", [first])
    library.collect("乙", [first])
    with pytest.raises(GazetteError, match="already a collection"):
        library.rename_collection("甲", "乙")
    library.rename_collection("甲", "丙")
    library.delete_collection("乙")
    assert [c["name"] for c in library.collections()] == ["丙"]
    assert library.article(first)  # the article stays


def test_notes_are_written_replaced_and_removed(library: Library) -> None:
    first = library.article_ids()[0]
    assert library.note(first) == ""
    assert library.set_note(first, "待核实日期  \n") == "待核实日期"
    library.set_note(first, "已核实")
    assert library.notes([first, 999]) == {first: "已核实"}
    library.set_note(first, "   ")
    assert library.note(first) == ""


def test_collections_and_notes_survive_reparse_and_corrections(library: Library) -> None:
    ids = library.article_ids()
    library.collect("专题", ids[:4])
    library.set_note(ids[1], "见区志第三章")
    library.reparse()
    library.edit_article(ids[1], title="改过的标题")
    assert library.collection_ids("专题") == ids[:4]
    assert library.note(ids[1]) == "见区志第三章"


def test_a_deleted_articles_id_given_to_another_file_does_not_inherit(library_location: str) -> None:
    library = Library.open(library_location)
    library.import_files([seed("001")])
    last = library.article_ids()[0]
    library.collect("专题", [last])
    library.set_note(last, "旧备注")
    issue = library.articles(ids=[last])[0]["issue_id"]
    library.delete_issue(issue)
    assert library.collections() == [{"id": 1, "name": "专题", "articles": 0}]
    assert library.db.execute("SELECT count(*) FROM notes").fetchone()[0] == 0  # pruned with the issue
    library.import_files([seed("002")])
    assert last in library.article_ids()  # the id went to an article of the other file (both backends: max + 1)
    assert library.note(last) == "" and library.collection_ids("专题") == []
    library.close()


def test_a_stale_row_is_not_shown_even_before_a_prune(library: Library) -> None:
    first = library.article_ids()[0]
    library.set_note(first, "备注")
    library.collect("专题", [first])
    library.db.execute("UPDATE notes SET source_sha = 'other'")
    library.db.execute("UPDATE collection_items SET source_sha = 'other'")
    assert library.note(first) == "" and library.collection_ids("专题") == []
    assert library.collect("专题", [first]) == 1  # adding again makes it live
    assert library.collection_ids("专题") == [first]


def test_an_older_library_gains_the_tables(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Library.open(path).close()
    db = Database(path)
    for table in ("collections", "collection_items", "notes"):
        db.execute(f"DROP TABLE {table}")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm011_collections'")
    db.execute("PRAGMA user_version = 10")
    db.conn.commit()
    db.close()
    library = Library.open(path)
    assert library.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION >= 11
    assert library.collections() == []
    library.close()


def test_notes_are_searchable_with_a_note_filter(library: Library) -> None:
    first, second = library.article_ids()[:2]
    library.set_note(first, "待核实：日期")
    library.set_note(second, "已核实")
    assert library.search_ids("备注:待核實") == [first]  # normalised like every filter
    assert sorted(library.search_ids("note:核实")) == sorted([first, second])
    excluded = library.search_ids("-备注:待核实")
    assert first not in excluded and second in excluded
    assert library.search_ids("备注:没有这条") == []
    with pytest.raises(GazetteError, match="needs a value"):
        library.search_ids("备注:")


def test_a_collection_is_a_node_the_list_pages_through(library: Library) -> None:
    ids = library.article_ids()[:5]
    library.collect("专题", ids[::-1])
    assert library.count_headers(collection="专题") == 5
    assert [r["id"] for r in library.headers(collection="专题", limit=2, offset=1)] == ids[::-1][1:3]
    assert library.node_ids([ids[0], 999], collection="专题") == [ids[0]]
    library.uncollect("专题", ids)
    assert library.headers(collection="专题") == [] and library.count_headers(collection="专题") == 0
