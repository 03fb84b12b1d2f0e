"""Guards the PySide6 pin: 6.12.0 on Python 3.11 leaks a reference to None on every void call and
aborts a long GUI session ("deallocating None")."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor


def test_void_calls_do_not_consume_references_to_none() -> None:
    color = QColor()
    before = sys.getrefcount(None)
    for _ in range(2000):
        color.setRed(3)
    assert abs(sys.getrefcount(None) - before) < 50
