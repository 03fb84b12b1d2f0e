"""The SQLite-flavoured SQL of the core turned into PostgreSQL's (table-driven), and the schema versions."""

from __future__ import annotations

import pytest

from gazette_reader.store.pg.dialect import plain_insert, translate


@pytest.mark.parametrize("sqlite, postgresql", [
    ("SELECT id FROM t WHERE a = ? AND b = ?", "SELECT id FROM t WHERE a = %s AND b = %s"),
    ("SELECT 1 WHERE x = :name", "SELECT 1 WHERE x = %(name)s"),
    ("SELECT '?', 'a''?b' WHERE c LIKE '%(ocr)'", "SELECT '?', 'a''?b' WHERE c LIKE '%%(ocr)'"),
    ("SELECT x::text FROM t", "SELECT x::text FROM t"),
    ("SELECT 1 FROM t WHERE year IS ? AND y IS NOT ?",
     "SELECT 1 FROM t WHERE year IS NOT DISTINCT FROM %s AND y IS DISTINCT FROM %s"),
    ("SELECT 1 FROM t WHERE year IS NULL", "SELECT 1 FROM t WHERE year IS NULL"),
    ("INSERT OR IGNORE INTO collections (name) VALUES (?)",
     "INSERT INTO collections (name) VALUES (%s) ON CONFLICT DO NOTHING RETURNING id"),
    ("SELECT start, end FROM mentions", 'SELECT start, "end" FROM mentions'),
    ("SELECT a FROM t ORDER BY y DESC, m, z NULLS LAST LIMIT ?",
     "SELECT a FROM t ORDER BY y DESC NULLS LAST, m NULLS FIRST, z NULLS LAST LIMIT %s"),
    ("SELECT count(*) OVER (ORDER BY a) FROM t", "SELECT count(*) OVER (ORDER BY a NULLS FIRST) FROM t"),
    ("SELECT printf('%04d-%02d', i.year, i.month)",
     "SELECT (lpad(i.year::text, 4, '0') || '-' || lpad(i.month::text, 2, '0'))"),
    ("SELECT a.id FROM articles a WHERE a.id IN (SELECT article_id FROM notes WHERE 0)",
     "SELECT a.id FROM articles a WHERE a.id IN (SELECT article_id FROM notes WHERE false)"),
])
def test_translation(sqlite: str, postgresql: str) -> None:
    assert translate(sqlite)[0] == postgresql


@pytest.mark.parametrize("sql, returns", [
    ("INSERT INTO people (name) VALUES (?)", True),
    ("INSERT INTO notes (article_id, source_sha, text) VALUES (?, ?, ?)", False),  # keyed by article_id
    ("INSERT INTO people (name) VALUES (?) RETURNING id", False),  # asked for already
    ("UPDATE people SET name = ?", False),
])
def test_inserts_into_id_tables_return_the_id(sql: str, returns: bool) -> None:
    assert translate(sql)[1] is returns


def test_every_sqlite_migration_has_its_postgresql_twin() -> None:
    """One schema version for both backends: a new SQLite migration (m012 …) needs a step in
    ``store/pg/schema.py`` too, or this fails."""
    from gazette_reader.store.pg.schema import STEPS
    from gazette_reader.store.schema import SCHEMA_VERSION

    assert max(STEPS) == SCHEMA_VERSION


def test_the_server_tables_have_the_file_columns(pg_url: str, tmp_path) -> None:
    """Same column names on both backends (the core's SQL and ``gazette copy`` rely on it)."""
    from gazette_reader.library import Library
    from gazette_reader.store.copy import TABLES, columns

    file, server = Library.open(tmp_path / "lib.sqlite"), Library.open(pg_url)
    for table in TABLES:
        assert sorted(columns(server.db, table)) == sorted(columns(file.db, table)), table
    file.close()
    server.close()


@pytest.mark.parametrize("sqlite, target", [
    ("INSERT INTO people (name) VALUES (?)", ("people", ("name",))),
    ("INSERT INTO mentions (article_id, person_id, role, title, start, end) VALUES (?, ?, ?, ?, ?, ?)",
     ("mentions", ("article_id", "person_id", "role", "title", "start", '"end"'))),
    ('INSERT INTO notes ("article_id", "text") VALUES (?,?)', ("notes", ('"article_id"', '"text"'))),
    ("INSERT OR IGNORE INTO people (name) VALUES (?)", None),  # a conflict clause: COPY has none
    ("INSERT INTO people (name) VALUES (?) RETURNING id", None),
    ("INSERT INTO people (name) VALUES (lower(?))", None),  # an expression
    ("INSERT INTO people (id, name) VALUES (?, 'x')", None),  # a literal
    ("INSERT INTO people (id, name) VALUES (?)", None),  # a column without its value
    ("INSERT INTO people (name) SELECT name FROM people", None),
    ("UPDATE people SET name = ?", None),
])
def test_plain_inserts_are_recognised_for_copy(sqlite: str, target) -> None:
    assert plain_insert(translate(sqlite, returning_id=False)[0]) == target
