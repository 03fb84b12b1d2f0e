"""A small bar chart of articles per month for the selected leader or project, drawn with QPainter.

Months without articles are drawn as gaps (the range is continuous from the first to the last month), so
the chart shows when someone was in the news, not just how often. Colours come from the palette, so the
chart reads in light and dark themes alike.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette
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


def with_gaps(counts: dict[str, int]) -> dict[str, int]:
    """``counts`` (``YYYY-MM`` → articles) with every month between the first and the last, empty ones 0."""
    filled = month_histogram(f"{month}-01" for month in counts)
    return {month: counts.get(month, 0) for month in filled}


class TimelineWidget(QWidget):
    """Bars per month with the first and last month written under the axis; a click on a month emits
    ``month_clicked("YYYY-MM")`` (the window filters the list to the tag in that month)."""

    month_clicked = Signal(str)

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[str, int] = {}
        self.title = ""
        self.undated = 0
        self.bars: list[tuple[QRectF, str]] = []
        """Each month's column (the full height, so a short bar is easy to hit) as last painted."""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_data(self, title: str, counts: dict[str, int], undated: int = 0) -> None:
        """Show ``counts`` (month → articles, months without any filled in) for ``title``; ``undated``
        articles are mentioned in text."""
        self.title, self.counts, self.undated = title, with_gaps(counts), undated
        self.bars = []
        self.update()

    def month_at(self, position: QPointF) -> str | None:
        """The month whose column holds ``position`` (widget coordinates), if any."""
        return next((month for rect, month in self.bars if rect.contains(position)), None)

    def bar_rect(self, month: str) -> QRectF | None:
        """Where ``month``'s column was painted."""
        return next((rect for rect, m in self.bars if m == month), None)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Override QWidget.mouseReleaseEvent: a click on a month with articles asks to list them."""
        month = self.month_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and month and self.counts.get(month):
            self.month_clicked.emit(month)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Override QWidget.mouseMoveEvent: name the month under the pointer and its count."""
        month = self.month_at(event.position())
        if month is None:
            self.setToolTip("")
            self.unsetCursor()
            return
        self.setToolTip(tr("%1：%2 篇（单击列出）").replace("%1", month).replace("%2", str(self.counts[month])))
        self.setCursor(Qt.CursorShape.PointingHandCursor if self.counts[month] else Qt.CursorShape.ArrowCursor)

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
        self.bars = []
        for n, (month, count) in enumerate(self.counts.items()):
            height = area.height() * count / peak
            bar = QRectF(area.left() + n * width + width * 0.1, area.bottom() - height, max(width * 0.8, 1), height)
            painter.fillRect(bar, bar_colour)
            self.bars.append((QRectF(area.left() + n * width, area.top(), width, area.height()), month))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        months = list(self.counts)
        label = QRectF(area.left(), area.bottom() + 2, area.width(), self.fontMetrics().height())
        painter.drawText(label, Qt.AlignmentFlag.AlignLeft, months[0])
        if len(months) > 1:
            painter.drawText(label, Qt.AlignmentFlag.AlignRight, months[-1])
        painter.drawText(label, Qt.AlignmentFlag.AlignHCenter, tr("峰值 %1 篇/月").replace("%1", str(peak)))
