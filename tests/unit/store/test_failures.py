"""Library failures in one sentence: locks (who holds them), full disks, read-only and damaged files,
other programs' databases, missing paths. Real SQLite errors, provoked, not invented."""

from __future__ import annotations

import errno
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from gazette_reader import library as library_module
from gazette_reader.cli import cli
from gazette_reader.errors import LibraryError
from gazette_reader.library import Library
from gazette_reader.store import writer
from gazette_reader.store.failures import explain
from gazette_reader.store.identity import APPLICATION_ID
from tests.conftest import SEEDS, seed


def run(library: Path | str, *args: str):
    return CliRunner().invoke(cli, ["--library", str(library), *args])


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    Library.open(path).import_files(SEEDS[:2])
    return path


def _one_line_error(result, *needles: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and result.output.startswith("Error: ")
    assert len(result.output.strip().splitlines()) == 1
    for needle in needles:
        assert needle in result.output


def test_another_programs_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    before = other.read_bytes()
    _one_line_error(run(other, "info"), "not a Gazette Reader library", "another program's tables (t)")
    _one_line_error(run(other, "import", str(seed("003"))), "not a Gazette Reader library")
    assert other.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_a_database_with_another_application_id_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("PRAGMA application_id = 42")
    _one_line_error(run(other, "import", str(seed("003"))), "application id is 0x2a")


def test_a_text_file_is_not_a_library(tmp_path: Path) -> None:
    (tmp_path / "notes.db").write_text("hello", encoding="utf-8")
    _one_line_error(run(tmp_path / "notes.db", "info"), "not an SQLite database")


def test_a_library_is_stamped_with_the_application_id_and_old_ones_are_adopted(lib: Path) -> None:
    with sqlite3.connect(lib) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        conn.execute("PRAGMA application_id = 0")  # as a library written before the id existed
    assert run(lib, "info").exit_code == 0
    with sqlite3.connect(lib) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_read_only_commands_never_create_a_library_or_folders(tmp_path: Path) -> None:
    for command in (["info"], ["search", "宋洁"], ["articles"], ["issues"], ["leaders"]):
        _one_line_error(run(tmp_path / "typo" / "lib.sqlite", *command), "there is no library at")
    (tmp_path / "empty.sqlite").touch()
    _one_line_error(run(tmp_path / "empty.sqlite", "info"), "the file is empty")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite"]
    assert run(tmp_path / "new" / "lib.sqlite", "import", str(seed("003"))).exit_code == 0


def test_an_empty_library_path_is_an_error(tmp_path: Path) -> None:
    result = run("", "info")
    assert result.exit_code == 2 and "the library path is empty" in result.output
    with pytest.raises(LibraryError, match="path is empty"):
        Library.open("")


def test_a_held_lock_names_the_holder(lib: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None);"
         "c.execute('BEGIN IMMEDIATE'); c.execute('DELETE FROM corrections'); print('held', flush=True);"
         "time.sleep(60)", str(lib)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        monkeypatch.setattr(library_module, "LOCK_WAIT", 0.3)
        _one_line_error(run(lib, "reparse"), "is busy", f"process {holder.pid} (python")
    finally:
        holder.kill()
        holder.wait()


def test_a_writer_says_it_waits_for_the_lock(lib: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notices: list[str] = []
    monkeypatch.setattr(writer, "lock_notices", [lambda db: notices.append("waiting")])
    monkeypatch.setattr(writer, "NOTICE_AFTER_MS", 100)
    holder = sqlite3.connect(lib, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    library = Library.open(lib)
    library.db.execute("PRAGMA busy_timeout = 1500")

    def release() -> None:
        time.sleep(0.5)
        holder.execute("ROLLBACK")

    threading.Thread(target=release).start()
    with writer.write_transaction(library.db):
        pass
    assert notices == ["waiting"]
    assert library.db.execute("PRAGMA busy_timeout").fetchone()[0] == 1500


def test_a_full_disk_during_import_is_one_sentence_and_loses_nothing(lib: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    before = Library.open(lib).counts()
    real_db = Library.db.fget

    def small_disk(self: Library):
        db = real_db(self)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages + 2}")  # SQLite's own SQLITE_FULL, as on a full disk
        return db

    monkeypatch.setattr(Library, "db", property(small_disk))
    _one_line_error(run(lib, "import", *map(str, SEEDS[2:])), "is full", "changed nothing")
    _one_line_error(run(lib, "reparse"), "is full")
    monkeypatch.undo()
    assert Library.open(lib).counts() == before


def test_a_read_only_library_refuses_writes_in_one_sentence(lib: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = sqlite3.connect

    def read_only(database: str, *args, **kwargs):  # as chmod 444 does for a non-root user
        if str(database) == str(lib):
            return real_connect(f"{Path(database).resolve().as_uri()}?mode=ro", *args, uri=True, **kwargs)
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(library_module.sqlite3, "connect", read_only)
    assert run(lib, "search", "宋洁").exit_code == 0
    _one_line_error(run(lib, "import", str(seed("004"))), "is read-only", "reading still works")


def test_a_damaged_library_says_so_and_points_at_check(lib: Path) -> None:
    with sqlite3.connect(lib) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    with open(lib, "r+b") as handle:
        for page in range(1, pages):
            handle.seek(page * size)
            handle.write(b"\x0d\xff\xff\xff" * 8)
    _one_line_error(run(lib, "search", "宋洁"), "is damaged", "check --repair")


def test_explain_knows_the_os_errors_and_leaves_bugs_alone() -> None:
    assert "is full" in str(explain(OSError(errno.ENOSPC, "No space left on device")))
    assert "read-only" in str(explain(OSError(errno.EROFS, "Read-only file system")))
    assert "permission denied" in str(explain(PermissionError(errno.EACCES, "Permission denied"), "lib.sqlite"))
    assert explain(ValueError("bug")) is None and explain(sqlite3.OperationalError("no such table: x")) is None
    assert "已损坏" in (explain(sqlite3.DatabaseError("database disk image is malformed")) or LibraryError("")).zh


def test_a_full_disk_during_an_upgrade_is_not_called_a_foreign_file(lib: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    with closing(sqlite3.connect(lib, isolation_level=None)) as conn:  # an old index: opening rebuilds it,
        conn.execute("UPDATE search_meta SET value = 'tokens 1, normalization 1' WHERE key = 'index_version'")
        for table in ("search_fts", "search_chars"):  # and it needs room the disk no longer has
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('delete-all')")
        conn.execute("DELETE FROM search_docs")
        conn.execute("VACUUM")
    real_db = Library.db.fget

    def small_disk(self: Library):
        db = real_db(self)
        db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
        return db

    monkeypatch.setattr(Library, "db", property(small_disk))
    with pytest.raises(LibraryError, match="is full") as raised:
        Library.open(lib)
    assert "not a Gazette Reader library" not in str(raised.value)
    monkeypatch.undo()
    assert Library.open(lib).counts()["articles"] > 0


def test_an_unreadable_library_file_is_one_sentence(lib: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = open

    def refusing_open(file, *args, **kwargs):  # as for a file mode 000 (tests run as root)
        if str(file) == str(lib):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refusing_open)
    _one_line_error(run(lib, "info"), "permission denied")
