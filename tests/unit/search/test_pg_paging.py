"""A server search's page first (:mod:`gazette_reader.search.pg_paging`): every way of finding the page
gives the counted page, whose totals and date order the contract tests hold to the scan oracle.

The seed library is far too small for the sample to choose a walk, so each way is forced: the share the
sample reports (walk every tier, walk with the title tier listed through the title index, or list), a
budget too small for anything (the search falls back to listing), and the narrow date range read row by
row or listed through the GIN index.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlite_utils import Database

from gazette_reader.search import pg_paging
from gazette_reader.search.engine import scan
from gazette_reader.search.pg_index import CHAR_KIND, add_field_keys
from gazette_reader.text.normalize import normalize
from tests.pg.fixtures import BoundSearch
from tests.pg.server import PgServer
from tests.unit.search.test_backends import postgres_copy

QUERIES = [
    "建设", "区", "，", "宋洁", "洁 区", "区 OR 宋", "建设 -宋洁", "-，", "会 -洁", "区委书记 OR 耿勇军 -会议",
    "栏目:工作动态 日期:2020", "宋洁 OR 栏目:本月关注", "地区:二七区 建设", "建设 -地区:二七区", "人物:宋洁 洁",
    "-人物:宋洁", "日期:2020-04..2020-06-15 建设", "日期:2021..", "-日期:2020-04", "洁 区 日期:2020 -栏目:本月关注",
    "老旧小区", "量子纠缠", "备注:待核实", "2019年",
]
WAYS = {
    "walk every tier": lambda conditions: [1.0] * len(conditions),
    "list the title tier": lambda conditions: [1.0, 1.0, 0.0][: len(conditions)],
    "list: few dated": lambda conditions: [1.0, 0.0, 1.0][: len(conditions)],
    "list": lambda conditions: [0.0] * len(conditions),
}


def forced(way: str):
    """A stand-in for :func:`pg_paging.sampled_shares` that reports the shares of ``way``."""
    return lambda budget, conditions: pg_paging.Sample(WAYS[way](conditions), rows=1e12)


@pytest.fixture(scope="module")
def pg(pg_server: PgServer, seed_db: Database) -> Iterator[BoundSearch]:
    library = postgres_copy(pg_server, seed_db)
    yield BoundSearch(library.db)
    library.close()


def same_pages(pg: BoundSearch, query: str, *, limit: int = 7) -> None:
    """Page first equals the counted page, in every sort, on the first pages; a total given is exact."""
    for sort in ("relevance", "date", "oldest"):
        counted = pg.search(query, limit=1000, sort=sort)
        every = [h.id for h in counted.hits]
        for offset in (0, limit, 2 * limit):
            first = pg.search(query, limit=limit, offset=offset, sort=sort, count=False)
            assert [h.id for h in first.hits] == every[offset:offset + limit], (query, sort, offset)
            assert first.total in (None, counted.total), (query, sort, offset)


@pytest.mark.parametrize("way", list(WAYS))
@pytest.mark.parametrize("query", QUERIES)
def test_every_way_gives_the_counted_page(pg: BoundSearch, monkeypatch: pytest.MonkeyPatch, way: str,
                                          query: str) -> None:
    calls: list[int] = []

    def shares(budget, conditions):
        calls.append(len(conditions))
        return forced(way)(budget, conditions)

    monkeypatch.setattr(pg_paging, "sampled_shares", shares)
    same_pages(pg, query)
    assert calls, "every plan is sampled: each filter has a per-row test"


@pytest.mark.parametrize("query", ["建设", "区", "洁 区", "宋洁 OR 栏目:本月关注", "-，"])
def test_a_walk_gives_the_scan_order(pg: BoundSearch, seed_db: Database, monkeypatch: pytest.MonkeyPatch,
                                     query: str) -> None:
    monkeypatch.setattr(pg_paging, "sampled_shares", forced("walk every tier"))
    for sort in ("date", "oldest"):
        expected = [h.id for h in scan(seed_db, query, sort=sort, limit=20).hits]
        assert [h.id for h in pg.search(query, limit=20, sort=sort, count=False).hits] == expected


def test_a_spent_budget_falls_back_to_the_listing(pg: BoundSearch, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pg_paging, "sampled_shares", forced("walk every tier"))
    monkeypatch.setattr(pg_paging, "BUDGET_MS", 0)
    monkeypatch.setattr(pg_paging, "BUDGET_MAX_MS", 0)
    slow = pg_paging.Budget.execute

    def execute(self, sql, params=(), settings=None):
        return slow(self, f"SELECT * FROM ({sql}) s WHERE pg_sleep(0.01) IS NOT NULL", params, settings)

    monkeypatch.setattr(pg_paging.Budget, "execute", execute)
    for query in ("建设", "洁 区", "区委书记 OR 耿勇军 -会议"):
        same_pages(pg, query)
        assert pg.search(query, limit=7, count=False).total is not None  # listed: counted


def test_a_short_page_ends_the_result(pg: BoundSearch, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pg_paging, "sampled_shares", forced("walk every tier"))
    total = pg.search("宋洁", limit=0).total
    assert pg.search("宋洁", limit=total + 5, count=False).total == total
    assert pg.search("建设", limit=2, sort="date", count=False).total is None


def assert_same_as_the_scan(pg: BoundSearch, seed_db: Database, query: str) -> None:
    """The server's totals, and its pages in date order, equal the scan's in each sort."""
    for sort in ("date", "oldest", "relevance"):
        expected = scan(seed_db, query, sort=sort, limit=1000)
        got = pg.search(query, sort=sort, limit=1000)
        assert got.total == expected.total
        if sort != "relevance":
            assert [h.id for h in got.hits] == [h.id for h in expected.hits]


@pytest.mark.parametrize("rows", [0, 10**9])
@pytest.mark.parametrize("query", ["日期:2020-04..2020-06-15 建设", "栏目:工作动态 日期:2020", "洁 区 日期:2020 -栏目:本月关注",
                                   "日期:2021.. 宋洁 OR 区", "日期:2020-03-03", "会议 日期:2020-04"])
def test_a_narrow_date_range_is_read_row_by_row(pg: BoundSearch, seed_db: Database, monkeypatch: pytest.MonkeyPatch,
                                                rows: int, query: str) -> None:
    """``RANGE_ROWS`` 0: listed through the GIN index as before; a billion: every range read row by row."""
    monkeypatch.setattr(pg_paging, "RANGE_ROWS", rows)
    assert_same_as_the_scan(pg, seed_db, query)


def test_the_title_index_holds_each_title_field_keys(pg: BoundSearch) -> None:
    """The server's ``gazette_title_keys`` makes the keys the client makes of each title field (plus keys
    of the bigrams across the newline between fields, which no term holds)."""
    rows = pg.db.raw.execute("SELECT title_norm, gazette_title_keys(title_norm) FROM search_grams").fetchall()
    assert rows
    for title_norm, server_keys in rows:
        keys: set[int] = set()
        for field in title_norm.split("\n"):
            add_field_keys(field, keys)
        extra = set(server_keys) - keys
        assert keys <= set(server_keys), title_norm
        assert all(k in (CHAR_KIND | 10,) or (k >> 21) == 10 or (k & (2**21 - 1)) == 10 for k in extra), title_norm


def test_the_title_index_is_used_for_a_small_title_tier(pg: BoundSearch, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pg_paging, "sampled_shares", forced("list the title tier"))
    statements: list[str] = []
    run = pg_paging.Budget.execute

    def execute(self, sql, params=(), settings=None):
        statements.append(sql)
        return run(self, sql, params, settings)

    monkeypatch.setattr(pg_paging.Budget, "execute", execute)
    hits = pg.search("区", limit=3, count=False).hits  # one character: tiers by date, never scored
    assert "区" in normalize(hits[0].title)
    assert any("gazette_title_keys" in sql for sql in statements)


@pytest.mark.parametrize("ratio", [0, 10**9])
@pytest.mark.parametrize("query", ["地区:二七区 建设", "栏目:工作动态 日期:2020 区", "地区:二七区 洁 区", "栏目:本月关注 -洁",
                                   "地区:不存在区 建设", "洁 地区:二七区 日期:2020"])
def test_a_place_or_section_is_tested_per_candidate_or_intersected(pg: BoundSearch, seed_db: Database,
                                                                    monkeypatch: pytest.MonkeyPatch, ratio: int,
                                                                    query: str) -> None:
    """``PER_ROW_RATIO`` 0: the filter's articles listed and intersected; a billion: tested per candidate."""
    from gazette_reader.search import postgres

    monkeypatch.setattr(postgres, "PER_ROW_RATIO", ratio)
    assert_same_as_the_scan(pg, seed_db, query)


def test_m015_builds_the_title_index_of_an_older_server_library(pg_url: str, seed_db: Database) -> None:
    """A library at schema 13 (no title index) gets it, from its stored titles, when its owner opens it."""
    from gazette_reader.library import Library
    from gazette_reader.store.copy import copy_library
    from gazette_reader.store.schema import SCHEMA_VERSION

    library = Library.open(pg_url)
    copy_library(seed_db, library.db)
    with library.db.raw.transaction():
        library.db.raw.execute("DROP INDEX search_grams_title_keys")
        library.db.raw.execute("DROP FUNCTION gazette_title_keys(text)")
        library.db.raw.execute("UPDATE gazette_meta SET value = '13' WHERE key = 'schema_version'")
    library.close()
    library = Library.open(pg_url)
    try:
        raw = library.db.raw
        assert raw.execute("SELECT to_regclass('search_grams_title_keys') IS NOT NULL").fetchone()[0]
        version = raw.execute("SELECT value FROM gazette_meta WHERE key = 'schema_version'").fetchone()[0]
        assert int(version) == SCHEMA_VERSION == 15
        search = BoundSearch(library.db)
        assert search.search("宋洁", limit=0).total == scan(seed_db, "宋洁", limit=0).total
    finally:
        library.close()
