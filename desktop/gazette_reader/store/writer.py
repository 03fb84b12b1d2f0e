"""Writes one parsed gazette (source row, issue, articles) into the library.

Callers wrap these calls in ``db.atomic()``: the importer nests one savepoint per file inside the batch, so
a refused or crashing file leaves nothing behind and a cancelled batch leaves the library as it was.
Writes go through plain ``executemany`` because this is the import hot path.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone

from sqlite_utils import Database

from gazette_reader.ingest.metadata import printed_number
from gazette_reader.ingest.model import ParsedArticle, ParsedIssue
from gazette_reader.ingest.readers.model import pages_of
from gazette_reader.store.packing import pack_text, unpack_text

_ARTICLE_COLUMNS = (
    "issue_id", "ord", "section", "kind", "title", "subtitle", "kicker", "year", "month", "day", "date",
    "body_z", "bylines_json", "source_unit", "span_start", "span_end",
)


LockNotice = Callable[[Database], None]
lock_notices: list[LockNotice] = []
"""Called once when a write has to wait for another writer (the CLI prints who holds the lock)."""
NOTICE_AFTER_MS = 1000
"""How long a writer waits in silence before telling the user it is waiting."""


def begin_immediate(db: Database) -> None:
    """``BEGIN IMMEDIATE``, waiting the connection's busy timeout for another writer, with a notice
    (:data:`lock_notices`) once the wait is longer than :data:`NOTICE_AFTER_MS`."""
    patience = db.execute("PRAGMA busy_timeout").fetchone()[0]
    if not lock_notices or patience <= NOTICE_AFTER_MS:
        db.execute("BEGIN IMMEDIATE")
        return
    db.execute(f"PRAGMA busy_timeout = {NOTICE_AFTER_MS}")
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
        for notice in list(lock_notices):  # a notice may unhook itself
            notice(db)
        db.execute(f"PRAGMA busy_timeout = {patience - NOTICE_AFTER_MS}")
        db.execute("BEGIN IMMEDIATE")
    finally:
        db.execute(f"PRAGMA busy_timeout = {patience}")


def _notify_waiting(db: Database) -> None:
    for notice in list(lock_notices):  # a notice may unhook itself
        notice(db)


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """A write transaction that takes SQLite's write lock up front (``BEGIN IMMEDIATE``).

    A plain ``BEGIN`` reads first and upgrades later; in WAL mode that upgrade fails at once ("database
    is locked", no busy wait) when another connection (a second import, a correction from the GUI)
    writes meanwhile. Taking the lock first makes the second writer wait its turn instead. Nested use
    is a savepoint, like ``db.atomic()``. A server library (PostgreSQL) has its own: BEGIN and the
    writers' advisory lock, with the same notice.
    """
    server_transaction = getattr(db, "write_transaction", None)
    if server_transaction is not None:
        with server_transaction(notice=_notify_waiting):
            yield db
        return
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    begin_immediate(db)
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


IMPORT_CACHE_KIB = 65536
"""SQLite's page cache while an import writes, in KiB (the default is 2,000: 125 of the library's 16 KB
pages). Tagging inserts about eight mentions an article into indexes keyed by person, so each insert
lands on some other page; with few pages cached most are read back from the write-ahead log each time
(a 64 MB cache took 7–14 % off the writer's tag CPU seconds at 20,000 articles)."""


@contextmanager
def import_cache(db: Database) -> Iterator[None]:
    """A page cache of :data:`IMPORT_CACHE_KIB` for the ``with`` block, then the connection's own again.
    A server library's cache is the server's."""
    if getattr(db, "write_transaction", None) is not None:
        yield
        return
    before = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {int(before)}")


def insert_source(db: Database, *, name: str, path: str, sha256: str, text_sha256: str, encoding: str,
                  size: int, text: str, options: dict, text_z: bytes | None = None,
                  page_starts: Sequence[tuple[int, int]] = (),
                  headline_sizes: Sequence[tuple[int, float]] = ()) -> int:
    """Record an imported file with its full decoded text, so the library can be re-parsed later.

    ``text_z``: ``text`` already packed (:func:`pack_text`) by the import helper process, which spares
    the writer the compression; packed here otherwise. ``page_starts``: where each page of a paged
    file (PDF) starts in ``text``, as ``(offset, page)``; ``headline_sizes``: the type size of each
    headline line, as ``(offset, size)`` (what a re-parse needs to read decks as the import did)."""
    cursor = db.execute(
        "INSERT INTO sources (name, path, sha256, text_sha256, encoding, size, text_z, options_json, imported_at,"
        " pages_json, headlines_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [name, path, sha256, text_sha256, encoding, size, text_z if text_z is not None else pack_text(text),
         json.dumps(options, ensure_ascii=False),
         datetime.now(timezone.utc).isoformat(timespec="seconds"),
         _json([list(p) for p in page_starts]) if page_starts else None,
         _json([list(h) for h in headline_sizes]) if headline_sizes else None],
    )
    return cursor.lastrowid


def headline_sizes(db: Database, source_id: int) -> dict[int, float] | None:
    """A stored source's headline type sizes by offset (None for a source without them)."""
    row = db.execute("SELECT headlines_json FROM sources WHERE id = ?", [source_id]).fetchone()
    return {offset: size for offset, size in json.loads(row[0])} if row and row[0] else None


def set_article_pages(db: Database, source_id: int, issue: ParsedIssue, article_ids: Sequence[int]) -> None:
    """Store the pages each article of a paged source stands on (from its span and the source's page
    starts); nothing for sources without pages."""
    row = db.execute("SELECT pages_json FROM sources WHERE id = ?", [source_id]).fetchone()
    if not row or not row[0]:
        return
    starts = [tuple(p) for p in json.loads(row[0])]
    rows = [(*(pages_of(art.span, starts) or (None, None)), article_id)
            for art, article_id in zip(issue.articles, article_ids)]
    db.conn.executemany("UPDATE articles SET page_first = ?, page_last = ? WHERE id = ?", rows)


def source_text(db: Database, source_id: int) -> tuple[str, str, dict]:
    """A stored source's (name, full decoded text, import options), for re-parsing."""
    name, text_z, options_json = db.execute(
        "SELECT name, text_z, options_json FROM sources WHERE id = ?", [source_id]).fetchone()
    return name, unpack_text(text_z), json.loads(options_json or "{}")


def find_source(db: Database, text_sha256: str) -> dict | None:
    """The source already holding this text (same gazette in any encoding or line-end style), if any."""
    row = db.execute("SELECT id, name FROM sources WHERE text_sha256 = ?", [text_sha256]).fetchone()
    return {"id": row[0], "name": row[1]} if row else None


def publication_id(db: Database, name: str, place: str | None) -> int:
    """The id of a publication by name, creating it on first use."""
    row = db.execute("SELECT id FROM publications WHERE name = ?", [name]).fetchone()
    if row:
        return row[0]
    return db.execute("INSERT INTO publications (name, place) VALUES (?, ?)", [name, place]).lastrowid


def insert_issue(db: Database, source_id: int, issue: ParsedIssue, issue_id: int | None = None) -> int:
    """Write the issue row (its metadata, TOC and furniture as JSON) and return its id.

    ``issue_id``: the id to write it under (a re-parse keeps the id of the issue it replaces, so a
    window listing that issue, or a script that noted its id, still finds it); a new id when None."""
    pub_id = publication_id(db, issue.publication or "地方简报", issue.place)
    return db.execute(
        "INSERT INTO issues (id, source_id, publication_id, layout, place, publisher, year, month, number,"
        " printed, title, metadata_json, toc_json, furniture_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [issue_id, source_id, pub_id, issue.layout, issue.place, issue.publisher, issue.year, issue.month,
         issue.number, issue.printed, issue.title or default_issue_title(issue),
         _json(issue.metadata), _json(issue.toc), _json(issue.furniture)],
    ).lastrowid


def insert_articles(db: Database, issue_id: int, issue: ParsedIssue, bodies_z: Sequence[bytes] | None = None,
                    ids: Sequence[int | None] | None = None, bylines: Sequence[str] | None = None) -> list[int]:
    """Write the issue's articles in order and return their ids (in the same order).

    ``bodies_z``: the bodies already packed (:func:`pack_text`), one per article, by the import helper
    process; packed here when not given (re-parse). ``ids``: an id per article to write it under (a
    re-parse keeps the ids of the articles it gives again), None for a new one. ``bylines``: each
    article's :func:`bylines_json`, when the import helper made it already (for its tagging input)."""
    if bodies_z is None:
        bodies_z = [pack_text(art.body) for art in issue.articles]
    elif len(bodies_z) != len(issue.articles):
        raise ValueError(f"{len(bodies_z)} packed bodies for {len(issue.articles)} articles")
    if bylines is None or len(bylines) != len(issue.articles):
        bylines = [bylines_json(art) for art in issue.articles]
    kept = list(ids) if ids is not None else [None] * len(issue.articles)
    following = max(_next_id(db, "articles"), max((i for i in kept if i is not None), default=0) + 1)
    chosen = []
    for article_id in kept:
        chosen.append(following if article_id is None else article_id)
        following += article_id is None
    rows = [(chosen[i], *_article_row(issue_id, i, issue, art, body_z, byline_json))
            for i, (art, body_z, byline_json) in enumerate(zip(issue.articles, bodies_z, bylines))]
    db.conn.executemany(
        f"INSERT INTO articles (id, {', '.join(_ARTICLE_COLUMNS)}) VALUES ({', '.join('?' * (len(_ARTICLE_COLUMNS) + 1))})",
        rows,
    )
    db.execute("UPDATE issues SET article_count = ? WHERE id = ?", [len(rows), issue_id])
    return [row[0] for row in rows]


def default_issue_title(issue: ParsedIssue) -> str:
    """``2020年4月 总第93期`` from what is known. A newspaper page without a printed month is named by
    the months its articles report (``2019年6—7月``, ``9月``); ``日期不详`` when nothing is known."""
    parts = []
    months = _month_span(issue)
    if issue.year or months:
        parts.append((f"{issue.year}年" if issue.year else "") + months)
    if issue.number:
        parts.append(printed_number(issue.metadata, issue.number))
    return " ".join(parts) or "日期不详"


def _month_span(issue: ParsedIssue) -> str:
    if issue.month:
        return f"{issue.month}月"
    months = sorted({a.month for a in issue.articles if a.month})
    if not months:
        return ""
    return f"{months[0]}月" if len(months) == 1 else f"{months[0]}—{months[-1]}月"


def article_year(issue: ParsedIssue, art: ParsedArticle) -> int | None:
    """The year an article's event happened: its own plain dating, else the issue's year."""
    return art.year or issue.year


def article_date(issue: ParsedIssue, art: ParsedArticle) -> str | None:
    """``YYYY-MM-DD`` when the article's year, month and day are all known (the search index's facets
    are computed from it before the row exists, so this is the one place that decides it)."""
    year = article_year(issue, art)
    return f"{year:04d}-{art.month:02d}-{art.day:02d}" if year and art.month and art.day else None


def _article_row(issue_id: int, order: int, issue: ParsedIssue, art: ParsedArticle, body_z: bytes,
                 byline_json: str) -> tuple:
    year = article_year(issue, art)
    month = art.month or issue.month
    date = article_date(issue, art)
    return (issue_id, order, art.section, art.kind, art.title, art.subtitle, art.kicker, year, month,
            art.day, date, body_z, byline_json, art.source_unit, art.span[0], art.span[1])


def bylines_json(art: ParsedArticle) -> str:
    """The article's bylines as stored in ``articles.bylines_json`` (the tagger reads them from there,
    or from the import's helper, which calls this too)."""
    return _json([{"name": b.name, "role": b.role} for b in art.bylines])  # ``raw`` only serves the parse check


def _next_id(db: Database, table: str) -> int:
    return (db.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]) + 1


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
