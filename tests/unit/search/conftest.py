"""A seed-built library shared (read-only) by the search tests of one module."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

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
