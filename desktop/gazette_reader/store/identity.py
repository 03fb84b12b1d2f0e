"""Which SQLite files are ours: a library carries ``PRAGMA application_id`` = :data:`APPLICATION_ID`.

Opening a file creates the library's tables and switches it to WAL; done to another program's
database (``gazette --library other.db info``) that silently changes someone else's data. So before
any connection writes, :func:`check_file` accepts only: no file yet (when the command may create a
library), an empty file, an empty SQLite database, a file stamped with our id, or a library written
before the id existed (our tables and a schema version, no id). Everything else is refused.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from sqlite_utils import Database

from gazette_reader.errors import LibraryError

APPLICATION_ID = 0x47415A31
"""``GAZ1`` in ASCII: SQLite's header field for the program that owns the file (see sqlite.org/fileformat)."""
SQLITE_MAGIC = b"SQLite format 3\x00"
OUR_TABLES = frozenset({"sources", "issues", "articles"})


def check_file(path: Path, *, create: bool) -> bool:
    """Raise :class:`LibraryError` unless ``path`` may be opened as a library (see the module); return
    whether opening it creates a new library (no file, or an empty one).

    ``create``: the command may create a new library (``import``, the window); read-only commands
    never create a file or a folder, so a mistyped path is an error for them."""
    if not path.exists():
        if create:
            return True
        raise LibraryError(f"there is no library at {path}; check the path, or create one with "
                           f"`gazette --library {path} import FILES`",
                           zh=f"{path} 处没有资料库；请检查路径，或先导入文件来新建一个")
    if path.is_dir():
        raise LibraryError(f"{path} is a folder; give the library's file (e.g. {path / 'library.sqlite'})",
                           zh=f"{path} 是一个文件夹，请指定资料库文件（例如 {path / 'library.sqlite'}）")
    with open(path, "rb") as handle:
        header = handle.read(100)
    if not header:
        if create:
            return True  # an empty file: a new library
        raise LibraryError(f"there is no library at {path} (the file is empty); create one with "
                           f"`gazette --library {path} import FILES`",
                           zh=f"{path} 处没有资料库（文件是空的）；请先导入文件来新建一个")
    if not header.startswith(SQLITE_MAGIC):
        raise not_ours(path, "it is not an SQLite database", "它不是 SQLite 数据库")
    _check_database(path)
    return False


def _check_database(path: Path) -> None:
    """Refuse an SQLite file that holds another program's data (read-only look, nothing written)."""
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id == APPLICATION_ID:
            return
        if app_id:
            raise not_ours(path, f"its application id is {app_id:#x}, another program's",
                           f"其 application_id 为 {app_id:#x}，属于其他程序")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    if not tables or (OUR_TABLES <= tables and version > 0):
        return  # empty, or a library from before the id
    listed = ", ".join(sorted(tables)[:5]) + (" …" if len(tables) > 5 else "")
    raise not_ours(path, f"it holds another program's tables ({listed})", f"其中是其他程序的数据表（{listed}）")


def not_ours(path: Path, why: str, why_zh: str) -> LibraryError:
    """The refusal to open a file that is not a library, saying why."""
    return LibraryError(f"{path} is not a Gazette Reader library: {why}; it was left untouched",
                        zh=f"{path} 不是地方简报阅读器的资料库：{why_zh}；文件未作任何改动")


def stamp(db: Database) -> None:
    """Mark the library as ours (once; a read-only file stays unmarked and can still be read)."""
    if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        try:
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        except sqlite3.OperationalError:
            pass
