"""Editing the library from the window: tag merges, article corrections, the corrections manager.

A new subpackage (DESIGN.md: group ``gui/`` when adding to it). These are dialogs, but ``gui/dialogs.py``
still exists as a module and a ``gui/dialogs/`` package beside it would shadow it; they move there
when that module does.
"""
