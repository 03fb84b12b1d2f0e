"""The window speaks one language: core errors and import reasons follow the UI language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from gazette_reader.errors import QueryError
from gazette_reader.gui import dialogs, messages
from gazette_reader.library import Library


@pytest.fixture
def language(qapp: QApplication) -> Iterator[None]:
    """Restore the UI language after a test changes it."""
    before = messages.ui_language()
    yield
    messages.set_ui_language(before)


@pytest.mark.parametrize(("ui", "expected"), [("zh_CN", "引号没有闭合"), ("en", "never closed")])
def test_core_errors_are_shown_in_the_ui_language(language: None, ui: str, expected: str) -> None:
    messages.set_ui_language(ui)
    assert expected in messages.error_text(QueryError("The quote is never closed.", zh="引号没有闭合。"))


def test_an_unexpected_error_is_a_bug_report_line(language: None) -> None:
    messages.set_ui_language("zh_CN")
    assert messages.error_text(KeyError("x")).startswith("内部错误")


def test_the_import_summary_gives_chinese_reasons(language: None, tmp_path: Path) -> None:
    messages.set_ui_language("zh_CN")
    (tmp_path / "empty.txt").write_bytes(b"")
    report = Library.open(tmp_path / "lib.sqlite").import_files([tmp_path / "empty.txt", tmp_path / "missing.txt"])
    text = dialogs.import_summary_text(report)
    assert "empty.txt：文件是空的" in text and "missing.txt：文件或文件夹不存在" in text
    assert "the file is empty" not in text


def test_the_app_records_the_language_it_installed(language: None, qapp: QApplication) -> None:
    from gazette_reader.gui import app

    messages.set_ui_language("unset")
    app.create_app(["gazette-reader"])
    assert messages.ui_language() in ("zh_CN", "en")
