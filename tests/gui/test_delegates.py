"""Rich text of list rows: highlights wrap exactly the hit text, HTML is escaped."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QListView

from gazette_reader.gui.article_model import ArticleListModel
from gazette_reader.gui.colours import secondary_text
from gazette_reader.gui.delegates import HIT_STYLE, ArticleDelegate, highlighted_html, row_html
from tests.gui.test_reader import dark_palette


def _hit(text: str) -> str:
    return f'<span style="{HIT_STYLE}">{text}</span>'


@pytest.mark.parametrize("text,spans,expected", [
    ("复工复产", [], "复工复产"),
    ("复工复产", [(0, 2)], _hit("复工") + "复产"),
    ("a<b>复工", [(4, 6)], "a&lt;b&gt;" + _hit("复工")),
    ("复工复产工作", [(0, 3), (2, 4)], _hit("复工复产") + "工作"),  # overlaps merge
    ("复工", [(1, 9)], "复工"),  # out of range ignored
])
def test_highlighted_html(text: str, spans: list, expected: str) -> None:
    assert highlighted_html(text, spans) == expected


def test_row_html_has_title_meta_and_snippet() -> None:
    html = row_html({"title": "标题", "date": "2020-04-01", "issue_title": "总第93期", "snippet": "…复工…",
                     "highlights": [[1, 3]]}, grey="#888888")
    assert "<b>标题</b>" in html and "2020-04-01 · 总第93期" in html and _hit("复工") in html


def test_untitled_rows_are_translated(qapp: QApplication) -> None:
    from gazette_reader.gui import app

    translators = app.install_translators(qapp, "en")
    try:
        assert "<b>(untitled)</b>" in row_html({"title": ""}, grey="#888888")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_rows_with_snippets_are_taller(qtbot, workers) -> None:
    view = QListView()
    qtbot.addWidget(view)
    view.resize(400, 600)
    model = ArticleListModel(workers=workers)
    model.show([{"id": 1, "title": "甲"}, {"id": 2, "title": "乙", "snippet": "很长的摘要" * 20}], 2, None)
    view.setModel(model)
    delegate = ArticleDelegate(view)
    view.setItemDelegate(delegate)
    view.show()
    heights = [view.sizeHintForIndex(model.index(r, 0)).height() for r in range(2)]
    assert heights[1] > heights[0] > 0


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours (1 to 21)."""
    def luminance(colour: QColor) -> float:
        channels = [c / 255 for c in (colour.red(), colour.green(), colour.blue())]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_meta_line_reads_on_plain_and_selected_rows(qapp: QApplication, theme: str) -> None:
    palette = qapp.palette() if theme == "light" else dark_palette(qapp.palette())
    role = QPalette.ColorRole
    plain, selected = secondary_text(palette), secondary_text(palette, selected=True)
    assert 2.5 < contrast(plain, palette.color(role.Base)) < contrast(palette.color(role.Text), palette.color(role.Base))
    title = contrast(palette.color(role.HighlightedText), palette.color(role.Highlight))
    assert contrast(selected, palette.color(role.Highlight)) >= max(2.5, 0.8 * title)
