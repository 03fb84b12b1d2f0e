"""A killed server or client mid-import loses nothing committed and leaves no partial issue (#18)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from gazette_reader.library import Library
from gazette_reader.store.backend import database_errors
from tests.conftest import ROOT, SEEDS


@pytest.fixture
def own_server():
    """A server of this test's own (the test crashes it, which the session's other tests must not see)."""
    from tests.pg.server import find_binaries, remove_server, start_server

    if find_binaries()[0] is None:
        pytest.skip(find_binaries()[1])
    server = start_server()
    yield server
    remove_server(server)


def whole(library: Library) -> dict:
    """What a consistent library shows: its counts, and every issue with all its articles (an issue's
    count equals its rows) and every source with its issue."""
    db = library.db
    partial = db.execute("SELECT count(*) FROM issues i WHERE i.article_count != "
                         "(SELECT count(*) FROM articles a WHERE a.issue_id = i.id)").fetchone()[0]
    orphans = db.execute("SELECT count(*) FROM sources s WHERE NOT EXISTS "
                         "(SELECT 1 FROM issues i WHERE i.source_id = s.id)").fetchone()[0]
    loose = db.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                          "(SELECT 1 FROM issues i WHERE i.id = a.issue_id)").fetchone()[0]
    return {**library.counts(), "partial issues": partial, "sources without issue": orphans,
            "articles without issue": loose}


def test_a_server_crash_mid_import_keeps_the_commits_and_nothing_else(own_server) -> None:
    url = own_server.url(own_server.new_database())
    library = Library.open(url)
    library.import_files(SEEDS[:1])
    committed = whole(library)
    calls = []

    def crash_after_first_file(done: int, total: int, message: str) -> None:
        calls.append(done)
        if len(calls) == 3:  # two files written inside the open transaction
            own_server.stop("immediate")  # no shutdown checkpoint: the server recovers from its WAL

    with pytest.raises(database_errors()):
        library.import_files(SEEDS[1:], progress=crash_after_first_file)
    own_server.start()
    assert whole(library) == committed  # the same Library reconnects (the window keeps working)
    again = Library.open(url)
    assert whole(again) == committed == {"sources": 1, "issues": 1, "articles": 5, "partial issues": 0,
                                         "sources without issue": 0, "articles without issue": 0}
    again.import_files(SEEDS[1:])  # and the same files import cleanly afterwards
    assert whole(again)["issues"] == 5
    again.close()


def test_a_server_crash_mid_bulk_load_keeps_the_committed_batches(own_server) -> None:
    url = own_server.url(own_server.new_database())
    library = Library.open(url)
    calls = []

    def crash(done: int, total: int, message: str) -> None:
        calls.append(done)
        if len(calls) == 4:  # batches of one file: three committed, the fourth being written
            own_server.stop("immediate")

    with pytest.raises(database_errors()):
        library.import_files(SEEDS, batch=1, progress=crash)
    own_server.start()
    again = Library.open(url)
    state = whole(again)
    assert state["sources"] == state["issues"] == 3 and state["partial issues"] == 0
    again.close()


CLIENT = """
import sys, time
from pathlib import Path
from gazette_reader.library import Library
library = Library.open(sys.argv[1])
files = [Path(p) for p in sys.argv[2:]]
def hold(done, total, message):
    if done:  # a file is written inside the open transaction
        print("WRITING", flush=True)
        time.sleep(60)
library.import_files(files, progress=hold)
"""


def test_a_client_killed_mid_import_leaves_nothing_and_frees_the_writers_lock(pg_url: str) -> None:
    library = Library.open(pg_url)
    library.import_files(SEEDS[:1])
    committed = whole(library)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop")}
    client = subprocess.Popen([sys.executable, "-c", CLIENT, pg_url, *map(str, SEEDS[1:])], env=env,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert client.stdout.readline().strip() == "WRITING"
        assert whole(library) == committed  # a reader is not blocked by the open import, and sees none of it
        os.kill(client.pid, signal.SIGKILL)
    finally:
        client.wait(30)
    assert whole(library) == committed
    report = library.import_files(SEEDS[1:])  # the dead client's lock went with its connection
    assert {o.status for o in report.outcomes} == {"imported"} and whole(library)["partial issues"] == 0
    library.close()
