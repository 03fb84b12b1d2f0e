"""Bulk loads (``import --batch``): commits as they go, keep what was committed when stopped, resume."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gazette_reader import bulk
from gazette_reader.bench.corpus import write_corpus
from gazette_reader.errors import Cancelled
from gazette_reader.jobs import CancelToken
from gazette_reader.library import Library
from gazette_reader.store import writer
from tests.conftest import SEEDS


def _counts(path: Path) -> dict:
    return Library.open(path).counts()


def test_a_bulk_load_gives_what_one_transaction_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    commits = []
    real = writer.write_transaction

    def counting(db):
        commits.append(1)
        return real(db)

    one = Library.open(tmp_path / "one.sqlite")
    one.import_files(SEEDS)
    monkeypatch.setattr(writer, "write_transaction", counting)
    many = Library.open(tmp_path / "many.sqlite")
    report = many.import_files(SEEDS, batch=2)
    assert [o.status for o in report.outcomes] == ["imported"] * 5
    assert len(commits) >= 3  # 2 + 2 + 1 files (and one empty look for more)
    assert many.counts() == one.counts()
    assert sorted(a["title"] for a in many.articles()) == sorted(a["title"] for a in one.articles())
    assert many.leaders() == one.leaders()


def test_a_cancelled_bulk_load_keeps_its_commits_and_a_rerun_adds_the_rest(library_location: str) -> None:
    library = Library.open(library_location)  # both backends (#18)
    token = CancelToken()
    seen = []

    def progress(done: int, total: int, message: str) -> None:
        seen.append(message)
        if len(seen) == 4:  # at the fourth file: files 1-2 are committed, 3-4 in the open batch
            token.cancel()

    with pytest.raises(bulk.BulkStopped) as stopped:
        library.import_files(SEEDS, batch=2, progress=progress, cancel=token)
    assert isinstance(stopped.value, Cancelled)
    assert stopped.value.committed == 2 and "committing 2 of 5 files" in str(stopped.value)
    assert library.counts()["sources"] == 2
    report = library.import_files(SEEDS, batch=2)
    assert [o.status for o in report.outcomes].count("duplicate") == 2
    assert [o.status for o in report.outcomes].count("imported") == 3
    assert library.counts()["articles"] == 45


KILL_SCRIPT = "import sys; from gazette_reader.cli import main; sys.argv = ['gazette', *sys.argv[1:]]; main()"


def test_a_killed_bulk_load_keeps_the_committed_files_and_the_rerun_imports_the_rest(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    files, _ = write_corpus(400, corpus)
    path = tmp_path / "lib.sqlite"
    Library.open(path)  # created before the load, so the poll below never races its creation
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, "--library", str(path), "import", "--batch", "3",
                             str(corpus)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    kept = 0
    while time.monotonic() < deadline and proc.poll() is None:
        with sqlite3.connect(path) as conn:
            kept = conn.execute("SELECT COUNT(*) FROM sources").fetchone()[0]
        if kept >= 6:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kept = conn.execute("SELECT COUNT(*) FROM sources").fetchone()[0]
    assert 6 <= kept < files and kept % 3 == 0, kept  # whole batches only
    report = Library.open(path).import_files([corpus], batch=3)
    assert [o.status for o in report.outcomes].count("duplicate") == kept
    counts = _counts(path)
    assert counts["sources"] == files and counts["articles"] == 400


def test_auto_batches_are_sized_from_the_log_the_last_commit_wrote() -> None:
    state = bulk._Progress()
    assert state.budget == bulk.FIRST_BATCH_BYTES
    state.batch_bytes = 50_000_000
    state.resize(200_000_000)  # 4 bytes of log per byte of text
    assert state.budget == int(bulk.WAL_LIMIT_BYTES * bulk.HEADROOM / 4)
    assert state.budget * 4 < bulk.WAL_LIMIT_BYTES
    state.resize(None)  # nothing measured: the size stays
    assert state.budget == int(bulk.WAL_LIMIT_BYTES * bulk.HEADROOM / 4)
    state.resize(50_000_000 * 1000)
    assert state.budget == bulk.MIN_BATCH_BYTES
    state.resize(1000)
    assert state.budget == bulk.MAX_BATCH_BYTES


def test_an_auto_load_measures_the_log_of_each_commit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int | None] = []
    real = bulk._Progress.resize

    def noting(self, wal_bytes):
        seen.append(wal_bytes)
        real(self, wal_bytes)

    monkeypatch.setattr(bulk._Progress, "resize", noting)
    for name in ("FIRST_BATCH_BYTES", "MIN_BATCH_BYTES", "MAX_BATCH_BYTES"):
        monkeypatch.setattr(bulk, name, 1)  # one file per commit
    Library.open(tmp_path / "lib.sqlite").import_files(SEEDS, batch=bulk.AUTO)
    assert len(seen) == 5 and all(size and size > 0 for size in seen)


def test_a_bulk_load_ends_with_its_search_index_in_one_segment(tmp_path: Path) -> None:
    """Each commit of a bulk load writes its own index segments; the load merges them at its end (a
    search seeks in every segment), and a cancel during that merge keeps every file."""
    from gazette_reader.search import upkeep

    library = Library.open(tmp_path / "bulk.sqlite")
    report = library.import_files(SEEDS, batch=1)
    assert [o.status for o in report.outcomes] == ["imported"] * 5
    assert all(upkeep.segments(library.db, t) == 1 for t in upkeep.TABLES)
    token = CancelToken()

    def progress(done: int, total: int, message: str) -> None:
        if message == "Merging the search index":
            token.cancel()

    other = Library.open(tmp_path / "cancelled.sqlite")
    report = other.import_files(SEEDS, batch=1, progress=progress, cancel=token)
    assert [o.status for o in report.outcomes] == ["imported"] * 5 and token.cancelled
    assert upkeep.segments(other.db, "search_fts") > 1 and other.counts() == library.counts()
    assert other.optimize_index() > 0 and upkeep.segments(other.db, "search_fts") == 1


def test_an_ordinary_import_merges_the_index_only_when_it_grew_the_library_a_quarter(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gazette_reader.bulk import GROWN_SHARE
    from gazette_reader.store import sqlite_search as upkeep

    library = Library.open(tmp_path / "lib.sqlite")
    merged: list[int] = []
    monkeypatch.setattr(upkeep, "optimize_index", lambda db, **kw: merged.append(1) or 0)
    seen = []
    for path in [*SEEDS, SEEDS[0]]:  # the last one again: a duplicate adds nothing
        before = len(merged)
        added = library.import_files([path]).articles
        seen.append((bool(added) and added * GROWN_SHARE >= library.counts()["articles"], len(merged) > before))
    assert all(expected == done for expected, done in seen), seen
    assert {done for _, done in seen} == {True, False}


def test_a_merge_that_cannot_run_never_fails_the_import_it_follows(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Another writer holding the lock (or a full disk) during the merge that ends an import: the import,
    committed, is reported as it went; the index is left unmerged and whole."""
    from gazette_reader.search import upkeep
    from gazette_reader.store import sqlite_search

    def locked(db, **_kw) -> int:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(sqlite_search, "optimize_index", locked)
    library = Library.open(tmp_path / "lib.sqlite")
    report = library.import_files(SEEDS[:2])
    assert [o.status for o in report.outcomes] == ["imported"] * 2 and library.counts()["sources"] == 2
    report = Library.open(tmp_path / "bulk.sqlite").import_files(SEEDS, batch=1)
    assert [o.status for o in report.outcomes] == ["imported"] * 5
    monkeypatch.undo()
    assert library.search("建设").total == len(library.search_ids("建设")) > 0
    assert upkeep.merge_index(library.db) >= 0
