"""PDF export (reportlab Platypus): readable Chinese, selectable text, one outline entry per article.

Text is laid out with ``wordWrap="CJK"`` so lines can break between any two Chinese characters while
keeping punctuation rules, in the CJK font from :mod:`pdf_fonts` (embedded as a subset, so the text is
extractable with ``pdftotext``). Layout happens inside ``doc.build``, which is where the time goes, so
progress and cancellation are driven from there: a zero-size marker after each article reports it done
when reportlab draws it, and checks the cancel token.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer
from reportlab.lib import textsplit as _rl_textsplit
from reportlab.platypus import paragraph as _rl_paragraph

from gazette_reader.export.common import (
    Article,
    Steps,
    clean,
    count,
    metadata_line,
    paragraphs,
    tag_lines,
    title_of,
)
from gazette_reader.export.pdf_fonts import cjk_font

CHINESE_CANNOT_START = "，；：？！”’》〉」』】…·"
"""Full-width punctuation that must not begin a line (GB/T 15834 / 禁则).

reportlab's CJK line breakers (``textsplit.dumbSplit`` for single-style paragraphs, ``cjkFragSplit`` for
mixed ones) let a character that may not start a line hang in the margin instead, but their list
(``ALL_CANNOT_START``, written for Japanese) lacks the Chinese full-width comma, semicolon, colon,
question and exclamation marks and closing quotes, so lines began with ``，``. Extending the module global
globals is the only hook reportlab offers; it is idempotent and only affects CJK wrapping.
"""


def _teach_line_breaking() -> None:
    """Add the missing Chinese punctuation to reportlab's cannot-start-a-line sets (once)."""
    for module in (_rl_textsplit, _rl_paragraph):
        missing = "".join(c for c in CHINESE_CANNOT_START if c not in module.ALL_CANNOT_START)
        module.ALL_CANNOT_START += missing


_teach_line_breaking()


def _styles(font: str) -> dict[str, ParagraphStyle]:
    """Paragraph styles for the document title, article headings, metadata, body and tags."""
    base = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=18, wordWrap="CJK", firstLineIndent=21)
    return {
        "title": ParagraphStyle("title", base, fontSize=20, leading=28, alignment=TA_CENTER, firstLineIndent=0,
                                spaceAfter=12),
        "heading": ParagraphStyle("heading", base, fontSize=15, leading=22, firstLineIndent=0, spaceBefore=14,
                                  spaceAfter=6, keepWithNext=1),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=12, leading=18, firstLineIndent=0, keepWithNext=1),
        "meta": ParagraphStyle("meta", base, fontSize=9, leading=14, firstLineIndent=0, textColor="#555555",
                               spaceAfter=6, keepWithNext=1),
        "body": base,
        "tags": ParagraphStyle("tags", base, fontSize=9.5, leading=15, firstLineIndent=0),
    }


class _Heading(Paragraph):
    """An article heading that also adds a PDF bookmark (outline entry) pointing at itself."""

    def __init__(self, text: str, style: ParagraphStyle, key: str) -> None:
        super().__init__(escape(text), style)
        self._outline = (text, key)

    def draw(self) -> None:
        """Override Paragraph.draw: bookmark this position, then draw the text."""
        text, key = self._outline
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=0)
        super().draw()


class _Done(Flowable):
    """Zero-size marker after an article: reports it done and polls cancellation when drawn."""

    def __init__(self, article: Article, steps: Steps) -> None:
        super().__init__()
        self.article, self.steps = article, steps
        self.width = self.height = 0

    def draw(self) -> None:
        """Override Flowable.draw: nothing visible, only progress and cancellation."""
        self.steps.cancel.check()
        self.steps.advance(self.article)


def article_flowables(article: Article, position: int, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Heading, kicker/subtitle, metadata, body paragraphs and tag lines of one article."""
    story: list[Flowable] = [_Heading(title_of(article), styles["heading"], f"art{position}")]
    story += [Paragraph(escape(clean(x)), styles["subtitle"]) for x in (article.get("kicker"),
                                                                          article.get("subtitle")) if x]
    meta = metadata_line(article)
    if meta:
        story.append(Paragraph(escape(meta), styles["meta"]))
    story += [Paragraph(escape(text), styles["body"]) for text in paragraphs(article)]
    story += [Paragraph(f"{label}：{escape(text)}", styles["tags"]) for label, text in tag_lines(article)]
    return story


def write_pdf(articles: Sequence[Article], path: Path, steps: Steps) -> None:
    """Lay out every article in selection order on A4 pages with page numbers."""
    font = cjk_font()
    styles = _styles(font.name)
    story: list[Flowable] = [Paragraph(f"文章汇编（{count(articles)}）", styles["title"]), Spacer(1, 6 * mm)]
    for position, article in enumerate(articles, start=1):
        steps.cancel.check()
        story += article_flowables(article, position, styles)
        story.append(_Done(article, steps))
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
        bottomMargin=20 * mm, title="文章汇编", creator="Gazette Reader",
    )
    footer = _footer(font.name)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def _footer(font: str) -> Callable[[Canvas, SimpleDocTemplate], None]:
    """A page callback drawing the page number centred at the foot of the page."""

    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"— {doc.page} —")
        canvas.restoreState()

    return draw
