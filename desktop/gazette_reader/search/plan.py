"""The backend-neutral plan of a search: what to match, in which order, which page.

Why a plan between the parser and the SQL: the library runs on SQLite (FTS5) or on PostgreSQL, and
each backend turns the same plan into its own SQL (:mod:`gazette_reader.search.engine`,
:mod:`gazette_reader.search.postgres`); nothing outside ``search/`` asks which backend it talks to.

A plan holds the query's groups (an AND of OR-groups of possibly negated atoms, as :mod:`query` parses
them) in normalised form only: a :class:`~query.Term`'s ``norm`` is the exact substring to find, a
:class:`~query.Filter` a field and a normalised value (dates as inclusive ``lo..hi``). The spelling the
user typed is no backend's business. Page arguments are checked here once, with the messages every
backend shares.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from gazette_reader.errors import QueryError
from gazette_reader.search.query import Atom, Filter, Query, Term, parse

SORTS = ("relevance", "date", "oldest")
"""``date``: newest first; ``oldest``: oldest first; undated articles last in both, in id order."""
PAGE_MAX = 1_000_000_000
"""The largest page limit and offset: more than any library holds, far below SQLite's 64-bit integers."""
ALL = -1
"""The ``limit`` of an :meth:`Plan.unpaged` plan: every match (exporting a whole result)."""

__all__ = ["ALL", "PAGE_MAX", "SORTS", "Atom", "Filter", "Plan", "Term", "make_plan"]


@dataclass(frozen=True)
class Plan:
    """A query compiled for any backend: groups of atoms, the sort, the page."""

    groups: tuple[tuple[Atom, ...], ...]
    sort: str = "relevance"
    limit: int = 50
    offset: int = 0

    def unpaged(self) -> Plan:
        """The same query asking for every match, in the same order."""
        return replace(self, limit=ALL, offset=0)

    @property
    def by_date(self) -> bool:
        return self.sort in ("date", "oldest")

    @property
    def highlight_terms(self) -> list[str]:
        """Normalised positive terms, longest first: what snippets and the reader highlight."""
        return Query(self.groups).highlight_terms

    @property
    def atoms(self) -> list[Atom]:
        """Every atom once, in query order."""
        return list(dict.fromkeys(atom for group in self.groups for atom in group))

    @property
    def positive_groups(self) -> list[tuple[Atom, ...]]:
        """The groups that must hold and hold no negation."""
        return [g for g in self.groups if not any(a.negated for a in g)]

    @property
    def ranking_terms(self) -> list[str]:
        """The normalised terms of the positive groups made only of terms (what relevance weighs)."""
        return [a.node.norm for g in self.positive_groups if all(isinstance(a.node, Term) for a in g) for a in g]


def make_plan(query: str | Query, *, limit: int = 50, offset: int = 0, sort: str = "relevance") -> Plan:
    """Parse ``query`` (unless it is parsed already) and check the page; raises :class:`QueryError`."""
    if sort not in SORTS:
        raise QueryError(f"Results can be sorted by {' or '.join(SORTS)}, not {sort!r}.",
                         zh=f"结果只能按相关度（relevance）、日期（date，最新在前）或日期（oldest，最早在前）排序，"
                            f"不能按“{sort}”。")
    if limit < 0 or offset < 0:
        raise QueryError("The page limit and offset cannot be negative.", zh="每页条数和起始位置不能是负数。")
    if limit > PAGE_MAX or offset > PAGE_MAX:
        raise QueryError(f"The page limit and offset can be at most {PAGE_MAX:,}.",
                         zh=f"每页条数和起始位置最大为 {PAGE_MAX}。")
    parsed = query if isinstance(query, Query) else parse(query)
    return Plan(parsed.groups, sort, limit, offset)
