"""Progress callbacks and cancellation tokens: how long-running core work talks to its caller.

The core cannot emit Qt signals (it never imports Qt), so the GUI hands in a plain callable and a
:class:`CancelToken`; its worker turns the callable into a signal. The CLI passes a printer or nothing.
"""

from __future__ import annotations

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
    """Adds up wall time per named stage (decode, parse, store, index, tag) for the benchmark."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Time the ``with`` block and add it to ``name``'s total."""
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - start
