"""Helpers for the backend contract tests: a migrated library connection on either backend."""

from __future__ import annotations

from pathlib import Path

import pytest

BACKENDS = ["sqlite", "postgresql"]


def migrated_db(request: pytest.FixtureRequest, tmp_path: Path):
    """A fresh, migrated library connection for ``request.param`` (a sqlite-utils Database, or the
    PostgreSQL one the library uses); closed at the end of the test."""
    from gazette_reader.library import Library

    if request.param == "sqlite":
        location = str(tmp_path / "library.sqlite")
    else:
        location = request.getfixturevalue("pg_url")
    library = Library.open(location)
    request.addfinalizer(library.close)
    return library.db


def stale_articles(db) -> list[int]:
    """Articles whose search entry is stale: FTS5's check on a file, the GIN index's on a server."""
    from gazette_reader.search import pg_index
    from gazette_reader.search.index import stale_articles as fts_stale_articles
    from gazette_reader.store.backend import is_server

    return pg_index.stale_articles(db.raw) if is_server(db) else fts_stale_articles(db)


def only_sqlite_index(db) -> None:
    """Skip a test of the FTS5 index's own mechanics on a server library (its index is the search side's)."""
    from gazette_reader.store.backend import is_server

    if is_server(db):
        pytest.skip("tests FTS5's own tables; the PostgreSQL index and its tests belong to the search side (#18)")


class BoundSearch:
    """The library's own search path (:func:`gazette_reader.store.backend.search_index`) bound to one
    connection, so a contract test reads ``backend.search(query)`` whichever backend it holds; the same
    functions :class:`~gazette_reader.library.Library` calls, nothing of its own."""

    def __init__(self, db) -> None:
        from gazette_reader.store.backend import is_server, search_index

        self.db = db
        self.index = search_index(db)
        self.name = "postgresql" if is_server(db) else "sqlite"

    def __getattr__(self, name: str):
        """``search``, ``matching_ids``, ``index_articles``, ``rebuild_index`` … with the connection bound."""
        function = getattr(self.index, name)
        return lambda *args, **kwargs: function(self.db, *args, **kwargs)

    def stale_articles(self) -> list[int]:
        return stale_articles(self.db)


def server_copy(url: str, source):
    """A new server library at ``url`` made by the store (its migrations) and filled with ``source``'s rows
    by ``gazette copy``'s own code, index built; returns the open :class:`Library` (close it)."""
    from gazette_reader.library import Library
    from gazette_reader.store.copy import copy_library

    library = Library.open(url)
    copy_library(source, library.db)
    return library
