"""Import: counts on the seeds, idempotence across encodings, refusals, and all-or-nothing batches."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from gazette_reader import importer
from gazette_reader.errors import Cancelled
from gazette_reader.jobs import CancelToken
from gazette_reader.library import Library
from gazette_reader.search.engine import scan
from tests.conftest import SEEDS, seed
from tests.pg.fixtures import only_sqlite_index, stale_articles

SEED_ARTICLES = {"000": 5, "001": 28, "002": 5, "003": 1, "004": 6}


def snapshot(library: Library) -> dict:
    """Everything a user could see change, table by table."""
    tables = ["sources", "publications", "issues", "articles", "people", "mentions", "projects",
              "project_mentions", "corrections"]
    return {t: library.db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}


@pytest.fixture
def library(library_location: str) -> Library:
    """Both backends (#18): imports behave the same into a file and a server library."""
    return Library.open(library_location)


def test_seeds_import_with_their_article_counts(library: Library) -> None:
    report = library.import_files(SEEDS)
    assert [o.status for o in report.outcomes] == ["imported"] * 5
    per_file = {Path(o.path).name[:3]: o.articles for o in report.outcomes}
    assert per_file == SEED_ARTICLES
    assert library.counts() == {"sources": 5, "issues": 5, "articles": 45}
    assert all(o.encoding == "utf-8" for o in report.outcomes)


def test_reimport_is_recognised_in_any_encoding_and_changes_nothing(library: Library, tmp_path: Path) -> None:
    library.import_files(SEEDS)
    before = snapshot(library)
    text = seed("001").read_text(encoding="utf-8")
    variants = {"gbk.txt": text.replace("\n", "\r\n").encode("gb18030"),
                "bom.txt": text.encode("utf-8-sig"), "u16.txt": text.replace("\n", "\r").encode("utf-16")}
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
    report = library.import_files([*SEEDS, *(tmp_path / n for n in variants)])
    assert [o.status for o in report.outcomes] == ["duplicate"] * 8
    assert "same text as 001_" in report.outcomes[-1].reason and "001_" in report.outcomes[-1].reason_zh
    assert snapshot(library) == before


@pytest.mark.parametrize(
    ("data", "reason", "reason_zh"),
    [(b"", "empty", "空"), (b"\x00\x01\x02binary\x00" * 50, "binary", "不是文本文件"),
     (b"\xff\xfe\xfd\xfc" * 5 + b"\x81", "not valid", "不合这种编码")],
)
def test_refused_files_leave_no_trace_and_others_still_import(library: Library, tmp_path: Path,
                                                              data: bytes, reason: str, reason_zh: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(data)
    report = library.import_files([bad, seed("003")])
    refused, imported = report.outcomes
    assert refused.status == "refused" and reason in refused.reason and reason_zh in refused.reason_zh
    assert imported.status == "imported"
    assert library.counts() == {"sources": 1, "issues": 1, "articles": 1}


def test_missing_path_is_refused(library: Library, tmp_path: Path) -> None:
    report = library.import_files([tmp_path / "nope.txt"])
    assert report.outcomes[0].status == "refused"
    assert "no such file" in report.outcomes[0].reason and report.outcomes[0].reason_zh == "文件或文件夹不存在"


def test_folders_are_searched_recursively_for_supported_files(library: Library, tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.txt").write_bytes(seed("003").read_bytes())
    (tmp_path / "a" / "notes.odt").write_bytes(b"PK\x03\x04")
    report = library.import_files([tmp_path / "a"])
    assert [Path(o.path).name for o in report.outcomes] == ["x.txt"]


def test_cancel_rolls_back_the_whole_batch(library: Library) -> None:
    library.import_files([seed("003")])
    before = snapshot(library)
    token = CancelToken()

    def progress(done: int, total: int, message: str) -> None:
        if message.startswith("002"):
            token.cancel()

    with pytest.raises(Cancelled):
        library.import_files(SEEDS, progress=progress, cancel=token)
    assert snapshot(library) == before


def test_a_crashing_file_is_reported_and_rolled_back_alone(library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    real = importer.tag_articles
    calls = []

    def flaky(db, ids, known=None, given=None, ids_of=None):
        calls.append(ids)
        learned = real(db, ids, known, given, ids_of)
        if len(calls) == 2:
            raise RuntimeError("boom")
        return learned

    monkeypatch.setattr(importer, "tag_articles", flaky)
    report = library.import_files(SEEDS)
    statuses = [o.status for o in report.outcomes]
    assert statuses == ["imported", "refused", "imported", "imported", "imported"]
    assert "internal error" in report.outcomes[1].reason
    assert library.counts()["articles"] == 45 - SEED_ARTICLES["001"]
    assert library.db.execute("SELECT COUNT(*) FROM sources WHERE name LIKE '001%'").fetchone()[0] == 0


def test_index_documents_wait_for_their_file_and_are_fed_to_the_index_in_chunks(
        library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    """The documents of a file that fails after they were made never reach the index; the others do,
    whether fed mid-batch (chunk reached) or at the end."""
    only_sqlite_index(library.db)
    real = importer.tag_articles
    calls = []

    def flaky(db, ids, known=None, given=None, ids_of=None):
        calls.append(ids)
        if len(calls) == 2:
            raise RuntimeError("boom")
        return real(db, ids, known, given, ids_of)

    monkeypatch.setattr(importer, "tag_articles", flaky)
    monkeypatch.setattr(importer, "INDEX_CHUNK", 6)
    report = library.import_files(SEEDS)
    assert [o.status for o in report.outcomes] == ["imported", "refused", "imported", "imported", "imported"]
    assert stale_articles(library.db) == []
    indexed = library.db.execute("SELECT COUNT(*) FROM search_fts").fetchone()[0]
    assert indexed == library.counts()["articles"] == 45 - SEED_ARTICLES["001"]
    for probe in ("宋洁", "洁", "老旧小区", "地区:二七区"):
        assert library.search(probe, limit=0).total == scan(library.db, probe, limit=0).total, probe


@pytest.mark.parametrize("merge_follows", [True, False])
def test_only_an_import_filling_an_empty_library_before_a_merge_indexes_without_automerge(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, merge_follows: bool) -> None:
    """The index is merged after an import into an empty library (``Library.import_files``), so
    its chunks skip FTS5's automerge then, and only then; the index's settings stay what they were."""
    from gazette_reader.store import sqlite_search

    library = Library.open(tmp_path / "lib.sqlite")
    settings = library.db.execute("SELECT k, v FROM search_fts_config ORDER BY k").fetchall()
    told, real = [], sqlite_search.index_new_documents
    monkeypatch.setattr(sqlite_search, "index_new_documents",
                        lambda db, docs, *, merge_follows: told.append(merge_follows) or real(db, docs, merge_follows=merge_follows))
    importer.import_files(library.db, SEEDS[:2], merge_follows=merge_follows)
    importer.import_files(library.db, SEEDS[2:], merge_follows=merge_follows)
    assert told == [merge_follows, False]
    assert library.db.execute("SELECT k, v FROM search_fts_config ORDER BY k").fetchall() == settings
    for probe in ("宋洁", "洁", "老旧小区", "地区:二七区"):
        assert library.search(probe, limit=0).total == scan(library.db, probe, limit=0).total, probe


KILL_SCRIPT = """
import os, sys
from gazette_reader import importer
from gazette_reader.library import Library
real = importer.tag_articles
count = []
def dying(db, ids, known=None, given=None, ids_of=None):
    learned = real(db, ids, known, given, ids_of)
    count.append(1)
    if len(count) == 3:
        os._exit(9)   # the process is killed in the middle of the batch
    return learned
importer.tag_articles = dying
Library.open(sys.argv[1]).import_files(sys.argv[2:])
"""


def test_a_killed_import_leaves_the_library_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "killed.sqlite"
    Library.open(path).import_files([seed("003")])
    proc = subprocess.run([sys.executable, "-c", KILL_SCRIPT, str(path), *map(str, SEEDS)])
    assert proc.returncode == 9
    assert Library.open(path).counts() == {"sources": 1, "issues": 1, "articles": 1}


def test_overrides_apply_and_survive_reparse(library: Library) -> None:
    library.import_files([seed("002")], year=2021, publication="二七区报")
    check = lambda: {(a["publication"], a["year"], a["date"][:4] if a["date"] else None)
                     for a in library.articles()}
    assert check() == {("二七区报", 2021, "2021")}
    library.reparse()
    assert check() == {("二七区报", 2021, "2021")}


def test_edit_issue_metadata_is_kept_across_reparse(library: Library) -> None:
    library.import_files([seed("000")])
    issue_id = library.issues()[0]["id"]
    new_id = library.set_issue_metadata(issue_id, year=2020, month=6)
    assert library.issues()[0]["title"].startswith("2020年6月")
    library.reparse()
    dates = [a["date"] for a in library.articles(issue_id=library.issues()[0]["id"])]
    assert "2020-06-10" in dates and new_id == library.issues()[0]["id"]


def test_edited_place_and_dates_are_searchable_filters(library: Library) -> None:
    """The place lives on the issue but is indexed with each article: editing it re-indexes them."""
    library.import_files([seed("000")])
    count = library.counts()["articles"]
    assert library.search("地区:惠济区", limit=0).total == 0
    library.set_issue_metadata(library.issues()[0]["id"], place="惠济区", year=2020, month=6)
    assert library.search("地区:惠济区", limit=0).total == count
    assert library.search("日期:2020-06 地区:惠济区", limit=0).total > 0
    assert stale_articles(library.db) == []


def test_delete_issue_removes_its_articles_and_text(library: Library) -> None:
    library.import_files([seed("003"), seed("004")])
    issue = next(i for i in library.issues() if i["source"].startswith("004"))
    gone = library.articles(issue_id=issue["id"])[0]["title"]
    assert library.search(gone).total >= 1
    library.delete_issue(issue["id"])
    assert library.counts() == {"sources": 1, "issues": 1, "articles": 1}
    assert library.search(gone).total == 0 and stale_articles(library.db) == []  # the index forgot them too
    assert library.search("洁").total == scan(library.db, "洁").total
    assert library.import_files([seed("004")]).outcomes[0].status == "imported"


def test_a_leader_learned_later_is_tagged_in_older_articles(library: Library, tmp_path: Path) -> None:
    """The library-level rule: a name seen once with a title is a leader where it stands alone, also in
    articles imported before the title was ever seen."""
    older, newer = tmp_path / "older.txt", tmp_path / "newer.txt"
    older.write_text("王福松调研我区复工复产\n\n4月1日，王福松到我区调研复工复产工作。\n", encoding="utf-8")
    newer.write_text("市领导督导我区工作\n\n4月2日，市人大常委会副主任王福松带领市有关部门督导我区工作。\n",
                     encoding="utf-8")
    library.import_files([older])
    assert library.articles()[0]["leaders"] == []
    library.import_files([newer])
    leaders = {a["title"]: a["leaders"] for a in library.articles()}
    assert leaders["王福松调研我区复工复产"] == [{"name": "王福松", "title": None}]
    assert leaders["市领导督导我区工作"] == [{"name": "王福松", "title": "市人大常委会副主任"}]


def test_big_imports_parse_in_a_helper_process_with_the_same_result(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    in_process = Library.open(tmp_path / "a.sqlite")
    in_process.import_files(SEEDS)
    monkeypatch.setattr(importer, "POOL_MIN_FILES", 1)
    monkeypatch.setattr(importer, "AHEAD", 2)
    pooled = Library.open(tmp_path / "b.sqlite")
    (tmp_path / "empty.txt").write_bytes(b"")
    report = pooled.import_files([*SEEDS, tmp_path / "empty.txt"])
    assert [o.status for o in report.outcomes] == ["imported"] * 5 + ["refused"]
    assert pooled.articles() == in_process.articles()
    from gazette_reader.search.engine import scan

    for probe in ("宋洁", "洁", "，", "老旧小区", "5G", "區委書記", "地区:二七区", "栏目:工作动态 建设"):
        assert pooled.search(probe, limit=0).total == scan(pooled.db, probe, limit=0).total > 0, probe
    from gazette_reader.search.index import stale_articles

    assert stale_articles(pooled.db) == []  # documents (facets too) computed in the helper match the rows


def test_a_helper_process_that_cannot_start_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures.process import BrokenProcessPool

    def broken(*args, **kwargs):
        raise BrokenProcessPool("no processes here")
        yield  # pragma: no cover

    monkeypatch.setattr(importer, "POOL_MIN_FILES", 1)
    monkeypatch.setattr(importer, "_prepare_in_helper", broken)
    library = Library.open(tmp_path / "c.sqlite")
    assert library.import_files(SEEDS).articles == 45


def test_the_helper_packs_the_texts_and_the_writer_only_stores_them(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Compression runs where the parse runs (the helper process for big imports), not on the writer."""
    from gazette_reader.store import writer

    def no_packing_here(text: str) -> bytes:
        raise AssertionError("the writer packed a text the helper should have packed")

    monkeypatch.setattr(writer, "pack_text", no_packing_here)
    library = Library.open(tmp_path / "lib.sqlite")
    assert library.import_files(SEEDS).articles == 45
    stored = library.db.execute("SELECT text_z FROM sources UNION ALL SELECT body_z FROM articles").fetchall()
    assert {blob[:1] for (blob,) in stored} == {b"g"}
    assert library.articles()[0]["body"]


def _tag_tables(library: Library) -> dict:
    tables = {"mentions": "article_id, person_id, role, title, start, end", "people": "id, name",
              "project_mentions": "article_id, project_id, alias, start, end", "projects": "id, name, aliases_json"}
    return {t: library.db.execute(f"SELECT {cols} FROM {t} ORDER BY {cols}").fetchall() for t, cols in tables.items()}


def test_tags_found_from_the_helpers_texts_equal_those_read_back_from_the_library(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The writer tags from the texts, candidate names and projects the helper computed; without them it
    reads the stored articles back: same mentions, titles, offsets, people and projects (seeds and a
    synthetic corpus whose files keep teaching new leaders)."""
    from gazette_reader.bench.corpus import write_corpus

    write_corpus(400, tmp_path / "corpus")
    paths = [*SEEDS, tmp_path / "corpus"]
    given = Library.open(tmp_path / "given.sqlite")
    given.import_files(paths)
    calls = []
    real = importer.tag_articles

    def read_back(db, ids, known=None, given=None, ids_of=None):
        calls.append(given is not None)
        return real(db, ids, known)

    monkeypatch.setattr(importer, "tag_articles", read_back)
    read = Library.open(tmp_path / "read.sqlite")
    read.import_files(paths)
    assert calls and all(calls)  # the helper's input was there to be ignored
    assert _tag_tables(given) == _tag_tables(read)
    assert len(_tag_tables(given)["mentions"]) > 1000


@pytest.mark.parametrize(("cores", "helpers"), [(1, 1), (2, 2), (3, 2), (4, 3), (16, importer.MAX_HELPERS)])
def test_the_helper_pool_is_sized_to_the_cores(cores: int, helpers: int, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(cores)), raising=False)
    assert importer.helper_count() == helpers
