"""Opening a PostgreSQL database as a library: created once, recognised, refused when not ours or newer."""

from __future__ import annotations

import psycopg
import pytest

from gazette_reader.errors import LibraryError
from gazette_reader.library import Library
from gazette_reader.store.schema import SCHEMA_VERSION


def test_an_empty_database_becomes_a_library_once(pg_url: str) -> None:
    first = Library.open(pg_url)
    assert first.created and first.db.execute(
        "SELECT value FROM gazette_meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    first.close()
    again = Library.open(pg_url)
    assert not again.created and again.counts() == {"sources": 0, "issues": 0, "articles": 0}
    again.close()


def test_read_only_commands_never_create_a_library(pg_url: str) -> None:
    with pytest.raises(LibraryError, match="there is no library"):
        Library.open(pg_url, create=False)
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] == 0


def test_another_programs_database_is_refused_untouched(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(LibraryError, match="not a Gazette Reader library") as refused:
        Library.open(pg_url)
    assert "未作任何改动" in refused.value.zh
    with psycopg.connect(pg_url) as conn:
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
    assert tables == ["invoices"]


def test_a_library_from_a_newer_program_is_refused(pg_url: str) -> None:
    Library.open(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE gazette_meta SET value = %s WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    with pytest.raises(LibraryError, match="newer Gazette Reader"):
        Library.open(pg_url)


def test_ids_are_handed_out_as_sqlite_does(pg_url: str) -> None:
    """max(id) + 1, also after rows written with their own ids (a re-parse keeps ids)."""
    library = Library.open(pg_url)
    db = library.db
    assert db.execute("INSERT INTO people (name) VALUES ('甲')").lastrowid == 1
    db.execute("INSERT INTO people (id, name) VALUES (7, '乙')")
    assert db.execute("INSERT INTO people (name) VALUES ('丙')").lastrowid == 8
    assert db.execute("INSERT INTO people (id, name) VALUES (NULL, '丁')").lastrowid == 9
    library.close()


def test_a_failed_write_rolls_back_the_whole_transaction(pg_url: str) -> None:
    from gazette_reader.store.writer import write_transaction

    library = Library.open(pg_url)
    with pytest.raises(psycopg.errors.UniqueViolation):
        with write_transaction(library.db):
            library.db.execute("INSERT INTO people (name) VALUES ('甲')")
            with library.db.atomic():  # a savepoint that fails alone ...
                with pytest.raises(psycopg.errors.UniqueViolation):
                    with library.db.atomic():
                        library.db.execute("INSERT INTO people (name) VALUES ('甲')")
                library.db.execute("INSERT INTO people (name) VALUES ('乙')")  # ... and the transaction goes on
            library.db.execute("INSERT INTO people (name) VALUES ('乙')")
    assert library.db.execute("SELECT count(*) FROM people").fetchone()[0] == 0
    assert not library.db.conn.in_transaction
    library.close()
