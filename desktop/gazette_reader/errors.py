"""Typed errors the user can read.

Everything the core raises on purpose derives from :class:`GazetteError`; its message is a plain sentence
meant for the user (the CLI prints it after ``Error:``, the GUI shows it in a dialog). Any other exception
is a bug and is reported as such.

The message is English (the CLI's language) and may carry a Chinese twin, ``zh=``, which the Chinese GUI
shows instead (:meth:`GazetteError.text`). The core never imports Qt, so Qt's translation files cannot
reach these sentences; keeping both next to the ``raise`` keeps them in step.
"""

from __future__ import annotations

ZH = "zh"


class GazetteError(Exception):
    """A problem the user can understand and act on."""

    def __init__(self, message: str, *, zh: str = "") -> None:
        super().__init__(message)
        self.zh = zh

    def text(self, language: str) -> str:
        """The message in ``language`` (``zh`` or anything else for English); English when no twin."""
        return self.zh if language.startswith(ZH) and self.zh else str(self)


class DecodeError(GazetteError):
    """A file is empty, binary or not text in any supported Chinese encoding."""


class QueryError(GazetteError):
    """A search query is malformed."""


class LibraryError(GazetteError):
    """The library file cannot be opened, is not ours, or is newer than this program."""


class DamagedLibrary(LibraryError):
    """The library file is damaged: ``gazette check --repair`` (or the window's offer) recovers it."""


class ServerUnreachable(LibraryError):
    """A library server could not be reached or refused the login; ``kind`` says which (``unreachable``,
    ``timeout``: no answer within the connect timeout, ``login`` or ``database``), so the window can say it
    in plain words without libpq's own text."""

    kind = "unreachable"
    seconds: int | None = None
    """With ``timeout``: the connect timeout that ran out."""


class ExportError(GazetteError):
    """An export cannot be written (existing file, unwritable path, nothing selected)."""


class Cancelled(GazetteError):
    """The user cancelled a long-running job; whatever it was writing has been rolled back."""

    def __init__(self, message: str = "Cancelled by the user; nothing was changed.", *,
                 zh: str = "已取消，资料库没有任何改变。") -> None:
        super().__init__(message, zh=zh)


class Terminated(KeyboardInterrupt):
    """SIGTERM (a shutdown, ``kill``): handled like Ctrl-C, so the unfinished write is rolled back."""
