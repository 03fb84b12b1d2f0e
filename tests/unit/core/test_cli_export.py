"""``gazette export``: the format inferred from -o, a mismatch refused, layout/order/source options."""

from __future__ import annotations

from pathlib import Path

import click
import docx
import pytest
from click.testing import CliRunner

from gazette_reader.cli import cli
from tests.conftest import SEEDS


def run(library: Path, *args: str) -> click.testing.Result:
    return CliRunner().invoke(cli, ["--library", str(library), *args])


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "cli.sqlite"
    assert run(path, "import", *map(str, SEEDS)).exit_code == 0
    return path


@pytest.mark.parametrize(("name", "magic"), [("a.xlsx", b"PK"), ("a.docx", b"PK"), ("a.ris", b"TY  - "),
                                             ("a.bib", b"@"), ("a.csv", b"\xef\xbb\xbf")])
def test_format_inferred_from_the_output_name(lib: Path, tmp_path: Path, name: str, magic: bytes) -> None:
    result = run(lib, "export", "--ids", "1,2", "-o", str(tmp_path / name))
    assert result.exit_code == 0, result.output
    assert (tmp_path / name).read_bytes().startswith(magic)


def test_mismatch_between_format_and_name_is_refused(lib: Path, tmp_path: Path) -> None:
    result = run(lib, "export", "--ids", "1", "--format", "chronicle-md", "-o", str(tmp_path / "out.xlsx"))
    assert result.exit_code == 2
    assert "names a xlsx file but --format is chronicle-md" in result.output
    assert not (tmp_path / "out.xlsx").exists()


def test_no_format_and_no_known_suffix_is_a_usage_error(lib: Path, tmp_path: Path) -> None:
    result = run(lib, "export", "--ids", "1", "-o", str(tmp_path / "out.doc"))
    assert result.exit_code == 2 and "give --format" in result.output


def test_chronicle_docx_and_plain_list_order(lib: Path, tmp_path: Path) -> None:
    assert run(lib, "export", "--ids", "3,1", "--format", "chronicle", "-o", str(tmp_path / "c.docx"),
               "--source", "none").exit_code == 0
    text = [p.text for p in docx.Document(str(tmp_path / "c.docx")).paragraphs]
    assert text[0] == "大事记" and not any(t.endswith("）") for t in text)
    assert run(lib, "export", "--ids", "3,1", "-o", str(tmp_path / "p.docx"), "--layout", "plain",
               "--order", "list").exit_code == 0
    plain = docx.Document(str(tmp_path / "p.docx"))
    assert plain.styles["Normal"].font.size.pt == 10.5


def test_help_documents_the_new_options() -> None:
    text = CliRunner().invoke(cli, ["export", "--help"]).output
    for word in ("--layout", "--order", "--source", "chronicle-xlsx", "ris", "bibtex", "inferred from the -o"):
        assert word in text


def test_bench_times_exports(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["bench", "--export", "docx,csv", "--articles", "20", "--json"])
    assert result.exit_code == 0, result.output
    import json

    timings = json.loads(result.output)
    assert timings["articles"] == 20 and set(timings) == {"articles", "docx", "csv"}
    bad = CliRunner().invoke(cli, ["bench", "--export", "doc", "--articles", "5"])
    assert bad.exit_code == 2 and "unknown format 'doc'" in bad.output


def test_chronicle_applies_the_windows_edits_unless_told_not_to(lib: Path, tmp_path: Path) -> None:
    from gazette_reader.export.chronicle_edits import edits_file, save_edits

    save_edits(edits_file(lib), {"1": {"text": "改写过的条目。", "date": "2020-04-02"}})
    try:
        assert run(lib, "export", "--ids", "1", "--format", "chronicle-md", "-o", str(tmp_path / "a.md")).exit_code == 0
        assert "4月2日，改写过的条目。" in (tmp_path / "a.md").read_text(encoding="utf-8")
        assert run(lib, "export", "--ids", "1", "--format", "chronicle-md", "-o", str(tmp_path / "b.md"),
                   "--no-edits").exit_code == 0
        assert "改写过的条目" not in (tmp_path / "b.md").read_text(encoding="utf-8")
    finally:
        edits_file(lib).unlink()
