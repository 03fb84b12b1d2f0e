"""A seed-built library shared (read-only) by the search tests of one module, and a check that every
:class:`QueryError` a search test provokes carries its Chinese twin (the Chinese GUI shows ``zh``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from gazette_reader.errors import QueryError
from tests.conftest import SEEDS
from tests.unit.search.seedlib import build_library


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    """The five seeds cut into paragraph-articles, with people, mentions and projects, indexed."""
    db = build_library(tmp_path_factory.mktemp("lib") / "library.sqlite", list(SEEDS))
    people = db["people"]
    people.insert_all([{"id": 1, "name": "宋洁"}, {"id": 2, "name": "耿勇軍"}])
    db["mentions"].insert_all([
        {"article_id": 1, "person_id": 1, "role": "leader"},
        {"article_id": 2, "person_id": 1, "role": "reporter"},
        {"article_id": 3, "person_id": 2, "role": "leader"},
    ])
    db["projects"].insert({"id": 1, "name": "老旧小区改造", "aliases_json": '["老旧小区改造提升", "舊改"]'})
    db["project_mentions"].insert_all([{"article_id": 4, "project_id": 1, "alias": "舊改"}])
    return db


@pytest.fixture
def fresh_db(tmp_path: Path) -> Database:
    """A private copy of the seed library, for tests that change it."""
    return build_library(tmp_path / "library.sqlite", list(SEEDS))


@pytest.fixture(autouse=True)
def query_errors_have_chinese_twins(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[QueryError]]:
    """Record every QueryError made during the test; fail it when one has no (or a blank) ``zh``."""
    made: list[QueryError] = []
    original = QueryError.__init__

    def recording(self: QueryError, message: str, *, zh: str = "") -> None:
        original(self, message, zh=zh)
        made.append(self)

    monkeypatch.setattr(QueryError, "__init__", recording)
    yield made
    assert [str(e) for e in made if not e.zh.strip()] == []
