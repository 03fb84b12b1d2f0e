"""SQLite-flavoured SQL as the core writes it, turned into PostgreSQL's.

The core's statements are plain SQL both engines share (``ON CONFLICT … DO UPDATE``, ``RETURNING``,
``count(*)``), written with SQLite's ``?`` and ``:name`` placeholders. :func:`translate` swaps those for
psycopg's ``%s`` / ``%(name)s`` (doubling a literal ``%``), outside string literals and quoted names, and
rewrites the handful of SQLite-only spellings in :data:`REWRITES`. Inserts into a table with an ``id``
get ``RETURNING id`` so ``cursor.lastrowid`` works as with sqlite3.
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
    (re.compile(r"\bgroup_concat\(", re.I), "string_agg("),
]
_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.I)


@lru_cache(maxsize=2048)
def translate(sql: str, returning_id: bool = True) -> tuple[str, bool]:
    """``sql`` in PostgreSQL's dialect, and whether it was given ``RETURNING id`` (see the module)."""
    for pattern, replacement in REWRITES:
        sql = pattern.sub(replacement, sql)
    out = _placeholders(sql)
    match = _INSERT.match(out)
    returns = bool(returning_id and match and match.group(1).lower() in ID_TABLES
                   and "returning" not in out.lower())
    if returns:
        out = out.rstrip().rstrip(";") + " RETURNING id"
    return out, returns


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
