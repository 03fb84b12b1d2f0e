"""``gazette-reader``: application setup, translations, the main window, and the scripted modes.

    gazette-reader [--library PATH] [--search QUERY] [--screenshot FILE.png] [--selftest] [FILE ...]

Options are declared in :func:`build_parser` and dispatched in :func:`run`; a scripted mode (such as
``--screenshot``) is a small class driven by a timer that waits until the window is idle (no worker
running, no debounced search pending) between its steps. A new mode is one more option plus one branch.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from gazette_reader import paths
from gazette_reader.gui import settings
from gazette_reader.gui.main_window import MainWindow
from gazette_reader.gui.messages import set_ui_language
from gazette_reader.gui.workers import Workers

ORGANISATION = "GazetteReader"
APPLICATION = "GazetteReader"
SCREENSHOT_SIZE = (1440, 900)
SCREENSHOT_TIMEOUT_S = 120.0


def build_parser() -> argparse.ArgumentParser:
    """The command line of the GUI (public interface)."""
    parser = argparse.ArgumentParser(prog="gazette-reader", description="地方简报阅读器 (Gazette Reader)")
    parser.add_argument("--library", metavar="PATH", help="library file to open (default: settings, then the "
                                                          "platform's user data folder)")
    parser.add_argument("--search", metavar="QUERY", help="run this search after opening")
    parser.add_argument("--screenshot", metavar="FILE.png", help="save a screenshot of the populated window and exit")
    parser.add_argument("--size", metavar="WxH", type=_size, default=SCREENSHOT_SIZE,
                        help="the window size of --screenshot (default 1440x900; e.g. 1024x700, the smallest the "
                             "window is laid out for)")
    parser.add_argument("--selftest", action="store_true",
                        help="check this installation on a temporary library (import, search, tags, export, window)"
                             " and exit 0, or non-zero with the reason")
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="gazette files or folders to import (e.g. a .txt opened from the file manager)")
    return parser


def _size(text: str) -> tuple[int, int]:
    """``WxH`` as two integers (a window size of at least 400×300)."""
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()) or int(width) < 400 or int(height) < 300:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT of at least 400x300, not {text!r}")
    return int(width), int(height)


def ui_language(choice: str, system_locale: str) -> str:
    """``zh_CN`` or ``en``: the setting when explicit; for ``auto``, English only for a non-Chinese,
    non-C system locale (the product's default UI is Chinese)."""
    if choice in ("zh_CN", "en"):
        return choice
    if system_locale.startswith("zh") or system_locale in ("C", "POSIX", ""):
        return "zh_CN"
    return "en"


def native_dialogs_speak(language: str, system_locale: str) -> bool:
    """Whether the platform's own file dialogs speak the UI ``language``: they follow the system locale
    (under a C locale, English), while Qt's own dialogs follow the catalogue we install."""
    return system_locale.split("_")[0] == language.split("_")[0]


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load our English catalogue (the source strings are Chinese) and Qt's own for standard buttons."""
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues = [("qtbase_zh_CN", qt_dir)] if language == "zh_CN" else [("gazette_reader_en", str(i18n_dir()))]
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
    return loaded


def i18n_dir() -> Path:
    """Where the .ts/.qm files live."""
    return paths.resources_dir() / "i18n"


def app_icon() -> QIcon:
    """The application icon from the bundled SVG and PNG sizes."""
    icon = QIcon()
    folder = paths.resources_dir() / "icons"
    for png in sorted(folder.glob("gazette-reader-*.png")):
        icon.addFile(str(png))
    if icon.isNull() and (folder / "gazette-reader.svg").exists():
        icon.addFile(str(folder / "gazette-reader.svg"))
    return icon


def create_app(argv: Sequence[str]) -> QApplication:
    """The QApplication with names set once (so bare ``QSettings()`` works) and translations loaded."""
    app = QApplication.instance() or QApplication(list(argv))
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setWindowIcon(app_icon())
    language = ui_language(settings.value("ui/language"), QLocale.system().name())
    install_translators(app, language)
    set_ui_language(language)
    if not native_dialogs_speak(language, QLocale.system().name()):
        app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    # Window titles end with this name (the platform adds it): in the UI's language, after the catalogue.
    app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", "地方简报阅读器"))
    return app  # type: ignore[return-value]


class Screenshot:
    """Open → (first-run seeds) → search → select the first hit → wait for idle → save PNG → exit 0."""

    def __init__(self, *, window: MainWindow, path: Path, query: str | None, done: Callable[[int], None]) -> None:
        self.window, self.path, self.query, self.done = window, path, query, done
        self.steps = [self._search, self._select, self._save]
        self.started = time.monotonic()
        self.idle_ticks = 0
        self.timer = QTimer(window, interval=50)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        """Begin polling for idle."""
        self.timer.start()

    def _tick(self) -> None:
        if time.monotonic() - self.started > SCREENSHOT_TIMEOUT_S:
            print("gazette-reader: timed out waiting for the window to finish loading", file=sys.stderr)
            self._finish(1)
            return
        self.idle_ticks = 0 if self.window.is_busy() else self.idle_ticks + 1
        if self.idle_ticks >= 2:
            self.idle_ticks = 0
            self.steps.pop(0)()

    def _search(self) -> None:
        if self.query:
            self.window.search.set_text(self.query)
        else:
            self.window.tree.expandToDepth(1)
            first_year = self.window.tree_model.index(0, 0, self.window.tree_model.index(0, 0))
            if first_year.isValid():
                self.window.tree.setCurrentIndex(first_year)

    def _select(self) -> None:
        self.window.tree.expandToDepth(1)
        self.window.select_first_row()

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        ok = self.window.grab().save(str(self.path))
        if not ok:
            print(f"gazette-reader: could not write {self.path}", file=sys.stderr)
        self._finish(0 if ok else 1)

    def _finish(self, code: int) -> None:
        self.timer.stop()
        self.done(code)


def run(args: argparse.Namespace, app: QApplication, *, workers: Workers | None = None) -> int:
    """Show the window for parsed ``args`` and run the event loop; returns the exit code."""
    started = time.perf_counter()
    window = MainWindow(workers=workers or Workers(parent=app), icon=app.windowIcon())
    if args.screenshot:
        window.resize(*args.size)
    if os.environ.get("GAZETTE_BENCH_T0"):  # ``gazette bench --gui`` times the launch to the first paint
        from gazette_reader.gui.bench import install_shown_marker

        install_shown_marker(window)
    window.show()
    if not window.open_library(args.library or settings.value("library/path") or None):
        return 2 if args.screenshot else app.exec()
    if os.environ.get("GAZETTE_TIMING"):
        print(f"window shown in {time.perf_counter() - started:.3f} s", file=sys.stderr)
    script = None  # a scripted mode must stay referenced while the event loop runs
    if args.screenshot:
        script = Screenshot(window=window, path=Path(args.screenshot), query=args.search, done=app.exit)
        script.start()
    elif args.search:
        window.search.set_text(args.search)
    if args.files and not args.screenshot:
        window.import_paths([str(Path(f)) for f in args.files])
    code = app.exec()
    del script
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``gazette-reader``."""
    argv = list(sys.argv if argv is None else argv)
    if "--selftest" in argv[1:]:  # its own options (--keep DIR) are parsed by the self-test
        from gazette_reader.gui.selftest import run_selftest

        return run_selftest(argv[1:])
    args = build_parser().parse_args(argv[1:])
    if args.screenshot and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    else:
        from gazette_reader.gui.preflight import ensure_can_start

        ensure_can_start()
    app = create_app(argv)
    return run(args, app)


if __name__ == "__main__":
    sys.exit(main())
