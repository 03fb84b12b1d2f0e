"""``gazette check`` on a server library: what applies to it, and a clear word about what does not.

A server library has no file of ours: its pages, tables and indexes are PostgreSQL's, checked by
PostgreSQL's own tools (``pg_amcheck`` for tables and B-tree indexes, ``pg_dump`` to back up), never by
SQLite's ``PRAGMA integrity_check``. What Gazette Reader can check is what it keeps itself, cheaply
enough for a million articles (id comparisons and counts, no re-reading of the texts):

1. the search index: built by this program's keys and normalisation, one row for every article and
   none for a deleted one, each with its article's date (what the date sort and filter read);
2. the library's invariants: the same counting queries as for a file (:data:`~..check.INVARIANTS`).

``--repair`` rebuilds a bad search index in one transaction (the owner's right); broken invariants are
reported for the server's administrator, who repairs tables in place.
"""

from __future__ import annotations

from gazette_reader.errors import LibraryError
from gazette_reader.search import pg_index
from gazette_reader.store.backend import search_index
from gazette_reader.store.check import INVARIANTS, CheckReport
from gazette_reader.store.pg.connection import redacted
from gazette_reader.store.pg.schema import version
from gazette_reader.store.schema import SCHEMA_VERSION
from gazette_reader.store.writer import write_transaction

STORAGE = ("not checked here: a server library's storage is PostgreSQL's own to check "
           "(run pg_amcheck on the server; back it up with pg_dump)")
"""What the report says in place of SQLite's file check."""
INDEX_COUNTS = {
    "articles are missing from the search index": (
        f"SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM {pg_index.TABLE} g WHERE g.id = a.id)"),
    "search index rows belong to no article": (
        f"SELECT count(*) FROM {pg_index.TABLE} g WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = g.id)"),
    "articles are indexed with another date": (
        f"SELECT count(*) FROM {pg_index.TABLE} g JOIN articles a ON a.id = g.id "
        "WHERE g.date IS DISTINCT FROM a.date"),
}
"""The index against the articles, each problem as a count of the rows that have it."""


def check_server(db) -> CheckReport:
    """Check the server library on ``db`` without writing to it (nor creating or upgrading it)."""
    require_current(db)
    report = CheckReport(redacted(db.url), storage=STORAGE)
    report.index = index_problems(db)
    report.invariants = invariant_problems(db)
    return report


def require_current(db) -> None:
    """Refuse, in one sentence, a database holding no library, another program's tables, or a library of
    another schema version (opening it once upgrades it; a check only reads)."""
    found = version(db)
    name = f"the database {db.raw.info.dbname!r}"
    if found == 0:
        raise LibraryError(f"there is no library in {name}; nothing to check",
                           zh=f"{name} 中没有资料库，无可检查")
    if found is None:
        raise LibraryError(f"{name} holds tables that are not a Gazette Reader library; nothing was checked",
                           zh=f"{name} 中是其他程序的数据表，不是地方简报阅读器的资料库；未作检查")
    if found != SCHEMA_VERSION:
        raise LibraryError(f"the library in {name} is at schema {found}, this program at {SCHEMA_VERSION}: open it "
                           "once with the matching version (e.g. `gazette info`) to upgrade it, then check",
                           zh=f"{name} 中的资料库结构版本为 {found}，本程序为 {SCHEMA_VERSION}；请先打开一次以升级，再检查")


def index_problems(db) -> list[str]:
    """The search index against the articles, by ids and counts."""
    if not search_index(db).index_is_current(db):
        return ["the search index is missing or was built by another version"]
    problems = []
    for problem, sql in INDEX_COUNTS.items():
        count = db.raw.execute(sql).fetchone()[0]
        if count:
            problems.append(f"{count} {problem}")
    return problems


def invariant_problems(db) -> list[str]:
    """Each broken invariant with how many rows break it (the file check's own queries)."""
    counts = {problem: db.execute(sql).fetchone()[0] for problem, sql in INVARIANTS.items()}
    return [f"{count} {problem}" for problem, count in counts.items() if count]


def repair_server(db, report: CheckReport) -> CheckReport:
    """Rebuild a bad search index in one transaction; broken invariants stay for the administrator."""
    if report.index:
        with write_transaction(db):
            search_index(db).rebuild_index(db)
        report.repaired.append("search index rebuilt")
    return report
