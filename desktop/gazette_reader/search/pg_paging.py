"""A server search's first page before its total, for results in a large share of the library: the
PostgreSQL twin of :mod:`gazette_reader.search.paging`.

Why: :mod:`postgres` answers a search from the set of every match (GIN candidates, then ``strpos`` on
their text), counted, then sorted. For a term in most articles that set is most of the library: at
53,936 articles ``，`` or ``主持召开`` took 0.4–1.2 s, and it grows with the library. Yet its first page
by date is the first 50 articles of the date index that hold the term, a few hundred rows away. The
window asks for the page first and counts after (``Library.search(count=False)``, then
``search_total``), so here:

* :func:`predicate` turns a plan into a test of one ``search_grams`` row: ``strpos`` on its normalised
  title and body (exact on its own: the keys only narrow a scan), a date range on its date; a plan
  with a filter read from ``articles`` (tags, section, place, notes) has none and is listed as before;
* :func:`sampled_share` tests the predicate on a block sample of the index table (``TABLESAMPLE``,
  ~2,000 rows, a few ms) to guess the plan's share of the library without counting it;
* a plan in a large enough share of the library (:meth:`Sample.dense`) is paged by :func:`walked_page`: the date index
  walked from the newest (``oldest``: the oldest) article, each row tested, undated articles after by
  id, the relevance tiers (title hits first) in turn, as :func:`postgres._date_page` orders them;
  relevance with a bm25 score needs to know whether the plan has more than ``RANK_CAP`` matches, which
  a count stopped at the cap answers (:func:`more_than`);
* every statement here runs under a time budget (:data:`BUDGET_MS` in all): a walk can still cross the
  whole library (a tier of title hits that has none, matches all undated). Past the budget the caller
  lists the matches as before, so no search is slower than the old way by more than the budget.

Every way gives the same page as the counted search (``tests/unit/search/test_pg_paging.py`` forces
each); only the total is left to the caller (None) unless the page came out short, which ends the result.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from gazette_reader.search import filters
from gazette_reader.search.pg_index import TABLE, TITLE_KEYS, term_keys
from gazette_reader.search.plan import ALL, Plan
from gazette_reader.search.query import Filter, Term

SAMPLE_ROWS = 2000
"""About how many rows :func:`sampled_share` tests (whole blocks of the table, chosen at random but the
same every time: ``REPEATABLE``)."""
SAMPLE_MIN_HITS = 4
"""Fewer sampled matches than this say nothing reliable: the plan is listed."""
BUDGET_MS = 120
"""Milliseconds the page-first statements may take together before the caller lists the result instead;
more for a plan in a large share of the library, whose listing costs more (:data:`LIST_MS_PER_ROW`)."""
BUDGET_MAX_MS = 3000
"""The most a walk is given (:meth:`Budget.at_least`), however large the result."""
SCAN_SHARE = 0.05
"""From this share of the library a capped count scans the table (:func:`capped_source`)."""
LIST_MS_PER_ROW = 0.02
"""About what listing costs a match at a million articles (its candidates' texts read and tested, its
date sorted, and the count; measured 1–6 s for results of 30,000–40,000): a walk gets as long as listing
the sampled share would take before it is given up (:meth:`Budget.at_least`), since a walk that ran out of
time and then the listing cost more than either (a term whose matches cluster in older issues walks far)."""
CHECK_BATCH = 200
"""Ids of a listed tier whose condition is tested in one statement (:func:`listed_tier`)."""
RANGE_ROWS = 30_000
"""A plan whose date filter holds at most this many articles is found by reading that range of the date
index and testing each row (:func:`predicate`), never by the GIN index: ``常委 日期:2018-07`` listed 20,119
articles holding 常委 to keep 126 of them (at 53,936 articles; it grows with the library, the range
does not)."""
WALK_END = 500
"""Pages ending further into the result than this are listed, never walked (a deep page walks far)."""
WALK_SETTINGS = {"enable_indexscan": "on", "enable_bitmapscan": "off", "enable_sort": "off"}
"""The walk's own plan: the date index in order, each row tested (sequential scans stay off)."""
LIST_SETTINGS = {"enable_indexscan": "off", "enable_bitmapscan": "on", "enable_sort": "on"}
"""A listed tier's plan: the title index, then a sort of its few rows."""

_Sql = tuple[str, list]


def term_check(norm: str) -> _Sql:
    """"The row's title fields or body contain ``norm``": exact (fields are joined by a newline, which no
    normalised term holds, so no match spans two fields; a NUL is stored as a newline too)."""
    return "(strpos(g.title_norm, %s) > 0 OR strpos(g.body_norm, %s) > 0)", [norm, norm]


class FilterConditions:
    """Each filter's SQL condition on ``articles a``, looked up once per search (a section or place filter
    reads the distinct names first: tens of ms at a million articles, and both the listing and the walk
    need it)."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.known: dict[Filter, _Sql] = {}

    def of(self, node: Filter) -> _Sql:
        if node not in self.known:
            from gazette_reader.search.postgres import QmarkConnection, to_pyformat

            sql, params = filters.condition(QmarkConnection(self.conn), node)
            self.known[node] = to_pyformat(sql), params
        return self.known[node]

    def per_row(self, node: Filter) -> _Sql:
        """The filter as a test of one index row ``g``: its article's row looked up (a subquery run per
        row, never turned into a join that would read every article)."""
        sql, params = self.of(node)
        return f"coalesce((SELECT true FROM articles a WHERE a.id = g.id AND ({sql})), false)", params


def predicate(plan: Plan, conditions: FilterConditions) -> _Sql:
    """The plan's match as a condition on one index row ``g``: terms by :func:`term_check`, dates on the
    row's date, other filters by :meth:`FilterConditions.per_row`."""
    groups, params = [], []
    for group in plan.groups:
        alternatives = []
        for atom in group:
            sql, atom_params = _atom_check(atom.node, conditions)
            alternatives.append(f"(({sql}) IS NOT TRUE)" if atom.negated else sql)
            params += atom_params
        groups.append("(" + " OR ".join(alternatives) + ")")
    return (" AND ".join(groups) or "true"), params


def _atom_check(node: Term | Filter, conditions: FilterConditions) -> _Sql:
    if isinstance(node, Term):
        return term_check(node.norm)
    if node.field == "date":
        return filters.date_range(node.value, "g.date", "%s")
    return conditions.per_row(node)


def date_ranges(plan: Plan) -> list[str]:
    """The ``lo..hi`` of the plan's date filters every match must meet (each alone in its group)."""
    return [g[0].node.value for g in plan.groups if len(g) == 1 and not g[0].negated
            and isinstance(g[0].node, Filter) and g[0].node.field == "date"]


def narrow(conn, value: str) -> bool:
    """Whether a date range holds at most :data:`RANGE_ROWS` index rows (counted in the date index, up to
    one more than that: a whole count of an open range took 100–250 ms at a million articles)."""
    sql, params = filters.date_range(value, "g.date", "%s")
    count = (f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} g WHERE {sql} LIMIT %s) r")
    previous = _set(conn, {"enable_indexscan": "on"})
    try:
        return conn.execute(count, [*params, RANGE_ROWS + 1]).fetchone()[0] <= RANGE_ROWS
    finally:
        _set(conn, previous)


class Budget:
    """The time left for the page-first statements; each runs with the rest as its ``statement_timeout``."""

    def __init__(self, conn, milliseconds: int | None = None) -> None:
        self.conn = conn
        self.started = time.perf_counter()
        self.deadline = self.started + (BUDGET_MS if milliseconds is None else milliseconds) / 1000

    def at_least(self, milliseconds: float) -> None:
        """Allow the block this much in all, when that is more than it has."""
        self.deadline = max(self.deadline, self.started + min(milliseconds, BUDGET_MAX_MS) / 1000)

    def left_ms(self) -> int:
        return max(1, int((self.deadline - time.perf_counter()) * 1000))

    def execute(self, sql: str, params: Sequence = (), settings: dict[str, str] | None = None):
        """Run one statement within the budget (PostgreSQL cancels it past the deadline), with these
        planner ``settings`` for it alone (read and set in the same round trip as the timeout)."""
        previous = _set(self.conn, {"statement_timeout": f"{self.left_ms()}ms", **(settings or {})})
        cursor = self.conn.execute(sql, list(params))
        if settings:
            _set(self.conn, dict(list(previous.items())[1:]))
        return cursor


@contextmanager
def budgeted(conn, milliseconds: int | None = None) -> Iterator[Budget]:
    """A :class:`Budget` for the statements of the block; the caller's timeout and planner settings are
    put back after it (after an error, rolling back the block's savepoint puts them back)."""
    names = ["statement_timeout", *WALK_SETTINGS, "enable_seqscan"]  # LIST_SETTINGS: the same names
    previous = conn.execute(f"SELECT {', '.join('current_setting(%s)' for _ in names)}", names).fetchone()
    yield Budget(conn, milliseconds)
    _set(conn, dict(zip(names, previous)))


def _set(conn, settings: dict[str, str]) -> dict[str, str]:
    """Set these parameters until the end of the transaction, in one round trip; returns their values
    before (read first: a select list is evaluated in order)."""
    reads = ", ".join("current_setting(%s)" for _ in settings)
    sets = ", ".join("set_config(%s, %s, true)" for _ in settings)
    params = [*settings, *(part for item in settings.items() for part in item)]
    row = conn.execute(f"SELECT {reads}, {sets}", params).fetchone()
    return dict(zip(settings, row[: len(settings)]))


@dataclass(frozen=True)
class Sample:
    """What :func:`sampled_shares` found: each condition's share of the index rows, and how many rows
    the index holds (the planner's estimate)."""

    shares: list[float]
    rows: float

    def dense(self, n: int, end: int) -> bool:
        """Whether condition ``n`` is found sooner by a walk than by a listing, for a page ending at
        ``end``: a walk tests about ``end / share`` rows, a listing reads all ``share * rows`` of them
        (and sorts them), so walk when ``share² · rows ≥ end`` (at a million articles and a first page
        of 50: from 0.7% of the library; at 50,000: from 3.2%)."""
        share = self.shares[n]
        return share > 0 and share * share * self.rows >= end


def sampled_shares(budget: Budget, conditions: Sequence[_Sql]) -> Sample | None:
    """About which share of the index rows meets each condition, from one repeatable block sample of about
    :data:`SAMPLE_ROWS` rows; None when the library is too small to sample (it is listed whole anyway)."""
    rows = budget.conn.execute("SELECT reltuples FROM pg_class WHERE oid = %s::regclass", [TABLE]).fetchone()[0]
    if not rows or rows < SAMPLE_ROWS:
        return None
    percent = min(100.0, 100.0 * SAMPLE_ROWS / rows)
    counts = ", ".join(f"count(*) FILTER (WHERE {sql})" for sql, _ in conditions)
    sql = f"SELECT count(*), {counts} FROM {TABLE} g TABLESAMPLE SYSTEM (%s) REPEATABLE (0)"
    seen, *hits = budget.execute(sql, [p for _, ps in conditions for p in ps] + [percent]).fetchone()
    return Sample([n / seen if n >= SAMPLE_MIN_HITS else 0.0 for n in hits], rows) if seen else None


def title_keys(groups: Sequence[Sequence[str]]) -> _Sql:
    """"Every group has a term whose keys are all in a title": what the title index
    (``gazette_title_keys``) answers; it narrows the title tier, ``strpos`` decides."""
    conditions, params = [], []
    for group in groups:
        conditions.append("(" + " OR ".join(f"{TITLE_KEYS} @> %s::bigint[]" for _ in group) + ")")
        params += [term_keys(norm) for norm in group]
    return " AND ".join(conditions), params


def listed_tier(budget: Budget, condition: _Sql, tier: _Sql, keys: _Sql, end: int, *,
                oldest: bool = False) -> list[tuple[int, float]]:
    """The first ``end`` rows of a tier of few rows (title hits) that meet ``condition``, dated by date then
    undated, ties by id: the tier's ids found through the title index and sorted (its rows' titles
    read, not their bodies), then ``condition`` tested on them in that order, a few hundred at a time,
    until the page is full (a match in the title is most often the whole condition)."""
    order = f"g.date IS NULL, g.date {'ASC' if oldest else 'DESC'}, g.id"
    sql = f"SELECT g.id FROM {TABLE} g WHERE {keys[0]} AND {tier[0]} ORDER BY {order}"
    ids = [row[0] for row in budget.execute(sql, [*keys[1], *tier[1]], LIST_SETTINGS)]
    kept: list[int] = []
    step = max(2 * end, CHECK_BATCH)
    for start in range(0, len(ids), step):
        chunk = ids[start:start + step]
        sql = f"SELECT g.id FROM {TABLE} g WHERE g.id = ANY(%s) AND {condition[0]}"
        meet = {row[0] for row in budget.execute(sql, [chunk, *condition[1]])}
        kept += [article_id for article_id in chunk if article_id in meet]
        if len(kept) >= end:
            break
    return [(article_id, 0.0) for article_id in kept[:end]]


def more_than(budget: Budget, source: _Sql, cap: int) -> bool:
    """Whether the id query ``source`` yields more than ``cap`` rows (stopped at ``cap + 1`` of them)."""
    sql = f"SELECT count(*) FROM ({source[0]} LIMIT %s) c"
    return budget.execute(sql, [*source[1], cap + 1], {"enable_seqscan": "on"}).fetchone()[0] > cap


def capped_source(compiled_ids: _Sql, condition: _Sql, share: float) -> _Sql:
    """What :func:`more_than` counts: the plan's own id query when it is answered by the GIN index alone
    (terms of one or two characters) and the plan is in less than :data:`SCAN_SHARE` of the library,
    else a scan of the table testing :func:`predicate`, which stops after about ``cap / share`` rows.
    The index builds the bitmap of every candidate before the first row (60 ms for 发展 in 380,513 of a
    million articles; longer for the common bigrams of a longer term), and set operations compute whole
    sets first."""
    simple = not any(word in compiled_ids[0] for word in (" INTERSECT ", " EXCEPT ", " UNION ", "strpos"))
    if share < SCAN_SHARE and simple:  # keys alone, one bitmap scan, no text read
        return compiled_ids
    return f"SELECT 1 FROM {TABLE} g WHERE {condition[0]}", condition[1]


def walked_page(budget: Budget, condition: _Sql, tiers: list[_Sql], limit: int, offset: int, *,
                oldest: bool = False) -> list[tuple[int, float]]:
    """The page of rows meeting ``condition``: each tier in turn (an extra condition on ``g``), its dated
    rows by date (newest first; ``oldest``: oldest first) then id, then its undated rows by id; found by
    walking the date index (the primary key for the undated), which stops when the page is full."""
    arms, params = [], []
    end = limit + offset
    for tier, tier_params in tiers:
        for dated, order in (("IS NOT NULL", f"g.date {'ASC' if oldest else 'DESC'}, g.id"), ("IS NULL", "g.id")):
            arms.append(f"(SELECT g.id, 0.0::float AS score FROM {TABLE} g WHERE g.date {dated}{tier} "
                        f"AND {condition[0]} ORDER BY {order} LIMIT %s)")  # the title test first: it is cheaper
            params += [*tier_params, *condition[1], end]
    sql = " UNION ALL ".join(arms) + " LIMIT %s OFFSET %s"
    return [tuple(row) for row in budget.execute(sql, [*params, limit, offset], WALK_SETTINGS).fetchall()]


def walkable(plan: Plan) -> bool:
    """Whether the page is near the start of the result (a deep page is listed: see :data:`WALK_END`)."""
    return plan.limit not in (0, ALL) and plan.limit + plan.offset <= WALK_END
