"""``gazette-reader --selftest``: platform choice, blank-window detection, and a full run in a subprocess."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QListView, QMainWindow

from gazette_reader.gui import preflight
from gazette_reader.gui import selftest as gui_selftest

LINE_PREFIXES = ("ok   ", "FAIL ")


def env_of(env: dict[str, str]) -> preflight.Environment:
    return preflight.Environment(platform="linux", env=env, run=lambda *a, **k: "", xcb_plugin=None)


@pytest.mark.parametrize(
    ("env", "forced"),
    [({}, "offscreen"), ({"DISPLAY": ":0"}, None), ({"WAYLAND_DISPLAY": "w"}, None),
     ({"QT_QPA_PLATFORM": "minimal"}, None)],
)
def test_choose_platform(env: dict[str, str], forced: str | None) -> None:
    assert gui_selftest.choose_platform(env_of(env)) == forced


def test_parse_args_ignores_the_rest(tmp_path: Path) -> None:
    assert gui_selftest.parse_args(["--selftest", "--keep", str(tmp_path), "x.txt"]).keep == tmp_path
    assert gui_selftest.parse_args(["--selftest"]).keep is None


@pytest.mark.parametrize(("painted", "few"), [(False, True), (True, False)])
def test_distinct_colours_tells_blank_from_drawn(painted: bool, few: bool) -> None:
    # Few Qt calls on purpose: PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of
    # a void method, so a per-pixel loop would crash the interpreter (see the packaging report).
    image = QImage(140, 140, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    if painted:
        gradient = QLinearGradient(0, 0, 140, 140)
        gradient.setColorAt(0, QColor("red"))
        gradient.setColorAt(1, QColor("blue"))
        painter = QPainter(image)
        painter.fillRect(0, 0, 140, 140, gradient)
        painter.end()
    assert (gui_selftest.distinct_colours(image) < gui_selftest.MIN_COLOURS) == few


def test_count_rows_sums_every_view(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    view = QListView(window)
    view.setModel(QStringListModel(["一", "二", "三"]))
    window.setCentralWidget(view)
    assert gui_selftest.count_rows(window) == 3


@pytest.mark.skipif(importlib.util.find_spec("gazette_reader.gui.main_window") is None,
                    reason="gui/main_window.py not written yet")
@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen plugin's harmless notice
def test_render_main_window(tmp_path: Path, qapp) -> None:
    from gazette_reader import paths
    from gazette_reader.library import Library

    library = Library.open(tmp_path / "lib.sqlite")
    library.import_files(paths.seed_files())
    library.close()
    detail = gui_selftest.render_main_window(tmp_path / "lib.sqlite", tmp_path / "w.png")
    assert (tmp_path / "w.png").stat().st_size > 0 and "rows" in detail


@pytest.mark.slow
def test_full_selftest_in_a_subprocess(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    code = "import sys; from gazette_reader.gui.selftest import run_selftest; sys.exit(run_selftest(sys.argv[1:]))"
    done = subprocess.run([sys.executable, "-c", code, "--selftest", "--keep", str(tmp_path)],
                          capture_output=True, text=True, env=env, timeout=300, check=False)
    lines = done.stdout.splitlines()
    assert all(line.startswith(LINE_PREFIXES) for line in lines[:-1]), done.stdout + done.stderr
    names = [line[5:].split(":")[0] for line in lines[:-1]]
    assert names == ["resources", "text", "import", "formats", "search", "tags", "export", "qt", "fonts", "window"]
    assert all(line.startswith("ok") for line in lines[:9]), done.stdout  # core + Qt + fonts
    assert "platform offscreen (forced: no usable display)" in lines[7]
    all_ok = all(line.startswith("ok") for line in lines[:-1])
    assert done.returncode == (0 if all_ok else 1)
    assert lines[-1].startswith("selftest passed" if all_ok else "selftest FAILED")
    assert (tmp_path / "selftest.sqlite").is_file()
