"""What went wrong with the library file, in one sentence: the errors SQLite and the OS raise, explained.

SQLite says ``database is locked``, ``database or disk is full``, ``attempt to write a readonly
database`` or ``database disk image is malformed``; each has a cause the user can act on, and none is
a bug to report. :func:`explain` turns them into a :class:`LibraryError` with the English sentence
the CLI prints and the Chinese twin the window shows; anything it does not know stays a bug.

A lock names who holds it where the system can tell (Linux ``/proc``): the other ``gazette`` command
or the window.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from gazette_reader.errors import DamagedLibrary, LibraryError

CHECK_HINT = "gazette --library {path} check --repair"
_FULL = ("database or disk is full", "disk i/o error")
_READ_ONLY = ("readonly database", "read-only file system")
_DAMAGED = ("malformed", "database corruption", "file is not a database")
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def explain(exc: BaseException, path: Path | str | None = None) -> LibraryError | None:
    """The user's sentence for a library failure (``exc`` from SQLite or the OS), None for a bug."""
    shown = str(path) if path else "the library"
    if isinstance(exc, LibraryError):
        return exc
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        return _os_failure(exc, shown)
    if not isinstance(exc, sqlite3.Error):
        return None
    message = str(exc).lower()
    if "locked" in message or "busy" in message:
        return locked(shown, path)
    if any(m in message for m in _FULL):
        return disk_full(shown)
    if any(m in message for m in _READ_ONLY):
        return read_only(shown)
    if any(m in message for m in _DAMAGED):
        return damaged(shown, str(exc))
    if "unable to open database file" in message:
        return LibraryError(f"cannot open {shown}: its folder is missing or not readable and writable",
                            zh=f"无法打开 {shown}：所在文件夹不存在或不可读写")
    return None


def _os_failure(exc: OSError, shown: str) -> LibraryError | None:
    """Full disks and read-only file systems met outside SQLite (temporary files, exports)."""
    if exc.errno in _NO_SPACE:
        return disk_full(shown)
    if exc.errno == errno.EROFS:
        return read_only(shown)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return LibraryError(f"cannot open {shown}: permission denied (check the permissions of the file and "
                            "its folder)", zh=f"无法打开 {shown}：没有权限（请检查文件及其文件夹的权限）")
    return None


def disk_full(shown: str) -> LibraryError:
    """The disk is full: the unfinished command was rolled back, nothing lost."""
    return LibraryError(f"the disk holding {shown} is full; the unfinished command changed nothing. "
                        "Free some space and run it again",
                        zh=f"{shown} 所在的磁盘已满，未完成的命令没有做任何改动。请腾出空间后重试")


def read_only(shown: str) -> LibraryError:
    """The file, its folder or its file system does not allow writing."""
    return LibraryError(f"{shown} is read-only (file or folder permissions, or a read-only disk); "
                        "commands that change the library cannot run, reading still works",
                        zh=f"{shown} 是只读的（文件或文件夹权限，或只读磁盘），不能执行修改资料库的命令，但仍可查看")


def damaged(shown: str, detail: str) -> DamagedLibrary:
    """The file is damaged: say so and how to recover."""
    hint = CHECK_HINT.format(path=shown)
    return DamagedLibrary(f"{shown} is damaged ({detail}); run `{hint}` to recover what can be read into a new file",
                        zh=f"{shown} 已损坏（{detail}）。请运行 `{hint}`，把能读出的内容恢复到一个新文件中")


def waiting(path: Path) -> str:
    """The notice printed while a command waits for another writer."""
    holders = holders_of(path)
    who = f" ({', '.join(holders)})" if holders else ""
    return f"Waiting up to 30 s for another program{who} to finish writing to {path} ..."


def waiting_for(db) -> tuple[str, str]:
    """The waiting notice for this connection's library, in English and Chinese: the file and who holds
    it, or for a server library (PostgreSQL) another user's import or correction."""
    from gazette_reader.store.backend import is_server

    if is_server(db):
        return ("Waiting for another user's import or correction on the library server to finish ...",
                "另一位用户正在资料库服务器上导入或校正，等待其完成…")
    path = Path(db.execute("PRAGMA database_list").fetchone()[2])
    return waiting(path), waiting_zh(path)


def waiting_zh(path: Path) -> str:
    """:func:`waiting` in Chinese, for the window's status bar."""
    holders = [holder.replace("process ", "进程 ", 1) for holder in holders_of(path)]
    who = f"（{'，'.join(holders)}）" if holders else ""
    return f"另一个程序{who}正在写入资料库 {path}，最多等待 30 秒…"


def locked(shown: str, path: Path | str | None) -> LibraryError:
    """Another writer held the library longer than we waited; name it when the system can."""
    holders = holders_of(Path(path)) if path else []
    who = f" ({', '.join(holders)})" if holders else ""
    return LibraryError(f"{shown} is busy: another program{who} has been writing to it for over 30 seconds. "
                        "Wait until it has finished (or close it) and run the command again",
                        zh=f"{shown} 正被另一个程序{who}写入，已等待 30 秒以上。请等它完成（或关闭它）后再运行本命令")


def holders_of(path: Path) -> list[str]:
    """``process 1234 (gazette import …)`` for each other process that has the library open (Linux)."""
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    targets = {str(path.resolve()), str(path.resolve()) + "-wal"}
    found = []
    for pid in (p for p in proc.iterdir() if p.name.isdigit() and int(p.name) != os.getpid()):
        if _has_open(pid, targets):
            found.append(f"process {pid.name} ({_command(pid)})")
    return found


def _has_open(pid: Path, targets: set[str]) -> bool:
    """Whether process ``pid`` has one of ``targets`` open."""
    try:
        return any(os.readlink(fd) in targets for fd in (pid / "fd").iterdir())
    except OSError:
        return False


def _command(pid: Path) -> str:
    """The process's command line, shortened."""
    try:
        words = (pid / "cmdline").read_bytes().split(b"\0")
    except OSError:
        return "?"
    text = " ".join(os.path.basename(w.decode(errors="replace")) if i == 0 else w.decode(errors="replace")
                    for i, w in enumerate(words) if w)
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "..."
