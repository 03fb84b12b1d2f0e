"""The ``gazette`` commands that correct the split, list corrections and revert them (JSON and errors)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import seed
from tests.unit.core.test_cli import ARTICLE_KEYS, run


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite"
    assert run(path, "import", str(seed("001")), str(seed("003"))).exit_code == 0
    return path


def as_json(lib: Path, *args: str):
    result = run(lib, *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def bulletin(lib: Path) -> list[dict]:
    issue = next(i for i in as_json(lib, "issues") if i["source"].startswith("001"))
    return as_json(lib, "articles", "--issue", str(issue["id"]))


def test_articles_json_has_the_corrected_field(lib: Path) -> None:
    rows = as_json(lib, "articles")
    assert all(ARTICLE_KEYS | {"corrected"} <= set(row) and row["corrected"] is False for row in rows)


def test_edit_article_json(lib: Path) -> None:
    first = bulletin(lib)[0]
    out = as_json(lib, "edit-article", str(first["id"]), "--title", "消费季活动启动", "--subtitle", "上街区",
                  "--date", "2020-04-02", "--section", "要闻", "--kind", "brief")
    article = out["article"]
    assert out["correction"] == 1 and article["id"] == first["id"] and ARTICLE_KEYS <= set(article)
    assert (article["title"], article["subtitle"], article["date"], article["section"], article["kind"],
            article["corrected"]) == ("消费季活动启动", "上街区", "2020-04-02", "要闻", "brief", True)
    assert "corrected: yes" in run(lib, "show", str(first["id"])).output


def test_split_then_merge_json(lib: Path) -> None:
    article = next(a for a in bulletin(lib) if a["body"].count("\n") >= 2)
    paragraphs = article["body"].split("\n")
    out = as_json(lib, "split-article", str(article["id"]), "--at", "2", "--title", "新的一篇")
    first, new = out["articles"]
    assert out["correction"] == 1 and first["id"] == article["id"]
    assert new["title"] == "新的一篇" and new["body"] == "\n".join(paragraphs[1:])
    merged = as_json(lib, "merge-articles", str(first["id"]), str(new["id"]))
    assert merged["correction"] == 2 and merged["article"]["body"].endswith(article["body"].split("\n", 1)[1])
    text = run(lib, "split-article", str(article["id"]), "--at", "3")
    assert text.exit_code == 0 and text.output.startswith("correction 3: article")


def test_set_layout_json(lib: Path) -> None:
    feature = next(i for i in as_json(lib, "issues") if i["source"].startswith("003"))
    out = as_json(lib, "set-layout", str(feature["id"]), "newsletter")
    assert out["correction"] == 1 and out["issue"]["layout"] == "newsletter" and out["issue"]["id"] == feature["id"]
    assert len(out["articles"]) > 1 and all(a["corrected"] for a in out["articles"])
    refused = CliRunner().invoke(cli_main(), ["--library", str(lib), "set-layout", str(feature["id"]), "poster"])
    assert refused.exit_code == 2 and "poster" in refused.output


def cli_main():
    from gazette_reader.cli import cli

    return cli


def test_corrections_list_and_revert(lib: Path) -> None:
    articles = bulletin(lib)
    as_json(lib, "edit-article", str(articles[0]["id"]), "--section", "要闻")
    leader = as_json(lib, "leaders")[0]["name"]
    assert run(lib, "tag", "hide", "leader", leader).exit_code == 0
    listed = as_json(lib, "corrections")
    assert [(c["number"], c["kind"], c["action"]) for c in listed] == [(1, "split", "edit"), (2, "tag", "hide")]
    assert {"number", "kind", "action", "source", "in_library", "article", "summary", "created_at"} <= set(listed[0])
    assert listed[0]["values"] == {"section": "要闻"} and listed[1]["target"] == leader
    text = run(lib, "corrections").output.splitlines()
    assert text[0].split()[:2] == ["1", "split"] and "edit «" in text[0] and f"hide leader {leader}" in text[1]
    reverted = as_json(lib, "corrections", "revert", "1")
    assert reverted["number"] == 1 and reverted["issue_id"] == articles[0]["issue_id"]
    assert bulletin(lib)[0]["section"] == articles[0]["section"]
    assert [c["number"] for c in as_json(lib, "corrections")] == [2]
    assert run(lib, "corrections", "revert", "2").output.startswith("reverted correction 2: hide leader")
    assert run(lib, "corrections").output.strip() == "no corrections"


@pytest.mark.parametrize("args, message", [
    (["split-article", "{0}", "--at", "1"], "has only one paragraph"),
    (["merge-articles", "{0}", "{2}"], "is not the article after"),
    (["edit-article", "{0}", "--date", "2020/04/03"], "is not a date"),
    (["edit-article", "{0}"], "Say what to change"),
    (["edit-article", "99999", "--title", "x"], "no article with id 99999"),
    (["corrections", "revert", "7"], "no correction number 7"),
])
def test_mistakes_are_one_line_errors(lib: Path, args: list[str], message: str) -> None:
    ids = [str(a["id"]) for a in bulletin(lib)]
    result = CliRunner().invoke(cli_main(), ["--library", str(lib), *(a.format(*ids) for a in args)])
    assert result.exit_code == 1 and result.output.startswith("Error:") and message in result.output
    assert result.output.count("\n") == 1 and "Traceback" not in result.output


def test_split_help_documents_the_paragraph_number(lib: Path) -> None:
    help_text = run(lib, "split-article", "--help").output
    assert "Paragraphs are numbered from 1" in help_text and "gazette show ID" in help_text
