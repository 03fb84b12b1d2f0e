"""Terms with punctuation: the index narrows them down, verification against the text makes them exact."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from gazette_reader.errors import Cancelled
from gazette_reader.jobs import CancelToken
from gazette_reader.search.engine import scan, search
from gazette_reader.search.index import articles_containing, index_articles
from gazette_reader.search.verify import verified_ids
from gazette_reader.store.schema import migrate
from gazette_reader.text.normalize import normalize

ARTICLES = {
    1: ("区委书记宋洁", None, "4月3日，区委书记宋洁主持会议。"),
    2: ("会议", None, "区委，书记宋洁；区委书记。"),
    3: ("全面推进“三送一强”活动", "副题", "推进“三送一强”工作，落实5G+应用。"),
    4: ("標題結尾是區委", "，书记开头的副题", "正文：區委書記宋潔（區委辦）……"),  # traditional
    5: ("无标点标题", None, "没有任何标点的正文区委书记宋洁"),
    6: ("区委", "书记", "区委!书记 与 区委。书记"),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    library = Database(tmp_path_factory.mktemp("verify") / "library.sqlite")
    migrate(library)
    library["issues"].insert({"id": 1, "place": "二七区", "year": 2020, "month": 4})
    rows = [{"id": i, "issue_id": 1, "ord": i, "kind": "article", "title": t, "subtitle": s, "body": b,
             "date": f"2020-04-{i:02d}"} for i, (t, s, b) in ARTICLES.items()]
    with library.atomic():
        library["articles"].insert_all(rows)
        index_articles(library, list(ARTICLES))
    return library


def oracle(term: str) -> set[int]:
    norm = normalize(term)
    return {i for i, fields in ARTICLES.items() if any(norm in normalize(f) for f in fields if f)}


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("区委，书记", {2}),  # 区委。书记 (6) and 区委书记 (1, 5) are candidates' neighbours, not matches
        ("区委。书记", {6}),
        ("区委!书记", {6}),
        ("，区委", {1}),
        ("区委，", {2}),
        ("“三送一强”", {3}),
        ("5G+", {3}),
        ("5g＋", {3}),  # full-width plus folds to +
        ("（区委办）", {4}),
        ("……", {4}),
        ("。", {1, 2, 3, 6}),  # punctuation only: every article is tested
        ("，", {1, 2, 3, 4}),  # 4 has it at the start of its subtitle
        ("，书记开头", {4}),
        ("区委，书记开头", set()),  # title ends 區委, subtitle starts ，书记: no match across fields,
        ("是区委，书记", set()),  # though the index sees the two runs side by side
        ("日，区委书记宋洁主", {1}),
        ("!", {6}),
    ],
)
def test_punctuated_terms_are_exact(db: Database, term: str, expected: set[int]) -> None:
    assert oracle(term) == expected  # guards the table itself
    result = search(db, f'"{term}"', limit=100)
    assert result.total == len(result.hits) == len(expected)
    assert {h.id for h in result.hits} == expected
    assert verified_ids(db, normalize(term)) == expected


@pytest.mark.parametrize(
    "query",
    ["区委，书记 OR 宋洁", "区委 -区委，书记", "-。", '宋洁 -"（区委办）"', "区委，书记 区委。书记", "。 OR ，",
     '"“三送一强”" 栏目:工作动态', "， 日期:2020-04", "区委，书记 OR 栏目:无"],
)
def test_mixed_queries_agree_with_the_scan(db: Database, query: str) -> None:
    expected, got = scan(db, query, sort="date", limit=100), search(db, query, sort="date", limit=100)
    assert got.total == expected.total
    assert [h.id for h in got.hits] == [h.id for h in expected.hits]


def test_punctuated_hits_are_ranked_and_highlighted(db: Database) -> None:
    hits = search(db, "5G+").hits
    assert [h.id for h in hits] == [3]
    assert hits[0].score > 0.0  # bm25 over the candidate phrase, as for any indexed term
    assert [hits[0].snippet[s:e] for s, e in hits[0].highlights] == ["5G+"]


def test_articles_containing_verifies_punctuated_terms(db: Database) -> None:
    assert articles_containing(db, ["区委，书记", "三送一强"]) == {2, 3}
    assert articles_containing(db, ["。"]) == oracle("。")


def test_verification_can_be_cancelled(db: Database) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        verified_ids(db, "。", cancel=token)


def test_unindexed_library_finds_nothing_but_scans_still_work(tmp_path: Path) -> None:
    """Candidates come from the index: an article outside it is never verified (the importer indexes all)."""
    library = Database(tmp_path / "library.sqlite")
    migrate(library)
    library["articles"].insert({"id": 1, "ord": 1, "kind": "article", "title": "区委，书记", "body": ""})
    assert verified_ids(library, normalize("区委，")) == set()
    assert verified_ids(library, normalize("，")) == {1}


@pytest.mark.parametrize(
    ("term", "text", "found"),
    [("区委,", "區委，", True), ("区委,", "区 委\n，", True), ("区委,", "区委。", False), (",区", "，\u200b區", True),
     ("5g+", "5Ｇ＋", True), ("(总第93期)", "（总第９３期）", True), ("“宋洁”", "\"宋洁\"", False)],
)
def test_verification_pattern_equals_normalised_containment(term: str, text: str, found: bool) -> None:
    from gazette_reader.search.verify import _pattern

    assert (term in normalize(text)) is found
    assert bool(_pattern(term).search(text)) is found
