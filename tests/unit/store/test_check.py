"""gazette check [--repair]: a sound library passes; a bad index is rebuilt in place; a damaged file is
read into a new library (never written over) and the lost articles come back from the stored sources."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from gazette_reader.cli import cli
from gazette_reader.library import Library
from tests.conftest import SEEDS


def run(library: Path, *args: str):
    return CliRunner().invoke(cli, ["--library", str(library), *args])


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    library = Library.open(path)
    library.import_files(SEEDS)
    library.close()
    return path


def damage(path: Path, every: int = 3) -> None:
    """Overwrite the b-tree header of every ``every``-th page after the first (as a bad sector would)
    and of ``search_meta``'s (which opening a library reads, so opening finds the damage however the
    schema of the day lays the tables out), sparing the pages of ``sources`` (the stored texts recovery
    re-parses from), so the test does not hang on where the schema of the day happens to put them."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        spared = {row[0] for row in conn.execute("SELECT pageno FROM dbstat WHERE name = 'sources'")}
        read_on_open = {row[0] - 1 for row in conn.execute("SELECT pageno FROM dbstat WHERE name = 'search_meta'")}
    with open(path, "r+b") as handle:
        for page in sorted({*range(2, pages, every), *read_on_open}):
            if page + 1 not in spared:  # dbstat numbers pages from 1, the offsets here from 0
                handle.seek(page * size)
                handle.write(b"\x0d\xff\xff\xff" * 8)


def snapshot(path: Path) -> tuple:
    library = Library.open(path)
    try:
        mentions = library.db.execute("SELECT count(*) FROM mentions").fetchone()[0]
        return library.counts(), mentions, library.search("宋洁").total
    finally:
        library.close()


def test_a_sound_library_passes(lib: Path) -> None:
    result = run(lib, "check", "--json")
    assert result.exit_code == 0
    assert json.loads(result.output) == {"library": str(lib), "ok": True, "damaged": [], "index": [],
                                         "invariants": [], "repaired": [], "recovered_to": None,
                                         "recovered_rows": {}}


def test_a_bad_index_is_found_and_rebuilt_in_place(lib: Path) -> None:
    before = snapshot(lib)
    with sqlite3.connect(lib) as conn:
        conn.execute("DELETE FROM search_docs WHERE rowid IN (SELECT rowid FROM search_docs LIMIT 3)")
    result = run(lib, "check")
    assert result.exit_code == 1 and "3 articles are missing from the search index" in result.output
    repaired = run(lib, "check", "--repair")
    assert repaired.exit_code == 0 and "search index rebuilt" in repaired.output
    assert run(lib, "check").exit_code == 0 and snapshot(lib) == before


def test_broken_invariants_are_counted(lib: Path) -> None:
    with sqlite3.connect(lib) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE issues SET article_count = 99 WHERE id = 1")
        conn.execute("INSERT INTO mentions (article_id, person_id, role) VALUES (999999, 1, 'leader')")
    report = Library.check(lib)
    assert report.invariants == ["1 issues whose article count is wrong", "1 mentions of a missing article"]


def test_a_damaged_library_is_recovered_into_a_new_file(lib: Path) -> None:
    before = snapshot(lib)
    damage(lib)
    damaged_bytes = lib.read_bytes()
    result = run(lib, "check")
    assert result.exit_code == 1 and "btreeInitPage" in result.output and "not checked" in result.output
    repaired = run(lib, "check", "--repair", "--json")
    assert repaired.exit_code == 0, repaired.output
    report = json.loads(repaired.output)
    recovered = Path(report["recovered_to"])
    assert recovered.parent == lib.parent and recovered.name.startswith("lib.recovered-")
    assert lib.read_bytes() == damaged_bytes  # never written over
    assert report["recovered_rows"]["sources"] == 5 and 0 < report["recovered_rows"]["articles"] <= 45
    assert run(recovered, "check").exit_code == 0 and snapshot(recovered) == before


def test_check_of_a_missing_library_is_an_error(tmp_path: Path) -> None:
    result = run(tmp_path / "nope.sqlite", "check")
    assert result.exit_code == 1 and "there is no library" in result.output
    assert not (tmp_path / "nope.sqlite").exists()


@pytest.mark.parametrize("harm", ["DROP TABLE search_titles", "lost rows"])
def test_a_missing_or_incomplete_title_index_is_found_and_rebuilt(lib: Path, harm: str) -> None:
    from sqlite_utils import Database

    from gazette_reader.search.index import _rows, document
    from tests.unit.search.titles import assert_titles_match

    before = snapshot(lib)
    with sqlite3.connect(lib) as conn:
        if harm == "lost rows":  # deleted with their exact tokens: FTS5's own check sees nothing wrong
            lost = [document(row) for row in _rows(Database(conn), [1, 2])]
            conn.executemany("INSERT INTO search_titles(search_titles, rowid, title) VALUES ('delete', ?, ?)",
                             [(doc.id, doc.title) for doc in lost])
        else:
            conn.execute(harm)
    result = run(lib, "check", "--json")
    problems = json.loads(result.output)["index"]
    assert result.exit_code == 1
    if harm == "lost rows":
        assert problems == ["2 articles are missing from the title index"]
    else:
        assert problems == ["the search index search_titles is missing"]
    repaired = run(lib, "check", "--repair")
    assert repaired.exit_code == 0 and "search index rebuilt" in repaired.output
    assert run(lib, "check").exit_code == 0 and snapshot(lib) == before
    library = Library.open(lib)
    assert_titles_match(library.db)
    library.close()


def test_a_library_from_before_the_title_index_is_not_faulted_for_lacking_it(lib: Path) -> None:
    """A library at schema 12 gets its title index when it is next opened (m013); until then a check
    (which never upgrades) finds nothing wrong."""
    from gazette_reader.store.schema import SCHEMA_VERSION

    with sqlite3.connect(lib) as conn:
        conn.execute("DROP TABLE search_titles")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm013_title_index'")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    result = run(lib, "check", "--json")
    assert result.exit_code == 0 and json.loads(result.output)["index"] == []
