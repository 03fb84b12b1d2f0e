"""After an export: say where the file went and offer to open it or its folder (the platform's handler,
through QDesktopServices), without blocking the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("Exported", text)


def exported_urls(path: Path) -> tuple[QUrl, QUrl]:
    """The ``file://`` URLs of the written file and of the folder it is in."""
    path = Path(path).resolve()
    return QUrl.fromLocalFile(str(path)), QUrl.fromLocalFile(str(path.parent))


class ExportedBox(QMessageBox):
    """导出完成 with 打开文件 / 打开所在文件夹 / 关闭; ``opened`` keeps the last URL handed to the platform."""

    def __init__(self, *, path: Path, count: int, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Information, tr("导出完成"),
                         tr("已导出 %1 篇到\n%2").replace("%1", str(count)).replace("%2", str(path)),
                         QMessageBox.StandardButton.NoButton, parent)
        self.path = Path(path)
        self.opened: QUrl | None = None
        self.open_button = self.addButton(tr("打开文件"), QMessageBox.ButtonRole.AcceptRole)
        self.folder_button = self.addButton(tr("打开所在文件夹"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(tr("关闭"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.open_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: QAbstractButton) -> None:
        file_url, folder_url = exported_urls(self.path)
        url = {self.open_button: file_url, self.folder_button: folder_url}.get(button)
        if url is not None:
            self.opened = url
            QDesktopServices.openUrl(url)
