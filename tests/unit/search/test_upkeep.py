"""Merging the full-text index into one segment (:mod:`gazette_reader.search.upkeep`): fewer segments,
the same answers, a whole index after a cancel, nothing to do the second time."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from gazette_reader.errors import Cancelled
from gazette_reader.jobs import CancelToken
from gazette_reader.search import upkeep
from gazette_reader.search.engine import search
from gazette_reader.search.index import index_articles, unindex_articles

QUERIES = ["区", "建设", "宋洁", "区委书记", "工作 -会议", '"区委 书记"', "日期:2019", "栏目:工作动态"]


def _answers(db: Database) -> list[tuple]:
    return [(r.total, [h.id for h in r.hits]) for q in QUERIES for s in ("relevance", "date")
            for r in [search(db, q, sort=s, limit=20)]]


def _in_segments(db: Database) -> Database:
    """The library's index written again in three commits: three segments per index (FTS5 writes one per
    commit and merges only once four share a level)."""
    ids = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]
    unindex_articles(db, ids)
    db.conn.commit()
    for part in (ids[0::3], ids[1::3], ids[2::3]):
        index_articles(db, part)
        db.conn.commit()
    return db


def _integrity(db: Database) -> None:
    for table in upkeep.TABLES:
        db.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 0)")


def test_merging_leaves_one_segment_and_the_same_answers(fresh_db: Database) -> None:
    before = _answers(fresh_db)
    db = _in_segments(fresh_db)
    assert all(upkeep.segments(db, t) > 1 for t in upkeep.TABLES)
    assert _answers(db) == before
    seen: list[tuple[int, int]] = []
    steps = upkeep.merge_index(db, progress=lambda done, total, _m: seen.append((done, total)))
    assert steps >= 2 and all(upkeep.segments(db, t) == 1 for t in upkeep.TABLES)
    assert seen[-1][0] == seen[-1][1] and all(done <= total for done, total in seen)
    _integrity(db)
    assert _answers(db) == before
    assert upkeep.merge_index(db) == 0


def test_a_cancelled_merge_leaves_a_whole_index(fresh_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _answers(fresh_db)
    db = _in_segments(fresh_db)
    monkeypatch.setattr(upkeep, "MERGE_PAGES", 1)  # many small steps
    token = CancelToken()
    steps: list[int] = []

    def progress(done: int, total: int, _message: str) -> None:
        steps.append(done)
        if len(steps) == 2:
            token.cancel()

    with pytest.raises(Cancelled):
        upkeep.merge_index(db, progress=progress, cancel=token)
    assert not db.conn.in_transaction
    _integrity(db)
    assert _answers(db) == before
    upkeep.merge_index(db)
    assert all(upkeep.segments(db, t) == 1 for t in upkeep.TABLES) and _answers(db) == before


def test_a_merged_index_probes_rarer_terms(fresh_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """A probe seeks once per segment: in a merged index terms are probed from a smaller share."""
    from gazette_reader.search import paging

    monkeypatch.setattr(paging, "FEW_SEGMENTS", 1)  # the seed library's few commits leave 2–3 segments
    db = _in_segments(fresh_db)
    assert paging.probe_share(db, "search_fts") == paging.PROBE_SHARE
    assert paging.probe_share(db, "search_fts", phrase=True) == paging.PHRASE_PROBE_SHARE
    upkeep.merge_index(db)
    assert paging.probe_share(db, "search_fts", phrase=True) == paging.MERGED_PROBE_SHARE
    assert paging.probe_share(db, "search_chars") == paging.MERGED_PROBE_SHARE
