"""File › New library, Open library and the recent libraries. A mixin of the main window (see the
package docs). A library opened here becomes the one the app opens next time (``--library`` aside);
a new one starts empty, without the sample gazettes a first run imports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu

from gazette_reader.gui import settings
from gazette_reader.library import Library

RECENT_SIZE = 8
LIBRARY_FILTER = "SQLite (*.sqlite *.db);;*"


def tr(text: str) -> str:
    """Translate in the main window's context (these are its strings)."""
    return QCoreApplication.translate("MainWindow", text)


def recent_libraries() -> list[str]:
    """The libraries opened lately, newest first."""
    return [p for p in settings.value("library/recent").split("\n") if p]


class LibraryMenuMixin:
    """New / Open / recent libraries, for :class:`~gazette_reader.gui.main_window.MainWindow`."""

    def build_recent_menu(self, menu: QMenu) -> None:
        """Fill ``menu`` with the recent libraries each time it opens."""
        self.recent_menu = menu
        menu.aboutToShow.connect(self._fill_recent)

    def _fill_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        for path in recent_libraries():
            menu.addAction(path, lambda p=path: self.switch_library(p))
        if menu.isEmpty():
            menu.addAction(tr("（无）")).setEnabled(False)

    def ask_new_library(self) -> None:
        """Choose where to create a new, empty library, and open it."""
        chosen, _ = QFileDialog.getSaveFileName(self, tr("新建资料库"), str(Path.home() / "gazettes.sqlite"),
                                                LIBRARY_FILTER)
        if chosen:
            self.switch_library(chosen, empty=True)

    def ask_open_library(self) -> None:
        """Choose an existing library file and open it."""
        chosen, _ = QFileDialog.getOpenFileName(self, tr("打开资料库"), str(Path.home()), LIBRARY_FILTER)
        if chosen:
            self.switch_library(chosen)

    def switch_library(self, path: str, *, empty: bool = False) -> bool:
        """Open the library at ``path`` instead (``empty``: a new one is not filled with the samples) and
        make it the one opened next time."""
        self.seed_empty = not empty
        try:
            opened = self.open_library(path)
        finally:
            self.seed_empty = True
        if opened and not Library.is_server_location(path):  # a server's is kept once open (in a worker)
            settings.set_value("library/path", str(path))
            if empty:
                self.statusBar().showMessage(tr("已新建资料库：用 Ctrl+O 导入简报。"), 15000)
        return opened

    def remember_library(self, path: str | Path) -> None:
        """Put ``path`` first among the recent libraries."""
        path = str(path)
        kept = [path] + [p for p in recent_libraries() if p != path]
        settings.set_value("library/recent", "\n".join(kept[:RECENT_SIZE]))
