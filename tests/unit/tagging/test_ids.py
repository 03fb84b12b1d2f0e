"""People and project ids remembered across a batch's files: the same rows as looking them up per file."""

from __future__ import annotations

import json

import pytest
from sqlite_utils import Database

from gazette_reader.store.schema import migrate
from gazette_reader.tagging import ahead, corrections
from gazette_reader.tagging.corrections import correct
from gazette_reader.tagging.ids import TagIds
from gazette_reader.tagging.store import TagInput, known_leaders, tag_articles
from tests.unit.tagging.conftest import LibraryBuilder

FILES = [[("座谈", "区委书记赵豪志主持。“三送一强”行动要落实。推进老旧小区改造。"),
          ("调研", "副区长王树臣到龙王村调研。赵豪志参加。")],
         [("会议", "区长赵豪志、副区长张伟明出席。推进老旧小区提升改造和“三送一强”工作。"),
          ("活动", "王树臣指出，要抓好落实。")],
         [("再会", "副区长王树臣主持，赵豪志讲话，李明记者报道。老旧小区改造。")]]
BYLINES = json.dumps([{"name": "李明", "role": "reporter"}], ensure_ascii=False)


@pytest.fixture(autouse=True)
def fresh_guess(monkeypatch) -> None:
    monkeypatch.setattr(ahead, "_seen", set())


def _files(path) -> tuple[Database, list[list[int]], list[TagInput]]:
    """A library with the articles of :data:`FILES` stored (untagged), and each file's helper input."""
    db = Database(path)
    migrate(db)
    lib = LibraryBuilder(db)
    ids, given = [], []
    for n, articles in enumerate(FILES):
        issue = lib.source(f"file {n}")
        ids.append([lib.article(issue, k, t, b, bylines=json.loads(BYLINES)) for k, (t, b) in enumerate(articles)])
        given.append(TagInput.of([(None, t, None, b, BYLINES) for t, b in articles]))
    return db, ids, given


def _tags(db: Database) -> list[tuple]:
    return [*db.execute("SELECT * FROM mentions ORDER BY id"), *db.execute("SELECT * FROM people ORDER BY id"),
            *db.execute("SELECT * FROM project_mentions ORDER BY id"), *db.execute("SELECT * FROM projects ORDER BY id")]


def _tag_all(db: Database, ids: list[list[int]], given: list[TagInput], ids_of) -> None:
    known = known_leaders(db)
    for file_ids, file_given in zip(ids, given):
        known |= tag_articles(db, file_ids, known, file_given, ids_of() if callable(ids_of) else ids_of)


def test_ids_remembered_across_files_write_what_per_file_look_ups_write(tmp_path) -> None:
    (per_file, ids, given), (batch, same, _) = _files(tmp_path / "a.sqlite"), _files(tmp_path / "b.sqlite")
    _tag_all(per_file, ids, given, TagIds)
    remembered = TagIds()
    _tag_all(batch, same, given, remembered)
    assert _tags(batch) == _tags(per_file)
    assert {"赵豪志", "李明"} <= set(remembered.people) and "三送一强" in remembered.projects
    aliases = json.loads(batch.execute("SELECT aliases_json FROM projects WHERE name = '三送一强'").fetchone()[0])
    assert aliases == json.loads(per_file.execute(
        "SELECT aliases_json FROM projects WHERE name = '三送一强'").fetchone()[0])


def test_past_the_limit_the_ids_are_forgotten_and_read_back(tmp_path, monkeypatch) -> None:
    """The memory bound: past ``LIMIT`` names everything is forgotten, and the ids read back from the
    library are the same rows the unbounded run writes."""
    from gazette_reader.tagging import ids as ids_module

    (per_file, ids, given), (bounded, same, _) = _files(tmp_path / "a.sqlite"), _files(tmp_path / "b.sqlite")
    _tag_all(per_file, ids, given, TagIds())
    monkeypatch.setattr(ids_module, "LIMIT", 1)
    remembered = TagIds()
    _tag_all(bounded, same, given, remembered)
    assert _tags(bounded) == _tags(per_file)
    assert len(remembered.people) <= 3  # the last file's names, not every name of the batch


def test_a_failed_file_forgets_the_ids_its_savepoint_dropped(tmp_path, monkeypatch) -> None:
    (db, ids, given), (clean, same, _) = _files(tmp_path / "a.sqlite"), _files(tmp_path / "b.sqlite")
    remembered = TagIds()
    real = corrections.apply_to
    monkeypatch.setattr(corrections, "apply_to", lambda *a: (_ for _ in ()).throw(RuntimeError("bug")))
    with pytest.raises(RuntimeError), db.atomic():
        tag_articles(db, ids[0], known_leaders(db), given[0], remembered)
    assert remembered.people == {} and db.execute("SELECT COUNT(*) FROM people").fetchone()[0] == 0
    monkeypatch.setattr(corrections, "apply_to", real)
    _tag_all(db, ids, given, remembered)
    _tag_all(clean, same, given, TagIds)
    assert _tags(db) == _tags(clean)


def test_project_corrections_make_the_projects_forgotten_after_each_file(tmp_path) -> None:
    db, ids, given = _files(tmp_path / "a.sqlite")
    remembered = TagIds()
    tag_articles(db, ids[0], known_leaders(db), given[0], remembered)
    assert remembered.projects
    correct(db, "rename", "project", "三送一强", "三送一强活动")
    tag_articles(db, ids[1], known_leaders(db), given[1], remembered)
    assert remembered.projects == {} and remembered.people
