"""Render gazette-reader.svg to the PNG sizes the platforms ask for: python render_pngs.py (venv)."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> None:
    """Write gazette-reader-<N>.png next to the SVG for every size."""
    app = QGuiApplication([])  # noqa: F841 - QSvgRenderer needs an application
    folder = Path(__file__).resolve().parent
    renderer = QSvgRenderer(str(folder / "gazette-reader.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(folder / f"gazette-reader-{size}.png"))


if __name__ == "__main__":
    main()
