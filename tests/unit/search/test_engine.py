"""Search semantics against the seed library: exact substrings, filters, sorting, pages, cancellation.

The oracle is :func:`scan` (normalise every stored article, test substrings) plus, for terms, an
independent check written here with plain ``in``.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from pathlib import Path

import opencc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from gazette_reader.errors import Cancelled, QueryError
from gazette_reader.jobs import CancelToken
from gazette_reader.search import engine
from gazette_reader.search.engine import PAGE_MAX, compile_query, matching_ids, scan, search
from gazette_reader.search.index import index_articles
from gazette_reader.search.query import FILTER_KEYS, MAX_ATOMS, MAX_QUERY_CHARS, parse
from gazette_reader.store.schema import migrate
from gazette_reader.text.normalize import normalize
from tests.articles import stored
from tests.conftest import SEEDS
from tests.unit.search.seedlib import seed_articles

S2T = opencc.OpenCC("s2t")
ROWS = seed_articles(list(SEEDS))
NORMALISED = {r["id"]: [normalize(r[k] or "") for k in ("title", "subtitle", "kicker", "body")] for r in ROWS}


def oracle(term: str) -> set[int]:
    """Articles whose normalised title, subtitle, kicker or body contains the normalised term."""
    norm = normalize(term)
    return {i for i, fields in NORMALISED.items() if any(norm in f for f in fields)}


def ids(db: Database, query: str, **kwargs: object) -> set[int]:
    result = search(db, query, limit=1000, **kwargs)
    assert result.total == len(result.hits)
    return {hit.id for hit in result.hits}


@pytest.mark.parametrize("term", ["宋洁", "洁", "老旧小区", "区委书记宋洁", "5G", "2019年", "耿勇军", "，", "。",
                                  "(总第93期)", "陈红民", "“三项工程、一项管理”"])
def test_terms_match_exactly_the_articles_containing_them(seed_db: Database, term: str) -> None:
    expected = oracle(term)
    assert expected, f"seed text should contain {term}"
    assert ids(seed_db, f'"{term}"') == expected
    assert search(seed_db, f'"{term}"').total == len(expected)


@pytest.mark.parametrize(("query", "same_as"), [
    ("區委書記宋潔", "区委书记宋洁"), ('"4 月 3 日"', "4月3日"), ("5g", "5G"), ("ＡＢＣ", "abc"),
    ('"宋 洁"', "宋洁"), ("區", "区"),
])
def test_equivalent_spellings(seed_db: Database, query: str, same_as: str) -> None:
    assert ids(seed_db, query) == ids(seed_db, same_as) == oracle(same_as)


def test_nothing_matches_missing_terms(seed_db: Database) -> None:
    assert search(seed_db, "量子纠缠").total == 0
    assert search(seed_db, "xyzzy").hits == []


def test_and_or_not(seed_db: Database) -> None:
    song, geng, build = oracle("宋洁"), oracle("耿勇军"), oracle("建设")
    assert ids(seed_db, "宋洁 耿勇军") == song & geng
    assert ids(seed_db, "宋洁 OR 耿勇军") == song | geng
    assert ids(seed_db, "建设 -宋洁") == build - song
    assert ids(seed_db, "-建设") == set(NORMALISED) - build
    assert ids(seed_db, "建设 宋洁 OR 耿勇军 -区长") == build & (song | geng) - oracle("区长")


def _where(**match: object) -> set[int]:
    return {r["id"] for r in ROWS if all(r[k] == v for k, v in match.items())}


def test_filters(seed_db: Database) -> None:
    assert ids(seed_db, "栏目:工作动态") == _where(section="工作动态")
    assert ids(seed_db, "栏目:工作動態") == _where(section="工作动态")
    assert ids(seed_db, "-栏目:工作动态") == set(NORMALISED) - _where(section="工作动态")
    assert ids(seed_db, "地区:二七区") == {r["id"] for r in ROWS if r["issue_id"] in (1, 3, 5)}
    assert ids(seed_db, "人物:宋洁") == {1}  # article 2 names her as reporter, not leader
    assert ids(seed_db, "leader:耿勇军") == {3}  # people.name is traditional; compared after t2s
    assert ids(seed_db, "项目:舊改") == ids(seed_db, "project:老旧小区改造") == {4}
    assert ids(seed_db, "人物:无名氏") == set()
    assert ids(seed_db, "栏目:工作动态 建设") == _where(section="工作动态") & oracle("建设")
    assert ids(seed_db, "宋洁 OR 栏目:本月关注") == oracle("宋洁") | _where(section="本月关注")


@pytest.mark.parametrize(("query", "lo", "hi"), [
    ("日期:2020-04", "2020-04-01", "2020-04-31"), ("日期:2020", "2020-01-01", "2020-12-31"),
    ("日期:2020-04-01..2020-06-30", "2020-04-01", "2020-06-30"), ("日期:2020-10..", "2020-10-01", "9999"),
    ("日期:..2020-02", "0000", "2020-02-31"), ("日期:2020-03-03", "2020-03-03", "2020-03-03"),
])
def test_date_filters_never_match_undated_articles(seed_db: Database, query: str, lo: str, hi: str) -> None:
    expected = {r["id"] for r in ROWS if r["date"] and lo <= r["date"] <= hi}
    assert expected and ids(seed_db, query) == expected
    undated = {r["id"] for r in ROWS if not r["date"]}
    assert undated <= ids(seed_db, "-" + query)


def test_sort_by_date_newest_first_undated_last(seed_db: Database) -> None:
    hits = search(seed_db, "，", sort="date", limit=1000).hits
    keys = [(h.date is None, h.date or "", h.id) for h in hits]
    dated = [k for k in keys if not k[0]]
    assert dated == sorted(dated, key=lambda k: (k[1], -k[2]), reverse=True)
    assert all(k[0] for k in keys[len(dated):]) and keys[len(dated):] == sorted(keys[len(dated):])


@pytest.mark.parametrize("query", ["，", "宋洁", "栏目:工作动态", "宋洁 OR 栏目:本月关注"])
def test_sort_oldest_first_undated_last_as_the_scan_does(seed_db: Database, query: str) -> None:
    hits = search(seed_db, query, sort="oldest", limit=1000).hits
    keys = [(h.date is None, h.date or "", h.id) for h in hits]
    dated = [k for k in keys if not k[0]]
    assert dated and dated == sorted(dated)
    assert all(k[0] for k in keys[len(dated):]) and keys[len(dated):] == sorted(keys[len(dated):])
    assert [h.id for h in hits] == [h.id for h in scan(seed_db, query, sort="oldest", limit=1000).hits]
    assert matching_ids(seed_db, query, sort="oldest") == [h.id for h in hits]


@pytest.mark.parametrize(("term", "title_hit"), [("宋洁", 5), ("老旧小区", 86)])
def test_relevance_puts_title_hits_first(seed_db: Database, term: str, title_hit: int) -> None:
    hits = search(seed_db, term).hits
    assert hits[0].id == title_hit and term in normalize(hits[0].title)
    assert hits[0].title_highlights
    rest = [h.score for h in hits[1:]]
    assert rest == sorted(rest, reverse=True)  # bm25 within the tier


def test_pages_partition_the_results(seed_db: Database) -> None:
    for sort in ("relevance", "date"):
        every = [h.id for h in search(seed_db, "建设", limit=1000, sort=sort).hits]
        pages = [h.id for off in range(0, len(every), 7) for h in search(seed_db, "建设", limit=7, offset=off,
                                                                           sort=sort).hits]
        assert pages == every
    assert search(seed_db, "建设", limit=0).hits == []
    for sort in ("relevance", "date"):
        assert matching_ids(seed_db, "建设", sort=sort) == [h.id for h in search(seed_db, "建设", limit=1000,
                                                                                   sort=sort).hits]


def test_hits_carry_snippets_and_highlights(seed_db: Database) -> None:
    result = search(seed_db, "区委书记宋洁")
    body = {r["id"]: r["body"] for r in ROWS}
    for hit in result.hits:
        assert all(normalize(body[hit.id][s:e]) == "区委书记宋洁" for s, e in hit.body_highlights)
        assert len(hit.body_highlights) == normalize(body[hit.id]).count("区委书记宋洁")
        assert all(normalize(hit.snippet[s:e]) == "区委书记宋洁" for s, e in hit.highlights)
    data = result.to_json()
    assert set(data) == {"total", "hits"}
    assert set(data["hits"][0]) == {"id", "title", "date", "place", "issue_id", "section", "snippet",
                                    "highlights", "score", "body_highlights", "title_highlights"}
    for hit, shown in zip(result.hits, data["hits"]):
        assert shown["body_highlights"] == [list(span) for span in hit.body_highlights] != []
        assert all(normalize(hit.title[s:e]) == "区委书记宋洁" for s, e in shown["title_highlights"])


def test_traditional_article_highlighted_for_simplified_query(seed_db: Database) -> None:
    trad = [r for r in ROWS if r["id"] % 4 == 0 and "宋潔" in r["body"]]
    assert trad
    hit = next(h for h in search(seed_db, "宋洁", limit=1000).hits if h.id == trad[0]["id"])
    assert {trad[0]["body"][s:e] for s, e in hit.body_highlights} == {"宋潔"}


@pytest.mark.parametrize("query", ["宋洁", "建设 -宋洁", "栏目:工作动态 日期:2020", "宋洁 OR 栏目:本月关注", "-，"])
def test_scan_agrees_with_search(seed_db: Database, query: str) -> None:
    expected, got = scan(seed_db, query, sort="date", limit=1000), search(seed_db, query, sort="date", limit=1000)
    assert got.total == expected.total
    assert [h.id for h in got.hits] == [h.id for h in expected.hits]


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"sort": "title"}, "sorted by"), ({"limit": -1}, "negative"), ({"offset": -5}, "negative"),
    ({"limit": 99999999999999999999}, "at most"), ({"offset": PAGE_MAX + 1}, "at most"),
])
def test_bad_arguments_raise_query_error(seed_db: Database, kwargs: dict, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        search(seed_db, "宋洁", **kwargs)


def test_cancelled_token_stops_query(seed_db: Database) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        search(seed_db, "建设", cancel=token)


def test_cancel_from_another_thread_interrupts_running_statement(seed_db: Database) -> None:
    token = CancelToken()
    seed_db.conn.create_function("slow", 0, lambda: threading.Event().wait(0.001) or 0)
    timer = threading.Timer(0.05, token.cancel)
    timer.start()
    with pytest.raises(Cancelled):
        # A deliberately endless statement run through the engine's interrupt guard.
        from gazette_reader.search.engine import _interruptible
        with _interruptible(seed_db, token):
            seed_db.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + slow() + 1 FROM c) "
                            "SELECT count(*) FROM c").fetchone()
    timer.cancel()
    assert search(seed_db, "宋洁").total == len(oracle("宋洁"))  # the connection still works


def test_the_largest_page_is_allowed(seed_db: Database) -> None:
    assert search(seed_db, "宋洁", limit=PAGE_MAX, offset=0).total == len(oracle("宋洁"))
    assert search(seed_db, "宋洁", offset=PAGE_MAX).hits == []


# -- size: many negations and filters -----------------------------------------------------------------

DISTINCT = sorted({f[i : i + 2] for fields in NORMALISED.values() for f in fields for i in range(len(f) - 1)
                   if re.fullmatch(r"[\u4e00-\u9fff]{2}", f[i : i + 2])})


def test_negations_are_one_flat_expression(seed_db: Database) -> None:
    """One ``NOT (a OR b …)`` however many negations (96 nested ones overflowed FTS5's parser stack)."""
    excluded = DISTINCT[: MAX_ATOMS - 1]
    query = "建设 " + " ".join(f"-{term}" for term in excluded)
    assert compile_query(seed_db, parse(query)).fts.count("NOT") == 1
    expected = oracle("建设").difference(*map(oracle, excluded))
    assert ids(seed_db, query) == expected and ids(seed_db, query, sort="date") == expected


@pytest.mark.parametrize("atom", [
    "-疫情", "-洁", "-人物:宋洁", "人物:宋洁", "日期:2020-01-02..2020-12-27", "-日期:2020-01-02..2020-12-27",
    "-栏目:工作动态", "地区:二七区", "区", "OR 区", "OR 宋洁", "OR 人物:宋洁", "OR -洁",
])
def test_the_largest_queries_run(seed_db: Database, atom: str) -> None:
    """A query of as many atoms (or characters) as allowed, of every kind, still runs and agrees with the
    scan (a day-to-day date range is some 70 facet tokens)."""
    query = "建设 " + " ".join([atom] * min(MAX_ATOMS - 1, (MAX_QUERY_CHARS - 3) // (len(atom) + 1)))
    expected, got = scan(seed_db, query, sort="date", limit=1000), search(seed_db, query, sort="date", limit=1000)
    assert [h.id for h in got.hits] == [h.id for h in expected.hits]
    assert search(seed_db, query).total == expected.total


@pytest.mark.parametrize("query", [
    "宋洁 " + " ".join(["-疫情"] * 96),
    " ".join(["栏目:工作动态"] * 992),
    " ".join(f"-{term}" for term in DISTINCT[:300]),
])
def test_too_large_a_query_is_a_query_error_not_an_sqlite_error(seed_db: Database, query: str) -> None:
    with pytest.raises(QueryError) as error:
        search(seed_db, query)
    assert "sqlite" not in str(error.value).lower() and "fts5" not in str(error.value).lower()


@pytest.mark.parametrize("cancel", [None, CancelToken()])
def test_sqlite_refusing_a_query_is_a_plain_query_error(seed_db: Database, monkeypatch: pytest.MonkeyPatch,
                                                        cancel: CancelToken | None) -> None:
    monkeypatch.setattr(engine, "_fts_expression", lambda db, atom: "AND OR (")  # what FTS5 refuses
    with pytest.raises(QueryError, match="could not be run") as error:
        search(seed_db, "宋洁", cancel=cancel)
    assert "fts5" not in str(error.value) and "syntax" not in str(error.value)
    assert error.value.zh


# -- ranking ----------------------------------------------------------------------------------------

def tiny_library(path: Path, rows: list[dict]) -> Database:
    """A migrated, indexed library of ``rows`` (issue 1 has a place, issue 2 none)."""
    db = Database(path)
    migrate(db)
    db["issues"].insert_all([{"id": 1, "place": "二七区", "year": 2020}, {"id": 2, "place": None}])
    with db.atomic():
        db["articles"].insert_all(stored({"kind": "article", "ord": n, "issue_id": 2, **row})
                                  for n, row in enumerate(rows))
        index_articles(db, [row["id"] for row in rows])
    return db


def test_facets_do_not_change_the_score(tmp_path: Path) -> None:
    """The same title and body score the same, dated with a place and section or not (bm25 counts every
    column's tokens in a document's length, the zero-weight facets too)."""
    same = {"title": "宋洁调研老旧小区改造", "body": "区委书记宋洁指出，要加快推进老旧小区改造。"}
    db = tiny_library(tmp_path / "lib.sqlite", [
        {"id": 1, **same, "date": "2020-04-03", "section": "工作动态", "issue_id": 1},
        {"id": 2, **same},
        {"id": 3, **same, "date": "2020-04-04"},
        {"id": 4, "title": "其他", "body": "宋洁出席会议。" * 5},
        *({"id": 5 + n, "title": "无关", "body": f"无关内容{n}"} for n in range(20)),
    ])
    scores = {hit.id: hit.score for hit in search(db, "宋洁").hits}
    assert scores[1] == scores[2] == scores[3] != 0


TITLES = {r["id"]: normalize("".join(r[k] or "" for k in ("title", "subtitle", "kicker"))) for r in ROWS}
DATES = {r["id"]: r["date"] for r in ROWS}


def _date_key(article_id: int) -> tuple:
    return (DATES[article_id] is None, "" if DATES[article_id] is None else f"{99999999 - int(DATES[article_id].replace('-', ''))}",
            article_id)


@pytest.mark.parametrize(("query", "groups"), [
    ("区", [["区"]]), ("宋", [["宋"]]), ("洁 区", [["洁"], ["区"]]), ("区 OR 宋", [["区", "宋"]]),
    ("洁 地区:二七区", [["洁"]]), ("会 -洁", [["会"]]), ("區", [["区"]]), ("会 人物:宋洁 OR 区", [["会"]]),
])
def test_one_character_terms_rank_title_hits_first(seed_db: Database, query: str, groups: list[list[str]]) -> None:
    """Title hits first, then the rest, each newest first (the character index has no bm25)."""
    hits = search(seed_db, query, limit=1000).hits
    titled = [all(any(c in TITLES[h.id] for c in group) for group in groups) for h in hits]
    assert titled[0] and not all(titled) and titled == sorted(titled, reverse=True)
    cut = titled.index(False)
    for tier in ([h.id for h in hits[:cut]], [h.id for h in hits[cut:]]):
        assert tier == sorted(tier, key=_date_key)
    assert sorted(h.id for h in hits) == sorted(h.id for h in search(seed_db, query, limit=1000, sort="date").hits)


@pytest.mark.parametrize("query", ["区", "洁 地区:二七区"])
def test_one_character_pages_partition_the_results(seed_db: Database, query: str) -> None:
    every = [h.id for h in search(seed_db, query, limit=1000).hits]
    assert [h.id for off in range(0, len(every), 9) for h in search(seed_db, query, limit=9, offset=off).hits] == every
    assert matching_ids(seed_db, query) == every


# -- normalisation: a chain in the t2s table ----------------------------------------------------------

def test_every_spelling_of_a_chained_character_finds_the_others(tmp_path: Path) -> None:
    """薴 → 苧 → 苎: indexed and queried, each of the three finds all three articles."""
    db = tiny_library(tmp_path / "lib.sqlite", [{"id": 1, "title": "苎麻种植", "body": "种苎麻。"},
                                                 {"id": 2, "title": "薴麻", "body": "薴麻收成"},
                                                 {"id": 3, "title": "苧麻", "body": "苧麻收成"}])
    for query in ("苎麻", "苧麻", "薴麻", "苎", "苧", "薴"):
        assert ids(db, query) == {1, 2, 3}, query


# -- Chinese quotation marks --------------------------------------------------------------------------

@pytest.mark.parametrize(("query", "substring"), [
    ("“美丽上街”建设", "“美丽上街”建设"), ("开展“全城清洁”行动", "开展“全城清洁”行动"), ("“美丽", "“美丽"),
    ("“美丽上街”", "美丽上街"), ("“全城 清洁”", "全城清洁"), ('"美丽上街"', "美丽上街"),
])
def test_chinese_quotes_inside_a_word_are_searched_for(seed_db: Database, query: str, substring: str) -> None:
    """Pasted text keeps its quotation marks (and finds just the phrase); a quoted whole word groups."""
    assert oracle(substring) and ids(seed_db, query) == oracle(substring)
    assert ids(seed_db, "“美丽上街”建设") < oracle("美丽上街") & oracle("建设")


# -- property test: random substrings of the indexed text ------------------------------------------

TEXTS = [r["title"] + "\n" + r["body"] for r in ROWS if len(r["body"]) > 20]
ANCHORS = {
    "quote": re.compile("[“”]"), "latin": re.compile(r"[A-Za-z0-9]"), "punct": re.compile(r"[，。、；：:（）()《》—·%-]"),
}
SPOTS = {kind: [(n, m.start()) for n, text in enumerate(TEXTS) for m in pattern.finditer(text)]
         for kind, pattern in ANCHORS.items()}
FULL_WIDTH = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})


@st.composite
def substrings(draw: st.DrawFn) -> str:
    """A piece of a seed article, often around a quotation mark, punctuation or Latin letters and digits,
    then spelled differently (spaces, traditional, case, full width) or with a quotation mark added."""
    kind = draw(st.sampled_from(["anywhere", *SPOTS]))
    if kind == "anywhere":
        text = draw(st.sampled_from(TEXTS))
        start = draw(st.integers(0, len(text) - 1))
    else:
        n, spot = draw(st.sampled_from(SPOTS[kind]))
        text, start = TEXTS[n], max(0, spot - draw(st.integers(0, 4)))
    term = text[start : start + draw(st.integers(1, 8))]
    return _respelled(draw, term)


def _respelled(draw: st.DrawFn, term: str) -> str:
    variant = draw(st.sampled_from(["plain", "plain", "spaced", "traditional", "upper", "full width", "quote"]))
    cut = draw(st.integers(0, len(term)))
    if variant == "spaced":
        return term[:cut] + " " + term[cut:]
    if variant == "traditional":
        return S2T.convert(term)
    if variant == "upper":
        return term.upper()
    if variant == "full width":
        return term.translate(FULL_WIDTH)
    if variant == "quote":
        return term[:cut] + draw(st.sampled_from("“”")) + term[cut:]
    return term


LATIN = st.text(st.sampled_from("abgGzAB05913-./:"), min_size=1, max_size=5)
MIXED = st.one_of(LATIN, st.tuples(substrings(), LATIN).map("".join), st.tuples(LATIN, substrings()).map("".join))


def expected_unquoted(query: str) -> set[int] | None:
    """What the README's rules say an unquoted query finds (an AND of its words); None when a word is
    syntax these property tests leave to test_query (negation, OR, a filter, a quotation across spaces)."""
    found = set(NORMALISED)
    words = query.split()
    for n, word in enumerate(words):
        expected = _expected_word(word, later=" ".join(words[n + 1 :]))
        if expected is None:
            return None
        found &= expected
    return found if words else None


def _expected_word(word: str, later: str) -> set[int] | None:
    if word == "OR" or word.startswith(("-", '"')) or not normalize(word):
        return None
    if any(c in ":：" and normalize(word[:i]) in FILTER_KEYS for i, c in enumerate(word)):
        return None
    if word.startswith("“") and "”" not in word and "”" in later:
        return None  # may be a quotation running over the space
    if word.startswith("“") and word.find("”") == len(word) - 1:
        return oracle(word[1:-1]) if normalize(word[1:-1]) else None  # a whole-word quotation groups
    return oracle(word)


PROPERTY = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@PROPERTY
@given(term=st.one_of(substrings(), MIXED))
def test_property_ascii_quoted_search_equals_substring_oracle(seed_db: Database, term: str) -> None:
    if not normalize(term) or '"' in term:
        return
    assert ids(seed_db, f'"{term}"') == oracle(term)


@PROPERTY
@given(term=st.one_of(substrings(), MIXED))
def test_property_chinese_quoted_search_equals_substring_oracle(seed_db: Database, term: str) -> None:
    """``“term”`` standing alone groups like ASCII quotes, whatever the term holds but a closing mark."""
    if not normalize(term) or "”" in term:
        return
    assert ids(seed_db, f"“{term}”") == oracle(term)


@PROPERTY
@given(query=st.one_of(substrings(), MIXED))
def test_property_unquoted_search_follows_the_rules(seed_db: Database, query: str) -> None:
    """Typed or pasted as is: every word a substring, Chinese quotation marks inside a word literal."""
    expected = expected_unquoted(query)
    if expected is not None:
        assert ids(seed_db, query) == expected
        assert ids(seed_db, query, sort="date") == expected


@pytest.mark.parametrize("query", ["人物:宋洁", "项目:老旧小区改造", "-人物:宋洁", "人物:宋洁 栏目:工作动态",
                                   "人物:耿勇军 OR 项目:老旧小区改造"])
@pytest.mark.parametrize("sort", ["relevance", "date", "oldest"])
def test_a_common_tag_probed_per_article_pages_as_when_listed(seed_db: Database, monkeypatch: pytest.MonkeyPatch,
                                                              query: str, sort: str) -> None:
    """A tag in many articles is probed per article while the date index is walked, instead of listing
    all its articles first; the pages are the same either way, and the scan's."""
    pages = {}
    for share in (10**9, 1):  # every total dense (probed), then none (listed)
        monkeypatch.setattr(engine, "DENSE_SHARE", share)
        pages[share] = [search(seed_db, query, sort=sort, limit=4, offset=n) for n in (0, 4)]
    probed, listed = ([[h.id for h in r.hits] for r in pages[share]] for share in (10**9, 1))
    assert probed == listed
    assert pages[1][0].total == pages[10**9][0].total == scan(seed_db, query).total
    if sort != "relevance":
        assert [h.id for h in scan(seed_db, query, sort=sort, limit=8).hits] == probed[0] + probed[1]


TITLED = ["宋洁", "工作", "区委书记", "建设 OR 量子纠缠", "老旧小区 宋洁", '"区委 书记"', "工作 人物:宋洁"]


@pytest.mark.parametrize("query", TITLED)
@pytest.mark.parametrize("rank_cap", [engine.RANK_CAP, 0])
def test_the_title_tier_listed_from_the_title_index_gives_the_same_pages(
        seed_db: Database, monkeypatch: pytest.MonkeyPatch, query: str, rank_cap: int) -> None:
    """A title tier of terms alone is listed from ``search_titles`` with the column filter dropped; the
    pages are those of the column filter on ``search_fts`` (a rank cap of 0 forces the date-ordered tiers
    of large results)."""
    from dataclasses import replace

    from gazette_reader.search.plan import make_plan

    plan = compile_query(seed_db, make_plan(query))
    assert plan.titles_tier and plan.title_tier == f"{{title}} : ({plan.titles_tier})"
    monkeypatch.setattr(engine, "RANK_CAP", rank_cap)
    pages = {}
    for source in ("titles", "column filter"):
        if source == "column filter":
            real = engine.compile_query
            monkeypatch.setattr(engine, "compile_query", lambda db, q: replace(real(db, q), titles_tier=None))
        results = [search(seed_db, query, limit=4, offset=n) for n in (0, 4, 8)]
        pages[source] = results[0].total, [h.id for r in results for h in r.hits]
    assert pages["titles"] == pages["column filter"] and pages["titles"][1]


@pytest.mark.parametrize("query", ["宋洁 -工作", "宋洁 日期:2019", "宋洁 地区:二七区", "洁", "区 宋"])
def test_a_title_tier_not_implied_by_its_terms_stays_on_the_main_index(seed_db: Database, query: str) -> None:
    from gazette_reader.search.plan import make_plan

    assert compile_query(seed_db, make_plan(query)).titles_tier is None
