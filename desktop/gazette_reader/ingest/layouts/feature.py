"""Features: one long article whose first line is the headline, possibly with a kicker (引题).

``百城建设提质+文明城市创建 二七区不断实现人民群众对城市的美好期望``: the last space-separated phrase is the
main title when it is longer than what precedes it (a kicker is the shorter line above a headline).
Bylines (``记者 景静``, ``通讯员 郭佳星/文``, ``胡源浩/图``) are whole lines anywhere in the text;
subheadings stay in the body as their own paragraphs. A bulletin issue holding one item opens with its
masthead (``信 息 简 报`` / ``增刊第7期`` / ``中共衢州市委办公室 2005年4月27日``): those lines are the issue's
metadata, and the headline under them is the item's title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from gazette_reader.ingest import metadata as meta
from gazette_reader.ingest.bylines import parse_byline_line
from gazette_reader.ingest.layouts import cues
from gazette_reader.ingest.layouts.bulletin import add_colophon, distribution_start
from gazette_reader.ingest.layouts.headings import SUBTITLE_DASHES, is_masthead_line, latin_running_heads
from gazette_reader.ingest.lines import Line, ends_sentence, span_of
from gazette_reader.ingest.model import Byline, ParsedArticle, ParsedIssue
from gazette_reader.ingest.reflow import reflow, tidy_title

_MAX_TITLE = 80
_HEAD_LINES = 8
"""A page label stands within a text's first lines (blank lines counted)."""


def split_title_kicker(line: str) -> tuple[str | None, str]:
    """(kicker, title): the last phrase is the title when it is longer than the phrases before it."""
    parts = line.split()
    if len(parts) >= 2:
        kicker = " ".join(parts[:-1])
        if len(parts[-1]) > len(kicker.replace(" ", "")):
            return tidy_title(kicker), tidy_title(parts[-1])
    return None, tidy_title(line)


def split_feature(lines: Sequence[Line]) -> ParsedIssue:
    """Parse a one-article page; never loses a non-space character. A bulletin's closing colophon that
    says who the issue goes to (报：… / 送：… / 发：… / 编辑：… 签发：…) is the issue's, not the article's."""
    end = distribution_start(lines)
    colophon, lines = lines[end:], lines[:end]
    skip = _file_heading(lines)
    skip = _past_running_heads(lines, skip)
    issue = ParsedIssue(layout="feature", articles=[], furniture=[ln.text for ln in lines[:skip] if not ln.blank])
    lines = _take_masthead(lines[skip:], issue)
    title_index = next((i for i, ln in enumerate(lines) if not ln.blank), None)
    section = _column_tag(lines, title_index)
    if section is not None:
        issue.furniture.append(lines[title_index].text)
        title_index = next(i for i in range(title_index + 1, len(lines)) if not lines[i].blank)
    subtitle = None
    if title_index is not None and (over := _lines_over_subtitle(lines, title_index)):
        kicker, title = None, tidy_title("".join(lines[i].text.strip() for i in over[:-1]))
        subtitle = tidy_title(lines[over[-1]].text)
        rest = list(lines[over[-1] + 1:])
    elif title_index is not None and _is_title(lines[title_index].text):
        kicker, title = split_title_kicker(lines[title_index].text)
        rest = list(lines[title_index + 1 :])
        if kicker is None and _wraps_on(lines, title_index):
            title = tidy_title(title + lines[title_index + 1].text.strip())
            rest = rest[1:]
    else:
        kicker, title, rest = None, "", list(lines)
    bylines: list[Byline] = []
    body: list[Line] = []
    for line in rest:
        found = parse_byline_line(line.text)
        if found:
            bylines += found
        else:
            body.append(line)
    article = ParsedArticle(
        title=title,
        kicker=kicker,
        subtitle=subtitle,
        body=reflow([ln.raw for ln in body]),
        bylines=bylines,
        span=span_of(lines),
        section=section,
    )
    issue.articles.append(article)
    add_colophon(issue, colophon)
    return issue


_MIN_WRAPPED = 16
"""Characters of a headline's first line, at least, before the line under it may be its wrapped rest."""
_CLAUSE_RE = re.compile(r"[，,。；;：:！!？?、]")


def _wraps_on(lines: Sequence[Line], first: int) -> bool:
    """The headline runs on to the line under it (``市委副书记全桂寿到苍梧县调研农村经济`` / ``发展和创新社会
    管理工作`` / blank / the text): a long first line, then a shorter phrase with no clause, date or byline,
    closed by a blank line over the text. A bulletin set its headline in a column too narrow for it."""
    head = lines[first].text.strip()
    if first + 2 >= len(lines) or len(head) < _MIN_WRAPPED or " " in head:
        return False
    below, after = lines[first + 1], lines[first + 2]
    text = below.text.strip()
    return (not below.blank and after.blank and 2 <= len(text) < len(head) and " " not in text
            and _CLAUSE_RE.search(text) is None and _is_title(text)
            and cues.line_date(text) is None and not parse_byline_line(text))


_MAX_COLUMN_TAG = 8


def _column_tag(lines: Sequence[Line], title_index: int | None) -> str | None:
    """The column a one-article page's headline runs under, set in brackets on its own line above it
    (``【第一线】`` / ``领导带队走进基层…``), or a yearbook's 类目 head set with its characters spread apart
    (``特        载``): the article's section, not its title. None when the first line is not such a tag or
    no headline follows it."""
    if title_index is None:
        return None
    text = lines[title_index].text.strip()
    if _SPREAD_HEAD_RE.fullmatch(text):
        tag = "".join(text.split())
    elif (match := cues.BRACKET_RE.fullmatch(text)) is None or len(tag := match.group("title").strip()) > _MAX_COLUMN_TAG:
        return None
    following = next((ln.text for ln in lines[title_index + 1:] if not ln.blank), None)
    return tag if following is not None and _is_title(following) and cues.BRACKET_RE.match(following) is None else None


_SPREAD_HEAD_RE = re.compile(r"[\u4e00-\u9fff](?:[ \t\u3000]{2,}[\u4e00-\u9fff]){1,3}")
"""Two to four characters set wide apart (``特        载``, ``概  况``): a yearbook's 类目 head; a line of
words parted by one space is a headline's phrases."""


def _past_running_heads(lines: Sequence[Line], skip: int) -> int:
    """Where the text starts past the running heads in Latin capitals set over the page's top
    (``QING YANG NIAN JIAN``, see :func:`latin_running_heads`): furniture, not the headline."""
    heads = latin_running_heads(lines)
    while skip < len(lines) and (lines[skip].blank or skip in heads):
        if lines[skip].blank and not heads.intersection(range(skip, skip + _HEAD_LINES)):
            break
        skip += 1
    return skip


_MAX_HEADLINE_LINES = 3


def _lines_over_subtitle(lines: Sequence[Line], first: int) -> list[int]:
    """The headline's lines and, last, its subtitle's, when a headline of up to three lines stands over a
    subtitle opening with a dash (``紧抓改革试验机遇  深入推进科学发展`` / ``为率先基本实现现代化而努力奋斗`` /
    ``——在中共成都市青羊区五届四次全会上的讲话``): a speech's headline is all the lines above its occasion.
    Empty when the lines under the first are no such headline and subtitle."""
    taken = list(islice((i for i in range(first, len(lines)) if not lines[i].blank), _MAX_HEADLINE_LINES + 1))
    for n, i in enumerate(taken[1:_MAX_HEADLINE_LINES + 1], start=1):
        text = lines[i].text.strip()
        if text.startswith(SUBTITLE_DASHES):
            return taken[:n + 1] if n >= 2 and len(text) <= _MAX_TITLE else []
        if not _is_title(text):
            return []
    return []


def _file_heading(lines: Sequence[Line]) -> int:
    """Where a flipbook or e-book page saved as text starts its own text, past the file's title and the
    page label (``埔鹽鄉鄉政成果專輯_電子書`` / ``P:03`` / ``鄉長序``): those name the file and the page, the page's
    own heading is the article's title. 0 when the text opens with no page label."""
    heading = [i for i, ln in enumerate(lines[:_HEAD_LINES]) if not ln.blank][:3]
    for n, i in enumerate(heading[:2]):
        if cues.is_page_label(lines[i].text):
            above_is_title = n == 0 or _is_title(lines[heading[0]].text)
            return i + 1 if above_is_title and n + 1 < len(heading) else 0
    return 0


def _take_masthead(lines: Sequence[Line], issue: ParsedIssue) -> Sequence[Line]:
    """Masthead lines on top (the publication's name, its 期号, the issuer and date) go to the issue's
    metadata, when a headline with text under it follows them: a feature's own headline that merely looks
    like a masthead (…工作动态) has its text right under it, and stays the title."""
    texts = [(k, ln.text) for k, ln in enumerate(lines) if not ln.blank]
    top = 0
    while top + 2 < len(texts) and (is_masthead_line(texts[top][1]) or meta.numbered_masthead(texts[top][1])):
        top += 1
    if top >= 2 and not _is_title(texts[top][1]) and _named_like_masthead(texts[top - 1][1]):
        top -= 1  # the headline over the text names its kind as a masthead does (…情况督查通报 / 4月21日,…)
    elif top == 0 or not _is_title(texts[top][1]) or is_masthead_line(texts[top][1]):
        return lines
    for _, text in texts[:top]:
        meta.add_line(issue.metadata, meta.header_label(text) or "报头", text)
    return lines[texts[top][0]:]


def _named_like_masthead(text: str) -> bool:
    """A line read as a masthead only for the kind of paper it names at its end (…督查通报, …工作简报),
    not a date, an issue number or the issuers: standing right over the text, it is the headline."""
    plain = "".join(text.split())
    return meta.header_label(text) is None and meta.masthead_name(plain) == plain


def _is_title(text: str) -> bool:
    """A headline is a short line that does not end a sentence."""
    return len(text) <= _MAX_TITLE and not ends_sentence(text)
