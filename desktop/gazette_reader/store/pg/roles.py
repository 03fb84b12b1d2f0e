"""``gazette server init``: a library database with an owner, an ``editor`` and a ``reader`` role.

The owner (the role that runs init; it owns the tables and alone can upgrade them) creates the schema;
editors may read and write every table's rows (import, correct, collect) but not change the schema;
readers may only SELECT, so every write of theirs is refused by the server itself (the app turns that
refusal into :class:`ReadOnlyLibrary`, and the window shows the library as read-only). Role names go
into SQL as identifiers through :mod:`psycopg.sql`; everything else as parameters.
"""

from __future__ import annotations

from dataclasses import dataclass

from psycopg import sql

from gazette_reader.store.pg.schema import META, TABLES

DEFAULT_EDITOR = "gazette_editor"
DEFAULT_READER = "gazette_reader"


@dataclass
class InitReport:
    """What ``server init`` did, for the CLI's summary."""

    database: str
    owner: str
    editor: str
    reader: str
    created_roles: list[str]
    created_library: bool


def init_roles(db, *, editor: str = DEFAULT_EDITOR, reader: str = DEFAULT_READER, created_library: bool = False,
               ) -> InitReport:
    """Create the two group roles (when missing, NOLOGIN: users are made members of them with
    ``GRANT gazette_editor TO alice``) and grant them their rights on the library's tables."""
    made = [name for name in (editor, reader) if _create_role(db, name)]
    with db.write_transaction():
        database = db.raw.info.dbname
        for role in (editor, reader):
            db.raw.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database),
                                                                             sql.Identifier(role)))
            db.raw.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(_schema(db), sql.Identifier(role)))
        tables = sql.SQL(", ").join(sql.Identifier(t) for t in (*TABLES, META))
        db.raw.execute(sql.SQL("GRANT SELECT ON {} TO {}").format(tables, sql.Identifier(reader)))
        db.raw.execute(sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON {} TO {}").format(tables, sql.Identifier(editor)))
        db.raw.execute(sql.SQL("REVOKE INSERT, UPDATE, DELETE ON {} FROM {}").format(
            sql.Identifier(META), sql.Identifier(editor)))
        db.raw.execute(sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA {} TO {}").format(
            _schema(db), sql.Identifier(editor)))
        _grant_search_tables(db, editor, reader)
    owner = db.raw.execute("SELECT current_user").fetchone()[0]
    return InitReport(database, owner, editor, reader, made, created_library)


def _grant_search_tables(db, editor: str, reader: str) -> None:
    """The search side's tables (whatever it created: any other table in the schema) get the same rights."""
    others = [r[0] for r in db.raw.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND NOT (tablename = ANY(%s))",
        [[*TABLES, META]])]
    if others:
        tables = sql.SQL(", ").join(sql.Identifier(t) for t in others)
        db.raw.execute(sql.SQL("GRANT SELECT ON {} TO {}").format(tables, sql.Identifier(reader)))
        db.raw.execute(sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON {} TO {}").format(tables, sql.Identifier(editor)))


def _schema(db) -> sql.Identifier:
    return sql.Identifier(db.raw.execute("SELECT current_schema()").fetchone()[0])


def _create_role(db, name: str) -> bool:
    """Create a NOLOGIN group role unless it exists; returns whether it was created."""
    if db.raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [name]).fetchone():
        return False
    db.raw.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))
    return True


def may_write(db) -> bool:
    """Whether this connection's role may change the library (insert articles) on a writable server (not a
    replica, nor a database set read-only)."""
    row = db.raw.execute("SELECT has_table_privilege('articles', 'INSERT') AND NOT pg_is_in_recovery() "
                         "AND current_setting('default_transaction_read_only') = 'off'").fetchone()
    return bool(row and row[0])
