"""GUI fixtures: isolated QSettings, a synchronous worker pool, seeded libraries, the real main window."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from gazette_reader.gui.main_window import MainWindow
from gazette_reader.gui.workers import SyncPool, Workers
from gazette_reader.library import Library

# The offscreen platform plugin warns when a window is shown, and when a popup (a menu, a completer) asks
# to be raised or to grab the keyboard; that is the test platform, not our bug.
OFFSCREEN_NOISE = "propagateSizeHints"
POPUP_NOISE = (r"does not support raise\(\)", "does not support grabbing the keyboard")


@pytest.fixture(autouse=True)
def qt_settings(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """Names set once as the app does, settings in an INI file under this test's folder."""
    QCoreApplication.setOrganizationName("GazetteReaderTests")
    QCoreApplication.setApplicationName("GazetteReaderTests")
    folder = tmp_path / "qsettings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    yield folder
    QSettings().clear()


@pytest.fixture
def workers(qapp: QApplication) -> Workers:
    """Workers that run every job synchronously, so results are there when the call returns."""
    return Workers(pool=SyncPool())


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library with the five seeds imported once per session (copied by :func:`seeded_path`)."""
    path = tmp_path_factory.mktemp("template") / "seeded.sqlite"
    library = Library.open(path)
    library.import_seeds()
    library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    library.close()
    return path


@pytest.fixture
def seeded_path(seeded_template: Path, tmp_path: Path) -> Path:
    """This test's own copy of the seeded library."""
    target = tmp_path / "library.sqlite"
    shutil.copy(seeded_template, target)
    return target


@pytest.fixture
def seeded(seeded_path: Path) -> Library:
    """An open seeded library."""
    return Library.open(seeded_path)


@pytest.fixture
def window(qtbot, workers: Workers, seeded_path: Path) -> MainWindow:
    """The real main window over a seeded library, with synchronous workers."""
    win = MainWindow(workers=workers)
    qtbot.addWidget(win)
    win.show()
    assert win.open_library(seeded_path)
    return win


def type_text(widget, text: str) -> None:
    """Type ``text`` into a widget as key events (QTest.keyClicks asserts on non-ASCII characters)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Ignore the offscreen plugin's warning about size hints in GUI tests (every shown window emits it)."""
    for item in items:
        if "tests/gui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, *POPUP_NOISE))
