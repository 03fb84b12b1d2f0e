"""Render the SVG master icon to every raster the platforms want: hicolor PNGs, Windows .ico, macOS .icns.

Rendering goes through Qt's own ``QSvgRenderer`` (offscreen, no display needed), so the PNGs look
exactly like the SVG the running app shows; Pillow only packs the rendered sizes into .ico/.icns (each
size rendered from the vector, not scaled down from one big bitmap, so 16×16 stays crisp).

Usage::

    .venv/bin/python packaging/make_icons.py                       # .ico, .icns, gazette-reader-<n>.png
                                                                   # into resources/icons/
    .venv/bin/python packaging/make_icons.py --png-dir DIR         # also DIR/<n>x<n>/apps/gazette-reader.png
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "gazette-reader.svg"
ICON_NAME = "gazette-reader"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
APP_PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # what the running app loads as its window icon


def render(svg: Path, size: int) -> bytes:
    """The SVG rendered to a ``size``×``size`` transparent PNG (as bytes)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_pngs(rendered: dict[int, bytes], png_dir: Path) -> list[Path]:
    """Write the freedesktop hicolor layout: ``png_dir/<n>x<n>/apps/gazette-reader.png``."""
    written = []
    for size in PNG_SIZES:
        target = png_dir / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(rendered[size])
        written.append(target)
    return written


def pack(rendered: dict[int, bytes], sizes: Iterable[int], target: Path, fmt: str) -> Path:
    """Pack the given rendered sizes into one .ico or .icns file with Pillow (largest first)."""
    from PIL import Image

    images = [Image.open(io.BytesIO(rendered[size])).convert("RGBA") for size in sorted(sizes, reverse=True)]
    target.parent.mkdir(parents=True, exist_ok=True)
    extra = {"sizes": [im.size for im in images]} if fmt == "ICO" else {}
    images[0].save(target, format=fmt, append_images=images[1:], **extra)
    return target


def make_all(svg: Path, out_dir: Path, png_dir: Path | None) -> list[Path]:
    """Render every size once, then write the .ico, .icns and (optionally) the PNG tree."""
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 — keeps Qt alive
    rendered = {size: render(svg, size) for size in {*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES, *APP_PNG_SIZES}}
    written = [pack(rendered, ICO_SIZES, out_dir / f"{ICON_NAME}.ico", "ICO"),
               pack(rendered, ICNS_SIZES, out_dir / f"{ICON_NAME}.icns", "ICNS")]
    for size in APP_PNG_SIZES:
        target = out_dir / f"{ICON_NAME}-{size}.png"
        target.write_bytes(rendered[size])
        written.append(target)
    if png_dir is not None:
        written += write_pngs(rendered, png_dir)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--svg", type=Path, default=SVG, help="the master SVG")
    parser.add_argument("--out-dir", type=Path, default=SVG.parent, help="where .ico and .icns go")
    parser.add_argument("--png-dir", type=Path, default=None, help="root of a hicolor PNG tree to write")
    args = parser.parse_args(argv)
    for path in make_all(args.svg, args.out_dir, args.png_dir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
