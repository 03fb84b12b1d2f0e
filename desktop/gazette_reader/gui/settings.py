"""Every GUI setting with its default, in one place, read and written through a bare ``QSettings()``.

The organisation and application names are set once in :func:`gazette_reader.gui.app.create_app`, so
any ``QSettings()`` anywhere lands in the same file. Keys are grouped ``section/name``. Values come back
from QSettings as strings on some platforms, so :func:`value` coerces to the default's type.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

DEFAULTS: dict[str, Any] = {
    "library/path": "",  # empty = the platform default (paths.default_library_path)
    "library/recent": "",  # libraries opened lately, newest first, one a line
    "reader/font_family": "",  # empty = the application font
    "reader/font_size": 13,
    "reader/script": "simplified",  # simplified | s2t | s2tw | s2hk
    "ui/language": "auto",  # auto (system locale) | zh_CN | en
    "ui/theme": "system",  # system | light | dark (widgets/theme.py)
    "search/sort": "relevance",
    "search/saved": "",  # saved searches: JSON [[name, query], ...] (window/saved_searches.py)
    "search/history": "",  # queries run with Enter, newest first, one a line (HISTORY_SIZE at most)
    "export/format": "docx",
    "export/folder": "",
    "export/layout": "official",  # official (A4, GB/T 9704) | plain
    "export/order": "date",  # date | list
    "export/source": "short",  # 大事记 sources: short | citation | none
    "import/folder": "",
}

SCRIPTS: dict[str, str] = {
    "simplified": "简体",
    "s2t": "繁體（OpenCC 标准）",
    "s2tw": "繁體（台灣）",
    "s2hk": "繁體（香港）",
}
"""Display scripts: OpenCC config name (or ``simplified`` for none) → label. Display only: the library
and search always work on the simplified text."""

LANGUAGES: dict[str, str] = {"auto": "跟随系统", "zh_CN": "中文", "en": "English"}


def value(key: str) -> Any:
    """The stored value for ``key`` coerced to the type of its default."""
    default = DEFAULTS[key]
    raw = QSettings().value(key, default)
    if isinstance(default, bool):
        return raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
    if isinstance(default, int):
        try:
            return int(raw)
        except (TypeError, ValueError):
            return default
    return "" if raw is None else str(raw)


def set_value(key: str, new: Any) -> None:
    """Store ``new`` under a declared key (unknown keys are a programming error)."""
    if key not in DEFAULTS:
        raise KeyError(f"undeclared setting {key!r}")
    QSettings().setValue(key, new)


def save_window_state(window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
    """Save geometry, dock/toolbar state and each named splitter, under the window's class name."""
    settings = QSettings()
    group = f"windows/{type(window).__name__}"
    settings.setValue(f"{group}/geometry", window.saveGeometry())
    settings.setValue(f"{group}/state", window.saveState())
    for name, splitter in splitters.items():
        settings.setValue(f"{group}/splitter_{name}", splitter.saveState())


def restore_window_state(window: QMainWindow, splitters: dict[str, QSplitter]) -> bool:
    """Restore what :func:`save_window_state` saved; False when there was nothing (first run)."""
    settings = QSettings()
    group = f"windows/{type(window).__name__}"
    geometry = settings.value(f"{group}/geometry")
    if not isinstance(geometry, QByteArray) or geometry.isEmpty():
        return False
    window.restoreGeometry(geometry)
    state = settings.value(f"{group}/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    for name, splitter in splitters.items():
        saved = settings.value(f"{group}/splitter_{name}")
        if isinstance(saved, QByteArray):
            splitter.restoreState(saved)
    return True
