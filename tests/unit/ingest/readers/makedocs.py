"""Test documents made from the seed gazettes: the bulletin 001 as .docx, PDF pages (reportlab)."""

from __future__ import annotations

import io
import re
from functools import lru_cache

from gazette_reader.ingest.model import ParsedIssue
from gazette_reader.ingest.parse import parse_text
from tests.conftest import seed

_PAGE_REF_RE = re.compile(r"\.{2,}\s*\d+$")


@lru_cache(maxsize=None)
def seed_text(prefix: str) -> str:
    return seed(prefix).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def seed_parse(prefix: str) -> ParsedIssue:
    return parse_text(seed_text(prefix))


def bulletin_paragraphs() -> list[tuple[str, str]]:
    """Seed 001 as (role, text) paragraphs: ``title`` (cover), ``section``, ``headline``, ``body``.

    A table-of-contents entry wrapped over two lines in the text is one paragraph, as in a Word file."""
    issue = seed_parse("001")
    sections = {a.section for a in issue.articles}
    lines = [ln.strip() for ln in seed_text("001").split("\n")]
    first_section = next(i for i, ln in enumerate(lines) if ln in sections)
    body_start = _body_start(lines, issue)
    out: list[tuple[str, str]] = []
    pending = ""
    for i, line in enumerate(lines):
        if not line:
            continue
        if i < body_start and i > first_section and line not in sections and not _ends_with_page(line) \
                and i + 1 < len(lines) and _ends_with_page(lines[i + 1]):
            pending = line
            continue
        line, pending = pending + line, ""
        out.append((_role(line, i, first_section, body_start, sections, issue), line))
    return out


def _ends_with_page(line: str) -> bool:
    return bool(re.search(r"\d\s*$", line))


def _body_start(lines: list[str], issue: ParsedIssue) -> int:
    first_title = issue.articles[0].title
    hits = [i for i, ln in enumerate(lines) if ln.replace(" ", "") == first_title.replace(" ", "")]
    return hits[-1] - 2  # the section line above the first headline


def _role(line: str, i: int, first_section: int, body_start: int, sections: set, issue: ParsedIssue) -> str:
    if i < first_section:
        return "title" if i == first_section - 1 or "简报" in line else "body"
    if line in sections:
        return "section"
    titles = {a.title.replace(" ", "") for a in issue.articles}
    if i >= body_start and line.replace(" ", "") in titles:
        return "headline"
    return "body"


def bulletin_docx(*, direct: bool) -> bytes:
    """Seed 001 as .docx: Title/Heading 1/Heading 2 styles, or (``direct``) Normal paragraphs whose runs
    are set bigger and bold by hand (a file made without styles)."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "上街区简报"
    document.sections[0].footer.paragraphs[0].text = "第 1 页"
    styles = {"title": "Title", "section": "Heading 1", "headline": "Heading 2", "body": None}
    sizes = {"title": 22, "section": 16, "headline": 14, "body": 10.5}
    for role, text in bulletin_paragraphs():
        if direct:
            run = document.add_paragraph().add_run(text)
            run.font.size = Pt(sizes[role])
            run.bold = role != "body" or None
        else:
            document.add_paragraph(text, style=styles[role])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
