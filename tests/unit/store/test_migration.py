"""Migration m004: a library the previous version wrote (schema 3, plain bodies, bare-zlib sources) is
moved to packed bodies; every body reads back identical, search and re-parse keep working."""

from __future__ import annotations

import hashlib
import logging
import zlib
from pathlib import Path

import pytest
from sqlite_utils import Database

from gazette_reader.ingest.parse import parse_text
from gazette_reader.library import Library
from gazette_reader.search import index
from gazette_reader.search.engine import scan
from gazette_reader.search.index import unindex_articles
from gazette_reader.search.nodes import ISSUE_DATE_INDEX
from gazette_reader.store import schema, writer
from gazette_reader.text.normalize import normalize
from tests.conftest import SEEDS
from tests.unit.search.titles import assert_titles_match

TRICKY = "△ 𠀀𡃁两字在扩展B区，私用区\ue000与\u1e3f也在；宋洁到场。"
"""A body GB18030 cannot keep exactly across editions (stored as UTF-8) that search must still find."""
OLD_COLUMNS = ("issue_id", "ord", "section", "kind", "title", "subtitle", "kicker", "body", "bylines_json")
PROBES = ("宋洁", "洁", "老旧小区", "区委书记", "𠀀𡃁", "，")


def old_source(db: Database, name: str, text: str) -> int:
    """A ``sources`` row as before m004: ``text_z`` a bare zlib stream of UTF-8."""
    sha = hashlib.sha256(text.encode()).hexdigest()
    return db.execute("INSERT INTO sources (name, sha256, text_sha256, text_z, options_json) VALUES (?, ?, ?, ?, '{}')",
                      [name, sha, sha, zlib.compress(text.encode("utf-8"), 6)]).lastrowid


def old_articles(db: Database, issue_id: int, rows: list[tuple]) -> None:
    """Articles with a plain ``body`` column. Not indexed: the schema-3 index had other tokens and columns,
    and ``m005`` drops it and indexes every article again from the packed bodies."""
    for row in rows:
        db.execute(f"INSERT INTO articles ({', '.join(OLD_COLUMNS)}) VALUES ({', '.join('?' * len(OLD_COLUMNS))})",
                   [issue_id, *row])


def old_import(db: Database, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    issue = parse_text(text, name=path.name)
    issue_id = writer.insert_issue(db, old_source(db, path.name, text), issue)
    old_articles(db, issue_id, [(n, a.section, a.kind, a.title, a.subtitle, a.kicker, a.body, "[]")
                                for n, a in enumerate(issue.articles)])


def schema3_library(path: Path, *, filler: int = 0) -> dict[int, tuple]:
    """A library at schema 3 holding the seeds, a tricky body, a NULL body and ``filler`` long articles;
    returns ``{id: (title, subtitle, kicker, body)}`` as stored."""
    db = Database(path)
    schema.migrations.apply(db, stop_before="m004_packed_bodies")
    db.execute("PRAGMA user_version = 3")
    with db.atomic():
        for seed_path in SEEDS:
            old_import(db, seed_path)
        issue_id = db.execute("INSERT INTO issues (source_id, publication_id, year) VALUES (?, ?, 2020)",
                              [old_source(db, "hand.txt", TRICKY), writer.publication_id(db, "手工", None)]).lastrowid
        filler_body = "区委书记宋洁主持召开会议，研究部署老旧小区改造提升工作。" * 60
        old_articles(db, issue_id, [(0, None, "article", "难字", None, None, TRICKY, "[]"),
                                    (1, None, "brief", "无正文", None, None, None, "[]"),
                                    *((2 + n, None, "article", f"第{n}篇", None, None, f"{n}{filler_body}", "[]")
                                      for n in range(filler))])
    rows = db.execute("SELECT id, title, subtitle, kicker, body FROM articles").fetchall()
    db.close()
    return {row[0]: row[1:] for row in rows}


def test_bodies_move_to_body_z_and_read_back_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema, "PACK_BATCH", 7)  # several batches, and a last one that is not full
    before = schema3_library(tmp_path / "lib.sqlite")
    library = Library.open(tmp_path / "lib.sqlite")
    db = library.db
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert "body" not in db["articles"].columns_dict and db["articles"].columns_dict["body_z"] is bytes
    assert {a["id"]: a["body"] for a in library.articles()} == {i: row[3] or "" for i, row in before.items()}
    markers = dict(db.execute("SELECT id, substr(body_z, 1, 1) FROM articles").fetchall())
    tricky = next(i for i, row in before.items() if row[3] == TRICKY)
    empty = next(i for i, row in before.items() if row[3] is None)
    assert markers.pop(tricky) == b"u" and markers.pop(empty) is None
    assert set(markers.values()) == {b"g"}


@pytest.mark.parametrize("probe", PROBES)
def test_search_finds_the_moved_bodies(tmp_path: Path, probe: str) -> None:
    before = schema3_library(tmp_path / "lib.sqlite")
    library = Library.open(tmp_path / "lib.sqlite")
    expected = {i for i, fields in before.items() if any(normalize(probe) in normalize(f) for f in fields if f)}
    found = library.search(probe, limit=1000)
    assert {hit.id for hit in found.hits} == expected and expected
    assert scan(library.db, probe, limit=0).total == found.total
    assert all(hit.body_highlights for hit in found.hits if normalize(probe) in normalize(before[hit.id][3] or ""))


def test_the_index_built_from_plain_bodies_still_matches_the_packed_ones(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Deleting from the contentless index recomputes tokens from the stored body: after the migrations
    they must equal what was indexed, or every re-parse would rebuild the whole index."""
    schema3_library(tmp_path / "lib.sqlite")
    db = Library.open(tmp_path / "lib.sqlite").db

    def no_rebuild(*args, **kwargs) -> None:
        raise AssertionError("an indexed article no longer matches its stored text")

    monkeypatch.setattr(index, "_rebuild", no_rebuild)
    with db.atomic():
        unindex_articles(db, [row[0] for row in db.execute("SELECT id FROM articles")])
    assert db.execute("SELECT count(*) FROM search_docs").fetchone()[0] == 0


def test_legacy_source_texts_still_reparse(tmp_path: Path) -> None:
    schema3_library(tmp_path / "old.sqlite")
    migrated = Library.open(tmp_path / "old.sqlite")
    migrated.reparse()
    fresh = Library.open(tmp_path / "new.sqlite")
    fresh.import_files(SEEDS)
    seeds = {p.name for p in SEEDS}
    shape = lambda lib: sorted((a["source"], a["title"] or "", a["body"]) for a in lib.articles() if a["source"] in seeds)
    assert shape(migrated) == shape(fresh)
    assert migrated.search("宋洁", limit=0).total == scan(migrated.db, "宋洁", limit=0).total > 0


def test_the_file_shrinks(tmp_path: Path) -> None:
    """The article pages shrink and no free page is left behind (the VACUUM). The index, which m005
    builds afresh, is left out of the comparison: the schema-3 library here has none."""
    path = tmp_path / "lib.sqlite"
    schema3_library(path, filler=300)
    articles_bytes = "SELECT sum(pgsize) FROM dbstat WHERE name = 'articles'"
    size = Database(path).execute(articles_bytes).fetchone()[0]
    db = Library.open(path).db
    assert db.execute(articles_bytes).fetchone()[0] < 0.7 * size
    assert db.execute("PRAGMA freelist_count").fetchone()[0] < 0.05 * db.execute("PRAGMA page_count").fetchone()[0]


def test_an_interrupted_move_leaves_the_old_schema_and_runs_again(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    before = schema3_library(tmp_path / "lib.sqlite")
    calls = []

    def failing(text: str) -> bytes:
        calls.append(text)
        if len(calls) > 10:
            raise OSError("the machine went away")
        return b"g" + zlib.compress(text.encode("gb18030"))

    monkeypatch.setattr(schema, "PACK_BATCH", 4)
    monkeypatch.setattr(schema, "pack_text", failing)
    with pytest.raises(OSError):
        Library.open(tmp_path / "lib.sqlite")
    db = Database(tmp_path / "lib.sqlite")
    assert "body" in db["articles"].columns_dict and "body_z" not in db["articles"].columns_dict
    assert db.execute("PRAGMA user_version").fetchone()[0] == 3
    db.close()
    monkeypatch.undo()
    library = Library.open(tmp_path / "lib.sqlite")
    assert {a["id"]: a["body"] for a in library.articles()} == {i: row[3] or "" for i, row in before.items()}


def test_a_move_recorded_late_is_not_repeated(tmp_path: Path) -> None:
    """Stopped after the move committed but before sqlite-utils recorded it: the next run only records."""
    schema3_library(tmp_path / "lib.sqlite")
    library = Library.open(tmp_path / "lib.sqlite")
    before = library.articles()
    schema.m004_packed_bodies(library.db)
    assert library.articles() == before


def test_a_failed_compaction_is_logged_not_fatal(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    db = Database(tmp_path / "lib.sqlite")
    schema.migrate(db)
    with caplog.at_level(logging.WARNING), db.atomic():  # VACUUM cannot run inside a transaction
        schema._compact(db)
    assert "could not compact" in caplog.text


def test_an_upgrade_is_announced_reports_progress_and_can_be_cancelled(tmp_path: Path) -> None:
    from gazette_reader.errors import Cancelled
    from gazette_reader.jobs import CancelToken

    path = tmp_path / "lib.sqlite"
    before = schema3_library(path, filler=40)
    assert Library.needs_upgrade(path)
    assert not Library.needs_upgrade(tmp_path / "none.sqlite")
    (tmp_path / "junk.sqlite").write_bytes(b"not a database at all" * 100)
    assert not Library.needs_upgrade(tmp_path / "junk.sqlite")

    token, reports = CancelToken(), []

    def cancel_while_indexing(done: int, total: int, message: str) -> None:
        reports.append(message)
        if message.startswith("Indexing"):
            token.cancel()

    with pytest.raises(Cancelled):  # during m005, after m004 had packed every body: all rolled back
        Library.open(path, progress=cancel_while_indexing, cancel=token)
    assert "Compressing article texts" in reports and Library.needs_upgrade(path)
    old = Database(path)  # exactly what the older version wrote, so it can still read it
    assert "body" in old["articles"].columns_dict and "body_z" not in old["articles"].columns_dict
    assert old.execute("PRAGMA user_version").fetchone()[0] == 3
    assert dict(old.execute("SELECT id, body FROM articles").fetchall()) == {i: row[3] for i, row in before.items()}
    old.close()
    seen: list[tuple[int, int]] = []
    library = Library.open(path, progress=lambda done, total, _m: seen.append((done, total)))
    assert not Library.needs_upgrade(path) and seen
    assert {a["id"]: a["body"] for a in library.articles()} == {i: row[3] or "" for i, row in before.items()}
    assert library.search("宋洁", limit=0).total == scan(library.db, "宋洁", limit=0).total > 0


# -- m007 and the index version: an index built by other code is rebuilt on open ---------------------

def schema6_library(path: Path) -> None:
    """A library as the previous version left it: schema 6, its index without facet fillers or title
    characters (and no recorded version)."""
    from dataclasses import replace

    from gazette_reader.search.facets import FILLER
    from tests.unit.search import seedlib

    real = index.document

    def old_document(row: tuple) -> index.IndexDocument:
        doc = real(row)
        return replace(doc, facets=" ".join(t for t in doc.facets.split() if t != FILLER), title_chars="")

    db = Database(path)
    schema.migrations.apply(db, stop_before="m007_index_version")
    db.execute("PRAGMA user_version = 6")
    db.close()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(seedlib, "migrate", lambda db, **kwargs: None)  # build_library would upgrade it
        patch.setattr(index, "document", old_document)
        seedlib.build_library(path, list(SEEDS)).close()
    db = Database(path)
    db.execute("DROP TABLE IF EXISTS search_meta")  # the rebuild in m005 made it; schema 6 never had it
    db.close()


def test_m007_rebuilds_the_old_index_once_with_progress(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gazette_reader.search.engine import search
    from gazette_reader.search.index import INDEX_VERSION, index_version, stale_articles

    path = tmp_path / "lib.sqlite"
    schema6_library(path)
    assert Library.needs_upgrade(path) and stale_articles(Database(path))
    reports: list[str] = []
    rebuilds = []
    real_rebuild = index._rebuild
    monkeypatch.setattr(index, "_rebuild", lambda db, **kw: rebuilds.append(1) or real_rebuild(db, **kw))
    library = Library.open(path, progress=lambda done, total, message: reports.append(message))
    assert "Indexing articles for search" in reports and len(rebuilds) == 1
    db = library.db
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert index_version(db) == INDEX_VERSION and stale_articles(db) == [] and not Library.needs_upgrade(path)
    for probe in PROBES:
        assert search(db, probe, limit=0).total == scan(db, probe, limit=0).total, probe
    library.close()
    Library.open(path).close()
    assert len(rebuilds) == 1  # an up-to-date library is opened without rebuilding


def test_a_schema_3_library_is_indexed_once_on_its_way_to_the_current_schema(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """m005 rebuilds the index before m007 makes the table that records its version: it must still be
    recorded, or the upgrade rebuilds a second time at the end (minutes at 1,000,000 articles)."""
    from gazette_reader.search.index import INDEX_VERSION, index_version, stale_articles

    path = tmp_path / "lib.sqlite"
    schema3_library(path)
    rebuilds = []
    real_rebuild = index._rebuild
    monkeypatch.setattr(index, "_rebuild", lambda db, **kw: rebuilds.append(1) or real_rebuild(db, **kw))
    library = Library.open(path)
    assert len(rebuilds) == 1  # m005's rebuild made the title index too: m013 finds it filled
    assert index_version(library.db) == INDEX_VERSION and stale_articles(library.db) == []
    assert_titles_match(library.db)
    library.close()


def _cancel_upgrade(path: Path, version: int, absent: str) -> None:
    """Open ``path`` cancelling at the first progress report: the upgrade raises Cancelled and leaves the
    library at schema ``version`` without the table ``absent``, still to upgrade."""
    from gazette_reader.errors import Cancelled
    from gazette_reader.jobs import CancelToken

    token = CancelToken()
    with pytest.raises(Cancelled):
        Library.open(path, progress=lambda *_: token.cancel(), cancel=token)
    old = Database(path)
    assert old.execute("PRAGMA user_version").fetchone()[0] == version and not old[absent].exists()
    old.close()
    assert Library.needs_upgrade(path)


def test_a_cancelled_rebuild_leaves_schema_6(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    schema6_library(path)
    _cancel_upgrade(path, 6, "search_meta")


def test_an_index_of_another_version_is_rebuilt_on_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What bumping NORMALIZATION_VERSION (or the token format) does to an existing library."""
    from gazette_reader.search.index import index_version

    path = tmp_path / "lib.sqlite"
    Library.open(path).import_files(SEEDS)
    assert not Library.needs_upgrade(path)
    monkeypatch.setattr(index, "INDEX_VERSION", "tokens 99, normalization 99")
    assert Library.needs_upgrade(path)
    reports: list[str] = []
    library = Library.open(path, progress=lambda done, total, message: reports.append(message))
    assert "Indexing articles for search" in reports
    assert index_version(library.db) == "tokens 99, normalization 99" and not Library.needs_upgrade(path)


def test_m010_adds_headline_sizes_and_old_sources_reparse_without_them(tmp_path: Path) -> None:
    """Sources imported before m010 have no headline sizes: their re-parse reads decks as before."""
    path = tmp_path / "lib.sqlite"
    Library.open(path).import_files([SEEDS[2]])
    db = Database(path)
    db.execute("ALTER TABLE sources DROP COLUMN headlines_json")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm010_headline_sizes'")
    db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION - 1}")
    db.close()
    library = Library.open(path)
    assert library.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert library.db.execute("SELECT headlines_json FROM sources").fetchall() == [(None,)]
    titles = [(a["kicker"], a["title"], a["subtitle"]) for a in library.articles()]
    assert library.reparse() == len(titles) and [(a["kicker"], a["title"], a["subtitle"])
                                                  for a in library.articles()] == titles


# -- m013: the title index ----------------------------------------------------------------------------

M013 = "m013_title_index"
BEFORE_M013 = [m.name for m in schema.migrations._migrations].index(M013)


def schema12_library(path: Path) -> None:
    """A library as the previous version left it: schema 12, no title index."""
    Library.open(path).import_files(SEEDS)
    db = Database(path)
    db.execute("DROP TABLE search_titles")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [M013])
    db.execute(f"PRAGMA user_version = {BEFORE_M013}")
    db.close()


def test_m013_fills_the_title_index_from_the_titles_with_progress(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lib.sqlite"
    schema12_library(path)
    assert Library.needs_upgrade(path)
    rebuilds: list[int] = []
    monkeypatch.setattr(index, "_rebuild", lambda db, **kw: rebuilds.append(1))
    monkeypatch.setattr(index, "TITLES_BATCH", 7)  # several batches
    reports: list[tuple[int, int, str]] = []
    library = Library.open(path, progress=lambda done, total, message: reports.append((done, total, message)))
    assert not rebuilds and library.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    titled = [(done, total) for done, total, message in reports if message == "Indexing article titles for search"]
    articles = library.db.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert len(titled) > 2 and titled[-1] == (articles, articles)
    assert_titles_match(library.db)
    assert not Library.needs_upgrade(path)
    word = library.articles()[0]["title"][:2]
    assert library.search(word).total == scan(library.db, word).total > 0
    library.close()


def test_a_cancelled_m013_leaves_schema_12(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    schema12_library(path)
    _cancel_upgrade(path, BEFORE_M013, "search_titles")
    assert_titles_match(Library.open(path).db)


# -- m014: each issue's articles by date ---------------------------------------------------------------

M014 = "m014_article_dates_by_issue"
BEFORE_M014 = [m.name for m in schema.migrations._migrations].index(M014)


def schema13_library(path: Path) -> None:
    """A library as the previous version left it: schema 13, no index of each issue's articles by date."""
    Library.open(path).import_files(SEEDS)
    db = Database(path)
    db.execute(f"DROP INDEX {ISSUE_DATE_INDEX}")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [M014])
    db.execute(f"PRAGMA user_version = {BEFORE_M014}")
    db.close()


def _has_issue_date_index(path: Path) -> bool:
    db = Database(path)
    try:
        return ISSUE_DATE_INDEX in {i.name for i in db["articles"].indexes}
    finally:
        db.close()


def test_m014_indexes_each_issue_s_articles_by_date_saying_so(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    schema13_library(path)
    assert Library.needs_upgrade(path) and not _has_issue_date_index(path)
    reports: list[str] = []
    library = Library.open(path, progress=lambda done, total, message: reports.append(message))
    assert "Indexing article dates by issue" in reports
    assert library.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    library.close()
    assert _has_issue_date_index(path) and not Library.needs_upgrade(path)


def test_a_cancelled_m014_leaves_schema_13(tmp_path: Path) -> None:
    from gazette_reader.errors import Cancelled
    from gazette_reader.jobs import CancelToken

    path = tmp_path / "lib.sqlite"
    schema13_library(path)
    token = CancelToken()
    with pytest.raises(Cancelled):
        Library.open(path, progress=lambda *_: token.cancel(), cancel=token)
    old = Database(path)
    assert old.execute("PRAGMA user_version").fetchone()[0] == BEFORE_M014
    old.close()
    assert not _has_issue_date_index(path) and Library.needs_upgrade(path)
