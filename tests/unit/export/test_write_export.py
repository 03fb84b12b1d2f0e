"""write_export: validation, atomic replacement, progress and cancellation, for every format."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gazette_reader.errors import Cancelled, ExportError
from gazette_reader.export import FORMATS, format_for, name_mismatch, write_export
from gazette_reader.jobs import CancelToken

ALL = list(FORMATS)


def test_formats_are_the_agreed_ones_in_order() -> None:
    assert ALL == ["docx", "xlsx", "csv", "jsonl", "md", "html", "pdf", "chronicle", "chronicle-md", "chronicle-xlsx",
                   "citations", "ris", "bibtex"]
    for label, suffix in FORMATS.values():
        assert label and suffix.startswith(".")
    assert FORMATS["chronicle"][1] == ".docx" and FORMATS["citations"][1] == ".txt"


@pytest.mark.parametrize("fmt", ALL)
def test_every_format_writes_reports_progress_and_leaves_no_temp(fmt: str, articles: list[dict], tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    target = tmp_path / f"out{FORMATS[fmt][1]}"
    result = write_export(articles, fmt, target, progress=lambda d, t, m: calls.append((d, t, m)))
    assert result == target and target.stat().st_size > 0
    assert [d for d, _, _ in calls] == [1, 2, 3, 4, 5]
    assert {t for _, t, _ in calls} == {5}
    assert os.listdir(tmp_path) == [target.name]


@pytest.mark.parametrize("fmt", ALL)
def test_cancel_mid_export_leaves_nothing_behind(fmt: str, articles: list[dict], tmp_path: Path) -> None:
    token = CancelToken()

    def progress(done: int, total: int, message: str) -> None:
        if done == 2:
            token.cancel()

    with pytest.raises(Cancelled):
        write_export(articles, fmt, tmp_path / "out.bin", progress=progress, cancel=token)
    assert os.listdir(tmp_path) == []


def test_cancel_with_force_keeps_the_old_file(articles: list[dict], tmp_path: Path) -> None:
    target = tmp_path / "keep.csv"
    target.write_text("old", encoding="utf-8")
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        write_export(articles, "csv", target, force=True, cancel=token)
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["keep.csv"]


def test_existing_file_needs_force(articles: list[dict], tmp_path: Path) -> None:
    target = tmp_path / "a.jsonl"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ExportError, match="already exists"):
        write_export(articles, "jsonl", target)
    assert target.read_text(encoding="utf-8") == "old"
    write_export(articles, "jsonl", target, force=True)
    assert target.read_text(encoding="utf-8").count("\n") == 5


def test_file_appearing_during_export_is_not_overwritten(articles: list[dict], tmp_path: Path) -> None:
    target = tmp_path / "race.md"

    def progress(done: int, total: int, message: str) -> None:
        if done == total:
            target.write_text("someone else's", encoding="utf-8")

    with pytest.raises(ExportError, match="already exists"):
        write_export(articles, "md", target, progress=progress)
    assert target.read_text(encoding="utf-8") == "someone else's"
    assert os.listdir(tmp_path) == ["race.md"]


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("empty", "Nothing to export"),
        ("unknown", "Unknown export format 'odt'; choose one of: docx, xlsx"),
        ("missing-folder", "does not exist"),
        ("folder", "is a folder"),
    ],
)
def test_user_errors_are_clear(case: str, message: str, articles: list[dict], tmp_path: Path) -> None:
    fmt, path, selection = "csv", tmp_path / "x.csv", articles
    if case == "empty":
        selection = []
    elif case == "unknown":
        fmt = "odt"
    elif case == "missing-folder":
        path = tmp_path / "nope" / "x.csv"
    elif case == "folder":
        path = tmp_path
    with pytest.raises(ExportError, match=message):
        write_export(selection, fmt, path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions and a non-root user")
def test_unwritable_folder(articles: list[dict], tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="Cannot write in the folder"):
            write_export(articles, "csv", locked / "x.csv")
    finally:
        locked.chmod(0o700)


def test_accepts_string_paths_and_makes_shareable_files(articles: list[dict], tmp_path: Path) -> None:
    out = write_export(articles, "html", str(tmp_path / "page.html"))  # type: ignore[arg-type]
    assert isinstance(out, Path) and out.exists()
    if os.name == "posix":
        assert out.stat().st_mode & 0o044 == 0o044


def test_unwritable_folder_simulated(articles: list[dict], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("gazette_reader.export.target.tempfile.mkstemp", refuse)
    with pytest.raises(ExportError, match="Cannot write in the folder .*Permission denied"):
        write_export(articles, "csv", tmp_path / "x.csv")


def test_disk_error_while_writing_is_reported_and_cleaned_up(
    articles: list[dict], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(selection: object, path: Path, steps: object) -> None:
        path.write_text("partial", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("gazette_reader.export.tables.write_csv", disk_full)
    with pytest.raises(ExportError, match="No space left on device"):
        write_export(articles, "csv", tmp_path / "x.csv")
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize(("name", "fmt"), [("a.docx", "docx"), ("A.XLSX", "xlsx"), ("a.htm", "html"), ("a.md", "md"),
                                           ("a.txt", "citations"), ("a.ris", "ris"), ("a.bib", "bibtex"),
                                           ("a.doc", None), ("noext", None)])
def test_format_for_a_file_name(name: str, fmt: str | None) -> None:
    assert format_for(Path(name)) == fmt


@pytest.mark.parametrize(("fmt", "name", "named"), [("chronicle-md", "out.xlsx", "xlsx"), ("chronicle", "c.docx", None),
                                                    ("chronicle-xlsx", "c.xlsx", None), ("csv", "a.md", "md"),
                                                    ("csv", "a.bak", None), ("html", "a.htm", None)])
def test_name_mismatch(fmt: str, name: str, named: str | None) -> None:
    assert name_mismatch(fmt, Path(name)) == named
