"""One small interface over the search backends: SQLite FTS5 and PostgreSQL.

The library asks :func:`for_connection` for the backend of its connection once and from then on calls
the same methods whichever database it holds: run a query, list every matching id, keep the index in
step with the articles (the importer's hooks), rebuild it. Queries go through the backend-neutral
:class:`~gazette_reader.search.plan.Plan`; each backend turns it into its own SQL. This module is the only
place that tells the two apart (DESIGN.md: no ``if backend == …`` outside ``store/`` and ``search/``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Protocol

from sqlite_utils import Database

from gazette_reader.errors import GazetteError
from gazette_reader.jobs import NEVER, CancelToken, Progress, no_progress
from gazette_reader.search.plan import Plan, make_plan
from gazette_reader.search.results import SearchResult


class SearchBackend(Protocol):
    """What every backend offers (the plan-level methods; :class:`_Queries` adds the string ones)."""

    name: str

    def run(self, plan: Plan, *, cancel: CancelToken | None = None) -> SearchResult: ...
    def ids(self, plan: Plan, *, cancel: CancelToken | None = None) -> list[int]: ...
    def index_articles(self, article_ids: Sequence[int]) -> None: ...
    def unindex_articles(self, article_ids: Sequence[int]) -> None: ...
    def rebuild(self, *, progress: Progress = no_progress, cancel: CancelToken = NEVER) -> None: ...
    def articles_containing(self, terms: Iterable[str]) -> set[int]: ...
    def stale_articles(self) -> list[int]: ...


class _Queries:
    """The query-string entry points, the same for every backend: parse, plan, run."""

    def search(self, query: str, *, limit: int = 50, offset: int = 0, sort: str = "relevance",
               cancel: CancelToken | None = None) -> SearchResult:
        """Exact total plus one page of hits with snippets."""
        return self.run(make_plan(query, limit=limit, offset=offset, sort=sort), cancel=cancel)  # type: ignore[attr-defined]

    def matching_ids(self, query: str, *, sort: str = "relevance", cancel: CancelToken | None = None) -> list[int]:
        """Every matching article id in result order, without snippets."""
        return self.ids(make_plan(query, limit=0, sort=sort), cancel=cancel)  # type: ignore[attr-defined]


class Fts5Backend(_Queries):
    """The SQLite library's search: FTS5 bigram phrases and the character index (:mod:`engine`, :mod:`index`)."""

    name = "sqlite"

    def __init__(self, db: Database) -> None:
        self.db = db

    def run(self, plan: Plan, *, cancel: CancelToken | None = None) -> SearchResult:
        from gazette_reader.search.engine import run_plan

        return run_plan(self.db, plan, cancel=cancel)

    def ids(self, plan: Plan, *, cancel: CancelToken | None = None) -> list[int]:
        from gazette_reader.search.engine import plan_ids

        return plan_ids(self.db, plan, cancel=cancel)

    def index_articles(self, article_ids: Sequence[int]) -> None:
        from gazette_reader.search.index import index_articles

        index_articles(self.db, article_ids)

    def unindex_articles(self, article_ids: Sequence[int]) -> None:
        from gazette_reader.search.index import unindex_articles

        unindex_articles(self.db, article_ids)

    def rebuild(self, *, progress: Progress = no_progress, cancel: CancelToken = NEVER) -> None:
        from gazette_reader.search.index import rebuild_index

        rebuild_index(self.db, progress=progress, cancel=cancel)

    def articles_containing(self, terms: Iterable[str]) -> set[int]:
        from gazette_reader.search.index import articles_containing

        return articles_containing(self.db, terms)

    def stale_articles(self) -> list[int]:
        from gazette_reader.search.index import stale_articles

        return stale_articles(self.db)


class PostgresBackend(_Queries):
    """A PostgreSQL library's search: bigram and character keys under GIN, exact checks (:mod:`postgres`,
    :mod:`pg_index`). ``conn`` is a psycopg 3 connection; every method runs in the caller's transaction."""

    name = "postgresql"

    def __init__(self, conn) -> None:
        self.conn = conn

    def run(self, plan: Plan, *, cancel: CancelToken | None = None) -> SearchResult:
        from gazette_reader.search.postgres import run_plan

        return run_plan(self.conn, plan, cancel=cancel)

    def ids(self, plan: Plan, *, cancel: CancelToken | None = None) -> list[int]:
        from gazette_reader.search.postgres import plan_ids

        return plan_ids(self.conn, plan, cancel=cancel)

    def index_articles(self, article_ids: Sequence[int]) -> None:
        from gazette_reader.search.pg_index import index_articles

        index_articles(self.conn, article_ids)

    def unindex_articles(self, article_ids: Sequence[int]) -> None:
        from gazette_reader.search.pg_index import unindex_articles

        unindex_articles(self.conn, article_ids)

    def rebuild(self, *, progress: Progress = no_progress, cancel: CancelToken = NEVER) -> None:
        from gazette_reader.search.pg_index import rebuild_index

        rebuild_index(self.conn, progress=progress, cancel=cancel)

    def articles_containing(self, terms: Iterable[str]) -> set[int]:
        from gazette_reader.search.pg_index import articles_containing

        return articles_containing(self.conn, terms)

    def stale_articles(self) -> list[int]:
        from gazette_reader.search.pg_index import stale_articles

        return stale_articles(self.conn)

    def create_tables(self) -> None:
        """Create the index tables when missing (after the base tables exist)."""
        from gazette_reader.search.pg_index import create_index_tables

        create_index_tables(self.conn)


def for_connection(conn: object) -> Fts5Backend | PostgresBackend:
    """The search backend of a library connection: a sqlite-utils ``Database`` or ``sqlite3`` connection
    (FTS5), or a psycopg 3 connection (PostgreSQL)."""
    if isinstance(conn, Database):
        return Fts5Backend(conn)
    if isinstance(conn, sqlite3.Connection):
        return Fts5Backend(Database(conn))
    if type(conn).__module__.split(".")[0] == "psycopg":
        return PostgresBackend(conn)
    raise GazetteError(f"no search backend for a {type(conn).__name__} connection",
                       zh=f"不支持这种数据库连接（{type(conn).__name__}），无法检索")
