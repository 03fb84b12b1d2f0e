"""Fixtures for tagging tests: seed texts joined the simple way, and a small library built by hand."""

from __future__ import annotations

import hashlib
import json

import pytest
from sqlite_utils import Database

from gazette_reader.store.schema import migrate
from tests.conftest import seed


def seed_text(prefix: str) -> str:
    """A seed's text with its hard line breaks removed (enough for tagging, no parser needed)."""
    return "".join(line.strip() for line in seed(prefix).read_text(encoding="utf-8").splitlines())


class LibraryBuilder:
    """Adds sources, issues and articles straight into the tables, the way the importer does."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def source(self, text: str, *, year: int = 2020, month: int = 4) -> int:
        """A source holding ``text`` and one issue; returns the issue id."""
        sha = hashlib.sha256(text.encode()).hexdigest()
        sid = self.db.execute(
            "INSERT INTO sources (name, sha256, text_sha256, text) VALUES (?, ?, ?, ?)",
            [f"{sha[:8]}.txt", sha, sha, text]).lastrowid
        return self.db.execute("INSERT INTO issues (source_id, year, month) VALUES (?, ?, ?)",
                               [sid, year, month]).lastrowid

    def article(self, issue_id: int, ord: int, title: str, body: str, *, date: str | None = None,
                bylines: list[dict] | None = None) -> int:
        """One article row; returns its id."""
        return self.db.execute(
            "INSERT INTO articles (issue_id, ord, title, body, date, bylines_json) VALUES (?, ?, ?, ?, ?, ?)",
            [issue_id, ord, title, body, date, json.dumps(bylines or [], ensure_ascii=False)]).lastrowid


@pytest.fixture
def db(tmp_path) -> Database:
    """A fresh, migrated library in a temporary folder."""
    database = Database(tmp_path / "library.sqlite")
    migrate(database)
    return database


@pytest.fixture
def lib(db: Database) -> LibraryBuilder:
    """A helper to fill the fresh library."""
    return LibraryBuilder(db)
