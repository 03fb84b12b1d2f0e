"""Writing tags: bylines as mentions, the library-wide known-leader rule, untag and retag."""

from __future__ import annotations

from gazette_reader.errors import Cancelled
from gazette_reader.jobs import CancelToken
import pytest

from gazette_reader.tagging.corrections import correct
from gazette_reader.tagging.store import (
    _rows, article_text, known_in, known_leaders, retag_all, spread_names, tag_articles, untag_articles,
)
from tests.unit.tagging.conftest import seed_text, tag_and_spread
from tests.pg.fixtures import BACKENDS, migrated_db


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path):
    """Tagging on both backends (#18): the same tags from a file and a server library."""
    return migrated_db(request, tmp_path)


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
    assert tag_and_spread(db, [new]) == {"王福松"}
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


def test_untag_finds_the_tags_of_the_newest_article_too(db, lib) -> None:
    issue = lib.source("a")
    a, b = (lib.article(issue, i, "t", "区委书记宋洁在“全城清洁”行动中。") for i in (1, 2))
    tag_articles(db, [a])
    untag_articles(db, [b])  # newer than every tagged article: nothing of a's goes
    assert mentions(db, a)
    tag_articles(db, [b])
    untag_articles(db, [b])
    assert mentions(db, b) == set() and mentions(db, a)
    assert db.execute("SELECT COUNT(*) FROM project_mentions WHERE article_id = ?", [b]).fetchone()[0] == 0


def test_retag_all_matches_incremental_tagging(db, lib) -> None:
    ids = [lib.article(lib.source(str(i)), 1, "t", body) for i, body in enumerate(
        ["宋洁指出，要抓落实。", "区委书记宋洁主持会议。", "区领导虎荣鑫参加。虎荣鑫表示支持“三送一强”活动。"])]
    for aid in ids:
        tag_and_spread(db, [aid])
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


@pytest.mark.parametrize("known_body, new_body, learned", [
    ("", "市人大常委会副主任王福松带领督导组。", {"王福松"}),
    ("区委书记宋洁主持会议。", "区委书记宋洁、区长耿勇军出席。", {"耿勇军"}),   # 宋洁 was known
    ("区委书记宋洁主持会议。", "宋洁指出，要抓落实。", set()),                 # standalone teaches nothing
    ("", "省委党校郭献功教授作讲座。", set()),                                # experts are not leaders
])
def test_tag_articles_returns_the_leader_names_it_learned(db, lib, known_body, new_body, learned) -> None:
    if known_body:
        tag_articles(db, [lib.article(lib.source("known"), 1, "t", known_body)])
    assert tag_articles(db, [lib.article(lib.source("new"), 1, "t", new_body)]) == learned


def test_tag_articles_no_longer_spreads_by_itself(db, lib) -> None:
    old = lib.article(lib.source("a"), 1, "座谈", "会上，王福松指出要加强协调。")
    tag_articles(db, [old])
    tag_articles(db, [lib.article(lib.source("b"), 1, "督导", "市人大常委会副主任王福松带领督导组。")])
    assert mentions(db, old) == set()


def test_spread_names_skips_tagged_spans_and_never_doubles(db, lib) -> None:
    aid = lib.article(lib.source("a"), 1, "t", "区委书记宋洁主持会议。宋洁指出，宋洁强调。")
    tag_articles(db, [aid])
    count = db.execute("SELECT COUNT(*) FROM mentions").fetchone()[0]
    spread_names(db, {"宋洁"}, [aid])
    spread_names(db, {"宋洁"}, [aid, aid])
    assert db.execute("SELECT COUNT(*) FROM mentions").fetchone()[0] == count == 3


def test_spread_names_touches_only_the_articles_given(db, lib) -> None:
    a, b = (lib.article(lib.source(s), 1, "t", "会上，王福松指出要加强协调。") for s in "ab")
    spread_names(db, {"王福松"}, [a])
    assert mentions(db, a) == {("王福松", "leader", None)} and mentions(db, b) == set()
    spread_names(db, set(), [b])
    spread_names(db, {"王福松"}, [])
    assert mentions(db, b) == set()


@pytest.mark.parametrize("action, value, on_old_only, expected", [
    ("hide", None, False, set()),
    ("hide", None, True, set()),
    ("rename", "王富松", False, {("王富松", "leader", None)}),
])
def test_spread_names_applies_corrections(db, lib, action, value, on_old_only, expected) -> None:
    old = lib.article(lib.source("a"), 1, "座谈", "会上，王福松指出要加强协调。")
    tag_articles(db, [old])
    new = lib.article(lib.source("b"), 1, "督导", "市人大常委会副主任王福松带领督导组。")
    learned = tag_articles(db, [new])
    spread_names(db, learned, [old])
    correct(db, action, "leader", "王福松", value, article_id=old if on_old_only else None)
    untag_articles(db, [old])
    spread_names(db, learned, [old])
    assert mentions(db, old) == expected


def _seed_articles(lib) -> list[int]:
    """The five seeds cut into articles of a few sentences, one source per seed."""
    ids: list[int] = []
    for prefix in ("000", "001", "002", "003", "004"):
        sentences = [s for s in seed_text(prefix).split("。") if s]
        issue = lib.source(prefix)
        for n, i in enumerate(range(0, len(sentences), 6)):
            ids.append(lib.article(issue, n, f"{prefix}-{n}", "。".join(sentences[i:i + 6]) + "。"))
    return ids


def test_known_in_is_known_leaders_restricted_to_the_text(db, lib) -> None:
    ids = _seed_articles(lib)
    retag_all(db)
    correct(db, "add", "leader", "某某人物", article_id=ids[0])
    correct(db, "rename", "leader", "宋洁", "宋 洁")
    correct(db, "hide", "leader", "虎荣鑫")
    everyone = known_leaders(db)
    for _, text, _ in _rows(db, ids):
        assert {n for n in known_in(db, [text]) if n in text} == {n for n in everyone if n in text}


def test_file_by_file_tagging_with_spreading_matches_retag_all(db, lib) -> None:
    ids = _seed_articles(lib)
    for i in range(0, len(ids), 5):
        tag_and_spread(db, ids[i:i + 5])
    incremental = {aid: mentions(db, aid) for aid in ids}
    retag_all(db)
    assert {aid: mentions(db, aid) for aid in ids} == incremental
    assert sum(map(len, incremental.values())) > 50


def test_traditional_articles_store_simplified_names_at_original_offsets(db, lib) -> None:
    """宋潔 (traditional) and 宋洁 are one person; offsets index the article as stored, in its script."""
    body = "區委書記宋潔主持會議。宋潔指出，要抓好落實。"
    trad = lib.article(lib.source("a"), 1, "會議", body)
    simple = lib.article(lib.source("b"), 1, "会议", "宋洁强调，要抓好落实。")
    tag_and_spread(db, [trad, simple])
    assert mentions(db, trad) == {("宋洁", "leader", "区委书记"), ("宋洁", "leader", None)}
    assert mentions(db, simple) == {("宋洁", "leader", None)}
    text = article_text(None, "會議", None, body)
    spans = db.execute("SELECT start, end FROM mentions WHERE article_id = ? ORDER BY start", [trad]).fetchall()
    assert [text[s:e] for s, e in spans] == ["宋潔", "宋潔"]
    assert db.execute("SELECT COUNT(*) FROM people").fetchone()[0] == 1


def test_a_leader_typed_in_traditional_is_corrected(db, lib) -> None:
    aid = lib.article(lib.source("a"), 1, "會議", "市長 黃偉哲主持會議。")
    tag_articles(db, [aid])
    assert mentions(db, aid) == {("黄伟哲", "leader", "市长")}
    correct(db, "hide", "leader", "黃偉哲")
    assert mentions(db, aid) == set()


def test_a_name_learned_earlier_in_the_batch_decides_where_a_later_mention_ends(db, lib) -> None:
    """区长赵豪志， in one entry, then 赵豪志向… in the next: 赵豪志 + 向, not 赵豪 + 志向."""
    issue = lib.source("a")
    first = lib.article(issue, 1, "走访", "在区委副书记、区长赵豪志，副区长王树臣的陪同下到太平乡龙王村参加活动。")
    second = lib.article(issue, 2, "座谈", "区委副书记、区长赵豪志向关心、支持河口发展的各界领导表示感谢。")
    tag_articles(db, [first, second])
    assert mentions(db, second) == {("赵豪志", "leader", "区委副书记、区长")}
