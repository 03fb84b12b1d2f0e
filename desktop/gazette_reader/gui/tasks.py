"""The work the window sends to worker threads: plain functions over the Library facade, no Qt.

Each function takes the library first and returns plain data the GUI thread can show; they are the only
place the GUI composes facade calls (a search page joined with its issue titles), so they can be tested
without any widget.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass
from typing import Any

from gazette_reader.jobs import CancelToken, Progress
from gazette_reader.library import Library
from gazette_reader.tagging.summaries import TagSummary, by_count


def hit_row(hit: Any) -> dict:
    """A search hit as a list row dict (dataclass or dict alike).

    Shallow: ``dataclasses.asdict`` deep-copied every highlight span, half the Python time of a typed
    search's first page when a common character is marked hundreds of times per article."""
    row = {f.name: getattr(hit, f.name) for f in fields(hit)} if is_dataclass(hit) else dict(hit)
    for key in ("highlights", "body_highlights", "title_highlights"):
        row[key] = [list(span) for span in row.get(key) or []]
    return row


def search_page(library: Any, query: str, sort: str, offset: int, limit: int,
                cancel: CancelToken | None = None, *, count: bool = True) -> tuple[int | None, list[dict]]:
    """One page of hits as rows, each completed with its issue title and month-day from ``headers``.

    ``count=False``: the page first, its total None where counting costs more than the page
    (:func:`search_total` counts it after)."""
    result = library.search(query, limit=limit, offset=offset, sort=sort, cancel=cancel, count=count)
    rows = [hit_row(hit) for hit in result.hits]
    if rows:
        light = {h["id"]: h for h in library.headers(ids=[r["id"] for r in rows], limit=len(rows))}
        for row in rows:
            extra = light.get(row["id"], {})
            for key in ("issue_title", "month_day", "subtitle", "publication", "ocr"):
                row.setdefault(key, extra.get(key))
            row["title"] = row.get("title") or extra.get("title") or ""
    return result.total, rows


def search_total(library: Any, query: str, cancel: CancelToken | None = None, within: dict | None = None) -> int:
    """The exact total of a result whose first page was shown uncounted (``within``: a tree node)."""
    return library.search_total(query, cancel=cancel, within=within)


def import_files(library: Any, paths: list[str], progress: Progress, cancel: CancelToken, *,
                 batch: int | None = None) -> tuple[Any, list[str]]:
    """Import ``paths`` (``batch``: a bulk load committing every N files, see ``Library.import_files``);
    returns the report and the files inside the given folders that were passed over for their type (the
    importer takes a folder's supported files only, and says nothing of the rest)."""
    from pathlib import Path

    from gazette_reader.importer import SUPPORTED_SUFFIXES

    report = library.import_files(paths, progress=progress, cancel=cancel, batch=batch)
    skipped = [str(p) for folder in map(Path, paths) if folder.is_dir() for p in sorted(folder.rglob("*"))
               if p.is_file() and not p.name.startswith(".") and p.suffix.lower() not in SUPPORTED_SUFFIXES]
    return report, skipped


def reader_article(library: Any, article_id: int) -> dict:
    """One article for the reader, with how each of its tags is spelt in it (``spellings``, see
    ``Library.tag_spellings``) so the reader can link and mark an alias or a renamed leader's old name."""
    article = library.article(article_id)
    article["spellings"] = library.tag_spellings(article_id)
    article["note"] = library.note(article_id)
    return article


WARM_UP_QUERY = "龘龘"
"""A two-character term no gazette contains: parsing it builds the search's lazy tables (the
traditional→simplified fold table alone is ~0.6 s of Python) and the FTS lookup finds nothing at once."""


def warm_up(library: Any) -> None:
    """Pay the search's one-time start-up cost in the background, not on the user's first keystroke."""
    library.search(WARM_UP_QUERY, limit=1)


def browse_page(library: Any, filters: dict, offset: int, limit: int) -> tuple[int, list[dict]]:
    """One page of a tree node's articles and (on the first page) their exact total."""
    total = library.count_headers(**filters) if offset == 0 else -1
    return total, library.headers(**filters, limit=limit, offset=offset)


def node_matching(library: Any, filters: dict, query: str, limit: int, cancel: CancelToken | None = None
                  ) -> tuple[int | None, list[dict], Callable[[int, int], list[dict]]]:
    """A tree node's articles that match ``query`` (newest first): their exact total (None: not counted,
    the page came first; :func:`search_total` with ``within``), the first ``limit`` rows, and how to fetch
    the next pages.

    The node narrows the search in SQLite (``Library.search(within=…)``), which pages the result: a common
    tag has hundreds of thousands of articles at a million, and fetching every id of it first, then
    narrowing them to the node, took seconds. A collection (a few hundred ids, kept in the order added)
    is narrowed by its ids instead. A newer click cancels it."""
    if "collection" in filters:
        matching = library.search_ids(query, sort="date", cancel=cancel)
        if cancel is not None:
            cancel.check()
        ids = library.node_ids(matching, **filters) if matching else []
        return len(ids), id_page(library, ids, 0, limit), lambda offset, size: id_page(library, ids, offset, size)
    total, rows = node_page(library, filters, query, 0, limit, cancel)
    return total, rows, lambda offset, size: node_page(library, filters, query, offset, size)[1]


def node_page(library: Any, filters: dict, query: str, offset: int, limit: int,
              cancel: CancelToken | None = None) -> tuple[int | None, list[dict]]:
    """The total (None: not counted) and one page of header rows of a node's articles matching ``query``,
    newest first."""
    result = library.search(query, limit=limit, offset=offset, sort="date", within=filters, cancel=cancel,
                            count=False)
    ids = [hit.id for hit in result.hits]
    return result.total, library.headers(ids=ids, limit=len(ids)) if ids else []


def id_page(library: Any, ids: list[int], offset: int, limit: int) -> list[dict]:
    """Rows ``offset`` to ``offset + limit`` of a list known by its ids."""
    chunk = ids[offset:offset + limit]
    return library.headers(ids=chunk, limit=len(chunk)) if chunk else []


def tags(library: Any) -> tuple[list[TagSummary], list[TagSummary]]:
    """Leaders and projects for the side panel, most articles first (then by name)."""
    return by_count(library.tag_summaries("leader")), by_count(library.tag_summaries("project"))


def timeline(library: Any, entity: str, name: str) -> tuple[dict[str, int], int]:
    """Articles per month mentioning a tag, and how many of them have no date."""
    return library.timeline(entity, name)


def choices(library: Any) -> tuple[list[str], list[str]]:
    """Places and section names offered by the search pane's drop-downs."""
    return library.places(), library.sections()


def status(library: Any) -> dict[str, int]:
    """Counts for the status bar."""
    return library.counts()


def open_library(path: Any, progress: Progress, cancel: CancelToken) -> Library:
    """Open (upgrading) a library in a worker; the worker's own connection is closed before the library
    goes to the GUI thread, which opens its own on first use."""
    library = Library.open(path, progress=progress, cancel=cancel)
    library.close()
    return library
