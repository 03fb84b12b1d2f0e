"""Page steps of one long file (a PDF of many pages, a scan read by OCR at 12–20 s a page) as import
progress and Cancel, whether the file is read in this process or in the import's helper process.

The importer's progress counts bytes over the batch; inside a file the bar moves by its pages within
that file's share, the label saying ``name (page/pages)``. Cancel is checked after every page. The
helper process has no access to the caller's callbacks: it sends its page steps through a queue and
watches an event the writer sets on Cancel; the writer, waiting for a file, polls both.
"""

from __future__ import annotations

import os
import queue as queues
from collections.abc import Callable
from concurrent.futures import Future, TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gazette_reader.errors import Cancelled
from gazette_reader.jobs import NEVER, CancelToken, Progress, die_with_parent, no_progress
from gazette_reader.paths import printable

PageStep = Callable[[int, int], None]
POLL_SECONDS = 0.2
"""How often the writer, waiting for the helper's file, looks at Cancel and the helper's page steps."""


@dataclass
class PageProgress:
    """Turns the page steps of the file being read into the batch's progress reports."""

    progress: Progress = no_progress
    cancel: CancelToken = NEVER
    total: int = 0
    """Bytes of the whole batch (the progress bar's maximum)."""
    done: int = 0
    """Bytes of the files before the one being read (the importer moves it on)."""

    def for_file(self, path: Path, size: int) -> PageStep:
        """The page step of one file: checks Cancel, then reports the page."""
        name = printable(path.name)

        def step(page: int, pages: int) -> None:
            self.cancel.check()
            self.progress(self.done + size * page // max(pages, 1), self.total, f"{name} ({page}/{pages})")
        return step


# ------------------------------------------------------------------ the helper process's side
_channel: tuple[Any, Any] | None = None
"""(queue, cancel event) in the helper process, set by :func:`start_helper`."""


def start_helper(parent_pid: int, steps: Any, cancelled: Any) -> None:
    """Initializer of the import's helper process: end with the parent, keep the channel."""
    global _channel
    die_with_parent(parent_pid)
    steps.cancel_join_thread()  # an exiting helper must never wait for a writer that stopped reading
    _channel = (steps, cancelled)


def helper_step(path: Path) -> PageStep | None:
    """In the helper process: the page step that sends ``path``'s pages to the writer and stops
    reading (raises :class:`Cancelled`) once the writer has cancelled; None outside a helper."""
    if _channel is None:
        return None
    steps, cancelled = _channel
    key = os.fspath(path)

    def step(page: int, pages: int) -> None:
        if cancelled.is_set():
            raise Cancelled()
        steps.put((key, page, pages))
    return step


# ------------------------------------------------------------------ the writer's side
def wait_for(future: Future, path: Path, steps: Any, report: PageStep, cancel: CancelToken) -> Any:
    """The helper's result for ``path``, meanwhile passing its page steps to ``report`` and checking
    Cancel every :data:`POLL_SECONDS` (an OCR page takes longer than anyone waits for Cancel)."""
    key = os.fspath(path)
    while True:
        try:
            return future.result(timeout=POLL_SECONDS)
        except FutureTimeout:
            pass
        finally:
            for page, pages in drain(steps, key):
                report(page, pages)
        cancel.check()


def drain(steps: Any, key: str) -> list[tuple[int, int]]:
    """The page steps waiting in the queue that belong to file ``key`` (those of files the helper
    reads ahead are dropped: the writer reaches those files when they are done)."""
    found = []
    while True:
        try:
            path, page, pages = steps.get_nowait()
        except queues.Empty:
            return found
        if path == key:
            found.append((page, pages))
