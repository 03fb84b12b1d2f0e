"""``gazette-reader --selftest``: the core checks, then Qt itself — platform plugin, Chinese font, and the
real main window rendered to a PNG.

Built for the places where nobody watches a window: CI runs the bundle with it, a user who reports "it
does not start" can paste its output. It never touches the user's library or settings: everything goes
to a temporary folder (or ``--keep DIR``), and ``QSettings`` is redirected there before any window exists.
Without a display it renders offscreen, so it also runs on a bare server.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from gazette_reader.gui import preflight
from gazette_reader.selftest import LIBRARY_NAME, Check, run_core_checks, run_step, summary

WINDOW_SIZE = (1280, 800)
MIN_COLOURS = 8
"""A rendered window with fewer distinct colours than this is blank (or a single flat error panel)."""


def choose_platform(environment: preflight.Environment) -> str | None:
    """The Qt platform to force, or None to let Qt pick: offscreen when a window could not be shown."""
    if environment.env.get("QT_QPA_PLATFORM"):
        return None
    if preflight.display_problem(environment) or preflight.xcb_problem(environment):
        return "offscreen"
    return None


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """``--selftest [--keep DIR]``; anything else on the command line is ignored."""
    parser = argparse.ArgumentParser(prog="gazette-reader --selftest", add_help=False)
    parser.add_argument("--keep", type=Path, default=None,
                        help="write the library, exports and screenshot to DIR and keep them")
    return parser.parse_known_args(list(argv))[0]


def isolate(workdir: Path) -> None:
    """Point the default library and every QSettings at ``workdir``, never at the user's files."""
    from PySide6.QtCore import QSettings

    os.environ["GAZETTE_LIBRARY"] = str(workdir / LIBRARY_NAME)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "settings"))


def application() -> object:
    """The running ``QApplication``, created (with our names, so QSettings land in the right file) if absent."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "gazette-reader"])
        app.setOrganizationName("GazetteReader")
        app.setApplicationName("GazetteReader")
    return app


def check_qt(forced: str | None) -> str:
    """A ``QApplication`` exists on a working platform plugin."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtGui import QGuiApplication

    application()
    how = " (forced: no usable display)" if forced else ""
    return f"PySide6 {pyside_version}, platform {QGuiApplication.platformName()}{how}"


def check_fonts() -> str:
    """Some font covers Simplified Chinese (otherwise every title is a row of boxes)."""
    from PySide6.QtGui import QFontDatabase

    problem = preflight.cjk_font_problem_qt()
    if problem is not None:
        raise preflight_error(problem)
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return f"{len(families)} Chinese font families (first: {families[0]})"


def preflight_error(problem: preflight.Problem) -> Exception:
    """A preflight problem as a GazetteError, so the FAIL line shows the fix."""
    from gazette_reader.errors import GazetteError

    return GazetteError(f"{problem.what} Fix: {problem.fix}")


def count_rows(window: object) -> int:
    """Rows shown by every item view in the window: > 0 proves the library's content reached the GUI."""
    from PySide6.QtWidgets import QAbstractItemView

    views = window.findChildren(QAbstractItemView)  # type: ignore[attr-defined]
    return sum(view.model().rowCount() for view in views if view.model() is not None)


def settle(window: object, seconds: float = 60.0, at_least: float = 0.3) -> None:
    """Let the window's background queries finish and their results arrive on the GUI thread."""
    from PySide6.QtWidgets import QApplication

    start = time.monotonic()
    while True:
        QApplication.processEvents()
        elapsed = time.monotonic() - start
        if (elapsed >= at_least and not window.is_busy()) or elapsed >= seconds:  # type: ignore[attr-defined]
            break
        time.sleep(0.02)
    QApplication.processEvents()


def distinct_colours(image: object, step: int = 7) -> int:
    """Distinct pixel colours on a sparse grid (cheap, and enough to tell text from a blank window)."""
    width, height = image.width(), image.height()  # type: ignore[attr-defined]
    return len({image.pixel(x, y) for x in range(0, width, step) for y in range(0, height, step)})  # type: ignore[attr-defined]


def render_main_window(library_path: Path, png: Path) -> str:
    """Open the real main window on ``library_path``, let it load, save a screenshot to ``png``.

    Returns a one-line description; raises when the window is blank or shows no rows.
    """
    from gazette_reader.errors import GazetteError
    from gazette_reader.gui.app import create_app
    from gazette_reader.gui.main_window import MainWindow
    from gazette_reader.gui.workers import Workers

    app = create_app([sys.argv[0] if sys.argv else "gazette-reader"])
    window = MainWindow(workers=Workers(parent=app), icon=app.windowIcon())
    if not window.open_library(library_path):
        raise GazetteError(f"the window could not open {library_path}")
    try:
        window.resize(*WINDOW_SIZE)
        window.show()
        settle(window)
        window.select_first_row()  # the reader pane shows an article, as a user would see it
        settle(window)
        image = window.grab().toImage()
        if not image.save(str(png)):
            raise GazetteError(f"could not write the screenshot {png}")
        colours, rows = distinct_colours(image), count_rows(window)
    finally:
        window.close()
        window.deleteLater()
    if colours < MIN_COLOURS or rows == 0:
        raise GazetteError(f"the window looks empty: {colours} colours, {rows} rows (see {png})")
    return f"{image.width()}x{image.height()} PNG, {rows} rows in its views, {png.stat().st_size // 1024} KB: {png}"


def console_stream() -> TextIO:
    """stdout — or, in a Windows GUI executable (no console, ``sys.stdout is None``), the parent's console."""
    if sys.stdout is not None:
        return sys.stdout
    if sys.platform == "win32":
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # type: ignore[attr-defined]  # ATTACH_PARENT_PROCESS
            return open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 — lives as long as the process
    return open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def run_selftest(argv: Sequence[str] | None = None, stream: TextIO | None = None) -> int:
    """Run every check, print one line each and a summary; 0 when all passed, 1 otherwise."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    out = stream or console_stream()
    forced = choose_platform(preflight.current_environment())
    if forced:
        os.environ["QT_QPA_PLATFORM"] = forced
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="gazette-selftest-"))
    workdir.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    try:
        isolate(workdir)
        emit = lambda check: print(check.line(), file=out, flush=True)  # noqa: E731
        checks = run_core_checks(workdir, report=emit)
        for name, fn, args_ in (("qt", check_qt, (forced,)), ("fonts", check_fonts, ()),
                                ("window", render_main_window, (workdir / LIBRARY_NAME, workdir / "window.png"))):
            checks.append(run_step(name, lambda: fn(*args_)))
            emit(checks[-1])
        print(summary(checks, time.perf_counter() - start), file=out, flush=True)
        return 0 if all(check.ok for check in checks) else 1
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)


main = run_selftest
