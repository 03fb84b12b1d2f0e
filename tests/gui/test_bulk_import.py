"""The import dialog's choice for a big folder, driven as a user does: the folder dialog, then mouse
clicks on the choice's radio buttons and its Import button."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QRadioButton

from gazette_reader import bulk
from gazette_reader.bulk import BulkStopped
from gazette_reader.gui.main_window import MainWindow
from gazette_reader.gui.widgets import bulk_import
from gazette_reader.gui.widgets.bulk_import import BulkImportDialog, measure
from gazette_reader.library import Library
from tests.conftest import SEEDS


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of the five seeds (one in a subfolder), plus a file the importer passes over."""
    target = tmp_path / "gazettes"
    (target / "sub").mkdir(parents=True)
    for n, path in enumerate(SEEDS):
        shutil.copy(path, (target / "sub" if n % 2 else target) / path.name)
    (target / "notes.xlsx").write_bytes(b"x" * 10)
    return target


@pytest.fixture
def empty_window(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The window on a new library that holds nothing yet."""
    window.seed_empty = False
    assert window.open_library(tmp_path / "empty.sqlite")
    return window


@pytest.fixture
def choose_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> Path:
    """The folder dialog answers with ``folder``."""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(folder))
    return folder


def _batches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Record the ``batch_files`` of every bulk load."""
    calls: list[int] = []
    real = bulk.import_in_commits

    def spy(*args, **kwargs):
        calls.append(kwargs["batch_files"])
        return real(*args, **kwargs)

    monkeypatch.setattr(bulk, "import_in_commits", spy)
    return calls


def _click(widget) -> None:
    """A left click where the user would: a radio button's circle and label start (left), a push button's
    middle."""
    point = widget.rect().center()
    if isinstance(widget, QRadioButton):
        point.setX(min(point.x(), 8))
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def test_measure_counts_importable_files_and_stops_once_big(folder: Path) -> None:
    small = measure([folder])
    assert small.files == len(SEEDS) and not small.big
    assert small.size == sum(p.stat().st_size for p in SEEDS)
    big = measure([folder], big_files=2)
    assert big.big and big.files == 3  # counting stopped at the first file past the limit
    assert measure([folder], big_bytes=10).big
    assert measure([SEEDS[0]]).files == 1


def test_a_small_folder_imports_at_once_in_one_transaction(empty_window: MainWindow, choose_folder: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    batches = _batches(monkeypatch)
    empty_window.ask_import_folder()
    assert not isinstance(empty_window.last_dialog, BulkImportDialog)
    assert empty_window.last_report.articles > 0 and batches == []


def test_a_big_folder_offers_a_bulk_load_and_it_commits_every_n_files(
        empty_window: MainWindow, choose_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk_import, "BIG_FILES", 2)
    batches = _batches(monkeypatch)
    empty_window.ask_import_folder()
    dialog = empty_window.last_dialog
    assert isinstance(dialog, BulkImportDialog) and dialog.isVisible()
    assert dialog.single.isChecked() and not dialog.batch.isEnabled()  # all at once stays the default
    assert "至少有 3 个简报文件" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    _click(dialog.bulk)
    assert dialog.bulk.isChecked() and dialog.batch.isEnabled()
    dialog.batch.selectAll()
    QTest.keyClicks(dialog.batch.lineEdit(), "2")
    assert dialog.batch.value() == 2
    _click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert batches == [2]
    report = empty_window.last_report
    assert report.articles > 0 and len(report.outcomes) == len(SEEDS)
    assert empty_window.library.counts()["sources"] == len(SEEDS)


def test_the_default_choice_for_a_big_folder_is_one_transaction(
        empty_window: MainWindow, choose_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk_import, "BIG_FILES", 2)
    batches = _batches(monkeypatch)
    empty_window.ask_import_folder()
    _click(empty_window.last_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert batches == [] and empty_window.last_report.articles > 0


def test_cancelling_the_choice_imports_nothing(empty_window: MainWindow, choose_folder: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk_import, "BIG_FILES", 2)
    empty_window.ask_import_folder()
    _click(empty_window.last_dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert empty_window.library.counts()["sources"] == 0 and empty_window.last_report is None


def test_the_choice_says_what_it_found_and_what_each_way_keeps(folder: Path, qtbot) -> None:
    dialog = BulkImportDialog(selection=measure([folder], big_files=2))
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert texts.startswith("所选内容至少有 3 个简报文件")
    assert "保持原样" in texts and "已导入的文件会自动跳过" in texts
    assert dialog.batch.specialValueText().startswith("自动") and dialog.batch_choice() is None
    dialog.bulk.setChecked(True)
    assert dialog.batch_choice() == bulk.AUTO


def test_a_stopped_bulk_load_says_what_it_kept_and_shows_it(
        empty_window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel (or a failure) in a bulk load keeps the files committed: the window says so and lists them,
    instead of "nothing changed"."""
    library = empty_window.library
    real = Library.import_files

    def stop_after_two(self, files, **kwargs):
        real(self, SEEDS[:2], **kwargs)
        raise BulkStopped(2, len(SEEDS))

    monkeypatch.setattr(Library, "import_files", stop_after_two)
    empty_window.import_paths([folder], batch=1)
    message = empty_window.last_message
    assert isinstance(message, QMessageBox) and "已提交的 2 个" in message.text()
    assert library.counts()["sources"] == 2
    assert empty_window.counts_label.text().startswith("2 份简报")  # the window was refreshed to show them
