"""Month histogram and its chart."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from gazette_reader.gui.timeline import TimelineWidget, month_histogram


@pytest.mark.parametrize("dates,expected", [
    ([], {}),
    ([None, "", "未知"], {}),
    (["2020-04-01", "2020-04-20"], {"2020-04": 2}),
    (["2019-11-03", "2020-02-01", None], {"2019-11": 1, "2019-12": 0, "2020-01": 0, "2020-02": 1}),
])
def test_month_histogram(dates: list, expected: dict) -> None:
    assert month_histogram(dates) == expected


def test_chart_draws_bars(qtbot) -> None:
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.resize(240, 110)
    widget.set_data("人物：宋洁", {"2020-03": 1, "2020-04": 4}, undated=1)
    image = widget.grab().toImage()
    bar = widget.palette().highlight().color()
    found = any(QColor(image.pixel(x, y)) == bar for x in range(0, 240, 3) for y in range(20, 100, 3))
    assert found
