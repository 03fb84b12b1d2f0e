"""``gazette copy``: move a library between backends (a file and a PostgreSQL database), exactly.

Every row of the library's own tables is copied with its id (articles keep their numbers, corrections
their order, collections the order their articles were added), inside one write transaction on the
target: interrupted, the target stays empty. The target's search index is then built from the copied
articles (indexes are per backend, never copied). Before the commit both sides are counted and digested
(:func:`digest`); any difference rolls the copy back with an error naming the table.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field

from gazette_reader.errors import GazetteError
from gazette_reader.jobs import NEVER, CancelToken, Progress, no_progress
from gazette_reader.store.backend import search_index
from gazette_reader.store.writer import write_transaction

TABLES = ("sources", "publications", "issues", "articles", "people", "projects", "mentions", "project_mentions",
          "corrections", "collections", "collection_items", "notes")
"""The library's own tables, parents before children (foreign keys hold at every row)."""
ORDER = {"collection_items": "rowid", "notes": "rowid"}
"""Tables without an ``id``: copied in the order their rows were added (a collection lists in that order)."""
BATCH = 500


@dataclass
class CopyReport:
    """What was copied: rows per table and the digest both sides agreed on."""

    counts: dict[str, int] = field(default_factory=dict)
    digest: str = ""


def columns(db, table: str) -> list[str]:
    """The table's columns both backends share (PostgreSQL's ``rowid`` order column is not data)."""
    return [c for c in db[table].columns_dict if c != "rowid"]


def rows(db, table: str, names: list[str], batch: int = BATCH) -> Iterator[list[tuple]]:
    """The table's rows in id order (or the order they were added), ``batch`` at a time."""
    quoted = ", ".join(f'"{c}"' for c in names)
    order = ORDER.get(table, "id")
    cursor = db.execute(f"SELECT {quoted} FROM {table} ORDER BY {order}")
    while chunk := cursor.fetchmany(batch):
        yield [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row) for row in chunk]


def counts(db) -> dict[str, int]:
    """Rows per table."""
    return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def digest(db) -> str:
    """A SHA-256 over every row of every table (:data:`TABLES`), in copy order, values made canonical
    (bytes as their own hash, numbers and text as JSON), so equal libraries give equal digests on either
    backend and any changed, lost or reordered row changes it."""
    total = hashlib.sha256()
    for table in TABLES:
        names = sorted(columns(db, table))
        total.update(f"\x00{table}:{','.join(names)}\x00".encode())
        for chunk in rows(db, table, names):
            for row in chunk:
                total.update(json.dumps([_canonical(v) for v in row], ensure_ascii=False).encode())
                total.update(b"\n")
    return total.hexdigest()


def _canonical(value: object) -> object:
    if isinstance(value, (bytes, bytearray)):
        return "b:" + hashlib.sha256(value).hexdigest()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def copy_library(source, target, *, progress: Progress = no_progress, cancel: CancelToken = NEVER) -> CopyReport:
    """Copy every row of ``source`` into the empty library ``target`` (see the module); returns the counts
    and the digest both sides agree on."""
    if any(counts(target).values()):
        raise GazetteError("the target library is not empty; copy into a new file or an empty database",
                           zh="目标资料库不是空的；请复制到新文件或空数据库")
    expected = counts(source)
    total, done = sum(expected.values()), 0
    with write_transaction(target):
        for table in TABLES:
            names = [c for c in columns(source, table) if c in set(columns(target, table))]
            insert = (f"INSERT INTO {table} ({', '.join(chr(34) + c + chr(34) for c in names)}) "
                      f"VALUES ({', '.join('?' * len(names))})")
            for chunk in rows(source, table, names):
                cancel.check()
                target.conn.executemany(insert, chunk)
                done += len(chunk)
                progress(done, total, f"Copying {table}")
        search_index(target).rebuild_index(target, progress=progress, cancel=cancel)
        report = CopyReport(counts(target), digest(target))
        _verify(expected, report, digest(source))
    return report


def _verify(expected: dict[str, int], report: CopyReport, source_digest: str) -> None:
    """Refuse (rolling the copy back) unless counts and digests agree."""
    for table, count in expected.items():
        if report.counts[table] != count:
            raise GazetteError(f"the copy of {table} has {report.counts[table]} rows, not {count}; nothing was copied",
                               zh=f"{table} 复制后有 {report.counts[table]} 行，应为 {count} 行；未复制任何内容")
    if report.digest != source_digest:
        raise GazetteError("the copy differs from the original (digest mismatch); nothing was copied",
                           zh="复制结果与原资料库不一致（摘要不符）；未复制任何内容")
