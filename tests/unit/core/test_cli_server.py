"""The CLI on a PostgreSQL library (#18): the same commands and the same JSON as on a file, plus
``server init`` and ``copy``."""

from __future__ import annotations

import json
from pathlib import Path

import click
from click.testing import CliRunner

from gazette_reader.cli import cli
from tests.conftest import SEEDS


def run(library: str | Path, *args: str) -> click.testing.Result:
    return CliRunner().invoke(cli, ["--library", str(library), *args], catch_exceptions=False)


def steps(library: str | Path) -> None:
    """The same session of work on a library: import, correct, collect, note."""
    assert run(library, "import", *map(str, SEEDS)).exit_code == 0
    for args in (["tag", "rename", "leader", "虎荣鑫", "虎荣新"], ["collect", "专题", "--ids", "9,3,27"],
                 ["note", "3", "待核实"], ["edit-article", "2", "--title", "改过的标题"]):
        result = run(library, *args)
        assert result.exit_code == 0, result.output


def untimed(output: str) -> object:
    """The JSON without the moments things were done (the two libraries were worked on a second apart)."""
    value = json.loads(output)
    if isinstance(value, list):
        for row in value:
            if isinstance(row, dict):
                row.pop("created_at", None)
    return value


READS = [["issues", "--json"], ["articles", "--json"], ["show", "3", "--json"], ["leaders", "--json"],
         ["projects", "--json"], ["collections", "--json"], ["corrections", "--json"]]


def test_the_same_commands_give_the_same_json_on_both_backends(tmp_path: Path, pg_url: str) -> None:
    file = tmp_path / "lib.sqlite"
    steps(file)
    steps(pg_url)
    for args in READS:
        assert untimed(run(pg_url, *args).output) == untimed(run(file, *args).output), args
    for query in ("宋洁", "人物:虎荣新", "栏目:工作动态 -消费", "项目:老旧小区改造 OR 疫情"):
        totals = [json.loads(run(lib, "search", query, "--json").output)["total"] for lib in (file, pg_url)]
        assert totals[0] == totals[1], query
    exported = [tmp_path / "file.jsonl", tmp_path / "server.jsonl"]
    for library, out in zip((file, pg_url), exported):
        assert run(library, "export", "--all", "-o", str(out)).exit_code == 0
    assert exported[0].read_text(encoding="utf-8") == exported[1].read_text(encoding="utf-8")


def test_server_init_and_copy_both_ways(tmp_path: Path, pg_server) -> None:
    url = pg_server.url(pg_server.new_database())
    init = run(url, "server", "init", "--editor-role", "ed_cli", "--reader-role", "rd_cli", "--json")
    assert init.exit_code == 0, init.output
    assert json.loads(init.output)["created_library"] is True
    assert "already there" in run(url, "server", "init", "--editor-role", "ed_cli", "--reader-role", "rd_cli").output
    file = tmp_path / "lib.sqlite"
    steps(file)
    there = CliRunner().invoke(cli, ["copy", "--from", str(file), "--to", url, "--json"], catch_exceptions=False)
    back = CliRunner().invoke(cli, ["copy", "--from", url, "--to", str(tmp_path / "back.sqlite"), "--json"],
                              catch_exceptions=False)
    assert there.exit_code == back.exit_code == 0, there.output + back.output
    assert json.loads(there.output) == json.loads(back.output)
    assert json.loads(there.output)["counts"]["articles"] == 45
    assert f"library: {url}" in run(url, "info").output


def test_server_errors_are_one_line(tmp_path: Path, pg_server) -> None:
    missing = pg_server.url("no_such_database")
    result = CliRunner().invoke(cli, ["--library", missing, "issues"])
    assert result.exit_code == 1 and "cannot connect to the library server" in result.output
    assert "Traceback" not in result.output
    result = CliRunner().invoke(cli, ["--library", str(tmp_path / "x.sqlite"), "server", "init"])
    assert result.exit_code == 2 and "postgresql://" in result.output


def test_a_password_in_the_url_is_never_shown(pg_url: str) -> None:
    with_password = pg_url.replace("postgres@", "postgres:s3cret@")
    assert run(with_password, "import", str(SEEDS[0])).exit_code == 0  # trust auth ignores it
    shown = run(with_password, "info").output
    assert "s3cret" not in shown and "1 sources" in shown


def test_check_says_a_server_checks_its_own_storage(pg_url: str) -> None:
    assert run(pg_url, "import", str(SEEDS[0])).exit_code == 0
    result = CliRunner().invoke(cli, ["--library", pg_url, "check"])
    assert result.exit_code == 0 and "pg_amcheck" in result.output  # the rest: tests/unit/store/pg/test_check.py
