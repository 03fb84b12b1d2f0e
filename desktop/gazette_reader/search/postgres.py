"""Running a :class:`~gazette_reader.search.plan.Plan` on PostgreSQL, over :mod:`pg_index`.

A plan becomes a set expression of id queries (:func:`compile_plan`): the single positive terms are one
scan of the GIN index (all their keys in one ``@>``, then ``strpos`` on the normalised text for terms of
three characters or more, so every result contains each term exactly); every other group is the
``UNION`` of its atoms' id queries, the groups are ``INTERSECT``-ed, and single negations are one
``EXCEPT``. Tag, section and place filters reuse :mod:`filters` (the same normalised comparisons as on
SQLite), read from ``articles``; a date range reads ``search_grams.date``. With single terms, a date,
section or place filter is tested on the terms' candidates instead (:func:`_core_sql`), and a narrow
date range is read row by row. Totals are exact ``count(*)``s of that expression, counted in the same
statement as the page. The window's page first (``page_first``) may instead walk the date index for a
result in a large share of the library and leave the total to a count after (:mod:`pg_paging`).

Why sets rather than one ``WHERE``: a ``keys @>`` the planner evaluates row by row fetches the row's
keys from out-of-line storage (~0.1 ms each), and with ``OR``, ``NOT`` or a second indexable condition
beside it the planner did exactly that. Here each query that reads ``keys`` has nothing else an index
could answer, and :func:`_index_first` leaves it only the bitmap scan of the GIN index.

Order. By date: newest (or oldest) first, undated last, then by id, as on SQLite. By relevance: the
articles with every term group in a title first (:attr:`Plan.ranking_terms`), then the rest; within each
tier a bm25-like score when the query has a term of two or more characters and matches at most
:data:`RANK_CAP` articles (term frequency in the text, titles weighing 5x, saturated and normalised by
length against the matches' average; no idf: nothing here keeps per-term statistics), else newest
first, as FTS5 does past its own cap. Scores therefore differ from SQLite's bm25; the tiers and the set
of results do not.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from gazette_reader.errors import Cancelled, QueryError
from gazette_reader.jobs import CancelToken
from gazette_reader.search import filters, pg_paging
from gazette_reader.search.pg_index import TABLE, contains_sql, term_keys
from gazette_reader.search.plan import ALL, Plan
from gazette_reader.search.query import Atom, Filter, Term
from gazette_reader.search.results import HIT_COLUMNS, SearchResult, make_hit

log = logging.getLogger(__name__)
RANK_CAP = 300
"""Past this many matches relevance orders each tier by date (FTS5's cap is 10,000: its bm25 reads the
index; here a score reads each match's text, ~0.1 ms an article on the shared development machine: with a
cap of 1,000, the slowest first pages of the bench at 5,000 articles were scored ones, 500–900 matches in
110–190 ms)."""
TITLE_WEIGHT = 5
_K1, _B = 1.2, 0.75
_CANCEL_POLL = 0.02


class QmarkConnection:
    """A psycopg connection that takes ``?`` placeholders, so :mod:`filters` (written for SQLite) reads
    the same tables on PostgreSQL. Parameters stay parameters; only the marks are respelled."""

    def __init__(self, conn) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Sequence = ()):
        """Run a filter's look-up (sections, people, projects) with plain index scans allowed, which the
        search turns off for its own statements (:func:`_index_first`): the look-up seeks small indexes."""
        previous = self.conn.execute("SELECT current_setting('enable_indexscan'), "
                                     "set_config('enable_indexscan', 'on', true)").fetchone()[0]
        try:
            return self.conn.execute(to_pyformat(sql), list(params))
        finally:
            self.conn.execute("SELECT set_config('enable_indexscan', %s, true)", [previous])


def to_pyformat(sql: str) -> str:
    """SQLite's ``?`` marks as psycopg's ``%s`` (a literal ``%`` doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


@dataclass(frozen=True)
class Compiled:
    """A plan as SQL: the query of the matching ids and what relevance needs."""

    ids: str
    """A query of the matching article ids (one column, ``id``, no duplicates)."""
    params: list
    tier: str | None
    """"Every ranking group has a term in a title", on ``g``; None without a group made only of terms."""
    tier_params: list
    scored: list[str]
    """The terms relevance scores (two characters or more); empty: tiers ordered by date."""
    conditions: pg_paging.FilterConditions
    """The filters' conditions, looked up once for the listing and the walk."""

    @property
    def source(self) -> str:
        return f"FROM {TABLE} g WHERE g.id IN ({self.ids})"


_Sql = tuple[str, list]
_UNIVERSE = f"SELECT id FROM {TABLE}"


def compile_plan(conn, plan: Plan, conditions: pg_paging.FilterConditions | None = None) -> Compiled:
    """The plan's id query (module docstring) and its ranking parts; ``conditions``: the search's filter
    look-ups, shared with its walk (a new set when None)."""
    conditions = conditions or pg_paging.FilterConditions(conn)
    singles = [g[0] for g in plan.groups if len(g) == 1]
    core = [a for a in singles if not a.negated and isinstance(a.node, Term)]
    per_row = [a for a in singles if core and not a.negated and isinstance(a.node, Filter)
               and a.node.field in PER_ROW_FILTERS and _fewer_candidates(conn, core, a.node, conditions)]
    negated = [a for a in singles if a.negated]
    rest = [g for g in plan.groups if not (len(g) == 1 and (g[0] in core or g[0] in negated or g[0] in per_row))]
    parts = ([_core_sql(core, per_row, conditions)] if core else []) + [
        _group_ids(conditions, group) for group in rest]
    sql, params = _intersect(parts) if parts else (_UNIVERSE, [])
    if negated:
        excluded = _union([_atom_ids(conditions, atom, positive=True) for atom in dict.fromkeys(negated)])
        sql, params = f"({sql}) EXCEPT ({excluded[0]})", [*params, *excluded[1]]
    if any(pg_paging.narrow(conn, value) for value in pg_paging.date_ranges(plan)):
        sql, params = pg_paging.predicate(plan, conditions)  # a narrow date range: its rows tested, no GIN
        sql = f"SELECT g.id FROM {TABLE} g WHERE {sql}"
    ranking = [g for g in plan.positive_groups if all(isinstance(a.node, Term) for a in g)]
    tier, tier_params = _tier_sql(ranking)
    scored = [a.node.norm for g in ranking for a in g if len(a.node.norm) > 1]
    return Compiled(sql, params, tier, tier_params, list(dict.fromkeys(scored)), conditions)


def _core_sql(atoms: list[Atom], per_row: list[Atom], conditions: pg_paging.FilterConditions) -> _Sql:
    """The single positive terms as one scan of the GIN index: every term's keys in one ``@>``
    (PostgreSQL intersects their posting lists), then the text checks on the candidates, and the
    filters of :data:`PER_ROW_FILTERS` on each candidate's own rows.

    A query that reads ``keys`` holds no other condition an index could answer: given one, the planner
    scanned that index and tested ``keys @>`` row by row, fetching each row's keys from out-of-line
    storage (0.14 s for ``提升城 日期:2017..`` at 5,000). So a date filter is tested as ``coalesce(…)``,
    which no index answers; it used to be a query of its own, intersected, which listed every article
    of the range (``5万人 日期:2018..``: 226 ms at 53,936 articles)."""
    terms = [a.node.norm for a in atoms]
    checks = ["g.keys @> %s::bigint[]"]
    params: list = [sorted({key for norm in terms for key in term_keys(norm)})]
    for norm in (t for t in dict.fromkeys(terms) if len(t) > 2):
        checks.append("(strpos(g.title_norm, %s) > 0 OR strpos(g.body_norm, %s) > 0)")
        params += [norm, norm]
    for atom in dict.fromkeys(per_row):
        if atom.node.field == "date":
            sql, row_params = _date_sql(atom.node.value)
            sql = f"coalesce({sql}, false)"
        else:
            sql, row_params = conditions.per_row(atom.node)
        checks.append(sql)
        params += row_params
    return f"SELECT g.id FROM {TABLE} g WHERE {' AND '.join(checks)}", params


def _fewer_candidates(conn, core: list[Atom], node: Filter, conditions: pg_paging.FilterConditions) -> bool:
    """Whether testing the filter on each of the terms' candidates costs less than listing the filter's
    articles to intersect them, by the planner's estimates (a place holds a sixth of the library, but a
    leader's name may be in a quarter of it: ``地区:郑州市 赵晨`` tested 254,201 candidates, 3.1 s, where
    the place holds a few hundred articles). A date filter is always tested: it reads the row at hand."""
    if node.field == "date":
        return True
    keys = sorted({key for atom in core for key in term_keys(atom.node.norm)})
    candidates = _estimate(conn, f"SELECT g.id FROM {TABLE} g WHERE g.keys @> %s::bigint[]", [keys])
    sql, params = conditions.of(node)
    return candidates <= PER_ROW_RATIO * _estimate(conn, f"SELECT a.id FROM articles a WHERE {sql}", params)


def _estimate(conn, sql: str, params: list) -> float:
    """The planner's estimate of the rows ``sql`` returns (no rows are read)."""
    return conn.execute(f"EXPLAIN (FORMAT JSON) {sql}", params).fetchone()[0][0]["Plan"]["Plan Rows"]


PER_ROW_RATIO = 4
"""A filter is tested per candidate while the candidates are at most this many times its own articles
(a test looks its article up, a listing reads the article in sequence)."""
PER_ROW_FILTERS = ("date", "section", "place")
"""Filters tested on a term's candidates one by one rather than listed and intersected: they hold large
shares of the library (a date range, one of a handful of sections or places: ``地区:中原区 部门`` listed
the 170,000 articles of a place to intersect them, 6.9 s at a million). Tags and notes name few articles
and stay intersected (a term in most articles would be tested row by row)."""


def _intersect(parts: list[_Sql]) -> _Sql:
    if len(parts) == 1:
        return parts[0]
    return " INTERSECT ".join(f"({sql})" for sql, _ in parts), [p for _, ps in parts for p in ps]


def _union(parts: list[_Sql]) -> _Sql:
    if len(parts) == 1:
        return parts[0]
    return " UNION ".join(f"({sql})" for sql, _ in parts), [p for _, ps in parts for p in ps]


def _group_ids(conditions: pg_paging.FilterConditions, group: tuple[Atom, ...]) -> _Sql:
    return _union([_atom_ids(conditions, atom) for atom in dict.fromkeys(group)])


def _atom_ids(conditions: pg_paging.FilterConditions, atom: Atom, *, positive: bool = False) -> _Sql:
    """The ids of the articles an atom holds for (``positive``: ignoring its negation)."""
    if isinstance(atom.node, Term):
        sql, params = contains_sql(atom.node.norm, alias=TABLE)
        sql = f"SELECT id FROM {TABLE} WHERE {sql}"
    elif atom.node.field == "date":
        sql, params = _date_sql(atom.node.value, "date")
        sql = f"SELECT id FROM {TABLE} WHERE {sql}"
    else:
        condition, params = conditions.of(atom.node)
        sql = f"SELECT a.id FROM articles a WHERE {condition}"
    if atom.negated and not positive:
        return f"({_UNIVERSE}) EXCEPT ({sql})", params
    return sql, params


def _date_sql(value: str, column: str = "g.date") -> _Sql:
    return filters.date_range(value, column, "%s")


def _tier_sql(groups: list[tuple[Atom, ...]]) -> _Sql | tuple[None, list]:
    """"Every group has a term in a title", or None when no group is made only of terms."""
    if not groups:
        return None, []
    sql = " AND ".join("(" + " OR ".join("strpos(g.title_norm, %s) > 0" for _ in g) + ")" for g in groups)
    return sql, [a.node.norm for g in groups for a in g]


def _page_sql(compiled: Compiled, plan: Plan, total: int, *, counted: bool = False) -> _Sql:
    """The SQL of ``(id, score)`` rows of the plan's page, best first (module docstring); ``counted``
    (a date-ordered page only): each row also holds the total."""
    limit = None if plan.limit == ALL else plan.limit
    if plan.by_date or compiled.tier is None:
        return _date_page(compiled, [("", [])], limit, plan.offset, oldest=plan.sort == "oldest", counted=counted)
    if not compiled.scored or total > RANK_CAP:
        tiers = [(f" AND ({compiled.tier})", compiled.tier_params),
                 (f" AND NOT ({compiled.tier})", compiled.tier_params)]
        return _date_page(compiled, tiers, limit, plan.offset, counted=counted)
    return _scored_sql(compiled, limit, plan.offset)


def _date_page(compiled: Compiled, tiers: list[_Sql], limit: int | None, offset: int, *,
               oldest: bool = False, counted: bool = False) -> _Sql:
    """Each tier in turn, its dated matches newest (``oldest``: oldest) first, then its undated ones, ties
    and undated by id; the arms share the matching ids, computed once, and the later arms run only
    while the page is not full. ``counted``: a third column, how many ids there are."""
    arms, params = [], list(compiled.params)
    last = None if limit is None else limit + offset
    for tier, tier_params in tiers:
        for dated, order in (("IS NOT NULL", f"g.date {'ASC' if oldest else 'DESC'}, g.id"), ("IS NULL", "g.id")):
            arms.append(f"(SELECT g.id, 0.0 AS score FROM {TABLE} g WHERE g.id IN (SELECT id FROM m) "
                        f"AND g.date {dated}{tier} ORDER BY {order} LIMIT %s)")
            params += [*tier_params, last]
    page = " UNION ALL ".join(arms) + " LIMIT %s OFFSET %s"
    if counted:
        page = f"SELECT p.id, p.score, (SELECT count(*) FROM m) FROM ({page}) p"
    return f"WITH m AS MATERIALIZED ({compiled.ids}) {page}", [*params, limit, offset]


def _scored_sql(compiled: Compiled, limit: int | None, offset: int) -> _Sql:
    """Tier first, then the bm25-like score (module docstring), then id."""
    freqs, params = [], []
    for n, term in enumerate(compiled.scored):
        count = "(length(g.{col}) - length(replace(g.{col}, %s, ''))) / %s::float"
        freqs.append(f"{TITLE_WEIGHT} * {count.format(col='title_norm')} + {count.format(col='body_norm')} AS f{n}")
        params += [term, len(term), term, len(term)]
    norm = f"{_K1} * ({1 - _B} + {_B} * len / greatest(avg(len) OVER (), 1))"
    score = " + ".join(f"f{n} / (f{n} + {norm})" for n in range(len(compiled.scored)))
    sql = (f"SELECT id, score FROM (SELECT id, tier, {score} AS score FROM (SELECT g.id, ({compiled.tier}) AS tier, "
           f"length(g.title_norm) + length(g.body_norm) AS len, {', '.join(freqs)} {compiled.source}) m) s "
           "ORDER BY tier DESC, score DESC, id LIMIT %s OFFSET %s")
    return sql, [*compiled.tier_params, *params, *compiled.params, limit, offset]


def count(conn, compiled: Compiled) -> int:
    return conn.execute(f"SELECT count(*) FROM ({compiled.ids}) m", compiled.params).fetchone()[0]


def run_plan(conn, plan: Plan, *, cancel: CancelToken | None = None, page_first: bool = False) -> SearchResult:
    """The exact total and the plan's page of hits with snippets. ``page_first``: the page may come
    without its total (None: the caller counts after) when finding it that way is cheaper
    (:mod:`pg_paging`); the page is the same."""
    with _interruptible(conn, cancel):
        compiled = compile_plan(conn, plan)
        found = _walked(conn, plan, compiled, cancel) if page_first else None
        if found is not None:
            return SearchResult(found[0], hits(conn, found[1], plan.highlight_terms))
        if plan.limit in (0, ALL):
            total = count(conn, compiled)
            ranked = _ranked(conn, compiled, plan, total) if plan.limit and total else []
        else:
            total, ranked = _listed(conn, compiled, plan)
        return SearchResult(total, hits(conn, ranked, plan.highlight_terms))


def _listed(conn, compiled: Compiled, plan: Plan) -> tuple[int, list[tuple[int, float]]]:
    """The exact total and one page from a single evaluation of the plan's id query: the date page
    counts the matches it materialises (a separate ``count(*)`` evaluated the query a second time: at a
    million articles each evaluation of a common term's candidates costs up to seconds). A scored
    relevance page first counts up to :data:`RANK_CAP` + 1, which is the total when it is under the cap."""
    above_cap = False
    if not plan.by_date and compiled.tier is not None and compiled.scored:
        capped_sql = f"SELECT count(*) FROM ({compiled.ids} LIMIT %s) c"
        capped = conn.execute(capped_sql, [*compiled.params, RANK_CAP + 1]).fetchone()[0]
        if capped <= RANK_CAP:
            return capped, (_ranked(conn, compiled, plan, capped) if capped else [])
        above_cap = True
    sql, params = _page_sql(compiled, plan, RANK_CAP + 1 if above_cap else 0, counted=True)
    rows = conn.execute(sql, params).fetchall()
    if not rows:
        return (count(conn, compiled) if plan.offset else 0), []
    return rows[0][2], [(article_id, score) for article_id, score, _ in rows]


def plan_ids(conn, plan: Plan, *, cancel: CancelToken | None = None) -> list[int]:
    """Every article id the plan matches, in its order."""
    plan = plan.unpaged()
    with _interruptible(conn, cancel):
        compiled = compile_plan(conn, plan)
        total = count(conn, compiled)
        return [article_id for article_id, _ in _ranked(conn, compiled, plan, total)] if total else []


def _walked(conn, plan: Plan, compiled: Compiled,
            cancel: CancelToken | None) -> tuple[int | None, list[tuple[int, float]]] | None:
    """The page of a plan in a large share of the library by a walk of the date index, and its total
    when the page ends the result; None when the plan is better listed, or the walk ran out of time
    (:mod:`pg_paging`)."""
    import psycopg

    if not pg_paging.walkable(plan):
        return None
    condition = pg_paging.predicate(plan, compiled.conditions)
    try:
        with conn.transaction(), pg_paging.budgeted(conn) as budget:
            ranked = _walk(budget, plan, compiled, condition)
        if ranked is None:
            return None
    except psycopg.errors.QueryCanceled:
        if cancel is not None and cancel.cancelled:
            raise
        log.debug("a page-first walk ran out of time; listing instead")
        return None
    ends = len(ranked) < plan.limit and (ranked or not plan.offset)
    return (plan.offset + len(ranked) if ends else None), ranked


def _walk(budget: pg_paging.Budget, plan: Plan, compiled: Compiled,
          condition: _Sql) -> list[tuple[int, float]] | None:
    """:func:`_walked`'s page within its budget, or None when the plan's sampled share is too small: the
    tiers of :func:`_page_sql` in turn, each walked, but a relevance page's title tier listed through the
    title index when it is small (a walk to a tier of few or no rows would cross the library).

    The dated matches must be dense too: the walk takes the dated ones first, and a term found only in
    undated articles (``"本报 讯6"``: 41,800 articles at a million, none dated) crossed all 540,000 dated
    rows in vain (5 s)."""
    ranking = plan.sort == "relevance" and compiled.tier is not None
    tier = (f" AND ({compiled.tier})", compiled.tier_params)
    dated = (f"g.date IS NOT NULL AND {condition[0]}", condition[1])
    conditions = [condition, dated] + ([(f"{condition[0]}{tier[0]}", [*condition[1], *tier[1]])] if ranking else [])
    sample = pg_paging.sampled_shares(budget, conditions)
    end = plan.limit + plan.offset
    if sample is None or not (sample.dense(0, end) and sample.dense(1, end)):
        return None
    budget.at_least(sample.shares[0] * sample.rows * pg_paging.LIST_MS_PER_ROW)
    oldest = plan.sort == "oldest"
    if not ranking:
        return pg_paging.walked_page(budget, condition, [("", [])], plan.limit, plan.offset, oldest=oldest)
    capped = pg_paging.capped_source((compiled.ids, compiled.params), condition, sample.shares[0])
    if compiled.scored and not pg_paging.more_than(budget, capped, RANK_CAP):
        return None
    rest = (f" AND NOT ({compiled.tier})", compiled.tier_params)
    if sample.dense(2, end):
        return pg_paging.walked_page(budget, condition, [tier, rest], plan.limit, plan.offset)
    groups = [[a.node.norm for a in g] for g in plan.positive_groups if all(isinstance(a.node, Term) for a in g)]
    first = pg_paging.listed_tier(budget, condition, (compiled.tier, compiled.tier_params),
                                  pg_paging.title_keys(groups), end)
    more = pg_paging.walked_page(budget, condition, [rest], end - len(first), 0) if len(first) < end else []
    return (first + more)[plan.offset:end]


def _ranked(conn, compiled: Compiled, plan: Plan, total: int) -> list[tuple[int, float]]:
    sql, params = _page_sql(compiled, plan, total)
    return conn.execute(sql, params).fetchall()


def hits(conn, ranked: Sequence[tuple[int, float]], terms: Sequence[str]) -> list:
    """The page's hits (snippets, highlights) in the given order."""
    if not ranked:
        return []
    sql = f"SELECT {HIT_COLUMNS} FROM articles a LEFT JOIN issues i ON i.id = a.issue_id WHERE a.id = ANY(%s)"
    rows = {row[0]: row for row in conn.execute(sql, [[article_id for article_id, _ in ranked]]).fetchall()}
    return [make_hit(rows[article_id], score, terms) for article_id, score in ranked if article_id in rows]


@contextmanager
def _interruptible(conn, cancel: CancelToken | None) -> Iterator[None]:
    """Run the search in a transaction of one snapshot (repeatable read: its total and page agree) or, inside
    the caller's, a savepoint (a refused statement leaves that transaction usable), let
    another thread's ``cancel.cancel()`` cancel the running statement, and turn PostgreSQL's refusals
    into a :class:`QueryError` the user can read."""
    import psycopg

    if cancel is not None:
        cancel.check()
    done = threading.Event()
    watcher = _watch(conn, cancel, done) if cancel is not None else None
    top = conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
    try:
        with conn.transaction():
            if top:  # one snapshot for the total, the page and the hits while an import commits beside
                conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            with _index_first(conn):
                yield
    except psycopg.Error as exc:
        if cancel is not None and cancel.cancelled:
            raise Cancelled() from None
        raise _failed(exc) from None
    finally:
        done.set()
        if watcher is not None:
            watcher.join()
    if cancel is not None:
        cancel.check()


SETTINGS = {"enable_seqscan": "off", "enable_indexscan": "off", "work_mem": "64MB", "jit": "off",
            "max_parallel_workers_per_gather": "0"}
"""What a search sets for its own statements (:func:`_index_first`). No parallel plans: a page's tiers
(title hits, the rest; dated, then undated) are the arms of a ``UNION ALL`` under one ``LIMIT``, read in
order, and a parallel append may interleave its arms."""


@contextmanager
def _index_first(conn) -> Iterator[None]:
    """Apply :data:`SETTINGS` to the search's statements, then restore the caller's.

    Sequential scans off: on a small or freshly loaded table the planner prefers a sequential scan that
    tests ``keys @>`` row by row, and each row's keys (a few kB, stored out of line) must be fetched and
    decompressed first: 0.4 s at 5,000 articles against milliseconds through the GIN index, and linear in
    the library. Plain index scans off for the same reason: with sequential scans barred, the planner
    walked the primary key testing ``keys @>`` row by row for a bigram in most articles (0.16 s at 5,000);
    bitmap scans remain, and only they keep the keys test inside the index. A query with nothing to look
    up (only negations or tag filters) still scans: it must.
    ``work_mem``: a bitmap of the matches of a common bigram (most articles) must stay exact, or PostgreSQL
    rechecks ``keys @>`` on every row of the lossy pages. JIT off: the scans turned off inflate the plan's
    estimated cost past the JIT threshold, and compiling took 0.4–0.9 s of a search that runs in 10 ms."""
    names = list(SETTINGS)
    reads = ", ".join("current_setting(%s)" for _ in names)
    sets = ", ".join("set_config(%s, %s, true)" for _ in names)
    params = [*names, *(part for item in SETTINGS.items() for part in item)]
    previous = conn.execute(f"SELECT {reads}, {sets}", params).fetchone()[: len(names)]  # read, then set
    yield
    _set(conn, dict(zip(names, previous)))


def _set(conn, settings: dict[str, str]) -> None:
    """Set these parameters until the end of the transaction, in one round trip."""
    sets = ", ".join("set_config(%s, %s, true)" for _ in settings)
    conn.execute(f"SELECT {sets}", [part for item in settings.items() for part in item])


def _watch(conn, cancel: CancelToken, done: threading.Event) -> threading.Thread:
    """A thread that cancels the connection's running statement once ``cancel`` is set."""
    def run() -> None:
        while not done.wait(_CANCEL_POLL):
            if cancel.cancelled:
                conn.cancel_safe()
                return

    thread = threading.Thread(target=run, name="search-cancel", daemon=True)
    thread.start()
    return thread


def _failed(exc: Exception) -> QueryError:
    """What the user reads when PostgreSQL refuses a search; its own message goes to the log."""
    log.warning("PostgreSQL refused a search: %s", exc)
    return QueryError("This search could not be run. Try a shorter or simpler query.",
                      zh="无法执行这次检索，请缩短或简化检索式后再试。")
