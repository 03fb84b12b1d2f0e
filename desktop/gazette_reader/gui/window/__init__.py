"""Parts of the main window, as mixins of :class:`~gazette_reader.gui.main_window.MainWindow`, so that
module stays small: :mod:`editing` (corrections, undo, the list's menu, the clipboard) and
:mod:`filtering` (tag filters and their chips, the timeline's months, stepping through articles).
They use the window's widgets and its ``_run`` worker helper; they translate in its context.
"""
