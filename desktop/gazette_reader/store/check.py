"""``gazette check [--repair]``: is the library file sound, and what can be done when it is not.

Three layers, each reported as plain sentences:

1. the file: ``PRAGMA integrity_check`` (a damaged page, a broken b-tree);
2. the search indexes: FTS5's own ``integrity-check`` of the three indexes, every article's entry
   matching its row (:func:`gazette_reader.search.index.stale_articles`), and the title index holding
   exactly the library's articles;
3. the library's invariants: every article's issue and every issue's source present, each issue's
   article count true, every mention pointing at an article and a person that exist.

``--repair`` never writes over a damaged file. A sound file with a bad index gets the index rebuilt
(one transaction). A damaged file is read table by table, row by row where a scan fails, into a new
library beside it (``NAME.recovered-<time>.sqlite``). Sources keep their full text, so a source whose
issue or articles were lost is parsed again there; the search index is rebuilt, and the report says
how many rows of each table came across, so the user can compare and switch.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

CORE_TABLES = ("sources", "publications", "issues", "articles", "people", "person_titles", "mentions",
               "projects", "project_mentions", "corrections", "collections", "collection_items", "notes")
"""What a recovery copies, parents first, so references can be checked as rows arrive."""
FTS_TABLES = ("search_fts", "search_chars", "search_titles")
INVARIANTS = {
    "articles without their issue": "SELECT count(*) FROM articles WHERE issue_id NOT IN (SELECT id FROM issues)",
    "issues without their source": "SELECT count(*) FROM issues WHERE source_id NOT IN (SELECT id FROM sources)",
    "issues whose article count is wrong": (
        "SELECT count(*) FROM issues i WHERE article_count IS NOT NULL AND article_count != "
        "(SELECT count(*) FROM articles a WHERE a.issue_id = i.id)"),
    "mentions of a missing article": "SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)",
    "mentions of a missing person": "SELECT count(*) FROM mentions WHERE person_id NOT IN (SELECT id FROM people)",
    "project mentions of a missing article": (
        "SELECT count(*) FROM project_mentions WHERE article_id NOT IN (SELECT id FROM articles)"),
}


@dataclass
class CheckReport:
    """What :func:`check` found (and, with repair, did)."""

    path: str
    damaged: list[str] = field(default_factory=list)
    """Problems of the file itself (``PRAGMA integrity_check``): only a recovery into a new file helps."""
    index: list[str] = field(default_factory=list)
    """Problems of the search indexes: a rebuild repairs them in place."""
    invariants: list[str] = field(default_factory=list)
    """Broken library invariants (counted); a recovery drops the orphans."""
    repaired: list[str] = field(default_factory=list)
    recovered_to: str | None = None
    recovered_rows: dict[str, int] = field(default_factory=dict)
    storage: str | None = None
    """For a server library: why its storage is not checked here (PostgreSQL's own tools check it)."""

    @property
    def ok(self) -> bool:
        """Whether nothing is wrong."""
        return not (self.damaged or self.index or self.invariants)

    def as_dict(self) -> dict:
        """The ``check --json`` shape (a server library's adds ``storage``; a file's is as it was)."""
        shape = {"library": self.path, "ok": self.ok, "damaged": self.damaged, "index": self.index,
                 "invariants": self.invariants, "repaired": self.repaired, "recovered_to": self.recovered_to,
                 "recovered_rows": self.recovered_rows}
        return shape | ({"storage": self.storage} if self.storage else {})


def check(path: Path) -> CheckReport:
    """Check the library at ``path`` without writing to it."""
    report = CheckReport(str(path))
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            report.damaged = integrity_problems(conn)
            if not report.damaged:
                report.invariants = invariant_problems(conn)
        if not report.damaged:
            with closing(sqlite3.connect(str(path), isolation_level=None)) as conn:
                conn.execute("BEGIN")  # FTS5 checks are written as inserts: rolled back, nothing changes
                try:
                    report.index = index_problems(Database(conn))
                finally:
                    conn.execute("ROLLBACK")
    except sqlite3.DatabaseError as exc:
        report.damaged = report.damaged or [str(exc)]
    return report


def integrity_problems(conn: sqlite3.Connection, limit: int = 20) -> list[str]:
    """``PRAGMA integrity_check``'s complaints (none when it says ``ok``)."""
    rows = [line for r in conn.execute(f"PRAGMA integrity_check({limit})") for line in r[0].splitlines()]
    return [] if rows == ["ok"] else [line for line in rows if not line.startswith("***")]


def index_problems(db: Database) -> list[str]:
    """FTS5's own integrity checks, then articles whose index entry does not match their row."""
    from gazette_reader.search.index import stale_articles  # the index code needs the schema first

    problems, titles = [], _titles_state(db)
    for table in FTS_TABLES if titles == "present" else FTS_TABLES[:-1]:
        try:
            db.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(f"the search index {table} is inconsistent ({exc})")
    try:
        stale = stale_articles(db)
    except sqlite3.DatabaseError as exc:
        return problems + [f"the search index cannot be compared with the articles ({exc})"]
    if stale:
        problems.append(f"{len(stale)} articles are missing from the search index or indexed with old text")
    if titles == "missing":
        return problems + [f"the search index {FTS_TABLES[-1]} is missing"]
    return problems + (_titles_problems(db) if titles == "present" else [])


def _titles_state(db: Database) -> str:
    """``present``, ``missing`` or ``not yet`` (a library from before migration m013, which makes the
    title index when the library is next opened: its absence there is no fault)."""
    from gazette_reader.search.index import TITLES_TABLE
    from gazette_reader.store.schema import SCHEMA_VERSION

    if db[TITLES_TABLE].exists():
        return "present"
    return "missing" if db.execute("PRAGMA user_version").fetchone()[0] >= SCHEMA_VERSION else "not yet"


def _titles_problems(db: Database) -> list[str]:
    """Whether the title index lists exactly the library's articles. FTS5's integrity check
    cannot tell (a contentless table has no text to compare with) and neither can the digests (they
    are per article, not per table): a row missing there would silently drop an article from the
    title tier of relevance pages."""
    from gazette_reader.search.index import TITLES_TABLE

    sql = (f"SELECT (SELECT count(*) FROM articles WHERE id NOT IN (SELECT rowid FROM {TITLES_TABLE})), "
           f"(SELECT count(*) FROM {TITLES_TABLE} WHERE rowid NOT IN (SELECT id FROM articles))")
    try:
        missing, extra = db.execute(sql).fetchone()
    except sqlite3.DatabaseError as exc:
        return [f"the title index cannot be compared with the articles ({exc})"]
    return [f"{n} articles {what} the title index" for n, what in ((missing, "are missing from"),
                                                                   (extra, "that no longer exist are still in")) if n]


def invariant_problems(conn: sqlite3.Connection) -> list[str]:
    """Each broken invariant with how many rows break it."""
    problems = []
    for what, sql in INVARIANTS.items():
        n = conn.execute(sql).fetchone()[0]
        if n:
            problems.append(f"{n} {what}")
    return problems


def rebuild_indexes(db: Database) -> None:
    """Rebuild the search index from the articles, in one transaction (a sound file only)."""
    from gazette_reader.search.index import rebuild_index
    from gazette_reader.store.writer import write_transaction

    with write_transaction(db):
        rebuild_index(db)


def recovered_name(path: Path) -> Path:
    """A new file beside ``path`` for what a recovery reads from it."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.recovered-{stamp}{path.suffix or '.sqlite'}")


@dataclass
class Salvaged:
    """What a recovery read: rows kept per table, and the sources whose articles were (partly) lost,
    which the caller parses again from their stored text."""

    rows: dict[str, int]
    incomplete: list[int]


def salvage(source: Path, target_db: Database) -> Salvaged:
    """Copy every readable row of the core tables of ``source`` into ``target_db`` (a new library).
    Rows a damaged page hides are skipped; orphans are dropped after."""
    copied = {}
    target_db.execute("PRAGMA foreign_keys = OFF")  # parents may be lost: orphans are dropped at the end
    with closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        present = _tables(conn)
        for table in (t for t in CORE_TABLES if t in present and target_db[t].exists()):
            columns = [c for c in _columns(conn, table) if c in target_db[table].columns_dict]
            copied[table] = _copy(conn, target_db, table, columns)
    incomplete = _drop_orphans(target_db)
    target_db.execute("PRAGMA foreign_keys = ON")
    rows = {t: target_db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in copied}
    return Salvaged(rows, incomplete)


def _tables(conn: sqlite3.Connection) -> set[str]:
    """The tables of the damaged file, as far as its schema can be read."""
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError:
        return set(CORE_TABLES)  # the schema page itself is damaged: try each table anyway


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """A table's column names in the damaged file (copied by name: the new library may have more)."""
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _copy(conn: sqlite3.Connection, target: Database, table: str, columns: list[str]) -> int:
    """Insert the readable rows of one table; a failing scan goes on row by row from where it broke."""
    insert = (f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) "
              f"VALUES ({', '.join('?' * len(columns))})")
    select = f"SELECT {', '.join(columns)} FROM {table}"
    count = 0
    with target.conn:
        for row in _readable_rows(conn, table, select):
            count += target.conn.execute(insert, row).rowcount
    return count


def _readable_rows(conn: sqlite3.Connection, table: str, select: str) -> Iterator[tuple]:
    """The rows of ``table`` in rowid order: a scan, then row by row past the damage."""
    last = 0
    try:
        for row in conn.execute(f"{select.replace('SELECT ', 'SELECT rowid, ', 1)} ORDER BY rowid"):
            last = row[0]
            yield row[1:]
        return
    except sqlite3.DatabaseError:
        pass
    top = _max_rowid(conn, table, last)
    for rowid in range(last + 1, top + 1):
        try:
            row = conn.execute(f"{select} WHERE rowid = ?", [rowid]).fetchone()
        except sqlite3.DatabaseError:
            continue
        if row is not None:
            yield row


def _max_rowid(conn: sqlite3.Connection, table: str, last: int) -> int:
    """The largest rowid to probe: the table's own, or (when that is unreadable) a generous guess."""
    try:
        value = conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0]
        return int(value or last)
    except sqlite3.DatabaseError:
        return last + 100_000


def _drop_orphans(db: Database) -> list[int]:
    """Drop rows whose parent was lost with a damaged page, so the invariants hold again; return the
    sources that lost their issue or some of its articles."""
    incomplete = [r[0] for r in db.execute(
        "SELECT id FROM sources WHERE id NOT IN (SELECT source_id FROM issues) OR id IN (SELECT i.source_id "
        "FROM issues i WHERE article_count != (SELECT count(*) FROM articles a WHERE a.issue_id = i.id))")]
    with db.conn:
        db.execute("DELETE FROM issues WHERE source_id NOT IN (SELECT id FROM sources)")
        db.execute("DELETE FROM articles WHERE issue_id NOT IN (SELECT id FROM issues)")
        for table in ("mentions", "project_mentions"):
            db.execute(f"DELETE FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)")
        db.execute("DELETE FROM mentions WHERE person_id NOT IN (SELECT id FROM people)")
        db.execute("UPDATE issues SET article_count = "
                   "(SELECT count(*) FROM articles a WHERE a.issue_id = issues.id)")
    return incomplete
