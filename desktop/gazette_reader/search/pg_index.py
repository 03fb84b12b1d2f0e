"""The PostgreSQL search index: one ``search_grams`` row per article, kept in step with ``articles``.

What a row holds, and why:

* ``keys`` (``bigint[]``, GIN index): the article's distinct character bigrams, each field (title,
  subtitle, kicker, body) on its own so no bigram spans two fields, plus its distinct characters. A term
  of one or two characters occurs in an article exactly when its key is there, so the GIN index answers
  it alone; a longer term's bigrams narrow the candidates, and :func:`contains_sql` checks the text.
  Keys are ``(first << 21) | second`` for a bigram and ``CHAR_KIND | code`` for a character (code points
  need 21 bits).
* ``title_norm`` / ``body_norm``: the normalised fields (title, subtitle and kicker joined by a newline,
  which normalised text never holds, so no match spans two fields): the exact check, ``strpos``, on the
  candidates; also what relevance and the title tier read.
* ``date``: the article's date again, so a page ordered by date needs no join with ``articles``.

Why not a ``tsvector`` of the bigram tokens with phrase queries (``<->``)? PostgreSQL keeps at most 256
positions per lexeme and clips positions at 16,383, so in a long article a phrase can be missed; with
an exact check needed anyway, positions buy nothing and cost space (the measurements are in the README
and :mod:`gazette_reader.bench.pg_search`). ``pg_trgm`` cannot serve terms under three characters from
its index at all.

Unlike the FTS5 index nothing here is contentless: unindexing deletes by id, and re-indexing an article
overwrites its row, so the importer's order (unindex, change rows, index) is kept but not required.
Every function runs inside the caller's transaction and never commits (:func:`rebuild_index` uses a
savepoint, so cancelling it undoes it).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from gazette_reader.jobs import NEVER, CancelToken, Progress, no_progress
from gazette_reader.store.packing import unpack_text
from gazette_reader.text.normalize import NORMALIZATION_VERSION, normalize

TABLE = "search_grams"
META_TABLE = "search_meta"
KEYS_VERSION = 1
INDEX_VERSION = f"pg keys {KEYS_VERSION}, normalization {NORMALIZATION_VERSION}"
CHAR_KIND = 1 << 42
"""Added to a character's code point to make its key (bigrams stay below ``1 << 42``)."""
FIELD_BREAK = "\n"
"""Between the normalised title, subtitle and kicker: normalisation removes every whitespace character."""
BATCH = 500
_ROW_SQL = ("SELECT a.id, a.title, a.subtitle, a.kicker, a.body_z, a.date FROM articles a")

TITLE_KEYS = "gazette_title_keys(g.title_norm)"
"""The title fields' keys (bigrams and characters, as :func:`add_field_keys` makes them), computed by the
server from ``title_norm``: the expression the title index holds (migration m015)."""
TITLE_KEYS_FUNCTION = (
    "CREATE OR REPLACE FUNCTION gazette_title_keys(t text) RETURNS bigint[] LANGUAGE sql IMMUTABLE STRICT "
    "PARALLEL SAFE AS $$ SELECT coalesce(array_agg(DISTINCT k), '{}') FROM ("
    "SELECT (ascii(substr(t, i, 1))::bigint << 21) | ascii(substr(t, i + 1, 1)) AS k "
    "FROM generate_series(1, length(t) - 1) i "
    f"UNION ALL SELECT {CHAR_KIND}::bigint | ascii(substr(t, i, 1)) FROM generate_series(1, length(t)) i) s $$")
"""Why computed by the server: the title index then needs no column of its own, so writing an index row
is unchanged (the server derives it), and a row's title keys can never disagree with its title. Keys of
the bigrams across the newline between two title fields are there too; no term holds a newline."""

INDEX_DDL = (
    f"CREATE TABLE IF NOT EXISTS {TABLE} (id bigint PRIMARY KEY, keys bigint[] NOT NULL, "
    "title_norm text NOT NULL, body_norm text NOT NULL, date text)",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_keys ON {TABLE} USING gin (keys)",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_date ON {TABLE} (date, id)",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_date_desc ON {TABLE} (date DESC, id)",
    TITLE_KEYS_FUNCTION,
    f"CREATE INDEX IF NOT EXISTS {TABLE}_title_keys ON {TABLE} USING gin ({TITLE_KEYS.replace('g.', '')})",
    f"CREATE TABLE IF NOT EXISTS {META_TABLE} (key text PRIMARY KEY, value text)",
)
"""The index's tables (idempotent): what a PostgreSQL library's schema setup runs. The title index
(``gazette_title_keys``) lets a relevance page list the articles with the terms in a title without
reading every match (:mod:`gazette_reader.search.pg_paging`)."""


@dataclass(frozen=True)
class PgDocument:
    """What one article contributes to the index."""

    id: int
    keys: list[int]
    title_norm: str
    body_norm: str
    date: str | None

    @property
    def fields(self) -> tuple:
        """The row as PostgreSQL returns it."""
        return self.id, self.keys, self.title_norm, self.body_norm, self.date

    def with_id(self, article_id: int) -> PgDocument:
        """This document for the article ``article_id`` (an import's helper makes it before the row has
        an id)."""
        return replace(self, id=article_id)

    @property
    def row(self) -> tuple:
        """The row to write, its keys as an array literal: psycopg adapts a list of a thousand ints in
        Python, element by element (3 ms an article, eight times the rest of indexing)."""
        return self.id, "{" + ",".join(map(str, self.keys)) + "}", self.title_norm, self.body_norm, self.date


def bigram_key(first: str, second: str) -> int:
    return (ord(first) << 21) | ord(second)


def char_key(char: str) -> int:
    return CHAR_KIND | ord(char)


def term_keys(norm: str) -> list[int]:
    """The keys an article must hold to contain the normalised term (its bigrams, or its character)."""
    if len(norm) == 1:
        return [char_key(norm)]
    return sorted({bigram_key(a, b) for a, b in zip(norm, norm[1:])})


def add_field_keys(norm: str, keys: set[int]) -> None:
    codes = [ord(c) for c in norm]
    keys.update((a << 21) | b for a, b in zip(codes, codes[1:]))
    keys.update(CHAR_KIND | c for c in set(codes))


def _clean(norm: str) -> str:
    """PostgreSQL text holds no NUL character; a NUL in an article is kept as a field break (never matched)."""
    return norm.replace("\x00", FIELD_BREAK)


def document(row: Sequence) -> PgDocument:
    """The index row of an ``(id, title, subtitle, kicker, body, date)`` article row (body unpacked)."""
    article_id, title, subtitle, kicker, body, date = row
    norms = [_clean(normalize(part or "")) for part in (title, subtitle, kicker, body)]
    keys: set[int] = set()
    for norm in norms:
        add_field_keys(norm, keys)
    title_norm = FIELD_BREAK.join(n for n in norms[:3] if n)
    return PgDocument(article_id, sorted(keys), title_norm, norms[3], date)


def import_document(row: Sequence) -> PgDocument:
    """The index row of an article an import's helper process prepares (the writer then only copies it
    in), from the ``(0, title, subtitle, kicker, body, place, section, date)`` the FTS5 index's document
    takes: the same row :func:`index_articles` makes from the stored article."""
    article_id, title, subtitle, kicker, body, _place, _section, date = row
    return document((article_id, title, subtitle, kicker, body, date))


def _unpacked(row: Sequence) -> tuple:
    body = row[4]
    return (*row[:4], unpack_text(bytes(body) if isinstance(body, memoryview) else body), *row[5:])


def _rows(conn, ids: Sequence[int]) -> Iterator[tuple]:
    for start in range(0, len(ids), BATCH):
        chunk = list(ids[start : start + BATCH])
        rows = conn.execute(f"{_ROW_SQL} WHERE a.id = ANY(%s)", [chunk]).fetchall()
        yield from map(_unpacked, rows)


WRITE_MEMORY = "64MB"
"""``work_mem`` and ``gin_pending_list_limit`` while index rows are written (:func:`_write`)."""
_AT_LEAST = ("CASE WHEN pg_size_bytes(current_setting('{0}')) < pg_size_bytes(%(size)s) THEN %(size)s "
             "ELSE current_setting('{0}') END")
SETTINGS_SQL = ("SELECT current_setting('work_mem'), current_setting('gin_pending_list_limit'), "
                f"set_config('work_mem', {_AT_LEAST.format('work_mem')}, true), "
                f"set_config('gin_pending_list_limit', {_AT_LEAST.format('gin_pending_list_limit')}, true)")
"""Both settings raised to :data:`WRITE_MEMORY`, never lowered (a server may be tuned higher)."""
RESTORE_SQL = "SELECT set_config('work_mem', %s, true), set_config('gin_pending_list_limit', %s, true)"
MERGED_WRITE = 100
"""Rows from which a write merges the GIN pending lists itself (a correction's few rows just go in)."""


def _write(conn, docs: Iterable[PgDocument]) -> None:
    """Write (or overwrite) these documents' rows: the old rows deleted, the new ones in one ``COPY``
    rather than an upsert statement a row.

    The GIN indexes take new rows into a pending list and merge it into the tree in sorted batches of at
    most ``work_mem`` when it grows past ``gin_pending_list_limit`` (both 4 MB by default, ~4,000 rows
    of ~1,000 keys). Here both are :data:`WRITE_MEMORY` and the last row goes in after the limit is set
    to its least, so that row's insert merges the whole write in one sorted pass (a role need not own
    the index, as ``gin_clean_pending_list`` requires): 12,000 rows took 3.7 s against 6.1–9.3 s, the
    readers' pending list stays as small as before, and the settings are put back after (a server
    tuned higher keeps its own)."""
    rows = list({doc.row[0]: doc.row for doc in docs}.values())  # an id twice: the last one, as an upsert
    if rows:
        with conn.transaction(), conn.cursor() as cursor:  # both or neither, even outside a transaction
            cursor.execute(f"DELETE FROM {TABLE} WHERE id = ANY(%s)", [[row[0] for row in rows]])
            if len(rows) < MERGED_WRITE:
                _copy_rows(cursor, rows)
                return
            work_mem, limit = cursor.execute(SETTINGS_SQL, {"size": WRITE_MEMORY}).fetchone()[:2]
            _copy_rows(cursor, rows[:-1])
            cursor.execute("SELECT set_config('gin_pending_list_limit', '64', true)")
            _copy_rows(cursor, rows[-1:])
            cursor.execute(RESTORE_SQL, [work_mem, limit])


def _copy_rows(cursor, rows: Iterable[tuple]) -> None:
    """``COPY`` index rows (:attr:`PgDocument.row`) into the table."""
    with cursor.copy(f"COPY {TABLE} (id, keys, title_norm, body_norm, date) FROM STDIN") as copy:
        copy.set_types(["int8", "text", "text", "text", "text"])  # keys: the literal, parsed by the server
        for row in rows:
            copy.write_row(row)


def create_index_tables(conn) -> None:
    """Create the index tables when missing (they follow the base tables' schema setup)."""
    for statement in INDEX_DDL:
        conn.execute(statement)


def index_articles(conn, article_ids: Sequence[int]) -> None:
    """Index (or re-index) these articles from their current rows; missing ids are skipped."""
    ids = list(dict.fromkeys(article_ids))
    _write(conn, (document(row) for row in _rows(conn, ids)))


def index_new_documents(conn, docs: Sequence[PgDocument]) -> None:
    """Index articles from documents computed beforehand (by an import helper process)."""
    _write(conn, docs)


def unindex_articles(conn, article_ids: Sequence[int]) -> None:
    """Remove these articles from the index (before or after their rows change: rows are keyed by id)."""
    ids = list(dict.fromkeys(article_ids))
    for start in range(0, len(ids), BATCH):
        conn.execute(f"DELETE FROM {TABLE} WHERE id = ANY(%s)", [ids[start : start + BATCH]])


def stale_articles(conn) -> list[int]:
    """Articles whose index row is missing or differs from their article row (empty when in step); also
    lists index rows left over from deleted articles. For tests and checks."""
    ids = [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY id")]
    stored = {row[0]: row for row in conn.execute(f"SELECT id, keys, title_norm, body_norm, date FROM {TABLE}")}
    stale = [doc.id for doc in map(document, _rows(conn, ids)) if stored.pop(doc.id, None) != doc.fields]
    return sorted([*stale, *stored])


def rebuild_index(conn, *, progress: Progress = no_progress, cancel: CancelToken = NEVER) -> None:
    """Index every article again, in one savepoint (a cancel rolls it all back).

    The GIN indexes are dropped, the rows copied in with ``COPY`` and the indexes built once at the end:
    inserting row by row into a live GIN index merged some thousand keys per article into it (4 ms an
    article). Readers wait for the rebuild (it holds the table's lock): it only runs when the index
    format changes or a check finds it damaged."""
    total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    with conn.transaction():
        conn.execute(f"DELETE FROM {TABLE}")
        conn.execute(f"DROP INDEX IF EXISTS {TABLE}_keys")
        conn.execute(f"DROP INDEX IF EXISTS {TABLE}_title_keys")  # the title index too (m015): built once below
        _copy_all(conn, total, progress, cancel)
        cancel.check()
        create_index_tables(conn)
        conn.execute(f"INSERT INTO {META_TABLE} (key, value) VALUES ('index_version', %s) "
                     "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", [INDEX_VERSION])
    conn.execute(f"ANALYZE {TABLE}")


def _copy_all(conn, total: int, progress: Progress, cancel: CancelToken) -> None:
    done = 0
    with conn.cursor(name="gazette_rebuild") as rows, conn.cursor() as writer:
        rows.execute(f"{_ROW_SQL} ORDER BY a.id")  # server-side: a million rows stay on the server
        while batch := rows.fetchmany(BATCH):
            cancel.check()
            _copy_rows(writer, (document(_unpacked(row)).row for row in batch))
            done += len(batch)
            progress(done, total, "Indexing articles for search")


def index_version(conn) -> str | None:
    row = conn.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'index_version'").fetchone()
    return row[0] if row else None


def index_is_current(conn) -> bool:
    """Whether the index was built with this program's keys and normalisation."""
    return index_version(conn) == INDEX_VERSION


def contains_sql(norm: str, *, alias: str = "g") -> tuple[str, list]:
    """The condition "the article contains the normalised term" on an index row, and its parameters:
    the keys (exact for one or two characters), then ``strpos`` on the text for longer terms."""
    keys_sql = f"{alias}.keys @> %s::bigint[]"
    if len(norm) <= 2:
        return keys_sql, [term_keys(norm)]
    check = f"(strpos({alias}.title_norm, %s) > 0 OR strpos({alias}.body_norm, %s) > 0)"
    return f"({keys_sql} AND {check})", [term_keys(norm), norm, norm]


_CONTAINING_SQL = (
    "SELECT DISTINCT g.id FROM unnest(%s::text[], %s::text[]) AS t(norm, keys) "
    f"JOIN LATERAL (SELECT g.id FROM {TABLE} g WHERE g.keys @> t.keys::bigint[] AND (length(t.norm) <= 2 "
    "OR strpos(g.title_norm, t.norm) > 0 OR strpos(g.body_norm, t.norm) > 0)) g ON true")
"""Every term as one row joined to its own GIN probe (:func:`contains_sql`'s condition per term): the
planner runs one small index scan per term. The terms ``OR``-ed into one ``WHERE`` (as before) were
planned as a scan of every index row testing each condition in turn: 55 of the 75 seconds of a
2,000-article import (1,992 learned names), against 0.1 s for 400 names this way."""


def articles_containing(conn, terms: Iterable[str], *, chunk: int = 1000) -> set[int]:
    """Ids of articles whose title or body contains any of ``terms`` (exact substrings, normalised): the
    tagger's look-up of older articles naming a newly learned official."""
    norms = sorted({normalize(t) for t in terms} - {""})
    norms = [n for n in norms if not n.isspace()]
    found: set[int] = set()
    for start in range(0, len(norms), chunk):
        part = norms[start : start + chunk]
        keys = ["{" + ",".join(map(str, term_keys(n))) + "}" for n in part]
        found.update(row[0] for row in conn.execute(_CONTAINING_SQL, [part, keys]))
    return found
