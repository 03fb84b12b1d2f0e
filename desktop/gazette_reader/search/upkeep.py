"""Keeping the full-text index in one segment after a bulk load.

Why: FTS5 writes each batch of an import as new segments and merges them only level by level
(``automerge``), so a library filled in many commits holds a dozen or more segments per index (17 in the
million-article bench library). A search reads every segment of every token it looks up: a per-article
probe (how a common term's first page is found, :mod:`gazette_reader.search.paging`) seeks once per
segment, and at a million articles a page of 50 probed took 214 ms in 17 segments and 12 ms in one; a
count, 49 against 28 ms.

:func:`merge_index` merges each index into one segment in steps of :data:`MERGE_PAGES` pages (FTS5's
``merge`` command with a negative size, which works towards what ``optimize`` does), one transaction per
step, so it reports progress, a cancel stops it between steps and a kill loses only the step under way
(the index is whole after every step). An import, bulk or not, that adds a quarter of the library or
more ends with it (:func:`gazette_reader.bulk.merge_after_import`), and ``gazette optimize`` runs it on
any library; smaller imports leave the merging to FTS5's automerge: merging a whole large index costs
about a minute per million articles.
"""

from __future__ import annotations

from sqlite_utils import Database

from gazette_reader.jobs import NEVER, CancelToken, Progress, no_progress
from gazette_reader.search.index import CHARS_TABLE, FTS_TABLE, TITLES_TABLE
from gazette_reader.search.paging import segments
from gazette_reader.store.writer import write_transaction

MERGE_PAGES = 2000
"""Index pages written per merge step (~8 MB, well under a second): the grain of progress and cancel."""
TABLES = (FTS_TABLE, CHARS_TABLE, TITLES_TABLE)
MERGING = "Merging the search index"
"""The progress message of :func:`merge_index` (the window shows it in Chinese)."""


def merge_index(db: Database, *, progress: Progress = no_progress, cancel: CancelToken = NEVER) -> int:
    """Merge every full-text index into one segment; returns the number of merge steps taken (0: it was
    already one segment each). Progress counts index pages, an estimate (a step may write fewer)."""
    if all(segments(db, table) <= 1 for table in TABLES):
        return 0  # without reading the indexes' pages to count them
    pages = {table: db.execute(f"SELECT count(*) FROM {table}_data").fetchone()[0] for table in TABLES}
    total, done, steps = sum(pages.values()), 0, 0
    for table in TABLES:
        while segments(db, table) > 1:
            progress(min(done, total), total, MERGING)
            cancel.check()
            with write_transaction(db):
                before = db.conn.total_changes
                db.execute(f"INSERT INTO {table}({table}, rank) VALUES ('merge', ?)", [-MERGE_PAGES])
                merged = db.conn.total_changes - before >= 2  # FTS5's sign that it found work to do
            steps, done = steps + 1, done + MERGE_PAGES
            if not merged:
                break
        done = sum(pages[t] for t in TABLES[:TABLES.index(table) + 1])
    progress(total, total, MERGING)
    return steps
