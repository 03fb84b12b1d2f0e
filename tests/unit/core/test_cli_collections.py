"""``gazette collections``, ``collect``, ``note`` and ``export --collection``: the JSON shapes, the errors a
user can make, and that a re-parse keeps both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.unit.core.test_cli import run


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    assert run(path, "import", *map(str, SEEDS[:2])).exit_code == 0
    return path


def test_collect_by_ids_and_query_then_list(lib: Path) -> None:
    added = run(lib, "collect", "待核实", "--ids", "3,1", "--json")
    assert added.exit_code == 0, added.output
    assert json.loads(added.output) == {"collection": "待核实", "changed": 2, "articles": [3, 1]}
    hits = json.loads(run(lib, "search", "宋洁", "--json", "--limit", "500").output)["hits"]
    by_query = run(lib, "collect", "宋洁", "--query", "宋洁")
    assert by_query.output.strip() == f"{len(hits)} articles added to 宋洁 (now {len(hits)})"
    listed = json.loads(run(lib, "collections", "--json").output)
    assert [(c["name"], c["articles"]) for c in listed] == sorted([("宋洁", len(hits)), ("待核实", 2)])
    assert run(lib, "collect", "待核实", "--ids", "3", "--remove").output.strip() == \
        "1 articles removed from 待核实 (now 1)"
    assert run(lib, "collect", "待核实", "--delete").exit_code == 0
    assert [c["name"] for c in json.loads(run(lib, "collections", "--json").output)] == ["宋洁"]


@pytest.mark.parametrize("args, message", [
    (["collect", "x"], "exactly one of --ids or --query"),
    (["collect", "x", "--ids", "1,a"], "comma-separated numbers"),
    (["collect", "x", "--ids", "999999"], "no article 999999"),
    (["collect", "没有", "--delete"], "no collection named"),
    (["note", "999999", "备注"], "no article 999999"),
    (["export", "--collection", "没有", "-o", "x.md"], "no collection named"),
])
def test_mistakes_are_one_line_errors(lib: Path, args: list[str], message: str) -> None:
    result = run(lib, *args)
    assert result.exit_code != 0 and message in result.output
    assert run(lib, "collections", "--json").output.strip() == "[]"


def test_a_note_is_written_read_removed_and_survives_reparse(lib: Path) -> None:
    assert run(lib, "note", "2", "日期待核实").output.strip() == "note of article 2 saved"
    run(lib, "collect", "专题", "--ids", "2")
    assert run(lib, "reparse").exit_code == 0
    assert json.loads(run(lib, "note", "2", "--json").output) == {"id": 2, "note": "日期待核实"}
    assert json.loads(run(lib, "search", "备注:待核实", "--json").output)["hits"][0]["id"] == 2
    assert json.loads(run(lib, "show", "2", "--json").output)["note"] == "日期待核实"
    assert "note: 日期待核实" in run(lib, "show", "2").output
    assert run(lib, "note", "2", "").output.strip() == "note of article 2 removed"
    assert run(lib, "note", "2").output.strip() == ""


def test_export_a_collection_with_its_notes(lib: Path, tmp_path: Path) -> None:
    run(lib, "collect", "专题", "--ids", "4,2")
    run(lib, "note", "4", "见区志")
    out = tmp_path / "c.jsonl"
    assert run(lib, "export", "--collection", "专题", "--order", "list", "-o", str(out)).exit_code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["note"]) for r in records] == [(4, "见区志"), (2, "")]
    md = tmp_path / "c.md"
    run(lib, "export", "--collection", "专题", "-o", str(md))
    assert "备注" in md.read_text(encoding="utf-8") and "见区志" in md.read_text(encoding="utf-8")


@pytest.mark.parametrize("suffix", [".docx", ".html", ".xlsx", ".csv"])
def test_every_document_format_carries_the_note(lib: Path, tmp_path: Path, suffix: str) -> None:
    from tests.unit.export.readback import csv_rows, docx_text, xlsx_rows

    run(lib, "note", "4", "见区志第三章")
    out = tmp_path / f"n{suffix}"
    assert run(lib, "export", "--ids", "4,5", "-o", str(out)).exit_code == 0
    if suffix == ".docx":
        assert "备注：见区志第三章" in docx_text(out).replace("\t", "")
    elif suffix == ".html":
        assert "见区志第三章" in out.read_text(encoding="utf-8")
    elif suffix == ".xlsx":
        header, *rows = xlsx_rows(out)
        assert header[-1] == "备注" and [r[-1] for r in rows] == ["见区志第三章", None]
    else:
        assert [r["note"] for r in csv_rows(out)] == ["见区志第三章", ""]
