"""Interim search for a PostgreSQL library: exact answers by scanning, no index.

The PostgreSQL search index (tsvector of the bigram and character tokens, GIN) belongs to the search
side (``search/backends``, #18); until it is wired in at :func:`gazette_reader.store.backend.search_index`,
this module keeps every feature of a server library working and exact, only slower on a big one: queries
go through the search oracle (:func:`gazette_reader.search.engine.scan`: every article normalised and
tested for the substrings), and indexing is nothing to do.
TODO(merge #18): drop this module once ``search.backends.for_connection`` answers for PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from gazette_reader.jobs import NEVER, CancelToken, Progress, no_progress
from gazette_reader.store.packing import unpack_text
from gazette_reader.text.normalize import normalize


def index_articles(db, article_ids: Sequence[int]) -> None:
    """Nothing to index: the scan reads the articles themselves."""


def index_new_documents(db, docs: Sequence) -> None:
    """Nothing to index (see :func:`index_articles`)."""


def unindex_articles(db, article_ids: Sequence[int]) -> None:
    """Nothing to remove (see :func:`index_articles`)."""


def rebuild_index(db, *, progress: Progress = no_progress, cancel: CancelToken = NEVER) -> None:
    """Nothing to rebuild (see :func:`index_articles`)."""


def index_is_current(db) -> bool:
    """There is no index to be stale."""
    return True


def articles_containing(db, terms: Iterable[str], *, chunk: int = 200) -> set[int]:
    """Ids of articles whose title or body contains any of ``terms`` (normalised), by reading them all."""
    wanted = {n for n in (normalize(t) for t in terms) if n and not n.isspace()}
    if not wanted:
        return set()
    found: set[int] = set()
    for article_id, title, body_z in db.execute("SELECT id, title, body_z FROM articles"):
        text = normalize(title or "") + "\n" + normalize(unpack_text(body_z) if body_z else "")
        if any(term in text for term in wanted):
            found.add(article_id)
    return found


def search(db, query: str, *, limit: int = 50, offset: int = 0, sort: str = "relevance",
           cancel: CancelToken | None = None, within: tuple[str, Sequence] | None = None):
    """The search oracle's answer (exact totals; hits by date, as the oracle orders them); ``within``: an
    SQL condition on ``articles a`` that every hit also meets (a tree node)."""
    from gazette_reader.search.engine import PAGE_MAX, SearchResult, scan

    if cancel is not None:
        cancel.check()
    if within is None:
        return scan(db, query, limit=limit, offset=offset, sort=sort)
    node = {row[0] for row in db.execute(f"SELECT a.id FROM articles a WHERE {within[0]}", list(within[1]))}
    hits = [hit for hit in scan(db, query, limit=PAGE_MAX, sort=sort).hits if hit.id in node]
    return SearchResult(len(hits), hits[offset:offset + limit])


def matching_ids(db, query: str, *, sort: str = "relevance", cancel: CancelToken | None = None) -> list[int]:
    """Every matching id, in the oracle's order."""
    from gazette_reader.search.engine import PAGE_MAX, scan

    if cancel is not None:
        cancel.check()
    return [hit.id for hit in scan(db, query, limit=PAGE_MAX, sort=sort).hits]
