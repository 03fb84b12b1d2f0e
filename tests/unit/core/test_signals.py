"""Signals: helper processes die with a killed import, and SIGTERM is handled like Ctrl-C (rolled
back, one line, exit status 143)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from gazette_reader.library import Library
from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads /proc (Linux)")


def many_files(folder: Path, n: int = 120) -> list[Path]:
    """``n`` distinct gazettes (enough for the import to use its helper process)."""
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    for i in range(n):
        (folder / f"f{i:03d}.txt").write_text(f"第{i}期\n" + texts[i % len(texts)] * 3, encoding="utf-8")
    return sorted(folder.iterdir())


def marked(mark: str) -> list[int]:
    """Processes whose environment carries ``mark`` (the command and every helper it started)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if mark.encode() in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def start_import(library: Path, folder: Path) -> tuple[subprocess.Popen, str]:
    """``gazette import`` of ``folder`` in a child process, tagged so its helpers can be found."""
    mark = f"GAZETTE_TEST_MARK={uuid.uuid4().hex}"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), mark.split("=")[0]: mark.split("=")[1]}
    proc = subprocess.Popen([sys.executable, "-m", "gazette_reader", "--library", str(library), "import",
                             str(folder)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return proc, mark


def wait_for_helper(proc: subprocess.Popen, mark: str) -> None:
    """Until the import runs its helper process (at least one marked process besides itself)."""
    deadline = time.monotonic() + 30
    while len(set(marked(mark)) - {proc.pid}) < 1:
        assert time.monotonic() < deadline and proc.poll() is None, "the helper never started"
        time.sleep(0.05)


def gone(mark: str, seconds: float = 10) -> bool:
    """Whether every marked process has ended within ``seconds``."""
    deadline = time.monotonic() + seconds
    while marked(mark):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def test_killed_import_takes_its_helpers_with_it(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite"
    Library.open(library).close()
    proc, mark = start_import(library, many_files(tmp_path / "in").pop().parent)
    try:
        wait_for_helper(proc, mark)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert gone(mark), f"helpers left running: {marked(mark)}"
    finally:
        for pid in marked(mark):
            os.kill(pid, signal.SIGKILL)
    assert Library.open(library).counts()["sources"] == 0


def test_sigterm_is_handled_like_ctrl_c(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite"
    Library.open(library).import_files(SEEDS[:1])
    proc, mark = start_import(library, many_files(tmp_path / "in").pop().parent)
    try:
        wait_for_helper(proc, mark)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 143, err
        assert err.strip().splitlines()[-1] == "Terminated; the library is unchanged by the unfinished command."
        assert "Traceback" not in err and gone(mark)
    finally:
        for pid in marked(mark):
            os.kill(pid, signal.SIGKILL)
    assert Library.open(library).counts() == {"sources": 1, "issues": 1, "articles": 5}



def test_signals_held_delivers_sigterm_when_the_block_ends() -> None:
    """The helpers start with SIGTERM held (a signal in mid-start left a helper half its start-up data
    and an EOFError on the terminal); the signal is not lost, only deferred, even when another thread
    of the process is the one the kernel hands it to."""
    from gazette_reader.jobs import signals_held

    got: list[int] = []

    def mine(number: int, frame: object) -> None:
        got.append(number)

    before = signal.signal(signal.SIGTERM, mine)
    try:
        with signals_held():
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(0.05)
            assert got == []
        time.sleep(0.05)
        assert got == [signal.SIGTERM]
        assert signal.getsignal(signal.SIGTERM) is mine  # the usual handler is back
    finally:
        signal.signal(signal.SIGTERM, before)
