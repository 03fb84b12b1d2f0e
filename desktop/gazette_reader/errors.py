"""Typed errors the user can read.

Everything the core raises on purpose derives from :class:`GazetteError`; its message is a plain sentence
meant for the user (the CLI prints it after ``Error:``, the GUI shows it in a dialog). Any other exception
is a bug and is reported as such.
"""


class GazetteError(Exception):
    """A problem the user can understand and act on."""


class DecodeError(GazetteError):
    """A file is empty, binary or not text in any supported Chinese encoding."""


class QueryError(GazetteError):
    """A search query is malformed."""


class LibraryError(GazetteError):
    """The library file cannot be opened, is not ours, or is newer than this program."""


class ExportError(GazetteError):
    """An export cannot be written (existing file, unwritable path, nothing selected)."""


class Cancelled(GazetteError):
    """The user cancelled a long-running job; whatever it was writing has been rolled back."""

    def __init__(self, message: str = "Cancelled by the user; nothing was changed.") -> None:
        super().__init__(message)
