"""Bulletins: masthead, a table of contents with sections, then sections and articles, then a colophon.

The TOC is the map of the issue: its section names (本月关注, 重要会议 …) and entry titles are found again
in the body, tolerantly, because the body's title may be shorter (``万正峰调研…`` vs ``副市长万正峰调研…``)
or spaced differently (``我区召开 2019 年度…``). The body's wording is kept as the article title.

Section names may be numbered (``一、重要会议``) or bracketed (``【领导活动】``); a leader-less TOC may
print an entry's section before its title on one line (``【领导活动】区领导督导…    1``), the body then
putting the section on a line of its own. A body title wrapped like its text (a PDF) is joined back
when its next line completes the TOC entry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from gazette_reader.ingest import metadata as meta
from gazette_reader.ingest.layouts.cues import BRACKET_RE, CN_NUM, NUMBER_RE, is_rule_line
from gazette_reader.ingest.lines import Line, bigrams, ends_sentence, span_of
from gazette_reader.ingest.model import ParsedArticle, ParsedIssue
from gazette_reader.ingest.reflow import reflow, tidy_title

LEADER_RE = re.compile(
    r"^(?P<entry>.*?)(?P<leader>(?:[.．·…。]{2,}|…)[\s.．·…]*(?:[（(]\s*)?(?P<page>\d{1,4})(?:\s*[）)])?\s*)$"
)
"""A contents line: the entry, a dot leader, the page number (bare or in brackets: ……（1）)."""
_SECTION_PUNCT_RE = re.compile(r"[，。：；！？,.:;、“”\"()（）【】\-]")
_MAX_SECTION = 10
_MAX_TITLE = 80
_LOOKAHEAD = 6
_MIN_CONTAINED = 0.6
_MIN_DICE = 0.85
_MIN_TOC_LINES = 2
_TOC_HEAD_RE = re.compile(r"^(?:本期)?(?:目录|要目|导读)$")
_TOC_HEAD_WITHIN = 15
_SECTION_NUMBER_RE = re.compile(rf"^(?:[{CN_NUM}]{{1,3}}\s*[、.．]|[（(]\s*[{CN_NUM}]{{1,3}}\s*[)）])\s*")
"""``一、`` ``（二）`` before a section name; Arabic numbers (``1.``) number entries, not sections."""
"""A 目录 heading counts only among the first lines of the file (not a 目录 word in an article)."""


@dataclass
class Toc:
    """What the table of contents yields: section names, entry titles, and its lines for the issue."""

    sections: set[str] = field(default_factory=set)
    entries: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)


def leader_match(text: str) -> re.Match[str] | None:
    """Match ``entry..... 12``; a cheap test of the last character first, since most lines are prose."""
    if not text or not (text[-1].isdigit() or text[-1] in "）)"):
        return None
    return LEADER_RE.match(text)


def has_toc(lines: Sequence[Line]) -> bool:
    """True when at least two lines end in a dot leader and a page number, or a 目录 heading lists
    titles that the body repeats; and no sentence stands above them (the contents of a 预案 attached to
    a notice list its chapters, not a bulletin's articles)."""
    count = 0
    above = False
    for line in lines:
        text = line.text
        if len(text) <= 200 and leader_match(text):
            if above:
                return False
            count += 1
            if count >= _MIN_TOC_LINES:
                return True
        elif not count and text and not above:
            above = _is_prose(text)
    return plain_toc_bounds(lines) is not None


def plain_toc_bounds(lines: Sequence[Line]) -> tuple[int, int] | None:
    """[start, end) of a table of contents without dot leaders: a ``目录`` / ``本期目录`` heading near the
    top, then short lines, up to the first line that repeats one of them (where the body begins)."""
    rows = list(islice((i for i, ln in enumerate(lines) if ln.text), _TOC_HEAD_WITHIN))
    head = next((i for i in rows if _TOC_HEAD_RE.match(lines[i].text.replace(" ", ""))), None)
    if head is None or any(_is_prose(lines[i].text) for i in rows if i < head):
        return None  # a document's text above it: the 目录 of an attachment (a 预案's), not the issue's
    seen: set[str] = set()
    for i in range(head + 1, len(lines)):
        text = clean_title(_without_page(lines[i].text)[0])
        if not text:
            continue
        if text in seen:
            return (head, i) if len(seen) >= _MIN_TOC_LINES else None
        if len(text) > _MAX_TITLE or ends_sentence(text):
            return None
        seen.add(text)
        if (section := _section_prefix(text)) is not None:
            seen.add(section)  # the body prints it on a line of its own
    return None


_MAX_MASTHEAD = 40


def _is_prose(text: str) -> bool:
    """A sentence, not a masthead line: a masthead line is short and ends no sentence (a labelled line,
    主办：… 电话：…, may be long)."""
    return (len(text) > _MAX_MASTHEAD or ends_sentence(text)) and not meta.header_label(text) \
        and not meta.footer_label(text)


def _section_prefix(text: str) -> str | None:
    """``【领导活动】`` of a TOC line ``【领导活动】区领导督导…`` (an entry with its section before it)."""
    match = BRACKET_RE.match(text)
    return match.group(0).strip() if match and match.end() < len(text) else None


def split_bulletin(lines: Sequence[Line]) -> ParsedIssue:
    """Parse a bulletin with a TOC (see the module docstring); never loses a non-space character."""
    plain = None if any(leader_match(ln.text) for ln in lines if len(ln.text) <= 200) else plain_toc_bounds(lines)
    start, end = plain or toc_bounds(lines)
    issue = ParsedIssue(layout="bulletin", articles=[])
    for line in lines[:start]:
        if not line.blank:
            meta.add_line(issue.metadata, meta.header_label(line.text) or "报头", line.text)
    toc = parse_plain_toc(lines, start, end) if plain else parse_toc(lines[start:end])
    issue.toc, issue.furniture = toc.lines, toc.furniture
    footer = footer_start(lines, end)
    issue.articles = _articles(lines[end:footer], toc, issue.furniture)
    add_colophon(issue, lines[footer:])
    return issue


_MIN_RULE = 3


def is_rule(text: str) -> bool:
    """A printed rule (━━━━, ──────, ******): three rule characters at least, not the lone ``。`` or ``-``
    a wrap leaves on a line of its own."""
    return is_rule_line(text) and len(text.strip()) >= _MIN_RULE


def add_colophon(issue: ParsedIssue, lines: Sequence[Line]) -> None:
    """The colophon's lines to the metadata under their labels; its rules (━━━ around 报：/送：/发：) are
    furniture, nothing the gazette says."""
    for line in lines:
        if is_rule(line.text):
            issue.furniture.append(line.text)
        elif not line.blank:
            meta.add_line(issue.metadata, meta.footer_label(line.text) or "版权", line.text)


def is_section_name(text: str) -> bool:
    """A short line without punctuation that is not a masthead line: ``工作动态``, also numbered or
    bracketed (``一、重要会议``, ``【领导活动】``)."""
    name = section_label(text)
    return 0 < len(name) <= _MAX_SECTION and not _SECTION_PUNCT_RE.search(name) and not meta.header_label(name)


def section_label(text: str) -> str:
    """A section heading's name without its number or brackets: ``一、重要会议`` → ``重要会议``."""
    if (bracket := BRACKET_RE.fullmatch(text)) is not None:
        return bracket.group("title").strip()
    return _SECTION_NUMBER_RE.sub("", text, count=1)


def toc_bounds(lines: Sequence[Line]) -> tuple[int, int]:
    """[start, end) of the TOC: from the section name before the first leader line to the last leader
    line of the run (blank lines, section names and wrapped entries may sit in between)."""
    first = next(i for i, ln in enumerate(lines) if leader_match(ln.text))
    start = first
    prev = _prev_nonblank(lines, first)
    if prev is not None and is_section_name(lines[prev].text):
        start = prev
    last = first
    for i in range(first, len(lines)):
        text = lines[i].text
        if not text or is_section_name(text):
            continue
        if leader_match(text):
            last = i
        elif not (i + 1 < len(lines) and leader_match(lines[i + 1].text)):
            break
    return start, last + 1


def _prev_nonblank(lines: Sequence[Line], index: int) -> int | None:
    """Index of the nearest non-blank line before ``index``."""
    for i in range(index - 1, -1, -1):
        if not lines[i].blank:
            return i
    return None


def parse_toc(lines: Sequence[Line]) -> Toc:
    """Sections, entries (wrapped ones joined), TOC lines without their leaders, leaders as furniture."""
    toc = Toc()
    pending = ""
    for line in lines:
        text = line.text
        if not text:
            continue
        match = leader_match(text)
        if match:
            entry = pending + match.group("entry").strip()
            pending = ""
            toc.furniture.append(match.group("leader").strip())
            _add_tagged_entry(toc, entry)
        elif is_section_name(text) and not pending:
            toc.sections.add(text)
            toc.lines.append(text)
        else:
            pending += text
    if pending:
        _add_entry(toc, pending)
    return toc


def parse_plain_toc(lines: Sequence[Line], start: int, end: int) -> Toc:
    """A leader-less TOC: each line is an entry, or a section when in the body another TOC line
    follows it directly (a section heading stands above its first title, an entry above its text)."""
    toc = Toc(furniture=[lines[start].text])
    rows = []
    for line in lines[start + 1:end]:
        if line.text:
            entry, page = _without_page(line.text)
            rows.append(entry)
            toc.furniture += [page] if page else []
    listed = {clean_title(t) for t in rows}
    body = [clean_title(ln.text) for ln in lines[end:] if ln.text]
    heads = {a for a, b in zip(body, body[1:]) if a in listed and b in listed}
    for text in rows:
        if clean_title(text) in heads:
            toc.sections.add(text)
            toc.lines.append(text)
        else:
            _add_tagged_entry(toc, text)
    return toc


def _add_tagged_entry(toc: Toc, text: str) -> None:
    """Record an entry, and the column tag printed before it (``【喜迎二十大】严启红强调:…``) as a section."""
    if (section := _section_prefix(text)) is not None:
        toc.sections.add(section)
        toc.lines.append(section)
        text = text[len(section):].strip()
    _add_entry(toc, text)


_PAGE_RE = re.compile(r"^(?P<entry>.*\S)\s+(?P<page>\d{1,3})$")


def _without_page(text: str) -> tuple[str, str]:
    """``我区召开…推进会    2`` → (entry, page): a TOC line's page number set off by spaces."""
    match = _PAGE_RE.match(text)
    return (match.group("entry"), match.group("page")) if match else (text, "")


def _add_entry(toc: Toc, entry: str) -> None:
    """Record one entry: as written in ``toc.lines`` (may be empty text), cleaned in ``toc.entries``."""
    if entry:
        toc.lines.append(entry)
        toc.entries.append(clean_title(entry))


def clean_title(text: str) -> str:
    """A title for comparison: no white space, no list bullet."""
    return "".join(text.split()).lstrip("-–—•·*●○◆■□")


def footer_start(lines: Sequence[Line], floor: int) -> int:
    """Index where the colophon (``主管：…``, ``(共印 130 份)`` …) begins; ``len(lines)`` if none. The rules
    a 版记 prints around its lines (━━━ / 报：… / 送：… / ━━━) belong to it, but open it only with a
    labelled line under them: a rule alone closes the last article, it starts no colophon."""
    start = len(lines)
    for i in range(len(lines) - 1, floor - 1, -1):
        if lines[i].blank or is_rule(lines[i].text):
            continue
        if meta.footer_label(lines[i].text) is None:
            break
        start = i
    return start


_DISTRIBUTION = frozenset("报 送 发 抄送 抄报 报送 发送 印发 发放范围".split())


def distribution_start(lines: Sequence[Line]) -> int:
    """Where the closing colophon starts when it says who the issue goes to (报：市委办公室 / 送：县委…领导 /
    发：各乡镇党委): the issue's, not the last item's; ``len(lines)`` when there is none. A release's own
    closing 编辑：… line stays with it."""
    start = footer_start(lines, 0)
    if any(meta.footer_label(ln.text) in _DISTRIBUTION for ln in lines[start:] if ln.text):
        return start
    return len(lines)


def entry_similarity(candidate: str, entry: str) -> float:
    """How well a body line matches a TOC entry: 1 for equal, 0.9 for containment of at least 60 %,
    else the bigram Dice coefficient (0 when the candidate has clause punctuation the entry lacks)."""
    return _similarity(clean_title(candidate), entry)


def _similarity(a: str, b: str) -> float:
    """:func:`entry_similarity` of a cleaned candidate (cleaned once for the entries it is compared with)."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if (a in b or b in a) and min(len(a), len(b)) >= _MIN_CONTAINED * max(len(a), len(b)):
        return 0.9
    if any(p in a and p not in b for p in "，。；"):
        return 0.0
    ga, gb = _bigrams(a), _bigrams(b)
    return 2 * len(ga & gb) / (len(ga) + len(gb)) if ga and gb else 0.0


@lru_cache(maxsize=1024)
def _bigrams(text: str) -> frozenset[str]:
    """:func:`bigrams`, kept: each body line is compared with the next six entries, each entry with
    every line until its title is found."""
    return frozenset(bigrams(text))


@dataclass
class _Draft:
    """An article being collected: its title line, section and body lines."""

    title: Line | None
    section: str | None
    body: list[Line] = field(default_factory=list)
    entry: str = ""
    """The TOC entry the title matched, cleaned; a wrapped title's next line is joined while it fits."""
    wrapped: list[Line] = field(default_factory=list)


def _articles(lines: Sequence[Line], toc: Toc, furniture: list[str]) -> list[ParsedArticle]:
    """Walk the body: section names switch the section (the heading line itself is furniture), lines
    matching the next TOC entries start articles, anything else is body text of the current article."""
    drafts: list[_Draft] = []
    section: str | None = None
    cursor = 0
    for line in lines:
        text = line.text
        if not text:
            if drafts:
                drafts[-1].body.append(line)
            continue
        if text in toc.sections:
            section = section_label(text)
            furniture.append(text)
            continue
        if is_rule(text):
            furniture.append(text)  # a rule between articles or over the colophon: no article's text
            continue
        if drafts and _continues_title(drafts[-1], text):
            drafts[-1].wrapped.append(line)
            continue
        hit = _match_title(text, toc.entries, cursor)
        if hit is not None:
            cursor = hit + 1
            drafts.append(_Draft(line, section, entry=toc.entries[hit]))
        elif drafts and drafts[-1].section == section:
            drafts[-1].body.append(line)
        else:
            drafts.append(_Draft(None, section, [line]))
    return [_finish(d, furniture) for d in drafts]


def _match_title(text: str, entries: Sequence[str], cursor: int) -> int | None:
    """Index of the TOC entry (among the next few, in TOC order) this line is the title of, or None."""
    if len(text) > _MAX_TITLE or ends_sentence(text):
        return None
    best, best_score = None, 0.0
    cleaned = clean_title(text)
    for i in range(cursor, min(len(entries), cursor + _LOOKAHEAD)):
        score = _similarity(cleaned, entries[i])
        if score > best_score:
            best, best_score = i, score
    return best if best_score >= _MIN_DICE else None


def _continues_title(draft: _Draft, text: str) -> bool:
    """``text`` is the rest of a wrapped title: no body yet, and title + text still begin the TOC entry."""
    if draft.title is None or draft.body or not draft.entry:
        return False
    so_far = clean_title("".join(ln.text for ln in (draft.title, *draft.wrapped)))
    joined = so_far + clean_title(text)
    return len(so_far) < len(draft.entry) and draft.entry.startswith(joined)


def _finish(draft: _Draft, furniture: list[str]) -> ParsedArticle:
    """Turn a draft into an article: tidied title (its list number, 1. or 一、, to the furniture, as the
    headline splitter does), reflowed body, span over both."""
    heading = ([draft.title] if draft.title else []) + draft.wrapped
    used = heading + draft.body  # in file order
    title = "".join(ln.text for ln in heading)
    section = draft.section
    if (tag := _section_prefix(title)) is not None:  # 【喜迎二十大】严启红强调:…: the column of this article alone
        furniture.append(tag)
        section, title = section_label(tag), title[len(tag):]
    if (number := NUMBER_RE.match(title)) and not number.group(0).startswith("第") and title[number.end():].strip():
        furniture.append(number.group(0).strip())  # 第一章 总则 keeps its chapter: it is the title's own
        title = title[number.end():]
    return ParsedArticle(
        title=tidy_title(title) if heading else "",
        body=reflow([ln.raw for ln in draft.body]),
        section=section,
        span=span_of(used),
    )
