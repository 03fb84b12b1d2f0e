"""Item models of the window (DESIGN.md: ``gui/`` grouped into models, widgets and dialogs; the older
model modules still sit in ``gui/`` and move here later)."""
