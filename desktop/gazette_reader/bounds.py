"""What a text must be to import: how big one file and one article may be, and which characters stay.

A hostile or unsplittable text must not hang an import, and must not put raw control codes in titles.

A text whose layout the parser cannot recognise comes out as one article; a 50 MB single-line file
took 83 s and 3.8 GB of memory as one article (tokens, tags and snippets are all per article). Two
bounds keep time and memory in proportion to what a person can read:

* a file larger than :data:`MAX_FILE_BYTES` is refused with its size as the reason, before it is read;
* an article longer than :data:`MAX_ARTICLE_CHARS` is cut into parts, each at the last paragraph or
  sentence end before the limit (a hard cut only when there is none). Part 2 on is titled
  ``TITLE（续2）``; that title is a label (``title_derived``), so every character of the input is still
  in exactly one body (the no-loss invariant) and a warning says what was done.

Control characters: the decoder refuses a file with NUL in its first 4 KB as binary; a NUL further on
is refused the same way (:func:`without_controls`), and the other C0 controls (ESC, BEL, …; not tab,
line feed or form feed, which mean something in a text) are dropped before parsing, with a warning
that counts each one dropped, so nothing leaves the text unrecorded.
"""

from __future__ import annotations

import re
from dataclasses import replace

from collections import Counter

from gazette_reader.errors import DecodeError
from gazette_reader.ingest.decode import Decoded
from gazette_reader.ingest.model import WARNINGS_ZH, ParsedArticle, ParsedIssue

MAX_FILE_BYTES = 16 * 1024 * 1024
"""Largest file imported: about 5.5 million Chinese characters, five times a thick yearbook. Parsing
needs about 75 bytes of memory per byte of a text of ordinary lines and 225 per byte of a single line,
so this keeps the worst case near 1.2 GB (a 48 MB single line needed 3.8 GB)."""
MAX_CONTAINER_BYTES = 512 * 1024 * 1024
"""Largest PDF, Word or saved web archive read: their bytes are mostly images and fonts (a scanned
bulletin is ~1 MB a page); the text read from them is bounded like a text file's."""
CONTAINER_SUFFIXES = (".pdf", ".docx", ".mhtml", ".mht")
MAX_ARTICLE_CHARS = 200_000
"""Longest article kept whole: ten times a government work report, the longest real articles we meet."""
LONG_ARTICLE_SPLIT = "an article longer than 200,000 characters was cut into parts (its layout was not recognised)"
WARNINGS_ZH.setdefault(LONG_ARTICLE_SPLIT, "一篇文章超过 20 万字，已分成几部分（未能识别其版式）")
_CONTROLS = re.compile("[\x01-\x08\x0b\x0e-\x1f\x7f]")
DROPPED_CONTROLS = "control characters were dropped from the text: "
"""Start of the warning that lists them (``U+001B ×2``); :func:`warning_zh` gives its Chinese twin."""
_BREAK = re.compile(r"\n|[。！？；!?;]")
TITLE_HEAD = 40
"""Characters of the article's title repeated in its parts' titles."""


def too_big(size: int, suffix: str = ".txt") -> tuple[str, str] | None:
    """Why a file of ``size`` bytes is refused (English, Chinese), or None when it is not too big.

    A text file's bytes are its text; a PDF or Word file is mostly pictures and fonts, so its bytes
    only meet the looser :data:`MAX_CONTAINER_BYTES` and its extracted text meets :func:`text_too_big`."""
    limit = MAX_CONTAINER_BYTES if suffix.lower() in CONTAINER_SUFFIXES else MAX_FILE_BYTES
    if size <= limit:  # read at call time so tests can lower it
        return None
    mb, limit_mb = size / 1024 / 1024, limit // 1024 // 1024
    return (f"the file is {mb:,.0f} MB; files over {limit_mb} MB are not imported (split it into smaller files)",
            f"文件大小为 {mb:,.0f} MB，超过 {limit_mb} MB 的文件不予导入（请先拆分成较小的文件）")


def text_too_big(text: str) -> tuple[str, str] | None:
    """Why the text read from a file is refused (it holds more than :data:`MAX_FILE_BYTES` of text), or None."""
    size = len(text.encode("utf-8")) if len(text) * 3 > MAX_FILE_BYTES else len(text)
    if size <= MAX_FILE_BYTES:
        return None
    mb, limit_mb = size / 1024 / 1024, MAX_FILE_BYTES // 1024 // 1024
    return (f"the file holds {mb:,.0f} MB of text; over {limit_mb} MB is not imported (split it into smaller files)",
            f"文件含 {mb:,.0f} MB 文字，超过 {limit_mb} MB 的不予导入（请先拆分成较小的文件）")


def bound_articles(issue: ParsedIssue, text: str, limit: int | None = None) -> ParsedIssue:
    """``issue`` with every article longer than ``limit`` characters (default :data:`MAX_ARTICLE_CHARS`)
    cut into parts (see the module)."""
    limit = limit or MAX_ARTICLE_CHARS
    if all(len(article.body) <= limit for article in issue.articles):
        return issue
    articles: list[ParsedArticle] = []
    for article in issue.articles:
        articles += split_long(article, text, limit) if len(article.body) > limit else [article]
    if LONG_ARTICLE_SPLIT not in issue.warnings:
        issue.warnings.append(LONG_ARTICLE_SPLIT)
    issue.articles = articles
    return issue


def split_long(article: ParsedArticle, text: str, limit: int) -> list[ParsedArticle]:
    """The parts of one long article, in order; their bodies joined are its body."""
    body, start = article.body, article.span[0]
    exact = text[start:start + len(body)] == body  # then each part's span is exact, else proportional
    parts: list[ParsedArticle] = []
    cut = 0
    while cut < len(body):
        end = cut_point(body, cut, limit)
        span = (start + cut, start + end) if exact else _scaled(article.span, cut, end, len(body))
        parts.append(_part(article, body[cut:end], span, len(parts) + 1))
        cut = end
    return parts


def cut_point(body: str, cut: int, limit: int) -> int:
    """Where the part starting at ``body[cut]`` ends: after the last break within ``limit`` characters
    (not in its first half, so parts stay big), else exactly ``limit`` characters on."""
    end = cut + limit
    if end >= len(body):
        return len(body)
    floor = cut + limit // 2
    last = -1
    for m in _BREAK.finditer(body, floor, end):
        last = m.end()
    return last if last > 0 else end


def _scaled(span: tuple[int, int], cut: int, end: int, size: int) -> tuple[int, int]:
    """A part's span in the source when the body is not a verbatim slice of it (reflowed lines)."""
    s, e = span
    return s + (e - s) * cut // size, s + (e - s) * end // size


def _part(article: ParsedArticle, body: str, span: tuple[int, int], n: int) -> ParsedArticle:
    """Part ``n`` of ``article``: the first keeps everything, the others only the label and the body."""
    if n == 1:
        return replace(article, body=body, span=span)
    head = article.title[:TITLE_HEAD] or "（无标题）"
    return ParsedArticle(title=f"{head}（续{n}）", body=body, section=article.section, kind=article.kind,
                         month=article.month, day=article.day, year=article.year, span=span,
                         title_derived=True)


def without_controls(decoded: Decoded) -> tuple[Decoded, str | None]:
    """The decoded text without C0 control characters, and the warning listing those dropped (None
    when there were none). Raises :class:`DecodeError` for a NUL anywhere, as the decoder does for one
    in the first 4 KB: a text file has none, so the file is binary or damaged."""
    nul = decoded.text.find("\x00")
    if nul >= 0:
        raise DecodeError(f"the file contains a NUL character (at character {nul:,}): it is binary or damaged",
                          zh=f"文件含有空字符（第 {nul:,} 个字符处），不是文本文件或已损坏")
    dropped = Counter(_CONTROLS.findall(decoded.text))
    if not dropped:
        return decoded, None
    listing = ", ".join(f"U+{ord(ch):04X} ×{n}" for ch, n in sorted(dropped.items()))
    changes: dict = {"text": _CONTROLS.sub("", decoded.text)}
    for key in ("page_starts", "headline_sizes"):  # a PDF's offsets move back by what was dropped before them
        if marks := getattr(decoded, key, ()):
            changes[key] = tuple((at - len(_CONTROLS.findall(decoded.text, 0, at)), value) for at, value in marks)
    return replace(decoded, **changes), DROPPED_CONTROLS + listing


def warning_zh(warning: str) -> str:
    """The Chinese twin of a parser or import warning (the listing of dropped controls included)."""
    if warning.startswith(DROPPED_CONTROLS):
        return "已从文本中删除控制字符：" + warning[len(DROPPED_CONTROLS):]
    return WARNINGS_ZH.get(warning, warning)
