"""The worker helper: results, errors and progress arrive on the GUI thread, exactly once."""

from __future__ import annotations

import threading

import pytest

from gazette_reader.errors import Cancelled
from gazette_reader.gui.workers import SyncPool, Workers


def test_real_pool_delivers_result_on_gui_thread(qtbot) -> None:
    workers = Workers()
    seen: list[tuple] = []
    worker_threads: list[threading.Thread] = []

    def job() -> int:
        worker_threads.append(threading.current_thread())
        return 42

    workers.run(job, lambda result, error: seen.append((result, error, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen[0][:2] == (42, None)
    assert seen[0][2] is threading.main_thread()
    assert worker_threads[0] is not threading.main_thread()
    assert workers.is_idle()


def test_real_pool_delivers_progress_and_cancellation(qtbot) -> None:
    workers = Workers()
    reports: list[tuple] = []
    outcome: list[BaseException | None] = []

    def job(progress, cancel) -> None:
        for n in range(3):
            progress(n, 3, f"step {n}")
        cancel.cancel()
        cancel.check()

    workers.run(job, lambda _r, error: outcome.append(error), progress=lambda *a: reports.append(a))
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert reports == [(0, 3, "step 0"), (1, 3, "step 1"), (2, 3, "step 2")]
    assert isinstance(outcome[0], Cancelled)


@pytest.mark.parametrize("fail", [False, True])
def test_sync_pool_runs_at_once_and_counts_running(qapp, fail: bool) -> None:
    workers = Workers(pool=SyncPool())
    busy: list[int] = []
    workers.busy_changed.connect(busy.append)
    got: list[tuple] = []

    def job() -> str:
        if fail:
            raise ValueError("boom")
        return "ok"

    workers.run(job, lambda result, error: got.append((result, type(error).__name__ if error else None)))
    assert got == [(None, "ValueError")] if fail else [("ok", None)]
    assert busy == [1, 0]
