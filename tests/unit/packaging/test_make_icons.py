"""Icon rendering: every size from the SVG master, not blank, packed into .ico/.icns."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest  # the qapp fixture (pytest-qt) makes a QApplication first, as the GUI tests need
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[3]
spec = importlib.util.spec_from_file_location("make_icons", ROOT / "packaging" / "make_icons.py")
make_icons = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
spec.loader.exec_module(make_icons)  # type: ignore[union-attr]


def test_renders_every_size_and_the_platform_files(qapp, tmp_path: Path) -> None:
    written = make_icons.make_all(make_icons.SVG, tmp_path / "out", tmp_path / "hicolor")
    names = {p.name for p in written}
    app_pngs = {f"gazette-reader-{size}.png" for size in make_icons.APP_PNG_SIZES}
    assert {"gazette-reader.ico", "gazette-reader.icns", "gazette-reader.png", *app_pngs} == names
    for size in make_icons.PNG_SIZES:
        image = QImage(str(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / "gazette-reader.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() > 0  # the middle is drawn
        assert image.pixelColor(0, 0).alpha() == 0  # the rounded corner stays transparent


@pytest.mark.qt_log_ignore("Cannot read file")
def test_invalid_svg_is_refused(qapp, tmp_path: Path) -> None:
    bad = tmp_path / "bad.svg"
    bad.write_text("not svg")
    with pytest.raises(SystemExit, match="not a valid SVG"):
        make_icons.render(bad, 16)
