"""The ``gazette`` command line: exit codes, JSON shapes, readable errors, help with examples."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from gazette_reader.cli import cli
from tests.conftest import SEEDS, seed

ARTICLE_KEYS = {"id", "source", "place", "publication", "issue_id", "year", "month", "issue_number", "section",
                "kind", "title", "subtitle", "month_day", "date", "bylines", "source_unit", "body", "leaders",
                "projects"}


def run(library: Path, *args: str) -> click.testing.Result:
    return CliRunner().invoke(cli, ["--library", str(library), *args], catch_exceptions=False)


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite"
    assert run(path, "import", *map(str, SEEDS)).exit_code == 0
    return path


def test_import_reports_each_file_and_a_summary(tmp_path: Path) -> None:
    result = run(tmp_path / "x.sqlite", "import", str(seed("001").parent))
    assert result.exit_code == 0
    assert "5 imported (45 articles)" in result.output
    again = run(tmp_path / "x.sqlite", "import", str(seed("001")))
    assert again.exit_code == 0 and "already in the library" in again.output


def test_import_refusal_exits_non_zero_but_imports_the_rest(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["--library", str(tmp_path / "x.sqlite"), "import", "--json",
                                      str(tmp_path / "empty.txt"), str(seed("003"))])
    assert result.exit_code == 1
    files = json.loads(result.stdout)["files"]
    assert [(f["status"], f["reason"]) for f in files] == [("refused", "the file is empty"), ("imported", "")]


UNRECOGNISED = ("这一段文字没有标题，也没有日期，只是一些连续的叙述，用来说明什么样的文件无法识别版式。"
                "它不像简报，不像报纸，也不像任何一种常见的格式。\n" * 3)


def test_import_says_when_no_layout_was_recognised(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text(UNRECOGNISED, encoding="utf-8")
    result = run(tmp_path / "x.sqlite", "import", str(tmp_path / "plain.txt"), str(seed("001")))
    assert result.exit_code == 0
    assert "plain.txt (utf-8, 1 article (layout not recognised))" in result.output
    assert "001_50b77e7c84dd9d8f.txt (utf-8, 28 articles, layout bulletin)" in result.output


def test_import_json_has_layout_and_confidence(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text(UNRECOGNISED, encoding="utf-8")
    result = run(tmp_path / "x.sqlite", "import", "--json", str(tmp_path / "plain.txt"), str(seed("001")))
    files = json.loads(result.stdout)["files"]
    assert [(f["layout"], f["unrecognised"]) for f in files] == [("feature", True), ("bulletin", False)]
    assert files[0]["confidence"] < 0.5 <= files[1]["confidence"] <= 1


def test_import_notes_what_the_parser_noticed(tmp_path: Path) -> None:
    page = Path(__file__).resolve().parents[2] / "corpus" / "real" / "yearbook" / "yuguan_interleaved.txt"
    result = run(tmp_path / "x.sqlite", "import", str(page))
    assert "2 articles, layout yearbook" in result.output
    assert "note: two columns were read line by line; their lines were separated again" in result.output
    files = json.loads(run(tmp_path / "y.sqlite", "import", "--json", str(page)).stdout)["files"]
    assert files[0]["warnings"] == ["two columns were read line by line; their lines were separated again"]
    assert files[0]["warnings_zh"] == ["两栏文字被逐行交错读出，已重新分开"]


def test_articles_json_shape(lib: Path) -> None:
    rows = json.loads(run(lib, "articles", "--json").output)
    assert len(rows) == 45
    for row in rows:
        assert ARTICLE_KEYS <= set(row)
        assert row["kind"] in {"article", "brief"}
        assert row["date"] is None or len(row["date"]) == 10
        assert all(set(leader) == {"name", "title"} for leader in row["leaders"])


def test_issues_and_show(lib: Path) -> None:
    issues = json.loads(run(lib, "issues", "--json").output)
    bulletin = next(i for i in issues if i["source"].startswith("001"))
    assert bulletin["title"] == "2020年4月 总第93期" and bulletin["articles"] == 28
    first = json.loads(run(lib, "articles", "--issue", str(bulletin["id"]), "--json", "--limit", "1").output)[0]
    shown = run(lib, "show", str(first["id"]))
    assert first["title"] in shown.output and "本月关注" in shown.output
    assert first["body"] and first["body"] in shown.output  # stored packed, shown as text


def test_search_json_shape(lib: Path) -> None:
    out = json.loads(run(lib, "search", "宋洁", "--json", "--limit", "3").output)
    assert out["total"] >= 5 and len(out["hits"]) == 3
    hit = out["hits"][0]
    assert {"id", "title", "date", "place", "issue_id", "section", "snippet", "highlights", "score"} <= set(hit)
    start, end = hit["highlights"][0]
    assert hit["snippet"][start:end] == "宋洁"


def test_malformed_query_is_a_one_line_error(lib: Path) -> None:
    result = CliRunner().invoke(cli, ["--library", str(lib), "search", '"unclosed'])
    assert result.exit_code == 1
    assert result.output.startswith("Error:") and "Traceback" not in result.output


def _search_ids(lib: Path, *args: str) -> list[int]:
    result = run(lib, "search", *args)
    assert result.exit_code == 0, result.output
    return [hit["id"] for hit in json.loads(result.output)["hits"]]


def test_a_query_may_start_with_a_minus(lib: Path) -> None:
    """``-疫情`` is a query, not an unknown option; options still work before, after and between words."""
    after = run(lib, "search", "--json", "--", "-xyzzy", "--limit")  # after --, option names are query text
    assert json.loads(after.output)["total"] == 45  # no article has xyzzy or -limit
    without = _search_ids(lib, "-疫情", "--json", "--limit", "100")
    assert without and without == _search_ids(lib, "--limit=100", "--json", "--", "-疫情")
    assert _search_ids(lib, "-疫情", "宋洁", "--json") == _search_ids(lib, "--json", "宋洁 -疫情")
    assert _search_ids(lib, "宋洁", "--sort", "date", "-疫情", "--json", "--limit", "3") == \
        _search_ids(lib, "--json", "--sort=date", "--limit", "3", "宋洁 -疫情")
    assert len(_search_ids(lib, "宋洁", "--json", "--limit", "2", "--offset", "1")) == 2
    help_text = run(lib, "search", "--help").output
    assert "-疫情" in help_text and "'--'" in help_text and "may start with '-'" in help_text


def test_search_usage_errors_are_one_line(lib: Path) -> None:
    for args in (["宋洁", "--limit", "99999999999999999999"], ["宋洁", "--offset", "-1"], ["宋洁", "--limit"], [],
                 ["宋洁", "--lim", "5"], ["建设", "--library", "other.sqlite"]):
        result = CliRunner().invoke(cli, ["--library", str(lib), "search", *args])
        assert result.exit_code == 2 and "Error:" in result.output and "Traceback" not in result.output, args
    refused = CliRunner().invoke(cli, ["--library", str(lib), "search", "建设", "--library", "other.sqlite"])
    assert "No such option" in refused.output and "--library" in refused.output


@pytest.mark.parametrize("query", ["宋洁 " + " ".join(["-疫情"] * 96), " ".join(["栏目:工作动态"] * 992), "\u200b"])
def test_query_errors_are_plain_sentences(lib: Path, query: str) -> None:
    result = CliRunner().invoke(cli, ["--library", str(lib), "search", query])
    assert result.exit_code == 1 and result.output.startswith("Error:") and result.output.count("\n") == 1
    assert all(word not in result.output for word in ("Traceback", "fts5", "sqlite", "Expression tree", '("")'))


def test_a_pasted_phrase_keeps_its_chinese_quotes(lib: Path) -> None:
    """“美丽上街”建设 finds the articles with exactly that text, not every one with 美丽上街 and 建设."""
    articles = json.loads(run(lib, "articles", "--json").output)
    with_phrase = {a["id"] for a in articles if "“美丽上街”建设" in (a["title"] or "") + a["body"]}
    assert with_phrase and set(_search_ids(lib, "“美丽上街”建设", "--json", "--limit", "100")) == with_phrase
    both = set(_search_ids(lib, "美丽上街 建设", "--json", "--limit", "100"))
    assert with_phrase < both and set(_search_ids(lib, "“美丽上街”", "--json", "--limit", "100")) >= both


def test_unknown_ids_are_clear_errors(lib: Path) -> None:
    result = CliRunner().invoke(cli, ["--library", str(lib), "show", "99999"])
    assert result.exit_code == 1 and "no article 99999" in result.output


def test_a_damaged_body_is_a_clear_error(lib: Path) -> None:
    import sqlite3

    with sqlite3.connect(lib) as conn:
        conn.execute("UPDATE articles SET body_z = substr(body_z, 1, 8) WHERE id = 1")
    result = CliRunner().invoke(cli, ["--library", str(lib), "show", "1"])
    assert result.exit_code == 1 and result.output.startswith("Error:") and "damaged" in result.output
    assert "Traceback" not in result.output


def test_not_a_library_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"this is not sqlite" * 100)
    result = CliRunner().invoke(cli, ["--library", str(bogus), "info"])
    assert result.exit_code == 1 and "not a Gazette Reader library" in result.output


def _commands(group: click.Group, prefix: str = ""):
    for name, command in group.commands.items():
        yield f"{prefix}{name}", command
        if isinstance(command, click.Group):
            yield from _commands(command, f"{prefix}{name} ")


@pytest.mark.parametrize(("name", "command"), list(_commands(cli)))
def test_every_command_has_help_with_an_example(name: str, command: click.Command) -> None:
    assert command.help and "Example" in command.help, name


def test_an_upgrade_is_announced_on_stderr_once(lib: Path) -> None:
    import sqlite3

    with sqlite3.connect(lib) as conn:  # as if an older version had built the index
        conn.execute("UPDATE search_meta SET value = 'tokens 1, normalization 1' WHERE key = 'index_version'")
    conn.close()
    first = run(lib, "search", "宋洁", "--json")
    assert "Upgrading the library" in first.stderr and "Upgrading" not in first.stdout
    assert json.loads(first.stdout)["total"] > 0
    assert "Upgrading" not in run(lib, "search", "宋洁").stderr


def test_optimize_merges_the_index_an_import_at_a_time_left_in_segments(tmp_path: Path) -> None:
    from gazette_reader.library import Library
    from gazette_reader.search import upkeep

    lib = tmp_path / "lib.sqlite"
    for path in SEEDS[:3]:
        assert run(lib, "import", str(path)).exit_code == 0
    assert upkeep.segments(Library.open(lib).db, "search_fts") > 1
    merged = run(lib, "optimize")
    assert merged.exit_code == 0 and merged.output.startswith("search index merged in ")
    assert upkeep.segments(Library.open(lib).db, "search_fts") == 1
    again = run(lib, "optimize", "--json")
    assert json.loads(again.output)["steps"] == 0
