"""The one seam between the library and its storage engine: SQLite files or a PostgreSQL server.

Every core module takes a ``db`` and speaks SQLite-flavoured SQL with ``?`` placeholders through
``db.execute`` / ``db.conn.executemany``. A PostgreSQL library hands them
:class:`gazette_reader.store.pg.connection.PgDatabase`, which carries the dialect (placeholders, returned
ids, savepoints, the write lock). The few things that differ in kind rather than in SQL (how a write
transaction takes the writers' lock, where the schema version lives, which search index to feed) are
asked of :func:`backend_of`, never decided with ``if backend == ...`` elsewhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_url(location: str | Path | None) -> bool:
    """Whether ``--library`` names a PostgreSQL database (a libpq URL) rather than a file."""
    return isinstance(location, str) and location.strip().lower().startswith(SERVER_SCHEMES)


def is_server(db: Any) -> bool:
    """Whether ``db`` is a connection to a PostgreSQL library (it carries its dialect)."""
    return getattr(db, "dialect", None) == "postgresql"


def search_index(db: Any) -> Any:
    """The search index functions for this connection's backend: an object with ``index_articles(db, ids)``,
    ``import_document(row)`` (what an import's helper processes make of an article for
    ``index_new_documents``), ``index_new_documents(db, docs, merge_follows=)``, ``unindex_articles(db, ids)``, ``articles_containing(db, terms)``,
    ``rebuild_index(db, progress=, cancel=)``, ``optimize_index(db, progress=, cancel=)``,
    ``index_is_current(db)``, ``search(db, query, ...)`` and ``matching_ids(db, query, ...)``.

    SQLite: the FTS5 modules as they are (:mod:`gazette_reader.store.sqlite_search`); PostgreSQL: the
    search side's GIN index over the raw connection (:mod:`gazette_reader.store.pg.search_adapter`).
    """
    if not is_server(db):
        from gazette_reader.store import sqlite_search

        return sqlite_search
    from gazette_reader.store.pg import search_adapter

    return search_adapter


def database_errors() -> tuple[type[BaseException], ...]:
    """The exceptions meaning "the database itself failed" (disk, lock, lost server, a refused write), on
    either backend: an import stops on these instead of refusing one file and going on."""
    import sqlite3

    errors: tuple[type[BaseException], ...] = (sqlite3.DatabaseError,)
    try:
        import psycopg

        from gazette_reader.store.pg.connection import ReadOnlyLibrary
    except ImportError:
        return errors
    return errors + (psycopg.Error, ReadOnlyLibrary)


def server_failure(exc: BaseException) -> str:
    """One line for a failure of the library server (what the CLI prints instead of a traceback); nothing
    the failed command did was committed (every write is one transaction)."""
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return f"the library server failed ({first}); the unfinished command changed nothing"
