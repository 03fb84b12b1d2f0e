"""The document model every reader produces: blocks of text in reading order.

A block is a paragraph, a headline or a piece of page furniture, with what the format knows of it: the
page it stands on, its box on that page (points, origin top left), its font size and weight. Plain text
is the model without styles.

The splitters read line-structured text, so for now a document is *rendered*: each block becomes one
line (a headline's wrapped lines joined, a body paragraph's too; a block whose line breaks are the text's own
keeps them), blocks are separated by a blank line
and furniture (running heads, page numbers, site navigation) is dropped. The rendered text is what the
library stores as the source (so ``reparse`` needs no original file) and what the no-loss invariant is
checked against; the page of each offset is kept in :attr:`Rendered.page_starts`.
"""

from __future__ import annotations

import bisect
import hashlib
from functools import cached_property
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from gazette_reader.ingest.decode import normalize_newlines

HEADING, BODY, FURNITURE = "heading", "body", "furniture"
PageStep = Callable[[int, int], None]
"""Called with ``(pages read, pages)`` after each page of a paged file: the importer's progress and
Cancel (it may raise :class:`~gazette_reader.errors.Cancelled`, which ends the reading between pages)."""

_CJK = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_DIGIT_GAP_RE = re.compile(rf"(?<=[{_CJK}])[ \u00a0]+(?=[0-9])|(?<=[0-9])[ \u00a0]+(?=[{_CJK}])")


@dataclass(frozen=True)
class Block:
    """One paragraph, headline or furniture item. ``text`` may hold the block's own line breaks
    (a PDF paragraph's wrapped lines); rendering joins them."""

    text: str
    kind: str = BODY
    page: int | None = None
    """1-based page number, where the format has pages."""
    box: tuple[float, float, float, float] | None = None
    """(x0, top, x1, bottom) in points on the page."""
    size: float | None = None
    """Font size in points (the block's most common)."""
    bold: bool = False
    kept_lines: bool = False
    """Whether the block's line breaks are the text's own (a PDF printed from plain text), kept when
    rendering, rather than the typesetter's wraps, joined."""


@dataclass
class Document:
    """A read file: its blocks in reading order and what the format said about itself."""

    blocks: list[Block]
    format: str
    """``docx``, ``pdf``, ``html`` … and for text-bearing formats the encoding (``html (gb18030)``)."""
    meta: dict[str, str] = field(default_factory=dict)
    """What the file declares (web page ``ArticleTitle``/``PubDate``/``ContentSource``, PDF bookmarks …)."""


@dataclass(frozen=True)
class Rendered:
    """A document as the line-structured text the splitters read, with the page of every offset."""

    text: str
    encoding: str
    page_starts: tuple[tuple[int, int], ...] = ()
    """(offset, page) where each page's text starts, in order; empty for formats without pages."""
    headline_sizes: tuple[tuple[int, float], ...] = ()
    """(offset, type size in points) of each headline line, for formats that set type (PDF, Word):
    the splitters read a headline's decks by size (the biggest is the title, :func:`parse_text`'s
    ``sizes``). Stored with the source, so a re-parse reads the decks the same way."""

    @cached_property
    def text_sha256(self) -> str:
        """Hash of the text: how a re-import is recognised (as for :class:`~ingest.decode.Decoded`)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def join_lines(text: str) -> str:
    """A block's wrapped lines as one line: CJK lines join without a space, Latin words with one."""
    parts = [part.strip() for part in text.split("\n") if part.strip()]
    joined = ""
    for part in parts:
        latin = joined and joined[-1].isascii() and joined[-1].isalnum() and part[0].isascii() and part[0].isalnum()
        joined += (" " if latin else "") + part
    return joined


def tighten(text: str) -> str:
    """Without the spaces PDF producers put between digits and CJK (``4 月 21 日`` → ``4月21日``);
    spaces between CJK words (``郑好豫见 上街有礼``) are the author's and stay."""
    return _DIGIT_GAP_RE.sub("", text)


def _lines(block: Block) -> str:
    """A block's text as the lines it renders to: one, or the block's own where they are kept."""
    if block.kept_lines:
        return "\n".join(part.strip() for part in block.text.split("\n") if part.strip())
    return join_lines(block.text)


def render(document: Document) -> Rendered:
    """The document as text: one line per block, a blank line between blocks, furniture dropped."""
    out: list[str] = []
    starts: list[tuple[int, int]] = []
    sizes: list[tuple[int, float]] = []
    offset = 0
    for block in document.blocks:
        line = normalize_newlines(_lines(block)).strip() if block.kind != FURNITURE else ""
        if not line:
            continue
        if block.page is not None and (not starts or starts[-1][1] != block.page):
            starts.append((offset, block.page))
        if block.kind == HEADING and block.size:
            sizes.append((offset, round(block.size, 1)))
        out.append(line)
        offset += len(line) + 2
    return Rendered("\n\n".join(out) + "\n" if out else "", document.format, tuple(starts), tuple(sizes))


def pages_of(span: tuple[int, int], page_starts: tuple[tuple[int, int], ...] | list) -> tuple[int, int] | None:
    """The first and last page a character span of the rendered text lies on; None without pages."""
    if not page_starts:
        return None
    offsets = [start for start, _ in page_starts]
    first = page_starts[max(0, bisect.bisect_right(offsets, span[0]) - 1)][1]
    last = page_starts[max(0, bisect.bisect_right(offsets, max(span[0], span[1] - 1)) - 1)][1]
    return first, last
