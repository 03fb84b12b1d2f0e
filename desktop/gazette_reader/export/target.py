"""Where an export may be written: the target file, its temporary twin, and parts left by killed runs.

An export replaces its target only when the target is a regular file (or a new name): ``--force`` on a
FIFO, a device such as ``/dev/null`` or a socket would otherwise swap the special file for a regular
one. A symlink is followed, so the file it points to is replaced and the link is kept.

The finished document is written first into ``.NAME.XXXXXXXX.part`` beside the target and moved into
place. While an export writes its part it holds an advisory lock on it, so the next export to the same
folder can tell a part of a killed run (no lock) from one still being written, and removes the former.
"""

from __future__ import annotations

import errno
import gc
import os
import re
import stat
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import IO

from gazette_reader.errors import ExportError

PART_SUFFIX = ".part"
NAME_MAX = 255
"""Longest file name in bytes on the file systems we meet (ext4, APFS, NTFS in UTF-16 units)."""
_PART_OVERHEAD = len(".") + len(".") + 8 + len(PART_SUFFIX)
"""What a part's name adds to the target's: the leading dot, a dot, mkstemp's 8 characters, .part."""
STALE_WITHOUT_LOCKS = 24 * 3600
"""Where advisory locks do not exist (Windows), a part this many seconds old is taken as abandoned."""

try:  # POSIX only; Windows falls back to the age of a part
    import fcntl
except ImportError:  # pragma: no cover - exercised on Windows only
    fcntl = None  # type: ignore[assignment]


def resolve_target(path: Path, force: bool) -> Path:
    """The file an export to ``path`` will write: symlinks followed, special files refused.

    Raises :class:`ExportError` for a folder, a name too long for the file system, an existing file
    without ``force``, a missing folder, or anything that exists and is not a regular file."""
    _check_name_length(path)
    real = Path(os.path.realpath(path)) if path.is_symlink() else path
    _check_name_length(real)
    if real.is_dir():
        raise ExportError(f"{path} is a folder; choose a file name to export to.",
                          zh=f"{path} 是一个文件夹，请选择要导出到的文件名。")
    if _exists(real) and not force:
        raise exists_error(path)
    refuse_special(real, shown=path)
    if not real.parent.is_dir():
        raise ExportError(f"The folder {real.parent} does not exist; create it or choose another one.",
                          zh=f"文件夹 {real.parent} 不存在，请先创建或另选一个。")
    return real


def exists_error(path: Path) -> ExportError:
    """The one refusal to overwrite, raised before writing and again if the file appears meanwhile."""
    return ExportError(f"{path} already exists; choose another name or allow overwriting it.",
                       zh=f"{path} 已存在，请换一个文件名，或允许覆盖。")


def refuse_special(path: Path, *, shown: Path | None = None) -> None:
    """Raise :class:`ExportError` when ``path`` exists and is not a regular file (FIFO, device, socket).

    Checked before writing and again right before the move, so a special file put there meanwhile
    is not replaced either."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise _os_error(shown or path, exc) from exc
    if not stat.S_ISREG(mode):
        shown = shown or path
        raise ExportError(f"{shown} is not a regular file (a device, pipe or socket); "
                          "an export only replaces ordinary files, so choose another name.",
                          zh=f"{shown} 不是普通文件（而是设备、管道或套接字）；导出只会覆盖普通文件，请换一个文件名。")


def _exists(path: Path) -> bool:
    """Whether anything (even a dangling symlink or a special file) is at ``path``."""
    try:
        os.lstat(path)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise _os_error(path, exc) from exc
    return True


def _os_error(path: Path, exc: OSError) -> ExportError:
    """An operating system error about ``path`` as one sentence."""
    return ExportError(f"Cannot use {path}: {exc.strerror or exc}.", zh=f"无法使用 {path}：{exc.strerror or exc}。")


def _name_max(folder: Path) -> int:
    """The folder's file-name limit in bytes (255 when the system cannot say)."""
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (AttributeError, OSError, ValueError):
        return NAME_MAX


def _check_name_length(path: Path) -> None:
    """Refuse a file name longer than the folder's file system allows, counting its bytes."""
    size = len(os.fsencode(path.name))
    limit = _name_max(path.parent if path.parent.is_dir() else Path("."))
    if size > limit:
        raise ExportError(f"The file name is too long ({size} bytes; this file system allows {limit}): "
                          "choose a shorter name.",
                          zh=f"文件名太长（{size} 字节，此文件系统最多允许 {limit} 字节），请换一个短一些的文件名。")


def part_prefix(path: Path) -> str:
    """``.NAME.`` for the parts of ``path``, the name cut (on a character) so a part's name fits."""
    room = _name_max(path.parent) - _PART_OVERHEAD
    name = path.name
    while len(os.fsencode(name)) > room:
        name = name[:-1]
    return f".{name}."


class Part:
    """The locked temporary file an export writes before moving it into place."""

    def __init__(self, target: Path) -> None:
        try:
            fd, name = tempfile.mkstemp(prefix=part_prefix(target), suffix=PART_SUFFIX, dir=target.parent)
        except OSError as exc:
            raise ExportError(f"Cannot write in the folder {target.parent}: {exc.strerror or exc}.",
                              zh=f"无法在文件夹 {target.parent} 中写入：{exc.strerror or exc}。") from exc
        self.path = Path(name)
        self._handle: IO[bytes] | None = os.fdopen(fd, "rb")
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:  # pragma: no cover - Windows cannot replace a file that is open
            self._handle.close()
            self._handle = None
        if os.name == "posix":
            os.chmod(name, 0o644)  # mkstemp makes 0600; an exported document is meant to be shared

    def close(self) -> None:
        """Remove the part if it is still there and release its lock."""
        self.path.unlink(missing_ok=True)
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def clean_stale_parts(target: Path) -> list[Path]:
    """Remove the parts of exports to ``target`` that no running export holds; return those removed.

    Only names of the exact form ``.NAME.XXXXXXXX.part`` for this target, regular files, are touched."""
    pattern = re.compile(re.escape(part_prefix(target)) + r"[A-Za-z0-9_]{8}" + re.escape(PART_SUFFIX))
    removed = []
    try:
        names = os.listdir(target.parent)
    except OSError:
        return []
    for name in names:
        if pattern.fullmatch(name) and _abandoned(target.parent / name):
            try:
                (target.parent / name).unlink()
                removed.append(target.parent / name)
            except OSError:
                continue
    return removed


def _abandoned(part: Path) -> bool:
    """True when ``part`` is a regular file no running export holds (nor, without locks, a young one)."""
    try:
        fd = os.open(part, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        if fcntl is None:
            return time.time() - os.fstat(fd).st_mtime > STALE_WITHOUT_LOCKS
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True
    finally:
        os.close(fd)


def release_writer_files(exc: BaseException) -> None:
    """Close what a failed writer left open, quietly, now.

    A writer that failed (a full disk) leaves its ZipFile (DOCX, XLSX) in the frames of the traceback;
    closed later by the garbage collector, it fails to flush again and Python prints "Exception ignored
    in ZipFile.__del__" with a traceback after our one-line error. Clearing those frames closes it here,
    where that second OSError is expected and dropped."""
    previous = sys.unraisablehook

    def hook(unraisable: sys.UnraisableHookArgs) -> None:
        if not isinstance(unraisable.exc_value, OSError):
            previous(unraisable)

    sys.unraisablehook = hook
    try:
        traceback.clear_frames(exc.__traceback__)
        gc.collect()
    finally:
        sys.unraisablehook = previous
