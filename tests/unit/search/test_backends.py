"""The search contract, run on both backends: SQLite FTS5 and PostgreSQL hold the same seed library and
must give every query the same results as the brute-force oracles (a plain substring scan written here,
and :func:`engine.scan` over the SQLite copy), with exact totals, the same order where the order is
defined (by date; relevance tiers) and the same snippets.

The PostgreSQL half runs on the session's throwaway server (:mod:`tests.pg.server`) and is skipped,
with the reason, where PostgreSQL is not installed.
"""

from __future__ import annotations

import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from gazette_reader.errors import Cancelled, QueryError
from gazette_reader.jobs import CancelToken
from gazette_reader.search.engine import PAGE_MAX, scan
from gazette_reader.search.query import MAX_ATOMS, MAX_QUERY_CHARS
from gazette_reader.text.normalize import normalize
from tests.pg.fixtures import BoundSearch, server_copy
from tests.pg.server import PgServer
from tests.unit.search.test_engine import (DISTINCT, NORMALISED, ROWS, TITLES, _date_key, _where, expected_unquoted,
                                          oracle, substrings)


def postgres_copy(server: PgServer, db: Database):
    """A server library holding ``db``'s articles, tags and notes, made and indexed by the store (its
    migrations, ``gazette copy``); returns the open Library (close it)."""
    return server_copy(server.url(server.new_database("search")), db)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, seed_db: Database) -> BoundSearch:
    """The Library's search path on each backend (``store.backend.search_index``)."""
    if request.param == "sqlite":
        return BoundSearch(seed_db)
    library = postgres_copy(request.getfixturevalue("pg_server"), seed_db)
    request.addfinalizer(library.close)
    return BoundSearch(library.db)


def ids(backend: BoundSearch, query: str, **kwargs: object) -> set[int]:
    result = backend.search(query, limit=1000, **kwargs)
    assert result.total == len(result.hits)
    return {hit.id for hit in result.hits}


def same_as_scan(backend: BoundSearch, seed_db: Database, query: str) -> None:
    """Totals and the by-date order equal the brute-force scan's, both ways round."""
    for sort in ("date", "oldest"):
        expected, got = scan(seed_db, query, sort=sort, limit=1000), backend.search(query, sort=sort, limit=1000)
        assert got.total == expected.total, (query, sort)
        assert [h.id for h in got.hits] == [h.id for h in expected.hits], (query, sort)
    assert backend.search(query, limit=0).total == expected.total


def test_search_index_picks_the_backend(backend: BoundSearch, seed_db: Database) -> None:
    from gazette_reader.store import sqlite_search
    from gazette_reader.store.pg import search_adapter

    assert BoundSearch(seed_db).index is sqlite_search
    assert backend.index is (search_adapter if backend.name == "postgresql" else sqlite_search)


@pytest.mark.parametrize("term", ["宋洁", "洁", "老旧小区", "区委书记宋洁", "5G", "2019年", "耿勇军", "，", "。",
                                  "(总第93期)", "陈红民", "“三项工程、一项管理”", "会议"])
def test_terms_match_exactly_the_articles_containing_them(backend, term: str) -> None:
    expected = oracle(term)
    assert expected, f"seed text should contain {term}"
    assert ids(backend, f'"{term}"') == expected
    assert backend.search(f'"{term}"').total == len(expected)


@pytest.mark.parametrize(("query", "same_as"), [
    ("區委書記宋潔", "区委书记宋洁"), ('"4 月 3 日"', "4月3日"), ("5g", "5G"), ("ＡＢＣ", "abc"),
    ('"宋 洁"', "宋洁"), ("區", "区"),
])
def test_equivalent_spellings(backend, query: str, same_as: str) -> None:
    assert ids(backend, query) == ids(backend, same_as) == oracle(same_as)


def test_and_or_not(backend) -> None:
    song, geng, build = oracle("宋洁"), oracle("耿勇军"), oracle("建设")
    assert backend.search("量子纠缠").total == 0
    assert ids(backend, "宋洁 耿勇军") == song & geng
    assert ids(backend, "宋洁 OR 耿勇军") == song | geng
    assert ids(backend, "建设 -宋洁") == build - song
    assert ids(backend, "-建设") == set(NORMALISED) - build
    assert ids(backend, "建设 宋洁 OR 耿勇军 -区长") == build & (song | geng) - oracle("区长")


def test_filters(backend) -> None:
    assert ids(backend, "栏目:工作動態") == _where(section="工作动态")
    assert ids(backend, "-栏目:工作动态") == set(NORMALISED) - _where(section="工作动态")
    assert ids(backend, "地区:二七区") == {r["id"] for r in ROWS if r["issue_id"] in (1, 3, 5)}
    assert ids(backend, "人物:宋洁") == {1}
    assert ids(backend, "leader:耿勇军") == {3}
    assert ids(backend, "项目:舊改") == ids(backend, "project:老旧小区改造") == {4}
    assert ids(backend, "人物:无名氏") == set()
    assert ids(backend, "栏目:工作动态 建设") == _where(section="工作动态") & oracle("建设")


@pytest.mark.parametrize("query", [
    "宋洁", "建设 -宋洁", "栏目:工作动态 日期:2020", "宋洁 OR 栏目:本月关注", "-，", "，", "洁", "区 OR 宋",
    "地区:二七区", "地区:二七区 建设", "建设 -地区:二七区", "日期:2020-04..2020-06-15 建设", "日期:..2019",
    "日期:2021..", "日期:2020-10..", "日期:..2020-02", "日期:2020-03-03", "-日期:2020-04", "地区:不存在区 建设",
    "洁 地区:二七区", "洁 -地区:二七区", "洁 OR 地区:二七区", "-洁 地区:二七区", "洁 区 日期:2020 -栏目:本月关注",
    "人物:宋洁 地区:二七区", "人物:宋洁 洁", "-人物:宋洁", "区委书记 OR 耿勇军 -会议", "备注:待核实",
])
def test_totals_and_date_order_equal_the_scan(backend, seed_db: Database, query: str) -> None:
    same_as_scan(backend, seed_db, query)


@pytest.mark.parametrize("atom", [
    "-疫情", "-洁", "-人物:宋洁", "人物:宋洁", "日期:2020-01-02..2020-12-27", "-栏目:工作动态", "地区:二七区", "区",
    "OR 区", "OR 宋洁", "OR -洁",
])
def test_the_largest_queries_run(backend, seed_db: Database, atom: str) -> None:
    query = "建设 " + " ".join([atom] * min(MAX_ATOMS - 1, (MAX_QUERY_CHARS - 3) // (len(atom) + 1)))
    same_as_scan(backend, seed_db, query)


def test_many_negations(backend) -> None:
    excluded = DISTINCT[: MAX_ATOMS - 1]
    query = "建设 " + " ".join(f"-{term}" for term in excluded)
    assert ids(backend, query) == oracle("建设").difference(*map(oracle, excluded))


@pytest.mark.parametrize(("term", "title_hit"), [("宋洁", 5), ("老旧小区", 86)])
def test_relevance_puts_title_hits_first(backend, term: str, title_hit: int) -> None:
    hits = backend.search(term).hits
    assert hits[0].id == title_hit and term in normalize(hits[0].title)
    rest = [h.score for h in hits[1:]]
    assert rest == sorted(rest, reverse=True) and rest[0] > 0


@pytest.mark.parametrize(("query", "groups"), [
    ("区", [["区"]]), ("洁 区", [["洁"], ["区"]]), ("区 OR 宋", [["区", "宋"]]), ("洁 地区:二七区", [["洁"]]),
    ("会 -洁", [["会"]]), ("會 人物:宋洁 OR 区", [["会"]]),
])
def test_one_character_terms_rank_title_hits_first(backend, query: str, groups: list[list[str]]) -> None:
    """Title hits first, then the rest, each newest first: the same order on both backends."""
    hits = backend.search(query, limit=1000).hits
    titled = [all(any(c in TITLES[h.id] for c in group) for group in groups) for h in hits]
    assert titled[0] and not all(titled) and titled == sorted(titled, reverse=True)
    cut = titled.index(False)
    for tier in ([h.id for h in hits[:cut]], [h.id for h in hits[cut:]]):
        assert tier == sorted(tier, key=_date_key)


@pytest.mark.parametrize("query", ["建设", "区", "宋洁 OR 栏目:本月关注"])
def test_pages_partition_the_results(backend, query: str) -> None:
    for sort in ("relevance", "date"):
        every = [h.id for h in backend.search(query, limit=1000, sort=sort).hits]
        pages = [h.id for off in range(0, len(every), 7) for h in backend.search(query, limit=7, offset=off,
                                                                                  sort=sort).hits]
        assert pages == every
        assert backend.matching_ids(query, sort=sort) == every
    assert backend.search(query, limit=0).hits == []


@pytest.mark.parametrize("query", ["建设", "区", "宋洁 OR 栏目:本月关注", "量子纠缠"])
def test_a_page_first_is_the_counted_page(backend, query: str) -> None:
    """``count=False`` (the window's page first) gives the counted page on both backends, with the exact
    total or None, and ``limit=0`` (the count that follows) the exact total."""
    for sort in ("relevance", "date"):
        counted = backend.search(query, limit=7, sort=sort)
        first = backend.search(query, limit=7, sort=sort, count=False)
        assert [h.id for h in first.hits] == [h.id for h in counted.hits]
        assert first.total in (None, counted.total)
        assert backend.search(query, limit=0, sort=sort).total == counted.total


def test_snippets_are_the_same_on_both_backends(backend, seed_db: Database) -> None:
    reference = {h.id: h for h in BoundSearch(seed_db).search("区委书记宋洁 OR 老旧小区", limit=1000).hits}
    got = backend.search("区委书记宋洁 OR 老旧小区", limit=1000).hits
    assert got and {h.id for h in got} == set(reference)
    for hit in got:
        expected = reference[hit.id]
        assert (hit.snippet, hit.highlights, hit.body_highlights, hit.title_highlights, hit.place) == (
            expected.snippet, expected.highlights, expected.body_highlights, expected.title_highlights,
            expected.place)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"sort": "title"}, "sorted by"), ({"limit": -1}, "negative"), ({"offset": PAGE_MAX + 1}, "at most"),
])
def test_bad_arguments_raise_query_error(backend, kwargs: dict, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        backend.search("宋洁", **kwargs)


def test_a_cancelled_token_stops_the_query(backend) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        backend.search("建设", cancel=token)
    assert backend.search("宋洁").total == len(oracle("宋洁"))


# -- property tests: random substrings of the indexed text ------------------------------------------

PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@PROPERTY
@given(term=substrings())
def test_property_quoted_search_equals_substring_oracle(backend, term: str) -> None:
    if not normalize(term) or '"' in term:
        return
    assert ids(backend, f'"{term}"') == oracle(term)


@PROPERTY
@given(query=substrings())
def test_property_unquoted_search_follows_the_rules(backend, query: str) -> None:
    expected = expected_unquoted(query)
    if expected is not None:
        assert ids(backend, query) == expected
        assert ids(backend, query, sort="date") == expected


@PROPERTY
@given(first=substrings(), second=substrings(), negate=st.booleans())
def test_property_two_terms(backend, first: str, second: str, negate: bool) -> None:
    a, b = normalize(first), normalize(second)
    if not a or not b or '"' in first + second:
        return
    query = f'"{first}" {"-" if negate else ""}"{second}"'
    expected = oracle(first) - oracle(second) if negate else oracle(first) & oracle(second)
    assert ids(backend, query) == expected


# -- PostgreSQL only: cancelling a running statement ------------------------------------------------

def test_cancel_from_another_thread_interrupts_a_running_postgres_statement(backend) -> None:
    if backend.name != "postgresql":
        pytest.skip("the SQLite half is test_engine.py's test_cancel_from_another_thread_interrupts_running_statement")
    from gazette_reader.search.postgres import _interruptible

    token = CancelToken()
    timer = threading.Timer(0.1, token.cancel)
    timer.start()
    with pytest.raises(Cancelled), _interruptible(backend.db.raw, token):
        backend.db.raw.execute("SELECT pg_sleep(30)")
    timer.cancel()
    assert backend.search("宋洁").total == len(oracle("宋洁"))


def test_a_server_search_reads_one_snapshot(pg_server: PgServer, fresh_db: Database, monkeypatch: pytest.MonkeyPatch,
                                            tmp_path) -> None:
    """An import committing on the server after a search began (its plan compiled) and before its page
    and total are read changes neither (one repeatable-read snapshot: the total and the hits agree);
    the next search sees it."""
    from gazette_reader.library import Library
    from gazette_reader.search import postgres

    library = postgres_copy(pg_server, fresh_db)
    other = Library.open(str(library.path))
    gazette = tmp_path / "新闻.txt"
    gazette.write_text("宋洁督导老旧小区改造\n\n本报讯 4月3日，区委书记宋洁实地督导老旧小区改造工作。\n", encoding="utf-8")
    original = postgres.compile_plan
    before = library.search("宋洁", limit=1000).total

    def compile_then_import(conn, plan, *args):
        compiled = original(conn, plan, *args)
        other.import_files([gazette])
        return compiled

    try:
        monkeypatch.setattr(postgres, "compile_plan", compile_then_import)
        during = library.search("宋洁", limit=1000)
        monkeypatch.setattr(postgres, "compile_plan", original)
        assert during.total == len(during.hits) == before
        assert library.search("宋洁", limit=1000).total > before
    finally:
        other.close()
        library.close()
