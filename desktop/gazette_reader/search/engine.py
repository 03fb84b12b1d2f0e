"""Running queries: the FTS5 path (:func:`search`) and the brute-force oracle (:func:`scan`).

A parsed query is split in two. Groups made only of terms of two or more characters and of place,
section and date filters (facet tokens, see :mod:`facets`), plus single negated ones, become one FTS5
expression, which SQLite ranks with bm25 (title column weighs 5x, facets nothing; see migration
``m005_search_facets``). A one-character term is answered by the character index (``search_chars``: one
doclist, no prefix merge) as an SQL condition; a query of only those (and facet filters) is ranked by
that index too: articles with the characters in a title first (it carries title-character tokens,
:mod:`index`), each tier newest first. Everything else (人物:, 项目:, groups mixing those with
terms, a query of only negations) becomes SQL conditions on ``articles a``. Only the requested page gets
snippets; the total is a separate ``count(*)``, so a term in most articles (``建设``) still answers its
first page quickly.

Negations are one flat ``(…) NOT (a OR b …)``, and :mod:`query` caps the number of atoms, so no query
nests deeper than SQLite's parsers allow; should SQLite still refuse a query, the user reads a
:class:`QueryError`, never SQLite's own words (they are logged).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace

from sqlite_utils import Database

from gazette_reader.errors import Cancelled, QueryError
from gazette_reader.jobs import CancelToken
from gazette_reader.search import facets, filters, nodes, paging
from gazette_reader.search.index import CHARS_TABLE, FTS_TABLE, TITLES_TABLE
from gazette_reader.search.plan import ALL, PAGE_MAX, SORTS, Plan, make_plan  # noqa: F401 (re-exported)
from gazette_reader.search.query import Atom, Filter, Query, Term
from gazette_reader.search.results import HIT_COLUMNS, Hit, SearchResult, make_hit
from gazette_reader.store.packing import unpack_text
from gazette_reader.text.ngrams import char_code, match_expression, title_char_token
from gazette_reader.text.normalize import normalize

log = logging.getLogger(__name__)
__all__ = ["PAGE_MAX", "SORTS", "Hit", "SearchResult", "compile_query", "matching_ids", "plan_ids", "run_plan",
           "scan", "search"]
DATE_INDEX = paging.DATE_INDEX
RANK_CAP = 10_000
DENSE_SHARE = 200
"""Field filters (tags) matching at least one article in this many are paged by probing each article of
the date index walk instead of listing their matches (:func:`_dense`, :func:`_counted_to_mark`)."""


@dataclass(frozen=True)
class _Plan:
    """A query compiled to an optional FTS5 expression plus SQL conditions on ``articles a``."""

    fts: str | None
    title_fts: str | None
    where: str
    params: tuple
    id_source: str | None = None
    """When the whole query is one ``a.id IN (subquery)`` condition (one character, 人物:, 项目:): that
    subquery, so the total is counted on it instead of probing every article row."""
    title_chars: str | None = None
    """For a query answered by the character index alone: its expression for "every term in a title"
    (the first tier of a relevance page); None otherwise."""
    node: tuple[str, Sequence] | None = None
    """The tree node's condition that ``where`` carries (``search(within=…)``), None for none."""
    title_terms: tuple[tuple[str, ...], ...] = ()
    """The normalised terms of the groups behind ``title_fts`` (see :func:`paging.in_some_title`)."""
    title_tier: str | None = None
    """The expression of the title tier when it is listed by date: ``title_fts`` (or ``title_chars``)
    alone when that implies the query (every group a term group, no negation; 78 against 193 ms for a
    phrase in half a million articles, whose positions FTS5 would otherwise compare twice), else both.
    bm25 pages keep both: the score depends on the expression."""
    titles_tier: str | None = None
    """When :attr:`title_tier` is ``title_fts`` alone: the same expression without its column filter, to
    list the tier from the title index (``search_titles``: title doclists only, ~2 against ~80 ms for a
    phrase in half of a million articles, where the column filter reads its doclists over every column)."""


def compile_query(db: Database, query: Query | Plan) -> _Plan:
    """Split the query (or a backend-neutral :class:`Plan`: the same groups) into the FTS5 part, the
    character-index part and the SQL part (module docstring)."""
    main = {atom: _fts_expression(db, atom) for group in query.groups for atom in group}
    chars = {atom: _chars_expression(db, atom) for group in query.groups for atom in group}
    positive = [g for g in query.groups if not any(a.negated for a in g)]
    main_groups = [g for g in positive if all(main[a] for a in g)]
    char_groups = [g for g in positive if g not in main_groups and all(chars[a] for a in g)]
    if char_groups and not any(isinstance(a.node, Term) for g in main_groups for a in g):
        char_groups, main_groups = main_groups + char_groups, []  # filters and one-character terms only
    negated = [g[0] for g in query.groups if len(g) == 1 and g[0].negated]
    main_not = [a for a in negated if main_groups and main[a]]
    char_not = [a for a in negated if a not in main_not and char_groups and chars[a]]
    done = {*main_not, *char_not}
    rest = [g for g in query.groups if g not in main_groups and g not in char_groups and not set(g) <= done]
    fts = _expression(main, main_groups, main_not)
    titled = _title_expression(main, main_groups)
    title_fts = f"{{title}} : ({titled})" if titled else None
    implied = not main_not and _terms_only(main_groups)
    title_chars = None if main_groups else _title_expression(_title_chars(char_groups), char_groups)
    conditions: list[tuple[str, list, str | None]] = []
    char_expression = _expression(chars, char_groups, char_not)
    if char_groups:
        inner = f"SELECT rowid FROM {CHARS_TABLE} WHERE {CHARS_TABLE} MATCH ?"
        conditions.append((f"a.id IN ({inner})", [char_expression], inner))
    conditions += [_group_sql(db, group) for group in rest]
    single = fts is None and len(conditions) == 1
    return _Plan(fts, title_fts, " AND ".join(f"({sql})" for sql, _, _ in conditions) or "1",
                 tuple(p for _, ps, _ in conditions for p in ps), conditions[0][2] if single else None,
                 title_chars, title_terms=_term_groups(main_groups),
                 title_tier=_title_tier(fts, title_fts, implied=implied)
                 or _title_tier(char_expression, title_chars, implied=not char_not and _terms_only(char_groups)),
                 titles_tier=titled if implied else None)


def _terms_only(groups: list[tuple[Atom, ...]]) -> bool:
    return all(isinstance(a.node, Term) for g in groups for a in g)


def _title_tier(fts: str | None, title_fts: str | None, *, implied: bool) -> str | None:
    if title_fts is None:
        return None
    return title_fts if implied else f"({fts}) AND ({title_fts})"


def _title_tier_in(plan: _Plan) -> tuple[str, str]:
    """The FTS5 table and expression that list the plan's title tier (the title index when it can)."""
    if plan.titles_tier:
        return TITLES_TABLE, plan.titles_tier
    return FTS_TABLE, plan.title_tier  # type: ignore[return-value]


def _term_groups(groups: list[tuple[Atom, ...]]) -> tuple[tuple[str, ...], ...]:
    """The normalised terms of the groups made only of terms (those :func:`_title_expression` keeps)."""
    return tuple(tuple(a.node.norm for a in g) for g in groups if all(isinstance(a.node, Term) for a in g))


def _expression(parts: dict[Atom, str | None], groups: list[tuple[Atom, ...]], nots: list[Atom]) -> str | None:
    """An FTS5 AND of OR-groups, minus the negated atoms; None without groups.

    Flat whatever the number of atoms, ``(g1) AND (g2) NOT (n1 OR n2 …)``: nesting one level per negation
    overflowed FTS5's parser stack at 96 of them."""
    if not groups:
        return None
    expression = " AND ".join("(" + " OR ".join(parts[a] for a in g) + ")" for g in groups)  # type: ignore[misc]
    if nots:
        expression = f"({expression}) NOT ({' OR '.join(parts[a] for a in nots)})"  # type: ignore[misc]
    return expression


def _title_expression(parts: dict[Atom, str | None], groups: list[tuple[Atom, ...]]) -> str | None:
    """The expression of the groups made only of terms (filters say nothing about titles), for the
    "every term in a title" tier; None when there is no such group."""
    return _expression(parts, [g for g in groups if all(isinstance(a.node, Term) for a in g)], [])


def _title_chars(groups: list[tuple[Atom, ...]]) -> dict[Atom, str | None]:
    """The title-character token of each one-character term of ``groups`` (see :mod:`index`)."""
    return {a: f'"{title_char_token(a.node.norm)}"' for g in groups for a in g
            if isinstance(a.node, Term) and len(a.node.norm) == 1}


def _group_sql(db: Database, group: tuple[Atom, ...]) -> tuple[str, list, str | None]:
    """An OR-group as an SQL condition, its parameters, and its id subquery when it is one plain atom."""
    sqls = [_atom_sql(db, atom) for atom in group]
    sql = " OR ".join(sql for sql, _ in sqls)
    source = _id_source(sql) if len(group) == 1 and not group[0].negated else None
    return sql, [p for _, ps in sqls for p in ps], source


def _fts_expression(db: Database, atom: Atom) -> str | None:
    """The FTS5 expression of a term of two or more characters or of a place/section/date filter;
    None for what stays SQL (one character: the character index; people and projects: the tags)."""
    if isinstance(atom.node, Term):
        return match_expression(atom.node.norm) if len(atom.node.norm) > 1 else None
    return facets.filter_expression(db, atom.node)


def _chars_expression(db: Database, atom: Atom) -> str | None:
    """The character index's expression of a one-character term or a place/section/date filter (that
    index carries the facet tokens too, so ``地区:上街区 建`` is one doclist intersection)."""
    if isinstance(atom.node, Term):
        return f'"{char_code(atom.node.norm)}"' if len(atom.node.norm) == 1 else None
    return facets.filter_expression(db, atom.node, column=None)


def _id_source(sql: str) -> str | None:
    """The subquery of an ``a.id IN (…)`` condition (the whole query being that one condition), else None."""
    prefix = "a.id IN ("
    return sql[len(prefix):-1] if sql.startswith(prefix) and sql.endswith(")") else None


def _atom_sql(db: Database, atom: Atom) -> tuple[str, list]:
    if isinstance(atom.node, Term) and len(atom.node.norm) == 1:
        sql = f"a.id IN (SELECT rowid FROM {CHARS_TABLE} WHERE {CHARS_TABLE} MATCH ?)"
        params = [f'"{char_code(atom.node.norm)}"']
    elif isinstance(atom.node, Term) or atom.node.field in facets.FIELDS:
        sql = f"a.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)"
        params = [_fts_expression(db, atom)]
    else:
        sql, params = filters.condition(db, atom.node)
    return (f"NOT coalesce({sql}, 0)" if atom.negated else sql), params


def search(
    db: Database, query: str, *, limit: int = 50, offset: int = 0, sort: str = "relevance",
    cancel: CancelToken | None = None, within: tuple[str, Sequence] | None = None, count: bool = True,
) -> SearchResult:
    """Run ``query`` against the index: exact total plus one page of hits with snippets.

    ``within``: an SQL condition on ``articles a`` and its parameters that every hit must also meet (a
    tree node: the query language has no words for a publication or an issue). ``count``: see
    :func:`run_plan`."""
    return run_plan(db, make_plan(query, limit=limit, offset=offset, sort=sort), cancel=cancel, within=within,
                    count=count)


def run_plan(db: Database, plan: Plan, *, cancel: CancelToken | None = None,
             within: tuple[str, Sequence] | None = None, count: bool = True) -> SearchResult:
    """Run a backend-neutral plan on the FTS5 index: exact total plus its page of hits with snippets
    (``within``: as in :func:`search`).

    ``count=False`` asks for the page first: where the total would cost more than the page (a term in a
    large share of a big library: counting reads all its doclists, the page a few hundred probes), the
    result's total is None and the caller counts after, with ``limit=0`` (the window shows the page, then
    the total). The page is the same either way; only the ways of finding it that need no count are
    taken."""
    count = count or not plan.limit
    with _interruptible(db, cancel):
        whole = compile_query(db, plan)
        compiled = _narrowed(whole, within)
        if compiled.node is not None and _filters_only(compiled):
            tagged = (whole.id_source, whole.params) if whole.id_source else None
            total, ranked = nodes.page(db, (compiled.where, compiled.params), compiled.node, plan.limit,
                                       plan.offset, oldest=plan.sort == "oldest", count=count, tagged=tagged)
            return _result(db, plan, total, ranked)
        listed = _listed_first(db, compiled, plan, cancel, count)
        if listed is not None:
            return _result(db, plan, *listed)
        if count or not (_chars_only(compiled) or _filters_only(compiled)):
            total = _count(db, compiled)
        else:
            total = _counted_to_mark(db, compiled) if _filters_only(compiled) else None
        ranked = _page(db, compiled, plan.limit, plan.offset, plan.sort, total, cancel) \
            if plan.limit and total != 0 else []
        return _result(db, plan, total, ranked)


def _result(db: Database, plan: Plan, total: int | None, ranked: list[tuple[int, float]]) -> SearchResult:
    """The result of a page. A page found without its count but shorter than asked ends the result, so
    its total is known all the same (an empty page past the first says only that the end came before)."""
    if total is None and len(ranked) < plan.limit and (ranked or not plan.offset):
        total = plan.offset + len(ranked)
    return SearchResult(total, hits(db, ranked, plan.highlight_terms))


def _listed_first(db: Database, compiled: _Plan, plan: Plan, cancel: CancelToken | None,
                  count: bool = True) -> tuple[int | None, list[tuple[int, float]]] | None:
    """The total and page of an FTS5-only query, mostly from one evaluation of its expression
    (:mod:`paging`); None for the plans :func:`_count` and :func:`_page` answer.

    An expression without phrases (two-character terms, facets, ``OR``/``NOT`` of them) is counted first,
    since that only merges doclists, and when it is in most articles its page is probed (or, with a title
    tier, the tiered page whose title arm fills it). Otherwise one listing gives the total and the page,
    the title tier first when some title may hold the terms. Under :data:`RANK_CAP` matches relevance is
    bm25, over the whole expression when no title holds the terms: the order the tiered page gives (its
    title arm is empty and the other arm's ``NOT`` matches nothing).

    Without ``count`` (page first), whether there are more than :data:`RANK_CAP` matches is counted only
    up to the cap (FTS5 stops there: ~1 ms for a common term) and whether they are common enough to probe
    is guessed from a sample (:func:`paging.sampled_share`); a page found by probes then has no total."""
    if compiled.fts is None or compiled.where != "1" or plan.limit == ALL:
        return None
    bounds, bound_params = _date_bounds(plan)
    if len(bound_params) and all(_is_date_filter(g) for g in plan.groups):
        return _dates_page(db, bounds, bound_params, plan)
    ranked_by_terms = plan.sort == "relevance" and compiled.title_fts is not None
    titled = ranked_by_terms and paging.in_some_title(db, compiled.title_terms)
    end = plan.offset + plan.limit
    if _no_phrase(compiled.fts):
        total = paging.count(db, FTS_TABLE, compiled.fts) if count else None
        capped = total if total is not None else paging.count(db, FTS_TABLE, compiled.fts, cap=RANK_CAP + 1)
        if capped <= RANK_CAP:
            total = capped  # under the cap the capped count is whole
        if total is not None and (not (plan.limit and total) or plan.offset >= total):
            return total, []
        if titled and capped > RANK_CAP and _seems_dense(db, FTS_TABLE, compiled.fts, total, end):
            ranked = _probed_first(db, compiled, plan, titled, cancel)
            if ranked is not None:
                return total, ranked
        if titled or (ranked_by_terms and capped <= RANK_CAP):
            return total, _page(db, compiled, plan.limit, plan.offset, plan.sort, capped, cancel)
        if _seems_dense(db, FTS_TABLE, compiled.fts, total, end):
            return total, _probed_or_listed(db, FTS_TABLE, compiled.fts, plan.limit, plan.offset,
                                            oldest=plan.sort == "oldest", cancel=cancel)
    elif not count and _seems_dense(db, FTS_TABLE, compiled.fts, None, end) and not (
            ranked_by_terms and paging.count(db, FTS_TABLE, compiled.fts, cap=RANK_CAP + 1) <= RANK_CAP):
        ranked = _probed_first(db, compiled, plan, titled, cancel)
        if ranked is not None:
            return None, ranked
    first = paging.matching(*_title_tier_in(compiled)) if titled and compiled.title_tier else None
    total, ranked = paging.listed(db, paging.matching(FTS_TABLE, compiled.fts), plan.limit, plan.offset,
                                  oldest=plan.sort == "oldest", where=bounds, params=bound_params, first=first)
    if ranked_by_terms and ranked and total <= RANK_CAP:
        ranked = _page(db, compiled, plan.limit, plan.offset, plan.sort, total, cancel) if titled \
            else _bm25_page(db, compiled.fts, plan.limit, plan.offset)
    return total, ranked


def _seems_dense(db: Database, table: str, expression: str, total: int | None, end: int) -> bool:
    """:func:`paging.dense` (in at least one article of :func:`paging.probe_share`), with the share
    guessed from a sample when the total is not counted."""
    share = paging.probe_share(db, table, phrase=not _no_phrase(expression))
    if total is not None:
        return paging.dense(db, total, end, share=share)
    return end <= paging.PROBE_END and paging.sampled_share(db, table, expression) * share >= 1


def _probed_first(db: Database, compiled: _Plan, plan: Plan, titled: bool,
                  cancel: CancelToken | None) -> list[tuple[int, float]] | None:
    """The date-ordered page (relevance: its title tier first) of an expression common enough to probe
    (:func:`_seems_dense`), probed within :data:`paging.PROBE_BUDGET`; None when that ran out."""
    oldest = plan.sort == "oldest"
    if titled and compiled.title_tier:
        rest = (FTS_TABLE, f"({compiled.fts}) NOT ({compiled.title_fts})")
        return paging.within(db, paging.PROBE_BUDGET, lambda: _titles_then_probed(
            db, _title_tier_in(compiled), rest, plan.limit, plan.offset), cancel)
    return paging.within(db, paging.PROBE_BUDGET, lambda: _arms_page(
        db, [paging.probed(FTS_TABLE, compiled.fts)], plan.limit, plan.offset, oldest=oldest), cancel)


def _titles_then_probed(db: Database, title: tuple[str, str], rest: tuple[str, str], limit: int,
                        offset: int) -> list:
    """The relevance page of a term in most articles: its title tier (an expression of an FTS5 table),
    then the rest probed; the title tier probed too when it is common itself (its share guessed from a
    sample), else listed (a walk of the date index would probe too many)."""
    table, expression = title
    phrase = not _no_phrase(expression)
    if paging.sampled_share(db, table, expression) * paging.probe_share(db, table, phrase=phrase) >= 1:
        return _arms_page(db, [paging.probed(*title), paging.probed(*rest)], limit, offset)
    return paging.first_then_probed(db, paging.matching(*title), paging.probed(*rest), limit, offset)


def _is_date_filter(group: tuple[Atom, ...]) -> bool:
    atom = group[0]
    return len(group) == 1 and not atom.negated and isinstance(atom.node, Filter) and atom.node.field == "date"


def _date_bounds(plan: Plan) -> tuple[str, tuple]:
    """The query's date filters as conditions on ``a.date`` (what the date index walks by), or ``"1"``.

    The facet tokens already answer them; as SQL they also start the walk of the date index at the range
    instead of at the newest article. Both mean the same (the scan oracle checks the facets against this
    very SQL, :mod:`filters`)."""
    conditions = [filters.date_range(g[0].node.value, "a.date") for g in plan.groups if _is_date_filter(g)]
    if not conditions:
        return "1", ()
    return " AND ".join(sql for sql, _ in conditions), tuple(p for _, ps in conditions for p in ps)


def _dates_page(db: Database, where: str, params: tuple, plan: Plan) -> tuple[int, list[tuple[int, float]]]:
    """A query of date filters alone, answered by the date index (a range of it, counted and walked)."""
    total = db.execute(f"SELECT count(*) FROM articles a INDEXED BY {DATE_INDEX} WHERE {where}", params).fetchone()[0]
    if not (plan.limit and total) or plan.offset >= total:
        return total, []
    return total, _arms_page(db, [_NO_TIER], plan.limit, plan.offset, where, params, oldest=plan.sort == "oldest")


def _bm25_page(db: Database, expression: str, limit: int, offset: int) -> list[tuple[int, float]]:
    sql = f"SELECT rowid, -rank FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? ORDER BY rank, rowid LIMIT ? OFFSET ?"
    return db.execute(sql, (expression, limit, offset)).fetchall()


def _probed_or_listed(db: Database, table: str, expression: str, limit: int, offset: int, *, oldest: bool,
                      cancel: CancelToken | None) -> list[tuple[int, float]]:
    """The date-ordered page of a common expression of ``table``: probed within
    :data:`paging.PROBE_BUDGET`, else listed."""
    def page(tier: _Tier) -> list:
        return _arms_page(db, [tier], limit, offset, oldest=oldest)

    ranked = paging.within(db, paging.PROBE_BUDGET, lambda: page(paging.probed(table, expression)), cancel)
    return ranked if ranked is not None else page(_in_index(table, expression))


def _no_phrase(expression: str) -> bool:
    """Whether every quoted string of an FTS5 expression is one token (no phrase, whose positions FTS5
    would have to compare: counting such an expression only merges doclists)."""
    return all(" " not in quoted for quoted in expression.split('"')[1::2])


def _arms_page(db: Database, tiers: list[_Tier], limit: int, offset: int, where: str = "1",
               params: tuple = (), *, oldest: bool = False) -> list:
    """One page of :func:`paging.date_arms` over ``tiers``, with ``where`` on every arm."""
    arms, arm_params = paging.date_arms(tiers, where, params, oldest=oldest)
    return db.execute(f"{arms} LIMIT ? OFFSET ?", (*arm_params, limit, offset)).fetchall()


def _narrowed(plan: _Plan, within: tuple[str, Sequence] | None) -> _Plan:
    """``plan`` with the extra condition ``within`` (its id subquery no longer answers the count alone)."""
    if within is None or within[0] == "1":
        return plan
    where = within[0] if plan.where == "1" else f"{plan.where} AND ({within[0]})"
    return replace(plan, where=where, params=(*plan.params, *within[1]), id_source=None, node=within)


def _filters_only(plan: _Plan) -> bool:
    """Whether the plan holds field filters alone: no term for FTS5 or the character index to find."""
    return plan.fts is None and plan.title_chars is None and CHARS_TABLE not in plan.where


def _dense(db: Database, total: int) -> bool:
    """Whether ``total`` matches are common enough that walking the date index finds a page within a few
    thousand articles (at least one in :data:`DENSE_SHARE`), so probing each beats listing them all."""
    return total * DENSE_SHARE >= paging.last_id(db)


def _counted_to_mark(db: Database, plan: _Plan) -> int | None:
    """The total of a plan of field filters when it is under :func:`_dense`'s mark, else None (page first:
    a leader in 447,127 articles at a million is counted in ~30 ms, found past the mark in ~1; its page
    is then probed)."""
    mark = paging.last_id(db) // DENSE_SHARE + 1
    source = plan.id_source or f"SELECT a.id FROM articles a WHERE {plan.where}"
    sql = f"SELECT count(*) FROM (SELECT DISTINCT * FROM ({source}) LIMIT ?)"
    counted = db.execute(sql, (*plan.params, mark)).fetchone()[0]
    return counted if counted < mark else None


def matching_ids(db: Database, query: str, *, sort: str = "relevance", cancel: CancelToken | None = None) -> list[int]:
    """Every matching article id in result order, without snippets (for exporting a whole result)."""
    return plan_ids(db, make_plan(query, limit=0, sort=sort), cancel=cancel)


def plan_ids(db: Database, plan: Plan, *, cancel: CancelToken | None = None) -> list[int]:
    """Every article id the plan matches, in its order (its page is ignored)."""
    with _interruptible(db, cancel):
        compiled = compile_query(db, plan)
        total = _count(db, compiled)
        return [article_id for article_id, _ in _page(db, compiled, ALL, 0, plan.sort, total)] if total else []


def _count(db: Database, plan: _Plan) -> int:
    if plan.id_source:  # an FTS5 table lists each rowid once; the tag tables may list an article twice
        unique = plan.id_source.startswith("SELECT rowid FROM ")
        sql = f"SELECT count(*) FROM ({plan.id_source})" if unique else \
            f"SELECT count(*) FROM (SELECT DISTINCT * FROM ({plan.id_source}))"
        return db.execute(sql, plan.params).fetchone()[0]
    if plan.fts is None:
        return db.execute(f"SELECT count(*) FROM articles a WHERE {plan.where}", plan.params).fetchone()[0]
    if plan.where == "1":
        return paging.count(db, FTS_TABLE, plan.fts)
    sql = (f"SELECT count(*) FROM articles a WHERE a.id IN (SELECT rowid FROM {FTS_TABLE} "
           f"WHERE {FTS_TABLE} MATCH ?) AND {plan.where}")
    return db.execute(sql, (plan.fts, *plan.params)).fetchone()[0]


def _page(db: Database, plan: _Plan, limit: int, offset: int, sort: str, total: int | None,
          cancel: CancelToken | None = None) -> list[tuple[int, float]]:
    """``(article id, score)`` for one page, best first (scores: higher is better).

    Relevance: articles with the terms in the title first, then the rest (bm25 column weights alone
    cannot promise that: FTS5 saturates the weighted term frequency), each tier by bm25 while the terms
    match at most :data:`RANK_CAP` articles (counted before filters: FTS5 ranks every term match before
    SQLite applies them). Beyond that, bm25 over every match dominates the latency while telling little
    apart (the term is in most articles, its idf is near zero), so each tier is listed newest first.
    One-character terms get the same two tiers from the character index, newest first (it records
    whether an article holds a character, not how often: there is nothing for bm25 to weigh); their
    ``total`` may be None (not counted: page first), the others' must be given.
    Pages not ordered by bm25 carry score 0.0: scoring just the page's rows would still make FTS5
    compute its bm25 statistics over every match.
    """
    by_date = sort in ("date", "oldest")
    if plan.fts is None:
        if _filters_only(plan) and (total is None or _dense(db, total)):
            plan = replace(plan, where=nodes.probing(plan.where))
        if _chars_only(plan):
            return _chars_page(db, plan, limit, offset, sort, total, cancel)
        if by_date or plan.title_chars is None:
            return _date_page(db, [_NO_TIER], plan, limit, offset, oldest=sort == "oldest")
        return _date_page(db, _title_tiers(CHARS_TABLE, plan.title_chars), plan, limit, offset)
    if by_date or plan.title_fts is None:  # no term to rank by: only filters
        return _date_page(db, [_in_index(FTS_TABLE, plan.fts)], plan, limit, offset, oldest=sort == "oldest")
    tiers = [f"({plan.fts}) AND ({plan.title_fts})", f"({plan.fts}) NOT ({plan.title_fts})"]
    if (total if plan.where == "1" else paging.count(db, FTS_TABLE, plan.fts)) > RANK_CAP:
        return _date_page(db, [_in_index(*_title_tier_in(plan)), _in_index(FTS_TABLE, tiers[1])], plan, limit,
                          offset)
    join = "" if plan.where == "1" else f"JOIN articles a ON a.id = {FTS_TABLE}.rowid"
    arm = (f"SELECT * FROM (SELECT {FTS_TABLE}.rowid, -{FTS_TABLE}.rank FROM {FTS_TABLE} {join} WHERE "
           f"{FTS_TABLE} MATCH ? AND {plan.where} ORDER BY {FTS_TABLE}.rank, {FTS_TABLE}.rowid)")
    sql = f"{arm} UNION ALL {arm} LIMIT ? OFFSET ?"
    return db.execute(sql, (tiers[0], *plan.params, tiers[1], *plan.params, limit, offset)).fetchall()


_Tier = paging.Tier
_NO_TIER: _Tier = ("", [])


def _chars_only(plan: _Plan) -> bool:
    """Whether the plan is one character-index condition (one-character terms and filters only)."""
    return bool(plan.id_source and plan.id_source.startswith(f"SELECT rowid FROM {CHARS_TABLE} "))


def _chars_page(db: Database, plan: _Plan, limit: int, offset: int, sort: str, total: int | None,
                cancel: CancelToken | None) -> list:
    """A page of a character-index query: its title tier then the rest (relevance), or one tier.

    Each tier is one expression of that index (the query's ``AND``/``NOT`` its title characters) rather
    than a tier listing plus the query's own listing on every arm (a common character listed twice, each
    time most of the library). The last tier is probed when the characters are in most articles
    (within :data:`paging.PROBE_BUDGET`, else listed); fewer are listed by :func:`paging.listed`, which
    sorts a few matches instead of walking the date index past every article (a rare character: 88 →
    ~1 ms at a million articles)."""
    expression = plan.params[0]
    expressions = [expression]
    if sort == "relevance" and plan.title_chars is not None:
        expressions = [plan.title_tier or f"({expression}) AND ({plan.title_chars})",
                       f"({expression}) NOT ({plan.title_chars})"]
    dense = _seems_dense(db, CHARS_TABLE, expression, total, offset + limit)
    if len(expressions) == 1:
        if dense:
            return _probed_or_listed(db, CHARS_TABLE, expression, limit, offset, oldest=sort == "oldest",
                                     cancel=cancel)
        return paging.listed(db, paging.matching(CHARS_TABLE, expression), limit, offset,
                             oldest=sort == "oldest")[1]
    if dense:
        ranked = paging.within(db, paging.PROBE_BUDGET, lambda: _titles_then_probed(
            db, (CHARS_TABLE, expressions[0]), (CHARS_TABLE, expressions[1]), limit, offset), cancel)
        if ranked is not None:
            return ranked
    return paging.listed(db, paging.matching(CHARS_TABLE, expression), limit, offset,
                         first=paging.matching(CHARS_TABLE, expressions[0]))[1]


def _in_index(table: str, expression: str, *, negated: bool = False) -> _Tier:
    """The tier of the articles that ``expression`` matches (or, ``negated``, does not) in ``table``.

    Listed (SQLite builds a temporary index of the matches). Probing each article instead
    (:func:`paging.probed`, ~0.4 ms a probe at a million articles) pays only for a term in most
    articles, and only within :data:`paging.PROBE_BUDGET`: when its matches are undated the dated arm
    walks in vain."""
    return f" AND a.id {'NOT ' * negated}IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)", [expression]


def _title_tiers(table: str, titled: str) -> list[_Tier]:
    """Articles with every term in a title first, then the others."""
    return [_in_index(table, titled), _in_index(table, titled, negated=True)]


def _date_page(db: Database, tiers: list[_Tier], plan: _Plan, limit: int, offset: int, *,
               oldest: bool = False) -> list:
    """A page of ``tiers`` in turn, each newest (``oldest``: oldest) first, undated last, then by id
    (:func:`paging.date_arms`), with the plan's conditions on every arm."""
    return _arms_page(db, tiers, limit, offset, plan.where, plan.params, oldest=oldest)


def hits(db: Database, ranked: Sequence[tuple[int, float]], terms: Sequence[str]) -> list[Hit]:
    """Build the page's hits (snippets, highlights) in the given order."""
    if not ranked:
        return []
    ids = [article_id for article_id, _ in ranked]
    marks = ",".join("?" * len(ids))
    sql = f"SELECT {HIT_COLUMNS} FROM articles a LEFT JOIN issues i ON i.id = a.issue_id WHERE a.id IN ({marks})"
    rows = {row[0]: row for row in db.execute(sql, ids).fetchall()}
    return [make_hit(rows[article_id], score, terms) for article_id, score in ranked if article_id in rows]


@contextmanager
def _interruptible(db: Database, cancel: CancelToken | None) -> Iterator[None]:
    """Let another thread's ``cancel.cancel()`` stop a running SQLite statement promptly, and turn any
    other refusal of SQLite's into a :class:`QueryError` the user can read."""
    if cancel is not None:
        cancel.check()
        paging.watch(db, cancel)
    try:
        with _snapshot(db):
            yield
    except sqlite3.OperationalError as exc:
        if cancel is not None and cancel.cancelled:
            raise Cancelled() from None
        raise _failed(exc) from None
    finally:
        if cancel is not None:
            paging.watch(db, None)
    if cancel is not None:
        cancel.check()


@contextmanager
def _snapshot(db: Database) -> Iterator[None]:
    """One read transaction for the whole search, so its total, page and hits see the same library while
    an import commits beside it (each statement would otherwise read the newest commit). Inside the
    caller's own transaction, that one is the snapshot."""
    if db.conn.in_transaction:
        yield
        return
    db.execute("BEGIN")
    try:
        yield
    finally:
        if db.conn.in_transaction:
            db.conn.commit()  # it only read: this just ends the snapshot


def _failed(exc: sqlite3.OperationalError) -> QueryError:
    """What the user reads when SQLite refuses a search; its own message goes to the log."""
    log.warning("SQLite refused a search: %s", exc)
    if "locked" in str(exc) or "busy" in str(exc):
        return QueryError("The library is busy: another program is writing to it. Try again in a moment.",
                          zh="资料库正被其他程序写入，暂时无法检索，请稍后再试。")
    return QueryError("This search could not be run. Try a shorter or simpler query.",
                      zh="无法执行这次检索，请缩短或简化检索式后再试。")


# -- the oracle -------------------------------------------------------------------------------------

def scan(
    db: Database, query: str, *, limit: int = 50, offset: int = 0, sort: str = "relevance",
    cancel: CancelToken | None = None,
) -> SearchResult:
    """The same query answered without the index: normalise every stored article and test substrings.

    Filters reuse the SQL of :mod:`filters` (they are not what this oracle checks). There is no bm25
    here, so every sort lists matches by date (newest first, or oldest first for ``oldest``; undated last,
    then id) with score 0.
    """
    plan = make_plan(query, limit=limit, offset=offset, sort=sort)
    with _interruptible(db, cancel):
        matching = _scan_ids(db, plan, cancel)
        ordered = _date_ordered(db, matching, oldest=sort == "oldest")
        return SearchResult(len(ordered), hits(db, [(i, 0.0) for i in ordered[offset : offset + limit]],
                                               plan.highlight_terms))


def _scan_ids(db: Database, parsed: Query | Plan, cancel: CancelToken | None) -> set[int]:
    atoms = {atom for group in parsed.groups for atom in group}
    filter_ids = {a: {row[0] for row in _filter_rows(db, a)} for a in atoms if not isinstance(a.node, Term)}
    terms = {a.node.norm for a in atoms if isinstance(a.node, Term)}
    found: set[int] = set()
    rows = db.execute("SELECT id, title, subtitle, kicker, body_z FROM articles")
    for count, (article_id, *fields, body_z) in enumerate(rows):
        if cancel is not None and count % 1000 == 0:
            cancel.check()
        texts = [normalize(f) for f in (*fields, unpack_text(body_z)) if f]
        present = {t for t in terms if any(t in text for text in texts)}
        if all(any(_holds(a, article_id, present, filter_ids) for a in g) for g in parsed.groups):
            found.add(article_id)
    return found


def _filter_rows(db: Database, atom: Atom) -> list[tuple]:
    sql, params = filters.condition(db, atom.node)
    return db.execute(f"SELECT a.id FROM articles a WHERE {sql}", params).fetchall()


def _holds(atom: Atom, article_id: int, present: set[str], filter_ids: dict[Atom, set[int]]) -> bool:
    hit = atom.node.norm in present if isinstance(atom.node, Term) else article_id in filter_ids[atom]
    return hit != atom.negated


def _date_ordered(db: Database, ids: set[int], *, oldest: bool = False) -> list[int]:
    dated = db.execute("SELECT id, date FROM articles").fetchall()
    keyed = sorted((row for row in dated if row[0] in ids), key=lambda r: r[0])
    keyed.sort(key=lambda r: r[1] or "", reverse=not oldest)
    keyed.sort(key=lambda r: r[1] is None)
    return [row[0] for row in keyed]
