"""Errors the user reads: an English sentence with a Chinese twin that survives pickling."""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

import pytest

from gazette_reader.errors import Cancelled, ExportError, GazetteError, LibraryError, QueryError
from gazette_reader.export import write_export
from gazette_reader.library import Library
from gazette_reader.store.packing import unpack_text
from gazette_reader.tagging.corrections import CorrectionError


@pytest.mark.parametrize(("language", "expected"), [("zh", "中文"), ("zh_CN", "中文"), ("en", "English")])
def test_text_picks_the_twin_for_the_language(language: str, expected: str) -> None:
    assert QueryError("English", zh="中文").text(language) == expected


def test_without_a_twin_every_language_reads_the_english() -> None:
    assert GazetteError("English only").text("zh_CN") == "English only"


@pytest.mark.parametrize("cls", [GazetteError, QueryError, LibraryError, ExportError, CorrectionError, Cancelled])
def test_the_twin_and_the_class_survive_pickling(cls: type[GazetteError]) -> None:
    error = pickle.loads(pickle.dumps(cls("English", zh="中文")))
    assert type(error) is cls and str(error) == "English" and error.zh == "中文"


def test_cancelled_says_nothing_changed_in_both_languages() -> None:
    assert "nothing was changed" in str(Cancelled()) and "没有任何改变" in Cancelled().zh


def _raised(run) -> GazetteError:  # noqa: ANN001 - any callable
    with pytest.raises(GazetteError) as caught:
        run()
    return caught.value


def test_errors_the_window_shows_have_chinese_twins(tmp_path: Path) -> None:
    library = Library.open(tmp_path / "lib.sqlite")
    errors = [
        _raised(lambda: write_export([], "csv", tmp_path / "x.csv")),
        _raised(lambda: write_export([{"id": 1}], "nope", tmp_path / "x.nope")),
        _raised(lambda: library.correct("rename", "leader", "无此人", "新名")),
        _raised(lambda: library.article(999)),
        _raised(lambda: unpack_text(b"\x01garbage")),
        _raised(lambda: Library.open(_not_a_library(tmp_path))),
        _raised(lambda: Library.open(_from_the_future(tmp_path))),
    ]
    for error in errors:
        assert error.zh and any("\u4e00" <= ch <= "\u9fff" for ch in error.zh), repr(error)


def _not_a_library(tmp_path: Path) -> Path:
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"this is not an SQLite database" * 100)
    return path


def _from_the_future(tmp_path: Path) -> Path:
    path = tmp_path / "future.sqlite"
    Library.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    return path
