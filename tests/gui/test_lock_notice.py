"""A write that waits for another program holding the library says so in the status bar."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from PySide6.QtWidgets import QStatusBar

from gazette_reader.gui.widgets.lock_notice import LockNotice
from gazette_reader.library import Library
from gazette_reader.store import writer


def _hold_lock(path: Path, seconds: float) -> threading.Thread:
    """Another writer: takes the write lock now and lets go after ``seconds``."""
    other = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(seconds, lambda: (other.execute("ROLLBACK"), other.close()))
    release.start()
    return release


def test_a_waiting_write_is_announced_then_goes_through(qtbot, seeded: Library, seeded_path: Path) -> None:
    bar = QStatusBar()
    qtbot.addWidget(bar)
    LockNotice(bar)
    issue = seeded.issues()[0]["id"]
    release = _hold_lock(seeded_path, 1.6)
    seeded.set_issue_metadata(issue, place="惠济区")  # waits for the other writer, then writes
    release.join()
    assert "另一个程序" in bar.currentMessage() and "最多等待 30 秒" in bar.currentMessage()
    assert str(seeded_path) in bar.currentMessage()
    assert any(i["place"] == "惠济区" for i in seeded.issues())


def test_a_closed_window_no_longer_listens(qtbot, seeded: Library, seeded_path: Path) -> None:
    bar = QStatusBar()
    LockNotice(bar)
    added = writer.lock_notices[-1]
    bar.deleteLater()
    qtbot.wait(10)
    release = _hold_lock(seeded_path, 1.2)
    seeded.set_issue_metadata(seeded.issues()[0]["id"], place="中原区")
    release.join()
    assert added not in writer.lock_notices
