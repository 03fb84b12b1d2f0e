"""The library schema as sqlite-utils migrations; ``PRAGMA user_version`` mirrors how many are applied.

Append new migrations at the end; never edit one that has shipped. :func:`migrate` runs them all in one
transaction, and rebuilds the search index when it was built by other code (see ``m007``).
"""

from __future__ import annotations

import logging
import sqlite3
from contextvars import ContextVar

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from gazette_reader.errors import LibraryError
from gazette_reader.jobs import NEVER, CancelToken, Progress, no_progress
from gazette_reader.store.packing import pack_text
from gazette_reader.store.writer import write_transaction

log = logging.getLogger(__name__)
_upgrade: ContextVar[tuple[Progress, CancelToken]] = ContextVar("upgrade", default=(no_progress, NEVER))
"""The progress callback and cancel token of the running :func:`migrate` (migrations take only ``db``)."""
migrations = Migrations("gazette_reader")


@migrations()
def m001_core(db: Database) -> None:
    """Sources, publications, issues and articles: everything the parser produces.

    ``sources.text_z`` is the full decoded text, zlib-compressed (UTF-8): it is only read to re-parse, and
    compressed it takes ~0.35x instead of 1x of the raw text, which keeps the library under 3x the raw
    text with the article bodies and the full-text index beside it."""
    db["sources"].create(
        {
            "id": int, "name": str, "path": str, "sha256": str, "text_sha256": str, "encoding": str,
            "size": int, "text_z": bytes, "options_json": str, "imported_at": str,
        },
        pk="id",
        not_null={"name", "sha256", "text_sha256", "text_z"},
    )
    db["sources"].create_index(["text_sha256"], unique=True)
    db["sources"].create_index(["sha256"])
    db["publications"].create({"id": int, "name": str, "place": str}, pk="id", not_null={"name"})
    db["publications"].create_index(["name"], unique=True)
    db["issues"].create(
        {
            "id": int, "source_id": int, "publication_id": int, "layout": str, "place": str,
            "publisher": str, "year": int, "month": int, "number": str, "printed": str, "title": str,
            "metadata_json": str, "toc_json": str, "furniture_json": str, "article_count": int,
        },
        pk="id",
        foreign_keys=[("source_id", "sources", "id"), ("publication_id", "publications", "id")],
    )
    db["issues"].create_index(["publication_id", "year", "month"])
    db["issues"].create_index(["source_id"])
    db["articles"].create(
        {
            "id": int, "issue_id": int, "ord": int, "section": str, "kind": str, "title": str,
            "subtitle": str, "kicker": str, "year": int, "month": int, "day": int, "date": str,
            "body": str, "bylines_json": str, "source_unit": str, "span_start": int, "span_end": int,
        },
        pk="id",
        foreign_keys=[("issue_id", "issues", "id")],
    )
    db["articles"].create_index(["issue_id", "ord"])
    db["articles"].create_index(["date"])


@migrations()
def m002_tags(db: Database) -> None:
    """People, their mentions (leaders and bylines), projects and the user's manual corrections."""
    db["people"].create({"id": int, "name": str}, pk="id", not_null={"name"})
    db["people"].create_index(["name"], unique=True)
    db["mentions"].create(
        {
            "id": int, "article_id": int, "person_id": int, "role": str, "title": str,
            "start": int, "end": int,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("person_id", "people", "id")],
    )
    db["mentions"].create_index(["article_id"])
    db["mentions"].create_index(["person_id", "role"])
    db["projects"].create({"id": int, "name": str, "aliases_json": str}, pk="id", not_null={"name"})
    db["projects"].create_index(["name"], unique=True)
    db["project_mentions"].create(
        {"id": int, "article_id": int, "project_id": int, "alias": str, "start": int, "end": int},
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("project_id", "projects", "id")],
    )
    db["project_mentions"].create_index(["article_id"])
    db["project_mentions"].create_index(["project_id"])
    db["corrections"].create(
        {
            "id": int, "action": str, "entity": str, "target": str, "value": str,
            "article_key": str, "created_at": str,
        },
        pk="id",
        not_null={"action", "entity", "target"},
    )


@migrations()
def m003_search(db: Database) -> None:
    """The full-text index (see ``search/index.py``): contentless FTS5 over bigram tokens, and a digest
    per indexed article so a stale entry is detected rather than silently corrupting the index."""
    db.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5(body, title, content='', detail=full, "
        "tokenize='ascii')"
    )
    db.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(1.0, 5.0)')")
    # One-character terms: each article's distinct characters, without positions (detail=none). A prefix
    # query over the bigrams of a very common character (区) merges thousands of doclists (~350 ms at
    # 100k articles); one doclist here answers it in milliseconds for ~0.2x of the raw text.
    db.execute("CREATE VIRTUAL TABLE search_chars USING fts5(chars, content='', detail=none, tokenize='ascii')")
    db["search_docs"].create({"id": int, "digest": int}, pk="id")
    db["articles"].create_index(["section"])  # 栏目: filters and their exact counts


PACK_BATCH = 2000
"""Articles packed per round trip in ``m004``: bounded memory whatever the size of the library."""


@migrations()
def m004_packed_bodies(db: Database) -> None:
    """Article bodies move from ``articles.body`` (TEXT) to ``articles.body_z`` (BLOB, :func:`pack_text`).

    Why: at 100,000 articles the library was 3.36x the raw text and the plain bodies alone 0.93x of it;
    packed (zlib of GB18030) they take about half their UTF-8 size. ``m001`` still creates ``body`` and
    documents ``sources.text_z`` as plain zlib of UTF-8, because a shipped migration is never edited:
    this one moves every body across (a fresh library has none to move) and drops the column.

    ``sources.text_z`` changes format without a rewrite: rows written from now on are :func:`pack_text`
    blobs, older rows stay bare zlib streams of UTF-8, and :func:`unpack_text` reads both.

    The move runs inside :func:`migrate`'s one upgrade transaction (interrupted or cancelled, the library
    keeps its plain bodies, still readable by the version that wrote it, and the move runs again on the
    next open). It packs ``PACK_BATCH`` rows at a time in id order, so a library of a million
    articles never sits in memory. Each row gets ``body_z`` and loses ``body`` in the same update, so it
    shrinks in place instead of splitting pages. ``DROP COLUMN`` needs SQLite 3.35 and refuses a column
    that an index, view or trigger uses; none uses ``body`` (the full-text tables are contentless).

    The space the plain bodies held is given back by :func:`migrate`, once, after every migration (``m005``
    frees the old index too).
    """
    if "body" not in db["articles"].columns_dict:
        return  # moved by an earlier run that stopped before it was recorded
    if sqlite3.sqlite_version_info < (3, 35, 0):
        raise LibraryError(f"updating this library needs SQLite 3.35 or newer, not {sqlite3.sqlite_version}",
                           zh=f"升级这个资料库需要 SQLite 3.35 或更新版本，现在是 {sqlite3.sqlite_version}")
    with db.atomic():
        db.execute("ALTER TABLE articles ADD COLUMN body_z BLOB")
        _pack_bodies(db)
        _upgrade.get()[1].check()
        db.execute("ALTER TABLE articles DROP COLUMN body")


def _pack_bodies(db: Database) -> int:
    """Fill ``body_z`` from ``body`` batch by batch (a NULL body stays NULL, which reads as ""); returns
    how many rows were moved."""
    progress, cancel = _upgrade.get()
    total = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    last, moved = 0, 0
    select = "SELECT id, body FROM articles WHERE id > ? ORDER BY id LIMIT ?"
    while rows := db.execute(select, [last, PACK_BATCH]).fetchall():
        cancel.check()
        progress(moved, total, "Compressing article texts")
        packed = [(None if body is None else pack_text(body), article_id) for article_id, body in rows]
        db.conn.executemany("UPDATE articles SET body_z = ?, body = NULL WHERE id = ?", packed)
        last, moved = rows[-1][0], moved + len(rows)
    return moved


COMPACT_FREE_SHARE = 0.25
"""After an upgrade, VACUUM when at least this share of the file is free pages."""


def _compact(db: Database) -> None:
    """Give the space freed by an upgrade (plain bodies, the old index) back to the disk.

    Without it the file keeps its old size, the free space scattered over half-empty pages. Compacting is
    a bonus, not a requirement: when it fails (e.g. the disk cannot hold the copy VACUUM writes) the
    library is complete and usable, so the failure is logged and the upgrade still counts."""
    try:
        db.execute("VACUUM")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # in WAL mode VACUUM wrote a full copy to the log
    except sqlite3.DatabaseError as exc:
        log.warning("could not compact the library after packing the article bodies: %s", exc)


@migrations()
def m005_search_facets(db: Database) -> None:
    """Re-create the full-text index with bigrams over every character (punctuation too) and a third
    column of facet tokens (place, section, date), then index every article again.

    Why: a term ending in a lone character after punctuation (``，区``) was a prefix query over
    thousands of doclists, and a filter combined with a common term read one article row per match;
    see ``text/ngrams.py`` and ``search/facets.py``. On a big library this takes minutes, once."""
    from gazette_reader.search.index import rebuild_index  # the index code needs this schema first

    db.execute("DROP TABLE search_fts")
    db.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5(body, title, facets, content='', detail=full, "
        "tokenize='ascii')"
    )
    db.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(1.0, 5.0, 0.0)')")
    progress, cancel = _upgrade.get()
    rebuild_index(db, progress=progress, cancel=cancel)


@migrations()
def m006_covering_tag_indexes(db: Database) -> None:
    """Index mentions by (person, role, article) and project mentions by (project, article).

    Why: ``人物:宋洁`` counts and pages the articles of one official; with the article id inside the index
    SQLite reads only the index (one entry per mention) instead of one table row per mention, which for
    an official named in 40,000 articles was most of a 70 ms query."""
    db.execute("DROP INDEX IF EXISTS idx_mentions_person_id_role")
    db["mentions"].create_index(["person_id", "role", "article_id"])
    db.execute("DROP INDEX IF EXISTS idx_project_mentions_project_id")
    db["project_mentions"].create_index(["project_id", "article_id"])


@migrations()
def m007_index_version(db: Database) -> None:
    """A table recording what the search index was built with (``search/index.py`` ``INDEX_VERSION``).

    Why: the index depends on code that changes without a schema change (the normalisation table, the
    token format), and an index built by other code silently misses articles. :func:`migrate` rebuilds
    the index whenever the recorded version is not the program's; a library from before this migration
    has none recorded, so it is rebuilt once, which brings in the constant-length facet documents, the
    title-character tokens and the t2s table resolved to a fixed point (normalisation version 2)."""
    db.execute("CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT)")


@migrations()
def m008_split_corrections(db: Database) -> None:
    """Corrections of the split (merge, split, edited title/subtitle/date/section/kind, a file's layout).

    They are rows of ``corrections`` beside the tag corrections (``entity`` ``article`` or ``source``,
    ``target`` the source's ``text_sha256``; see :mod:`gazette_reader.split_corrections.store`), looked up
    per source text on every parse, hence the index; ``articles.corrected`` marks the articles a
    correction made or changed (the reader's “已校正”). Existing articles are uncorrected: there were no
    such corrections before."""
    if "corrected" not in db["articles"].columns_dict:
        db.execute("ALTER TABLE articles ADD COLUMN corrected INTEGER NOT NULL DEFAULT 0")
    db.execute("CREATE INDEX IF NOT EXISTS idx_corrections_target ON corrections (target, entity)")


@migrations()
def m009_pages(db: Database) -> None:
    """Pages, for files that have them (PDF): ``sources.pages_json`` holds where each page starts in the
    stored text (``[[offset, page], …]``), so a re-parse finds every article's pages without the original
    file; ``articles.page_first``/``page_last`` are the pages an article stands on (NULL for text, Word
    and web pages, and for everything imported before)."""
    if "pages_json" not in db["sources"].columns_dict:
        db.execute("ALTER TABLE sources ADD COLUMN pages_json TEXT")
    for column in ("page_first", "page_last"):
        if column not in db["articles"].columns_dict:
            db.execute(f"ALTER TABLE articles ADD COLUMN {column} INTEGER")


@migrations()
def m010_headline_sizes(db: Database) -> None:
    """``sources.headlines_json``: the type size of each headline line of a file that sets type (PDF,
    Word), as ``[[offset, size], …]`` in the stored text, so a re-parse reads a headline's decks by size
    (kicker above the title, subtitle below) as the import did. NULL for text and web pages, and for
    everything imported before (their decks stay as they were parsed)."""
    if "headlines_json" not in db["sources"].columns_dict:
        db.execute("ALTER TABLE sources ADD COLUMN headlines_json TEXT")


@migrations()
def m011_collections(db: Database) -> None:
    """Collections (专题 / 收藏夹) of articles and a plain-text note per article: the user's own work.

    Members and notes are keyed by article id, which a re-parse keeps (``importer.kept_ids``), plus the
    ``text_sha256`` of the article's source: an id SQLite hands out again after its article was deleted
    (ids are not AUTOINCREMENT) then points at another source, and the stale row is not shown (see
    :mod:`gazette_reader.store.collections`). No foreign keys: a re-parse deletes and re-inserts the
    articles it keeps, which a cascade would take the user's work with."""
    db.execute("CREATE TABLE IF NOT EXISTS collections (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)")
    db.execute("CREATE TABLE IF NOT EXISTS collection_items (collection_id INTEGER NOT NULL, "
               "article_id INTEGER NOT NULL, source_sha TEXT NOT NULL, PRIMARY KEY (collection_id, article_id))")
    db.execute("CREATE TABLE IF NOT EXISTS notes (article_id INTEGER PRIMARY KEY, source_sha TEXT NOT NULL, "
               "text TEXT NOT NULL)")


@migrations()
def m012_article_dates_by_id(db: Database) -> None:
    """An index of each article's date by its id, so the search sorts a result of thousands by date
    reading that small index rather than each article's row (a row holds its packed text: ~4x slower to
    reach at a million articles; :mod:`gazette_reader.search.paging`)."""
    db.execute("CREATE INDEX IF NOT EXISTS idx_articles_id_date ON articles (id, date)")


@migrations()
def m013_title_index(db: Database) -> None:
    """The title index ``search_titles`` (see ``search/index.py``): the title document of every article
    again, alone, so a relevance page lists the articles with the terms in a title from its small
    doclists instead of a column filter over ``search_fts`` (~2 against ~80 ms for a phrase in half of a
    million articles). Filled from the title fields only (no body is unpacked), with progress and
    cancel: at a million articles it takes about a minute, once.

    A rebuild earlier in the same upgrade (``m005``) already created and filled it; then nothing is left
    to do. The index version is unchanged: the other tables hold the same tokens as before."""
    from gazette_reader.search.index import create_titles, fill_titles  # the index code needs this schema

    if create_titles(db):
        progress, cancel = _upgrade.get()
        fill_titles(db, progress=progress, cancel=cancel)


@migrations()
def m014_article_dates_by_issue(db: Database) -> None:
    """An index of each issue's articles by date, so a tree node's dated articles are reached by one seek
    per issue instead of probing every article of the node (a publication of 168,576 undated articles at
    a million holds 56 dated ones: ~10 ms instead of reading all of them;
    :mod:`gazette_reader.search.nodes`). About two seconds at a million articles, once."""
    progress, _ = _upgrade.get()
    progress(0, 0, "Indexing article dates by issue")
    db.execute("CREATE INDEX IF NOT EXISTS idx_articles_issue_date ON articles (issue_id, date)")


@migrations()
def m015_server_title_index(db: Database) -> None:
    """Nothing on a library file: the server's title index (a PostgreSQL library's search,
    ``search/pg_index.py``; its step is in ``store/pg/schema.py``). Here so that both backends keep one
    schema version."""


SCHEMA_VERSION = len(migrations._migrations)


def needs_upgrade(db: Database) -> bool:
    """Whether opening this library will run migrations or rebuild the search index over existing
    articles (minutes on a big one): the GUI then opens it off the GUI thread, with progress."""
    from gazette_reader.search.index import index_is_current  # the index code needs this schema first

    current = db.execute("PRAGMA user_version").fetchone()[0]
    return 0 < current < SCHEMA_VERSION or (current == SCHEMA_VERSION and not index_is_current(db))


def migrate(db: Database, *, progress: Progress = no_progress, cancel: CancelToken = NEVER) -> None:
    """Bring a library up to date, or refuse one written by a newer version of the program.

    All pending migrations and the new version number are one transaction: cancelled (inside the long
    migrations or at the end) or interrupted, the file stays exactly what the older version wrote and
    can still read; the upgrade runs again on the next open. The price is a write-ahead log as large as
    the changes (about the size of the index) until the commit."""
    current = db.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise LibraryError(
            f"this library was written by a newer Gazette Reader (schema {current} > {SCHEMA_VERSION})",
            zh=f"这个资料库由更新版本的地方简报阅读器写成（结构版本 {current} > {SCHEMA_VERSION}），请升级本程序",
        )
    from gazette_reader.search.index import index_is_current, rebuild_index

    if current == SCHEMA_VERSION and index_is_current(db):
        return  # opening an up-to-date library writes nothing
    context = _upgrade.set((progress, cancel))
    try:
        with write_transaction(db):  # all or nothing: a cancelled upgrade leaves what the older version wrote
            migrations.apply(db)
            if not index_is_current(db):  # see m007
                rebuild_index(db, progress=progress, cancel=cancel)
            cancel.check()
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    finally:
        _upgrade.reset(context)
    free, pages = (db.execute(f"PRAGMA {name}").fetchone()[0] for name in ("freelist_count", "page_count"))
    if current > 0 and free >= COMPACT_FREE_SHARE * pages:
        _compact(db)
