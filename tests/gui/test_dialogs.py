"""The settings dialog stores only what the user chose, and shows a whole library path."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from gazette_reader.gui import settings
from gazette_reader.gui.dialogs import SettingsDialog

TYPICAL = "/home/someone/.local/share/GazetteReader/library.sqlite"


@pytest.fixture
def dialog(qtbot, monkeypatch: pytest.MonkeyPatch) -> SettingsDialog:
    monkeypatch.setenv("GAZETTE_LIBRARY", TYPICAL)  # the default path the field has to show
    widget = SettingsDialog()
    qtbot.addWidget(widget)
    return widget


def test_accepting_untouched_keeps_following_the_app_font(dialog: SettingsDialog) -> None:
    dialog.accept()
    assert settings.value("reader/font_family") == ""


def test_a_picked_font_is_stored(dialog: SettingsDialog) -> None:
    dialog.font_family.setCurrentFont(QFont("DejaVu Serif"))
    dialog.accept()
    assert settings.value("reader/font_family") == dialog.font_family.currentFont().family() != ""


def test_a_stored_font_survives_an_untouched_dialog(qtbot) -> None:
    settings.set_value("reader/font_family", "DejaVu Serif")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.accept()
    assert settings.value("reader/font_family") == "DejaVu Serif"


def test_the_library_field_shows_a_typical_path(dialog: SettingsDialog, qtbot) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    assert TYPICAL in dialog.library.placeholderText()
    assert dialog.library.width() >= dialog.library.fontMetrics().horizontalAdvance(TYPICAL) + 24


def test_the_index_merge_at_the_end_of_a_bulk_load_is_said_in_chinese(qtbot) -> None:
    from gazette_reader.gui.dialogs import JobProgress
    from gazette_reader.jobs import CancelToken
    from gazette_reader.search.upkeep import MERGING

    dialog = JobProgress(title="导入", token=CancelToken())
    qtbot.addWidget(dialog)
    dialog.report(3, 10, MERGING)
    assert dialog.labelText() == "正在合并检索索引（文件已全部导入）…" and dialog.value() == 3
    dialog.report(4, 10, "二七区简报.txt")
    assert dialog.labelText() == "二七区简报.txt"
