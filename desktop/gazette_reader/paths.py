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


def printable(path: str | os.PathLike[str]) -> str:
    """A file name or path as text that can be stored, printed and put in JSON, whatever its bytes.

    A POSIX name need not be UTF-8 (``bad_\\xff.txt``); Python hands it over with lone surrogates that
    SQLite, JSON and the terminal refuse. Each byte that is not UTF-8 becomes ``\\xff``, so the form is
    readable and :func:`name_bytes` gives the original bytes back; valid names are returned unchanged."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    return text


def name_bytes(shown: str) -> bytes:
    """The bytes of a name :func:`printable` made (``\\xNN`` escapes undone), to find the file again."""
    return shown.encode("utf-8").decode("unicode_escape").encode("latin-1") if "\\x" in shown \
        else shown.encode("utf-8")
