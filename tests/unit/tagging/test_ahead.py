"""Leaders found ahead in a helper process and checked by the writer: the same tags as finding them there."""

from __future__ import annotations

import json
import dataclasses
import pickle
from dataclasses import replace

import pytest
from sqlite_utils import Database

from gazette_reader.store.schema import migrate
from gazette_reader.tagging import ahead
from gazette_reader.tagging.corrections import correct
from gazette_reader.tagging.leaders import LEADER, find_named, find_standalone, name_index, standalone_among
from gazette_reader.tagging.script import simplified
from gazette_reader.tagging.store import TagInput, known_leaders, tag_articles
from tests.unit.tagging.conftest import LibraryBuilder

FIRST = "在区委副书记、区长赵豪志，副区长王树臣的陪同下到太平乡龙王村参加活动。"
SECOND = "区委副书记、区长赵豪志向关心、支持河口发展的各界领导表示感谢。"
TRADITIONAL = "區委副書記、區長趙豪志向關心、支持河口發展的各界領導表示感謝。王樹臣指出，要抓好“三送一強”。"
ALONE = ("区长赵豪志向关心。王树臣向大家介绍，区领导赵豪志向、王树臣出席。"
         "王树臣指出，要抓好落实。")


def rows(found: list[list]) -> list[list[tuple]]:
    """Each article's mentions as the writer stores them (:data:`~gazette_reader.tagging.ahead.Row`)."""
    return [list(map(ahead.row_of, mentions)) for mentions in found]


def writers_own(texts: list[str], before: set[str]) -> list[list]:
    """What the writer's pass 1 finds in a file's texts with the library's names ``before``."""
    known, out = set(before), []
    for text in texts:
        found = find_named(text, known)
        known.update(m.name for m in found if m.role == LEADER)
        out.append(found)
    return out


@pytest.fixture(autouse=True)
def fresh_guess(monkeypatch) -> None:
    """Each test starts with a helper that has prepared no file yet."""
    monkeypatch.setattr(ahead, "_seen", set())


@pytest.mark.parametrize("guess", [set(), {"赵豪志"}, {"赵豪志", "王树臣", "赵豪"}])
@pytest.mark.parametrize("before", [set(), {"赵豪志"}, {"赵豪"}])
@pytest.mark.parametrize("texts", [[SECOND], [ALONE], [FIRST, SECOND], [ALONE, FIRST, SECOND]])
def test_settled_finds_are_the_writers_own_whatever_the_helper_guessed(texts, before, guess) -> None:
    texts = [simplified(t) for t in texts]
    ahead.remember(guess)
    settled, _ = ahead.settle_rows(texts, ahead.find_ahead(texts), ahead.WriterKnown(before, set()))
    assert settled == rows(writers_own(texts, before))


def test_a_known_name_changes_what_is_found_so_the_check_matters() -> None:
    assert writers_own([SECOND], set()) != writers_own([SECOND], {"赵豪志"})


def test_the_helper_records_the_names_it_asked_about() -> None:
    ahead.remember({"赵豪志"})
    found = ahead.find_ahead([simplified(SECOND)])[0]
    assert "赵豪志" in found.yes and set(found.yes) <= set(found.asked)
    assert [m.name for m in found.mentions][:1] == ["赵豪志"]


@pytest.mark.parametrize("taken", [[], [(0, 3)], [(5, 7)]])
@pytest.mark.parametrize("names", [{"王伟", "王伟明", "伟明"}, {"伟明"}, {"王伟"}, {"明说", "王伟明"}])
def test_standalone_among_matches_the_name_index(names, taken) -> None:
    text = simplified("王伟明说，王伟指出，伟明同志和王伟明说王伟王伟明。")
    assert standalone_among(text, names, taken) == find_standalone(text, name_index(names), taken)


def test_name_candidates_are_the_name_shaped_substrings() -> None:
    got = set(ahead.name_candidates(["区长赵豪志说", "王树臣"]).split(ahead.SEPARATOR))
    assert {"赵豪", "赵豪志", "赵豪志说", "王树", "王树臣"} <= got and "区长" not in got


def test_the_candidates_of_texts_are_each_texts_own_and_none_across_two() -> None:
    texts = ["区长赵豪志说", "王", "树臣", "欧阳文", "", "李"]
    sliced = {t[i:i + n] for t in texts for i in range(len(t)) for n in (2, 3, 4)
              if i + n <= len(t) and ahead.has_name_shape(t[i:i + n])}
    assert ahead.candidate_set(texts) == sliced and "王树" not in sliced
    assert ahead.candidate_set([]) == set()


ARTICLES = [("座谈", SECOND + "“三送一强”行动要落实。"),
            ("调研", "副区长王树臣到龙王村调研。赵豪志参加。"),
            ("会议", ALONE + "副区长张伟明主持会议，赵豪志讲话。"
                     "推进老旧小区改造、老旧小区提升改造和“三送一强”行动。")]


def _library(path) -> tuple[Database, list[int]]:
    """A library that knows 赵豪志 and 王树臣 from an older file, with a correction, and a new file's
    articles (untagged)."""
    db = Database(path)
    migrate(db)
    lib = LibraryBuilder(db)
    old = lib.article(lib.source("old"), 1, "旧闻", "区长赵豪志、副区长王树臣出席。")
    tag_articles(db, [old])
    correct(db, "hide", "leader", "王树臣")
    issue = lib.source("new")
    ids = [lib.article(issue, n, title, body, bylines=[{"name": "李明", "role": "reporter"}])
           for n, (title, body) in enumerate(ARTICLES, 1)]
    return db, ids


def _tags(db: Database) -> list[tuple]:
    return [*db.execute("SELECT id, article_id, person_id, role, title, start, end FROM mentions ORDER BY id"),
            *db.execute("SELECT * FROM people ORDER BY id"),
            *db.execute("SELECT id, article_id, project_id, alias, start, end FROM project_mentions ORDER BY id"),
            *db.execute("SELECT * FROM projects ORDER BY id")]


def test_tagging_from_helper_input_writes_what_the_writers_own_search_writes(tmp_path) -> None:
    rows = [(None, title, None, body, json.dumps([{"name": "李明", "role": "reporter"}], ensure_ascii=False))
            for title, body in ARTICLES]
    given = TagInput.of(rows)
    (old_db, ids), (new_db, same_ids) = _library(tmp_path / "a.sqlite"), _library(tmp_path / "b.sqlite")
    old = tag_articles(old_db, ids, known_leaders(old_db), replace(given, found=None, candidates=None))
    new = tag_articles(new_db, same_ids, known_leaders(new_db), given)
    assert new == old and _tags(new_db) == _tags(old_db)
    assert ("赵豪志",) in {tuple(r) for r in new_db.execute(
        "SELECT p.name FROM mentions m JOIN people p ON p.id = m.person_id WHERE m.start IS NOT NULL")}


def test_tagging_from_helper_input_that_crossed_processes_writes_the_same(tmp_path) -> None:
    rows = [(None, title, None, body, json.dumps([{"name": "李明", "role": "reporter"}], ensure_ascii=False))
            for title, body in ARTICLES]
    given = TagInput.of(rows)
    crossed = pickle.loads(pickle.dumps(given))  # as the writer receives it from a helper process
    assert all(isinstance(f, ahead.Arrived) for f in crossed.found)
    (old_db, ids), (new_db, same_ids) = _library(tmp_path / "a.sqlite"), _library(tmp_path / "b.sqlite")
    old = tag_articles(old_db, ids, known_leaders(old_db), given)
    new = tag_articles(new_db, same_ids, known_leaders(new_db), crossed)
    assert new == old and _tags(new_db) == _tags(old_db)


def test_every_field_of_the_tag_input_crosses_processes() -> None:
    """TagInput.__reduce__ lists its fields by hand: a field added later must be added there too."""
    given = TagInput.of([(None, title, None, body, "[]") for title, body in ARTICLES])
    crossed = pickle.loads(pickle.dumps(given))
    for field in dataclasses.fields(TagInput):
        assert getattr(given, field.name) is not None, f"the sample leaves {field.name} unset"
        assert getattr(crossed, field.name) is not None, f"{field.name} was lost crossing processes"
    assert crossed.texts == given.texts and crossed.candidates == given.candidates and crossed.alone == given.alone
    assert [f.rows for f in crossed.found] == [f.rows for f in given.found]


@pytest.mark.parametrize("guess", [set(), {"赵豪志"}, {"赵豪志", "王树臣", "赵豪"}])
@pytest.mark.parametrize("before", [set(), {"赵豪志"}, {"赵豪"}])
def test_finds_that_crossed_processes_answer_and_settle_as_before(before, guess) -> None:
    texts = [simplified(t) for t in (ALONE, FIRST, SECOND, TRADITIONAL)]
    ahead.remember(guess)
    given = TagInput.of([(None, None, None, text, "[]") for text in (ALONE, FIRST, SECOND, TRADITIONAL)])
    crossed = pickle.loads(pickle.dumps(given))
    assert crossed.texts == texts and all(type(text) is str for text in crossed.texts)
    found, arrived = given.found, crossed.found
    for here, there in zip(found, arrived):
        assert there.rows == here.rows
        assert [set(names) for names in there.answers()] == [set(names) for names in here.answers()]
        assert pickle.loads(pickle.dumps(there)).rows == here.rows
    settled = ahead.settle_rows(crossed.texts, arrived, ahead.WriterKnown(before, set()))
    assert settled == ahead.settle_rows(texts, found, ahead.WriterKnown(before, set()))
    assert settled[0] == rows(writers_own(texts, before))
    assert crossed.projects == [[(p.name, p.alias, p.start, p.end) for p in found] for found in given.projects]


def test_the_writer_hands_helpers_the_names_the_last_files_taught(monkeypatch) -> None:
    monkeypatch.setattr(ahead, "_recent", type(ahead._recent)(maxlen=ahead.RECENT_FILES))
    ahead.learned({"赵豪志", "福"})
    assert ahead.recent_names() == {"赵豪志"}
    for _ in range(ahead.RECENT_FILES):
        ahead.learned({"王树臣"})
    assert ahead.recent_names() == {"王树臣"}


def test_a_helper_guesses_with_the_names_it_was_handed() -> None:
    row = (None, "座谈", None, SECOND, "[]")
    assert TagInput.of([row]).found[0].yes == frozenset()
    assert "赵豪志" in TagInput.of([row], hints={"赵豪志"}).found[0].yes


def writers_alone(texts: list[str], named: list[list[tuple]], names: set[str]) -> list[list[tuple]]:
    """What the writer's own pass 2 finds, as rows: ``names`` standing alone outside pass 1's spans."""
    index = name_index(names)
    return rows([find_standalone(text, index, [(row[3], row[4]) for row in found])
                 for text, found in zip(texts, named)])


@pytest.mark.parametrize("guess", [set(), {"赵豪志"}, {"赵豪志", "王树臣", "赵豪"}, {"王树"}])
@pytest.mark.parametrize("before", [set(), {"赵豪志"}, {"赵豪"}, {"王树臣", "树臣"}])
@pytest.mark.parametrize("texts", [[ALONE], [FIRST, SECOND, ALONE], [ALONE, FIRST, SECOND]])
def test_pass_two_done_ahead_is_the_writers_own_whatever_the_helper_guessed(texts, before, guess) -> None:
    texts = [simplified(t) for t in texts]
    ahead.remember(guess)
    found = ahead.find_ahead(texts)
    alone = ahead.alone_ahead(texts, found, ahead.candidate_set(texts))
    named, kept = ahead.settle_rows(texts, found, ahead.WriterKnown(before, set()))
    names = before | {row[0] for f in named for row in f if row[1] == LEADER}
    assert ahead.settle_alone_rows(texts, named, kept, alone, names) == writers_alone(texts, named, names)


def test_pass_two_ahead_is_kept_unless_a_name_only_one_side_looked_for_occurs() -> None:
    texts = [simplified(FIRST + "赵豪志指出，王树臣说。")]
    found = ahead.find_ahead(texts)
    alone = ahead.alone_ahead(texts, found, ahead.candidate_set(texts))
    assert alone.spans == (((35, 38), (41, 44)),) and {"赵豪志", "王树臣"} <= alone.names
    named, kept = ahead.settle_rows(texts, found, ahead.WriterKnown(set(), set()))
    planted = ahead.Alone(alone.names, (((0, 2),),))  # shows which side's finds were kept
    assert [row[3] for row in ahead.settle_alone_rows(texts, named, kept, planted, set(alone.names))[0]] == [0]
    assert [row[3] for row in ahead.settle_alone_rows(texts, named, kept, planted,
                                                      {*alone.names, "不在文中"})[0]] == [0]
    again = ahead.settle_alone_rows(texts, named, kept, planted, {*alone.names, "王树臣说"})[0]
    assert [(row[0], row[3]) for row in again] == [("赵豪志", 35), ("王树臣说", 41)]
    assert ahead.settle_alone_rows(texts, named, [False], planted, set(alone.names)) == writers_alone(
        texts, named, set(alone.names))
