"""Facet tokens: the document side, the exact date cover, and filters answered through the index."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlite_utils import Database

from gazette_reader.search.engine import compile_query, scan, search
from gazette_reader.search.facets import (FILLER, SPELLED_MAX, TOKENS_PER_ARTICLE, date_tokens, facet_tokens,
                                          value_token)
from gazette_reader.search.query import parse

# Every date string a stored article can carry (month 01-12, day 01-31 as the text printed it).
ALL_DAYS = [f"{y}-{m:02d}-{d:02d}" for y, m, d in itertools.product((2019, 2020, 2021), range(1, 13), range(1, 32))]


def covered(tokens: list[str], date: str) -> bool:
    """Whether an article dated ``date`` carries one of ``tokens``."""
    return bool(set(tokens) & set(facet_tokens(None, None, date).split()))


@given(st.sampled_from(ALL_DAYS), st.sampled_from(ALL_DAYS))
def test_date_cover_is_exactly_the_string_range(lo: str, hi: str) -> None:
    tokens = date_tokens(lo, hi)
    assert [d for d in ALL_DAYS if covered(tokens, d)] == [d for d in ALL_DAYS if lo <= d <= hi]


@pytest.mark.parametrize(("lo", "hi", "expected"), [
    ("2020-01-01", "2020-12-31", ["xy2020"]),
    ("2020-04-01", "2020-04-31", ["xm202004"]),
    ("2020-04-01", "2020-04-30", [f"xd202004{d:02d}" for d in range(1, 31)]),  # 04-31 is outside
    ("2019-12-31", "2021-01-01", ["xd20191231", "xy2020", "xd20210101"]),
    ("2020-03-30", "2020-05-31", ["xd20200330", "xd20200331", "xm202004", "xm202005"]),
    ("2020-05-01", "2020-04-01", []),
])
def test_date_cover_uses_the_fewest_tokens(lo: str, hi: str, expected: list[str]) -> None:
    assert date_tokens(lo, hi) == expected


def test_facet_document() -> None:
    tokens = facet_tokens("二七區", "工作动态", "2020-04-03").split()
    assert tokens[0] == value_token("place", "二七区")  # normalised: a traditional place finds it too
    assert tokens[2:] == ["xy2020", "xm202004", "xd20200403"]
    assert facet_tokens(None, "", None) == " ".join([FILLER] * TOKENS_PER_ARTICLE)
    # only full dates are stored; anything else is not one
    assert facet_tokens("二七区", None, "2020-04").split()[1:] == [FILLER] * (TOKENS_PER_ARTICLE - 1)


@pytest.mark.parametrize("place", [None, "", "二七区", "区" * (SPELLED_MAX + 1)])
@pytest.mark.parametrize("section", [None, "工作动态", " "])
@pytest.mark.parametrize("date", [None, "2020-04-03", "2020-04", "bogus"])
def test_every_facet_document_has_the_same_length(place: str | None, section: str | None, date: str | None) -> None:
    """bm25 counts the facet tokens in a document's length: a constant count keeps them out of the score."""
    assert len(facet_tokens(place, section, date).split()) == TOKENS_PER_ARTICLE


def test_long_values_get_short_distinct_tokens() -> None:
    long_a, long_b = "甲" * (SPELLED_MAX + 1), "甲" * SPELLED_MAX + "乙"
    assert len(value_token("section", long_a)) < 50
    assert value_token("section", long_a) != value_token("section", long_b)
    assert value_token("place", "二七区") != value_token("section", "二七区")


@pytest.mark.parametrize("query", [
    "地区:二七区", "地区:二七区 建设", "建设 -地区:二七区", "栏目:工作动态", "栏目:工作动态 OR 地区:上街区",
    "建设 OR 栏目:本月关注", "日期:2020-04..2020-06-15 建设", "日期:..2019", "日期:2021..", "日期:1990",
    "地区:不存在区 建设", "-栏目:工作动态", "宋洁 栏目:本月关注 日期:2020", "洁 地区:二七区",
    "洁 -地区:二七区", "洁 OR 地区:二七区", "宋洁 洁 地区:二七区", "-洁 地区:二七区", "洁 区 日期:2020 -栏目:本月关注",
    "人物:宋洁 地区:二七区", "人物:宋洁 洁",
])
def test_facet_filters_agree_with_the_scan(seed_db: Database, query: str) -> None:
    expected, got = scan(seed_db, query, sort="date", limit=1000), search(seed_db, query, sort="date", limit=1000)
    assert got.total == expected.total
    assert [h.id for h in got.hits] == [h.id for h in expected.hits]


@pytest.mark.parametrize("query", ["地区:二七区 建设", "栏目:工作动态", "日期:2020-04 建设 -地区:二七区"])
def test_place_section_and_date_filters_run_inside_fts(seed_db: Database, query: str) -> None:
    plan = compile_query(seed_db, parse(query))
    assert plan.where == "1" and "{facets}" in plan.fts


@pytest.mark.parametrize("query", ["地区:二七区 洁", "洁 区 日期:2020", "洁 -栏目:本月关注"])
def test_one_character_terms_with_filters_use_the_character_index_alone(seed_db: Database, query: str) -> None:
    plan = compile_query(seed_db, parse(query))
    assert plan.fts is None and plan.id_source and "search_chars" in plan.id_source
