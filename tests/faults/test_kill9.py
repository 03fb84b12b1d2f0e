"""Fault injection: ``kill -9`` at random points of import, re-parse, export and upgrade.

Each kill is followed by SQLite's integrity check and ``gazette check`` (indexes, invariants), a look at
what a user could see (counts, mentions, a search, the schema and index versions, the export target),
which must be exactly the state before the command or exactly the state after it (never in between),
and a re-run of the same command, which must succeed and give the state after. The kill points are
drawn from a seeded generator over the command's measured run time, so a failure can be replayed.

CI (``.ci/run`` runs the whole suite) makes two kills per command, about 50 s; the ``slow`` set adds six
more per command (32 kills in all, about 4 minutes) when ``GAZETTE_FAULTS=all`` is set.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
import zipfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from gazette_reader.library import Library
from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.skipif(os.name != "posix", reason="kill -9 and /proc")
FILES = 40
"""Files per import: more than the importer's threshold for its helper process (32)."""


@dataclass
class Operation:
    """One command under test: how to prepare its library, its arguments, and what a user sees."""

    name: str
    prepare: Callable[[Path, Path], None]
    args: Callable[[Path], list[str]]
    runs: list[float] = field(default_factory=list)


def cli(library: Path, args: list[str], mark: str = "") -> subprocess.Popen:
    """``gazette --library LIBRARY ARGS`` in a child process, its environment carrying ``mark``."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "GAZETTE_FAULT_MARK": mark}
    return subprocess.Popen([sys.executable, "-m", "gazette_reader", "--library", str(library), *args],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def inputs(folder: Path) -> Path:
    """``FILES`` distinct gazettes made from the seeds (built once per session)."""
    if not folder.exists():
        folder.mkdir(parents=True)
        texts = [p.read_text(encoding="utf-8") for p in SEEDS]
        for i in range(FILES):
            (folder / f"f{i:03d}.txt").write_text(f"第{i}期\n" + texts[i % len(texts)], encoding="utf-8")
    return folder


def seeded(library: Path, files: list[Path] = SEEDS) -> None:
    """The library holding ``files``, closed (so it is all in the main file, ready to be copied)."""
    lib = Library.open(library)
    lib.import_files(files)
    lib.close()


def imported(library: Path, work: Path) -> None:
    """The library holding the ``FILES`` generated gazettes."""
    seeded(library, [inputs(work / "in")])


def stale_index(library: Path) -> None:
    """A library whose search index an older version built: opening it rebuilds the index (an upgrade)."""
    seeded(library)
    with closing(sqlite3.connect(library)) as conn, conn:
        conn.execute("UPDATE search_meta SET value = 'tokens 1, normalization 1' WHERE key = 'index_version'")


OPERATIONS = {
    "import": Operation("import", lambda lib, work: seeded(lib), lambda work: ["import", str(inputs(work / "in"))]),
    "reparse": Operation("reparse", imported, lambda work: ["reparse"]),
    "export": Operation("export", imported, lambda work: ["export", "--all", "--format", "docx", "-o", str(work / "out.docx"),
                                      "--force"]),
    "upgrade": Operation("upgrade", lambda lib, work: stale_index(lib), lambda work: ["info"]),
}


def state(library: Path, work: Path) -> tuple:
    """Everything a user could see change: counts, tags, a search, versions, the export's target."""
    with closing(sqlite3.connect(library)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        seen = tuple(conn.execute(sql).fetchone() for sql in (
            "SELECT count(*) FROM sources", "SELECT count(*) FROM issues", "SELECT count(*) FROM articles",
            "SELECT count(*), sum(person_id), sum(article_id) FROM mentions", "PRAGMA user_version",
            "SELECT value FROM search_meta WHERE key = 'index_version'",
            "SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"宋洁\"'"))
    return seen, exported(work / "out.docx")


OLD_FILE = b"the user's old file"


def exported(target: Path) -> str | None:
    """The export target as a user would judge it: absent, their old file, or a whole Word document
    (its bytes differ run to run: DOCX records the time it was written)."""
    if not target.exists():
        return None
    if target.read_bytes() == OLD_FILE:
        return "old file"
    with zipfile.ZipFile(target) as docx:  # raises on a half-written file
        assert docx.testzip() is None and "word/document.xml" in docx.namelist()
    return "docx"


def marked(mark: str) -> list[int]:
    """Processes started by the killed command (its helpers carry its environment)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and f"GAZETTE_FAULT_MARK={mark}".encode() in (entry / "environ").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, tuple, tuple, float]]:
    """Per command: the prepared library, the state before and after a full run, and its run time."""
    made = {}
    for name, op in OPERATIONS.items():
        work = tmp_path_factory.mktemp(f"template-{name}")
        library = work / "lib.sqlite"
        op.prepare(library, work)
        pristine = work / "pristine.sqlite"
        shutil.copy(library, pristine)
        before = state(library, work)
        started = time.monotonic()
        proc = cli(library, op.args(work))
        assert proc.wait() == 0, proc.stderr.read() if proc.stderr else ""
        elapsed = time.monotonic() - started
        made[name] = (pristine, before, state(library, work), elapsed, work)
    return made


def kill_once(name: str, n: int, templates: dict, tmp_path: Path) -> str:
    """One kill of ``name`` at a seeded random point; returns ``mid`` or ``done`` (what the state showed)."""
    pristine, before, after, elapsed, template_work = templates[name]
    work = tmp_path / f"{name}-{n}"
    work.mkdir()
    if (template_work / "in").exists():
        shutil.copytree(template_work / "in", work / "in")
    library = work / "lib.sqlite"
    shutil.copy(pristine, library)
    if name == "export":
        (work / "out.docx").write_bytes(OLD_FILE)  # --force replaces it only with a whole document
        before = (before[0], "old file")
    args = OPERATIONS[name].args(work)
    mark = uuid.uuid4().hex
    delay = random.Random(f"{name}-{n}").uniform(0.2, elapsed)
    proc = cli(library, args, mark)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while marked(mark):  # the import's helper dies with it
        assert time.monotonic() < deadline, f"helpers of a killed {name} still running: {marked(mark)}"
        time.sleep(0.1)
    seen = state(library, work)
    assert seen in (before, after), f"{name} killed after {delay:.2f} s left a state in between"
    assert Library.check(library).ok
    rerun = cli(library, args)
    assert rerun.wait() == 0, rerun.stderr.read() if rerun.stderr else ""
    assert state(library, work) == after
    assert [p.name for p in work.iterdir() if p.name.endswith(".part")] == []  # the re-run cleaned them
    outcome = "mid" if seen == before else "done"
    print(f"kill {name} #{n} after {delay:.2f} s of {elapsed:.2f} s: {outcome}")
    return outcome


@pytest.mark.parametrize("n", range(2))
@pytest.mark.parametrize("name", list(OPERATIONS))
def test_kill_9(name: str, n: int, templates: dict, tmp_path: Path) -> None:
    kill_once(name, n, templates, tmp_path)


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("GAZETTE_FAULTS") != "all", reason="set GAZETTE_FAULTS=all for 24 more kills")
@pytest.mark.parametrize("n", range(2, 8))
@pytest.mark.parametrize("name", list(OPERATIONS))
def test_kill_9_more(name: str, n: int, templates: dict, tmp_path: Path) -> None:
    kill_once(name, n, templates, tmp_path)
