"""Run core functions off the GUI thread and hand back ``(result, error)`` on the GUI thread.

The core reports progress through plain callables and stops on a :class:`CancelToken`; this module turns
both into Qt: a :class:`Job` runs one function on a ``QThreadPool``, its :class:`JobSignals` holder (a
QObject living on the GUI thread) carries progress and the final ``(result, error)`` back through queued
signals, so no widget is ever touched from a worker. Tests swap in :class:`SyncPool`, which runs the job
at once on the calling thread, so a test reads results right after the call without waiting.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from gazette_reader.jobs import CancelToken

Done = Callable[[Any, BaseException | None], None]
ProgressSlot = Callable[[int, int, str], None]


class Pool(Protocol):
    """What :class:`Workers` needs from a pool: QThreadPool and SyncPool both fit."""

    def start(self, runnable: QRunnable) -> None: ...


class SyncPool:
    """A pool that runs each job immediately on the caller's thread (tests, screenshots of state)."""

    def start(self, runnable: QRunnable) -> None:
        """Run the job now instead of queueing it."""
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 - mirrors QThreadPool
        """Nothing is ever pending."""
        return True


class JobSignals(QObject):
    """Signal holder for one job, created on the GUI thread.

    The worker emits; the holder's own slots receive. Because the holder lives on the GUI thread, Qt queues
    those deliveries to it, which is what guarantees the callbacks never run on the worker thread (a
    signal connected straight to a lambda gives no such guarantee in PySide6).
    """

    progress = Signal(int, int, str)
    finished = Signal(object, object)

    def __init__(self, on_done: Callable[[Any, Any], None], on_progress: ProgressSlot | None) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_progress = on_progress
        self.finished.connect(self._deliver)
        self.progress.connect(self._report)

    def _deliver(self, result: Any, error: Any) -> None:
        self._on_done(result, error)

    def _report(self, done: int, total: int, message: str) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, message)


class Job(QRunnable):
    """One function call on a pool thread; emits ``finished(result, error)`` exactly once."""

    def __init__(self, fn: Callable[..., Any], *, token: CancelToken, signals: JobSignals,
                 with_progress: bool) -> None:
        super().__init__()
        self.fn = fn
        self.token = token
        self.with_progress = with_progress
        self.signals = signals

    def run(self) -> None:
        """Override QRunnable.run."""
        result: Any = None
        error: BaseException | None = None
        try:
            if self.with_progress:
                result = self.fn(progress=self.signals.progress.emit, cancel=self.token)
            else:
                result = self.fn()
        except Exception as exc:  # delivered to the GUI, which decides how to show it
            error = exc
            if not hasattr(exc, "__gazette_traceback__"):
                exc.__gazette_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
        self.signals.finished.emit(result, error)


class Workers(QObject):
    """Starts jobs and counts the ones still running, so callers (screenshots, tests) can wait for idle."""

    busy_changed = Signal(int)

    def __init__(self, *, pool: Pool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool: Pool = pool if pool is not None else QThreadPool.globalInstance()
        self.running = 0
        self._jobs: set[Job] = set()

    def run(self, fn: Callable[..., Any], on_done: Done, *, progress: ProgressSlot | None = None,
            token: CancelToken | None = None) -> CancelToken:
        """Run ``fn`` on the pool; ``on_done(result, error)`` runs on the GUI thread afterwards.

        With ``progress``, ``fn`` is called as ``fn(progress=..., cancel=token)`` (the core's convention)
        and each report reaches ``progress`` on the GUI thread. Returns the token that cancels the job.
        """
        token = token or CancelToken()
        holder: list[Job] = []
        signals = JobSignals(lambda result, error: self._finish(holder[0], on_done, result, error), progress)
        job = Job(fn, token=token, signals=signals, with_progress=progress is not None)
        holder.append(job)
        job.setAutoDelete(False)  # Python keeps it alive in _jobs until finished has been delivered
        self._jobs.add(job)
        self._set_running(self.running + 1)
        self.pool.start(job)
        return token

    def is_idle(self) -> bool:
        """True when no job is running or waiting to deliver its result."""
        return self.running == 0

    def _finish(self, job: Job, on_done: Done, result: Any, error: BaseException | None) -> None:
        self._jobs.discard(job)
        try:
            on_done(result, error)
        finally:
            self._set_running(self.running - 1)

    def _set_running(self, value: int) -> None:
        self.running = value
        self.busy_changed.emit(value)
