"""HTML export: one standalone, escaped, UTF-8 page with a table of contents and a CJK font stack.

Everything from the library is escaped with :func:`html.escape` (titles come from PDF text and may
contain anything, ``<script>`` included). The CSS names the usual CJK fonts of Windows, macOS and Linux
so the page reads well everywhere without shipping a web font, and prints with page breaks per article.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
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
from gazette_reader.export.markdown_writer import anchor

SERIF_STACK = '"Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, "宋体", serif'
SANS_STACK = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", SimHei, sans-serif'

CSS = f"""
body {{ font-family: {SERIF_STACK}; line-height: 1.8; max-width: 46em; margin: 2em auto; padding: 0 1em;
       color: #222; }}
h1, h2, h3, nav {{ font-family: {SANS_STACK}; }}
p.body {{ text-indent: 2em; margin: 0.4em 0; }}
p.meta {{ color: #666; font-size: 0.9em; }}
p.tags {{ font-size: 0.9em; }}
article {{ border-top: 1px solid #ccc; margin-top: 2em; }}
@media print {{ article {{ page-break-before: always; }} nav {{ page-break-after: always; }} }}
"""


def html_document(articles: Sequence[Article], steps: Steps | None = None) -> str:
    """The whole export as an HTML5 page."""
    steps = steps or Steps(len(articles))
    heading = f"文章汇编（{count(articles)}）"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(heading)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{escape(heading)}</h1>",
        _table_of_contents(articles),
    ]
    parts += [article_html(a, n) for n, a in enumerate(steps.each(articles), start=1)]
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def _table_of_contents(articles: Sequence[Article]) -> str:
    """An ordered list of links to every article."""
    items = "\n".join(
        f'<li><a href="#{anchor(n)}">{escape(title_of(a))}</a></li>' for n, a in enumerate(articles, start=1)
    )
    return f'<nav>\n<h2>目录</h2>\n<ol>\n{items}\n</ol>\n</nav>'


def article_html(article: Article, position: int) -> str:
    """One ``<article>``: heading, subtitle/kicker, metadata, body paragraphs, tag lines."""
    parts = [f'<article id="{anchor(position)}">', f"<h2>{escape(title_of(article))}</h2>"]
    for extra in (article.get("kicker"), article.get("subtitle")):
        if extra:
            parts.append(f"<h3>{escape(clean(extra))}</h3>")
    meta = metadata_line(article)
    if meta:
        parts.append(f'<p class="meta">{escape(meta)}</p>')
    parts += [f'<p class="body">{escape(text)}</p>' for text in paragraphs(article)]
    parts += [f'<p class="tags"><b>{label}</b>：{escape(text)}</p>' for label, text in tag_lines(article)]
    parts.append("</article>")
    return "\n".join(parts)


def write_html(articles: Sequence[Article], path: Path, steps: Steps) -> None:
    """Write the page as UTF-8."""
    path.write_text(html_document(articles, steps), encoding="utf-8")
