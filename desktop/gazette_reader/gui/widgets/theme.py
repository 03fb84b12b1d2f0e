"""Light, dark or the system's palette, switched in the app (Settings › 外观) without a restart.

Qt's own colour-scheme switch (``QStyleHints.setColorScheme``) needs a platform theme that supports it
(not X11 without a desktop, not the test platform), so the light and dark palettes are set directly on
the application; the widgets that paint their own colours (reader, list rows, timeline) already follow
a ``PaletteChange``. "System" puts back the palette the application started with.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

THEMES = {"system": "跟随系统", "light": "浅色", "dark": "深色"}
_STARTUP_PALETTE = "gazette_startup_palette"

DARK = {QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#333333",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Link: "#6cb4ff",
        QPalette.ColorRole.LinkVisited: "#b48cff", QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.PlaceholderText: "#8a8a8a",
        QPalette.ColorRole.Mid: "#555555", QPalette.ColorRole.Dark: "#1a1a1a", QPalette.ColorRole.Light: "#444444",
        QPalette.ColorRole.BrightText: "#ff6b6b"}


def dark_palette() -> QPalette:
    """A dark palette; disabled text greyed."""
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def apply_theme(theme: str) -> None:
    """Use the ``light``, ``dark`` or ``system`` palette for the whole application."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    startup = app.property(_STARTUP_PALETTE)
    if not isinstance(startup, QPalette):
        startup = QPalette(app.palette())
        app.setProperty(_STARTUP_PALETTE, startup)
    if theme == "dark":
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(startup)
