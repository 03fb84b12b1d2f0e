"""Migration m008: a schema-7 library gains ``articles.corrected`` (all uncorrected) and keeps its tag
corrections, which then list with the split corrections under their old numbers."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from gazette_reader.library import Library
from gazette_reader.store import schema
from tests.conftest import seed


def schema7_library(path: Path) -> None:
    """The seeds and one tag correction, as version 7 of the schema holds them."""
    library = Library.open(path)
    library.import_files([seed("001")])
    library.correct("hide", "leader", library.leaders()[0]["name"])
    library.close()
    db = Database(path)
    db.execute("DROP INDEX idx_corrections_target")
    db.execute("ALTER TABLE articles DROP COLUMN corrected")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm008_split_corrections'")
    db.execute("PRAGMA user_version = 7")
    db.conn.commit()
    db.close()


def test_a_schema_7_library_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    schema7_library(path)
    assert Library.needs_upgrade(path)
    library = Library.open(path)
    assert library.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION >= 8
    articles = library.articles()
    assert len(articles) == 28 and not any(a["corrected"] for a in articles)
    assert [(c["number"], c["kind"], c["action"]) for c in library.corrections()] == [(1, "tag", "hide")]
    result = library.split_article(next(a for a in articles if a["body"].count("\n") >= 2)["id"], 2)
    assert result["correction"] == 2 and all(a["corrected"] for a in result["articles"])
