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


def _node_filters(library: Library) -> list[dict]:
    """Every kind of tree node of the seed library: publications, years (known and unknown), issues,
    an issue's sections."""
    nodes: list[dict] = []
    for pub in library.tree_publications():
        nodes.append({"publication_id": pub["id"]})
        for year in library.tree_years(pub["id"]):
            nodes.append({"publication_id": pub["id"], "year": year["year"], "all_years": False})
    for issue in library.issues():
        nodes.append({"issue_id": issue["id"]})
        nodes += [{"issue_id": issue["id"], "section": s["section"]} for s in library.tree_sections(issue["id"])
                  if s["section"] is not None]
    return nodes


@pytest.mark.parametrize("query", ["人物:宋洁", "项目:老旧小区改造", "人物:宋洁 项目:老旧小区改造", "-人物:宋洁",
                                   "人物:宋洁 OR 项目:老旧小区改造", "宋洁", "日期:2020"])
def test_a_search_within_a_node_is_the_node_s_share_of_it_in_date_order(library: Library, query: str) -> None:
    """``search(within=node)`` lists exactly what narrowing every hit's id to the node gave (the old way),
    newest first, with the exact total (tags probed per article of the node, terms through the index)."""
    everything = library.search_ids(query, sort="date")
    for node in _node_filters(library):
        expected = library.node_ids(everything, **node)
        result = library.search(query, sort="date", limit=1000, within=node)
        assert [hit.id for hit in result.hits] == expected and result.total == len(expected), node
        oldest = library.search(query, sort="oldest", limit=1000, within=node)
        assert sorted(hit.id for hit in oldest.hits) == sorted(expected)


def test_pages_within_a_node_partition_it(library: Library) -> None:
    node = {"publication_id": library.tree_publications()[0]["id"]}
    whole = [hit.id for hit in library.search("-人物:宋洁", sort="date", limit=1000, within=node).hits]
    assert len(whole) > 7
    pages = [library.search("-人物:宋洁", sort="date", limit=3, offset=n, within=node) for n in range(0, len(whole) + 3, 3)]
    assert [hit.id for page in pages for hit in page.hits] == whole
    assert {page.total for page in pages} == {len(whole)}  # a page past the end still knows the total


def test_node_condition_selects_the_node_s_articles(library: Library) -> None:
    for node in _node_filters(library):
        sql, params = queries.node_condition(**node)
        found = {r[0] for r in library.db.execute(f"SELECT a.id FROM articles a WHERE {sql}", params)}
        assert found == {row["id"] for row in library.headers(**node, limit=10**6)}, node
    assert queries.node_condition() == ("1", [])


@pytest.mark.parametrize("query", ["人物:宋洁", "-人物:宋洁", "人物:宋洁 OR 项目:老旧小区改造"])
def test_a_node_s_page_first_is_its_counted_page(library: Library, query: str) -> None:
    """Asked for the page first (``count=False``, as the window asks), a node ∩ tag result gives the
    counted pages, and its total (the node's one pass counts it anyway) or None, then
    :meth:`Library.search_total`'s."""
    for node in _node_filters(library):
        counted = [library.search(query, sort=s, limit=2, offset=n, within=node) for s in ("date", "oldest")
                   for n in (0, 2)]
        first = [library.search(query, sort=s, limit=2, offset=n, within=node, count=False) for s in ("date", "oldest")
                 for n in (0, 2)]
        assert [[h.id for h in r.hits] for r in first] == [[h.id for h in r.hits] for r in counted], node
        assert library.search_total(query, within=node) == counted[0].total
        assert {r.total for r in first} <= {None, counted[0].total}
