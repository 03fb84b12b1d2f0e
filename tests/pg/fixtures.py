"""Helpers for the backend contract tests: a migrated library connection on either backend."""

from __future__ import annotations

from pathlib import Path

import pytest

BACKENDS = ["sqlite", "postgresql"]


def migrated_db(request: pytest.FixtureRequest, tmp_path: Path):
    """A fresh, migrated library connection for ``request.param`` (a sqlite-utils Database, or the
    PostgreSQL one the library uses); closed at the end of the test."""
    from gazette_reader.library import Library

    if request.param == "sqlite":
        location = str(tmp_path / "library.sqlite")
    else:
        location = request.getfixturevalue("pg_url")
    library = Library.open(location)
    request.addfinalizer(library.close)
    return library.db
