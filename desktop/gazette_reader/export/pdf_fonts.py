"""Find and register a CJK font for the PDF export.

A PDF is only readable everywhere if the glyphs travel with it, so the export embeds (a subset of) a real
TrueType font found on the system. reportlab reads TrueType outlines only: OpenType/CFF fonts such as the
``.otf``/``.ttc`` builds of Noto CJK are rejected by ``TTFont`` and simply skipped. A ``.ttc`` collection
needs ``subfontIndex`` (0 is the regular face for all the candidates below). When nothing usable is
installed the export falls back to reportlab's CID font ``STSong-Light``: the text is still correct and
extractable, but the glyphs are not embedded, so the reader's PDF viewer must supply a Chinese font.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

log = logging.getLogger(__name__)

FONT_ENV = "GAZETTE_PDF_FONT"
"""Environment variable naming a TrueType file to use instead of the search below."""

FALLBACK_CID = "STSong-Light"
REGISTERED_NAME = "GazetteCJK"

CANDIDATES: tuple[str, ...] = (
    "wqy-microhei.ttc",
    "wqy-zenhei.ttc",
    "NotoSansSC-Regular.ttf",
    "NotoSerifSC-Regular.ttf",
    "SourceHanSansSC-Regular.ttf",
    "simsun.ttc",
    "simhei.ttf",
    "msyh.ttc",
    "msyh.ttf",
    "Songti.ttc",
    "STHeiti Light.ttc",
    "Arial Unicode.ttf",
    "DroidSansFallbackFull.ttf",
    "DroidSansFallback.ttf",
)
"""File names of TrueType-outline fonts with full GB2312 coverage, best first."""


@dataclass(frozen=True)
class PdfFont:
    """The font the PDF uses: its registered name, where it came from, and whether it is embedded."""

    name: str
    path: Path | None
    embedded: bool


def font_dirs() -> list[Path]:
    """Font folders of Linux, macOS and Windows that exist on this machine."""
    home = Path.home()
    dirs = [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".local/share/fonts",
        home / ".fonts",
        Path("/System/Library/Fonts"),
        Path("/Library/Fonts"),
        home / "Library/Fonts",
    ]
    if sys.platform == "win32":
        dirs.insert(0, Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
    return [d for d in dirs if d.is_dir()]


def candidate_files(dirs: list[Path] | None = None) -> list[Path]:
    """Installed candidate font files in preference order (the override variable first)."""
    found: list[Path] = []
    override = os.environ.get(FONT_ENV)
    if override and Path(override).is_file():
        found.append(Path(override))
    wanted = {name.lower(): rank for rank, name in enumerate(CANDIDATES)}
    hits: list[tuple[int, Path]] = []
    for folder in dirs if dirs is not None else font_dirs():
        for path in folder.rglob("*"):
            rank = wanted.get(path.name.lower())
            if rank is not None and path.is_file():
                hits.append((rank, path))
    return found + [path for _, path in sorted(hits)]


@lru_cache(maxsize=1)
def cjk_font() -> PdfFont:
    """Register and return the best usable CJK font (searched once per process)."""
    for path in candidate_files():
        try:
            pdfmetrics.registerFont(TTFont(REGISTERED_NAME, str(path), subfontIndex=0))
        except (TTFError, OSError) as exc:
            log.info("Skipping %s for PDF export: %s", path, exc)
            continue
        return PdfFont(REGISTERED_NAME, path, embedded=True)
    log.warning(
        "No TrueType CJK font found (looked for %s); the PDF uses the built-in %s font, which is not "
        "embedded, so the reader's viewer must provide a Chinese font. Install fonts-wqy-microhei or "
        "set %s to a .ttf/.ttc file to embed one.",
        ", ".join(CANDIDATES[:3]),
        FALLBACK_CID,
        FONT_ENV,
    )
    pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_CID))
    return PdfFont(FALLBACK_CID, None, embedded=False)
