"""Test helpers for writing and reading article bodies with SQL, the way the store packs them.

``articles.body_z`` holds :func:`pack_text` blobs (migration ``m004``): tests that build or alter rows by
hand go through these instead of a plain ``body`` column.
"""

from __future__ import annotations

from sqlite_utils import Database

from gazette_reader.store.packing import pack_text, unpack_text


def stored(row: dict) -> dict:
    """An article row for ``db["articles"].insert_all``: its plain ``body`` packed into ``body_z``."""
    out = {key: value for key, value in row.items() if key != "body"}
    out["body_z"] = pack_text(row["body"]) if row.get("body") is not None else None
    return out


def set_body(db: Database, article_ids: list[int], body: str) -> None:
    """Replace these articles' bodies with ``body`` (no index maintenance: that is the caller's)."""
    db.conn.executemany("UPDATE articles SET body_z = ? WHERE id = ?", [(pack_text(body), i) for i in article_ids])


def bodies(db: Database) -> dict[int, str]:
    """Every article's body, unpacked, by id."""
    return {article_id: unpack_text(body_z) for article_id, body_z in db.execute("SELECT id, body_z FROM articles")}
