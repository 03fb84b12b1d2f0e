"""A PostgreSQL library's search as the store calls it: module-level functions taking the library
connection (:class:`~gazette_reader.store.pg.connection.PgDatabase`), over the search side's PostgreSQL
index and queries (:mod:`gazette_reader.search.pg_index`, :mod:`gazette_reader.search.postgres`), which
take the raw psycopg connection and so run in the library's own transaction.

This is what :func:`gazette_reader.store.backend.search_index` hands out for a server library; the SQLite
twin is :mod:`gazette_reader.store.sqlite_search`. The two expose the same functions, so the importer,
the schema upgrade and :class:`~gazette_reader.library.Library` never ask which one they hold.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from gazette_reader.jobs import NEVER, CancelToken, Progress, no_progress
from gazette_reader.search import pg_index, postgres
from gazette_reader.search.plan import make_plan
from gazette_reader.search.results import SearchResult
from gazette_reader.store.pg.connection import refusals


def index_articles(db, article_ids: Sequence[int]) -> None:
    """Index (or re-index) these articles from their stored rows. Writes here go past the library
    connection's statement wrapper, so a reader's refusal is turned into the same one sentence here."""
    with refusals():
        pg_index.index_articles(db.raw, article_ids)


import_document = pg_index.import_document
"""What an import's helper processes make of each article for this index (the importer asks the index)."""


def index_new_documents(db, docs: Sequence, *, merge_follows: bool = False) -> None:
    """Index a batch the import helpers prepared (:data:`import_document`: the server's keys and
    normalised text, so the writer only copies them in). Documents of another kind (FTS5's token
    strings) are made again here from the rows just stored (the same rows either way).
    ``merge_follows`` is FTS5's concern (segments merged later); the server's index has none."""
    if all(isinstance(doc, pg_index.PgDocument) for doc in docs):
        with refusals():
            pg_index.index_new_documents(db.raw, docs)
        return
    index_articles(db, [doc.id for doc in docs])


def unindex_articles(db, article_ids: Sequence[int]) -> None:
    with refusals():
        pg_index.unindex_articles(db.raw, article_ids)


def rebuild_index(db, *, progress: Progress = no_progress, cancel: CancelToken = NEVER) -> None:
    """Index every article again (creating the index tables first on a new library)."""
    with refusals():
        pg_index.create_index_tables(db.raw)
        pg_index.rebuild_index(db.raw, progress=progress, cancel=cancel)


def optimize_index(db, *, progress: Progress = no_progress, cancel: CancelToken = NEVER) -> int:
    """Nothing to do: the server's GIN index has no segments to merge (PostgreSQL's autovacuum keeps its
    pending list flushed). Returns 0 steps, like an SQLite index already in one segment."""
    return 0


def index_is_current(db) -> bool:
    """Whether the index exists and was built with this program's keys and normalisation."""
    exists = db.raw.execute("SELECT to_regclass(%s) IS NOT NULL", [pg_index.META_TABLE]).fetchone()[0]
    return bool(exists) and pg_index.index_is_current(db.raw)


def articles_containing(db, terms: Iterable[str]) -> set[int]:
    """Ids of articles whose title or body holds any of ``terms`` (the tagger's look-up of new names)."""
    return pg_index.articles_containing(db.raw, terms)


def search(db, query: str, *, limit: int = 50, offset: int = 0, sort: str = "relevance",
           cancel: CancelToken | None = None, within: tuple[str, Sequence] | None = None,
           count: bool = True) -> SearchResult:
    """Exact total plus one page of hits. ``within``: an SQL condition on ``articles a`` (a tree node) that
    every hit also meets; the node's ids are read once and the ranked matches filtered by them.
    ``count=False``: the page first, as on SQLite: a result in a large share of the library comes with
    its total None (count it after with ``limit=0``); a node's search always counts."""
    plan = make_plan(query, limit=limit, offset=offset, sort=sort)
    if within is None:
        return postgres.run_plan(db.raw, plan, cancel=cancel, page_first=not count)
    node = {row[0] for row in db.execute(f"SELECT a.id FROM articles a WHERE {within[0]}", list(within[1]))}
    ranked = [i for i in matching_ids(db, query, sort=sort, cancel=cancel) if i in node]
    page = [(article_id, 0.0) for article_id in ranked[offset:offset + limit]]
    return SearchResult(len(ranked), postgres.hits(db.raw, page, plan.highlight_terms))


def matching_ids(db, query: str, *, sort: str = "relevance", cancel: CancelToken | None = None) -> list[int]:
    """Every matching id in result order, without snippets."""
    return postgres.plan_ids(db.raw, make_plan(query, limit=0, sort=sort), cancel=cancel)
