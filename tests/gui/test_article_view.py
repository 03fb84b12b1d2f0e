"""The article list lays rich-text rows out in batches without ever overlapping, whatever its width."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QListView

from gazette_reader.gui.main_window import MainWindow

ROWS = [{"id": n, "title": "区委书记督导" + "老旧小区改造提升工作" * (n % 4 + 1), "date": "2020-04-01",
         "issue_title": "2020年4月 总第93期", "section": "工作动态", "snippet": "复工复产稳步推进，" * (n % 3 * 4),
         "highlights": []} for n in range(50)]


def laid_out(view: QListView) -> bool:
    """True once the batched layout has placed the last row."""
    model = view.model()
    return model.rowCount() > 0 and view.visualRect(model.index(model.rowCount() - 1, 0)).isValid()


def layout_faults(view: QListView) -> list[tuple]:
    """Rows shorter than their size hint, and rows starting above the previous row's bottom."""
    model = view.model()
    rects = [view.visualRect(model.index(r, 0)) for r in range(model.rowCount())]
    short = [(r, rect.height()) for r, rect in enumerate(rects)
             if rect.height() < view.sizeHintForIndex(model.index(r, 0)).height()]
    overlapping = [(r, rects[r].bottom(), rects[r + 1].top()) for r in range(len(rects) - 1)
                   if rects[r + 1].top() <= rects[r].bottom()]
    return short + overlapping


@pytest.mark.parametrize("widths", [(360, 260, 520, 300), (300, 420, 250)])
def test_rows_never_overlap_after_resizing(window: MainWindow, qtbot, widths: tuple[int, ...]) -> None:
    window.articles.show(ROWS, len(ROWS), None)
    total = sum(window.centre_split.sizes())
    for width in widths:
        window.centre_split.setSizes([width, total - width])
        qtbot.waitUntil(lambda: laid_out(window.list), timeout=3000)
        qtbot.wait(150)  # any relayout Qt itself delays (100 ms after a height change)
        assert window.list.width() == width
        assert layout_faults(window.list) == [], f"at width {width}"


def test_row_width_is_the_same_with_or_without_the_scroll_bar(window: MainWindow, qtbot) -> None:
    view = window.list
    window.articles.show(ROWS, len(ROWS), None)
    qtbot.waitUntil(lambda: laid_out(view) and view.verticalScrollBar().isVisible(), timeout=3000)
    shown = view.row_width()
    assert shown == view.viewport().width()
    window.articles.clear()
    qtbot.waitUntil(lambda: not view.verticalScrollBar().isVisible(), timeout=3000)
    assert view.row_width() == shown < view.viewport().width()


def test_layout_stays_batched(window: MainWindow) -> None:
    """SinglePass would lay a whole page out in one event (~0.4 ms a row): the GUI thread must not wait."""
    assert window.list.layoutMode() == QListView.LayoutMode.Batched and window.list.batchSize() <= 10
