"""Markdown export: a standalone document with a linked table of contents.

Headings get explicit ``<a id="art-N">`` anchors because renderers disagree on how they slug CJK headings
(GitHub keeps the characters, others drop them); numbering by position also keeps anchors unique when the
same article is selected twice. Text is escaped so that a ``*`` or ``<script>`` in a headline stays text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

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

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~&])")
_BULLET = re.compile(r"^([^\S\n]*)([-+=])", re.M)
_ORDERED = re.compile(r"^([^\S\n]*\d+)([.)])", re.M)
"""A line's indent is white space short of a newline: ``\\s*`` from each line start ran over a whole blank
stretch below it (a body with 20,000 blank lines took 8 s)."""


def escape(text: str) -> str:
    """Backslash-escape Markdown syntax (CommonMark lets any ASCII punctuation be escaped)."""
    text = _SPECIAL.sub(r"\\\1", text)
    text = _BULLET.sub(r"\1\\\2", text)
    return _ORDERED.sub(r"\1\\\2", text)


def anchor(position: int) -> str:
    """The anchor id of the article at ``position`` (1-based) in the selection."""
    return f"art-{position}"


def markdown_document(articles: Sequence[Article], steps: Steps | None = None) -> str:
    """The whole export as Markdown text."""
    steps = steps or Steps(len(articles))
    lines = [f"# 文章汇编（{count(articles)}）", "", "## 目录", ""]
    lines += [f"{n}. [{escape(title_of(a))}](#{anchor(n)})" for n, a in enumerate(articles, start=1)]
    lines.append("")
    for n, article in enumerate(steps.each(articles), start=1):
        lines += article_markdown(article, n)
    return "\n".join(lines)


def article_markdown(article: Article, position: int) -> list[str]:
    """One article's lines: anchored heading, subtitle, metadata, body paragraphs, tag lines."""
    lines = [f'<a id="{anchor(position)}"></a>', "", f"## {escape(title_of(article))}", ""]
    for extra in (article.get("kicker"), article.get("subtitle")):
        if extra:
            lines += [f"**{escape(clean(extra))}**", ""]
    meta = metadata_line(article)
    if meta:
        lines += [f"*{escape(meta)}*", ""]
    for text in paragraphs(article):
        lines += [escape(text), ""]
    for label, text in tag_lines(article):
        lines += [f"**{label}**：{escape(text)}", ""]
    return lines


def write_markdown(articles: Sequence[Article], path: Path, steps: Steps) -> None:
    """Write the Markdown document as UTF-8."""
    path.write_text(markdown_document(articles, steps), encoding="utf-8")
