"""Export selected articles: one module per format, all taking the same list of article dicts.

``write_export(articles, fmt, path)`` is the one entry point the CLI, the library facade and the GUI call.
It validates everything the user could get wrong *before* any work starts, writes into a temporary file in
the target folder and only then moves it into place, so a failed or cancelled export never leaves a
half-written file (or destroys the file it would have replaced).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType

from gazette_reader.errors import ExportError
from gazette_reader.export.common import Article, ExportOptions, Steps
from gazette_reader.export.target import (Part, clean_stale_parts, exists_error, refuse_special,
                                          release_writer_files, resolve_target)
from gazette_reader.jobs import NEVER, CancelToken, Progress, no_progress

FORMATS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "docx": ("Word 文档", ".docx"),
        "xlsx": ("Excel 表格", ".xlsx"),
        "csv": ("CSV 表格（UTF-8）", ".csv"),
        "jsonl": ("JSON Lines 数据", ".jsonl"),
        "md": ("Markdown 文档", ".md"),
        "html": ("网页（HTML）", ".html"),
        "pdf": ("PDF 文档", ".pdf"),
        "chronicle": ("大事记（Word）", ".docx"),
        "chronicle-md": ("大事记（Markdown）", ".md"),
        "chronicle-xlsx": ("大事记（Excel）", ".xlsx"),
        "citations": ("参考文献（GB/T 7714）", ".txt"),
        "ris": ("参考文献（RIS，Zotero/EndNote）", ".ris"),
        "bibtex": ("参考文献（BibTeX）", ".bib"),
    }
)
"""Format name → (label for the GUI, default file suffix), in the order menus should list them."""

# Writers are imported on first use so that opening the GUI does not load reportlab and friends.
_WRITERS: dict[str, tuple[str, str]] = {
    "docx": ("docx_writer", "write_docx"),
    "xlsx": ("tables", "write_xlsx"),
    "csv": ("tables", "write_csv"),
    "jsonl": ("tables", "write_jsonl"),
    "md": ("markdown_writer", "write_markdown"),
    "html": ("html_writer", "write_html"),
    "pdf": ("pdf_writer", "write_pdf"),
    "chronicle": ("chronicle", "write_chronicle_docx"),
    "chronicle-md": ("chronicle", "write_chronicle_markdown"),
    "chronicle-xlsx": ("chronicle", "write_chronicle_xlsx"),
    "citations": ("citation", "write_citations"),
    "ris": ("citation_formats", "write_ris"),
    "bibtex": ("citation_formats", "write_bibtex"),
}

_OTHER_SUFFIXES = {".htm": "html", ".markdown": "md"}
"""Suffixes people also use for a format, besides its default one in :data:`FORMATS`."""

Writer = Callable[[Sequence[Article], Path, Steps], None]


def suffixes(fmt: str) -> set[str]:
    """Every file suffix that names ``fmt`` (lower case, with the dot)."""
    return {FORMATS[fmt][1]} | {suffix for suffix, name in _OTHER_SUFFIXES.items() if name == fmt}


def format_for(path: Path) -> str | None:
    """The format a file name asks for by its suffix (the first listed one for a shared suffix:
    ``.docx`` is Word, not 大事记), or None for a suffix no format uses."""
    suffix = Path(path).suffix.lower()
    return next((fmt for fmt in FORMATS if suffix in suffixes(fmt)), None)


def name_mismatch(fmt: str, path: Path) -> str | None:
    """The format ``path``'s suffix names when that is not ``fmt``'s; None when they agree or the suffix
    is unknown or missing (a name like ``report`` or ``a.bak`` is the user's business)."""
    named = format_for(path)
    if named is None or Path(path).suffix.lower() in suffixes(fmt):
        return None
    return named


def write_export(
    articles: Sequence[dict],
    fmt: str,
    path: Path,
    *,
    force: bool = False,
    progress: Progress = no_progress,
    cancel: CancelToken = NEVER,
    options: ExportOptions | None = None,
) -> Path:
    """Write ``articles`` as ``fmt`` to ``path`` atomically and return the path written.

    Raises :class:`ExportError` for an unknown format, an empty selection, an existing file without
    ``force``, or a missing/unwritable folder; :class:`~gazette_reader.errors.Cancelled` when ``cancel``
    fires (the target is then untouched). Progress is reported once per article. ``options`` shape the
    document (layout, order, 大事记 sources and edits); the defaults suit a chronicle office.
    """
    path = Path(path)
    writer = _writer(fmt)
    real = _validate(articles, path, force)
    clean_stale_parts(real)
    part = Part(real)
    try:
        writer(articles, part.path, Steps(len(articles), progress, cancel, options=options or ExportOptions()))
        cancel.check()
        _move_into_place(part.path, real, force, shown=path)
    except OSError as exc:
        release_writer_files(exc)
        raise ExportError(f"Could not write {path}: {exc.strerror or exc}.",
                          zh=f"无法写入 {path}：{exc.strerror or exc}。") from exc
    finally:
        part.close()
    return path


def _writer(fmt: str) -> Writer:
    """The writer function for a format name, or a clear error listing the known ones."""
    if fmt not in _WRITERS:
        raise ExportError(f"Unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}.",
                          zh=f"没有 {fmt!r} 这种导出格式，可选：{'、'.join(FORMATS)}。")
    module_name, function = _WRITERS[fmt]
    module = importlib.import_module(f"{__name__}.{module_name}")
    return getattr(module, function)


def _validate(articles: Sequence[dict], path: Path, force: bool) -> Path:
    """Refuse, before any work, everything the user can fix: empty selection, bad or taken target.

    Returns the file to write: ``path`` with symlinks followed (:func:`target.resolve_target`)."""
    if not articles:
        raise ExportError("Nothing to export: select at least one article first.", zh="没有可导出的内容：请先选择至少一篇文章。")
    return resolve_target(path, force)


def _move_into_place(tmp: Path, path: Path, force: bool, *, shown: Path) -> None:
    """Move the finished file to ``path``; without ``force``, never replace a file that appeared meanwhile.

    ``os.link`` fails if the target exists, which closes the gap between the check in :func:`_validate`
    and the move; file systems without hard links fall back to a second check and ``os.replace``.
    """
    if force:
        refuse_special(path, shown=shown)  # a FIFO or device put there while the export was written
        os.replace(tmp, path)
        return
    try:
        os.link(tmp, path)
    except FileExistsError as exc:
        raise exists_error(shown) from exc
    except OSError:
        if os.path.lexists(path):
            raise exists_error(shown) from None
        os.replace(tmp, path)


__all__ = ["FORMATS", "ExportOptions", "format_for", "name_mismatch", "suffixes", "write_export"]
