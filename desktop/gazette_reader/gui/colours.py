"""Colours derived from the palette, so the list and the reader read in light and dark themes alike.

Why not fixed colours: a fixed grey or link blue that reads on white is unreadable on a dark background,
and the palette changes at run time when the desktop switches theme. Why compositing: Qt's default
``PlaceholderText`` is the text colour at half opacity, and rich text written as ``#rrggbb`` would drop
that alpha (the grey became black), so translucent colours are flattened onto their background first.
The search-hit amber stays fixed, always with black text on it, which reads on either background.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

HIT = QColor("#ffd54f")
CURRENT_HIT = QColor("#ff8f00")
HIT_TEXT = QColor("#000000")
SELECTED_META_SHARE = 0.9
"""How much of the selected-text colour a selected row's meta line takes (the rest is the highlight):
a little quieter than the title, and ~3:1 or more against the highlight (the dark grey was ~1.3:1)."""


def mix(front: QColor, back: QColor, share: float) -> QColor:
    """``share`` of ``front`` over ``1 - share`` of ``back``, opaque."""
    return QColor(*(round(f * share + b * (1 - share)) for f, b in
                    ((front.red(), back.red()), (front.green(), back.green()), (front.blue(), back.blue()))))


def opaque(colour: QColor, background: QColor) -> QColor:
    """``colour`` flattened onto ``background`` (its alpha applied)."""
    return mix(colour, background, colour.alphaF())


def secondary_text(palette: QPalette, *, selected: bool = False,
                   group: QPalette.ColorGroup = QPalette.ColorGroup.Active) -> QColor:
    """The quiet colour of meta lines (date, issue, section): the placeholder grey on the base colour, or,
    on a selected row, the selected-text colour toned slightly toward the highlight."""
    role = QPalette.ColorRole
    if selected:
        return mix(palette.color(group, role.HighlightedText), palette.color(group, role.Highlight),
                   SELECTED_META_SHARE)
    return opaque(palette.color(group, role.PlaceholderText), palette.color(group, role.Base))

