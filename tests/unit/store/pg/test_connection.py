"""Why a connection to a library server failed, in kinds the window can say plainly, and the connect
timeout that keeps a wrong host from hanging."""

from __future__ import annotations

import time

import pytest

pytest.importorskip("psycopg", reason="psycopg (psycopg[binary]) is not installed")

from gazette_reader.errors import ServerUnreachable  # noqa: E402
from gazette_reader.store.pg.connection import (CONNECT_TIMEOUT, PgDatabase, connect_failure_kind,  # noqa: E402
                                                connect_timeout, timeout_parameter)


@pytest.mark.parametrize(("libpq_says", "kind"), [
    ('FATAL:  password authentication failed for user "bob"', "login"),
    ("fe_sendauth: no password supplied", "login"),
    ('FATAL:  role "nobody_here" does not exist', "login"),
    ('FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "bob", database "gazette"', "login"),
    ('FATAL:  database "nope" does not exist', "database"),
    ('connection to server at "db.example" (10.0.0.1), port 5432 failed: Connection refused', "unreachable"),
    ('could not translate host name "db.nowhere" to address: Name or service not known', "unreachable"),
    ('connection to server on socket "/tmp/x/.s.PGSQL.1" failed: No such file or directory', "unreachable"),
])
def test_libpq_messages_are_sorted_into_three_kinds(libpq_says: str, kind: str) -> None:
    assert connect_failure_kind(libpq_says) == kind


def test_a_server_that_does_not_answer_raises_server_unreachable(tmp_path) -> None:
    with pytest.raises(ServerUnreachable) as failed:
        PgDatabase.connect(f"postgresql://bob:secret@/gazette?host={tmp_path}&port=1")
    assert failed.value.kind == "unreachable" and "secret" not in str(failed.value)


def test_a_server_that_never_answers_times_out_with_the_urls_own_timeout() -> None:
    from tests.pg.server import silent_server

    with silent_server() as port:
        started = time.monotonic()
        with pytest.raises(ServerUnreachable) as failed:
            PgDatabase.connect(f"postgresql://bob@127.0.0.1:{port}/gazette?connect_timeout=2")
        waited = time.monotonic() - started
    assert failed.value.kind == "timeout" and failed.value.seconds == 2 and 1.5 < waited < 8
    assert "no answer within 2 s" in str(failed.value) and "2 秒内没有应答" in failed.value.zh


def test_without_a_timeout_in_the_url_the_default_one_applies(monkeypatch: pytest.MonkeyPatch) -> None:
    from gazette_reader.store.pg import connection
    from tests.pg.server import silent_server

    monkeypatch.delenv("PGCONNECT_TIMEOUT", raising=False)
    monkeypatch.setattr(connection, "CONNECT_TIMEOUT", 2)  # the 10 s default, shortened to keep the test quick
    with silent_server() as port:
        started = time.monotonic()
        with pytest.raises(ServerUnreachable) as failed:
            PgDatabase.connect(f"postgresql://bob@127.0.0.1:{port}/gazette")
    assert failed.value.kind == "timeout" and time.monotonic() - started < 8


def test_the_timeout_comes_from_the_url_then_the_environment_then_the_default(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGCONNECT_TIMEOUT", raising=False)
    assert CONNECT_TIMEOUT == 10 and connect_timeout("postgresql://bob@db.example/gazette") == 10
    assert timeout_parameter("postgresql://bob@db.example/gazette") == {"connect_timeout": 10}
    assert connect_timeout("postgresql://bob@db.example/gazette?connect_timeout=30") == 30
    assert timeout_parameter("postgresql://bob@db.example/gazette?connect_timeout=30") == {}
    monkeypatch.setenv("PGCONNECT_TIMEOUT", "45")
    assert timeout_parameter("postgresql://bob@db.example/gazette") == {}
    assert connect_timeout("postgresql://bob@db.example/gazette") == 45


def test_many_rows_of_a_plain_insert_get_the_ids_one_insert_each_gives(pg_url: str) -> None:
    """``executemany`` of a plain insert runs as one COPY: ids after the largest, in order, as the id
    trigger hands them out row by row; values of every kind stored as a bound insert stores them."""
    from gazette_reader.library import Library
    from gazette_reader.store.writer import write_transaction

    library = Library.open(pg_url)
    db = library.db
    with write_transaction(db):
        db.execute("INSERT INTO people (id, name) VALUES (7, '甲')")
        db.conn.executemany("INSERT INTO people (name) VALUES (?)", [("乙",), ("丙",), ("a\\b\tc\nd",)])
        db.conn.executemany("INSERT INTO people (id, name) VALUES (?, ?)", [(20, "丁"), (3, "戊")])  # ids kept
        db.conn.executemany("INSERT INTO mentions (article_id, person_id, role, title, start, end) "
                            "VALUES (?, ?, ?, ?, ?, ?)", [(None, 8, "leader", None, 1.0, 2), (None, 9, "leader", "区长", 0, None)])
    assert db.execute("SELECT id, name FROM people ORDER BY id").fetchall() == [
        (3, "戊"), (7, "甲"), (8, "乙"), (9, "丙"), (10, "a\\b\tc\nd"), (20, "丁")]
    # the float for an integer column went through a bound insert, which the server casts
    assert db.execute('SELECT id, person_id, title, start, "end" FROM mentions ORDER BY id').fetchall() == [
        (1, 8, None, 1, 2), (2, 9, "区长", 0, None)]
    library.close()


def test_outside_a_write_transaction_each_row_is_its_own_insert(pg_url: str, monkeypatch) -> None:
    """Ids handed out from the largest are only safe under the writers' lock: no transaction, no COPY."""
    from gazette_reader.library import Library
    from gazette_reader.store.pg.connection import PgDatabase

    library = Library.open(pg_url)
    monkeypatch.setattr(PgDatabase, "copy_rows", lambda *a: pytest.fail("a COPY outside a transaction"))
    library.db.conn.executemany("INSERT INTO people (name) VALUES (?)", [("乙",), ("丙",)])
    assert library.db.execute("SELECT id, name FROM people ORDER BY id").fetchall() == [(1, "乙"), (2, "丙")]
    library.close()


def test_bytes_go_through_a_copy_unchanged(pg_url: str) -> None:
    from gazette_reader.library import Library
    from gazette_reader.store.writer import write_transaction

    library = Library.open(pg_url)
    blobs = [bytes(range(256)), b"\\x00\\", b""]
    with write_transaction(library.db):
        library.db.conn.executemany(
            "INSERT INTO sources (name, sha256, text_sha256, text_z) VALUES (?, ?, ?, ?)",
            [(f"f{n}", "s", f"t{n}", blob) for n, blob in enumerate(blobs)])
    stored = library.db.execute("SELECT id, text_z FROM sources ORDER BY id").fetchall()
    assert [(row[0], bytes(row[1])) for row in stored] == list(enumerate(blobs, start=1))
    library.close()


def test_long_values_are_written_with_lz4_where_the_server_has_it(pg_url: str) -> None:
    from gazette_reader.library import Library
    from tests.conftest import SEEDS

    library = Library.open(pg_url)
    offered = library.db.raw.execute(
        "SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression'").fetchone()
    if not offered or "lz4" not in offered[0]:
        pytest.skip("this PostgreSQL has no lz4")
    library.import_files(SEEDS[:2])
    methods = {row[0] for row in library.db.raw.execute(
        "SELECT pg_column_compression(keys) FROM search_grams UNION SELECT pg_column_compression(body_norm) "
        "FROM search_grams")}
    assert methods - {None} == {"lz4"}  # None: a value too short to compress
    library.close()


def test_write_transactions_plan_each_statement_for_its_parameters(pg_url: str) -> None:
    """A generic plan psycopg's prepared statement kept from an import's first files (tables still
    small) must not serve the later ones: inside a write every statement is planned for its values."""
    from gazette_reader.library import Library
    from gazette_reader.store.writer import write_transaction

    library = Library.open(pg_url)
    db = library.db
    setting = "SELECT current_setting('plan_cache_mode')"
    with write_transaction(db):
        assert db.execute(setting).fetchone()[0] == "force_custom_plan"
    assert db.execute(setting).fetchone()[0] == "auto"  # readers keep the server's choice
    library.close()


def _round_trips(db, run) -> int:
    """Round trips ``run()`` makes on ``db``'s connection, read off libpq's own trace: each simple
    ``Query`` and each ``Sync`` of the extended protocol (a pipeline's statements share one)."""
    import tempfile

    pgconn = db.raw.pgconn  # nothing queued yet
    with tempfile.TemporaryFile("w+") as trace:
        pgconn.trace(trace.fileno())
        try:
            run()
        finally:
            pgconn.untrace()
        trace.seek(0)
        sent = [line.split("\t") for line in trace.read().splitlines()]
    return sum(1 for parts in sent if len(parts) > 3 and parts[1] == "F" and parts[3].startswith(("Query", "Sync")))


def test_savepoints_travel_with_the_next_statement(pg_url: str) -> None:
    """A savepoint goes with its block's first statement and its release with the next block's, in one
    round trip each; a block without statements sends nothing; what runs on ``raw`` inside a block (the
    search index's own SQL) runs inside its savepoint."""
    from gazette_reader.library import Library
    from gazette_reader.store.writer import write_transaction

    library = Library.open(pg_url)
    db = library.db

    def blocks() -> None:
        with db.atomic():
            db.execute("INSERT INTO people (name) VALUES (?)", ["甲"])
        with db.atomic():
            pass
        with db.atomic():
            db.execute("SELECT count(*) FROM people").fetchone()

    with write_transaction(db):
        assert _round_trips(db, blocks) == 2  # was six: a savepoint, a statement and a release each
    with pytest.raises(RuntimeError), write_transaction(db):
        db.execute("INSERT INTO people (name) VALUES (?)", ["乙"])
        with pytest.raises(RuntimeError), db.atomic():
            db.raw.execute("INSERT INTO people (id, name) VALUES (100, '丙')")
            raise RuntimeError("undo the block")
        with pytest.raises(RuntimeError), db.atomic():
            raise RuntimeError("a block that sent nothing")
        assert [r[0] for r in db.execute("SELECT name FROM people ORDER BY id")] == ["甲", "乙"]
        raise RuntimeError("undo the transaction")
    assert [r[0] for r in db.execute("SELECT name FROM people ORDER BY id")] == ["甲"]
    library.close()


def test_a_failed_statement_in_a_block_is_undone_with_it_and_the_transaction_goes_on(pg_url: str) -> None:
    import psycopg

    from gazette_reader.library import Library
    from gazette_reader.store.writer import write_transaction

    library = Library.open(pg_url)
    db = library.db
    with write_transaction(db):
        with db.atomic():
            db.execute("INSERT INTO people (name) VALUES (?)", ["甲"])
        with pytest.raises(psycopg.errors.UniqueViolation), db.atomic():
            with db.atomic():
                db.execute("INSERT INTO people (id, name) VALUES (50, '乙')")
            db.execute("INSERT INTO people (id, name) VALUES (50, '丙')")  # the same id: refused
        db.execute("INSERT INTO people (name) VALUES (?)", ["丁"])
    assert db.execute("SELECT id, name FROM people ORDER BY id").fetchall() == [(1, "甲"), (2, "丁")]
    library.close()


def test_a_transaction_whose_failed_statement_was_swallowed_is_not_committed_silently(pg_url: str) -> None:
    """PostgreSQL turns the COMMIT of a failed transaction into a rollback without an error: the write
    says so instead of returning as if it had saved."""
    import psycopg

    from gazette_reader.errors import LibraryError
    from gazette_reader.library import Library
    from gazette_reader.store.writer import write_transaction

    library = Library.open(pg_url)
    db = library.db
    with pytest.raises(LibraryError, match="none of it was saved"), write_transaction(db):
        with db.atomic():
            db.execute("INSERT INTO people (id, name) VALUES (1, '甲')")
            try:
                db.execute("INSERT INTO people (id, name) VALUES (1, '乙')")
            except psycopg.errors.UniqueViolation:
                pass
    assert db.execute("SELECT count(*) FROM people").fetchone()[0] == 0
    db.execute("SELECT 1")  # the connection goes on
    library.close()


def test_a_copy_inside_a_failed_block_is_undone_with_it(pg_url: str) -> None:
    """Rows with their ids go in by ``COPY``, which cannot share the pipeline: the block's savepoint is
    sent before it, so the block's rollback takes the copied rows too."""
    from gazette_reader.library import Library
    from gazette_reader.store.writer import write_transaction

    library = Library.open(pg_url)
    db = library.db
    with write_transaction(db):
        db.execute("INSERT INTO people (id, name) VALUES (1, '甲')")
        with pytest.raises(RuntimeError), db.atomic():
            db.conn.executemany("INSERT INTO people (id, name) VALUES (?, ?)", [(2, "乙"), (3, "丙")])
            raise RuntimeError("undo the block")
    assert db.execute("SELECT id FROM people ORDER BY id").fetchall() == [(1,)]
    library.close()


def test_a_block_inside_a_transaction_committed_on_raw_leaves_nothing_queued(pg_url: str) -> None:
    from gazette_reader.library import Library

    library = Library.open(pg_url)
    db = library.db
    with db.raw.transaction():
        with db.atomic():
            db.execute("INSERT INTO people (id, name) VALUES (1, '甲')")
    assert db.execute("SELECT name FROM people").fetchall() == [("甲",)]  # no release sent outside it
    library.close()


def test_a_block_opened_in_a_failed_transaction_reports_the_first_error(pg_url: str) -> None:
    import psycopg

    from gazette_reader.library import Library
    from gazette_reader.store.writer import write_transaction

    library = Library.open(pg_url)
    db = library.db
    with pytest.raises(psycopg.errors.InFailedSqlTransaction), write_transaction(db):
        try:
            db.execute("SELECT 1 / 0")
        except psycopg.errors.DivisionByZero:
            pass
        with db.atomic():
            db.execute("SELECT 1")
    library.close()
