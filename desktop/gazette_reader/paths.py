"""Where things live: bundled resources and seeds, and the default library file.

An installed wheel carries ``resources/`` and ``seeds/`` inside the package; a source checkout (editable
install, tests) has them at the repository root. A PyInstaller bundle puts them beside the package too.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "GazetteReader"
APP_AUTHOR = "GazetteReader"
LIBRARY_ENV = "GAZETTE_LIBRARY"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    """Find a bundled folder: inside the package first (wheel, bundle), then the repository root."""
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {name!r} not found next to {_PACKAGE_DIR}")


def resources_dir() -> Path:
    """The ``resources/`` folder (icons, dictionaries, translations)."""
    return _bundled("resources")


def seeds_dir() -> Path:
    """The ``seeds/`` folder: the sample gazettes a first run imports."""
    return _bundled("seeds")


def seed_files() -> list[Path]:
    """The bundled sample gazettes, in name order."""
    return sorted(seeds_dir().glob("*.txt"))


def default_library_path() -> Path:
    """``$GAZETTE_LIBRARY`` if set, else ``library.sqlite`` in the platform's user data folder."""
    env = os.environ.get(LIBRARY_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "library.sqlite"
