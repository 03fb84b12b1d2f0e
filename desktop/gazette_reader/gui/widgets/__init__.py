"""Small widgets of the main window (DESIGN.md: ``gui/`` grouped into models, widgets and dialogs; the
older widget modules still sit in ``gui/`` and move here later)."""
