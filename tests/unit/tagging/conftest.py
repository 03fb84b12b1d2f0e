"""Fixtures for tagging tests: seed texts joined the simple way, and a small library built by hand."""

from __future__ import annotations

import hashlib
import json
import zlib

import pytest
from sqlite_utils import Database

from gazette_reader.store.schema import migrate
from gazette_reader.store.packing import pack_text
from gazette_reader.tagging.store import article_text, spread_names, tag_articles
from tests.articles import bodies
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
        column, stored = ("text_z", zlib.compress(text.encode())) if "text_z" in self.db["sources"].columns_dict \
            else ("text", text)  # the store keeps the source text compressed from schema text_z on
        sid = self.db.execute(
            f"INSERT INTO sources (name, sha256, text_sha256, {column}) VALUES (?, ?, ?, ?)",
            [f"{sha[:8]}.txt", sha, sha, stored]).lastrowid
        return self.db.execute("INSERT INTO issues (source_id, year, month) VALUES (?, ?, ?)",
                               [sid, year, month]).lastrowid

    def article(self, issue_id: int, ord: int, title: str, body: str, *, date: str | None = None,
                bylines: list[dict] | None = None) -> int:
        """One article row; returns its id."""
        return self.db.execute(
            "INSERT INTO articles (issue_id, ord, title, body_z, date, bylines_json) VALUES (?, ?, ?, ?, ?, ?)",
            [issue_id, ord, title, pack_text(body), date, json.dumps(bylines or [], ensure_ascii=False)]).lastrowid


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


def articles_containing(db: Database, names: set[str]) -> list[int]:
    """Candidate articles for spreading: a plain substring scan, standing in for the FTS lookup the
    importer uses (over-inclusion is fine, spreading only tags names standing alone)."""
    text = bodies(db)
    rows = db.execute("SELECT id, kicker, title, subtitle FROM articles").fetchall()
    return sorted(row[0] for row in rows if any(name in article_text(*row[1:], text[row[0]]) for name in names))


def tag_and_spread(db: Database, article_ids: list[int]) -> set[str]:
    """What the importer does per batch: tag the articles, then spread what they taught the library."""
    learned = tag_articles(db, article_ids)
    if learned:
        spread_names(db, learned, articles_containing(db, learned))
    return learned
