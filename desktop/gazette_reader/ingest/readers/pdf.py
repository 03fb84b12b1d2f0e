"""PDF with a text layer → :class:`Document`, with pypdfium2 (PDFium; Apache-2.0/BSD).

Only the characters are taken from the file — each with its box, baseline, size, weight and render
mode — and the reading order is made here (:mod:`.layout`). Headlines are told by size (≥ 1.15 × the
body's), and by the file's bookmarks where it has them. Running heads and page numbers are furniture:
a line in the top or bottom margin that looks like a page number, or whose text (digits aside) stands at
the same height on several pages.

A PDF without a text layer (a scan), or whose text has no Unicode mapping, is read by OCR when the
``[ocr]`` extra is installed (:mod:`.ocr`; the source's encoding says ``pdf (ocr)``) and refused with a
reason that names the extra otherwise.
"""

from __future__ import annotations

import ctypes
import math
import re
from collections import Counter
from collections.abc import Iterator

from gazette_reader.errors import DecodeError
from gazette_reader.ingest.readers.layout import (HEADLINE_RATIO, Char, Line, body_size, flowed_paragraphs,
                                                  lines_of, reading_order)
from gazette_reader.ingest.readers.model import (BODY, FURNITURE, HEADING, Block, Document, PageStep, join_lines,
                                                 tighten)

MARGIN = 0.08
"""Share of the page height at the top and at the bottom where running heads and page numbers stand."""
_PAGE_NUMBER_RE = re.compile(r"^[\s\-–—·•()（）第页Pp.]*\d{1,4}[\s\-–—·•()（）页/共\d]*$")
_DIGITS_RE = re.compile(r"\d+")
_LATIN_WORD_RE = re.compile(r"[!-~]+")
_SENTENCE_END_RE = re.compile(r"[。！？!?][”’」』）)]*$")
_WRAP_ROOM = 2.0
"""How short of the right margin (in type sizes) a printed line may stop and still have been wrapped
there: a CJK line stops a character or two short where an opening mark may not end a line."""
_BOLD_WEIGHT = 600
_FILL_STROKE = 2
"""Text render mode 2 (fill, then stroke): how producers fake bold with a regular font."""
OCR_HINT = ("this PDF has no text layer (it is a scan); install the OCR extra to read it: "
            "pip install 'gazette-reader[ocr]'")
OCR_HINT_ZH = "这个 PDF 没有文字层（是扫描件）；请安装 OCR 扩展后再导入：pip install 'gazette-reader[ocr]'"


def _no_step(done: int, pages: int) -> None:
    """The default :data:`PageStep`: nobody is watching."""


def read_pdf(data: bytes, on_page: PageStep = _no_step) -> Document:
    """Read a PDF's bytes or raise :class:`DecodeError` with a one-line reason; ``on_page`` hears of
    every page read (twice for a scan: its text layer, quickly, then OCR, 12–20 s a page)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise DecodeError(f"not a readable PDF file ({exc})", zh=f"无法读取 PDF 文件（{exc}）") from None
    try:
        page_lines, widths, found = [], [], Counter()
        for n in range(len(pdf)):
            chars = page_chars(pdf[n])
            found.update(_char_kinds(chars))
            width, height = pdf.get_page_size(n)
            page_lines.append((lines_of(chars), height))
            widths.append(width)
            on_page(n + 1, len(pdf))
        if not _has_unicode_text(found):
            return _scanned(pdf, found["all"] > 0, on_page)
        marks = _bookmarks(pdf)
    finally:
        pdf.close()
    return Document(list(blocks_of(page_lines, marks, widths)), "pdf", {"pages": str(len(page_lines))})


def _scanned(pdf, has_chars: bool, on_page: PageStep) -> Document:
    """A PDF without usable text: read by OCR when the extra is installed, else refused naming it."""
    from gazette_reader.ingest.readers import ocr

    if not ocr.available():
        if has_chars:
            raise DecodeError("this PDF's text has no Unicode mapping (its characters cannot be read); " + OCR_HINT,
                              zh="这个 PDF 的文字没有 Unicode 映射，无法读出；" + OCR_HINT_ZH)
        raise DecodeError(OCR_HINT, zh=OCR_HINT_ZH)
    page_lines = []
    for n in range(len(pdf)):
        page_lines.append(ocr.page_lines(pdf[n]))
        on_page(n + 1, len(pdf))
    return Document(list(blocks_of(page_lines, {})), "pdf (ocr)", {"pages": str(len(pdf)), "ocr": "rapidocr"})


def page_chars(page) -> list[Char]:
    """The page's characters with their geometry (origin top left), generated spaces left out."""
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        height = page.get_height()
        handle = textpage.raw
        box, matrix = raw.FS_RECTF(), raw.FS_MATRIX()
        x, y = ctypes.c_double(), ctypes.c_double()
        chars = []
        for i in range(raw.FPDFText_CountChars(handle)):
            code = raw.FPDFText_GetUnicode(handle, i)
            if code <= 32 or code in (0xA0, 0x3000, 0xFFFE, 0xFFFF) or raw.FPDFText_IsGenerated(handle, i) == 1:
                continue
            raw.FPDFText_GetLooseCharBox(handle, i, box)
            raw.FPDFText_GetCharOrigin(handle, i, x, y)
            raw.FPDFText_GetMatrix(handle, i, matrix)  # the size as set is scaled by the text and page matrices
            size = raw.FPDFText_GetFontSize(handle, i) * math.hypot(matrix.c, matrix.d) or (box.top - box.bottom)
            chars.append(Char(chr(code), box.left, height - box.top, box.right, height - box.bottom,
                              height - y.value, size, _bold(raw, handle, i)))
        return chars
    finally:
        textpage.close()
        page.close()


def _bold(raw, handle, index: int) -> bool:
    if raw.FPDFText_GetFontWeight(handle, index) >= _BOLD_WEIGHT:
        return True
    text_object = raw.FPDFText_GetTextObject(handle, index)
    return bool(text_object) and raw.FPDFTextObj_GetTextRenderMode(text_object) == _FILL_STROKE


def _bookmarks(pdf) -> dict[int, set[str]]:
    """Bookmark titles by page number (1-based), without spaces; a bookmark names a headline."""
    marks: dict[int, set[str]] = {}
    try:
        for item in pdf.get_toc(max_depth=8):
            index = item.get_dest().get_index() if item.get_dest() is not None else None
            if index is not None and item.get_title():
                marks.setdefault(index + 1, set()).add(_key(item.get_title()))
    except Exception:  # a damaged outline is no reason to refuse the text
        return marks
    return marks


def _key(text: str) -> str:
    return "".join(text.split())


def _char_kinds(chars: list[Char]) -> Counter[str]:
    """How many characters a page has: in all, readable ones, CJK ones."""
    kinds: Counter[str] = Counter(all=len(chars))
    for char in chars:
        code = char.text
        kinds["readable"] += code.isprintable() and not 0xE000 <= ord(code) <= 0xF8FF
        kinds["cjk"] += "\u3400" <= code <= "\u9fff"
    return kinds


def _has_unicode_text(kinds: Counter[str]) -> bool:
    """Text whose characters map to nothing readable (private-use codes, no CJK in a long text) is
    as good as a scan."""
    total = kinds["all"]
    return total > 0 and kinds["readable"] * 2 >= total and (kinds["cjk"] > 0 or total < 200)


def blocks_of(pages: list[tuple[list[Line], float]], marks: dict[int, set[str]],
              widths: list[float] | None = None) -> Iterator[Block]:
    """Every page's furniture and paragraphs in reading order, headlines marked; a paragraph that runs
    on over a page break is one block (on the page it starts on). ``widths``: the pages' widths, for a
    text layer, which may be a text printed as is (:func:`_plain_print`); OCR's lines never are (their
    sizes are measured, not set)."""
    page_lines = [lines for lines, _height in pages]
    body = body_size([ln for lines in page_lines for ln in lines])
    furniture = _furniture(page_lines, [height for _lines, height in pages])
    pieces: list[list[Line]] = []
    page_of: dict[int, int] = {}
    for number, lines in enumerate(page_lines, start=1):
        for piece in reading_order([ln for ln in lines if id(ln) not in furniture], body):
            pieces.append(piece)
            page_of.update((id(ln), number) for ln in piece)
    body_lines = [ln for piece in pieces for ln in piece]
    plain = bool(widths and body_lines) and not marks and _plain_print(body_lines, body)
    edge = max(widths) - min(ln.x0 for ln in body_lines) if plain else 0.0
    shown = 0
    for paragraph in flowed_paragraphs(pieces, body, plain=plain):
        number = page_of[id(paragraph.lines[0])]
        for page in range(shown + 1, number + 1):
            yield from _furniture_blocks(page_lines[page - 1], furniture, page)
        shown = max(shown, number)
        heading = paragraph.size >= HEADLINE_RATIO * body or _key(paragraph.text) in marks.get(number, ())
        text = _printed(paragraph.lines, edge) if plain else paragraph.text
        yield Block(tighten(text), HEADING if heading else BODY, number, paragraph.box,
                    round(paragraph.size, 1), paragraph.bold, plain)
    for page in range(shown + 1, len(page_lines) + 1):
        yield from _furniture_blocks(page_lines[page - 1], furniture, page)


def _plain_print(lines: list[Line], body: float) -> bool:
    """Text printed as is (a .txt through a word processor or a printer driver): every line in the
    body's size and none bold. Such a page has no headline by type and no paragraph by indent, only the
    author's line ends and blank lines, so they are kept and the splitters read the lines as text."""
    return all(abs(line.size - body) <= 0.05 * body and not line.bold for line in lines)


def _printed(lines: tuple[Line, ...], edge: float) -> str:
    """A plain print's lines as the text had them: a line that runs to the right margin ``edge`` (as
    far from the page's right side as the leftmost line from its left) was wrapped by the printer, too
    long for the page, and is joined with the next, unless it ends a sentence (a paragraph that filled
    its last line to the margin is likelier than a wrap right after a full stop); any other line end is
    the author's."""
    out = [lines[0].text]
    for before, line in zip(lines, lines[1:]):
        if edge - before.x1 < max(_WRAP_ROOM * before.size, _first_word(line.text) * 0.6 * line.size) \
                and not _SENTENCE_END_RE.search(before.text):
            out[-1] = join_lines(out[-1] + "\n" + line.text)
        else:
            out.append(line.text)
    return "\n".join(out)


def _first_word(text: str) -> int:
    """How many characters the line's first Latin word has (a printer wraps Latin at word spaces)."""
    word = _LATIN_WORD_RE.match(text)
    return len(word.group()) if word else 1


def _furniture_blocks(lines: list[Line], furniture: set[int], page: int) -> Iterator[Block]:
    for line in lines:
        if id(line) in furniture:
            yield Block(line.text, FURNITURE, page, (line.x0, line.top, line.x1, line.bottom), line.size)


def _furniture(page_lines: list[list[Line]], heights: list[float]) -> set[int]:
    """Ids of the lines that are running heads or page numbers (see the module docstring)."""
    margin_lines = [[ln for ln in lines if _in_margin(ln, height)] for lines, height in zip(page_lines, heights)]
    repeated = Counter(key for lines in margin_lines for key in {_repeat_key(ln) for ln in lines})
    found = set()
    for lines in margin_lines:
        for line in lines:
            if _PAGE_NUMBER_RE.match(line.text) or (len(page_lines) > 1 and repeated[_repeat_key(line)] >= 2):
                found.add(id(line))
    return found


def _in_margin(line: Line, height: float) -> bool:
    return line.bottom <= MARGIN * height or line.top >= (1 - MARGIN) * height


def _repeat_key(line: Line) -> tuple[str, int]:
    """A running head is the same text (page numbers aside) at the same height, within 3 points."""
    return _DIGITS_RE.sub("#", _key(line.text)), round(line.top / 3)
