"""Running a :class:`~gazette_reader.search.plan.Plan` on PostgreSQL, over :mod:`pg_index`.

Every atom becomes one SQL condition on ``search_grams g`` (and ``articles a`` for the filters that
read it): a term is "its keys are there" (``g.keys @> …``, answered by the GIN index), plus ``strpos`` on
the normalised text for three characters or more, so every result contains the term exactly and totals
are exact ``count(*)``s. Filters reuse :mod:`filters` (the same normalised comparisons as on SQLite); a
date range reads ``g.date``. A group is an ``OR`` of its atoms, a negation ``NOT coalesce(…, false)``,
the query an ``AND`` of its groups; PostgreSQL's planner combines the index scans.

Order. By date: newest (or oldest) first, undated last, then by id, as on SQLite. By relevance: the
articles with every term group in a title first (:attr:`Plan.ranking_terms`), then the rest; within each
tier a bm25-like score when the query has a term of two or more characters and matches at most
:data:`RANK_CAP` articles (term frequency in the text, titles weighing 5x, saturated and normalised by
length against the matches' average; there is no idf: PostgreSQL keeps no per-term statistics here), else
newest first, as FTS5 does past its cap. Scores therefore differ from SQLite's bm25, the tiers and the
set of results do not.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from gazette_reader.errors import Cancelled, QueryError
from gazette_reader.jobs import CancelToken
from gazette_reader.search import filters
from gazette_reader.search.pg_index import TABLE, contains_sql
from gazette_reader.search.plan import ALL, Plan
from gazette_reader.search.query import Atom, Filter, Term
from gazette_reader.search.results import HIT_COLUMNS, SearchResult, make_hit

log = logging.getLogger(__name__)
RANK_CAP = 10_000
TITLE_WEIGHT = 5
_K1, _B = 1.2, 0.75
_CANCEL_POLL = 0.02


class QmarkConnection:
    """A psycopg connection that takes ``?`` placeholders, so :mod:`filters` (written for SQLite) reads
    the same tables on PostgreSQL. Parameters stay parameters; only the marks are respelled."""

    def __init__(self, conn) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Sequence = ()):
        return self.conn.execute(to_pyformat(sql), list(params))


def to_pyformat(sql: str) -> str:
    """SQLite's ``?`` marks as psycopg's ``%s`` (a literal ``%`` doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


@dataclass(frozen=True)
class Compiled:
    """A plan as SQL: the match condition and what relevance needs."""

    where: str
    params: list
    join: bool
    """Whether a condition reads ``articles a`` (else the index table alone answers)."""
    tier: str | None
    tier_params: list
    scored: list[str]
    """The terms relevance scores (two characters or more); empty: tiers ordered by date."""

    @property
    def source(self) -> str:
        join = " JOIN articles a ON a.id = g.id" if self.join else ""
        return f"FROM {TABLE} g{join} WHERE {self.where}"


def compile_plan(conn, plan: Plan) -> Compiled:
    """Turn the plan's groups into one SQL condition (module docstring)."""
    parts = [_group_sql(conn, group) for group in plan.groups]
    where = " AND ".join(f"({sql})" for sql, _, _ in parts) or "true"
    params = [p for _, ps, _ in parts for p in ps]
    ranking = [g for g in plan.positive_groups if all(isinstance(a.node, Term) for a in g)]
    tier, tier_params = _tier_sql(ranking)
    scored = [a.node.norm for g in ranking for a in g if len(a.node.norm) > 1]
    return Compiled(where, params, any(join for _, _, join in parts), tier, tier_params, list(dict.fromkeys(scored)))


def _group_sql(conn, group: tuple[Atom, ...]) -> tuple[str, list, bool]:
    sqls = [_atom_sql(conn, atom) for atom in group]
    return (" OR ".join(sql for sql, _, _ in sqls), [p for _, ps, _ in sqls for p in ps],
            any(join for _, _, join in sqls))


def _atom_sql(conn, atom: Atom) -> tuple[str, list, bool]:
    """One atom's condition, its parameters and whether it reads ``articles a``."""
    if isinstance(atom.node, Term):
        sql, params = contains_sql(atom.node.norm)
        join = False
    else:
        sql, params, join = _filter_sql(conn, atom.node)
    return (f"NOT coalesce({sql}, false)" if atom.negated else f"({sql})"), params, join


def _filter_sql(conn, flt: Filter) -> tuple[str, list, bool]:
    if flt.field == "date":
        return _date_sql(flt.value)
    sql, params = filters.condition(QmarkConnection(conn), flt)
    return to_pyformat(sql), params, True


def _date_sql(value: str) -> tuple[str, list, bool]:
    lo, _, hi = value.partition("..")
    parts, params = ["g.date IS NOT NULL"], []
    if lo:
        parts.append("g.date >= %s")
        params.append(lo)
    if hi:
        parts.append("g.date <= %s")
        params.append(hi)
    return " AND ".join(parts), params, False


def _tier_sql(groups: list[tuple[Atom, ...]]) -> tuple[str | None, list]:
    """"Every group has a term in a title", or None when no group is made only of terms."""
    if not groups:
        return None, []
    sql = " AND ".join("(" + " OR ".join("strpos(g.title_norm, %s) > 0" for _ in g) + ")" for g in groups)
    return sql, [a.node.norm for g in groups for a in g]


def _date_order(oldest: bool) -> str:
    return f"(g.date IS NULL), g.date {'ASC' if oldest else 'DESC'}, g.id"


def _page_sql(compiled: Compiled, plan: Plan, total: int) -> tuple[str, list]:
    """The SQL of ``(id, score)`` rows of the plan's page, best first (module docstring)."""
    limit = None if plan.limit == ALL else plan.limit
    if plan.by_date or compiled.tier is None:
        sql = f"SELECT g.id, 0.0 {compiled.source} ORDER BY {_date_order(plan.sort == 'oldest')} LIMIT %s OFFSET %s"
        return sql, [*compiled.params, limit, plan.offset]
    if not compiled.scored or total > RANK_CAP:
        sql = (f"SELECT g.id, 0.0 {compiled.source} ORDER BY ({compiled.tier}) DESC, {_date_order(False)} "
               "LIMIT %s OFFSET %s")
        return sql, [*compiled.params, *compiled.tier_params, limit, plan.offset]
    return _scored_sql(compiled, limit, plan.offset)


def _scored_sql(compiled: Compiled, limit: int | None, offset: int) -> tuple[str, list]:
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
    return conn.execute(f"SELECT count(*) {compiled.source}", compiled.params).fetchone()[0]


def run_plan(conn, plan: Plan, *, cancel: CancelToken | None = None) -> SearchResult:
    """The exact total and the plan's page of hits with snippets."""
    with _interruptible(conn, cancel):
        compiled = compile_plan(conn, plan)
        total = count(conn, compiled)
        ranked = _ranked(conn, compiled, plan, total) if plan.limit and total else []
        return SearchResult(total, hits(conn, ranked, plan.highlight_terms))


def plan_ids(conn, plan: Plan, *, cancel: CancelToken | None = None) -> list[int]:
    """Every article id the plan matches, in its order."""
    plan = plan.unpaged()
    with _interruptible(conn, cancel):
        compiled = compile_plan(conn, plan)
        total = count(conn, compiled)
        return [article_id for article_id, _ in _ranked(conn, compiled, plan, total)] if total else []


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
    """Run the search in a savepoint (a refused statement leaves the caller's transaction usable), let
    another thread's ``cancel.cancel()`` cancel the running statement, and turn PostgreSQL's refusals
    into a :class:`QueryError` the user can read."""
    import psycopg

    if cancel is not None:
        cancel.check()
    done = threading.Event()
    watcher = _watch(conn, cancel, done) if cancel is not None else None
    try:
        with conn.transaction():
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
