"""Many users on one server library: writers queue, neither editor's correction is lost, readers never wait."""

from __future__ import annotations

import threading
import time

import pytest

from gazette_reader.library import Library
from gazette_reader.store.writer import lock_notices, write_transaction
from gazette_reader.tagging.corrections import CorrectionError, correct
from tests.conftest import SEEDS


@pytest.fixture
def two_editors(pg_url: str):
    first = Library.open(pg_url)
    first.import_files(SEEDS[:2])
    second, reader = Library.open(pg_url), Library.open(pg_url)
    yield first, second, reader
    for library in (first, second, reader):
        library.close()


def run(call) -> tuple[threading.Thread, list]:
    """``call`` on a thread; its result or exception lands in the list."""
    outcome: list = []

    def target() -> None:
        try:
            outcome.append(call())
        except Exception as exc:  # handed to the test
            outcome.append(exc)

    thread = threading.Thread(target=target)
    thread.start()
    return thread, outcome


def leaders(library: Library) -> dict[str, int]:
    return {row["name"]: row["articles"] for row in library.leaders()}


def test_two_editors_on_the_same_tag_keep_both_changes(two_editors) -> None:
    first, second, reader = two_editors
    before = leaders(reader)
    one_article = first.article_ids()[0]
    notices: list = []
    lock_notices.append(notices.append)
    try:
        with write_transaction(first.db):
            correct(first.db, "hide", "leader", "宋洁", article_id=one_article)
            thread, outcome = run(lambda: second.correct("rename", "leader", "宋洁", "宋杰"))
            time.sleep(0.5)
            assert thread.is_alive() and outcome == []  # the second editor waits its turn ...
            assert leaders(reader) == before  # ... and a reader does not wait at all
        thread.join(30)
    finally:
        lock_notices.remove(notices.append)
    assert len(notices) == 1  # the waiting editor was told why it paused
    assert isinstance(outcome[0], int)
    kinds = [(c["action"], c["target"]) for c in reader.corrections()]
    assert kinds == [("hide", "宋洁"), ("rename", "宋洁")]  # both stored, in the order they committed
    after = leaders(reader)
    assert "宋洁" not in after and after["宋杰"] == before["宋洁"] - 1  # both applied


def test_a_correction_overtaken_by_another_is_refused_visibly(two_editors) -> None:
    first, second, reader = two_editors
    with write_transaction(first.db):
        correct(first.db, "rename", "leader", "虎荣鑫", "虎荣新")
        thread, outcome = run(lambda: second.correct("rename", "leader", "虎荣鑫", "胡荣鑫"))
        time.sleep(0.3)
    thread.join(30)
    assert isinstance(outcome[0], CorrectionError) and "虎荣鑫" in str(outcome[0])
    assert "虎荣新" in leaders(reader) and "胡荣鑫" not in leaders(reader)  # the first change stands
    assert [c["value"] for c in reader.corrections()] == ["虎荣新"]


def test_a_writer_held_too_long_is_a_sentence_not_a_hang(two_editors, monkeypatch: pytest.MonkeyPatch) -> None:
    from gazette_reader.errors import LibraryError
    from gazette_reader.store.pg import connection

    first, second, _ = two_editors
    monkeypatch.setattr(connection, "LOCK_WAIT", 0.5)
    with write_transaction(first.db):
        with pytest.raises(LibraryError, match="another user has been importing or correcting"):
            second.collect("专题", second.article_ids()[:1])
    assert second.collect("专题", second.article_ids()[:1]) == 1  # free again: it goes through
