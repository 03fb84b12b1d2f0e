"""Newspaper pages: ``本报讯`` articles ending in bylines, with headlines displaced by PDF extraction.

Extraction puts a headline after its article, before the next one, or in a pile at the end of the page,
so position says little. Each headline *segment* (a run of consecutive non-blank lines outside any body)
is matched to the article whose body shares its rarest character bigrams (IDF-weighted overlap); a
one-to-one assignment first gives every article one headline, the remaining segments go to their best
article, and position only breaks ties. The first segment in file order is the title, the others form
the subtitle.

Pages saved from an e-paper site carry more: an info line under the headline (``刊发日期:… 作者:…``)
dates the story below it; a page line or the site's page navigation (``下一版»本期共4版``) ends the
story above it, and the new page's first text before any dateline (a photo item under ``【图片新闻】``)
is an item of its own. The page's headline list (标题导航), blanked as navigation, names each story by
its main title: a story whose two decks were read the wrong way up is put right by it
(:func:`titles_by_listing`, for every splitter's newspaper pages).
"""

from __future__ import annotations

import bisect
import math
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from gazette_reader.ingest import metadata as meta
from gazette_reader.ingest.bylines import parse_byline_line, split_glued
from gazette_reader.ingest.dates import month_day
from gazette_reader.ingest.layouts import cues
from gazette_reader.ingest.layouts.headings import titlelike
from gazette_reader.ingest.lines import Line, biggest_deck, bigrams, ends_sentence, merge_spans, span_of
from gazette_reader.ingest.matching import assign
from gazette_reader.ingest.model import Byline, ParsedArticle, ParsedIssue
from gazette_reader.ingest.pages import HEADLINE_LIST
from gazette_reader.ingest.reflow import reflow, squeeze, tidy_title

MARKER = "本报讯"
_CONTEXT_ROWS = 10
_DATELINE_WITHIN = 26
"""A dateline's 电/讯 stands within its first characters (a cheap test before the regex)."""
_HEADLINE_PUNCT_RE = re.compile(r"[。！？；，!?;,]")
_MAX_HEADLINE_LINE = 40
_MAX_HEADLINE_LINES = 4
_POSITION_WEIGHT = 1e-3
_WINDOW = 6
"""A headline is looked for among the six stories before and after it: a page holds about that many, and
it keeps long multi-page texts linear."""
_OUT_OF_WINDOW = float("-inf")


@dataclass
class _Story:
    """One article's pieces before headlines are known."""

    body_lines: list[Line]
    body_tail: str | None = None
    """The body part of a line whose end was a glued byline."""
    bylines: list[Byline] = field(default_factory=list)
    byline_lines: list[Line] = field(default_factory=list)
    body: str = ""
    info: list[Line] = field(default_factory=list)
    """A web page's info line under the headline (刊发日期:2013-02-06 阅读次数: 作者:…): the opening of the body."""
    date: tuple[int, int, int] | None = None
    """The date the info line gives: the story's own date."""
    section: str | None = None

    @cached_property
    def grams(self) -> frozenset[str]:
        """Every two-character slice of the body: set lookups instead of substring scans."""
        return frozenset(map(operator.add, self.body, self.body[1:]))

    @property
    def first(self) -> int:
        """Offset of the article's first line, for position tie-breaks."""
        return (self.body_lines or self.byline_lines)[0].start

    def text_body(self) -> str:
        """The body: the info line (a paragraph of its own), then the reflowed text and a glued byline's
        leading part."""
        text = reflow([ln.raw for ln in self.body_lines] + [self.body_tail or ""])
        return "\n".join([*(squeeze(ln.text) for ln in self.info), text]) if self.info else text

    @cached_property
    def last(self) -> int:
        """Offset just past the body and bylines."""
        return merge_spans([span_of(self.body_lines), span_of(self.byline_lines)])[1]


def count_markers(lines: Sequence[Line]) -> int:
    """How many lines open with a dateline (``本报讯``, ``新华社北京1月1日电`` …): the newspaper's signature."""
    # is_dateline's own first test, inline: no call for the many lines without 电 or 讯 near their start
    # _may_be_dateline inline: no call for the many lines without 电, 讯 or 消息 near their start
    return sum(1 for ln in lines if ("电" in (head := ln.text[:_DATELINE_WITHIN]) or "讯" in head or "消息" in head)
               and is_dateline(ln.text))


def is_dateline(text: str) -> bool:
    """A story's opening: ``本报讯``, ``本报北京1月1日电``, ``新华社北京1月1日电``, ``人民网北京…电``,
    ``长江商报消息`` …"""
    if text.startswith(MARKER):
        return True
    head = text[:_DATELINE_WITHIN]
    return _may_be_dateline(head) and cues.match_dateline(text) is not None


def _may_be_dateline(head: str) -> bool:
    """A line's first characters hold a dateline's 电, 讯 or 消息 (本报讯, …日电, 长江商报消息): the cheap
    test before the pattern."""
    return "电" in head or "讯" in head or "消息" in head


def headlines_in_order(lines: Sequence[Line]) -> bool:
    """True when most stories have their headline right above their dateline (text from a web page or a
    well-extracted PDF): then the headline splitter reads the page, items without a dateline included.
    PDF columns that displaced the headlines (after their story, or piled) go to :func:`split_newspaper`."""
    rows = _Rows(lines)
    texts = rows.texts
    starts = [j for j, text in enumerate(texts) if ("电" in (head := text[:_DATELINE_WITHIN]) or "讯" in head
                                                     or "消息" in head) and is_dateline(text) and rows.kept(j)]
    # three stories in five; the count stops once it has them, or can no longer reach them
    wanted = -(-3 * len(starts) // 5)
    above = 0
    for done, j in enumerate(starts, 1):
        above += _heads_its_story(rows, j)
        if above >= wanted or above + len(starts) - done < wanted:
            break
    return bool(starts) and above >= wanted


class _Rows:
    """A page's non-blank lines, and which of them are rows of its text: not a byline nor a release's
    info line, which stand between a headline and its dateline. Sorted out only for the lines a
    dateline's neighbourhood asks about (a page has far more lines than datelines)."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.texts = [ln.text for ln in lines if ln.text]
        self._kept: dict[int, bool] = {}

    def kept(self, j: int) -> bool:
        """Line ``j`` is a row (see the class docstring)."""
        if (known := self._kept.get(j)) is not None:
            return known
        text = self.texts[j]
        # is_byline_line's own first test inline (every byline line names a 记者, 通讯员 or 实习生)
        byline = ("记者" in text or "通讯员" in text or "实习生" in text) and cues.is_byline_line(text)
        self._kept[j] = kept = not byline and not _release_info(text)
        return kept

    def before(self, j: int, count: int) -> list[str]:
        """Up to ``count`` rows before line ``j``, in order."""
        found: list[str] = []
        while (j := j - 1) >= 0 and len(found) < count:
            if self.kept(j):
                found.append(self.texts[j])
        return found[::-1]

    def after(self, j: int, count: int) -> list[str]:
        """Up to ``count`` rows from line ``j`` (a row) on."""
        found: list[str] = []
        while j < len(self.texts) and len(found) < count:
            if self.kept(j):
                found.append(self.texts[j])
            j += 1
        return found


def _release_info(text: str) -> bool:
    """A web release's label or info line between its headline and its dateline (``来源:泰顺新闻网
    发布时间:2020-05-27 15:10:52 作者:…``, ``日期:2013-03-07 09:21``): it stands under the headline, so the
    line above it is the one that heads the story."""
    return cues.is_label_line(text) or cues.line_date(text) is not None or cues.is_info_line(text) \
        or cues.is_web_info_line(text)


def _heads_its_story(rows: _Rows, j: int) -> bool:
    """The row above dateline ``j`` is a headline, and it is about the story below it rather than the
    one above it (a displaced headline sits above the next story too, but shares the previous one's words)."""
    before = rows.before(j, 1 + _CONTEXT_ROWS)
    if not before or not titlelike(head := before[-1], lenient=True):
        return False
    # a bigram of the headline (two word characters) is one of a text's bigrams exactly when the text
    # holds it: a substring test each, instead of the text's whole bigram set. Two digits are part of a
    # number, not a word: 59 in 一周59架次 is found in any story that counts (0.59万人次)
    grams = [gram for gram in bigrams(head) if not gram.isdigit()]
    below = "".join(rows.after(j, _CONTEXT_ROWS))
    above = "".join(before[:-1])
    return sum(gram in below for gram in grams) > sum(gram in above for gram in grams)


def split_newspaper(lines: Sequence[Line]) -> ParsedIssue:
    """Parse a newspaper page (see the module docstring); never loses a non-space character."""
    if has_records(lines):
        return split_records(lines)
    starts = [i for i, ln in enumerate(lines) if is_dateline(ln.text)]
    stories: list[_Story] = []
    loose: list[Line] = list(lines[: starts[0]])
    for k, start in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(lines)
        turn = _page_turn(lines, start, stop)
        story, rest = _read_story(lines[start:turn])
        stories.append(story)
        loose += rest
        if turn < stop:
            loose += _next_page(lines[turn:stop], stories)
    issue = ParsedIssue(layout="newspaper", articles=[])
    segments = _segments(loose, issue)
    segments = _take_info_lines(segments, stories)
    segments = _take_columns(segments, stories, issue)
    for story in stories:
        story.body = story.text_body()
    owners = _assign(segments, stories)
    issue.articles = [_article(s, [g for g, o in zip(segments, owners) if o == i], issue) for i, s in enumerate(stories)]
    return issue


_NAV_RE = re.compile(r"上一版|下一版|本期共\s*\d+\s*版|当前第\s*\d+\s*版")
_MAX_NAV_LINE = 40


def is_page_nav(text: str) -> bool:
    """An e-paper's page navigation (``下一版»本期共4版, 当前第1版 PDF``): furniture that, like a page line,
    says a new page begins."""
    return "版" in text and len(text) <= _MAX_NAV_LINE and _NAV_RE.search(text) is not None


def _page_turn(lines: Sequence[Line], start: int, stop: int) -> int:
    """Where the next page begins inside a story's region (a page line or the page navigation after a
    line that ends a sentence), else ``stop``: nothing of the next page belongs to a story that ended."""
    for i in range(start + 1, stop):
        text = lines[i].text
        if text and (is_page_nav(text) or meta.is_page_line(text)) and _prev_ends_sentence(lines[start:i + 1], i - start):
            return i
    return stop


def _next_page(region: Sequence[Line], stories: list[_Story]) -> list[Line]:
    """Read the top of a new page before its first dateline: from its first run of text on (a photo
    item, a brief under a column heading) an item without a dateline, appended to ``stories``. Returns
    the loose lines, in order: the headlines and furniture above it, the headlines after its body."""
    i = 0
    while i < len(region):
        end = _run_end(region, i)
        if end > i and not _is_page_head(region[i:end]):
            top = _headline_top(region, i, end)
            story, rest = _read_story(region[top:])
            stories.append(story)
            return [*region[:top], *rest]
        i = max(end, i + 1)
    return list(region)


def _headline_top(region: Sequence[Line], i: int, end: int) -> int:
    """Where the text of the run ``i``–``end`` opens, past the headline set right on top of it (市民反映 /
    安全隐患 / 市民王女士反映:…,存在安全隐患。): short lines without clause punctuation, over a line that has
    it. The headline stays loose, for the story to take as its own."""
    top = i
    while top < end and top - i < _MAX_HEADLINE_LINES and is_headline_like(region[top:top + 1]):
        top += 1
    return top if i < top < end and _HEADLINE_PUNCT_RE.search(region[top].text) else i


def _run_end(region: Sequence[Line], i: int) -> int:
    """Past the run of non-blank lines that starts at ``i`` (``i`` itself for a blank line)."""
    end = i
    while end < len(region) and not region[end].blank:
        end += 1
    return end


def _is_page_head(run: Sequence[Line]) -> bool:
    """A run of lines that stands above a page's items: headlines, page lines, the page navigation."""
    texts = [ln.text for ln in run]
    return all(is_page_nav(t) or meta.header_label(t) for t in texts) or is_headline_like(
        [ln for ln in run if not (is_page_nav(ln.text) or meta.header_label(ln.text))])


def _take_info_lines(segments: list[list[Line]], stories: Sequence[_Story]) -> list[list[Line]]:
    """Move each dated info line out of the headline segments into the story right below it (a web page
    prints it between headline and text): it dates that story and opens its body."""
    kept = []
    for seg in segments:
        rest = []
        for line in seg:
            date = _info_date(line.text)
            below = _story_below(stories, line.start) if date else None
            if below is None:
                rest.append(line)
                continue
            below.info.append(line)
            below.date = below.date or date
        if rest:
            kept.append(rest)
    return kept


_INFO_DATE_RE = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:日期|时间)\s*[：:]\s*"
                           r"(?P<year>\d{4})\s*[年\-./]\s*(?P<month>\d{1,2})\s*[月\-./]\s*(?P<day>\d{1,2})")
_INFO_LABEL_WITHIN = 8


def _info_date(text: str) -> tuple[int, int, int] | None:
    """The date of a web page's info line (``刊发日期:2013-02-06 阅读次数: 作者:小杰``, ``日期:2013-03-07 09:21``);
    its label ends in 日期 or 时间 within the first characters (tested before the pattern)."""
    head = text[:_INFO_LABEL_WITHIN]
    if not ("期" in head or "间" in head):
        return None
    if (match := _INFO_DATE_RE.match(text)) is None:
        return None
    year, month, day = (int(match.group(g)) for g in ("year", "month", "day"))
    return (year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def _take_columns(segments: list[list[Line]], stories: Sequence[_Story], issue: ParsedIssue) -> list[list[Line]]:
    """A segment that is only a bracketed column heading (``【图片新闻】``) names the section of the story
    right below it; its line is kept with the issue's furniture, as the headline splitter keeps it."""
    kept = []
    for seg in segments:
        bracket = cues.BRACKET_RE.fullmatch(seg[0].text) if len(seg) == 1 and seg[0].text[:1] == "【" else None
        below = _story_below(stories, seg[0].start) if bracket else None
        if bracket is None or below is None:
            kept.append(seg)
            continue
        below.section = bracket.group("title").strip()
        issue.furniture.append(seg[0].text)
    return kept


def _story_below(stories: Sequence[_Story], offset: int) -> _Story | None:
    """The first story that starts after ``offset``."""
    k = bisect.bisect_right([s.first for s in stories], offset)
    return stories[k] if k < len(stories) else None


def _read_story(region: Sequence[Line]) -> tuple[_Story, list[Line]]:
    """Split a region starting at ``本报讯`` into body, bylines, and the lines left after them."""
    for i, line in enumerate(region):
        glued = split_glued(line.text)
        if glued is not None:
            story = _Story(list(region[:i]), glued[0], glued[1], [line])
            return story, _more_bylines(story, region[i + 1 :])
        found = parse_byline_line(line.text) if i else None
        if found and _prev_ends_sentence(region, i):
            story = _Story(list(region[:i]), None, found, [line])
            return story, _more_bylines(story, region[i + 1 :])
    body_end = _body_end(region)
    return _Story(list(region[:body_end])), list(region[body_end:])


def _prev_ends_sentence(region: Sequence[Line], index: int) -> bool:
    """True when the nearest non-blank line before ``index`` ends a sentence."""
    for line in reversed(region[:index]):
        if not line.blank:
            return ends_sentence(line.text)
    return False


def _more_bylines(story: _Story, rest: Sequence[Line]) -> list[Line]:
    """Byline lines directly under the first one join it; returns what is left."""
    i = 0
    while i < len(rest) and (found := parse_byline_line(rest[i].text)):
        story.bylines += found
        story.byline_lines.append(rest[i])
        i += 1
    return list(rest[i:])


def _body_end(region: Sequence[Line]) -> int:
    """Without a byline the body ends before the trailing headline-like segments (never before the
    ``本报讯`` line and the run attached to it)."""
    end = len(region)
    while True:
        content_end = end
        while content_end > 1 and region[content_end - 1].blank:
            content_end -= 1
        top = content_end
        while top > 1 and not region[top - 1].blank:
            top -= 1
        if top <= 1 or not is_headline_like(region[top:content_end]) or _is_credit(region[top:content_end]):
            return end
        end = top


_CREDIT_RE = re.compile(r"[\u4e00-\u9fff](?:摄影报道|摄影|摄|供图)$")


def _is_credit(run: Sequence[Line]) -> bool:
    """A photo's credit line closing the item (``井娇摄影报道``, ``李丹摄``): the item's, not a headline."""
    return len(run) == 1 and run[0].text[-1:] in "道影摄图" and _CREDIT_RE.search(run[0].text) is not None


def is_headline_like(lines: Sequence[Line]) -> bool:
    """A short run of short lines without sentence or clause punctuation."""
    texts = [ln.text for ln in lines if not ln.blank]
    if not texts or len(texts) > _MAX_HEADLINE_LINES:
        return False
    return all(len(t) <= _MAX_HEADLINE_LINE and not _HEADLINE_PUNCT_RE.search(t) for t in texts)


def _segments(loose: Sequence[Line], issue: ParsedIssue) -> list[list[Line]]:
    """Group loose lines into segments (runs of consecutive non-blank lines); a segment of masthead
    lines (``2019年7月5日``) goes to the issue metadata instead."""
    segments: list[list[Line]] = []
    run: list[Line] = []
    for line in [*loose, Line("", -1, "")]:
        if not line.blank and (not run or line.start == run[-1].start + len(run[-1].raw) + 1):
            run.append(line)
            continue
        if run:
            segments.append(run)
        run = [] if line.blank else [line]
    kept = []
    for seg in segments:
        while seg and (meta.header_label(seg[0].text) or is_page_nav(seg[0].text)):  # a page line on top
            if is_page_nav(seg[0].text):
                issue.furniture.append(seg[0].text)
            else:
                meta.add_line(issue.metadata, meta.header_label(seg[0].text) or "报头", seg[0].text)
            seg = seg[1:]
        if seg:
            kept.append(seg)
    return kept


def _assign(segments: Sequence[list[Line]], stories: Sequence[_Story]) -> list[int]:
    """Owner story index per segment, maximising the total score under "every story gets one".

    Each segment would go to its best story; a one-to-one matching on the *regret* (score minus the
    segment's best score) picks, for every story, the segment it costs least to hand it. The rest go to
    their best story. A headline that fits two stories thus stays with the one that fits it best."""
    if not segments or not stories:
        return [-1] * len(segments)
    scores = _scores(segments, stories)
    best = [max(row) for row in scores]
    regret = [[scores[g][s] - best[g] for g in range(len(segments))] for s in range(len(stories))]
    owners = [-1] * len(segments)
    for story, seg in enumerate(assign(regret)):
        if seg >= 0:
            owners[seg] = story
    for g, owner in enumerate(owners):
        if owner < 0:
            owners[g] = scores[g].index(best[g])
    return owners


def _scores(segments: Sequence[list[Line]], stories: Sequence[_Story]) -> list[list[float]]:
    """Per segment and story: the IDF-weighted share of the segment's bigrams found in the story's body
    (IDF over the stories in the segment's window), plus a tiny nearness bonus."""
    firsts = [s.first for s in stories]
    table = []
    for seg in segments:
        anchor = bisect.bisect_left(firsts, seg[0].start)
        lo, hi = max(0, anchor - _WINDOW), min(len(stories), anchor + _WINDOW)
        row = [_OUT_OF_WINDOW] * len(stories)
        shares = _shares(seg, [s.grams for s in stories[lo:hi]])
        for k, share in enumerate(shares, start=lo):
            row[k] = share + _nearness(seg, stories[k])
        table.append(row)
    return table


def _shares(segment: Sequence[Line], bodies: Sequence[frozenset[str]]) -> list[float]:
    """IDF-weighted fraction of the segment's bigrams that occur in each body."""
    grams: set[str] = set()
    for line in segment:
        grams |= bigrams(line.text)
    found = {g: [g in body for body in bodies] for g in grams}
    weight = {g: math.log((len(bodies) + 1) / (sum(hits) + 0.5)) for g, hits in found.items()}
    total = sum(weight.values()) or 1.0
    return [sum(w for g, w in weight.items() if found[g][k]) / total for k in range(len(bodies))]


def _nearness(segment: Sequence[Line], story: _Story) -> float:
    """A bonus far smaller than any content difference: nearer stories win ties."""
    seg_start, seg_end = segment[0].start, segment[-1].start + len(segment[-1].raw)
    distance = min(abs(seg_start - story.last), abs(story.first - seg_end))
    return _POSITION_WEIGHT / (1 + distance)


def join_headline(segment: Sequence[Line], body: str) -> str:
    """Join a segment's lines: no space where the bigram across the break occurs in the body (a wrapped
    headline), else one space."""
    out = segment[0].text
    for line in segment[1:]:
        text = line.text
        glue = "" if out and text and (out[-1] + text[0]) in body else " "
        out += glue + text
    return tidy_title(out)


_COLUMN_LABEL_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")
"""A column's or page's label set over a headline (报道回音, 市县新闻): a word or two, no phrase."""


def _column_label(segment: Sequence[Line]) -> str | None:
    """The label on top of a headline segment (市县新闻 / 合阳综合观摩镇街重点工作), or None: a short word
    over a longer headline line. A kicker (引题) is a phrase; a wrapped headline's first line runs longer."""
    if len(segment) < 2 or not _COLUMN_LABEL_RE.fullmatch(label := segment[0].text.strip()):
        return None
    return label if len(segment[1].text.strip()) > len(label) + 2 else None


def _article(story: _Story, segments: Sequence[list[Line]], issue: ParsedIssue) -> ParsedArticle:
    """Assemble an article: first owned segment is the title, the rest the subtitle; where the reader
    gave the type sizes (PDF, Word), the biggest segment is the title and those above it the kicker. A
    column label on top of the title's segment is the story's section (its line: furniture)."""
    section = story.section
    if segments and (label := _column_label(segments[0])):
        section = section or label
        issue.furniture.append(segments[0][0].text)
        segments = [segments[0][1:], *segments[1:]]
    heads = [join_headline(seg, story.body) for seg in segments]
    groups = [story.info, story.body_lines, story.byline_lines, *segments]
    top = biggest_deck(segments) or 0
    return ParsedArticle(
        kicker=" ".join(heads[:top]) or None,
        title=heads[top] if heads else "",
        subtitle=" ".join(heads[top + 1:]) or None,
        body=story.body,
        bylines=story.bylines,
        section=section,
        span=merge_spans([span_of(g) for g in groups]),
        **_ymd(story.date),
    )


def _ymd(date: tuple[int, int, int] | None) -> dict[str, int]:
    """An article's year, month and day fields from a date, or none."""
    return dict(zip(("year", "month", "day"), date)) if date else {}


def titles_by_listing(issue: ParsedIssue, furniture: Sequence[str]) -> None:
    """Put right a story read with its two decks upside down, by the page's own headline list (标题导航,
    blanked as furniture): an e-paper lists each story by its main title. A story whose kicker is listed
    and whose title is not has the listed deck as its title and the other as its subtitle
    (开门纳谏解决环保问题 / 环保部门“大接访”引起群众关注: a newspaper's upper deck is mostly its kicker)."""
    if not any(HEADLINE_LIST in text for text in furniture):
        return  # no headline list: the furniture is page numbers and running heads
    listed = {"".join(text.split()) for text in furniture}
    for article in issue.articles:
        if article.kicker and article.subtitle is None and "".join(article.kicker.split()) in listed \
                and "".join(article.title.split()) not in listed:
            article.kicker, article.title, article.subtitle = None, article.kicker, article.title


_FIELD_RE = re.compile(r"^【(?P<label>[\u4e00-\u9fff]{2,4})】\s*[=＝:：]\s*(?P<value>.*)$")
"""A field of a news archive's record (【日期】= 1994.02.01, 【标题】= 石村撤乡设镇, 【正文】=): an old paper's
stories as a library's database keeps them, one record each."""
_TITLE_FIELD, _TEXT_FIELD, _DATE_FIELD = "标题", "正文", "日期"
_RECORD_DATE_RE = re.compile(r"(\d{4})\s*[.\-/年]\s*(\d{1,2})\s*[.\-/月]\s*(\d{1,2})")
_AUTHOR_DATE_RE = re.compile(r"^\S.{0,30}?[（(]\s*\d{4}\s*[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2}\s*[)）]$")
"""The record's author and date set over its text (徐教连  (1994.02.01))."""
_DECK_GAP_RE = re.compile(r"\s{2,}")


@dataclass
class _Record:
    """One archive record: its field lines, and the lines of its text after the 【正文】 field."""

    fields: list[tuple[Line, re.Match[str]]] = field(default_factory=list)
    text: list[Line] = field(default_factory=list)

    def value(self, label: str) -> str:
        """The value of the field ``label`` ("" when the record has none)."""
        return next((m.group("value").strip() for _, m in self.fields if m.group("label") == label), "")

    @property
    def open(self) -> bool:
        """Its 【正文】 field is not read yet: a field line still belongs to it."""
        return not any(m.group("label") == _TEXT_FIELD for _, m in self.fields)

    def takes(self, label: str) -> bool:
        """A field line of ``label`` belongs to this record: it is open and has no such field yet (a record
        without 【正文】 ends where the next one's first field repeats a label)."""
        return bool(self.fields) and self.open and all(m.group("label") != label for _, m in self.fields)


def has_records(lines: Sequence[Line]) -> bool:
    """The text is a news archive's records: a line of a 【标题】 field and one of a 【正文】 field."""
    labels = {m.group("label") for ln in lines if ln.text.startswith("【") and (m := _FIELD_RE.match(ln.text))}
    return _TITLE_FIELD in labels and _TEXT_FIELD in labels


def split_records(lines: Sequence[Line]) -> ParsedIssue:
    """Parse a news archive's records: each record's 【标题】 titles it and its 【日期】 gives its year (and
    its date, when the text states none); the other fields, and the title and the author-date line
    the archive sets again over the text, are furniture; lines before the first record are the masthead."""
    issue = ParsedIssue(layout="newspaper", articles=[])
    records: list[_Record] = []
    for line in lines:
        match = _FIELD_RE.match(line.text) if line.text.startswith("【") else None
        if match is not None and (not records or not records[-1].takes(match.group("label"))):
            records.append(_Record())
        if match is not None:
            records[-1].fields.append((line, match))
        elif records:
            records[-1].text.append(line)
        elif line.text:
            meta.add_line(issue.metadata, meta.header_label(line.text) or "报头", line.text)
    issue.articles = [_record_article(record, issue) for record in records]
    return issue


def _record_article(record: _Record, issue: ParsedIssue) -> ParsedArticle:
    """The article of one record (see :func:`split_records`)."""
    decks = _DECK_GAP_RE.split(record.value(_TITLE_FIELD))
    opening: list[Line] = []
    for line, match in record.fields:
        label, value = match.group("label"), match.group("value").strip()
        issue.furniture.append(line.text[:match.start("value")] if label in (_TITLE_FIELD, _TEXT_FIELD) else line.text)
        if label == _TEXT_FIELD and value:
            opening.append(Line(value, line.start + match.start("value"), value))  # the text starts on its line
    text = _without_echoes([*opening, *record.text], "".join(decks), issue)
    article = ParsedArticle(title=tidy_title(decks[0]), subtitle=" ".join(decks[1:]) or None,
                            body=reflow([ln.text for ln in text]),
                            span=merge_spans([span_of([ln for ln, _ in record.fields]), span_of(record.text)]))
    if found := _RECORD_DATE_RE.search(record.value(_DATE_FIELD)):
        year, month, day = (int(g) for g in found.groups())
        article.year = year
        if month_day(article.body) == (None, None) and 1 <= month <= 12 and 1 <= day <= 31:
            article.month, article.day = month, day  # a photo or a notice: the day it ran
    return article


def _without_echoes(text: list[Line], title: str, issue: ParsedIssue) -> list[Line]:
    """The record's text without what the archive sets again over it: the title (whole or deck by deck)
    and the author-date line (徐教连  (1994.02.01)), which go to the furniture."""
    key = "".join(title.split())
    for k, line in enumerate(text):
        plain = "".join(line.text.split())
        if plain and not (plain in key or _AUTHOR_DATE_RE.match(line.text)):
            return text[k:]
        if plain:
            issue.furniture.append(line.text)
    return []
