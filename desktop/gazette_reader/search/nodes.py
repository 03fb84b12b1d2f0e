"""A tree node's articles that meet field filters (a tag clicked while browsing), one page at a time.

Why this module: the window lists a node ∩ tag result newest first, undated last (then by id), and asks for
its first page before its total. At a million articles a publication may hold 168,576 articles, nearly all
undated, and its top leader 74,023 of them: listing them all (the node's articles, the tag probed on each,
the matches sorted by date) took ~190 ms of CPU for a page of 100. Asked for the page alone
(:func:`page` with ``count=False``) it is found in the result's own order instead:

* the node's dated matches come first, and the index of each issue's articles by date (migration m014,
  :data:`ISSUE_DATE_INDEX`) reaches them with one seek per issue, reading no undated article
  (:func:`_dated`);
* its undated matches follow in id order: the library's undated articles are walked from the node's first
  one (the date index holds them by id), each tested for the node and probed for the tags, until the page
  is full (:func:`_walked`); the walk crosses at most :data:`WALK_WINDOW` articles and is tried only where
  the node's undated articles are common enough in the library to fill a page within it, else they are
  listed and sorted (:func:`_listed_undated`).

A tag in few articles (fewer than the node's) skips all that: its own ids are looked up and narrowed to
the node (:func:`_few`). Every way gives the same pages (``tests/unit/search/test_paging.py`` forces each
in turn); the total of a page found first is counted after.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from gazette_reader.search import paging

ISSUE_DATE_INDEX = "idx_articles_issue_date"
"""Each issue's articles by date (migration m014): a node's dated articles without reading its undated ones."""
WALK_WINDOW = 16_384
"""The most undated articles of the library (in id order) a walk for a node's undated page may cross,
~8 ms at a million articles; past it the node's undated matches are listed instead."""
FEW_TAGGED = 16_384
"""Up to this many articles a tag's (or note's) are listed and narrowed to the node rather than probed on
each of the node's (:func:`_few`): ~0.3 ms to count that far for a common tag, ~1 µs to look up each."""

Condition = tuple[str, Sequence]
"""An SQL condition on ``articles a`` and its parameters."""

_PROBES = {
    "a.id IN (SELECT article_id FROM mentions WHERE ": "EXISTS (SELECT 1 FROM mentions WHERE article_id = a.id AND ",
    "a.id IN (SELECT article_id FROM project_mentions WHERE ":
        "EXISTS (SELECT 1 FROM project_mentions WHERE article_id = a.id AND ",
}
"""The tag conditions of :mod:`filters` as per-article probes of the tag indexes (which end in
``article_id``), for plans that walk articles another way (a node's, the date index) and would otherwise
make SQLite list every tagged article first."""


def probing(where: str) -> str:
    """``where`` with its tag conditions as per-article probes (:data:`_PROBES`); the same rows match."""
    for listed, probe in _PROBES.items():
        where = where.replace(listed, probe)
    return where


def page(db: Database, where: Condition, node: Condition, limit: int, offset: int, *, oldest: bool = False,
         count: bool = True, tagged: Condition | None = None) -> tuple[int | None, list[tuple[int, float]]]:
    """The total (None: not counted) and one page (score 0.0) of the articles meeting ``where`` (the
    filters and the ``node``'s own condition), newest (``oldest``: oldest) first, undated last, by id.

    ``tagged``: the ids the filters alone select (one tag: ``SELECT article_id FROM mentions …``), when
    they are one such list. Fewer than :data:`FEW_TAGGED` of them, and fewer than the node's articles,
    they are listed and narrowed to the node (:func:`_few`). Otherwise, counted, one pass over the node's
    articles gives both (:func:`paging.listed`, the tags probed per article instead of listing a common
    tag's hundreds of thousands of articles); page first, the page is found in order (module docstring)
    when the node is a set of issues (every tree node is)."""
    if tagged is not None and _few(db, tagged, node):
        listing = f"SELECT a.id FROM articles a NOT INDEXED WHERE {where[0]}"  # from the tag's ids, by rowid
        return paging.listed(db, (listing, tuple(where[1])), limit, offset, oldest=oldest)
    probed = (probing(where[0]), where[1])
    if not count and "a.issue_id" in node[0]:
        return None, _in_order(db, probed, node, limit, offset, oldest=oldest)
    return paging.listed(db, (f"SELECT a.id FROM articles a WHERE {probed[0]}", tuple(probed[1])), limit, offset,
                         oldest=oldest, sort_max=paging.NODE_SORT_MAX)


def _in_order(db: Database, where: Condition, node: Condition, limit: int, offset: int, *,
              oldest: bool) -> list[tuple[int, float]]:
    """The page found in the result's order: the dated matches, then as many undated ones as it lacks."""
    end = offset + limit
    ids = _dated(db, where, end, oldest=oldest)
    if len(ids) < end:
        ids += _undated(db, where, node, end - len(ids))
    return [(article_id, 0.0) for article_id in ids[offset:end]]


def _few(db: Database, tagged: Condition, node: Condition) -> bool:
    """Whether the ``tagged`` ids are fewer than :data:`FEW_TAGGED` and than the node's articles: then
    looking each up beats probing the tag on each of the node's (a leader in one article of a
    publication of 168,576: 76 ms probed, ~8 listed). Both counted only up to those marks, the tag's rows
    as they come (an article tagged twice counts twice: only the way is chosen here, not the result)."""
    sql = f"SELECT count(*) FROM (SELECT 1 FROM ({tagged[0]}) LIMIT ?)"
    few = db.execute(sql, (*tagged[1], FEW_TAGGED)).fetchone()[0]
    if few >= FEW_TAGGED:
        return False
    sql = f"SELECT count(*) FROM (SELECT 1 FROM articles a WHERE {node[0]} LIMIT ?)"
    return db.execute(sql, (*node[1], few)).fetchone()[0] >= few


def _dated(db: Database, where: Condition, end: int, *, oldest: bool) -> list[int]:
    """The first ``end`` dated articles meeting ``where`` in date order (then by id): one seek per issue of
    the node, the tags probed on its dated articles only, the few best kept as they come."""
    sql = (f"SELECT a.id FROM articles a INDEXED BY {ISSUE_DATE_INDEX} WHERE a.date IS NOT NULL AND {where[0]} "
           f"ORDER BY a.date {'ASC' if oldest else 'DESC'}, a.id LIMIT ?")
    return [row[0] for row in db.execute(sql, (*where[1], end))]


def _undated(db: Database, where: Condition, node: Condition, wanted: int) -> list[int]:
    """The first ``wanted`` undated articles meeting ``where`` by id: walked when the node's undated
    articles are common enough among the library's, else (or when the walk's window ends first) listed."""
    start = _walk_start(db, node, wanted)
    walked = None if start is None else _walked(db, where, start, wanted)
    return _listed_undated(db, where, wanted) if walked is None else walked


def _walk_start(db: Database, node: Condition, wanted: int) -> int | None:
    """The id of the node's first undated article when a walk from it may fill ``wanted`` rows within
    :data:`WALK_WINDOW`, else None: the node must hold at least ``wanted`` in :data:`WALK_WINDOW` of the
    library's ids (a small node's articles are fewer to list than the window is to cross). Counted only
    up to that mark: counting a publication's 168,520 undated articles took as long as finding its first."""
    mark = -(-wanted * paging.last_id(db) // WALK_WINDOW)
    undated = f"FROM articles a INDEXED BY {ISSUE_DATE_INDEX} WHERE a.date IS NULL AND {node[0]}"
    counted = db.execute(f"SELECT count(*) FROM (SELECT 1 {undated} LIMIT ?)", (*node[1], mark)).fetchone()[0]
    return db.execute(f"SELECT min(a.id) {undated}", tuple(node[1])).fetchone()[0] if counted >= mark else None


def _walked(db: Database, where: Condition, start: int, wanted: int) -> list[int] | None:
    """The first ``wanted`` undated articles meeting ``where`` from id ``start`` on, walking the date
    index's undated articles (they are held by id) at most :data:`WALK_WINDOW` of them; None when the
    window ends first with fewer (those may not be the first: the rest are listed)."""
    window = (f"SELECT id FROM articles INDEXED BY {paging.DATE_INDEX} WHERE date IS NULL AND id >= ? "
              "ORDER BY id LIMIT 1 OFFSET ?")
    beyond = db.execute(window, (start, WALK_WINDOW)).fetchone()
    bound, bound_params = ("", ()) if beyond is None else (" AND a.id < ?", (beyond[0],))
    sql = (f"SELECT a.id FROM articles a INDEXED BY {paging.DATE_INDEX} WHERE a.date IS NULL AND a.id >= ?"
           f"{bound} AND {where[0]} ORDER BY a.id LIMIT ?")
    ids = [row[0] for row in db.execute(sql, (start, *bound_params, *where[1], wanted))]
    return ids if len(ids) == wanted or beyond is None else None


def _listed_undated(db: Database, where: Condition, wanted: int) -> list[int]:
    """The first ``wanted`` undated articles meeting ``where`` by id, from every undated article of the
    node (one seek per issue, the tags probed on each, the first ``wanted`` kept as they come)."""
    sql = (f"SELECT a.id FROM articles a INDEXED BY {ISSUE_DATE_INDEX} WHERE a.date IS NULL AND {where[0]} "
           "ORDER BY a.id LIMIT ?")
    return [row[0] for row in db.execute(sql, (*where[1], wanted))]
