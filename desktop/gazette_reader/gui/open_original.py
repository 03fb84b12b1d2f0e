"""“打开原文件第 N 页”: open an article's original file with the system viewer, at its page where possible.

No portable way exists to ask "the default viewer" for a page: ``xdg-open`` and
``QDesktopServices.openUrl`` take a file, not a page, and a ``#page=N`` fragment breaks most desktop
viewers (they look for a file whose name ends in it). So, kept simple and honest: a PDF opens at its page
in a viewer whose page option is known (evince and its forks atril and xreader ``--page-index=N``,
okular ``-p N``, zathura ``--page=N``) when that viewer is the desktop's default for PDF
(``xdg-mime query default application/pdf``), or, where no default can be asked, the first of them found
on ``PATH``; in every other case (another default viewer, Word and web files, no page, Windows and
macOS) the file is opened with the desktop's default application, at its first page.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QTextCharFormat

PAGE_OPTIONS: dict[str, Callable[[int], list[str]]] = {
    "evince": lambda page: [f"--page-index={page}"],
    "atril": lambda page: [f"--page-index={page}"],
    "xreader": lambda page: [f"--page-index={page}"],
    "okular": lambda page: ["-p", str(page)],
    "zathura": lambda page: [f"--page={page}"],
}
"""Viewers that take a page (1-based) on their command line, by executable name."""
HREF = "original:"
"""The reader's anchor for the link."""


def tr(text: str) -> str:
    """Translate in the reader's context (the link is part of the reader)."""
    return QCoreApplication.translate("Reader", text)


@dataclass(frozen=True)
class Launch:
    """How the original is opened: a viewer's command line (``program`` and ``args``), or, with no
    program, the desktop's default application for ``path``."""

    path: Path
    program: str = ""
    args: tuple[str, ...] = ()


def original_path(article: dict) -> Path | None:
    """The article's original file, when the library knows where it was and it is still there."""
    source = article.get("source_path")
    if not source:
        return None
    path = Path(source)
    return path if path.is_file() else None


def link_text(article: dict) -> str:
    """What the reader's link says: with the article's first page for a paged file; empty when the
    original is gone."""
    if original_path(article) is None:
        return ""
    page = article.get("page_first")
    return tr("打开原文件第 {page} 页").format(page=page) if page else tr("打开原文件")


def default_pdf_viewer() -> str | None:
    """The desktop file of the default PDF application (``org.gnome.Evince.desktop``); None where it
    cannot be asked (no xdg-utils, not Linux) and "" when nothing is set."""
    if not sys.platform.startswith("linux") or shutil.which("xdg-mime") is None:
        return None
    try:
        done = subprocess.run(["xdg-mime", "query", "default", "application/pdf"], capture_output=True,
                              text=True, timeout=3, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip()


def plan(path: Path, page: int | None, *, default: str | None,
         which: Callable[[str], str | None] | None = None) -> Launch:
    """How to open ``path`` at ``page``, given the default PDF application's desktop file (``default``,
    see :func:`default_pdf_viewer`): that viewer with its page option when it is a known one on PATH; when
    no default could be asked, the first known viewer on PATH; else the desktop's default, no page."""
    which = which or shutil.which
    if path.suffix.lower() != ".pdf" or not page:
        return Launch(path)
    names = [name for name in PAGE_OPTIONS if name in default.lower()] if default is not None else list(PAGE_OPTIONS)
    for name in names:
        if program := which(name):
            return Launch(path, program, (*PAGE_OPTIONS[name](page), str(path)))
    return Launch(path)


def open_original(article: dict) -> bool:
    """Open the article's original at its first page (see the module docstring); False when the file
    is gone or nothing could open it."""
    path = original_path(article)
    if path is None:
        return False
    launch = plan(path, article.get("page_first"), default=default_pdf_viewer() if path.suffix.lower() == ".pdf" else None)
    if launch.program and start_detached(launch.program, list(launch.args)):
        return True
    return open_url(QUrl.fromLocalFile(str(path)))


def start_detached(program: str, args: list[str]) -> bool:
    """Start a viewer that outlives the app (``QProcess.startDetached``, a bool or a (bool, pid) pair)."""
    result = QProcess.startDetached(program, args)
    return bool(result[0] if isinstance(result, tuple) else result)


def open_url(url: QUrl) -> bool:
    """Open a file with the desktop's default application for it."""
    return bool(QDesktopServices.openUrl(url))


def link_format(base: QTextCharFormat, link: QColor, article: dict) -> QTextCharFormat:
    """The reader's link to the original: in the palette's link colour, the file's path as tooltip."""
    fmt = QTextCharFormat(base)
    fmt.setAnchor(True)
    fmt.setAnchorHref(HREF)
    fmt.setForeground(link)
    fmt.setFontUnderline(True)
    fmt.setToolTip(str(article.get("source_path") or ""))
    return fmt
