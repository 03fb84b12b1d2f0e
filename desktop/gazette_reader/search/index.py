"""The full-text index: one contentless FTS5 row per article, kept in step with ``articles``.

Why contentless (``content=''``): the article text is already stored once in ``articles`` (and again in
``sources``); an FTS5 content copy would add a third. The price, on SQLite 3.40, is that deleting a row
needs the exact tokens it was indexed with. They are recomputed from the article row, so **unindex an
article before its row changes or is deleted** (the importer does). ``search_docs`` keeps a CRC of what was
indexed per article: when the row no longer matches it, a plain delete would corrupt the index, so the
index is rebuilt instead (correct, slower; it only happens when that contract is broken).

Columns: ``title`` (title, subtitle and kicker, each ending in its own sentinel so no match spans two
fields) and ``body``, both bigram documents from :mod:`gazette_reader.text.ngrams`; ``facets``, the
article's place, section and date as tokens (:mod:`gazette_reader.search.facets`). The place belongs to
the issue: change it only by re-parsing the issue (``Library.set_issue_metadata`` does).

The title index (``search_titles``) holds the title document again, alone: the relevance page's title
tier (every term in a title) reads its small doclists instead of applying a column filter to
``search_fts``, whose doclists span every column (a phrase in half of a million articles: ~80 ms).

The character index (``search_chars``) holds each article's distinct characters, the distinct characters
of its title fields again as ``xt`` tokens (so a one-character term can list title hits first) and the
facet tokens.

``search_meta`` records :data:`INDEX_VERSION`, what the index was built with (token format and
normalisation). Opening a library whose index has another version rebuilds it (``store/schema.py``
``migrate``): a query normalised or tokenised differently from the index would silently miss articles.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field

from sqlite_utils import Database

from gazette_reader.jobs import NEVER, CancelToken, Progress, no_progress
from gazette_reader.search.facets import facet_tokens
from gazette_reader.store.packing import unpack_text
from gazette_reader.text.ngrams import (SENTINEL, TITLE_CHAR_PREFIX, bigram_tokens, distinct_char_tokens,
                                        match_expression)
from gazette_reader.text.normalize import NORMALIZATION_VERSION, normalize

FTS_TABLE = "search_fts"
CHARS_TABLE = "search_chars"
TITLES_TABLE = "search_titles"
TITLES_SQL = (f"CREATE VIRTUAL TABLE IF NOT EXISTS {TITLES_TABLE} USING fts5(title, content='', detail=full, "
              "tokenize='ascii')")
"""The title index: the same title document as ``search_fts``'s title column (migration m013)."""
DOCS_TABLE = "search_docs"
META_TABLE = "search_meta"
TOKENS_VERSION = 2
"""Bump when the documents change. 2: facet fillers (a constant facet length), title-character tokens."""
INDEX_VERSION = f"tokens {TOKENS_VERSION}, normalization {NORMALIZATION_VERSION}"
BATCH = 500
_ROW_SQL = ("SELECT a.id, a.title, a.subtitle, a.kicker, a.body_z, i.place, a.section, a.date FROM articles a "
            "LEFT JOIN issues i ON i.id = a.issue_id")


@dataclass(frozen=True)
class IndexDocument:
    """What one article contributes to the index.

    :attr:`char_document` and :attr:`digest` are computed when the document is made, so an import's
    helper process computes them and the writer only feeds the index (see :meth:`with_id`)."""

    id: int
    title: str
    body: str
    chars: str = ""
    """The distinct characters of all fields, one token each (for one-character terms)."""
    facets: str = ""
    """Place, section and date tokens (:mod:`gazette_reader.search.facets`)."""
    title_chars: str = ""
    """The distinct characters of the title fields, as ``xt`` tokens (title hits first for them)."""
    char_document: str = field(init=False, compare=False)
    """What the character index holds: the distinct characters, the title characters and the facets,
    so a one-character term with a filter (``地区:上街区 建``) is answered by that index alone."""
    digest: int = field(init=False, compare=False)
    """A checksum of the tokens, to tell later whether a delete would still match them (fields are
    separated, so text moved from one field to the next changes it too)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "char_document", " ".join(filter(None, (self.chars, self.title_chars, self.facets))))
        fields = (self.title, self.body, self.facets, self.chars, self.title_chars)
        object.__setattr__(self, "digest", zlib.crc32("|".join(fields).encode("ascii")))

    def with_id(self, article_id: int) -> IndexDocument:
        """This document for the article ``article_id`` (an import's helper makes the documents before
        the rows have ids): a copy keeping what was computed, which the id is no part of (``replace``
        would compute it again). Its fields are copied as they are, which costs a fifth of ``copy.copy``
        (the writer makes one for every article it imports)."""
        copied = object.__new__(IndexDocument)
        copied.__dict__.update(self.__dict__, id=article_id)
        return copied

    def __reduce__(self) -> tuple:
        """Pickled as its values, computed ones included (the writer unpickles a document for every
        article an import's helper prepared: this way takes three fifths of a dataclass's time)."""
        return _arrived_document, tuple(self.__dict__[name] for name in _DOCUMENT_FIELDS)


_DOCUMENT_FIELDS = ("id", "title", "body", "chars", "facets", "title_chars", "char_document", "digest")


def _arrived_document(*values: object) -> IndexDocument:
    """An :class:`IndexDocument` from its pickled values (:meth:`IndexDocument.__reduce__`)."""
    doc = object.__new__(IndexDocument)
    doc.__dict__.update(zip(_DOCUMENT_FIELDS, values))
    return doc


FIELD_BREAK = f" {SENTINEL * 2} "
"""Between title, subtitle and kicker: a token no query contains, so no phrase spans two fields."""


def title_document(norms: Sequence[str]) -> str:
    """The title document of the normalised title, subtitle and kicker: what both ``search_fts``'s title
    column and ``search_titles`` hold (a delete from either needs exactly these tokens)."""
    return FIELD_BREAK.join(filter(None, map(bigram_tokens, norms)))


def document(row: Sequence) -> IndexDocument:
    """Turn an ``(id, title, subtitle, kicker, body, place, section, date)`` row into its index document."""
    article_id, title, subtitle, kicker, body, place, section, date = row
    norms = [normalize(part or "") for part in (title, subtitle, kicker, body)]
    title = title_document(norms[:-1])
    chars = distinct_char_tokens("".join(norms))
    title_chars = distinct_char_tokens("".join(norms[:-1]), TITLE_CHAR_PREFIX)
    return IndexDocument(article_id, title, bigram_tokens(norms[-1]), chars, facet_tokens(place, section, date),
                         title_chars)


def _unpacked(row: Sequence) -> tuple:
    """A selected ``_ROW_SQL`` row with its body (the fifth column) unpacked."""
    return (*row[:4], unpack_text(row[4]), *row[5:])


def _chunks(ids: Sequence[int], size: int = BATCH) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def _rows(db: Database, ids: Sequence[int]) -> Iterator[tuple]:
    """Article rows for ``ids`` (missing ids are skipped), fetched in batches."""
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        rows = db.execute(f"{_ROW_SQL} WHERE a.id IN ({marks})", chunk).fetchall()
        yield from map(_unpacked, rows)


def _indexed(db: Database, ids: Sequence[int]) -> dict[int, int]:
    """``{article id: digest}`` for those of ``ids`` that are in the index."""
    found: dict[int, int] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT id, digest FROM {DOCS_TABLE} WHERE id IN ({marks})"
        found.update(db.execute(sql, chunk).fetchall())
    return found


def _insert(db: Database, docs: Iterable[IndexDocument]) -> None:
    docs = list(docs)
    db.conn.executemany(
        f"INSERT INTO {FTS_TABLE}(rowid, body, title, facets) VALUES (?, ?, ?, ?)",
        [(d.id, d.body, d.title, d.facets) for d in docs],
    )
    db.conn.executemany(f"INSERT INTO {CHARS_TABLE}(rowid, chars) VALUES (?, ?)", [(d.id, d.char_document) for d in docs])
    db.conn.executemany(f"INSERT INTO {TITLES_TABLE}(rowid, title) VALUES (?, ?)", [(d.id, d.title) for d in docs])
    db.conn.executemany(
        f"INSERT OR REPLACE INTO {DOCS_TABLE}(id, digest) VALUES (?, ?)", [(d.id, d.digest) for d in docs]
    )


def _delete(db: Database, docs: Iterable[IndexDocument]) -> None:
    docs = list(docs)
    db.conn.executemany(
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, body, title, facets) VALUES ('delete', ?, ?, ?, ?)",
        [(d.id, d.body, d.title, d.facets) for d in docs],
    )
    db.conn.executemany(f"INSERT INTO {CHARS_TABLE}({CHARS_TABLE}, rowid, chars) VALUES ('delete', ?, ?)",
                        [(d.id, d.char_document) for d in docs])
    db.conn.executemany(f"INSERT INTO {TITLES_TABLE}({TITLES_TABLE}, rowid, title) VALUES ('delete', ?, ?)",
                        [(d.id, d.title) for d in docs])
    db.conn.executemany(f"DELETE FROM {DOCS_TABLE} WHERE id = ?", [(d.id,) for d in docs])


def index_articles(db: Database, article_ids: Sequence[int]) -> None:
    """Index (or re-index) these articles from their current rows.

    Runs inside the caller's transaction and never commits. An article already indexed with the same
    text is left alone; one indexed with different text is a broken contract (see module docstring) and
    triggers a rebuild.
    """
    ids = list(dict.fromkeys(article_ids))
    indexed = _indexed(db, ids)
    fresh: list[IndexDocument] = []
    for row in _rows(db, ids):
        doc = document(row)
        if doc.id not in indexed:
            fresh.append(doc)
        elif indexed[doc.id] != doc.digest:
            rebuild_index(db)
            return
    _insert(db, fresh)


PENDING_BYTES = 64 * 1024 * 1024
"""FTS5's buffer of pending terms while :func:`index_new_documents` feeds it (its ``hashsize``; 1 MB
by default). FTS5 writes the buffer out as a new segment whenever it passes that size, and every
segment written is merged into bigger ones later: an importer's chunk of 4,000 articles (~35 MB of
tokens) was written as about forty segments, one now (the index stage's CPU seconds at 20,000 articles
went from 3.2 to 2.7)."""
_DEFAULTS = {"hashsize": 1024 * 1024, "automerge": 4}
"""FTS5's own values of the settings :func:`bulk_settings` changes (``FTS5_DEFAULT_HASHSIZE``,
``FTS5_DEFAULT_AUTOMERGE``): what an index without a stored setting uses."""


def index_new_documents(db: Database, docs: Sequence[IndexDocument], *, merge_follows: bool = False) -> None:
    """Index articles just inserted, from documents computed beforehand (by the importer's helper
    process, from the very strings it then stored), so the writer only feeds FTS5, with a buffer of
    :data:`PENDING_BYTES` that is written out (a savepoint) before the index's own settings are back.

    ``merge_follows``: the caller merges the whole index into one segment after the import
    (:func:`gazette_reader.bulk.merge_after_import` does after filling an empty library), so the chunk
    is written without FTS5's automerge, whose merging that final merge would do again (1.8 of 17.3 CPU
    seconds of indexing and merging 100,000 articles). FTS5's crisis merge still bounds the segments
    (16 a level) should the final merge never run."""
    if not docs:  # a batch of repeats only: no settings to write and put back
        return
    settings = {"hashsize": PENDING_BYTES, **({"automerge": 0} if merge_follows else {})}
    with bulk_settings(db, settings):
        _insert(db, docs)
        db.execute("SAVEPOINT index_new_documents")  # FTS5 writes its pending terms out here
        db.execute("RELEASE index_new_documents")


@contextmanager
def bulk_settings(db: Database, settings: dict[str, int]) -> Iterator[None]:
    """The three full-text indexes with FTS5 ``settings`` (``hashsize`` and ``automerge``) for the
    ``with`` block, then their own again: a setting is a row of each index's ``_config`` table, so it is
    put back as it was (deleted when it was not there) and the library holds what it held before. Call
    it inside a transaction: a crash or a rollback then drops the settings with everything else."""
    tables = (FTS_TABLE, CHARS_TABLE, TITLES_TABLE)
    before = {(table, key): _config_value(db, table, key) for table in tables for key in settings}
    for table in tables:
        for key, value in settings.items():
            db.execute(f"INSERT INTO {table}({table}, rank) VALUES (?, ?)", [key, value])
    try:
        yield
    except BaseException:
        with suppress(Exception):  # the caller's rollback drops them anyway; its error is the one to see
            _restore(db, before)
        raise
    _restore(db, before)


def _restore(db: Database, before: dict[tuple[str, str], object | None]) -> None:
    """Put back the settings :func:`bulk_settings` read before changing them."""
    for (table, key), value in before.items():
        db.execute(f"INSERT INTO {table}({table}, rank) VALUES (?, ?)",
                   [key, _DEFAULTS[key] if value is None else value])
        if value is None:  # the command wrote a row the index did not have; FTS5 reads none as the default
            db.execute(f"DELETE FROM {table}_config WHERE k = ?", [key])


def _config_value(db: Database, table: str, key: str) -> object | None:
    """A full-text index's stored setting (its ``_config`` row), None when it has none."""
    row = db.execute(f"SELECT v FROM {table}_config WHERE k = ?", [key]).fetchone()
    return row[0] if row else None


def unindex_articles(db: Database, article_ids: Sequence[int]) -> None:
    """Remove these articles from the index; call it while their rows still hold the indexed text."""
    ids = list(dict.fromkeys(article_ids))
    indexed = _indexed(db, ids)
    docs = [document(row) for row in _rows(db, list(indexed))]
    if len(docs) != len(indexed) or any(indexed[d.id] != d.digest for d in docs):
        _rebuild(db, skip=set(ids))
        return
    _delete(db, docs)


def stale_articles(db: Database) -> list[int]:
    """Articles whose index entry is missing or no longer matches their row (place, section and date
    included): empty unless the contract in the module docstring was broken. For tests and checks."""
    ids = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]
    indexed = _indexed(db, ids)
    return [doc.id for doc in map(document, _rows(db, ids)) if indexed.get(doc.id) != doc.digest]


def rebuild_index(db: Database, *, progress: Progress = no_progress, cancel: CancelToken = NEVER) -> None:
    """Drop the whole index and index every article again, in one savepoint (cancel rolls it back)."""
    _rebuild(db, progress=progress, cancel=cancel)


def _rebuild(
    db: Database, *, skip: set[int] | frozenset[int] = frozenset(), progress: Progress = no_progress,
    cancel: CancelToken = NEVER,
) -> None:
    total = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    with db.atomic():
        db.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('delete-all')")
        db.execute(f"INSERT INTO {CHARS_TABLE}({CHARS_TABLE}) VALUES ('delete-all')")
        create_titles(db)
        db.execute(f"INSERT INTO {TITLES_TABLE}({TITLES_TABLE}) VALUES ('delete-all')")
        db.execute(f"DELETE FROM {DOCS_TABLE}")
        done = 0
        cursor = db.conn.cursor()  # a second cursor: inserts must not reset the running SELECT
        rows = cursor.execute(f"{_ROW_SQL} ORDER BY a.id")
        while batch := rows.fetchmany(BATCH):
            cancel.check()
            _insert(db, (document(_unpacked(row)) for row in batch if row[0] not in skip))
            done += len(batch)
            progress(done, total, "Indexing articles for search")
        cancel.check()  # a cancel during the last batch still rolls it all back
        for table in (FTS_TABLE, TITLES_TABLE):
            db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
        _record_version(db)


def create_titles(db: Database) -> bool:
    """Create the title index unless it exists; whether it was created (empty).

    A rebuild creates it too: inside an older migration (m005, upgrading a schema-4 library) it runs
    before m013 does, and ``gazette check --repair`` rebuilds a library whose title index was lost."""
    if db[TITLES_TABLE].exists():
        return False
    db.execute(TITLES_SQL)
    return True


TITLES_BATCH = 5000
"""Articles per round trip of :func:`fill_titles` (titles only: small rows)."""


def fill_titles(db: Database, *, progress: Progress = no_progress, cancel: CancelToken = NEVER) -> int:
    """Index the titles of every article into an empty ``search_titles`` (migration m013), in id order,
    batch by batch; returns how many. Only the title fields are read: no body is unpacked. The caller's
    transaction holds it all, so a cancel rolls it back."""
    total = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    select = "SELECT id, title, subtitle, kicker FROM articles WHERE id > ? ORDER BY id LIMIT ?"
    last, done = 0, 0
    while rows := db.execute(select, [last, TITLES_BATCH]).fetchall():
        cancel.check()
        docs = [(row[0], title_document([normalize(part or "") for part in row[1:]])) for row in rows]
        db.conn.executemany(f"INSERT INTO {TITLES_TABLE}(rowid, title) VALUES (?, ?)", docs)
        last, done = rows[-1][0], done + len(rows)
        progress(done, total, "Indexing article titles for search")
    cancel.check()
    db.execute(f"INSERT INTO {TITLES_TABLE}({TITLES_TABLE}) VALUES ('optimize')")
    return done


def _record_version(db: Database) -> None:
    """Note that the index is now :data:`INDEX_VERSION`.

    A rebuild inside an older migration (m005, upgrading a schema-4 library) runs before m007 creates the
    table; creating it here (the same definition, ``IF NOT EXISTS``) records that rebuild too, so the
    upgrade does not rebuild a second time once the migrations are done."""
    db.execute(f"CREATE TABLE IF NOT EXISTS {META_TABLE} (key TEXT PRIMARY KEY, value TEXT)")
    db.execute(f"INSERT OR REPLACE INTO {META_TABLE}(key, value) VALUES ('index_version', ?)", [INDEX_VERSION])


def index_version(db: Database) -> str | None:
    """The :data:`INDEX_VERSION` the index was built with; None when unknown (built before it was recorded)."""
    if not db[META_TABLE].exists():
        return None
    row = db.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'index_version'").fetchone()
    return row[0] if row else None


def index_is_current(db: Database) -> bool:
    """Whether the index was built with this program's tokens and normalisation."""
    return index_version(db) == INDEX_VERSION


def shortest_terms(norms: set[str]) -> list[str]:
    """Those of the normalised ``norms`` (white space alone left out) that hold none of the others: a
    term matches exactly the articles it is a substring of, so an article holding 张伟明 holds 张伟,
    and OR-ing the longer term finds nothing more. The names a batch of files teaches hold one another
    so often that this left 4,809 of 60,872 terms at 100,000 articles (the query took a seventh)."""
    kept = {n for n in norms if not n.isspace()}
    return sorted(n for n in kept if not any(
        n[i:j] in kept for i in range(len(n)) for j in range(i + 2, len(n) + 1) if j - i < len(n)))


def articles_containing(db: Database, terms: Iterable[str], *, chunk: int = 200) -> set[int]:
    """Ids of articles whose title or body contains any of ``terms`` (exact substrings, normalised).

    The tagger uses it to find older articles naming a newly learned official without scanning the
    library; ``chunk`` terms are OR-ed into one FTS5 query, and only the terms holding no other term
    (:func:`shortest_terms`).
    """
    expressions = [match_expression(n) for n in shortest_terms({normalize(t) for t in terms} - {""})]
    found: set[int] = set()
    for start in range(0, len(expressions), chunk):
        query = " OR ".join(expressions[start : start + chunk])
        found.update(r[0] for r in db.execute(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?", [query]))
    return found
