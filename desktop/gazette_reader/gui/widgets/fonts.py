"""The reading font when the user chose none: the application's, unless it has no Chinese glyphs.

Under a C locale the application font is often DejaVu Sans, which has no CJK glyphs: the reader then
leaned on per-glyph fallback, mixing two typefaces and line heights in one paragraph. An installed CJK
family is picked instead, preferring the common ones.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

PREFERRED = ("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC",
             "WenQuanYi Micro Hei", "Hiragino Sans GB", "SimSun")


def has_chinese(family: str) -> bool:
    """Whether ``family`` covers simplified Chinese."""
    return QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)


def reading_family(configured: str) -> str:
    """``configured`` if set; else the application font's family when it has Chinese glyphs, else an
    installed CJK family ('' when there is none: Qt's fallback is all that is left)."""
    if configured:
        return configured
    default = QApplication.font().family()
    if has_chinese(default):
        return ""
    installed = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    chosen = next((family for family in PREFERRED if family in installed), None)
    return chosen or next((f for f in installed if not f.startswith("@")), "")


def reading_font(configured: str) -> QFont:
    """The QFont the reader and the settings' font box start from."""
    family = reading_family(configured)
    return QFont(family) if family else QApplication.font()
