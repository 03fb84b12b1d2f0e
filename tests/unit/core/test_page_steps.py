"""Page steps of a long PDF as import progress and Cancel, in this process and from the helper process."""

from __future__ import annotations

import queue
import re
import threading
import time
from concurrent.futures import Future
from pathlib import Path

import pytest

from gazette_reader import importer, page_steps
from gazette_reader.errors import Cancelled
from gazette_reader.jobs import CancelToken
from gazette_reader.library import Library
from gazette_reader.page_steps import PageProgress, drain, helper_step, wait_for
from tests.unit.ingest.readers.makepdf import bulletin_pdf

_STEP_RE = re.compile(r"^b\.pdf \((\d+)/(\d+)\)$")


@pytest.fixture(scope="module")
def pdf_bytes() -> bytes:
    return bulletin_pdf()


def _pdf(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "b.pdf"
    path.write_bytes(data)
    return path


def test_each_page_of_a_pdf_moves_the_progress_within_its_file(tmp_path: Path, pdf_bytes: bytes) -> None:
    path = _pdf(tmp_path, pdf_bytes)
    reports: list[tuple[int, int, str]] = []
    Library.open(tmp_path / "lib.sqlite").import_files([path], progress=lambda *r: reports.append(r))
    steps = [(int(m[1]), int(m[2]), done) for done, _total, msg in reports if (m := _STEP_RE.match(msg))]
    pages = steps[0][1]
    assert pages > 3 and [page for page, _, _ in steps] == list(range(1, pages + 1))
    size = path.stat().st_size
    assert [done for _, _, done in steps] == [size * page // pages for page in range(1, pages + 1)]
    assert all(total == size for _, total, _ in reports)


def test_cancel_stops_between_pages_and_changes_nothing(tmp_path: Path, pdf_bytes: bytes) -> None:
    path = _pdf(tmp_path, pdf_bytes)
    token = CancelToken()
    seen: list[str] = []

    def progress(done: int, total: int, message: str) -> None:
        seen.append(message)
        if message == "b.pdf (2/" + message.split("/")[-1]:
            token.cancel()

    library = Library.open(tmp_path / "lib.sqlite")
    with pytest.raises(Cancelled):
        library.import_files([path], progress=progress, cancel=token)
    assert seen[-1].startswith("b.pdf (2/")  # page 3 was never reported: reading stopped after page 2
    assert library.counts()["sources"] == 0


def test_a_cancelled_import_in_the_helper_process_stops_and_rolls_back(tmp_path: Path, pdf_bytes: bytes,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "POOL_MIN_FILES", 1)
    path = _pdf(tmp_path, pdf_bytes)
    token = CancelToken()
    token.cancel()  # cancelled while the helper starts and reads: the writer stops polling, the helper ends
    library = Library.open(tmp_path / "lib.sqlite")
    with pytest.raises(Cancelled):
        library.import_files([path], cancel=token)
    assert library.counts()["sources"] == 0
    assert library.import_files([path]).outcomes[0].articles == 28  # the helper's pages reach the same result


# ------------------------------------------------------------ the two sides of the helper's channel
def test_the_helper_sends_its_pages_and_stops_once_cancelled(monkeypatch: pytest.MonkeyPatch) -> None:
    steps, cancelled = queue.Queue(), threading.Event()
    monkeypatch.setattr(page_steps, "_channel", (steps, cancelled))
    step = helper_step(Path("/x/b.pdf"))
    step(1, 3)
    cancelled.set()
    with pytest.raises(Cancelled):
        step(2, 3)
    assert drain(steps, "/x/b.pdf") == [(1, 3)]


def test_outside_a_helper_there_is_no_helper_step() -> None:
    assert helper_step(Path("b.pdf")) is None


def test_the_writer_reports_the_pages_of_the_file_it_waits_for(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_steps, "POLL_SECONDS", 0.01)
    steps: queue.Queue = queue.Queue()
    future: Future = Future()
    got: list[tuple[int, int]] = []

    def helper() -> None:
        for page in (1, 2):
            steps.put(("/x/ahead.pdf", page, 9))  # a file read ahead: not this one's progress
            steps.put(("/x/b.pdf", page, 2))
            time.sleep(0.05)
        future.set_result("prepared")

    threading.Thread(target=helper).start()
    assert wait_for(future, Path("/x/b.pdf"), steps, lambda *step: got.append(step), CancelToken()) == "prepared"
    assert got == [(1, 2), (2, 2)]


def test_the_writer_hears_cancel_while_a_page_takes_long(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_steps, "POLL_SECONDS", 0.01)
    token = CancelToken()
    threading.Timer(0.05, token.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        wait_for(Future(), Path("b.pdf"), queue.Queue(), lambda *step: None, token)  # never finishes
    assert time.monotonic() - started < 2


def test_page_progress_checks_cancel_before_reporting() -> None:
    token, reports = CancelToken(), []
    step = PageProgress(lambda *r: reports.append(r), token, total=1000, done=400).for_file(Path("b.pdf"), 600)
    step(1, 3)
    token.cancel()
    with pytest.raises(Cancelled):
        step(2, 3)
    assert reports == [(600, 1000, "b.pdf (1/3)")]
