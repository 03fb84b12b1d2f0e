"""Collections (专题 / 收藏夹) of articles and per-article notes, read and written (tables of ``m010``).

Why the source's ``text_sha256`` beside every article id: a re-parse keeps article ids
(``importer.kept_ids``) but SQLite may hand a deleted article's id to a new article of another file; a
member or note counts only while its id still stands in the file it was made on, so nothing the user wrote
lands on a stranger. Stale rows are dropped by :func:`prune`.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from gazette_reader.errors import GazetteError

_LIVE = ("JOIN articles a ON a.id = {t}.article_id JOIN issues i ON i.id = a.issue_id "
         "JOIN sources s ON s.id = i.source_id AND s.text_sha256 = {t}.source_sha")
"""The join that keeps only rows whose article still stands in the file it was collected from."""
NOTE_LIMIT = 20_000
"""Longest note, in characters: a note is a remark, not a second article."""


def _clean_name(name: str) -> str:
    clean = " ".join((name or "").split())
    if not clean:
        raise GazetteError("a collection needs a name", zh="专题需要一个名称")
    return clean


def collection_id(db: Database, name: str) -> int:
    """The id of an existing collection, or a GazetteError naming it."""
    row = db.execute("SELECT id FROM collections WHERE name = ?", [_clean_name(name)]).fetchone()
    if row is None:
        raise GazetteError(f"there is no collection named {name!r}", zh=f"没有名为“{name}”的专题")
    return row[0]


def create(db: Database, name: str) -> int:
    """The collection of that name, made when there is none (adding to a new name makes it)."""
    clean = _clean_name(name)
    db.execute("INSERT INTO collections (name) VALUES (?) ON CONFLICT DO NOTHING", [clean])
    return db.execute("SELECT id FROM collections WHERE name = ?", [clean]).fetchone()[0]


def listing(db: Database) -> list[dict]:
    """Every collection by name with how many of its articles are in the library: ``{id, name, articles}``."""
    rows = db.execute("SELECT id, name FROM collections ORDER BY name").fetchall()
    return [{"id": cid, "name": name, "articles": _live_count(db, cid)} for cid, name in rows]


def _shas(db: Database, article_ids: Sequence[int]) -> dict[int, str]:
    """Each article's source text hash; a GazetteError naming the ids the library does not have."""
    found: dict[int, str] = {}
    unique = list(dict.fromkeys(article_ids))
    for start in range(0, len(unique), 500):
        chunk = unique[start:start + 500]
        found.update(db.execute(
            "SELECT a.id, s.text_sha256 FROM articles a JOIN issues i ON i.id = a.issue_id "
            f"JOIN sources s ON s.id = i.source_id WHERE a.id IN ({','.join('?' * len(chunk))})", chunk).fetchall())
    missing = [str(n) for n in unique if n not in found]
    if missing:
        shown = ", ".join(missing[:5]) + ("…" if len(missing) > 5 else "")
        raise GazetteError(f"there is no article {shown} in this library", zh=f"资料库中没有编号为 {shown} 的文章")
    return {n: found[n] for n in unique}  # in the order given: a collection lists in the order added


def add(db: Database, name: str, article_ids: Sequence[int]) -> int:
    """Put articles into a collection (made if new); returns how many were not in it yet."""
    shas = _shas(db, article_ids)
    cid = create(db, name)
    before = _live_count(db, cid)
    db.conn.executemany("INSERT INTO collection_items (collection_id, article_id, source_sha) VALUES (?, ?, ?) "
                   "ON CONFLICT (collection_id, article_id) DO UPDATE SET source_sha = excluded.source_sha",
                   [(cid, article_id, sha) for article_id, sha in shas.items()])
    return _live_count(db, cid) - before


def _live_count(db: Database, cid: int) -> int:
    return db.execute("SELECT count(*) FROM collection_items m " + _LIVE.format(t="m") +
                      " WHERE m.collection_id = ?", [cid]).fetchone()[0]


def remove(db: Database, name: str, article_ids: Sequence[int]) -> int:
    """Take articles out of a collection; returns how many were in it."""
    cid = collection_id(db, name)
    ids = list(article_ids)
    if not ids:
        return 0
    cursor = db.execute(f"DELETE FROM collection_items WHERE collection_id = ? AND article_id IN "
                        f"({','.join('?' * len(ids))})", [cid, *ids])
    return cursor.rowcount


def members(db: Database, name: str) -> list[int]:
    """The ids of a collection's articles, in the order they were added."""
    cid = collection_id(db, name)
    return [row[0] for row in db.execute(
        "SELECT m.article_id FROM collection_items m " + _LIVE.format(t="m") +
        " WHERE m.collection_id = ? ORDER BY m.rowid", [cid])]


def rename(db: Database, name: str, new_name: str) -> None:
    """Give a collection another name (not one already taken)."""
    cid, clean = collection_id(db, name), _clean_name(new_name)
    if db.execute("SELECT 1 FROM collections WHERE name = ? AND id != ?", [clean, cid]).fetchone():
        raise GazetteError(f"there is already a collection named {clean!r}", zh=f"已有名为“{clean}”的专题")
    db.execute("UPDATE collections SET name = ? WHERE id = ?", [clean, cid])


def delete(db: Database, name: str) -> None:
    """Remove a collection (its articles stay in the library)."""
    cid = collection_id(db, name)
    db.execute("DELETE FROM collection_items WHERE collection_id = ?", [cid])
    db.execute("DELETE FROM collections WHERE id = ?", [cid])


def set_note(db: Database, article_id: int, text: str) -> str:
    """Write an article's note (blank removes it); returns the note as stored (trailing space trimmed)."""
    sha = _shas(db, [article_id])[article_id]
    clean = (text or "").rstrip()
    if len(clean) > NOTE_LIMIT:
        raise GazetteError(f"a note holds at most {NOTE_LIMIT} characters (this one has {len(clean)})",
                           zh=f"备注最多 {NOTE_LIMIT} 字（此备注 {len(clean)} 字）")
    if clean:
        db.execute("INSERT INTO notes (article_id, source_sha, text) VALUES (?, ?, ?) ON CONFLICT (article_id) "
                   "DO UPDATE SET source_sha = excluded.source_sha, text = excluded.text",
                   [article_id, sha, clean])
    else:
        db.execute("DELETE FROM notes WHERE article_id = ?", [article_id])
    return clean


def notes(db: Database, article_ids: Sequence[int]) -> dict[int, str]:
    """The notes of these articles (those that have one)."""
    found: dict[int, str] = {}
    ids = list(article_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found.update(db.execute("SELECT n.article_id, n.text FROM notes n " + _LIVE.format(t="n") +
                                f" WHERE n.article_id IN ({','.join('?' * len(chunk))})", chunk).fetchall())
    return found


def all_notes(db: Database) -> list[tuple[int, str]]:
    """Every live note as ``(article id, text)`` (the ``备注:`` filter compares them normalised, in Python)."""
    return db.execute("SELECT n.article_id, n.text FROM notes n " + _LIVE.format(t="n") +
                      " ORDER BY n.article_id").fetchall()


def prune(db: Database) -> int:
    """Drop members and notes whose article is gone from the file they were made on; returns rows dropped."""
    dropped = 0
    for table in ("collection_items", "notes"):
        dropped += db.execute(f"DELETE FROM {table} WHERE rowid NOT IN (SELECT {table}.rowid FROM {table} "
                              + _LIVE.format(t=table) + ")").rowcount
    return dropped
