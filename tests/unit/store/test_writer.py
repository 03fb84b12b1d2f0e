"""The writer packs what it stores and the read queries give back exactly what was written."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from gazette_reader.ingest.model import Byline, ParsedArticle, ParsedIssue
from gazette_reader.library import Library
from gazette_reader.store import queries, writer
from gazette_reader.store.packing import pack_text
from gazette_reader.store.schema import migrate
from tests.conftest import SEEDS

BODIES = ["本报讯 4月3日，区委书记宋洁实地督导。\n第二段。", "", "扩展B区𠀀字与私用区\ue000", "Latin & digits 5G 2020"]


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(tmp_path / "lib.sqlite")
    migrate(database)
    return database


def write_issue(db: Database, bodies: list[str], text: str = "原文") -> list[int]:
    issue = ParsedIssue("bulletin", [ParsedArticle(f"标题{n}", body) for n, body in enumerate(bodies)], year=2020)
    source_id = writer.insert_source(db, name="a.txt", path="/a.txt", sha256="x", text_sha256=uuid.uuid4().hex,
                                     encoding="utf-8", size=1, text=text, options={})
    return writer.insert_articles(db, writer.insert_issue(db, source_id, issue), issue)


def test_bodies_and_source_text_round_trip(db: Database) -> None:
    ids = write_issue(db, BODIES, text="整份简报的原文\ue000")
    articles = queries.articles(db, ids=ids)
    assert [a["body"] for a in articles] == BODIES
    source_id = db.execute("SELECT source_id FROM issues WHERE id = ?", [articles[0]["issue_id"]]).fetchone()[0]
    assert writer.source_text(db, source_id)[1] == "整份简报的原文\ue000"
    markers = [row[0] for row in db.execute("SELECT substr(body_z, 1, 1) FROM articles ORDER BY id")]
    assert markers == [b"g", b"g", b"u", b"g"]


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(st.characters(exclude_categories=["Cs"])), min_size=1, max_size=4))
def test_any_bodies_round_trip(db: Database, bodies: list[str]) -> None:
    """Through SQLite too (lone surrogates cannot reach the writer: the decoder never produces them)."""
    ids = write_issue(db, bodies)
    assert [a["body"] for a in queries.articles(db, ids=ids)] == bodies


def test_the_public_article_shape_is_unchanged(db: Database) -> None:
    """``body`` keeps its place among the keys (``articles --json`` consumers) and is plain text."""
    ids = write_issue(db, BODIES[:1])
    keys = list(queries.articles(db, ids=ids)[0])
    assert keys.index("body") == keys.index("source_unit") + 1
    assert "body_z" not in keys


def test_packed_bodies_given_by_the_helper_are_stored_as_they_are(db: Database) -> None:
    issue = ParsedIssue("bulletin", [ParsedArticle("题", "正文")])
    source_id = writer.insert_source(db, name="a.txt", path="/a.txt", sha256="x", text_sha256="y", encoding="utf-8",
                                     size=1, text="正文", options={}, text_z=pack_text("别的原文"))
    issue_id = writer.insert_issue(db, source_id, issue)
    ids = writer.insert_articles(db, issue_id, issue, [pack_text("助手打包的正文")])
    assert queries.articles(db, ids=ids)[0]["body"] == "助手打包的正文"
    assert writer.source_text(db, source_id)[1] == "别的原文"
    with pytest.raises(ValueError, match="2 packed bodies for 1 articles"):
        writer.insert_articles(db, issue_id, issue, [b"", b""])


def test_bylines_given_by_the_helper_are_stored_as_they_are_unless_they_do_not_fit(db: Database) -> None:
    issue = ParsedIssue("bulletin", [ParsedArticle("题", "正文", bylines=[Byline("景静", "reporter", "记者 景静")])])
    source_id = writer.insert_source(db, name="a.txt", path="/a.txt", sha256="x", text_sha256="y", encoding="utf-8",
                                     size=1, text="正文", options={})
    issue_id = writer.insert_issue(db, source_id, issue)
    made_here = writer.bylines_json(issue.articles[0])
    given = writer.insert_articles(db, issue_id, issue, bylines=['[{"name": "助手", "role": "reporter"}]'])
    too_many = writer.insert_articles(db, issue_id, issue, bylines=[made_here, made_here])
    stored = dict(db.execute("SELECT id, bylines_json FROM articles").fetchall())
    assert stored == {given[0]: '[{"name": "助手", "role": "reporter"}]', too_many[0]: made_here}
    assert "景静" in made_here


def test_reparse_keeps_every_body(tmp_path: Path) -> None:
    library = Library.open(tmp_path / "lib.sqlite")
    library.import_files(SEEDS)
    before = [(a["title"], a["body"]) for a in library.articles()]
    library.reparse()
    assert [(a["title"], a["body"]) for a in library.articles()] == before


def test_an_import_writes_with_a_big_page_cache_and_gives_the_connection_its_own_back(db: Database) -> None:
    db.execute("PRAGMA cache_size = -3000")
    with writer.import_cache(db):
        assert db.execute("PRAGMA cache_size").fetchone()[0] == -writer.IMPORT_CACHE_KIB
    assert db.execute("PRAGMA cache_size").fetchone()[0] == -3000
    with pytest.raises(RuntimeError), writer.import_cache(db):
        raise RuntimeError("a failed import")
    assert db.execute("PRAGMA cache_size").fetchone()[0] == -3000
