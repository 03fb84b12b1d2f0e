"""A real full disk: a small tmpfs where the test may mount one (root on Linux), else skipped — the
simulated ENOSPC and SQLITE_FULL tests (tests/unit/store/test_failures.py, tests/unit/export/
test_target.py) run everywhere. Import, re-parse and export on a full disk: one line, exit status 1,
the library intact, and the same command succeeds once there is room."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB tmpfs mounted for the test (unmounted after): room for a first import and its log, which
    the close folds into the library (2 MB no longer held both once imports merged their index)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux; the simulated full-disk tests cover the rest")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("this system does not allow mounting a tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def gazette(library: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop")}
    return subprocess.run([sys.executable, "-m", "gazette_reader", "--library", str(library), *args],
                          capture_output=True, text=True, env=env)


def counts(library: Path) -> tuple:
    with closing(sqlite3.connect(library)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("sources", "issues", "articles", "mentions"))


def fill(disk: Path) -> Path:
    """Take all the space left on ``disk``."""
    filler = disk / "filler"
    with open(filler, "wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    return filler


def one_line(result: subprocess.CompletedProcess, needle: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    assert needle in result.stderr.strip().splitlines()[-1]


def test_import_reparse_and_export_on_a_full_disk(small_disk: Path, tmp_path: Path) -> None:
    library = small_disk / "lib.sqlite"
    assert gazette(library, "import", str(SEEDS[0])).returncode == 0
    before = counts(library)
    filler = fill(small_disk)
    one_line(gazette(library, "import", *map(str, SEEDS[1:])), "is full")
    one_line(gazette(library, "reparse"), "is full")
    one_line(gazette(library, "info"), "is full")  # even reading a WAL library needs room for its index file
    export = gazette(library, "export", "--all", "--format", "docx", "-o", str(small_disk / "out.docx"))
    assert export.returncode == 1 and "Traceback" not in export.stderr and "Exception ignored" not in export.stderr
    assert sorted(p.name for p in small_disk.iterdir() if not p.name.startswith("lib.sqlite")) == ["filler"]
    filler.unlink()
    assert counts(library) == before
    assert gazette(library, "import", *map(str, SEEDS[1:])).returncode == 0
    assert counts(library)[0] == len(SEEDS)
    assert gazette(library, "reparse").returncode == 0 and gazette(library, "check").returncode == 0
