"""PDF pages made with reportlab for the tests: the bulletin 001 as a one-column A4 booklet and the
newspaper page 002 in three columns; every glyph's place is computed here, so the same page can be
drawn line by line or character by character in a shuffled order."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A3, A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from tests.unit.ingest.readers.makedocs import bulletin_paragraphs, seed_parse

FONT = "WQY"
FONT_FILE = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
RUNNING_HEAD = "上街区简报　2020年第4期"


def _font() -> str:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, FONT_FILE, subfontIndex=0))
    return FONT


@dataclass
class Run:
    """Text drawn on one baseline: ``y`` from the top of the page."""

    text: str
    x: float
    y: float
    size: float
    bold: bool = False


@dataclass
class Page:
    runs: list[Run] = field(default_factory=list)
    bookmarks: list[tuple[str, int]] = field(default_factory=list)


def width(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, _font(), size)


def wrap(text: str, room: float, size: float, indent: float = 0) -> list[str]:
    """Character-level wrapping, as CJK typesetting does; a line's first may be indented."""
    lines, line, used = [], "", indent
    for char in text:
        w = width(char, size)
        if line and used + w > room:
            lines.append(line)
            line, used = "", 0
        line += char
        used += w
    return lines + [line] if line else lines


class Flow:
    """Lines set one under another down the pages of a one-column booklet."""

    def __init__(self, size=A4, margin: float = 72, running_head: bool = True) -> None:
        self.width, self.height = size
        self.margin = margin
        self.pages: list[Page] = []
        self.running_head = running_head
        self.new_page()

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = self.margin
        number = len(self.pages)
        if self.running_head and number > 1:
            self.pages[-1].runs.append(Run(RUNNING_HEAD, self.margin, 40, 9))
            label = f"— {number} —"
            self.pages[-1].runs.append(Run(label, (self.width - width(label, 9)) / 2, self.height - 36, 9))

    def add(self, text: str, size: float, *, bold: bool = False, indent: int = 0, centre: bool = False,
            before: float = 0, bookmark: bool = False) -> None:
        room = self.width - 2 * self.margin
        lines = wrap(text, room, size, indent * size)
        if self.y + before + len(lines[:2]) * size * 1.6 > self.height - self.margin:
            self.new_page()
        else:
            self.y += before
        if bookmark:
            self.pages[-1].bookmarks.append((text, len(self.pages) - 1))
        for n, line in enumerate(lines):
            if self.y + size * 1.6 > self.height - self.margin:
                self.new_page()
            x = self.margin + (indent * size if n == 0 else 0)
            if centre:
                x = (self.width - width(line, size)) / 2
            self.pages[-1].runs.append(Run(line, x, self.y + size, size, bold))
            self.y += size * 1.6


def bulletin_pages(*, bookmarks: bool = False) -> list[Page]:
    """Seed 001: a title page, the 目录 with page numbers, then sections and headlines in larger bold
    type over one-column text with first-line indents, a running head and a page number on every page
    after the first."""
    flow = Flow()
    paragraphs = bulletin_paragraphs()
    first_section = next(i for i, (role, _t) in enumerate(paragraphs) if role == "section")
    flow.y = 200
    for _role, text in paragraphs[:first_section]:
        flow.add(text, 20 if text.endswith("月") else 14, bold=True, centre=True, before=12)
    flow.new_page()
    body_start = next(i for i, (role, _t) in enumerate(paragraphs) if role == "headline") - 1
    for n, (role, text) in enumerate(paragraphs[first_section:], start=first_section):
        if n == body_start:
            flow.new_page()
        if n < body_start:
            flow.add(text.replace("\t", " "), 12 if role == "section" else 10.5, bold=role == "section",
                     before=6 if role == "section" else 0)
        elif role == "section":
            flow.add(text, 16, bold=True, before=10, bookmark=bookmarks)
        elif role == "headline":
            flow.add(text, 14, bold=True, centre=True, before=8, bookmark=bookmarks)
        else:
            flow.add(text, 10.5, indent=2)
    return flow.pages


def newspaper_page() -> list[Page]:
    """Seed 002 as one A3 page: five stories stacked, each with its headline across three columns (the
    third with a kicker above it, the first two with a subtitle under it), the text in three balanced
    columns, the byline under the text."""
    page = Page()
    page_width, _height = A3
    margin, gutter, size = 40, 16, 10
    column = (page_width - 2 * margin - 2 * gutter) / 3
    y = margin
    for n, article in enumerate(seed_parse("002").articles):
        heads = [(article.title, 24)]
        if n == 2:
            heads = [("精准对接群众需求 精细提升城市品质", 15), ("区领导督导调研“一环十横十纵”道路综合改造三期工程", 24)]
        if article.subtitle:
            heads.append((article.subtitle, 15))
        for text, head_size in heads:
            for line in wrap(text, page_width - 2 * margin, head_size):
                page.runs.append(Run(line, (page_width - width(line, head_size)) / 2, y + head_size, head_size,
                                     head_size > 20))
                y += head_size * 1.4
        y += 10
        lines: list[tuple[str, int]] = []
        for paragraph in story_paragraphs(article.body):
            lines += [(ln, 2 if k == 0 else 0) for k, ln in enumerate(wrap(paragraph, column, size, 2 * size))]
        lines.append((" ".join(b.raw for b in article.bylines), 0))
        per_column = -(-len(lines) // 3)
        for k, (text, indent) in enumerate(lines):
            col, row = divmod(k, per_column)
            page.runs.append(Run(text, margin + col * (column + gutter) + indent * size, y + (row + 1) * size * 1.4,
                                 size))
        y += per_column * size * 1.4 + 24
    return [page]


def story_paragraphs(body: str) -> list[str]:
    """A seed story's paragraphs: the text parse keeps a break where its column ended mid-sentence."""
    out: list[str] = []
    for piece in body.split("\n"):
        if out and not out[-1].endswith(("。", "！", "？", "”")):
            out[-1] += piece
        else:
            out.append(piece)
    return out


def draw(pages: list[Page], *, size=A4, shuffled: bool = False, seed: int = 7) -> bytes:
    """The pages as a PDF: each run drawn as one string, or (``shuffled``) every glyph drawn on its own
    in a random order. Bold is faked with text render mode 2 (fill and stroke)."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=size)
    font = _font()
    for page in pages:
        glyphs = [g for run in page.runs for g in _glyphs(run)] if shuffled else \
            [(run.text, run.x, run.y, run.size, run.bold) for run in page.runs]
        if shuffled:
            random.Random(seed).shuffle(glyphs)
        for text, x, y, glyph_size, bold in glyphs:
            obj = pdf.beginText()
            obj.setFont(font, glyph_size)
            obj.setTextRenderMode(2 if bold else 0)
            obj.setTextOrigin(x, size[1] - y)
            obj.textOut(text)
            pdf.saveState()  # the render mode is graphics state: it would outlive the text object
            pdf.setLineWidth(0.4)
            pdf.drawText(obj)
            pdf.restoreState()
        for n, (title, _page) in enumerate(page.bookmarks):
            key = f"b{id(page)}_{n}"
            pdf.bookmarkPage(key)
            pdf.addOutlineEntry(title, key, level=0)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _glyphs(run: Run) -> list[tuple[str, float, float, float, bool]]:
    out, x = [], run.x
    for char in run.text:
        if not char.isspace():
            out.append((char, x, run.y, run.size, run.bold))
        x += width(char, run.size)
    return out


def bulletin_pdf(*, shuffled: bool = False, bookmarks: bool = False) -> bytes:
    return draw(bulletin_pages(bookmarks=bookmarks), shuffled=shuffled)


def newspaper_pdf(*, shuffled: bool = False) -> bytes:
    return draw(newspaper_page(), size=A3, shuffled=shuffled)
