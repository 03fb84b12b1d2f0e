"""Export targets: special files are never replaced, symlinks are followed, stale parts are cleaned,
and a name too long for the file system is refused in one sentence."""

from __future__ import annotations

import fcntl
import os
import socket
import stat
from pathlib import Path

import pytest

from gazette_reader.errors import ExportError
from gazette_reader.export import write_export
from gazette_reader.export.target import clean_stale_parts, part_prefix

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs, sockets and flock are POSIX")


@pytest.mark.parametrize("force", [False, True])
def test_fifo_is_refused_and_stays_a_fifo(articles: list[dict], tmp_path: Path, force: bool) -> None:
    fifo = tmp_path / "p"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match="already exists" if not force else "not a regular file"):
        write_export(articles, "html", fifo, force=force)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert os.listdir(tmp_path) == ["p"]


def test_socket_is_refused(articles: list[dict], tmp_path: Path) -> None:
    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        with pytest.raises(ExportError, match="not a regular file"):
            write_export(articles, "md", path, force=True)
        assert stat.S_ISSOCK(os.lstat(path).st_mode)


def test_symlink_to_a_fifo_is_refused(articles: list[dict], tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "p")
    (tmp_path / "link").symlink_to(tmp_path / "p")
    with pytest.raises(ExportError, match="not a regular file"):
        write_export(articles, "html", tmp_path / "link", force=True)
    assert stat.S_ISFIFO(os.lstat(tmp_path / "p").st_mode) and (tmp_path / "link").is_symlink()


def test_symlink_to_a_file_replaces_the_file_and_keeps_the_link(articles: list[dict], tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old", encoding="utf-8")
    (tmp_path / "link.md").symlink_to(real)
    with pytest.raises(ExportError, match="already exists"):
        write_export(articles, "md", tmp_path / "link.md")
    write_export(articles, "md", tmp_path / "link.md", force=True)
    assert (tmp_path / "link.md").is_symlink() and real.read_text(encoding="utf-8").startswith("#")
    assert sorted(os.listdir(tmp_path)) == ["link.md", "real.md"]


def test_fifo_appearing_during_a_forced_export_is_not_replaced(articles: list[dict], tmp_path: Path) -> None:
    target = tmp_path / "late.md"

    def progress(done: int, total: int, message: str) -> None:
        if done == total:
            os.mkfifo(target)

    with pytest.raises(ExportError, match="not a regular file"):
        write_export(articles, "md", target, force=True, progress=progress)
    assert stat.S_ISFIFO(os.lstat(target).st_mode) and os.listdir(tmp_path) == ["late.md"]


def test_parts_of_a_killed_export_are_cleaned_by_the_next(articles: list[dict], tmp_path: Path) -> None:
    stale = tmp_path / ".out.html.k1ll3d_x.part"
    stale.write_text("half", encoding="utf-8")
    other = tmp_path / ".other.html.k1ll3d_x.part"  # another target's part is not ours to judge
    other.write_text("half", encoding="utf-8")
    write_export(articles, "html", tmp_path / "out.html")
    assert sorted(os.listdir(tmp_path)) == [".other.html.k1ll3d_x.part", "out.html"]


def test_a_part_being_written_is_left_alone(tmp_path: Path) -> None:
    busy = tmp_path / ".out.csv.abcdefgh.part"
    busy.write_text("writing", encoding="utf-8")
    with open(busy, "rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a running export holds it
        assert clean_stale_parts(tmp_path / "out.csv") == []
    assert clean_stale_parts(tmp_path / "out.csv") == [busy]


def test_a_name_too_long_is_one_sentence(articles: list[dict], tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"file name is too long \(275 bytes"):
        write_export(articles, "html", tmp_path / ("长" * 90 + ".html"))
    assert os.listdir(tmp_path) == []


def test_a_long_name_that_fits_is_written(articles: list[dict], tmp_path: Path) -> None:
    name = "长" * 83 + ".md"  # 252 bytes: fits, though '.NAME.xxxxxxxx.part' would not
    write_export(articles, "md", tmp_path / name)
    assert os.listdir(tmp_path) == [name]
    assert len(os.fsencode(part_prefix(tmp_path / name))) <= 255 - 13


FULL_DISK_SCRIPT = r"""
import errno, io, sys
from pathlib import Path
from tests.unit.export.conftest import BULLETIN
from gazette_reader.errors import ExportError
from gazette_reader.export import write_export

real_open = io.open

class FullDisk:
    '''A file on a disk that fills after 2 KB: writes and the final flush fail with ENOSPC.'''
    def __init__(self, handle): self.handle, self.size = handle, 0
    def write(self, data):
        self.size += len(data)
        if self.size > 2048:
            raise OSError(errno.ENOSPC, "No space left on device")
        return self.handle.write(data)
    def close(self):
        self.handle.close()
        raise OSError(errno.ENOSPC, "No space left on device")
    def __getattr__(self, name): return getattr(self.handle, name)

def full_open(file, mode="r", *args, **kwargs):
    handle = real_open(file, mode, *args, **kwargs)
    return FullDisk(handle) if str(file).endswith(".part") and "w" in mode else handle

io.open = full_open
try:
    write_export([BULLETIN] * 30, sys.argv[1], Path(sys.argv[2]))
except ExportError as exc:
    print(exc)
"""


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_a_full_disk_gives_one_line_and_no_stray_traceback(fmt: str, tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    proc = subprocess.run([sys.executable, "-c", FULL_DISK_SCRIPT, fmt, str(tmp_path / f"out.{fmt}")],
                          capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": f"{ROOT / 'desktop'}{os.pathsep}{ROOT}"})
    assert proc.stdout.strip() == f"Could not write {tmp_path / f'out.{fmt}'}: No space left on device."
    assert proc.stderr == "" and os.listdir(tmp_path) == []
