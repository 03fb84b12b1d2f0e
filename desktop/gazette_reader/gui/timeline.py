"""A small bar chart of articles per month for the selected leader or project, drawn with QPainter.

Months without articles are drawn as gaps (the range is continuous from the first to the last month), so
the chart shows when someone was in the news, not just how often. Colours come from the palette, so the
chart reads in light and dark themes alike.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("Timeline", text)


def month_histogram(dates: Iterable[str | None]) -> dict[str, int]:
    """``{"2020-04": 3, ...}`` for every month from the first to the last dated article (gaps = 0)."""
    counts = Counter(d[:7] for d in dates if d and len(d) >= 7 and d[4] == "-")
    if not counts:
        return {}
    first, last = min(counts), max(counts)
    year, month = int(first[:4]), int(first[5:7])
    result: dict[str, int] = {}
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        result[key] = counts.get(key, 0)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return result


class TimelineWidget(QWidget):
    """Bars per month with the first and last month written under the axis."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[str, int] = {}
        self.title = ""
        self.undated = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, title: str, counts: dict[str, int], undated: int = 0) -> None:
        """Show ``counts`` (month → articles) for ``title``; ``undated`` articles are mentioned in text."""
        self.title, self.counts, self.undated = title, dict(counts), undated
        self.update()

    def sizeHint(self) -> QSize:
        """Override QWidget.sizeHint."""
        return QSize(240, 110)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Override QWidget.paintEvent."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        line = self.fontMetrics().height()
        header = self.title or tr("选择人物或项目查看时间分布")
        if self.undated:
            header += tr("（另有 %1 篇无日期）").replace("%1", str(self.undated))
        painter.drawText(QRectF(4, 2, self.width() - 8, line), Qt.AlignmentFlag.AlignLeft, header)
        if self.counts:
            self._draw_bars(painter, QRectF(6, line + 6, self.width() - 12, self.height() - 2 * line - 12))
        painter.end()

    def _draw_bars(self, painter: QPainter, area: QRectF) -> None:
        palette = self.palette()
        peak = max(self.counts.values()) or 1
        width = area.width() / len(self.counts)
        bar_colour = palette.color(QPalette.ColorRole.Highlight)
        for n, count in enumerate(self.counts.values()):
            height = area.height() * count / peak
            bar = QRectF(area.left() + n * width + width * 0.1, area.bottom() - height, max(width * 0.8, 1), height)
            painter.fillRect(bar, bar_colour)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        months = list(self.counts)
        label = QRectF(area.left(), area.bottom() + 2, area.width(), self.fontMetrics().height())
        painter.drawText(label, Qt.AlignmentFlag.AlignLeft, months[0])
        if len(months) > 1:
            painter.drawText(label, Qt.AlignmentFlag.AlignRight, months[-1])
        painter.drawText(label, Qt.AlignmentFlag.AlignHCenter, tr("峰值 %1 篇/月").replace("%1", str(peak)))
