"""The import dialog's choice for a big folder: one all-or-nothing transaction, or a bulk load that commits
every few files and resumes.

An ordinary import from the window is one transaction (Cancel leaves the library as it was), and stays so
by default. A province's folder — thousands of files, hundreds of MB — in one transaction grows SQLite's
log to about three times its text and loses an hour's work to a late Cancel; :mod:`gazette_reader.bulk`
commits as it goes instead, and a second import of the same folder skips what was committed. The window
asks which the user wants only when the selection is big (:func:`is_big`), so small imports keep their
one-click path.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QRadioButton,
                               QSpinBox, QVBoxLayout, QWidget)

from gazette_reader.bulk import AUTO, MAX_BATCH_BYTES
from gazette_reader.importer import SUPPORTED_SUFFIXES

BIG_FILES = 1000
"""More gazette files than this make a selection big (a year of a county's daily pages)."""
BIG_BYTES = 100 * 1024 * 1024
"""Or more text than this: one transaction's log would pass about 300 MB."""
MB = 1024 * 1024
MAX_BATCH_FILES = 100_000


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("BulkImport", text)


@dataclass(frozen=True)
class Selection:
    """How many gazette files a selection holds and their bytes; counting stops once it is big, so a
    folder of a million files costs the first thousand ``stat`` calls, not all of them."""

    files: int
    size: int
    big: bool


def measure(paths: Iterable[str | Path], *, big_files: int | None = None, big_bytes: int | None = None) -> Selection:
    """Count the importable files under ``paths`` (folders recursively, as the importer takes them) until the count or the size passes the limits (default :data:`BIG_FILES`,
    :data:`BIG_BYTES`)."""
    big_files = BIG_FILES if big_files is None else big_files
    big_bytes = BIG_BYTES if big_bytes is None else big_bytes
    files = size = 0
    for path in _importable(paths):
        files += 1
        try:
            size += path.stat().st_size
        except OSError:
            pass  # the import itself reports a file it cannot read
        if files > big_files or size > big_bytes:
            return Selection(files, size, True)
    return Selection(files, size, False)


def _importable(paths: Iterable[str | Path]) -> Iterable[Path]:
    """The files the importer would take, as it finds them (``importer.collect_files`` sorts a whole
    folder first; this stops early)."""
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            yield path
            continue
        for folder, _dirs, names in os.walk(path):  # links to folders are not followed, as the importer does
            for name in names:
                if Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                    yield Path(folder) / name


class BulkImportDialog(QDialog):
    """Asks how to import a big selection: all at once (the default) or committing every N files."""

    def __init__(self, *, selection: Selection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("导入大量文件"))
        self.single = QRadioButton(tr("一次导入（默认）"), self)
        self.bulk = QRadioButton(tr("分批提交，可中断后继续"), self)
        self.single.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.single, self.bulk):
            group.addButton(button)
        self.batch = QSpinBox(self)
        self.batch.setRange(AUTO, MAX_BATCH_FILES)
        self.batch.setSpecialValueText(tr("自动（约每 %1 MB 文本提交一次）").replace("%1", str(MAX_BATCH_BYTES // 1_000_000)))
        self.batch.setSuffix(tr(" 个文件"))
        self.batch.setEnabled(False)
        self.bulk.toggled.connect(self.batch.setEnabled)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("导入"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout(selection)

    def _layout(self, selection: Selection) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(summary_text(selection), self))
        layout.addWidget(self.single)
        layout.addWidget(_wrapped(tr("全部文件导入成功后才一次写入资料库；中途取消或出错时，资料库保持原样。"
                                     "文件很多时需要较多磁盘空间，临近结束时取消会丢失全部进度。"), self, indent=True))
        layout.addWidget(self.bulk)
        layout.addWidget(_wrapped(tr("每导入 N 个文件就提交（保存）一次。中途取消、断电或程序退出时，已提交的文件"
                                     "保留在资料库中；再次导入同一文件夹时，已导入的文件会自动跳过，从中断处继续。"),
                                  self, indent=True))
        row = QHBoxLayout()
        row.addSpacing(24)
        row.addWidget(QLabel(tr("每批文件数 N："), self))
        row.addWidget(self.batch, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def batch_choice(self) -> int | None:
        """What to pass as ``Library.import_files(batch=…)``: None for one transaction, else files per
        commit (``AUTO``, 0: by text size alone)."""
        return self.batch.value() if self.bulk.isChecked() else None


def summary_text(selection: Selection) -> str:
    """``所选内容至少有 1,001 个简报文件、12 MB 文本。请选择导入方式：`` — the dialog's first line (counting
    stopped once the selection was big, hence "at least")."""
    text = tr("所选内容至少有 %1 个简报文件、%2 MB 文本。请选择导入方式：")
    return text.replace("%1", f"{selection.files:,}").replace("%2", f"{selection.size / MB:,.0f}")


def _wrapped(text: str, parent: QWidget, *, indent: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if indent:
        label.setContentsMargins(24, 0, 0, 6)
    return label
