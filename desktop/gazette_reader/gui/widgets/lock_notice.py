"""The status bar says so when a write waits for another program holding the library.

A second writer (a ``gazette import`` in a terminal, another window) holds SQLite's write lock; the
window's own write then waits up to 30 s in its worker. The core calls :data:`store.writer.lock_notices`
once such a wait passes a second; this turns that call, made on the worker's thread, into a status-bar
message on the GUI thread, naming the other program where the system can tell.
"""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStatusBar
from sqlite_utils import Database

from gazette_reader.gui.messages import ui_language
from gazette_reader.store import writer
from gazette_reader.store.failures import waiting_for

SHOWN_MS = 30_000


class LockNotice(QObject):
    """Shows :func:`waiting_for`'s notice (English or Chinese) in ``bar`` while a write waits for the lock."""

    waiting = Signal(str)

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.chinese = ui_language().startswith("zh")
        self.waiting.connect(lambda text: bar.showMessage(text, SHOWN_MS))
        writer.lock_notices.append(_forwarder(self))

    def notice(self, db: Database) -> None:
        """Called on a worker thread by the core; the signal carries the text to the GUI thread."""
        english, chinese = waiting_for(db)
        self.waiting.emit(chinese if self.chinese else english)


def _forwarder(notice: LockNotice):
    """A core callback that holds the notice weakly and unhooks itself once its window is gone."""
    ref = weakref.ref(notice)

    def forward(db: Database) -> None:
        target = ref()
        if target is None or not shiboken6.isValid(target):
            writer.lock_notices.remove(forward)
            return
        target.notice(db)

    return forward
