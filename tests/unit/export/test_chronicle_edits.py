"""The 大事记 edits file beside the library: round trip, atomic replacement, damaged or missing files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gazette_reader.errors import ExportError
from gazette_reader.export.chronicle_edits import edits_file, load_edits, save_edits


def test_edits_file_sits_beside_the_library(tmp_path: Path) -> None:
    assert edits_file(tmp_path / "library.sqlite") == tmp_path / "library.sqlite.chronicle.json"


def test_round_trip_leaves_out_empty_edits_and_no_temp_files(tmp_path: Path) -> None:
    path = tmp_path / "l.sqlite.chronicle.json"
    save_edits(path, {"1,2": {"text": "区委书记宋洁督导工作。", "date": "2020-04-03"}, "5": {"dropped": True}, "6": {}})
    assert load_edits(path) == {"1,2": {"text": "区委书记宋洁督导工作。", "date": "2020-04-03"}, "5": {"dropped": True}}
    assert "区委书记" in path.read_text(encoding="utf-8")  # readable, not \\u escapes
    save_edits(path, {})
    assert load_edits(path) == {} and os.listdir(tmp_path) == [path.name]


@pytest.mark.parametrize("content", [None, "", "not json", "[1, 2]", '{"1": "text"}'])
def test_missing_or_damaged_file_is_no_edits(tmp_path: Path, content: str | None) -> None:
    path = tmp_path / "e.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert load_edits(path) == {}


def test_an_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as raised:
        save_edits(tmp_path / "missing" / "e.json", {"1": {"dropped": True}})
    assert "Could not keep the chronicle edits" in str(raised.value) and raised.value.zh
