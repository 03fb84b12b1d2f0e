"""The ways a large result is paged (:mod:`gazette_reader.search.paging`) give the same pages.

At a million articles the engine picks between sorting the matches, walking the date index, probing each
article and the tiered pages of old; on the seed library every way is forced in turn and the totals and
pages compared with each other, with the tiered engine path and, for date sorts, with the scan oracle;
a tree node's pages (:mod:`gazette_reader.search.nodes`) likewise, with the oracle narrowed to the node.
"""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from gazette_reader.search import engine, nodes, paging
from gazette_reader.search.engine import scan, search
from gazette_reader.search.plan import make_plan
from gazette_reader.store.queries import node_condition
from gazette_reader.store.schema import SCHEMA_VERSION, migrate
from gazette_reader.text.normalize import normalize

QUERIES = ["区", "洁", "，", "建设", "工作", "宋洁", "区委书记", "老旧小区", "二七区 -工作", "工作 OR 宋洁",
           "日期:2019", "日期:2019-03..2019-08", "建设 日期:2019..", "栏目:工作动态", "地区:二七区 建",
           "量子纠缠", '"区委 书记"', "区 -。", "人物:宋洁", "-人物:宋洁", "人物:宋洁 OR 项目:老旧小区改造"]
ALL_PROBED = {"PROBE_SHARE": 10**9, "PHRASE_PROBE_SHARE": 10**9, "MERGED_PROBE_SHARE": 10**9}
"""Every term probed, whatever its share and the index's segments."""
WAYS = {
    "default": {},
    "walk": {"SORT_MAX": 0},
    "sort": {"SORT_MAX": 10**9},
    "probe": {**ALL_PROBED, "PROBE_BUDGET": 60.0},
    "probe, out of time": {**ALL_PROBED, "PROBE_BUDGET": 0.0},
    "page first": {"count": False},
    "page first, probe": {"count": False, **ALL_PROBED, "PROBE_BUDGET": 60.0},
    "page first, out of time": {"count": False, **ALL_PROBED, "PROBE_BUDGET": 0.0},
    "page first, nothing probed": {"count": False, **dict.fromkeys(ALL_PROBED, 0)},
    "many segments, probe": {**ALL_PROBED, "MERGED_PROBE_SHARE": 0, "FEW_SEGMENTS": 0},
    "many segments, nothing probed": {**dict.fromkeys(ALL_PROBED, 0), "FEW_SEGMENTS": 0},
    "page first, tags probed": {"count": False, "DENSE_SHARE": 10**9},
    "page first, tags listed": {"count": False, "DENSE_SHARE": 1},
}


NODE_QUERIES = ["人物:宋洁", "-人物:宋洁", "人物:宋洁 OR 项目:老旧小区改造", "-项目:老旧小区改造 -人物:耿勇军",
                "-人物:宋洁 栏目:工作动态", "-人物:宋洁 日期:2020-03..", "-人物:宋洁 -日期:2020-03..", "人物:无此人"]
NODES = [{"year": 2020, "all_years": False}, {"issue_id": 3}, {"issue_id": 4, "section": "工作动态"},
         {"year": None, "all_years": False}]
"""Tree nodes of the seed library: a year (every issue but the last seed's), an issue, an issue's section,
a year no issue has."""
NODE_WAYS = {
    "counted": {"count": True},
    "counted, tags probed": {"count": True, "FEW_TAGGED": 0},
    "counted, tags listed": {"count": True, "FEW_TAGGED": 10**9},
    "page first": {},
    "page first, tags listed": {"FEW_TAGGED": 10**9},
    "page first, tags probed": {"FEW_TAGGED": 0},
    "page first, always walked": {"FEW_TAGGED": 0, "last_id": lambda db: 0, "WALK_WINDOW": 10**9},
    "page first, walk's window too short": {"FEW_TAGGED": 0, "last_id": lambda db: 0, "WALK_WINDOW": 3},
    "page first, never walked": {"FEW_TAGGED": 0, "last_id": lambda db: 10**12},
}
"""The ways a node's page is found (:mod:`gazette_reader.search.nodes`): counted (one pass listing the
node's matches), a tag's few articles listed and narrowed to the node, page first with its undated part
walked or listed as the node's size says, always walked (the whole library at once, or a window too
short: then listed), never walked."""


def pages(db: Database, query: str, sort: str, count: bool = True) -> tuple[int, tuple[int, ...]]:
    """The total and the ids of three consecutive pages of four. Pages found first (``count=False``) may
    leave the total to a count after (``limit=0``, what the window asks next): it must be that count."""
    results = [search(db, query, sort=sort, limit=4, offset=n, count=count) for n in (0, 4, 8)]
    total = search(db, query, sort=sort, limit=0).total
    assert {r.total for r in results} <= {None, total}
    return total, tuple(h.id for r in results for h in r.hits)


def tiered(db: Database, query: str, sort: str) -> tuple[int, tuple[int, ...]]:
    """The same pages from the engine's counted and tiered path alone (no :mod:`paging` shortcut)."""
    compiled = engine.compile_query(db, make_plan(query, sort=sort))
    total = engine._count(db, compiled)
    ranked = [engine._page(db, compiled, 4, n, sort, total) for n in (0, 4, 8)] if total else []
    return total, tuple(article_id for page in ranked for article_id, _ in page)


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("sort", ["relevance", "date", "oldest"])
def test_every_way_of_paging_gives_the_same_pages(seed_db: Database, monkeypatch: pytest.MonkeyPatch,
                                                  query: str, sort: str) -> None:
    found = {}
    for way, settings in WAYS.items():
        with monkeypatch.context() as patch:
            for name, value in settings.items():
                if name != "count":
                    patch.setattr(engine if name == "DENSE_SHARE" else paging, name, value)
            found[way] = pages(seed_db, query, sort, settings.get("count", True))
    assert set(found.values()) == {found["default"]}, found
    assert found["default"] == tiered(seed_db, query, sort)
    total, first = found["default"]
    assert total == scan(seed_db, query).total
    if sort != "relevance":
        assert first == tuple(h.id for h in scan(seed_db, query, sort=sort, limit=12).hits)


@pytest.mark.parametrize("query", ["宋洁", "工作", "建设 OR 量子纠缠"])
def test_title_hits_still_come_first(seed_db: Database, query: str) -> None:
    """A term in some title keeps the tiered relevance page: its title hits before the others."""
    hits = search(seed_db, query, limit=1000).hits
    terms = [normalize(t) for t in query.replace("OR", " ").split()]
    fields = {row[0]: [normalize(f or "") for f in row[1:]]
              for row in seed_db.execute("SELECT id, title, subtitle, kicker FROM articles")}
    in_title = [any(t in f for t in terms for f in fields[h.id]) for h in hits]
    assert any(in_title)
    assert in_title == sorted(in_title, reverse=True)


def test_in_some_title_is_exact_for_no(seed_db: Database) -> None:
    titles = [r[0] or "" for r in seed_db.execute("SELECT title FROM articles")]
    word = next(t for t in titles if len(t) >= 4)[:3]
    assert paging.in_some_title(seed_db, [[word]])
    assert not paging.in_some_title(seed_db, [["龘龘"]])
    assert paging.in_some_title(seed_db, [["龘龘", word]])
    assert not paging.in_some_title(seed_db, [[word], ["龘龘"]])


def test_a_probe_over_its_time_is_listed_instead(seed_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """:func:`paging.within` gives up on a statement past its time and says so with None; the next
    statement runs normally."""
    slow = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000) SELECT count(*) FROM n"
    assert paging.within(seed_db, 0.01, lambda: seed_db.execute(slow).fetchone()) is None
    assert seed_db.execute("SELECT 1").fetchone() == (1,)
    assert paging.within(seed_db, 5.0, lambda: seed_db.execute("SELECT 2").fetchone()) == (2,)


def test_libraries_gain_the_date_by_id_index(tmp_path) -> None:
    db = Database(tmp_path / "old.sqlite")
    migrate(db)
    assert paging.ID_DATE_INDEX in {i.name for i in db["articles"].indexes}
    db.execute(f"DROP INDEX {paging.ID_DATE_INDEX}")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm012_article_dates_by_id'")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    db.conn.commit()
    migrate(db)
    assert paging.ID_DATE_INDEX in {i.name for i in db["articles"].indexes}


def test_a_search_reads_one_snapshot(fresh_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """An import committing between a search's count and its page changes neither: the search reads one
    snapshot (its total and its hits agree), and the next search sees the new article."""
    from gazette_reader.search.index import index_articles
    from tests.articles import stored

    fresh_db.execute("PRAGMA journal_mode = WAL")  # as Library.open sets: readers never block the writer
    path = fresh_db.execute("PRAGMA database_list").fetchone()[2]
    other = Database(path)
    original = engine._count

    row = dict(next(other["articles"].rows_where("1 ORDER BY id LIMIT 1")))
    row.pop("id")
    row.pop("body_z")

    def count_then_import(db: Database, plan) -> int:
        total = original(db, plan)
        article_id = other["articles"].insert(stored({**row, "title": "洁", "body": "洁 新文章"})).last_pk
        index_articles(other, [article_id])
        other.conn.commit()
        return total

    query = "洁"
    before = search(fresh_db, query, limit=1000).total
    monkeypatch.setattr(engine, "_count", count_then_import)
    result = search(fresh_db, query, limit=1000)
    assert result.total == len(result.hits) == before
    monkeypatch.setattr(engine, "_count", original)
    assert search(fresh_db, query, limit=1000).total == before + 1
    assert not fresh_db.conn.in_transaction


@pytest.mark.parametrize("query", ["建设", "工作 OR 宋洁", '"区委 书记"', "区"])
def test_a_page_first_leaves_a_common_term_uncounted(seed_db: Database, monkeypatch: pytest.MonkeyPatch,
                                                     query: str) -> None:
    """Asked for its page first, a term in most articles is probed without counting (the total is None:
    the window counts it next), and the page is the counted search's page."""
    for name in ALL_PROBED:
        monkeypatch.setattr(paging, name, 10**9)
    monkeypatch.setattr(engine, "RANK_CAP", 0)
    counted = search(seed_db, query, sort="date", limit=5)
    first = search(seed_db, query, sort="date", limit=5, count=False)
    assert first.total is None and counted.total > 5
    assert [h.id for h in first.hits] == [h.id for h in counted.hits]


def test_a_page_first_of_nothing_says_none_were_found(seed_db: Database) -> None:
    assert search(seed_db, "量子纠缠", count=False).total == 0
    assert search(seed_db, "量子纠缠", offset=50, count=False).hits == []


def test_capped_counts_stop_at_the_cap(seed_db: Database) -> None:
    expression = engine.compile_query(seed_db, make_plan("建设")).fts
    total = paging.count(seed_db, "search_fts", expression)
    assert total > 3
    assert paging.count(seed_db, "search_fts", expression, cap=3) == 3
    assert paging.count(seed_db, "search_fts", expression, cap=total + 10) == total


def test_a_page_first_of_a_common_tag_is_probed_uncounted(seed_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tag filters matching many articles (here all but one leader's): counted only up to the mark of
    density, then paged by probes; an unknown leader is counted (0) at once."""
    monkeypatch.setattr(engine, "DENSE_SHARE", 10**9)
    counted = search(seed_db, "-人物:宋洁", sort="date", limit=5)
    first = search(seed_db, "-人物:宋洁", sort="date", limit=5, count=False)
    assert counted.total > 1 and first.total is None and [h.id for h in first.hits] == [h.id for h in counted.hits]
    assert search(seed_db, "人物:无此人", count=False).total == 0


def test_a_short_page_first_carries_its_total(seed_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page found without its count but shorter than asked ends the result: its total is known."""
    for name in ALL_PROBED:
        monkeypatch.setattr(paging, name, 10**9)
    total = search(seed_db, "洁", limit=0).total
    assert 1 < total < 50
    assert search(seed_db, "洁", limit=50, count=False).total == total
    assert search(seed_db, "洁", limit=total - 1, count=False).total is None
    assert search(seed_db, "洁", limit=5, offset=total - 1, count=False).total == total


@pytest.mark.parametrize("query", NODE_QUERIES)
@pytest.mark.parametrize("sort", ["date", "oldest"])
def test_every_way_of_paging_a_node_gives_the_same_pages(seed_db: Database, monkeypatch: pytest.MonkeyPatch,
                                                         query: str, sort: str) -> None:
    """A tag clicked while a node is listed: every way gives the node's share of the scan oracle's pages."""
    everything = [h.id for h in scan(seed_db, query, sort=sort, limit=10**6).hits]
    for node in NODES:
        within = node_condition(**node)
        in_node = {row[0] for row in seed_db.execute(f"SELECT a.id FROM articles a WHERE {within[0]}", within[1])}
        expected = [i for i in everything if i in in_node]
        for way, settings in NODE_WAYS.items():
            with monkeypatch.context() as patch:
                for name, value in settings.items():
                    if name != "count":
                        patch.setattr(paging if name == "last_id" else nodes, name, value)
                results = [search(seed_db, query, sort=sort, limit=4, offset=n, within=within,
                                  count=settings.get("count", False)) for n in (0, 4, 8)]
            assert [h.id for r in results for h in r.hits] == expected[:12], (node, way)
            assert {r.total for r in results} <= {None, len(expected)}, (node, way)
        assert search(seed_db, query, limit=0, within=within).total == len(expected)
