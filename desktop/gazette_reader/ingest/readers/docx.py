"""Word ``.docx`` → :class:`Document`, with python-docx.

Paragraphs and tables come in document order (``iter_inner_content``; ``doc.paragraphs`` would skip the
tables). A paragraph is a headline when its style says so (Title, Heading n, 标题 n) or, in a file made
with direct formatting, when its effective font size (run → character style → paragraph style chain →
document defaults) is at least :data:`HEADLINE_RATIO` times the body's, or every run of a short line
without a sentence end is bold. Headers and footers are page furniture.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterator

from gazette_reader.errors import DecodeError
from gazette_reader.ingest.readers.model import BODY, FURNITURE, HEADING, Block, Document

HEADLINE_RATIO = 1.15
_HEADING_STYLE_RE = re.compile(r"^(title|subtitle|heading\s*\d|标题\s*\d?|副标题)$", re.IGNORECASE)
_MAX_BOLD_HEADLINE = 60
_SENTENCE_END = tuple("。！？；：")


def read_docx(data: bytes) -> Document:
    """Read a .docx file's bytes or raise :class:`DecodeError` with a one-line reason."""
    import docx  # python-docx: imported here so that plain-text imports never pay for it

    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = list(_inner_paragraphs(document))
        furniture = list(_furniture(document))
    except Exception as exc:  # zip, XML or package errors of a damaged file: all mean "cannot read"
        raise DecodeError(f"not a readable Word .docx file ({type(exc).__name__}: {exc})",
                          zh=f"无法读取 Word .docx 文件（{type(exc).__name__}：{exc}）") from None
    default = _default_size(document)
    styled = [(p, text, _size(p, default), _all_bold(p)) for p, text in paragraphs]
    body = _body_size(styled)
    blocks = [Block(text, _kind(p, text, size, bold, body), size=size, bold=bold) for p, text, size, bold in styled]
    return Document(furniture + blocks, "docx")


def _inner_paragraphs(document) -> Iterator[tuple[object, str]]:
    """(paragraph, text) in order; a table row becomes one line, its cells separated by a wide space."""
    for item in document.iter_inner_content():
        if hasattr(item, "rows"):
            for row in item.rows:
                cells = [cell.text.strip() for cell in row.cells]
                if any(cells):
                    yield None, "\u3000".join(_unique(cells))
        elif item.text.strip():
            yield item, item.text.strip()


def _unique(cells: list[str]) -> list[str]:
    """A merged cell is repeated once per grid column by python-docx: keep it once."""
    out: list[str] = []
    for cell in cells:
        if not out or cell != out[-1]:
            out.append(cell)
    return out


def _furniture(document) -> Iterator[Block]:
    seen: set[str] = set()
    for section in document.sections:
        for part in (section.header, section.footer):
            if part.is_linked_to_previous and seen:
                continue
            for paragraph in part.paragraphs:
                if paragraph.text.strip() and paragraph.text not in seen:
                    seen.add(paragraph.text)
                    yield Block(paragraph.text.strip(), FURNITURE)


def _default_size(document) -> float | None:
    """The document default run size (``w:docDefaults``), which python-docx does not expose."""
    from docx.oxml.ns import qn

    defaults = document.styles.element.find(qn("w:docDefaults"))
    size = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:sz')}") if defaults is not None else None
    return int(size.get(qn("w:val"))) / 2 if size is not None else None


def _size(paragraph, default: float | None) -> float | None:
    """The paragraph's most common effective run size in points (weighted by characters)."""
    if paragraph is None:
        return default
    sizes: Counter[float] = Counter()
    for run in paragraph.runs:
        if run.text.strip():
            size = _run_size(run, paragraph) or default
            if size:
                sizes[size] += len(run.text)
    return sizes.most_common(1)[0][0] if sizes else _style_value(paragraph.style, "size") or default


def _run_size(run, paragraph) -> float | None:
    if run.font.size is not None:
        return run.font.size.pt
    character_style = run.style if run.style is not None and run.style.name != "Default Paragraph Font" else None
    size = _style_value(character_style, "size") if character_style is not None else None
    return size or _style_value(paragraph.style, "size")


def _style_value(style, name: str):
    """A font attribute through the style chain (a style that leaves it unset inherits its base's)."""
    while style is not None:
        value = getattr(style.font, name, None)
        if value is not None:
            return value.pt if name == "size" else value
        style = style.base_style
    return None


def _all_bold(paragraph) -> bool:
    if paragraph is None:
        return False
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(_run_bold(run, paragraph) for run in runs)


def _run_bold(run, paragraph) -> bool:
    if run.bold is not None:
        return run.bold
    if run.style is not None and (bold := _style_value(run.style, "bold")) is not None:
        return bold
    return bool(_style_value(paragraph.style, "bold"))


def _body_size(styled: list) -> float | None:
    """The size most characters are set in: the body text's."""
    sizes: Counter[float] = Counter()
    for _p, text, size, _bold in styled:
        if size:
            sizes[size] += len(text)
    return sizes.most_common(1)[0][0] if sizes else None


def _kind(paragraph, text: str, size: float | None, bold: bool, body: float | None) -> str:
    if paragraph is not None and _HEADING_STYLE_RE.match((paragraph.style.name or "").strip()):
        return HEADING
    if size and body and size >= HEADLINE_RATIO * body:
        return HEADING
    if bold and len(text) <= _MAX_BOLD_HEADLINE and not text.endswith(_SENTENCE_END):
        return HEADING
    return BODY
