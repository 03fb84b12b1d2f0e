"""The Qt-free self-test: line format, failure capture, and a real run over the seeds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from gazette_reader import paths
from gazette_reader.errors import GazetteError
from gazette_reader.selftest import (
    CORE_CHECKS,
    Check,
    Context,
    run_check,
    run_core_checks,
    run_step,
    search_term,
    summary,
)


@pytest.mark.parametrize(
    ("check", "line"),
    [
        (Check("import", True, "5 files, 45 articles", 1.2), "ok   import: 5 files, 45 articles (1.20 s)"),
        (Check("search", False, "no hits", 0.0), "FAIL search: no hits (0.00 s)"),
    ],
)
def test_line_format(check: Check, line: str) -> None:
    assert check.line() == line


def _raise(exc: Exception):
    def step() -> str:
        raise exc
    return step


@pytest.mark.parametrize(
    ("step", "ok", "detail"),
    [
        (lambda: "fine", True, "fine"),
        (_raise(GazetteError("the seeds are missing")), False, "the seeds are missing"),
        (_raise(KeyError("title")), False, "KeyError: 'title'"),
        (_raise(ModuleNotFoundError("No module named 'jieba'")), False,
         "ModuleNotFoundError: No module named 'jieba'"),
    ],
)
def test_run_step_never_raises(step, ok: bool, detail: str) -> None:
    check = run_step("x", step)
    assert (check.ok, check.detail) == (ok, detail)
    assert check.seconds >= 0


@pytest.mark.parametrize(
    ("title", "term"),
    [
        ("我区召开安全生产工作会议", "我区召开"),
        ("“十四五”规划编制启动", "十四五"),
        ("2020年3月", None),
        ("2020年第3期", "年第"),
        ("", None),
        ("A区 全面推进", "全面推进"),
    ],
)
def test_search_term(title: str, term: str | None) -> None:
    assert search_term(title) == term


@pytest.mark.parametrize(
    ("oks", "expected"),
    [
        ([True, True], "selftest passed: 2 checks in 1.5 s"),
        ([True, False], "selftest FAILED: 1 of 2 checks (c1) in 1.5 s"),
    ],
)
def test_summary(oks: list[bool], expected: str) -> None:
    checks = [Check(f"c{i}", ok, "") for i, ok in enumerate(oks)]
    assert summary(checks, 1.5) == expected


def test_checks_after_a_failed_import_say_why_and_report_streams(tmp_path: Path) -> None:
    seen: list[str] = []

    def failing_import(ctx: Context) -> str:
        raise GazetteError("disk full")

    def needs_library(ctx: Context) -> str:
        ctx.require_library()
        return "unreachable"

    checks = run_core_checks(tmp_path, (("import", failing_import), ("search", needs_library)),
                             report=lambda c: seen.append(c.name))
    assert seen == ["import", "search"]
    assert [c.ok for c in checks] == [False, False]
    assert checks[1].detail == "not run: the import check failed"


def test_real_checks_pass_on_the_seeds(tmp_path: Path) -> None:
    checks = run_core_checks(tmp_path)
    assert [c.name for c in checks] == [name for name, _ in CORE_CHECKS]
    assert all(c.ok for c in checks), "\n".join(c.line() for c in checks)
    by_name = {c.name: c for c in checks}
    assert by_name["import"].detail.startswith(f"{len(paths.seed_files())} files, ")
    assert by_name["import"].detail.endswith("texts packed by ISA-L")
    assert (tmp_path / "selftest-docx.docx").stat().st_size > 0
    assert (tmp_path / "selftest-pdf.pdf").read_bytes().startswith(b"%PDF")


def test_a_bundle_without_isal_fails_the_import_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gazette_reader.store import packing

    monkeypatch.setattr(packing, "DEFLATE", "zlib")
    checks = {c.name: c for c in run_core_checks(tmp_path)}
    assert not checks["import"].ok and "isal is missing" in checks["import"].detail


def test_missing_seeds_are_reported_not_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "seed_files", lambda: [])
    checks = {c.name: c for c in run_core_checks(tmp_path)}
    assert not checks["resources"].ok and "no sample gazettes" in checks["resources"].detail
    assert not checks["search"].ok and "not run" in checks["search"].detail


def test_core_selftest_does_not_import_qt() -> None:
    code = ("import sys, gazette_reader.selftest; "
            "sys.exit(any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@pytest.mark.parametrize(
    ("name", "content", "ok"),
    [
        ("a.pdf", b"%PDF-1.4 ...", True),
        ("a.pdf", b"<html>", False),
        ("a.docx", b"PK\x03\x04", True),
        ("a.xlsx", b"", False),
        ("a.md", b"# title", True),
        ("a.md", b"", False),
    ],
)
def test_export_file_check(tmp_path: Path, name: str, content: bytes, ok: bool) -> None:
    from gazette_reader.selftest import check_export_file

    path = tmp_path / name
    path.write_bytes(content)
    if ok:
        check_export_file(path)
    else:
        with pytest.raises(GazetteError):
            check_export_file(path)


def test_csv_row_count_is_checked(tmp_path: Path) -> None:
    from gazette_reader.selftest import check_csv_rows

    path = tmp_path / "a.csv"
    path.write_text("id,title\n1,\"多行\n标题\"\n2,b\n", encoding="utf-8-sig")
    check_csv_rows(path, 2)
    with pytest.raises(GazetteError, match="2 data rows for 3 articles"):
        check_csv_rows(path, 3)


def test_formats_check_fails_when_a_reader_loses_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gazette_reader.ingest import readers
    from gazette_reader.ingest.readers.model import Rendered
    from gazette_reader.selftest import check_formats

    monkeypatch.setattr(readers, "read_bytes", lambda data, suffix: Rendered("区长调研城市建设\n", suffix))
    check = run_check("formats", check_formats, Context(tmp_path))
    assert not check.ok and "reader gave" in check.detail
