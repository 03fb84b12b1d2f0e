"""Readers: one module per file format, each turning a file's bytes into a :class:`~.model.Document`.

:func:`read_bytes` picks the reader by the file's suffix and renders the document to the text the
splitters read (:func:`~.model.render`). Plain text keeps its own path (:mod:`..decode`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from gazette_reader.errors import DecodeError, GazetteError
from gazette_reader.ingest.decode import decode_bytes
from gazette_reader.ingest.readers.model import Document, PageStep, Rendered, render

TEXT_SUFFIXES = (".txt",)
WORD_SUFFIXES = (".docx",)
WEB_SUFFIXES = (".html", ".htm", ".mhtml", ".mht")
PDF_SUFFIXES = (".pdf",)
log = logging.getLogger(__name__)
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + WORD_SUFFIXES + WEB_SUFFIXES + PDF_SUFFIXES
"""Every suffix an import accepts (folders are searched for these)."""


def _reader(suffix: str, on_page: PageStep | None) -> Callable[[bytes], Document] | None:
    if suffix in WORD_SUFFIXES:
        from gazette_reader.ingest.readers.docx import read_docx
        return read_docx
    if suffix in WEB_SUFFIXES:
        from gazette_reader.ingest.readers.html import read_mhtml, read_html
        return read_mhtml if suffix in (".mhtml", ".mht") else read_html
    if suffix in PDF_SUFFIXES:
        from gazette_reader.ingest.readers.pdf import read_pdf
        return (lambda data: read_pdf(data, on_page)) if on_page is not None else read_pdf
    return None


def read_bytes(data: bytes, suffix: str, *, on_page: PageStep | None = None) -> Rendered:
    """A file's bytes as rendered text, by the reader of its suffix (any other suffix is read as text).

    Raises :class:`DecodeError` with a one-line reason for a file that cannot be read. ``on_page``
    hears of each page of a paged file (PDF) read: ``(pages read, pages)``; it may raise
    :class:`~gazette_reader.errors.Cancelled`, which passes through."""
    suffix = suffix.lower()
    if suffix == ".doc":
        raise DecodeError("old Word .doc files cannot be read: open it in Word or LibreOffice and save as .docx",
                          zh="不能读取旧版 Word .doc 文件：请用 Word 或 LibreOffice 打开后另存为 .docx")
    reader = _reader(suffix, on_page)
    if reader is None:
        decoded = decode_bytes(data)
        return Rendered(decoded.text, decoded.encoding)
    if not data.strip():
        raise DecodeError("the file is empty", zh="文件是空的")
    try:
        rendered = render(reader(data))
    except GazetteError:
        raise
    except Exception as exc:  # a reader's bug or a library's surprise costs this file, never the batch
        log.exception("reading a %s file failed", suffix)
        raise DecodeError(f"this {suffix[1:]} file could not be read ({type(exc).__name__}: {exc}); please report it",
                          zh=f"无法读取这个 {suffix[1:]} 文件（{type(exc).__name__}：{exc}），请报告") from None
    if not rendered.text.strip():
        raise DecodeError(f"no text found in this {suffix[1:]} file", zh=f"这个 {suffix[1:]} 文件里没有文字")
    return rendered
