"""Why a connection to a library server failed, in three kinds the window can say plainly."""

from __future__ import annotations

import pytest

pytest.importorskip("psycopg", reason="psycopg (psycopg[binary]) is not installed")

from gazette_reader.errors import ServerUnreachable  # noqa: E402
from gazette_reader.store.pg.connection import PgDatabase, connect_failure_kind  # noqa: E402


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
