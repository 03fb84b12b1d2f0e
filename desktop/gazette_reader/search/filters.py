"""Field filters (``人物:`` ``项目:`` ``栏目:`` ``地区:`` ``日期:`` ``备注:``) as SQL conditions on ``articles a``.

Names, aliases, sections and places are compared after normalisation (``栏目:工作動態`` finds 工作动态),
which SQLite cannot do itself; so the few distinct values are read and compared in Python, and the SQL
gets the matching ids or spellings. People can number in the tens of thousands, so a name is looked up
through every spelling that normalises to it (宋洁, 宋潔) on the name index instead.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlite_utils import Database

from gazette_reader.search.query import Filter
from gazette_reader.store.collections import all_notes
from gazette_reader.text.normalize import normalize, spellings

NEVER_TRUE = "1 = 0"
"""A condition no row meets, in SQL both SQLite and PostgreSQL take (PostgreSQL refuses a bare ``0``)."""


def condition(db: Database, flt: Filter) -> tuple[str, list]:
    """SQL (true, false or NULL per article row ``a``) and its parameters for one filter."""
    build = {"leader": _leader, "project": _project, "section": _section, "place": _place, "date": _date,
             "note": _note}
    return build[flt.field](db, flt.value)


def _in(column: str, values: Iterable) -> tuple[str, list]:
    values = list(values)
    if not values:
        return NEVER_TRUE, []
    return f"{column} IN ({','.join('?' * len(values))})", values


def _leader(db: Database, value: str) -> tuple[str, list]:
    names = spellings(value)
    if names is None:  # too many spellings to list: compare every name (rare: long Latin names)
        ids = [pid for pid, name in db.execute("SELECT id, name FROM people") if normalize(name) == value]
    else:  # the people table holds one row per official ever tagged: use its name index
        ids = [row[0] for row in db.execute(f"SELECT id FROM people WHERE name IN ({','.join('?' * len(names))})",
                                            names)]
    inner, params = _in("person_id", ids)
    return f"a.id IN (SELECT article_id FROM mentions WHERE role = 'leader' AND {inner})", params


def _project(db: Database, value: str) -> tuple[str, list]:
    ids = [pid for pid, name, aliases in db.execute("SELECT id, name, aliases_json FROM projects")
           if value in {normalize(n) for n in [name, *_aliases(aliases)]}]
    inner, params = _in("project_id", ids)
    return f"a.id IN (SELECT article_id FROM project_mentions WHERE {inner})", params


def _aliases(aliases_json: str | None) -> list[str]:
    try:
        aliases = json.loads(aliases_json or "[]")
    except ValueError:
        return []
    return [a for a in aliases if isinstance(a, str)] if isinstance(aliases, list) else []


_SECTIONS = ("WITH RECURSIVE s(v) AS (SELECT (SELECT min(section) FROM articles WHERE section IS NOT NULL) "
             "UNION ALL SELECT (SELECT min(section) FROM articles WHERE section > s.v) FROM s WHERE s.v IS NOT NULL) "
             "SELECT v FROM s WHERE v IS NOT NULL")
"""The distinct sections, one seek of the section index each (a library has a handful): ``SELECT
DISTINCT`` read the whole index, 23–97 ms at a million articles on SQLite, 300–500 ms on PostgreSQL."""


def _section(db: Database, value: str) -> tuple[str, list]:
    sections = db.execute(_SECTIONS).fetchall()
    return _in("a.section", [s for (s,) in sections if normalize(s) == value])


def _place(db: Database, value: str) -> tuple[str, list]:
    places = db.execute("SELECT DISTINCT place FROM issues WHERE place IS NOT NULL").fetchall()
    inner, params = _in("place", [p for (p,) in places if normalize(p) == value])
    return f"a.issue_id IN (SELECT id FROM issues WHERE {inner})", params


def _date(db: Database, value: str) -> tuple[str, list]:
    return date_range(value, "a.date")


def date_range(value: str, column: str, mark: str = "?") -> tuple[str, list]:
    """``lo..hi`` (either side may be empty) as a condition on ``column`` with ``mark`` placeholders
    (``%s`` on PostgreSQL); undated rows never match a date filter."""
    lo, _, hi = value.partition("..")
    parts, params = [f"{column} IS NOT NULL"], []
    for bound, compare in ((lo, ">="), (hi, "<=")):
        if bound:
            parts.append(f"{column} {compare} {mark}")
            params.append(bound)
    return "(" + " AND ".join(parts) + ")", params


def _note(db: Database, value: str) -> tuple[str, list]:
    """Articles whose note (the user's own text, not indexed: a few hundred short notes) contains the value,
    compared normalised like every other filter (备注:待核實 finds 待核实)."""
    ids = [article_id for article_id, text in all_notes(db) if value in normalize(text)]
    inner, params = _in("article_id", ids)
    return f"a.id IN (SELECT article_id FROM notes WHERE {inner})", params
