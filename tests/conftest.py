"""Shared fixtures: every test gets its own library in a temporary folder, never the user's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.pg_server"]  # the pg_server fixture: one throwaway PostgreSQL server per session
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
