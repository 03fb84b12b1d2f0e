"""Bulk loads: an import that commits every few files, so a killed or cancelled load keeps what it wrote
and a re-run goes on where it stopped.

The ordinary import (:func:`gazette_reader.importer.import_files`) is one transaction: all or nothing,
which is what the window does by default. A province's collection (a million articles, 1.5 GB of text)
in one transaction grows SQLite's write-ahead log to about three times the text before the commit, and a
cancel near the end throws away an hour's work. Here each commit holds at most ``batch_files`` files and
as much text as keeps its log under :data:`WAL_LIMIT_BYTES` (sized from what the last commit wrote to the
log), and the log is truncated after each commit. Files already in the library are recognised by the
hash of their bytes before they are parsed, so a re-run skips the committed part at reading speed
instead of parsing it again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from pathlib import Path

from sqlite_utils import Database

from gazette_reader import importer
from gazette_reader.errors import Cancelled, GazetteError
from gazette_reader.importer import DUPLICATE, FileOutcome, ImportOptions, ImportReport, Prepared
from gazette_reader.jobs import NEVER, CancelToken, Progress, StageClock, no_progress
from gazette_reader.store import writer
from gazette_reader.store.backend import is_server, search_index

log = logging.getLogger(__name__)
GROWN_SHARE = 4
"""An import adding at least a quarter of the library's articles ends by merging the search index
(:func:`merge_after_import`)."""
WAL_LIMIT_BYTES = 256 * 1024 * 1024
"""What one commit's write-ahead log should stay under (the log is truncated after every commit)."""
FIRST_BATCH_BYTES = 60_000_000
"""Raw text in the first commit. Measured on the 100k-article bench corpus, a commit's log grew to 2.9×
the text it wrote in a first batch of 80 MB and to 3.9× in the second (the index's segment merges
rewrite more pages as the index grows): 80 MB batches peaked at 310 MB of log."""
MAX_BATCH_BYTES = 80_000_000
"""Raw text per commit at most, however small the log stays."""
MIN_BATCH_BYTES = 4_000_000
"""Raw text per commit at least, however big the log grows (a commit has a fixed cost)."""
HEADROOM = 0.8
"""The next commit aims at this share of :data:`WAL_LIMIT_BYTES`: the log grows faster per byte of text
as the library grows, and the next batch is sized from the last one's ratio."""
AUTO = 0
"""``batch_files`` value meaning "as many files as keep the log under :data:`WAL_LIMIT_BYTES`"."""


class BulkStopped(Cancelled):
    """A bulk import stopped (cancelled, interrupted): the files committed so far stay in the library."""

    def __init__(self, committed: int, total: int) -> None:
        super().__init__(
            f"Stopped after committing {committed} of {total} files; they stay in the library. "
            "Run the same import again to add the rest (files already in the library are skipped).",
            zh=f"已停止：{total} 个文件中已提交的 {committed} 个保留在资料库中。再次导入同样的文件即可继续（已导入的文件会跳过）。")
        self.committed = committed
        self.total = total


def import_in_commits(db: Database, paths: Iterable[str | Path], *, options: ImportOptions = ImportOptions(),
                      batch_files: int = AUTO, progress: Progress = no_progress, cancel: CancelToken = NEVER,
                      clock: StageClock | None = None) -> ImportReport:
    """Import like :func:`importer.import_files`, committing every ``batch_files`` files (or once
    it has written the text that keeps the write-ahead log under :data:`WAL_LIMIT_BYTES`, whichever comes first; ``AUTO``
    for the size alone).

    Raises :class:`BulkStopped` when cancelled or interrupted; the commits before it are kept."""
    batch = importer.Batch(clock or StageClock(), merge_follows=importer.library_is_empty(db))
    files, missing = importer.collect_files(paths)
    report = ImportReport(list(missing))
    fresh = [path for path in files if not _already_stored(db, path, report)]
    stream = importer.prepare_all(fresh, options, batch.clock, make_document=search_index(db).import_document)
    total, state = sum(_size(path) for path in fresh), _Progress()
    try:
        with writer.import_cache(db):
            while _commit_one_batch(db, stream, report, options, batch, batch_files, progress, cancel, total, state):
                state.resize(_wal_bytes(db))
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            merge_after_import(db, report.articles, progress, cancel, batch.clock)
    except (Cancelled, KeyboardInterrupt) as exc:
        raise BulkStopped(state.committed, len(fresh)) from exc
    finally:
        stream.close()  # stops the helper process when the load ends early
    progress(total, total, report.summary())
    return report


def merge_after_import(db: Database, added: int, progress: Progress, cancel: CancelToken,
                       clock: StageClock | None = None) -> None:
    """Merge the search index into one segment (:mod:`gazette_reader.search.upkeep`: a search seeks in
    every segment, ~17× faster probes at a million articles) after an import, bulk or not, that added at
    least one in :data:`GROWN_SHARE` of the library's articles; smaller ones leave it to FTS5's automerge
    (the merge rewrites the whole index, ~5 s per 100,000 articles).

    Every file is committed by now, so the merge can never fail the import: a cancel, another writer
    holding the lock past its wait or a full disk stop it between steps (the index is whole after each),
    logged, for the next import or ``gazette optimize`` to finish. ``clock``: timed as its ``merge`` stage."""
    if not added or added * GROWN_SHARE < _articles(db):
        return
    try:
        with clock.stage("merge") if clock is not None else nullcontext():
            search_index(db).optimize_index(db, progress=progress, cancel=cancel)
    except Cancelled:
        pass
    except (GazetteError, sqlite3.Error) as exc:
        log.warning("the search index was left unmerged: %s", exc)
    finally:
        if not is_server(db):
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _articles(db: Database) -> int:
    return db.execute("SELECT count(*) FROM articles").fetchone()[0]


class _Progress:
    """Bytes handed to the writer and files committed, across the batches of one load, and the raw text
    the next commit may hold (sized from what the last one did to the write-ahead log)."""

    def __init__(self) -> None:
        self.done = 0
        self.committed = 0
        self.budget = FIRST_BATCH_BYTES
        self.batch_bytes = 0
        """Raw bytes of the files in the last commit."""

    def resize(self, wal_bytes: int | None) -> None:
        """Size the next commit from the log the last one wrote (None: no log to measure, keep the size)."""
        if not wal_bytes or not self.batch_bytes:
            return
        per_byte = wal_bytes / self.batch_bytes
        aim = int(WAL_LIMIT_BYTES * HEADROOM / per_byte)
        self.budget = max(MIN_BATCH_BYTES, min(MAX_BATCH_BYTES, aim))


def _commit_one_batch(db: Database, stream: Iterator[Prepared], report: ImportReport, options: ImportOptions,
                      batch: importer.Batch, batch_files: int, progress: Progress, cancel: CancelToken,
                      total: int, state: _Progress) -> bool:
    """Import the next files of ``stream`` in one transaction; False when there were none left."""
    files = size = 0
    with writer.write_transaction(db):
        for prepared in stream:
            cancel.check()
            progress(state.done, total, prepared.path.name)
            report.outcomes.append(importer.import_prepared(db, prepared, options, batch))
            files, size = files + 1, size + prepared.size
            state.done += _size(prepared.path)
            if (batch_files and files >= batch_files) or size >= state.budget:
                break
        cancel.check()
        importer.finish_batch(db, batch)
    state.committed += files
    state.batch_bytes = size
    return files > 0


def _wal_bytes(db: Database) -> int | None:
    """The size of the library's write-ahead log now (None for a database without a file or a log)."""
    row = db.execute("PRAGMA database_list").fetchone()  # no row on a server library: its log is not ours
    path = row[2] if row else None
    try:
        return os.path.getsize(path + "-wal") if path else None
    except OSError:
        return None


def _already_stored(db: Database, path: Path, report: ImportReport) -> bool:
    """True (and reported as a duplicate) when a file with exactly these bytes is in the library."""
    try:
        data = path.read_bytes()
    except OSError:
        return False  # the ordinary path reports why it cannot be read
    row = db.execute("SELECT name FROM sources WHERE sha256 = ?", [hashlib.sha256(data).hexdigest()]).fetchone()
    if row is None:
        return False
    report.outcomes.append(FileOutcome(str(path), DUPLICATE, f"same file as {row[0]}", size=len(data),
                                       reason_zh=f"与 {row[0]} 是同一文件"))
    return True


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
