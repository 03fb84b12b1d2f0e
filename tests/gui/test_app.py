"""The gazette-reader entry point: options, language choice, translations, and --screenshot end to end."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QImage

from gazette_reader import paths
from gazette_reader.gui import app
from gazette_reader.gui.main_window import MainWindow

I18N = paths.resources_dir() / "i18n"


@pytest.mark.parametrize("choice,system,expected", [
    ("auto", "zh_CN", "zh_CN"), ("auto", "zh_TW", "zh_CN"), ("auto", "C", "zh_CN"),
    ("auto", "en_US", "en"), ("auto", "de_DE", "en"), ("en", "zh_CN", "en"), ("zh_CN", "en_GB", "zh_CN"),
])
def test_ui_language(choice: str, system: str, expected: str) -> None:
    assert app.ui_language(choice, system) == expected


def test_parser_keeps_the_public_options() -> None:
    args = app.build_parser().parse_args(["--library", "x.sqlite", "--search", "宋洁", "--screenshot", "s.png"])
    assert (args.library, args.search, args.screenshot) == ("x.sqlite", "宋洁", "s.png")


def test_every_ui_string_has_english() -> None:
    spec = importlib.util.spec_from_file_location("update_translations", I18N / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    in_sources = {(c, s) for c, strings in module.messages().items() for s in strings}
    root = ET.parse(I18N / "gazette_reader_en.ts").getroot()
    in_ts = {(ctx.findtext("name"), m.findtext("source")): m.find("translation")
             for ctx in root.iter("context") for m in ctx.iter("message")}
    assert in_sources <= set(in_ts), sorted(in_sources - set(in_ts))[:5]
    unfinished = [key for key, t in in_ts.items() if t.get("type") == "unfinished" or not t.text]
    assert not unfinished


def test_english_catalogue_translates_the_window(qtbot, workers, qapp) -> None:
    translators = app.install_translators(qapp, "en")
    try:
        assert translators
        assert QCoreApplication.translate("MainWindow", "文件(&F)") == "&File"
        window = MainWindow(workers=workers)
        qtbot.addWidget(window)
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles[:2] == ["&File", "&Edit"]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_a_command_line_search_survives_opening(qapp, workers, seeded_path: Path) -> None:
    args = app.build_parser().parse_args(["--library", str(seeded_path), "--search", "宋洁"])
    seen: dict[str, object] = {}

    def check() -> None:
        window = next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.library is not None)
        seen.update(window=window, box=window.search.box.text(), query=window.query, rows=window.articles.rowCount())
        qapp.exit(0)

    QTimer.singleShot(800, check)
    assert app.run(args, qapp, workers=workers) == 0
    seen["window"].hide()  # not close(): closing the last window would quit the event loops of later tests
    seen["window"].deleteLater()
    assert seen["box"] == "宋洁" and seen["query"] == "宋洁" and seen["rows"] > 0


def test_icon_is_bundled(qapp) -> None:
    icon = app.app_icon()
    assert not icon.isNull() and icon.availableSizes()


@pytest.mark.slow
@pytest.mark.parametrize("size", [None, (1024, 700)])
def test_screenshot_run_in_a_subprocess(tmp_path: Path, size: tuple[int, int] | None) -> None:
    shot = tmp_path / "shot.png"
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "cfg"), QT_QPA_PLATFORM="offscreen")
    sized = ["--size", f"{size[0]}x{size[1]}"] if size else []
    done = subprocess.run([sys.executable, "-m", "gazette_reader.gui.app", "--library", str(tmp_path / "lib.sqlite"),
                           "--search", "复工复产", "--screenshot", str(shot), *sized],
                          capture_output=True, text=True, env=env, timeout=180, check=False)
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    if size:
        assert (image.width(), image.height()) == size
    else:
        assert image.width() >= 1280 and image.height() >= 800
    colours = {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)}
    assert len(colours) > 20  # a populated window, not a blank one


def test_gui_never_imports_the_database_layer() -> None:
    import ast

    gui = Path(app.__file__).parent
    for path in gui.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names]
        modules += [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
        bad = [m for m in modules if m.split(".")[0] in ("sqlite3", "sqlite_utils") or m.startswith("gazette_reader.store")]
        assert not bad, f"{path.name} imports {bad}"


@pytest.mark.parametrize("text", ["1024", "x700", "10x10", "axb"])
def test_a_bad_screenshot_size_is_refused(text: str, capsys) -> None:
    with pytest.raises(SystemExit):
        app.build_parser().parse_args(["--screenshot", "s.png", "--size", text])
    assert "WIDTHxHEIGHT" in capsys.readouterr().err


def test_command_line_takes_files_and_selftest() -> None:
    from gazette_reader.gui.app import build_parser

    args = build_parser().parse_args(["--library", "x.sqlite", "a.txt", "folder"])
    assert args.files == ["a.txt", "folder"] and args.library == "x.sqlite"
    assert build_parser().parse_args(["--selftest"]).selftest


@pytest.mark.parametrize(("language", "system", "native"), [
    ("zh_CN", "zh_CN", True), ("zh_CN", "C", False), ("zh_CN", "en_US", False), ("en", "en_GB", True),
    ("en", "zh_CN", False),
])
def test_native_file_dialogs_only_when_they_speak_the_ui_language(language, system, native) -> None:
    assert app.native_dialogs_speak(language, system) is native
