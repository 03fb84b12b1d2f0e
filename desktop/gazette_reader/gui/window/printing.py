"""File › Print and Print preview: the open article, or the articles selected in the list. A mixin of the
main window (see the package docs); the articles are loaded off-thread before the dialog opens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

from gazette_reader.gui.widgets.printing import a4_printer, print_document


def tr(text: str) -> str:
    """Translate in the main window's context (these are its strings)."""
    return QCoreApplication.translate("MainWindow", text)


class PrintingMixin:
    """Print and preview, for :class:`~gazette_reader.gui.main_window.MainWindow`."""

    def articles_to_print(self, then: Callable[[list[dict]], None]) -> None:
        """Load the articles to print (the list's selection when it holds several, else the open one)."""
        ids = self.selected_ids()
        if len(ids) < 2:
            ids = [self.reader.article["id"]] if self.reader.article else []
        if not ids:
            self.statusBar().showMessage(tr("请先打开一篇文章，或在列表中选择要打印的文章。"), 6000)
            return
        self._run(lambda library: library.articles(ids=ids), lambda rows: then(
            sorted(rows, key=lambda row: ids.index(row["id"]))))

    def print_articles(self, articles: list[dict], printer: QPrinter) -> None:
        """Lay ``articles`` out on ``printer`` (A4), in the reader's font and script."""
        font = QFont(self.reader.font_family) if self.reader.font_family else QFont(self.reader.browser.font())
        font.setPointSize(max(self.reader.font_size - 2, 8))
        print_document(articles, script=self.reader.script, font=font).print_(printer)

    def ask_print(self) -> None:
        """Ctrl+P: choose a printer, then print."""
        def chosen(articles: list[dict]) -> None:
            printer = a4_printer(QPrinter(QPrinter.PrinterMode.HighResolution))
            dialog = QPrintDialog(printer, self)
            dialog.accepted.connect(lambda: self.print_articles(articles, printer))
            self.last_dialog = dialog
            dialog.open()

        self.articles_to_print(chosen)

    def ask_print_preview(self) -> None:
        """Show the pages as they will print, with the preview's own Print button."""
        def chosen(articles: list[dict]) -> None:
            printer = a4_printer(QPrinter(QPrinter.PrinterMode.HighResolution))
            dialog = QPrintPreviewDialog(printer, self)
            dialog.paintRequested.connect(lambda target: self.print_articles(articles, target))
            self.last_dialog = dialog
            dialog.open()

        self.articles_to_print(chosen)
