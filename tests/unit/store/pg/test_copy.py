"""``gazette copy``: a library moves file → PostgreSQL → file exactly, checked by counts and a digest."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazette_reader.errors import GazetteError
from gazette_reader.library import Library
from gazette_reader.store.copy import copy_library, counts, digest
from tests.conftest import SEEDS


@pytest.fixture
def worked_on(tmp_path: Path) -> Library:
    """The seeds with a user's work on them: tag and split corrections, a collection, a note."""
    library = Library.open(tmp_path / "original.sqlite")
    library.import_files(SEEDS)
    ids = library.article_ids()
    library.correct("rename", "leader", "虎荣鑫", "虎荣新")
    library.correct("hide", "leader", "宋洁", article_id=ids[3])
    library.edit_article(ids[1], title="改过的标题")
    library.collect("专题", [ids[7], ids[2], ids[5]])
    library.set_note(ids[2], "待核实")
    yield library
    library.close()


def test_file_to_server_and_back_is_exact(worked_on: Library, pg_url: str, tmp_path: Path) -> None:
    server = Library.open(pg_url)
    there = copy_library(worked_on.db, server.db)
    back = Library.open(tmp_path / "back.sqlite")
    again = copy_library(server.db, back.db)
    assert there.digest == again.digest == digest(worked_on.db)
    assert there.counts == again.counts == counts(worked_on.db)
    assert there.counts["articles"] == 45 and there.counts["corrections"] == 3 and there.counts["notes"] == 1
    for copy in (server, back):  # the same library through the facade, on both backends
        assert copy.leaders() == worked_on.leaders()
        assert copy.collection_ids("专题") == worked_on.collection_ids("专题")
        assert copy.articles() == worked_on.articles()
        assert copy.corrections() == worked_on.corrections()
    assert back.search("虎荣鑫 人物:虎荣新").total == worked_on.search("虎荣鑫 人物:虎荣新").total > 0  # index rebuilt
    server.close()
    back.close()


def test_the_digest_sees_one_changed_value(worked_on: Library, tmp_path: Path) -> None:
    before = digest(worked_on.db)
    worked_on.set_note(worked_on.article_ids()[2], "待核实。")
    assert digest(worked_on.db) != before


def test_a_target_that_is_not_empty_is_refused_and_untouched(worked_on: Library, pg_url: str) -> None:
    server = Library.open(pg_url)
    server.import_files(SEEDS[:1])
    before = digest(server.db)
    with pytest.raises(GazetteError, match="not empty"):
        copy_library(worked_on.db, server.db)
    assert digest(server.db) == before
    server.close()
