"""Progress callbacks and cancellation tokens: how long-running core work talks to its caller.

The core cannot emit Qt signals (it never imports Qt), so the GUI hands in a plain callable and a
:class:`CancelToken`; its worker turns the callable into a signal. The CLI passes a printer or nothing.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from gazette_reader.errors import Cancelled


class Progress(Protocol):
    """Called with (done, total, message) as work advances; ``total`` may be 0 when unknown."""

    def __call__(self, done: int, total: int, message: str) -> None: ...


def no_progress(done: int, total: int, message: str) -> None:
    """The default progress sink: ignore everything."""


class CancelToken:
    """A thread-safe flag the caller sets and the worker polls between units of work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the running job to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancellation was requested (call between units of work)."""
        if self._event.is_set():
            raise Cancelled()


NEVER = CancelToken()
"""A token nobody cancels, for callers that do not offer Cancel."""


class StageClock:
    """Adds up wall time per named stage (decode, parse, store, index, tag) for the benchmark, and the
    CPU time of the thread that ran it (on a shared machine, wall time mostly measures the neighbours)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.cpu_seconds: dict[str, float] = defaultdict(float)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Time the ``with`` block and add it to ``name``'s totals."""
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - start
            self.cpu_seconds[name] += time.thread_time() - cpu


WATCH_PARENT_SECONDS = 0.5
"""How often a helper process checks that the process that started it is still there."""
_PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int) -> None:
    """Make this helper process end when ``parent_pid`` does (initializer of the import's helper).

    A helper killed with its parent (kill -9, a crash) would otherwise block forever writing its result
    into a pipe nobody reads. Linux delivers SIGKILL at the parent's death (``PR_SET_PDEATHSIG``);
    everywhere a daemon thread also watches the parent id, which changes when the parent is gone."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:
        os._exit(1)  # the parent died before the line above took effect
    threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True, name="watch-parent").start()


def _watch_parent(parent_pid: int) -> None:
    """End this process as soon as its parent is gone."""
    while os.getppid() == parent_pid:
        time.sleep(WATCH_PARENT_SECONDS)
    os._exit(1)



_HELD = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM until the block ends (then they are raised again, for the usual
    handlers), around starting the helper processes. A spawned helper reads its start-up data from a
    pipe: a signal handled in the middle of writing it left the helper half of it, and it printed
    ``EOFError: Ran out of input`` on the user's terminal after the "Terminated" line.

    Held by swapping the Python handlers, not by the thread's signal mask: the kernel hands a signal to
    any thread that does not block it, so a mask on the main thread holds nothing in a process with
    other threads. Only the main thread may set handlers; elsewhere (the window's workers) this holds
    nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pending: list[int] = []
    before = {number: signal.signal(number, lambda n, _frame: pending.append(n)) for number in _HELD}
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)
        for number in dict.fromkeys(pending):
            signal.raise_signal(number)
