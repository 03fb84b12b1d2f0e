"""Shared fixtures: every test gets its own library in a temporary folder, never the user's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the default library and Qt settings at a temporary folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("GAZETTE_LIBRARY", str(home / "library.sqlite"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


@pytest.fixture
def seed_paths() -> list[Path]:
    """The five bundled sample gazettes."""
    assert len(SEEDS) == 5
    return list(SEEDS)


def seed(prefix: str) -> Path:
    """The seed file whose name starts with ``prefix`` (``"001"``)."""
    return next(p for p in SEEDS if p.name.startswith(prefix))


# -- PostgreSQL (issue #18) -------------------------------------------------------------------------

@pytest.fixture(scope="session")
def pg_server():
    """One throwaway PostgreSQL server for the whole session (see ``tests/pg/server.py``); the test is
    skipped, saying why, when this machine has no server binaries."""
    from tests.pg.server import find_binaries, remove_server, start_server

    pytest.importorskip("psycopg", reason="psycopg (psycopg[binary]) is not installed")
    binaries, why = find_binaries()
    if binaries is None:
        pytest.skip(why)
    server = start_server()
    yield server
    remove_server(server)


@pytest.fixture
def pg_url(pg_server) -> str:
    """The URL of a fresh, empty database on the session's server (superuser)."""
    return pg_server.url(pg_server.new_database())


@pytest.fixture(params=["sqlite", "postgresql"])
def library_location(request, tmp_path: Path) -> str:
    """A new library on each backend: a file path, then a PostgreSQL URL (the backend contract tests)."""
    if request.param == "sqlite":
        return str(tmp_path / "library.sqlite")
    return request.getfixturevalue("pg_url")
