"""Hostile inputs to the import: names that are not UTF-8, unreadable and special paths, control
characters. Each is imported or refused with a one-line reason; nothing is skipped in silence."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from gazette_reader.cli import cli
from gazette_reader.library import Library
from gazette_reader.paths import name_bytes, printable
from tests.conftest import seed

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file names and special files")


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return Library.open(tmp_path / "lib.sqlite")


def test_printable_names_round_trip() -> None:
    raw = b"n/bad_\xff\xe4\xb8\xad.txt"
    shown = printable(os.fsdecode(raw))
    assert shown == "n/bad_\\xff中.txt" and name_bytes(shown) == raw
    assert printable("正常.txt") == "正常.txt" and name_bytes("正常.txt") == "正常.txt".encode()


@posix_only
def test_a_name_with_non_utf8_bytes_imports_and_reparses(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "n"
    folder.mkdir()
    shutil.copy(seed("003"), os.fsdecode(os.fsencode(folder) + b"/bad_\xff.txt"))
    report = library.import_files([folder])
    assert [(o.status, Path(o.path).name) for o in report.outcomes] == [("imported", "bad_\\xff.txt")]
    name, path = library.db.execute("SELECT name, path FROM sources").fetchone()
    assert name == "bad_\\xff.txt" and name_bytes(path) == os.fsencode(folder.resolve()) + b"/bad_\xff.txt"
    library.reparse()
    assert library.counts()["articles"] == 1


@posix_only
def test_links_to_folders_special_files_and_empty_folders_are_reported(library: Library, tmp_path: Path) -> None:
    top = tmp_path / "in"
    (top / "sub").mkdir(parents=True)
    (top / "empty").mkdir()
    shutil.copy(seed("003"), top / "sub" / "a.txt")
    (top / "link").symlink_to(seed("003").parent)
    os.mkfifo(top / "pipe.txt")
    report = library.import_files([top, top / "empty", top / "pipe.txt"])
    got = {Path(o.path).name: (o.status, o.reason) for o in report.outcomes}
    assert got["a.txt"][0] == "imported"
    assert got["link"] == ("refused", "a link to a folder, not followed (import the folder it points to)")
    assert got["empty"] == ("refused", "no gazette files in this folder (txt, docx, html, htm, mhtml, mht, pdf)")
    assert got["pipe.txt"] == ("refused", "not a regular file")
    assert all(o.reason_zh for o in report.outcomes if o.status == "refused")


def test_an_unreadable_subfolder_is_reported(library: Library, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in" / "locked").mkdir(parents=True)
    shutil.copy(seed("003"), tmp_path / "in" / "a.txt")
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]):  # as for a folder without read permission (tests run as root)
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr("gazette_reader.importer.os.scandir", scandir)
    report = library.import_files([tmp_path / "in"])
    assert [(Path(o.path).name, o.status, o.reason) for o in report.outcomes] == [
        ("locked", "refused", "cannot read the folder (Permission denied)"), ("a.txt", "imported", "")]


def test_an_unreadable_file_given_directly_is_refused_and_the_rest_import(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked.txt").write_text("x", encoding="utf-8")
    real_access, real_read = os.access, Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(os, "access", lambda p, mode, **kw: Path(p).name != "locked.txt" and real_access(p, mode))
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = CliRunner().invoke(cli, ["--library", str(tmp_path / "l.sqlite"), "import",
                                      str(tmp_path / "locked.txt"), str(seed("003"))])
    assert result.exit_code == 1, result.output
    assert "locked.txt: cannot read the file (Permission denied)" in result.output
    assert "1 imported (1 article), 0 already in the library, 1 refused" in result.output


def test_nul_anywhere_is_refused_like_in_the_first_4_kb(library: Library, tmp_path: Path) -> None:
    (tmp_path / "late-nul.txt").write_text("区委书记宋洁督导工作\n" + "正文。" * 3000 + "\x00尾", encoding="utf-8")
    outcome = library.import_files([tmp_path / "late-nul.txt"]).outcomes[0]
    assert outcome.status == "refused" and "NUL character (at character 9,011)" in outcome.reason
    assert "空字符" in outcome.reason_zh and library.counts()["sources"] == 0


def test_other_controls_are_dropped_and_listed(library: Library, tmp_path: Path) -> None:
    text = "标题\x01\x02有控制\x1b[31m\n" + "正文内容很长。" * 800 + "\n区委书记宋洁督导工作\x1b\n"
    (tmp_path / "ctl.txt").write_text(text, encoding="utf-8")
    outcome = library.import_files([tmp_path / "ctl.txt"]).outcomes[0]
    assert outcome.status == "imported"
    assert outcome.warnings == ("control characters were dropped from the text: U+0001 ×1, U+0002 ×1, U+001B ×2",)
    assert outcome.warnings_zh == ("已从文本中删除控制字符：U+0001 ×1, U+0002 ×1, U+001B ×2",)
    for article in library.articles():
        assert not any(ord(ch) < 32 and ch not in "\n\t\f" for ch in article["title"] + article["body"])


def test_a_file_in_an_unsearchable_folder_is_not_called_missing(library: Library, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    real_stat = os.stat

    def stat(path, *args, **kwargs):  # as for a folder without x permission (tests run as root)
        if "hidden" in str(path):
            raise PermissionError(13, "Permission denied")
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr("gazette_reader.importer.os.stat", stat)
    outcome = library.import_files([tmp_path / "hidden" / "a.txt"]).outcomes[0]
    assert outcome.status == "refused" and outcome.reason.startswith("cannot reach it (Permission denied")
    missing = library.import_files([tmp_path / "nope.txt"]).outcomes[0]
    assert missing.reason == "no such file or folder"
