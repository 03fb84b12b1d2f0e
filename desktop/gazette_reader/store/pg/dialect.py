"""SQLite-flavoured SQL as the core writes it, turned into PostgreSQL's.

The core's statements are plain SQL both engines share (``ON CONFLICT … DO UPDATE``, ``RETURNING``,
``count(*)``), written with SQLite's ``?`` and ``:name`` placeholders. :func:`translate` swaps those for
psycopg's ``%s`` / ``%(name)s`` (doubling a literal ``%``), outside string literals and quoted names, and
rewrites the handful of SQLite-only spellings in :data:`REWRITES`. Inserts into a table with an ``id``
get ``RETURNING id`` so ``cursor.lastrowid`` works as with sqlite3. Every ``ORDER BY`` term gets
SQLite's place for NULLs (first when ascending, last when descending; PostgreSQL does the opposite), so
lists come in the same order on both backends; text compares byte-wise on both (``COLLATE "C"`` columns).
"""

from __future__ import annotations

import re
from functools import lru_cache

ID_TABLES = frozenset({"sources", "publications", "issues", "articles", "people", "mentions", "projects",
                       "project_mentions", "corrections", "collections"})
"""Tables whose key is ``id`` (a single-row insert returns it)."""

REWRITES: list[tuple[re.Pattern[str], str]] = [
    # tagging/queries.py: a month key; printf() is SQLite's, to_char pads the same way
    (re.compile(r"printf\('%04d-%02d', (\w+\.year), (\w+\.month)\)"),
     r"(lpad(\1::text, 4, '0') || '-' || lpad(\2::text, 2, '0'))"),
    (re.compile(r"\bINSERT OR IGNORE INTO (\w+) (.*)$", re.S), r"INSERT INTO \1 \2 ON CONFLICT DO NOTHING"),
    (re.compile(r"\bstart, end\b"), 'start, "end"'),  # mentions.end: a reserved word in PostgreSQL
    (re.compile(r"\bIS NOT \?", re.I), "IS DISTINCT FROM ?"),  # SQLite's IS compares NULLs as values
    (re.compile(r"\bIS \?", re.I), "IS NOT DISTINCT FROM ?"),
    (re.compile(r"\bWHERE 0\)"), "WHERE false)"),  # search/filters.py's NEVER_TRUE: no integer truth here
    (re.compile(r"\bifnull\(", re.I), "coalesce("),
    (re.compile(r"\s+(?:NOT INDEXED|INDEXED BY \w+)", re.I), ""),  # SQLite's index hints: the server's planner chooses
    (re.compile(r"\bgroup_concat\(", re.I), "string_agg("),
]
_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.I)
_PLAIN_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)\s*\(([^()]*)\)\s*VALUES\s*\(\s*(%s(?:\s*,\s*%s)*)\s*\)\s*;?\s*$",
                           re.I)


@lru_cache(maxsize=2048)
def translate(sql: str, returning_id: bool = True) -> tuple[str, bool]:
    """``sql`` in PostgreSQL's dialect, and whether it was given ``RETURNING id`` (see the module)."""
    for pattern, replacement in REWRITES:
        sql = pattern.sub(replacement, sql)
    out = _null_order(_placeholders(sql))
    match = _INSERT.match(out)
    returns = bool(returning_id and match and match.group(1).lower() in ID_TABLES
                   and "returning" not in out.lower())
    if returns:
        out = out.rstrip().rstrip(";") + " RETURNING id"
    return out, returns


@lru_cache(maxsize=256)
def plain_insert(translated: str) -> tuple[str, tuple[str, ...]] | None:
    """The table and columns of a translated plain ``INSERT INTO table (columns) VALUES (%s, …)`` (one
    placeholder per column, nothing after it), else None: what many rows of can go in one ``COPY``.

    An insert with a conflict clause, a ``RETURNING`` or an expression is not a plain one."""
    match = _PLAIN_INSERT.match(translated)
    if match is None:
        return None
    table, columns, marks = match.groups()
    names = tuple(c.strip() for c in columns.split(","))
    if len(names) != marks.count("%s") or not all(names):
        return None
    return table, names


def _placeholders(sql: str) -> str:
    """``?`` → ``%s``, ``:name`` → ``%(name)s``, ``%`` → ``%%``, leaving literals and quoted names alone."""
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in "'\"":
            end = sql.find(ch, i + 1)
            while end != -1 and end + 1 < n and sql[end + 1] == ch:  # a doubled quote inside
                end = sql.find(ch, end + 2)
            end = n - 1 if end == -1 else end
            out.append(sql[i:end + 1].replace("%", "%%"))
            i = end + 1
            continue
        if ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        elif ch == ":" and i + 1 < n and (sql[i + 1].isalpha() or sql[i + 1] == "_") and (i == 0 or sql[i - 1] != ":"):
            j = i + 1
            while j < n and (sql[j].isalnum() or sql[j] == "_"):
                j += 1
            out.append(f"%({sql[i + 1:j]})s")
            i = j
            continue
        else:
            out.append(ch)
        i += 1
    return "".join(out)


_ORDER_BY = re.compile(r"\bORDER\s+BY\b", re.I)
_ORDER_END = re.compile(r"\b(LIMIT|OFFSET)\b", re.I)


def _null_order(sql: str) -> str:
    """Add ``NULLS FIRST``/``NULLS LAST`` to each ``ORDER BY`` term as SQLite orders NULLs (see the
    module). Runs after :func:`_placeholders`; literals are not expected inside an ORDER BY."""
    out, last = [], 0
    for match in _ORDER_BY.finditer(sql):
        if match.start() < last:
            continue
        start = match.end()
        end = _clause_end(sql, start)
        terms = _split_terms(sql[start:end])
        out.append(sql[last:start])
        out.append(",".join(_with_nulls(term) for term in terms))
        last = end
    out.append(sql[last:])
    return "".join(out)


def _clause_end(sql: str, start: int) -> int:
    """Where the ORDER BY list starting at ``start`` ends: a closing parenthesis of an enclosing
    expression, LIMIT/OFFSET at its own depth, ``;`` or the end."""
    depth, i = 0, start
    while i < len(sql):
        ch = sql[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return i
            depth -= 1
        elif ch == ";" and depth == 0:
            return i
        elif depth == 0 and ch.isalpha() and (i == 0 or not (sql[i - 1].isalnum() or sql[i - 1] == "_")):
            if _ORDER_END.match(sql, i):
                return i
        i += 1
    return i


def _split_terms(clause: str) -> list[str]:
    terms, depth, current = [], 0, []
    for ch in clause:
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            terms.append("".join(current))
            current = []
        else:
            current.append(ch)
    terms.append("".join(current))
    return terms


def _with_nulls(term: str) -> str:
    stripped = term.rstrip()
    if re.search(r"\bNULLS\s+(FIRST|LAST)$", stripped, re.I):
        return term
    nulls = " NULLS LAST" if re.search(r"\bDESC$", stripped, re.I) else " NULLS FIRST"
    return stripped + nulls + term[len(stripped):]
