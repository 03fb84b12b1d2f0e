"""``gazette check`` on a server library: the search index and the invariants are checked, the storage is
said to be PostgreSQL's own (pg_amcheck), and a sound library exits 0."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from click.testing import CliRunner

from gazette_reader.cli import cli
from gazette_reader.errors import LibraryError
from gazette_reader.library import Library
from tests.conftest import SEEDS

pytest.importorskip("psycopg", reason="psycopg (psycopg[binary]) is not installed")


@pytest.fixture
def server_library(pg_url: str) -> Iterator[Library]:
    """A server library holding the seeds."""
    library = Library.open(pg_url)
    library.import_files(SEEDS)
    yield library
    library.close()


def check(url: str, *args: str):
    return CliRunner().invoke(cli, ["--library", url, "check", *args])


def test_a_sound_server_library_passes_and_says_who_checks_its_storage(server_library: Library) -> None:
    result = check(str(server_library.path))
    assert result.exit_code == 0, result.output
    assert "storage: not checked here" in result.output and "pg_amcheck" in result.output
    assert "search index: ok" in result.output and "invariants: ok" in result.output
    assert "file:" not in result.output and "integrity_check" not in result.output
    data = json.loads(check(str(server_library.path), "--json").output)
    assert data["ok"] is True and data["damaged"] == [] and "pg_amcheck" in data["storage"]


def test_index_problems_are_counted_and_repair_rebuilds_the_index(server_library: Library) -> None:
    raw = server_library.db.raw
    ids = [row[0] for row in raw.execute("SELECT id FROM articles ORDER BY id LIMIT 2")]
    raw.execute("DELETE FROM search_grams WHERE id = %s", [ids[0]])
    raw.execute("UPDATE search_grams SET date = '1900-01-01' WHERE id = %s", [ids[1]])
    raw.execute("INSERT INTO search_grams (id, keys, title_norm, body_norm) VALUES (999999, '{}', '', '')")
    report = Library.check(str(server_library.path))
    assert not report.ok and report.invariants == [] and report.damaged == []
    assert sorted(report.index) == ["1 articles are indexed with another date",
                                    "1 articles are missing from the search index",
                                    "1 search index rows belong to no article"]
    failed = check(str(server_library.path))
    assert failed.exit_code == 1 and "gazette check --repair" in failed.output
    repaired = check(str(server_library.path), "--repair")
    assert repaired.exit_code == 0 and "search index rebuilt" in repaired.output
    assert Library.check(str(server_library.path)).ok


def test_an_old_index_version_is_reported(server_library: Library) -> None:
    server_library.db.raw.execute("UPDATE search_meta SET value = 'pg keys 0' WHERE key = 'index_version'")
    report = Library.check(str(server_library.path))
    assert report.index == ["the search index is missing or was built by another version"]


def test_a_broken_invariant_is_reported_for_the_administrator(server_library: Library) -> None:
    server_library.db.raw.execute("UPDATE issues SET article_count = article_count + 1 "
                                  "WHERE id = (SELECT min(id) FROM issues)")
    result = check(str(server_library.path), "--repair")
    assert result.exit_code == 1
    assert "invariants: 1 issues whose article count is wrong" in result.output
    assert "repaired on the server" in result.output and "search index: ok" in result.output


def test_an_empty_database_is_not_made_a_library(pg_url: str) -> None:
    with pytest.raises(LibraryError, match="there is no library"):
        Library.check(pg_url)
    result = check(pg_url)
    assert result.exit_code == 1 and "there is no library" in result.output
    import psycopg

    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").fetchone()[0] == 0


def test_a_library_of_another_schema_version_is_not_upgraded_by_a_check(server_library: Library) -> None:
    server_library.db.raw.execute("UPDATE gazette_meta SET value = '10' WHERE key = 'schema_version'")
    result = check(str(server_library.path))
    assert result.exit_code == 1 and "schema 10" in result.output and "upgrade" in result.output
    assert server_library.db.raw.execute(
        "SELECT value FROM gazette_meta WHERE key = 'schema_version'").fetchone()[0] == "10"  # left as it was
