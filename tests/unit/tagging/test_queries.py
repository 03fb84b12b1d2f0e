"""Read queries: leader/project lists with titles over time, per-article tags, monthly timelines."""

from __future__ import annotations

import pytest

from gazette_reader.tagging import queries
from gazette_reader.tagging.store import tag_articles
from tests.pg.fixtures import BACKENDS, migrated_db


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path):
    """Tagging on both backends (#18): the same tags from a file and a server library."""
    return migrated_db(request, tmp_path)


@pytest.fixture
def filled(db, lib) -> list[int]:
    a = lib.article(lib.source("a", year=2020, month=4), 1, "t", "区长耿勇军调研。区领导宋洁参加。", date="2020-04-15")
    b = lib.article(lib.source("b", year=2020, month=6), 1, "t", "区委副书记、区长耿勇军带领。“全城清洁”行动。",
                    date="2020-06-10")
    c = lib.article(lib.source("c", year=2020, month=7), 1, "t", "耿勇军指出，推进老旧小区提升改造。")  # no date
    tag_articles(db, [a, b, c])
    return [a, b, c]


def test_leaders_shape_and_order(db, filled) -> None:
    rows = queries.leaders(db)
    assert [r["name"] for r in rows] == ["耿勇军", "宋洁"]
    assert rows[0] == {"name": "耿勇军", "articles": 3, "first": "2020-04-15", "last": "2020-06-10", "titles": [
        {"title": "区长", "first": "2020-04-15", "last": "2020-04-15"},
        {"title": "区委副书记、区长", "first": "2020-06-10", "last": "2020-06-10"}]}
    assert [r["name"] for r in queries.leaders(db, sort="name")] == sorted(["耿勇军", "宋洁"])


def test_projects_shape(db, filled) -> None:
    rows = {r["name"]: r for r in queries.projects(db)}
    assert rows["老旧小区改造"]["articles"] == 1 and rows["老旧小区改造"]["first"] is None
    assert "老旧小区提升改造" in rows["老旧小区改造"]["aliases"]
    assert rows["全城清洁"]["first"] == "2020-06-10"


def test_article_tags(db, filled) -> None:
    a, b, c = filled
    tags = queries.article_tags(db, [a, c, 12345])
    assert tags[a] == {"leaders": [{"name": "耿勇军", "title": "区长"}, {"name": "宋洁", "title": None}],
                       "projects": []}
    assert tags[c] == {"leaders": [{"name": "耿勇军", "title": None}], "projects": ["老旧小区改造"]}
    assert tags[12345] == {"leaders": [], "projects": []}


def test_timelines_fall_back_to_the_issue_month(db, filled) -> None:
    assert queries.person_timeline(db, "耿勇军") == [("2020-04", 1), ("2020-06", 1), ("2020-07", 1)]
    assert queries.project_timeline(db, "全城清洁") == [("2020-06", 1)]
    assert queries.person_timeline(db, "无此人") == []


def test_an_article_gives_each_leader_its_fullest_title(db, lib) -> None:
    """A headline's short title and the lead's full one: the article lists the full one (as the gold does)."""
    aid = lib.article(lib.source("a"), 1, "县长王殿忠督导检查防汛工作",
                      "7月22日,县委副书记、县长王殿忠带领相关部门督导检查防汛工作。王殿忠指出,要压实责任。")
    tag_articles(db, [aid])
    assert queries.article_tags(db, [aid])[aid]["leaders"] == [{"name": "王殿忠", "title": "县委副书记、县长"}]


def test_tag_spellings_are_the_text_a_tag_was_found_in(db, lib) -> None:
    from gazette_reader.tagging.corrections import correct
    from gazette_reader.tagging.store import article_text

    body = "区委书记宋洁主持会议，部署文明城市创建工作。宋洁强调，要把全国文明城市创建抓实。"
    aid = lib.article(lib.source("a"), 1, "会议", body)
    tag_articles(db, [aid])
    correct(db, "rename", "leader", "宋洁", "宋杰")
    spellings = queries.tag_spellings(db, aid, article_text(None, "会议", None, body))
    assert spellings["leader"] == {"宋杰": ["宋洁"]}  # renamed: the text still says the old name
    assert set(spellings["project"]["全国文明城市创建"]) == {"文明城市创建", "全国文明城市创建"}


def test_summaries_pair_each_leader_with_its_own_titles(db, lib, filled) -> None:
    """The leaders and their titles are read in person-id order and merged: a leader without titles
    (宋洁, between two with titles) must neither take the next one's nor shift them."""
    from gazette_reader.tagging.summaries import leader_summaries

    later = lib.article(lib.source("d", year=2020, month=8), 1, "t", "副区长李明华出席。", date="2020-08-01")
    tag_articles(db, [later])
    rows = {r.name: r for r in leader_summaries(db)}
    assert rows["宋洁"].titles == () and [t.title for t in rows["李明华"].titles] == ["副区长"]
    assert [t.title for t in rows["耿勇军"].titles] == ["区长", "区委副书记、区长"]
    assert rows["李明华"].filter_text == "李明华 副区长"
    first, second = rows["耿勇军"].titles
    assert first.first is first.last  # one string object for a date the rows repeat
