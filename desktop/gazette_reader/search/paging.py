"""A result's total and first page from one evaluation of its FTS5 expression, for large results.

Why this module: at a million articles the cost of a search is FTS5 evaluating its expression, about
80–200 ms for a phrase of common bigrams in a fifth of the articles. The engine used to evaluate it once
to count the matches, then again (per page arm, per relevance tier) to list them for the date-ordered
page, and when the title tier was empty it walked the whole date index in vain first: 300–600 ms for such
a query against a 100 ms target. Here:

* :func:`listed` counts and pages from one materialised listing (a ``WITH … AS MATERIALIZED`` used by
  the count and by the page), sorting a few thousand matches by the id→date index or walking the date
  index for many, a title tier first when asked;
* :func:`in_some_title` asks the character index whether any article has every character of a term in
  its title fields (``xt`` tokens: small doclists), which is exact for "no title hit at all": when none
  has, the relevance page has no title tier and is the plain newest-first page;
* :func:`probed` pages a term found in most articles by probing each article of the date index walk
  (an FTS5 probe costs ~0.4 ms at a million, but a page of a term in half the articles needs ~100 of
  them, where listing it builds a temporary index of half a million rows: ~400 ms), bounded in time by
  :func:`within`, with :func:`sampled_share` to guess a term's share without counting it.

The engine (:mod:`gazette_reader.search.engine`) decides which of these a query takes; every way gives
the same pages (``tests/unit/search/test_paging.py`` forces each in turn).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

from sqlite_utils import Database

from gazette_reader.jobs import CancelToken
from gazette_reader.search.index import CHARS_TABLE
from gazette_reader.text.ngrams import TITLE_CHAR_PREFIX, distinct_char_tokens

DATE_INDEX = "idx_articles_date"
ID_DATE_INDEX = "idx_articles_id_date"
"""Each article's date by its id (migration m012): sorting matches by date reads it, not their rows."""
PROBE_SHARE = 4
"""A term in at least one article of every :data:`PROBE_SHARE` is paged by probes (:func:`probed`): a
probe of one token costs ~0.13 ms at a million articles in 17 index segments, so a page of 50 takes
~200 of them, ~26 ms, where listing a quarter of the library takes ~90 ms."""
PHRASE_PROBE_SHARE = 2
"""The same for a phrase in an index of many segments: its probe costs 0.5–1.5 ms (positions compared
in every segment)."""
MERGED_PROBE_SHARE = 8
"""The same for any term in an index of at most :data:`FEW_SEGMENTS` segments (after a bulk load or
``gazette optimize``, :mod:`gazette_reader.search.upkeep`): a probe seeks once per segment, ~0.07 ms
in one at a million articles, so even a phrase in an eighth of the articles is paged in ~30 ms where
listing it takes ~100."""
FEW_SEGMENTS = 2
SORT_MAX = 20_000
"""Up to this many matches a page is sorted, beyond it the date index is walked (:func:`listed`)."""
NODE_SORT_MAX = 100_000
"""The same for a tree node's matches: a node's articles share a date range (a year, an issue) or none,
so a walk of the whole library's date index to reach them is the riskier way (a leader in 53,067 of an
undated publication's articles: 253 ms walked, ~150 ms sorted)."""
SAMPLE_MIN = 2000
"""The fewest article ids :func:`sampled_share` looks at."""
PROBE_BUDGET = 0.06
"""Seconds a probed page may take before it is listed instead (:func:`within`)."""
PROBE_END = 500
"""Pages ending further than this into a result are listed, never probed (see :func:`dense`)."""
_TICK_STEPS = 2000
"""SQLite virtual-machine steps between two looks at the clock or the cancel token."""
T = TypeVar("T")

Tier = tuple[str, list]
"""An extra SQL condition on ``articles a`` (starting with `` AND``) and its parameters."""


def date_arms(tiers: list[Tier], where: str = "1", where_params: tuple = (), *, oldest: bool = False,
              limit: str = "") -> tuple[str, list]:
    """The UNION ALL of ``tiers`` in turn, each newest (``oldest``: oldest) first, undated last, then by id,
    and its parameters (without the page's ``LIMIT``).

    Each arm walks the covering date index (no article row is read to order them) and SQLite stops as soon
    as the page is full, so a term in most articles costs a few milliseconds instead of a large sort.
    ``limit``: an SQL expression limiting each arm (evaluated once, before the arm runs)."""
    arms, params = [], []
    for match, match_params in tiers:
        for dated, order in (("IS NOT NULL", f"a.date {'ASC' if oldest else 'DESC'}, a.id"), ("IS NULL", "a.id")):
            limited = f" LIMIT {limit}" if limit else ""
            arms.append(f"SELECT * FROM (SELECT a.id, 0.0 FROM articles a INDEXED BY {DATE_INDEX} "
                        f"WHERE a.date {dated}{match} AND {where} ORDER BY {order}{limited})")
            params += [*match_params, *where_params]
    return " UNION ALL ".join(arms), params


def count(db: Database, table: str, expression: str, *, cap: int | None = None) -> int:
    """How many articles ``expression`` matches in the FTS5 ``table``; with ``cap``, at most ``cap`` (FTS5
    stops there: whether a common term has more than a few thousand matches costs a few ms, its count
    up to 200 at a million articles)."""
    if cap is None:
        return db.execute(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (expression,)).fetchone()[0]
    sql = f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH ? LIMIT ?)"
    return db.execute(sql, (expression, cap)).fetchone()[0]


Source = tuple[str, tuple]
"""An SQL select of article ids (as ``id``) and its parameters: what :func:`listed` pages."""


def matching(table: str, expression: str) -> Source:
    """The articles ``expression`` matches in the FTS5 ``table``."""
    return f"SELECT rowid AS id FROM {table} WHERE {table} MATCH ?", (expression,)


def listed(db: Database, source: Source, limit: int, offset: int, *, oldest: bool = False, where: str = "1",
           params: tuple = (), first: Source | None = None,
           sort_max: int | None = None) -> tuple[int, list[tuple[int, float]]]:
    """The total and one date-ordered page (score 0.0) of the ``source``'s articles that also meet
    ``where``, both from a single evaluation of the source; with ``first`` (some of those articles: a
    title tier), its articles come first, then the others, each by date.

    A tier of up to ``sort_max`` (:data:`SORT_MAX`) articles is sorted (their dates looked up by id,
    ~0.8 µs each at a million articles); a larger one is found by walking the date index from the newest
    (``oldest``: the oldest) article, which stops at the page's end. One statement holds both ways, and the tier's count
    decides which runs, as a ``LIMIT`` of 0 or none that SQLite evaluates once before the arm (a
    condition in ``WHERE`` was tested per row, so the walk not taken still crossed the whole index): a
    walk to a few old matches can cross most of the library, a sort of many matches looks up every one.
    ``where`` should narrow the walk (a date filter's range) rather than only repeat what the source
    asks. An empty page (no match, an offset past the end) is counted again."""
    counted = f"SELECT count(*) FROM ({source[0]})"
    if not limit:
        return db.execute(counted, source[1]).fetchone()[0], []
    ctes = [f"m AS MATERIALIZED ({source[0]})"]
    cte_params: list = [*source[1]]
    if first is None:
        ctes.append("m_n(n) AS MATERIALIZED (SELECT count(*) FROM m)")
    else:  # counted apart: when the title tier fills the page, the other matches are never listed
        ctes += [f"m_n(n) AS MATERIALIZED ({counted})", f"t AS MATERIALIZED ({first[0]})",
                 "t_n(n) AS MATERIALIZED (SELECT count(*) FROM t)"]
        cte_params += [*source[1], *first[1]]
    arms, arm_params = [], []
    sort_max = SORT_MAX if sort_max is None else sort_max
    end = offset + limit if limit >= 0 else -1
    if first is not None:
        _tier_arms("t", "", where, params, oldest, arms, arm_params, sort_max, end)
    _tier_arms("m", "" if first is None else " AND a.id NOT IN t", where, params, oldest, arms, arm_params, sort_max,
               end)
    sql = (f"WITH {', '.join(ctes)} SELECT p.id, (SELECT n FROM m_n) "
           f"FROM ({' UNION ALL '.join(arms)} LIMIT ? OFFSET ?) p")
    rows = db.execute(sql, (*cte_params, *arm_params, limit, offset)).fetchall()
    if not rows:
        return db.execute(counted, source[1]).fetchone()[0], []
    return rows[0][1], [(article_id, 0.0) for article_id, _ in rows]


def first_then_probed(db: Database, first: Source, rest: Tier, limit: int, offset: int) -> list[tuple[int, float]]:
    """A newest-first page of the ``first`` source's articles (listed: few, a title tier), then of the
    ``rest`` tier's (probed: in most articles). Wrap it in :func:`within`: the probes have no bound of
    their own."""
    arms, arm_params = [], []
    _tier_arms("t", "", "1", (), False, arms, arm_params, end=offset + limit)
    probed_arms, probed_params = date_arms([rest])
    listing, listing_params = first
    sql = (f"WITH t AS MATERIALIZED ({listing}), t_n(n) AS MATERIALIZED (SELECT count(*) FROM t) "
           f"SELECT * FROM ({' UNION ALL '.join(arms)} UNION ALL {probed_arms} LIMIT ? OFFSET ?)")
    return db.execute(sql, (*listing_params, *arm_params, *probed_params, limit, offset)).fetchall()


def _tier_arms(tier: str, also: str, where: str, params: tuple, oldest: bool, arms: list, arm_params: list,
               sort_max: int = SORT_MAX, end: int = -1) -> None:
    """Add the sorted arm and the walked arms of the listed ``tier`` (a CTE with its count in
    ``{tier}_n``) to ``arms``: only one of them runs (see :func:`listed`). The sorted arm keeps its first
    ``end`` rows only (all for -1): no page of the whole result reaches further into one arm, and SQLite
    then keeps the best ``end`` rows as it goes instead of sorting every match."""
    large = f"(SELECT n FROM {tier}_n) > {int(sort_max)}"
    order = f"a.date IS NULL, a.date {'ASC' if oldest else 'DESC'}, a.id"
    arms.append(f"SELECT * FROM (SELECT a.id, 0.0 FROM {tier} CROSS JOIN articles a INDEXED BY {ID_DATE_INDEX} "
                f"ON a.id = {tier}.id WHERE {where}{also} ORDER BY {order} "
                f"LIMIT CASE WHEN {large} THEN 0 ELSE {int(end)} END)")
    arm_params += params
    walked, walked_params = date_arms([(f" AND a.id IN {tier}{also}", [])], where, params, oldest=oldest,
                                      limit=f"CASE WHEN {large} THEN -1 ELSE 0 END")
    arms.append(walked)
    arm_params += walked_params


def dense(db: Database, total: int, end: int, *, share: int | None = None) -> bool:
    """Whether a page ending at match ``end`` of ``total`` may be cheaper probed than listed: the term is
    in at least one article of ``share`` (:data:`PROBE_SHARE` by default, see :func:`probe_share`) and
    the page is near the start of the result. Its matches may still be mostly undated (the dated arm
    then walks far): :func:`within` bounds the walk."""
    articles = last_id(db)
    return end <= PROBE_END and total * (PROBE_SHARE if share is None else share) >= articles


def last_id(db: Database) -> int:
    """The highest article id: the span of ids that shares of the library (:func:`dense`,
    :func:`sampled_share`) are measured against (0 for an empty library)."""
    return db.execute("SELECT max(id) FROM articles").fetchone()[0] or 0


def segments(db: Database, table: str) -> int:
    """How many segments the FTS5 ``table``'s index holds now (~0.4 ms at a million articles)."""
    return db.execute(f"SELECT count(DISTINCT segid) FROM {table}_idx").fetchone()[0]


def probe_share(db: Database, table: str, *, phrase: bool = False) -> int:
    """From which share of the articles (one in N) a term of ``table`` is paged by probes: a probe
    costs one seek per index segment, so a merged index probes far rarer terms."""
    if segments(db, table) <= FEW_SEGMENTS:
        return MERGED_PROBE_SHARE
    return PHRASE_PROBE_SHARE if phrase else PROBE_SHARE


def watch(db: Database, cancel: CancelToken | None) -> None:
    """Let another thread's ``cancel.cancel()`` stop the connection's running statement (or stop
    watching, for None)."""
    if cancel is None:
        db.conn.set_progress_handler(None, 0)
    else:
        db.conn.set_progress_handler(lambda: 1 if cancel.cancelled else 0, _TICK_STEPS)


def within(db: Database, seconds: float, run: Callable[[], T], cancel: CancelToken | None = None) -> T | None:
    """``run()``, or None when it takes longer than ``seconds`` (SQLite's progress handler stops it).

    A ``cancel`` on the way stops it too, raised as SQLite's refusal (the caller's cancel handling
    applies); the caller's watch of ``cancel`` is put back after."""
    deadline = time.perf_counter() + seconds
    timed_out = False

    def tick() -> int:
        nonlocal timed_out
        timed_out = time.perf_counter() > deadline
        return 1 if timed_out or (cancel is not None and cancel.cancelled) else 0

    db.conn.set_progress_handler(tick, _TICK_STEPS)
    try:
        return run()
    except sqlite3.OperationalError:
        if timed_out and not (cancel is not None and cancel.cancelled):
            return None
        raise
    finally:
        watch(db, cancel)


def sampled_share(db: Database, table: str, expression: str) -> float:
    """About which share of the articles ``expression`` matches, from the first 2% of article ids (FTS5
    seeks to a rowid range: ~1 ms where a count of a common token takes 50 ms at a million). A guide
    for choosing how to page, never a count."""
    articles = last_id(db)
    sample = min(articles, max(SAMPLE_MIN, articles // 50))
    if not sample:
        return 0.0
    sql = f"SELECT count(*) FROM {table} WHERE {table} MATCH ? AND rowid <= ?"
    return db.execute(sql, (expression, sample)).fetchone()[0] / sample


def probed(table: str, expression: str) -> Tier:
    """The tier of the articles ``expression`` matches in ``table``, tested one article at a time (for
    terms in most articles: see the module docstring)."""
    return f" AND EXISTS (SELECT 1 FROM {table} WHERE {table} MATCH ? AND rowid = a.id)", [expression]


def in_some_title(db: Database, groups: list[list[str]]) -> bool:
    """Whether some article might have the terms in its title fields: for every group, one of its
    normalised terms with all its characters among one article's title characters. False means that no
    article has them in a title (exact: a title holding a term holds each of its characters)."""
    expression = " AND ".join("(" + " OR ".join(_all_in_title(term) for term in group) + ")" for group in groups)
    sql = f"SELECT 1 FROM {CHARS_TABLE} WHERE {CHARS_TABLE} MATCH ? LIMIT 1"
    return db.execute(sql, (expression,)).fetchone() is not None


def _all_in_title(term: str) -> str:
    tokens = distinct_char_tokens(term, TITLE_CHAR_PREFIX).split()
    return "(" + " AND ".join(f'"{token}"' for token in tokens) + ")"
