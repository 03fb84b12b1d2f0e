"""The centre article list view: rows of wrapped rich text, laid out in batches, never overlapping.

Why a subclass: a row's height depends on the width its text wraps at, and QListView (top-to-bottom flow,
no word wrap) lays rows out again only when the viewport's *height* changes. Two things used to leave its
row positions stale, so a title that wrapped to two lines was overdrawn by the next row:

* the batched layout hides the vertical scroll bar after its first batch (ten rows fit) and shows it
  again at the end, so rows were measured at one width and painted at another, 14 px narrower;
* dragging a splitter narrower re-wrapped the rows but never moved them.

So rows are measured at :meth:`ArticleListView.row_width`, which depends only on the view's own size (as
if the scroll bar were shown, whether or not it is), and a change of that width lays the rows out again.
The layout stays ``Batched``: each batch measures ``LAYOUT_BATCH`` rows (~0.4 ms each), and rows not yet
laid out are not painted, so even the first batch after a resize never overlaps.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QWidget

LAYOUT_BATCH = 10
"""Rows measured per layout step: ~4 ms of rich-text layout, so a page of rows or a resize never holds
the GUI thread for long and the first rows paint at once."""


class ArticleListView(QListView):
    """The article list; its delegate asks :meth:`row_width` for the width to lay rows out at.
    Ctrl+C emits ``copy_requested`` (the window copies every selected row, not Qt's current one)."""

    copy_requested = Signal()

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._laid_out_width = -1
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(LAYOUT_BATCH)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def row_width(self) -> int:
        """The width rows wrap at: the viewport's width with the vertical scroll bar shown.

        Reserving the bar even when it is hidden costs a few pixels at the right of a short list, and
        keeps the width the same whichever way the batched layout flips the bar."""
        width = self.maximumViewportSize().width()
        if self.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded:
            width -= self._scroll_bar_extent()
        return max(width, 0)

    def _scroll_bar_extent(self) -> int:
        """How much narrower the viewport gets when the vertical scroll bar shows."""
        extent = self.verticalScrollBar().sizeHint().width()
        if self.style().styleHint(QStyle.StyleHint.SH_ScrollView_FrameOnlyAroundContents, None, self):
            extent += self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollView_ScrollBarSpacing, None, self)
        return extent

    def doItemsLayout(self) -> None:
        """Override QListView.doItemsLayout: remember the width the rows are laid out at."""
        self._laid_out_width = self.row_width()
        super().doItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QListView.resizeEvent: lay the rows out again when the width they wrap at changed."""
        super().resizeEvent(event)
        if self.row_width() != self._laid_out_width and self.model() is not None:
            self.doItemsLayout()  # one batch now; the rest between events, unlaid rows unpainted

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QAbstractItemView.keyPressEvent: Ctrl+C copies the selection (Qt copies one row)."""
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Override QListView.changeEvent: a new palette or font rebuilds the delegate's kept rows."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            forget = getattr(self.itemDelegate(), "forget", None)
            if forget is not None:
                forget()
            if event.type() != QEvent.Type.PaletteChange:  # colours do not change heights
                self.scheduleDelayedItemsLayout()
            self.viewport().update()
