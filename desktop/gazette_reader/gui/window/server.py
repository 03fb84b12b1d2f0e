"""File › Open server library, and the read-only window. A mixin of the main window (see the package docs).

A server library (``postgresql://user@host:port/dbname``) is opened in a worker, as a slow network or a
server that never answers must not freeze the window; the library shown stays open until the new one is
there. The password is never typed here nor stored: libpq reads it from PGPASSFILE, ``~/.pgpass`` or a
service file; a password written into the URL is used for this session only and stripped before the URL
goes into the settings. A connection whose role may only read (or a replica) shows 只读 and greys out
every editing action, all gated by :meth:`ServerLibraryMixin.show_read_only`.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QVBoxLayout,
                               QWidget)

from gazette_reader.errors import GazetteError, ServerUnreachable
from gazette_reader.gui import settings
from gazette_reader.gui.messages import error_text
from gazette_reader.gui.window.library_menu import recent_libraries
from gazette_reader.library import Library

log = logging.getLogger(__name__)

URL_EXAMPLE = "postgresql://user@host:5432/gazettes"


def tr(text: str) -> str:
    """Translate in the main window's context (these are its strings)."""
    return QCoreApplication.translate("MainWindow", text)


def stored_location(location: str) -> str:
    """What may go into the settings or the title for a library: a server URL without any password written
    in it, still a URL (libpq's own redaction gives ``key=value`` text, which would not open again)."""
    if not Library.is_server_location(location):
        return location
    parts = urlsplit(location.strip())
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        netloc = userinfo.split(":", 1)[0] + "@" + host
    query = parts.query
    pairs = parse_qsl(query, keep_blank_values=True)
    if any(key == "password" for key, _value in pairs):
        query = urlencode([(key, value) for key, value in pairs if key != "password"], safe="/")
    return urlunsplit(parts._replace(netloc=netloc, query=query))


def connect_failure_text(error: BaseException, shown: str) -> str:
    """A plain sentence for a server that could not be opened; libpq's own text goes to the log only."""
    if isinstance(error, ServerUnreachable):
        reasons = {"login": tr("服务器拒绝了登录：请检查用户名，以及密码文件（PGPASSFILE 或 ~/.pgpass）中的密码。"),
                   "database": tr("服务器上没有这个数据库：请检查地址末尾的数据库名。"),
                   "unreachable": tr("服务器无法访问：请检查主机名、端口和网络。"),
                   "timeout": tr("服务器在 %1 秒内没有应答：请检查主机名、端口和网络；网络较慢时可在地址末尾加上 "
                                 "?connect_timeout=秒数。").replace("%1", str(error.seconds))}
        return tr("无法连接资料库服务器 %1。").replace("%1", shown) + "\n" + reasons[error.kind]
    if isinstance(error, GazetteError):
        return error_text(error)
    return tr("无法打开服务器上的资料库 %1（详情已写入日志）。").replace("%1", shown)


class ServerDialog(QDialog):
    """The address of a server library; no password field (one line says where the password comes from)."""

    def __init__(self, *, address: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("打开服务器资料库"))
        self.address = QLineEdit(address, self)
        self.address.setPlaceholderText(URL_EXAMPLE)
        self.address.setMinimumWidth(self.address.fontMetrics().horizontalAdvance(URL_EXAMPLE) * 3 // 2)
        label = QLabel(tr("PostgreSQL 服务器上资料库的地址（postgresql://用户名@主机:端口/数据库）："), self)
        label.setBuddy(self.address)
        hint = QLabel(tr("密码不在这里输入：由 libpq 从 PGPASSFILE、~/.pgpass 或服务文件读取。"), self)
        hint.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.address.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        for widget in (label, self.address, hint, self.buttons):
            layout.addWidget(widget)
        self._check()

    def url(self) -> str:
        """The address typed (spaces around it dropped)."""
        return self.address.text().strip()

    def _check(self) -> None:
        """OK only for a ``postgresql://`` (or ``postgres://``) address."""
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(Library.is_server_location(self.url()))


class ServerLibraryMixin:
    """Open a server library and show a read-only one, for :class:`~gazette_reader.gui.main_window.MainWindow`."""

    read_only = False
    """Whether the library shown may only be read (a reader role, a replica): editing is greyed out."""

    def build_read_only_mark(self) -> None:
        """The status bar's 只读 label, hidden while the library may be changed."""
        self.read_only_label = QLabel(tr("只读"), self)
        self.read_only_label.setToolTip(tr("你的服务器角色只能阅读、检索和导出这个资料库，不能修改它。"))
        self.read_only_label.setStyleSheet("QLabel { font-weight: bold; padding: 0 6px; }")
        self.read_only_label.hide()
        self.statusBar().addPermanentWidget(self.read_only_label)

    def editing_actions(self) -> list[QAction]:
        """Every action that changes the library (the menus built on demand ask :attr:`read_only`)."""
        return [self.import_action, self.import_folder_action, self.undo_action, self.corrections_action,
                self.collect_action, self.collect_results_action, self.collect_article_action]

    def show_read_only(self, read_only: bool) -> None:
        """The one place editing is switched off (and on again for a writable library)."""
        self.read_only = read_only
        for action in self.editing_actions():
            action.setEnabled(not read_only)
        self.correct_button.setEnabled(not read_only)
        self.undo_action.setEnabled(not read_only and self.corrector.can_undo())
        self.note_editor.set_read_only(read_only)
        self.tags.editable = not read_only
        self.article_actions.enabled = not read_only
        self.read_only_label.setVisible(read_only)
        if self.library is not None:
            title = stored_location(str(self.library.path))
            self.setWindowTitle(tr("%1（只读）").replace("%1", title) if read_only else title)

    def editing(self, action: QAction) -> QAction:
        """Grey out ``action`` (a change offered in a context menu) when the library is read-only."""
        action.setEnabled(not self.read_only)
        return action

    def ask_open_server(self) -> ServerDialog:
        """File › 打开服务器资料库…: ask the address, then open it off the GUI thread."""
        recent = [p for p in recent_libraries() if Library.is_server_location(p)]
        dialog = ServerDialog(address=recent[0] if recent else "", parent=self)
        dialog.accepted.connect(lambda: self.open_server_library(dialog.url()))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def open_server_library(self, url: str) -> None:
        """Connect in a worker; on success show the library (read-only if so) and remember its address
        without a password; on failure say why in plain words and keep the library shown."""
        shown = stored_location(url)
        self.statusBar().showMessage(tr("正在连接资料库服务器 %1…").replace("%1", shown))

        def opened() -> tuple[Library, bool]:
            library = Library.open(url)
            return library, library.read_only()

        def done(result: Any, error: BaseException | None) -> None:
            self.statusBar().clearMessage()
            if error is not None:
                log.warning("cannot open the server library %s: %s", shown, error)
                self.show_message(tr("无法打开资料库"), connect_failure_text(error, shown), QMessageBox.Icon.Critical)
                return
            library, read_only = result
            self._show_library(library, read_only=read_only)
            settings.set_value("library/path", shown)

        self.workers.run(opened, done)
