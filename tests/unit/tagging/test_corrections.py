"""Corrections: applied at once, re-applied after retagging, and refused with clear messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazette_reader.errors import GazetteError
from gazette_reader.tagging import queries
from gazette_reader.tagging.corrections import apply_all, apply_to, article_key, correct, resolve_key
from gazette_reader.tagging.store import retag_all, tag_articles
from tests.pg.fixtures import BACKENDS, migrated_db

@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path):
    """The tagging library on both backends (#18): corrections behave the same on a server."""
    return migrated_db(request, tmp_path)


BODY_A = "区委书记宋洁主持会议。区领导虎荣鑫参加。“三送一强”活动和“全城清洁”行动同步推进。"
BODY_B = "宋洁指出，虎荣鑫要抓好“三送一强”活动。"


@pytest.fixture
def two(db, lib) -> tuple[int, int]:
    a = lib.article(lib.source("a"), 1, "会议", BODY_A, date="2020-04-01")
    b = lib.article(lib.source("b", month=5), 1, "督导", BODY_B, date="2020-05-02")
    tag_articles(db, [a, b])
    return a, b


def leader_names(db) -> dict[str, int]:
    return {r["name"]: r["articles"] for r in queries.leaders(db)}


def project_names(db) -> dict[str, int]:
    return {r["name"]: r["articles"] for r in queries.projects(db)}


@pytest.mark.parametrize("action, target, value, expected", [
    ("hide", "虎荣鑫", None, {"宋洁": 2}),
    ("rename", "虎荣鑫", "虎荣新", {"宋洁": 2, "虎荣新": 2}),
    ("merge", "虎荣鑫", "宋洁", {"宋洁": 2}),
])
def test_leader_corrections_survive_retag(db, two, action, target, value, expected) -> None:
    correct(db, action, "leader", target, value)
    assert leader_names(db) == expected
    retag_all(db)
    assert leader_names(db) == expected


def test_hide_in_one_article_only(db, two) -> None:
    a, b = two
    correct(db, "hide", "leader", "宋洁", article_id=b)
    retag_all(db)
    assert leader_names(db)["宋洁"] == 1
    assert queries.article_tags(db, [a, b])[b]["leaders"] == [{"name": "虎荣鑫", "title": None}]


def test_add_leader_with_title(db, two) -> None:
    a, b = two
    correct(db, "add", "leader", "万正峰", "副市长", article_id=b)
    retag_all(db)
    assert {"name": "万正峰", "title": "副市长"} in queries.article_tags(db, [b])[b]["leaders"]


def test_project_corrections_survive_retag(db, two) -> None:
    a, b = two
    correct(db, "rename", "project", "三送一强", "三送一强活动")
    correct(db, "hide", "project", "全城清洁")
    correct(db, "add", "project", "美丽上街", article_id=b)
    retag_all(db)
    assert project_names(db) == {"三送一强活动": 2, "美丽上街": 1}
    renamed = next(p for p in queries.projects(db) if p["name"] == "三送一强活动")
    assert "三送一强" in renamed["aliases"]


def test_new_imports_get_old_corrections(db, lib, two) -> None:
    correct(db, "rename", "leader", "虎荣鑫", "虎荣新")
    c = lib.article(lib.source("c"), 1, "t", "虎荣鑫表示，全力以赴。")
    tag_articles(db, [c])
    assert queries.article_tags(db, [c])[c]["leaders"] == [{"name": "虎荣新", "title": None}]


def test_article_key_survives_reordering(db, lib, two) -> None:
    a, _ = two
    key = article_key(db, a)
    db.execute("UPDATE articles SET ord = 7 WHERE id = ?", [a])
    assert resolve_key(db, key) == a
    db.execute("UPDATE articles SET title = '新标题' WHERE id = ?", [a])
    assert resolve_key(db, key) is None   # neither title nor order matches any more


@pytest.mark.parametrize("args, message", [
    (("hide", "leader", "无此人"), "no leader called '无此人'"),
    (("hide", "project", "无此项目"), "no project called '无此项目'"),
    (("explode", "leader", "宋洁"), "Unknown correction"),
    (("hide", "person", "宋洁"), "Unknown kind of tag"),
    (("rename", "leader", "宋洁"), "Say what to rename"),
    (("merge", "leader", "宋洁", "无此人"), "no leader called '无此人' to merge"),
    (("add", "leader", "宋洁"), "Say which article"),
    (("add", "leader", "宋洁", None, 999), "no article with id 999"),
])
def test_bad_corrections_are_refused(db, two, args, message) -> None:
    with pytest.raises(GazetteError, match=message):
        correct(db, *args)
    assert db.execute("SELECT COUNT(*) FROM corrections").fetchone()[0] == 0


def _all_tags(db) -> list[tuple]:
    return sorted(db.execute(
        "SELECT m.article_id, p.name, m.role, m.title, m.start FROM mentions m JOIN people p ON p.id = m.person_id")
        .fetchall()) + sorted(db.execute(
        "SELECT pm.article_id, p.name, pm.alias FROM project_mentions pm JOIN projects p ON p.id = pm.project_id"))


def test_applying_to_new_articles_equals_applying_everywhere(db, lib, two) -> None:
    a, b = two
    correct(db, "rename", "leader", "虎荣鑫", "虎荣新")
    correct(db, "hide", "leader", "宋洁", article_id=b)
    correct(db, "rename", "project", "三送一强", "三送一强活动")
    correct(db, "hide", "project", "全城清洁")
    c = lib.article(lib.source("c"), 1, "t", BODY_A)
    tag_articles(db, [c])                      # applies corrections to c only
    scoped = _all_tags(db)
    apply_all(db)
    assert _all_tags(db) == scoped
    assert {n for _, n, *rest in scoped if len(rest) == 3} == {"宋洁", "虎荣新"}


def test_apply_to_leaves_other_articles_alone(db, two) -> None:
    a, b = two
    db.execute("INSERT INTO corrections (action, entity, target) VALUES ('hide', 'leader', '宋洁')")
    apply_to(db, [b])
    assert [x["name"] for x in queries.article_tags(db, [a, b])[a]["leaders"]] == ["宋洁", "虎荣鑫"]
    assert queries.article_tags(db, [a, b])[b]["leaders"] == [{"name": "虎荣鑫", "title": None}]
    apply_to(db, [])
    assert leader_names(db)["宋洁"] == 1


def test_correct_returns_the_number_a_revert_takes(db, two) -> None:
    first = correct(db, "hide", "leader", "虎荣鑫")
    second = correct(db, "rename", "leader", "宋洁", "宋 洁")
    assert second == first + 1
    assert [row[0] for row in db.execute("SELECT id FROM corrections ORDER BY id")] == [first, second]


def test_names_read_off_the_listed_corrections_equal_the_queries(db, two) -> None:
    """The importer reads the corrections once a file and takes the hidden and corrected leader names
    from those rows: the same sets the two queries give."""
    from gazette_reader.tagging import corrections

    a, b = two
    correct(db, "hide", "leader", "虎荣鑫")
    correct(db, "hide", "leader", "宋洁", article_id=b)  # in one article: not hidden everywhere
    correct(db, "rename", "leader", "宋洁", "宋杰")
    correct(db, "rename", "project", "三送一强", "三送一强活动")
    rows = corrections.list_corrections(db)
    assert corrections.hidden_among(rows) == corrections.hidden_leaders(db) == {"虎荣鑫"}
    assert corrections.leader_names_among(rows) == corrections.leader_names(db) == {"虎荣鑫", "宋洁", "宋杰"}
