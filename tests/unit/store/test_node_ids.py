"""Narrowing a list of article ids to a tree node (a tag clicked while a node is listed)."""

from __future__ import annotations

import pytest

from gazette_reader.library import Library
from gazette_reader.store import queries
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    lib = Library.open(tmp_path_factory.mktemp("lib") / "lib.sqlite")
    lib.import_files(SEEDS)
    return lib


def test_node_ids_keep_the_given_order_and_only_the_nodes_articles(library: Library) -> None:
    issue = library.issues()[0]["id"]
    in_issue = set(library.article_ids(issue_id=issue))
    everything = list(reversed(library.article_ids()))
    kept = library.node_ids(everything, issue_id=issue)
    assert set(kept) == in_issue
    assert kept == [i for i in everything if i in in_issue]


def test_node_ids_equal_the_header_rows_they_replace(library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(queries, "ID_CHUNK", 7)  # many chunks, as with a common tag at a million articles
    ids = library.search_ids("人物:宋洁", sort="date")
    for issue in library.issues():
        rows = library.headers(ids=ids, issue_id=issue["id"], limit=len(ids))
        assert library.node_ids(ids, issue_id=issue["id"]) == [row["id"] for row in rows]


def test_no_ids_no_rows(library: Library) -> None:
    assert library.node_ids([], year=2020) == []
