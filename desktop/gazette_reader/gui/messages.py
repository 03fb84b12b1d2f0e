"""What the user reads when something goes wrong, in the language of the UI.

The core's errors are English sentences with a Chinese twin (:class:`gazette_reader.errors.GazetteError`);
the window shows the twin that matches the UI language chosen at start-up (:func:`set_ui_language`), so a
Chinese UI never shows an English error, and an English UI never shows a Chinese one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gazette_reader.errors import GazetteError
from gazette_reader.library import explain

LANGUAGE_PROPERTY = "gazette_ui_language"
DEFAULT_LANGUAGE = "zh_CN"


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("Messages", text)


def set_ui_language(language: str) -> None:
    """Remember the UI language (``zh_CN`` or ``en``) on the application, for :func:`ui_language`."""
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(LANGUAGE_PROPERTY, language)


def ui_language() -> str:
    """The UI language set at start-up; Chinese (the product's default) before that."""
    app = QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return str(value) if value else DEFAULT_LANGUAGE


def error_text(error: BaseException) -> str:
    """What to tell the user: a GazetteError's own sentence in the UI language, otherwise a bug report line."""
    if isinstance(error, GazetteError):
        return error.text(ui_language())
    explained = explain(error)  # a full disk, a lock, a read-only or damaged library: no bug to report
    if explained is not None:
        return explained.text(ui_language())
    return tr("内部错误（请报告）：") + f"{type(error).__name__}: {error}"


def reason_text(reason: str, reason_zh: str) -> str:
    """An import outcome's reason (English, with its Chinese twin) in the UI language."""
    return reason_zh if ui_language().startswith("zh") and reason_zh else reason
