"""The base-table columns the PostgreSQL search reads, as DDL, until ``store/`` owns the PostgreSQL schema.

Same table and column names as the SQLite library (``store/schema.py``), only what search needs:
``articles`` (id, issue_id, ord, kind, title, subtitle, kicker, section, date, body_z: the packed body of
``store/packing.py``), ``issues`` (id, source_id, place), ``sources`` (id, text_sha256), ``people``
(id, name), ``mentions`` (article_id, person_id, role), ``projects`` (id, name, aliases_json),
``project_mentions`` (article_id, project_id), ``notes`` (article_id, source_sha, text). The store's full
schema is a superset; these statements create nothing that is already there.
"""

from __future__ import annotations

BASE_DDL = (
    "CREATE TABLE IF NOT EXISTS sources (id bigint PRIMARY KEY, text_sha256 text)",
    "CREATE TABLE IF NOT EXISTS issues (id bigint PRIMARY KEY, source_id bigint, place text, year int, month int)",
    "CREATE TABLE IF NOT EXISTS articles (id bigint PRIMARY KEY, issue_id bigint, ord int, kind text, "
    "title text, subtitle text, kicker text, section text, date text, body_z bytea)",
    "CREATE INDEX IF NOT EXISTS idx_articles_date ON articles (date, id)",
    "CREATE INDEX IF NOT EXISTS idx_articles_section ON articles (section)",
    "CREATE TABLE IF NOT EXISTS people (id bigint PRIMARY KEY, name text NOT NULL UNIQUE)",
    "CREATE TABLE IF NOT EXISTS mentions (id bigserial PRIMARY KEY, article_id bigint, person_id bigint, role text)",
    "CREATE INDEX IF NOT EXISTS idx_mentions_person ON mentions (person_id, role)",
    "CREATE TABLE IF NOT EXISTS projects (id bigint PRIMARY KEY, name text NOT NULL UNIQUE, aliases_json text)",
    "CREATE TABLE IF NOT EXISTS project_mentions (id bigserial PRIMARY KEY, article_id bigint, project_id bigint, "
    "alias text)",
    "CREATE TABLE IF NOT EXISTS notes (article_id bigint PRIMARY KEY, source_sha text NOT NULL, text text NOT NULL)",
)
COPIED_COLUMNS = {
    "sources": ("id", "text_sha256"),
    "issues": ("id", "source_id", "place", "year", "month"),
    "articles": ("id", "issue_id", "ord", "kind", "title", "subtitle", "kicker", "section", "date", "body_z"),
    "people": ("id", "name"),
    "mentions": ("article_id", "person_id", "role"),
    "projects": ("id", "name", "aliases_json"),
    "project_mentions": ("article_id", "project_id", "alias"),
    "notes": ("article_id", "source_sha", "text"),
}
"""What :func:`copy_search_tables` carries over from a SQLite library, table by table."""


def create_base_tables(conn) -> None:
    for statement in BASE_DDL:
        conn.execute(statement)


def copy_search_tables(db, conn) -> None:
    """Copy the rows search reads from a SQLite library (``db``, sqlite-utils) into PostgreSQL (for tests
    and the bench; ``gazette copy`` is the store's complete copy)."""
    for table, columns in COPIED_COLUMNS.items():
        rows = db.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
        marks = ", ".join(["%s"] * len(columns))
        with conn.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
