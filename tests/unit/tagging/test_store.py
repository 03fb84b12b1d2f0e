"""Writing tags: bylines as mentions, the library-wide known-leader rule, untag and retag."""

from __future__ import annotations

from gazette_reader.errors import Cancelled
from gazette_reader.jobs import CancelToken
from gazette_reader.tagging.store import article_text, retag_all, tag_articles, untag_articles

import pytest


def mentions(db, article_id: int) -> set[tuple[str, str, str | None]]:
    return {tuple(r) for r in db.execute(
        "SELECT p.name, m.role, m.title FROM mentions m JOIN people p ON p.id = m.person_id "
        "WHERE m.article_id = ?", [article_id])}


def test_bylines_are_mentions_with_their_roles(db, lib) -> None:
    issue = lib.source("a")
    aid = lib.article(issue, 1, "会议召开", "区委书记宋洁主持会议。", bylines=[
        {"name": "景静", "role": "reporter", "raw": "记者 景静"},
        {"name": "胡源浩", "role": "photographer", "raw": "胡源浩/图"}])
    tag_articles(db, [aid])
    assert mentions(db, aid) == {("宋洁", "leader", "区委书记"), ("景静", "reporter", None),
                                 ("胡源浩", "photographer", None)}


def test_offsets_index_the_article_text(db, lib) -> None:
    aid = lib.article(lib.source("a"), 1, "标题", "区委书记宋洁主持会议。")
    tag_articles(db, [aid])
    start, end = db.execute("SELECT start, end FROM mentions WHERE article_id = ?", [aid]).fetchone()
    assert article_text(None, "标题", None, "区委书记宋洁主持会议。")[start:end] == "宋洁"


def test_new_title_spreads_to_older_articles_and_back(db, lib) -> None:
    old = lib.article(lib.source("a"), 1, "座谈", "会上，王福松指出要加强协调。")
    tag_articles(db, [old])
    assert mentions(db, old) == set()
    new = lib.article(lib.source("b"), 1, "督导", "市人大常委会副主任王福松带领督导组。")
    tag_articles(db, [new])
    assert mentions(db, old) == {("王福松", "leader", None)}
    newer = lib.article(lib.source("c"), 1, "调研", "王福松详细了解企业生产经营。")
    tag_articles(db, [newer])
    assert mentions(db, newer) == {("王福松", "leader", None)}


def test_tagging_twice_does_not_duplicate(db, lib) -> None:
    aid = lib.article(lib.source("a"), 1, "t", "区委书记宋洁主持会议。宋洁指出，“三送一强”要落实。")
    tag_articles(db, [aid])
    tag_articles(db, [aid])
    assert db.execute("SELECT COUNT(*) FROM mentions").fetchone()[0] == 2
    assert db.execute("SELECT COUNT(*) FROM project_mentions").fetchone()[0] == 1


def test_untag_removes_everything_of_those_articles(db, lib) -> None:
    issue = lib.source("a")
    a, b = (lib.article(issue, i, "t", "区委书记宋洁在“全城清洁”行动中。") for i in (1, 2))
    tag_articles(db, [a, b])
    untag_articles(db, [a])
    assert mentions(db, a) == set() and mentions(db, b)
    assert db.execute("SELECT COUNT(*) FROM project_mentions WHERE article_id = ?", [a]).fetchone()[0] == 0


def test_retag_all_matches_incremental_tagging(db, lib) -> None:
    ids = [lib.article(lib.source(str(i)), 1, "t", body) for i, body in enumerate(
        ["宋洁指出，要抓落实。", "区委书记宋洁主持会议。", "区领导虎荣鑫参加。虎荣鑫表示支持“三送一强”活动。"])]
    for aid in ids:
        tag_articles(db, [aid])
    before = {aid: mentions(db, aid) for aid in ids}
    seen: list[tuple[int, int]] = []
    retag_all(db, progress=lambda done, total, msg: seen.append((done, total)))
    assert {aid: mentions(db, aid) for aid in ids} == before
    assert seen[-1][0] == seen[-1][1] == 6


def test_retag_all_can_be_cancelled(db, lib) -> None:
    aid = lib.article(lib.source("a"), 1, "t", "区委书记宋洁主持会议。")
    tag_articles(db, [aid])
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        retag_all(db, cancel=token)
    assert mentions(db, aid) == {("宋洁", "leader", "区委书记")}
