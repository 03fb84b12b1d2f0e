"""Compilations of items found by their headlines: 工作动态 / 简报 / 政务信息 without a table of contents,
bullet lists of short items, 年鉴 entries, clipping compilations and press releases.

:mod:`~gazette_reader.ingest.layouts.headings` finds where items start; this module cuts the text there
and builds each item: its headline (bullets and brackets are furniture, a wrapped headline is joined), a
``——`` subtitle, bylines, a closing unit ``（区农委）``, a clipping's source line
(``《郑州晚报》2020年1月16日E06版``, which dates the item and names where it appeared) or a press release's
date line. Lines before the first item are the masthead (issue metadata) or a table of contents; short
headings directly above a headline are section names.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from gazette_reader.ingest import metadata as meta
from gazette_reader.ingest.bylines import has_byline_word, parse_byline_line, split_glued
from gazette_reader.ingest.layouts import cues
from gazette_reader.ingest.layouts.bulletin import add_colophon, distribution_start, is_rule
from gazette_reader.ingest.layouts.headings import (
    BRACKET,
    BULLET,
    CHAPTER_RE,
    DATED,
    NUMBER,
    PLAIN,
    UNDATED,
    MAX_SECTION,
    MIN_DECK,
    Candidate,
    Page,
    candidates,
    closes,
    item_starts,
    lead_of,
    is_masthead_line,
    mark_sections,
    release_line as _release_line,
    titlelike,
)
from gazette_reader.ingest.layouts.newsletter import brief_title
from gazette_reader.ingest.layouts.untitled import page_breaks, with_untitled_after_gaps, with_untitled_after_release
from gazette_reader.ingest.lines import Line, biggest_deck, cells_apart, ends_sentence, is_cjk, span_of, web_tables
from gazette_reader.ingest.model import BRIEF, MIXED_COLUMNS, SEPARATED_COLUMNS, ParsedArticle, ParsedIssue
from gazette_reader.ingest.reflow import reflow, tidy_title

_TOC_HEAD_RE = re.compile(r"^(?:本期)?(?:目\s*录|要\s*目|导\s*读)$")
_UNIT_RE = re.compile(r"^[（(](?P<name>[^（()）\s，。、；：]{2,20})[)）]$")
_SUBTITLE_RE = re.compile(r"^(?:——|—|－－|--|原标题\s*[：:])")
"""A deck that can only be a subtitle: a ——line, or the headline the story first ran under (原标题：…)."""


@dataclass
class _Item:
    """Lines ``start..stop`` (non-blank positions) of one item, its headline and section."""

    head: Candidate
    stop: int
    section: str | None
    lines: list[Line] | None = None
    """The item's lines when they are not one run (two columns interleaved line by line)."""
    subhead: Candidate | None = None
    """A second headline right under the first (a subtitle, or the main title under a kicker)."""
    middle: bool = False
    """Three decks: the line between ``head`` and ``subhead`` is the main title (引题 / 主题 / 副题)."""
    captions: int = 0
    """How many lines of photo captions stand under the clipping's source line, over its text."""


def split_compilation(lines: Sequence[Line], *, layout: str = "worklog", kicker_first: bool = False) -> ParsedIssue:
    """Parse a compilation (see the module docstring); never loses a non-space character.

    ``kicker_first``: of two headlines one above the other, the upper is a kicker (引题), as newspapers
    print them; otherwise the longer is the title (a press release's second line is its subtitle)."""
    end = distribution_start(lines)
    page = Page(lines[:end])
    page.run_in = page.run_in or _margin_entries(page.lines)
    tables = web_tables(page.texts, page.blank_before)
    found = _outside_tables(candidates(page), tables)
    starts = _with_next_tables(page, item_starts(found, page), tables)
    starts = _without_credits(page, _without_masthead(page, _without_line_over_rule(page, starts),
                                                      {first for first, _ in tables}))
    starts = _without_contents_line(page, starts)
    starts = _without_photo_captions(page, starts)
    starts, photos = _with_photo_items(page, found, starts)
    starts = _with_numbered_run(page, found, starts)
    starts = _without_repeated_headlines(page, _without_reporter_lines(page, _without_cut_sentences(page, starts)))
    starts, captions = _without_captions(page, starts)
    starts = _without_subtitle_starts(page, _without_numbered_captions(page, starts))
    mark_sections(page, starts, decks=kicker_first)
    starts = _group_markers_alike(page, _with_untitled_after_rules(page, starts))
    issue = ParsedIssue(layout=layout, articles=[], furniture=[ln.text for ln in page.rules])
    add_colophon(issue, lines[end:])
    leading = _leading_sources(page, starts)
    if not leading:
        starts = _with_untitled_after_sources(page, starts)
        breaks = page_breaks(lines[:end], page)
        starts = with_untitled_after_gaps(page, starts, breaks)
        starts = with_untitled_after_release(page, starts, _release_date)
        starts = _with_untitled_under_sources(page, starts)
        starts = _with_headlines_after_item_gaps(page, starts, breaks)
    lone = {} if leading else _lone_date_lines(page, starts)
    above = {start: k for k, start in (leading or lone).items()}
    first = next((c.first for c in starts), len(page.lines))
    taken = {j for k, start in (leading or lone).items() for j in range(k, start)}
    column = _column_heading(page, first) if starts else None
    if column:
        taken.add(first - 1)
    _preamble([ln for k, ln in enumerate(page.lines[:first]) if k not in taken], issue)
    items = _join_decks(_join_headlines(_items(starts, len(page.lines), issue, page, taken), page), found, page)
    if column:
        issue.furniture.append(page.text(first - 1))
        for item in items:
            item.section = item.section or column
    if not leading:
        items = _with_subheadings(items, page)
    for item in items:
        item.captions = captions.get(item.head.first, 0)
        if item.head.first in photos:  # the label names the photo's column: the caption is the item's text
            issue.furniture.append(page.text(item.head.first))
            item.section, item.head = page.text(item.head.first).strip(), _untitled(page, item.head.first + 1)
    _undo_interleaving(page, items, issue)
    items = _entries_under_chapters(items, found, page, issue)
    for item in items:
        issue.articles.append(_article(page, item, issue, above, kicker_first, every=bool(leading)))
    return issue


_ENTRY_SEPARATORS = " \t\u3000〓"
"""What parts a run-in entry title from its text: a space, or the 〓 a yearbook database prints for the
bold heading's end (县名由来〓因境内…)."""
_SEPARATOR_SET = frozenset(_ENTRY_SEPARATORS)
_WORD = r"[^\s\d，。；：！？,;:!?、“”‘’（）()《》〓·]"
_MARGIN_ENTRY_RE = re.compile(
    rf"^(?P<title>{_WORD}{{2,6}}(?:[ \u3000〓](?P<second>{_WORD}{{2,4}}))?)[{_ENTRY_SEPARATORS}]+"
    r"(?(second)(?=[^\x00-\x7f\s]|\d)|(?=[^\x00-\x7f\s]))")
"""A run-in title and its separator before the entry's text, which opens with a word, not a number
(民國 42 年撤銷…, 本报讯 12月5日: words a converter set off with spaces around a number); after a title
of two words the text may open with a year (村居 人口 1991年,…): no converter parts two words so."""
_MIN_MARGIN_ENTRIES = 3


def _entry_text(rest: str) -> bool:
    """The text after a run-in title reads as an entry's prose (因境内有金山而得名。), not a leader list's
    names (县委书记〓曹景群, 副主任 彭善文 杨 勇 刘建光), which no sentence mark parts."""
    return cues.SENTENCE_PUNCT_RE.search(rest) is not None


def _margin_entries(lines: Sequence[Line]) -> dict[int, str]:
    """Entry titles run in at the start of their paragraph at the margin, then a space or 〓, as a 年鉴
    prints its entries in bold when the text loses the bold and the indent (经济概况 全市实现…,
    政区〓人口〓全县总面积…): line → title, three at least (prose wrapped at the margin seldom puts a
    space after its first words three times). The candidates read a title only where a paragraph may
    start. A title of two short words keeps its separator (政区 人口)."""
    found = {}
    for k, line in enumerate(lines):
        text = line.text
        if not _SEPARATOR_SET.isdisjoint(text[2:12]) and (match := _MARGIN_ENTRY_RE.match(text)) \
                and _entry_text(text[match.end():]) and not has_byline_word(match.group("title")) \
                and not cues.is_dateline(text):  # 本报讯 opens a story: no entry's title
            found[k] = match.group("title")
    return found if len(found) >= _MIN_MARGIN_ENTRIES else {}


_COLUMN_HEAD_RE = re.compile(r"^[·•]\s*(?P<name>[^·•\s，。；,;]{2,20})\s*[·•]$")
"""A yearbook's column heading set between middle dots (·国民经济和社会发展综述·, ·领导人名录·)."""


def _column_heading(page: Page, first: int) -> str | None:
    """The column heading directly above the first item, between middle dots, as a 年鉴 sets its columns:
    the items' section (the heading above entries is their section), not a masthead line; None when
    there is none."""
    if 0 < first <= len(page.lines) and (match := _COLUMN_HEAD_RE.match(page.text(first - 1).strip())):
        return match.group("name")
    return None


def _with_subheadings(items: list[_Item], page: Page) -> list[_Item]:
    """Where most items close with their source line (a clipping compilation), a headline whose text
    opens without a date, under an item that has not closed yet, is a subheading inside that item
    (…详细讲述了东江源生态环境保护情况。 / 探寻香港饮用水发源地东江源 / 安远县位于…, then the source line)."""
    closed = [item.lines is None and _trailing_source(page.lines[item.head.first:item.stop])[1] is not None
              for item in items]
    if sum(closed) < 2 or sum(closed) * 2 < len(items):
        return items
    kept: list[_Item] = []
    open_item = False
    for item, done in zip(items, closed):
        if kept and open_item and item.lines is None and kept[-1].lines is None and item.head.lead != DATED \
                and item.section == kept[-1].section and (not item.head.inline or item.head.title is not None):
            kept[-1].stop = item.stop
        else:
            kept.append(item)
        open_item = not done
    return kept


def _entries_under_chapters(items: list[_Item], found: Sequence[Candidate], page: Page,
                            issue: ParsedIssue) -> list[_Item]:
    """A 志's or a 年鉴's page stacks its headings over an entry's text with no text between (章 / 节 /
    壹、… / 一、概况, often under the page's own title line): the lowest heading titles the entry, the
    lowest 第…章/节 heading above it is the entry's section (and the section of the items after it that
    name none), and the headings between are furniture, not the entry's first paragraphs."""
    out: list[_Item] = []
    chapter: str | None = None
    for item in items:
        entry = _entry_under_chapter(item, found, page, issue)
        if entry is not item:
            chapter = entry.section
        elif item.section is None and chapter is not None:
            item.section = chapter
        out.append(entry)
    return out


def _entry_under_chapter(item: _Item, found: Sequence[Candidate], page: Page, issue: ParsedIssue) -> _Item:
    """The item titled by the entry heading at the foot of its heading stack (see
    :func:`_entries_under_chapters`), or the item itself when its headline heads no such stack."""
    head = item.head
    if item.lines is not None or head.inline or head.sourced or head.title is not None:
        return item
    stack = [head]
    for cand in found:
        if cand.first == stack[-1].last + 1 and cand.first < item.stop and not cand.inline:
            stack.append(cand)
    entry = stack[-1]
    chapters = [c for c in stack[:-1] if CHAPTER_RE.match(page.text(c.first).strip())]
    if not chapters or CHAPTER_RE.match(page.text(entry.first).strip()) or entry.last + 1 >= item.stop:
        return item
    issue.furniture.extend(page.text(k) for k in range(head.first, entry.first))
    return _Item(entry, item.stop, tidy_title(page.text(chapters[-1].first)), captions=item.captions)


def _join_headlines(items: list[_Item], page: Page) -> list[_Item]:
    """A headline with no text under it and another headline right below: one item, two headlines; with
    one short unpunctuated line between them (a deck too short to start an item by itself), three."""
    joined: list[_Item] = []
    for item in items:
        last = joined[-1] if joined else None
        if last and last.subhead is None and not last.head.inline and not item.head.inline \
                and last.section == item.section and last.stop == item.head.first:
            gap = item.head.first - last.head.last - 1
            if gap == 0 or gap == 1 and titlelike(page.text(last.head.last + 1)):
                last.subhead, last.stop, last.middle = item.head, item.stop, gap == 1
                continue
        joined.append(item)
    return joined


def _join_decks(items: list[_Item], found: Sequence[Candidate], page: Page) -> list[_Item]:
    """A one-line headline right under an item's own, too short to start an item by itself
    (市场活起来 农民富起来 / 安徽培育农字号名牌): the second deck of the same headline; not a copy of the
    headline (see :func:`_without_repeated_headlines`)."""
    by_line = {c.first: c for c in found if c.first == c.last and c.style == PLAIN and not c.inline and not c.masthead}
    lines = sorted(by_line)
    for item in items:
        below = by_line.get(item.head.last + 1)
        if item.subhead is None and not item.head.inline and not item.head.sourced and item.lines is None \
                and below is not None and below.first < item.stop - 1 and not _repeats_headline(page, item.head, below.first) \
                and not _first_intertitle(by_line, lines, below, item.stop) \
                and not _PHOTO_CREDIT_RE.search(page.text(below.first)):  # a caption's credit (有序 李树民 摄)
            item.subhead = below
    return items


def _first_intertitle(by_line: dict[int, Candidate], lines: list[int], below: Candidate, stop: int) -> bool:
    """The line under the headline is the first of the item's intertitles, not a deck: one of the same
    length heads more of its text further down (市民反映 / 安全隐患 / … / 环境较差 / … / 占道经营 / …).
    ``lines``: the keys of ``by_line`` in order (only the item's own are looked at)."""
    k = bisect_left(lines, below.first + 2)
    while k < len(lines) and lines[k] < stop:
        if by_line[lines[k]].length == below.length:
            return True
        k += 1
    return False


def _undo_interleaving(page: Page, items: list[_Item], issue: ParsedIssue) -> None:
    """Two 【…】 entries on consecutive lines, the first with nothing under it: PDF extraction read two
    columns line by line, so the lines below alternate between them. A page whose line holds two
    entries side by side cannot be undone this way; it is reported."""
    for a, b in zip(items, items[1:]):
        if _side_by_side(a, b) and b.head.first == a.head.first + 1 and a.stop == b.head.first \
                and not closes(page.text(a.head.first)):
            rest = page.lines[b.head.first + 1:b.stop]
            a.lines = [page.lines[a.head.first], *rest[0::2]]
            b.lines = [page.lines[b.head.first], *rest[1::2]]
            issue.warnings.append(SEPARATED_COLUMNS)
    brackets = "".join(page.texts).count("【") >= 2  # a page with fewer has no line with two: no line looked at
    if brackets and any(text.count("【") >= 2 and len(_BRACKETS_RE.findall(text)) >= 2 for text in page.texts):
        issue.warnings.append(MIXED_COLUMNS)


_BRACKETS_RE = re.compile(r"(?:^|\s)【[^【】]{1,20}】")


def _side_by_side(a: _Item, b: _Item) -> bool:
    return a.head.inline and b.head.inline and a.head.style == b.head.style == BRACKET


_REPORTED_RE = re.compile(r"(?:记者|通讯员|采访人员)\S*(?:报道|报导)$")
"""A reporting credit ending in 报道 (大众网·海报新闻采访人员李丹通讯员王广鹏宗可栋济宁报道): names run together
as a reposting site prints them, which the byline patterns do not read."""


def _without_reporter_lines(page: Page, starts: list[Candidate]) -> list[Candidate]:
    """A reporting credit right under a headline that starts an item (…采访人员李丹通讯员王广鹏…济宁报道)
    opens that story's text; it heads no item of its own."""
    under = {c.last + 1 for c in starts if not c.inline}
    return [c for c in starts if c.inline or c.style != PLAIN or c.first != c.last or c.first not in under
            or _REPORTED_RE.search(page.text(c.first).strip()) is None]


_MIN_ECHO = 8
"""A repeated headline this long at least: short headings (工作动态) recur as columns, not as copies."""


def _without_repeated_headlines(page: Page, starts: list[Candidate]) -> list[Candidate]:
    """A "headline" that repeats the headline of the item above, whole, at its start (a reposting site
    prints the headline again over the text, …下半年】本文转自:大众网, or under the story's picture): part
    of that item, not an item of its own."""
    kept: list[Candidate] = []
    for cand in starts:
        if not kept or cand.inline or kept[-1].section or not _repeats_headline(page, kept[-1], cand.first) \
                or _dateline_under(page, cand.last):
            kept.append(cand)
    return kept


def _dateline_under(page: Page, k: int) -> bool:
    """The first text under line ``k`` opens with a dateline (本报讯 3月3日，…): a story of its own under
    that headline, though the story above ran under the same words (a paper's two 要统筹谋划 reports)."""
    below = next((j for j in range(k + 1, len(page.lines)) if page.text(j)), None)
    return below is not None and cues.is_dateline(page.text(below))


def _repeats_headline(page: Page, head: Candidate, k: int) -> bool:
    """Line ``k`` opens with the one-line headline ``head`` whole (:data:`_MIN_ECHO` characters at least,
    a headline's words: a rule line ═══ recurs over the colophon, no copy of a headline)."""
    headline = page.text(head.first).strip() if head.first == head.last and not head.inline else ""
    return len(headline) >= _MIN_ECHO and page.text(k).strip().startswith(headline) \
        and any(is_cjk(char) for char in headline)


_SENTENCE_TAIL = frozenset("。，、；：！？,;:!?")
"""Marks no line opens with but the tail of a sentence cut off above it."""


def _outside_tables(found: list[Candidate], tables: Sequence[tuple[int, int]]) -> list[Candidate]:
    """A saved web table's cells (``tables``: see :func:`~gazette_reader.ingest.lines.web_tables`) are the
    text of the item whose headline stands above the table, neither headlines nor decks of their own."""
    if not tables:
        return found
    inside = {k for first, last in tables for k in range(first, last + 1)}
    return [c for c in found if c.first not in inside]


def _with_next_tables(page: Page, starts: list[Candidate], tables: Sequence[tuple[int, int]]) -> list[Candidate]:
    """A table right under another one, set apart by a blank line, is the page's next item: untitled, as
    no headline stands over it."""
    added = [Candidate(first, first, PLAIN, UNDATED, inline=True, title="")
             for (_, above), (first, _) in zip(tables, tables[1:]) if first == above + 1 and page.blank_before[first]]
    return _with_added(starts, added)


def _without_cut_sentences(page: Page, starts: list[Candidate]) -> list[Candidate]:
    """A "headline" whose next line opens with a sentence's closing mark (…恢复沈家门镇人民政府 / 。) is
    the end of a sentence an OCR or a copy broke before its full stop, not a headline."""
    return [c for c in starts if c.inline or c.last + 1 >= len(page.lines)
            or page.text(c.last + 1).lstrip()[:1] not in _SENTENCE_TAIL]


def _without_masthead(page: Page, starts: list[Candidate],
                      tabled: set[int] | frozenset[int] = frozenset()) -> list[Candidate]:
    """Leading "headlines" with no sentence under them are masthead lines (环翠区政务信息 / 第38期); one over
    a web table (``tabled``: the tables' first lines) heads it: a table is an item's text without sentences."""
    while starts:
        stop = starts[1].first if len(starts) > 1 else len(page.lines)
        region = [page.text(k) for k in range(starts[0].first, stop)]
        if starts[0].inline or any(cues.SENTENCE_PUNCT_RE.search(t) for t in region) \
                or tabled and not tabled.isdisjoint(range(starts[0].last + 1, stop)) \
                or not starts[0].masthead and starts[0].length > MAX_SECTION \
                or starts[0].style in (BULLET, BRACKET, NUMBER) and len(starts) > 1 or _names_column(page, starts) \
                or _deck_under_page_line(page, starts):
            break  # a marked group heading (■ 政策动态, 【媒体聚焦】, 一、党建工作) heads the first item: its section
        starts = starts[1:]
    return starts


def _without_line_over_rule(page: Page, starts: list[Candidate]) -> list[Candidate]:
    """A "headline" at the foot of the masthead, over the printed rule that parts the masthead from the
    items (纪检监察工作信息 / 第6期 / 县纪委监委办公室编 / ━━━━): the masthead's last line, whose text the items
    under the rule are not."""
    if not starts or not page.rules or starts[0].inline or starts[0].first == 0 or starts[0].last + 1 >= len(page.lines):
        return starts
    top = starts[0]
    above, below = page.lines[top.last].start, page.lines[top.last + 1].start
    if page.rules[0].start < above or not above < page.rules[0].start < below \
            or not all(_masthead_like(page.text(k)) for k in range(top.first)):
        return starts
    return starts[1:]


def _deck_under_page_line(page: Page, starts: Sequence[Candidate]) -> bool:
    """A short headline right under the page's page or date line, right over the next headline
    (2007 年 9 月 10 日 星期 【打印】 / 开门纳谏解决环保问题 / 环保部门“大接访”引起群众关注 / 本报讯…): one deck of
    the first story's headline; the page line is the masthead."""
    top = starts[0]
    return len(starts) > 1 and not top.masthead and starts[1].first == top.last + 1 and not starts[1].masthead \
        and top.first > 0 and meta.is_page_line(page.text(top.first - 1))


def _names_column(page: Page, starts: Sequence[Candidate]) -> bool:
    """A short heading that names no publication (领导活动, not 社区简讯) right over a marked item whose
    text starts on its line (●8月22日,县委副书记…): the column the items stand in, their section."""
    top = starts[0]
    return len(starts) > 1 and not top.masthead and top.first == top.last and top.length <= MAX_SECTION \
        and starts[1].first == top.last + 1 and starts[1].inline and starts[1].style in (BULLET, BRACKET) \
        and not _PUBLICATION_RE.search(page.text(top.first))


_PUBLICATION_RE = re.compile(r"(?:简报|简讯|快报|专报|要情|[周月旬日晚时商]报|信息|通讯|汇编|摘编|选编)\s*$")
"""A publication's kind closing its name (要闻简报, 社区简讯, 政务信息): a masthead. …动态 and …活动 name a
column as often (乡镇动态, 领导活动)."""


def _without_credits(page: Page, starts: list[Candidate]) -> list[Candidate]:
    """A name alone in brackets after an item's text (…主动作为、担当尽责。 / (梅本炎)) is the item's unit or
    author (see :func:`_take_unit`): it closes that item, and heads neither an item nor a section."""
    return [c for k, c in enumerate(starts)
            if k == 0 or c.inline or c.first != c.last or c.style != PLAIN or not _UNIT_RE.match(page.text(c.first))]


_PHOTO_CREDIT_RE = re.compile(r"[\u4e00-\u9fff]{2,4}\s*摄$")
"""A photo's credit closing its caption (``消杀    白成旭 摄``, ``有序 李树民 摄``)."""
_MAX_CAPTION_WORDS = 12


def _without_photo_captions(page: Page, starts: list[Candidate]) -> list[Candidate]:
    """A photo page's captions stacked under its headline, over its text (护佑延安 抗疫有我 / 有序 李树民 摄 /
    坚守 / 消杀 白成旭 摄 / 奉献 / 温暖 / 当前,…): short unpunctuated lines, one a photo's credit at least.
    None of them starts an item: they are the captions of the headline's pictures, and the text under
    them is the headline's."""
    kept: list[Candidate] = []
    for cand in starts:
        if kept and not kept[-1].inline and not cand.inline and cand.style == PLAIN \
                and _captions_only(page.texts[kept[-1].last + 1:cand.last + 1]):
            continue
        kept.append(cand)
    return kept


def _with_photo_items(page: Page, found: Sequence[Candidate], starts: list[Candidate]) -> tuple[list[Candidate], set[int]]:
    """A photographer's credit (``YMG全媒体记者 唐克 摄``) under a caption closes it and heads nothing; a column
    label over a photo's caption (图片新闻 / 春运首日,…图为…巡查。 / the credit) opens the photo's item. Returns
    the starts and the lines of those labels, which name the item's section (its title: none)."""
    starts = [c for c in starts if not _closes_caption(page, c)]
    begun = [c.first for c in starts]
    labels = {c.first for c in found if c.first not in begun and _photo_label(page, c, begun)}
    return _with_added(starts, [c for c in found if c.first in labels]), labels


def _closes_caption(page: Page, cand: Candidate) -> bool:
    """``cand`` is a photo's credit alone on its line under a caption's last sentence (not one under a
    photo's headline: 春耕正忙 / 王五 摄)."""
    return not cand.inline and cand.first == cand.last and cand.first > 0 \
        and _PHOTO_CREDIT_RE.search(page.text(cand.first)) is not None and ends_sentence(page.text(cand.first - 1))


def _photo_label(page: Page, cand: Candidate, begun: Sequence[int]) -> bool:
    """``cand`` is a short label (a column's name: shorter than a deck) over prose that ends in a photo's
    credit before the next item (``begun``: the items' first lines, in order)."""
    if cand.inline or cand.first != cand.last or cand.style != PLAIN or cand.length >= MIN_DECK:
        return False
    stop = next((k for k in begun if k > cand.last), len(page.lines))
    return stop - cand.last > 2 and cues.SENTENCE_PUNCT_RE.search(page.text(cand.last + 1)) is not None \
        and _PHOTO_CREDIT_RE.search(page.text(stop - 1)) is not None


_MIN_CAPTION_STACK = 3
"""Lines in a stack of captions at least: a photo item's credit alone (春耕正忙 / 王五 摄) over the next
story's headline is no stack."""


def _captions_only(texts: Sequence[str]) -> bool:
    """The lines are a stack of short phrases without punctuation, one a photo's credit at least (the
    test on every line first: it fails at a body's first sentence)."""
    lines = [text for text in texts if text]
    return len(lines) >= _MIN_CAPTION_STACK and all(
        len(text) <= _MAX_CAPTION_WORDS and not cues.SENTENCE_PUNCT_RE.search(text) for text in lines) \
        and any(text[-1:] == "摄" and _PHOTO_CREDIT_RE.search(text) for text in lines)


def _without_captions(page: Page, starts: list[Candidate]) -> tuple[list[Candidate], dict[int, int]]:
    """A clipping that opens with its source line, a blank line under it, then short lines stacked right
    over its text (来源:… / 县委副书记…参加…审议 / 副县长…参加…审议 / 人大第一代表团审议现场 / 3月17日下午,…): those
    lines are the clipping's photo captions, not items of their own. The starts without them, and
    the source line's position → how many caption lines stand under it."""
    kept: list[Candidate] = []
    captions: dict[int, int] = {}
    under = -1  # the last line of the source line, or of the captions under it, while captions may follow
    for cand in starts:
        if under >= 0 and cand.first == under + 1 and not cand.inline and cand.style == PLAIN and not cand.sourced:
            captions[kept[-1].first] = cand.last - kept[-1].last
            under = cand.last
            continue
        under = cand.last if cand.sourced and cand.last + 1 < len(page.lines) and page.gap_before(cand.last + 1) else -1
        kept.append(cand)
    return kept, captions


def _with_added(starts: list[Candidate], added: Sequence[Candidate]) -> list[Candidate]:
    """``starts`` with the item starts a pass found besides them, in line order. A line some start holds
    already is no new one: two passes may each see an item open there, and one item with an empty region
    would follow (an IndexError, the whole text then one article)."""
    held = {k for c in starts for k in range(c.first, c.last + 1)}
    added = [c for c in added if c.first not in held]
    return sorted([*starts, *added], key=lambda c: c.first) if added else starts


def _untitled(page: Page, k: int, *, blank_before: bool = False) -> Candidate:
    """An item without a headline of its own, its text opening on line ``k``."""
    return Candidate(k, k, PLAIN, lead_of(page.lead(k)), inline=True, blank_before=blank_before)


def _group_over_text(page: Page, cand: Candidate, begun: set[int]) -> Candidate | None:
    """``cand`` as a group heading (:func:`_group_marker`) over text with no headline of its own: marked a
    section, and the untitled item under it returned; None (``cand`` unchanged) when it is no such heading."""
    below = cand.last + 1
    if cand.section or not _group_marker(page, cand) or below >= len(page.lines) or below in begun \
            or not _opens_text(page, below):
        return None
    cand.section = True
    return _untitled(page, below)


_ITEM_NUMBER_RE = re.compile(r"^\s*(?P<number>\d{1,2})\s*[、.．]")


def _with_numbered_run(page: Page, found: Sequence[Candidate], starts: list[Candidate]) -> list[Candidate]:
    """Under a masthead (工作信息 / 第18期), text that opens with a paragraph numbered 1． whose numbered
    paragraphs after blank lines run on in order (1． 2． 3．, none left out, none twice) is an issue of
    numbered items without headlines: each numbered paragraph starts an item, however its lead opens
    (自…以来, 为认真贯彻…), not only the dated ones. A report's numbered points come after its headline
    and opening text, or restart under its parts (1． 2． / 1． 2．), and are not read so."""
    numbered = [c for c in found if c.style == NUMBER and c.inline and c.blank_before and not c.masthead]
    if len(numbered) < 2 or not starts or starts[0].first != numbered[0].first \
            or any(not c.masthead for c in found if c.first < numbered[0].first) or not found[0].masthead:
        return starts
    numbers = [match.group("number") if (match := _ITEM_NUMBER_RE.match(page.text(c.first))) else None
               for c in numbered]
    if numbers != [str(n) for n in range(1, len(numbered) + 1)]:
        return starts
    begun = {c.first for c in starts}
    return _with_added(starts, [c for c in numbered if c.first not in begun])


def _with_untitled_after_rules(page: Page, starts: list[Candidate]) -> list[Candidate]:
    """A printed rule (————————, ═══) between two texts that have no headlines parts two items, as a
    工作信息 sets its untitled items apart: text under a rule, after item text that closes its sentence,
    opens the next item. A bracketed heading alone on its line (【政协履职】) over such a run of untitled
    items is their group heading, a section, and the text under it the first of them (see
    :func:`_group_markers_alike` for the group's other headings)."""
    if not starts or not page.rules:
        return starts
    begun = {c.first for c in starts}
    added = [_untitled(page, k, blank_before=True)
             for k in _under_rules(page) if k not in begun and k > starts[0].last + 1 and _opens_text(page, k)
             and not _colophon_line(page.text(k)) and closes(page.text(k - 1)) and not _heads_text(starts, k - 1)]
    if not added:
        return starts
    merged = sorted([*starts, *added], key=lambda c: c.first)
    new = {id(c) for c in added}  # by identity: a list's `in` compared every candidate field by field
    grouped = [item for above, cand in zip(merged, merged[1:])
               if id(cand) in new and (item := _group_over_text(page, above, begun))]
    return _with_added(starts, [*added, *grouped])


def _under_rules(page: Page) -> list[int]:
    """The lines right under a printed rule line (not under an end mark or a web page's furniture)."""
    positions = [ln.start for ln in page.lines]
    return sorted({k for rule in page.rules if is_rule(rule.text)
                   and 0 < (k := bisect_left(positions, rule.start)) < len(positions)})  # two rules in a row: one line


def _colophon_line(text: str) -> bool:
    """A labelled line (编辑：… 审核：…, 联系电话：…, （共印100份）) under the rule that closes the last item:
    the colophon's, no item's text."""
    return meta.footer_label(text) is not None or cues.is_label_line(text)


def _heads_text(starts: Sequence[Candidate], k: int) -> bool:
    """Line ``k`` is the last of a headline that starts an item (no item text above a rule)."""
    return any(c.last == k and not c.inline for c in starts)


def _group_markers_alike(page: Page, starts: list[Candidate]) -> list[Candidate]:
    """Where a bracketed heading alone on its line heads a group of items (【央媒聚焦】 over headlines), each
    such heading does (【网络问政】), also over a text that has no headline of its own (本报5月21日讯…):
    that heading is a section and the text under it an untitled item, not an entry titled 网络问政. Not
    where a group heading stands over bracketed headings (【乡镇概况】 / 【城关镇】): there the brackets
    mark entries too."""
    pairs = list(zip(starts, starts[1:]))
    if not any(a.section and _group_marker(page, a) for a, _ in pairs) \
            or any(a.section and _group_marker(page, a) and b.style == BRACKET for a, b in pairs):
        return starts
    begun = {c.first for c in starts}
    return _with_added(starts, [item for cand in starts if (item := _group_over_text(page, cand, begun))])


def _group_marker(page: Page, cand: Candidate) -> bool:
    """A short heading in brackets alone on its line (【网络问政】)."""
    text = page.text(cand.first).strip()
    return cand.style == BRACKET and not cand.inline and cand.first == cand.last and len(text) <= MAX_SECTION + 2 \
        and cues.BRACKET_RE.fullmatch(text) is not None


_SOURCE_CREDIT_RE = re.compile(r"^[（(【\[]?\s*(?:本文|文章|信息|资料)?(?:来源|来自|摘自|原载|刊于|转自|选自)\s*[：:]")
"""A clipping's source line by its label, dated or not (来源:zhushan.cn, 本文来源: 农业厅)."""
_MIN_CLOSING_SOURCES = 2
_MAX_CLOSING_LINE = 100


def _closing_line(text: str) -> bool:
    """A line that closes a clipping: its source line, dated or labelled, or the post's date stamp (never
    a paragraph's length: the cheap test, as every line of every compilation is asked)."""
    return len(text) <= _MAX_CLOSING_LINE and (
        (":" in text or "：" in text) and _SOURCE_CREDIT_RE.match(text) is not None or _dates_item(text)
        or _dashed_credit_date(text) is not None)


def _with_untitled_after_sources(page: Page, starts: list[Candidate]) -> list[Candidate]:
    """In a compilation whose items close with their source lines (来源:… 2017年05月23日, 本文来源: 农业厅 /
    07.03.2017 21:36), text after such a closing line and a blank line, under an item that has text of
    its own above the closing lines, opens the next item even without a headline of its own (a clipping
    pasted without its headline: 今日竹山网消息 8月17日晚…). Source lines right under a headline are
    its info lines, not its close."""
    parted = [k for k in range(2, len(page.lines)) if page.gap_before(k) and _closing_line(page.text(k - 1))]
    if not parted or not starts or len(parted) < _MIN_CLOSING_SOURCES \
            and sum(map(_closing_line, page.texts[1:])) < _MIN_CLOSING_SOURCES:
        return starts  # asked first of the lines a blank line parts from the next: the fewer by far
    begun = {c.first for c in starts}
    return _with_added(starts, [_untitled(page, k, blank_before=True) for k in parted
                                if k not in begun and _opens_text(page, k) and _text_above_close(page, k - 1, starts)])


def _labelled_source(text: str) -> bool:
    """A clipping's source line by its label (来源:黔西南日报, 来源:《贵州日报》2026年1月23日), dated or not."""
    return len(text) <= _MAX_CLOSING_LINE and (":" in text or "：" in text) \
        and _LABELLED_SOURCE_RE.match(text) is not None


def _sources_lead(page: Page, starts: Sequence[Candidate]) -> bool:
    """Whether the compiler set each clipping's source line at its top: a headline has one right under it."""
    below = [c.last + 1 for c in starts if not (c.section or c.inline) and c.last + 1 < len(page.lines)]
    return any(_labelled_source(page.text(k)) for k in below)


def _with_untitled_under_sources(page: Page, starts: list[Candidate]) -> list[Candidate]:
    """In a compilation whose clippings open with their source lines (感恩奋进写答卷 / 来源:《贵州日报》…),
    a source line under an item's closing sentence opens the next clipping, one pasted without its
    headline (… 中国式团结”。 / 来源:黔东南信息港 2014-03-20 / 近年来,该县…; 来源:农民日报 / 编者按 / …):
    the source line is that clipping's, as the headlines' are, not a close of the text above."""
    if not starts or not _sources_lead(page, starts):
        return starts
    begun = {c.first for c in starts}
    under = {c.last + 1 for c in starts}
    return _with_added(starts, [_untitled(page, k) for k in range(starts[0].last + 2, len(page.lines) - 1)
                                if _labelled_source(page.text(k)) and k not in begun and k not in under
                                and k + 1 not in begun and ends_sentence(page.text(k - 1))
                                and _opens_clipping(page, k + 1)])


def _opens_clipping(page: Page, k: int) -> bool:
    """Line ``k`` opens a clipping's text: prose, or its editor's note (编者按 alone on its line or run in),
    not the close of the text above (作者:… / 编辑:… under its source line)."""
    text = page.text(k).strip()
    if text in _EDITORS_NOTES or _EDITORS_NOTE_RE.match(text):
        return True
    return _opens_text(page, k) and not cues.is_label_line(text)


def _without_subtitle_starts(page: Page, starts: list[Candidate]) -> list[Candidate]:
    """A ``——`` line under a headline and its source line (感恩奋进写答卷 / 来源:《贵州日报》2026年1月23日 /
    ——写在2026年黔东南州两会召开之际) is the headline's subtitle, not the next item's headline."""
    kept: list[Candidate] = []
    for cand in starts:
        above = kept[-1] if kept else None
        if above is not None and not above.section and _SUBTITLE_RE.match(page.text(cand.first)) \
                and above.last + 1 < cand.first and all(_labelled_source(page.text(j))
                                                        for j in range(above.last + 1, cand.first)):
            continue
        kept.append(cand)
    return kept


def _opens_text(page: Page, k: int) -> bool:
    """Line ``k`` opens prose (punctuated in its first words), not a headline nor another source line."""
    text = page.text(k)
    return cues.SENTENCE_PUNCT_RE.search(page.lead(k)) is not None and not titlelike(text) and not _closing_line(text)


def _text_above_close(page: Page, k: int, starts: Sequence[Candidate]) -> bool:
    """The closing lines ending at line ``k`` stand under text of the item they close, and that text
    closes: not under its headline and its info lines (作者:张三 来源:… / 2024-01-02 10:30), which
    a blank line parts from the text they head."""
    owner = next((c for c in reversed(starts) if c.first <= k), None)
    j = k
    while j > 0 and _closing_line(page.text(j)):
        j -= 1
    if owner is None or owner.section or j <= owner.last:
        return False
    text = page.text(j)
    return closes(text) and not cues.is_label_line(text) and not cues.is_web_info_line(text) \
        and any(cues.SENTENCE_PUNCT_RE.search(page.text(i)) for i in range(owner.last + 1, j + 1))


def _without_contents_line(page: Page, starts: list[Candidate]) -> list[Candidate]:
    """A line alone in brackets right under the masthead (花蓮縣政新聞剪輯 / （升旗典禮．就職週年．拜會．團拜）)
    lists what the issue holds, or names who compiled it: the masthead's, never a headline, though the
    first item's text stands right under it with no headline of its own (【本報訊】…). That text opens an
    untitled item."""
    if not starts or starts[0].inline or starts[0].first != starts[0].last or starts[0].first == 0 \
            or not _UNIT_RE.match(page.text(starts[0].first)) \
            or not all(_masthead_like(page.text(k)) for k in range(starts[0].first)):
        return starts
    below = starts[0].last + 1
    if below >= len(page.lines) or len(starts) > 1 and starts[1].first == below or not _opens_text(page, below):
        return starts[1:]
    return [_untitled(page, below), *starts[1:]]


_MIN_GAPPED_HEADS = 2
"""Headlines after the first that stand after two blank lines, at least, before the text is read as
parting its items so."""


def _with_headlines_after_item_gaps(page: Page, starts: list[Candidate], breaks: set[int]) -> list[Candidate]:
    """Where two blank lines part the items (every headline after the first stands after them, or its date
    line does) and nothing else, a headline-like line after them over text opens an item, even where the
    text above breaks off mid-sentence (a clipping cut where its stored copy ends: …顯示新竹縣 / / /
    新竹縣元旦升旗 泰雅之聲獻唱…) or the headline runs to the column as a wrapped text line does. A page
    break (``breaks``) is no such gap."""
    heads = [c for c in starts[1:] if not c.inline and not c.section]
    if len(heads) < _MIN_GAPPED_HEADS:
        return starts
    gaps = {k for k in range(starts[0].last + 2, len(page.lines) - 1) if page.blank_before[k] and page.parted(k)}
    if any(c.first not in gaps and c.first - 1 not in gaps for c in heads):
        return starts
    begun = {c.first for c in starts}
    headed = {c.first for c in starts if not (c.inline and c.title is None and c.style == PLAIN and not c.section)}
    wide = [k for k in sorted(gaps) if k not in breaks]
    opening = {k for k in wide if k in headed or k + 1 in begun}
    added = [Candidate(k, k, PLAIN, lead_of(page.lead(k + 1)), blank_before=True, length=len(page.text(k)))
             for k in wide if k not in opening and titlelike(page.text(k)) and _opens_text(page, k + 1)]
    if len(added) != len(wide) - len(opening):
        return starts
    titled = {c.first for c in added}  # an item another pass opened there untitled: its headline heads it
    return _with_added([c for c in starts if c.first not in titled], added)


def _items(starts: Sequence[Candidate], end: int, issue: ParsedIssue, page: Page, taken: set[int]) -> list[_Item]:
    """The item regions; section headings set the section of the items below them. A date line between
    a section heading and the headline under it is furniture too, unless it is the item's leading source
    line (one of ``taken``): no item's region holds it, and it must not be lost."""
    items: list[_Item] = []
    section = None
    paged: list[int] | None = None  # the page lines, read once a section may end at one
    for k, cand in enumerate(starts):
        stop = starts[k + 1].first if k + 1 < len(starts) else end
        if section and k and paged is None:
            paged = [j for j, text in enumerate(page.texts) if meta.is_page_line(text)]
        if section and k and paged is not None and (bisect_left(paged, cand.first) > bisect_left(paged, starts[k - 1].first)
                                                     or cand.first in page.opens_post and not starts[k - 1].section):
            section = None  # a page line between, or a saved page's breadcrumb or pager above: a new page,
            # whose columns are its own
        if cand.section:
            section = cues.BULLET_RE.sub("", page.text(cand.first)).strip()
            if bracket := cues.BRACKET_RE.fullmatch(section):
                section = bracket.group("title").strip()  # 【他山之石】 names the section 他山之石
            issue.furniture.extend(page.text(j) for j in range(cand.first, stop) if j not in taken)
            continue
        if k == 0 and _heads_page(page, starts):
            section = page.text(cand.first).strip()
            issue.furniture.append(page.text(cand.first))
            cand = Candidate(cand.last + 1, cand.last + 1, PLAIN, cand.lead, inline=True, title="")  # its own text
        items.append(_Item(cand, stop, section))
    return items


def _heads_page(page: Page, starts: Sequence[Candidate]) -> bool:
    """The first heading opens the page over its own text and outranks the short entries below it: a
    志's section (第三节 县乡组织 / its paragraph / 壹、金门县 …) or a place's page title (張村鄉(…江山市) /
    its lead paragraph / 位置境域 …). It is the section of every entry, its text an entry without a
    heading of its own."""
    top, entries = starts[0], starts[1:]
    if top.inline or top.section or len(entries) < 2 or entries[0].first <= top.last + 1:
        return False
    if any(c.inline or c.section or c.style not in (PLAIN, NUMBER) or c.length > MAX_SECTION for c in entries):
        return False
    if CHAPTER_RE.match(page.text(top.first)):  # a 志's parts may open with a date (民國42年8月17日設…)
        return not any(CHAPTER_RE.match(page.text(c.first)) for c in entries)
    return top.style == PLAIN and top.length > MAX_SECTION and all(c.lead != DATED for c in entries)


def _preamble(lines: Sequence[Line], issue: ParsedIssue) -> None:
    """Masthead lines to the metadata, a table of contents to ``toc``; prose becomes an article, titled
    by the headline-like line right above it (the first item, when its headline was not recognised)."""
    in_toc = False
    masthead: list[Line] = []
    prose: list[Line] = []
    for line in lines:
        text = line.text
        if _TOC_HEAD_RE.match(text.replace(" ", "")):
            in_toc = True
            issue.furniture.append(text)
        elif in_toc:
            issue.toc.append(text)
        elif label := meta.header_label(text) or meta.footer_label(text):
            meta.add_line(issue.metadata, label, text)
        elif not prose and (cues.source_date(text) or cues.line_date(text) or _masthead_like(text)):
            masthead.append(line)
        else:
            prose.append(line)  # from the first punctuated line on: text, even in short wrapped lines
    source = masthead.pop() if prose and masthead and _LABELLED_SOURCE_RE.match(masthead[-1].text) else None
    title = masthead.pop() if prose and masthead and _heads_prose(masthead[-1].text) else None
    if title is None and _headline_apart(prose):
        title = prose.pop(0)  # 疫情防控期间,聚在…,常德多名社区干部被处分 / (blank) / its text
    for line in masthead:
        meta.add_line(issue.metadata, "报头", line.text)
    if prose and title is None and _EDITORS_NOTE_RE.match(prose[0].text):
        meta.add_line(issue.metadata, "编者按", reflow([ln.raw for ln in prose]))  # the issue's, over its items
    elif prose:
        region = sorted([ln for ln in (title, source) if ln is not None] + prose, key=lambda ln: ln.start)
        article = ParsedArticle(title=tidy_title(title.text) if title else "", body=reflow([ln.raw for ln in prose]),
                                span=span_of(region))
        if source is not None:  # a clipping's labelled source line right over its text (来源:… 2017-11-09) dates it
            article.source_unit = article.source_unit_raw = source.text.strip()
            _date_from(article, source.text, [])
        issue.articles.append(article)


_EDITORS_NOTES = frozenset({"编者按", "编者的话"})
_EDITORS_NOTE_RE = re.compile(r"^(?:[【\[]\s*(?:编者按|编者的话)\s*[】\]]|(?:编者按|编者的话)\s*[：:])")
"""An editor's note (编者按：近期，各地街道社区…供学习借鉴。) before the first item introduces the issue."""


def _masthead_like(text: str) -> bool:
    return len(text) <= 40 and not cues.SENTENCE_PUNCT_RE.search(text) and not ends_sentence(text)


def _heads_prose(text: str) -> bool:
    """A masthead-like line long enough to be the headline of the text under it (not 政务信息, 第9期)."""
    return len(text) >= _MIN_PROSE_TITLE and titlelike(text) and not is_masthead_line(text)


_MIN_PROSE_TITLE = 8
_MAX_PROSE_TITLE = 50


def _headline_apart(prose: Sequence[Line]) -> bool:
    """The prose opens with a line set apart by a blank line under it that ends no sentence and leaves
    no clause open (no 。；, no closing comma or colon), above punctuated text: the headline of the text,
    even with the commas of a long headline (…期间,聚在…,常德多名…被处分), which no candidate takes."""
    if len(prose) < 2 or prose[1].start <= prose[0].start + len(prose[0].raw) + 1:
        return False
    text = prose[0].text
    return _MIN_PROSE_TITLE <= len(text) <= _MAX_PROSE_TITLE and not ends_sentence(text) and "。" not in text \
        and "；" not in text and text[-1] not in "，、：:,;" and cues.SENTENCE_PUNCT_RE.search(prose[1].text) is not None


def _leading_sources(page: Page, starts: Sequence[Candidate]) -> dict[int, int]:
    """When clipping source lines stand right before their headlines (most items): line → item start.
    A page line between them (2025年07月07日 / 第A09版:澳聞 / headline) is the page's: issue metadata."""
    heads = [c for c in starts if not c.section]
    begun = {c.first for c in starts}
    before = {}
    for c in heads:
        k = c.first - 1
        while k > 0 and meta.header_label(page.text(k)) in meta.PAGE_LABELS:
            k -= 1
        if k >= 0 and k not in begun and _dates_item(page.text(k)):  # a line that starts an item leads none
            before[k] = c.first
    return before if len(before) >= 2 and len(before) * 2 >= len(heads) else {}


def _lone_date_lines(page: Page, starts: Sequence[Candidate]) -> dict[int, int]:
    """A date or source line standing alone right above a headline, parted by a blank line from the
    text above it, which closes its sentence (…正副議長。 / / 2025-02-03 | 台灣好新聞 / 桃園市議會新春團拜…):
    that headline's, though the other items have none (see :func:`_leading_sources`). A date line
    right under an item's last sentence (…空間。 / 2021/05/15, a release's ``2024-01-02 发布``) closes
    that item; one under a headline or its info lines heads no item: line → item start."""
    firsts = [c.first for c in starts]
    begun = set(firsts)
    before = {}
    for c in starts:
        k = c.first - 1
        if c.section or k < 1 or k in begun or not page.gap_before(k) or not _dates_item(page.text(k)) \
                or meta.is_page_line(page.text(k)):
            continue  # a newspaper's page line (人民日报 2025年1月3日 第7版) dates the page: issue metadata
        at = bisect_left(firsts, k)  # the item above the line (starts are in line order)
        owner = starts[at - 1] if at else None
        if owner is not None and not owner.section and owner.last < k - 1 and ends_sentence(page.text(k - 1)):
            before[k] = c.first
    return before


def _dates_item(text: str) -> bool:
    """A clipping's source line or a release's date line (either may stand above its item)."""
    return cues.source_date(text) is not None or cues.line_date(text) is not None


def _article(page: Page, item: _Item, issue: ParsedIssue, above: dict[int, int], kicker_first: bool,
             *, every: bool) -> ParsedArticle:
    """The article of one item; ``above``: item start → its leading source or date line; ``every``:
    whether such lines lead the items (most items have one), or stand over a few alone, the other items
    keeping their sources where they are."""
    head = item.head
    stop = above.get(item.stop, item.stop)
    region = item.lines or page.lines[head.first:stop]
    title, body_lines, derived = _title(page, head, region, issue)
    title, tag = _square_tag(title, issue)
    article = ParsedArticle(title=title, body="", section=item.section or tag or _tag(page, head, title)
                            or page.channels.get(head.first), span=span_of(region))
    lead = above.get(head.first)
    clipped = lead is not None and cues.source_date(page.text(lead)) is not None \
        or _trailing_source(region)[1] is not None  # a newspaper's story, with its decks in its order
    body_lines = _second_headline(page, item, article, body_lines, issue, kicker_first or clipped)
    body_lines = _take_page_lines(body_lines, issue)
    if paged := _opens_with_page_line(body_lines, issue):
        body_lines = _take_first_line(body_lines, issue)
    if every and above or lead is not None:
        source = page.text(lead) if lead is not None else None
        for k in range(lead + 1, head.first) if lead is not None else ():
            meta.add_line(issue.metadata, meta.header_label(page.text(k)) or "版面", page.text(k))
    elif head.sourced:
        source = region[0].text  # the line the item opens with: a source line closing it too stays its text
    else:
        body_lines, source = _trailing_source(body_lines)
        if source is None:
            body_lines, source = _source_under_headline(body_lines)
    closing = None
    if source is None and not head.sourced:
        body_lines, closing = _closing_page_line(body_lines, article)
    if head.sourced and source is None:
        source = region[0].text
    body_lines = _take_subtitle(body_lines, article)
    raws = _take_bylines(body_lines, article)
    if paged and source is not None and _source_date(source) is None:
        meta.add_line(issue.metadata, "版面", source)  # the page's date above the headline: dated by its opening
        source = None
    if lead is not None and source is not None and _source_date(source) is None and not head.sourced:
        # a date line above: the text's first line
        raws.insert(0, source)
        article.span = span_of([page.lines[lead], *region])
        _date_from(article, source, [])
        source = None
    _take_unit(raws, article, source or closing)
    # photo captions over a clipping's text close it, one paragraph each: the text opens the body
    article.body = "\n".join([reflow(raws[item.captions:]), *(reflow([raw]) for raw in raws[:item.captions])])
    if derived and not article.title:  # a headline under a clipping's source line (来源:… / 附件) is its title
        article.title, article.title_derived = brief_title(article.body), True
        article.kind = BRIEF
    _date_from(article, source, body_lines)
    return article


_MIN_TAGGED_TITLE = 6


_SQUARE_TAG_RE = re.compile(r"^(?:\[(?P<tag>[^\[\]\s\d]{1,8})\]|(?P<channel>[\u4e00-\u9fff]{2,6})\s*[丨｜︱])\s*(?=\S)")


def _square_tag(title: str, issue: ParsedIssue) -> tuple[str, str | None]:
    """A web headline's tag in square brackets or its channel before a bar (``[雲林] 元長鄉新建公所落成啟用…``,
    ``快讯丨2023年自治区总林长会议在南宁召开``, ``農曆新年︱官員歲晚家訪…`` with the vertical form's bar U+FE31):
    the title without it, and the tag, the item's section; the
    tag goes to the furniture with its marks."""
    match = _SQUARE_TAG_RE.match(title)
    if match is None:
        return title, None
    tag = match.group("tag") or match.group("channel")
    issue.furniture.append(match.group(0).strip())
    return title[match.end():], tag


def _tag(page: Page, head: Candidate, title: str) -> str | None:
    """The bracketed column tag in front of a headline (【经济发展】我区召开…): the item's section."""
    match = cues.BRACKET_RE.match(page.text(head.first)) if head.style == BRACKET else None
    return match.group("title").strip() if match and title != match.group("title").strip() else None


def _title(page: Page, head: Candidate, region: Sequence[Line], issue: ParsedIssue) -> tuple[str, list[Line], bool]:
    """(title, body lines, title derived?) for an item; its bullet, bracket or number is furniture."""
    first = region[0]
    if head.sourced:
        return "", list(region[1:]), True  # the source line: the article's source_unit (see _article)
    if head.title is not None:  # a run-in title, under the headline's other lines when it has more
        decks, first = region[:head.last - head.first], region[head.last - head.first]
        rest = first.text[len(head.title):]
        if separator := rest[:len(rest) - len(rest.lstrip(_ENTRY_SEPARATORS))].strip():
            issue.furniture.append(separator)  # 〓 after a run-in title
            rest = rest.lstrip(_ENTRY_SEPARATORS)
        title = tidy_title("".join([*(ln.text for ln in decks), head.title]))
        return title, [Line(rest, first.start, rest.strip()), *region[len(decks) + 1:]], False
    if head.inline:
        text = _strip_mark(first.text, issue)
        if head.style == BRACKET and (title := cues.BRACKET_RE.match(first.text)):
            after = first.text[title.end():]
            if len(region) > 1 and len(after.strip()) >= _MIN_TAGGED_TITLE and titlelike(after.strip()) \
                    and (page.short(head.first) or _release_line(region[1].text)):
                # a wrapped entry's first line runs to the column; a headline line may run past it, and
                # then the release's date or label line stands under it
                issue.furniture.append(title.group(0).strip())  # 【经济发展】我区召开…推进会: a tag, then the headline
                return tidy_title(after), list(region[1:]), False
            issue.furniture.append("【】")
            return title.group("title").strip(), [Line(after, first.start, after.strip()), *region[1:]], False
        return "", [Line(text, first.start, text), *region[1:]], True
    count = head.last - head.first + 1
    title = _headline(page, region[:count], issue)
    return title, list(region[count:]), False


def _headline(page: Page, lines: Sequence[Line], issue: ParsedIssue) -> str:
    glue = "" if page.column is not None else " "
    return tidy_title(_strip_mark(glue.join(ln.text for ln in lines), issue))


def _second_headline(page: Page, item: _Item, article: ParsedArticle, body: list[Line], issue: ParsedIssue,
                     kicker_first: bool) -> list[Line]:
    """The headline under the first: a ``——`` subtitle; else the main title under a kicker (引题) on a
    newspaper page, or the shorter of the two is the subtitle."""
    sub = item.subhead
    if sub is None:
        return body
    if item.middle:  # 引题 / 主题 / 副题
        article.kicker, article.title = article.title, _headline(page, body[:1], issue)
        body = body[1:]
        count = sub.last - sub.first + 1
        article.subtitle = _headline(page, body[:count], issue)
        return body[count:]
    count = sub.last - sub.first + 1
    second = _headline(page, body[:count], issue)
    kicker_first = kicker_first or _newspaper_story(body[count:count + 2])
    bigger = biggest_deck([page.lines[item.head.first:item.head.last + 1], body[:count]])
    rest = body[count:]
    if _third_deck(rest) and not kicker_first:  # a release's headline over two subtitles, then its info line
        article.subtitle = f"{second} {rest[0].text}"
        return rest[1:]
    if bigger is None:
        below_is_title = not _SUBTITLE_RE.match(second) and not cues.REPORTED_SPEECH_RE.match(second) \
            and not _ATTENDANCE_DECK_RE.match(second) and (kicker_first or len(second) > len(article.title))
    else:
        below_is_title = bigger == 1 and not _SUBTITLE_RE.match(second)
    if below_is_title:
        article.kicker, article.title = article.title, second
    else:
        article.subtitle = second
    rest = body[count:]
    if rest and _SUBTITLE_RE.match(rest[0].text) and article.subtitle is None and len(rest[0].text) <= 50:
        article.subtitle, rest = rest[0].text, rest[1:]  # the third deck: kicker, title, ——subtitle
    return rest


_ATTENDANCE_DECK_RE = re.compile(r"^[\u4e00-\u9fff·、\s]{2,16}?(?:出席|参加|主持|陪同|讲话|致辞)(?:并讲话|并致辞)?$")
"""A deck that only says who attended or spoke (``林剑彪参加``, ``李明出席并讲话``): a newspaper prints it under
the main title as its 副题, never as the title itself nor as a kicker over it."""


def _third_deck(rest: Sequence[Line]) -> bool:
    """A third headline line under the subhead, right over the release's info line (发布日期:…): a web
    release prints its headline, then its subtitles; a kicker stands over one title only."""
    return len(rest) > 1 and titlelike(rest[0].text) and _release_line(rest[1].text)


def _newspaper_story(lines: Sequence[Line]) -> bool:
    """The text under the headlines opens with a newspaper's dateline or byline (本报北京1月29日电,
    本报记者 崔 佳): a clipped story, whose decks follow the newspaper's order (引题 above 主题)."""
    return any(cues.is_dateline(ln.text) or cues.is_byline_line(ln.text) for ln in lines)


def _take_page_lines(body: list[Line], issue: ParsedIssue) -> list[Line]:
    """A page line (人民日报 2025年01月07日 第07版：政治, A1：要闻总第3311期 >2018-09-26编印) inside an item
    is the next page's: issue metadata."""
    kept = []
    for line in body:
        if meta.is_page_line(line.text):
            meta.add_line(issue.metadata, "版面", line.text)
        else:
            kept.append(line)
    return kept


def _opens_with_page_line(body: Sequence[Line], issue: ParsedIssue) -> bool:
    """A newspaper story whose text opens with its paper and page (``《内蒙古日报》(2017年1月17日) 01版``, as
    an aggregator prints it under the headline): that line, and a date line above the headline, are the
    page's; the story's own opening (``本报1月16日讯``, a photo caption) dates it."""
    first = next((ln.text for ln in body if ln.text), "")
    return issue.layout == "newspaper" and cues.source_date(first) is not None and not _LABELLED_SOURCE_RE.match(first)


_LABELLED_SOURCE_RE = re.compile(r"^[（(【\[]?\s*(?:来源|来自|摘自|原载|刊于|转自|选自)\s*[：:]")
"""A source line with its label (来源:定西日报 2018-12-29): a clipping's own source, which dates it, not
the page a newspaper story was printed on."""


def _take_first_line(body: list[Line], issue: ParsedIssue) -> list[Line]:
    """The body without its first non-blank line, which goes to the issue metadata as a page line."""
    k = next(k for k, ln in enumerate(body) if ln.text)
    meta.add_line(issue.metadata, "版面", body[k].text)
    return body[k + 1:]


def _strip_mark(text: str, issue: ParsedIssue) -> str:
    """Remove a bullet or a number from the start of a headline, or the 【】 around it (furniture)."""
    if (m := cues.BULLET_RE.match(text)) or (m := cues.NUMBER_RE.match(text)):
        issue.furniture.append(m.group(0).strip())
        return text[m.end():]
    if text.startswith("【") and text.rstrip().endswith("】") and text.count("【") == 1:
        issue.furniture.append("【】")
        return text.strip()[1:-1]
    return text


_DASHED_CREDIT_RE = re.compile(
    r"^(?:——|—|－－|--)\s*[^\s，。,;；：:]{2,20}?\s*(?P<year>\d{4})\s*[-./年]\s*(?P<month>\d{1,2})\s*[-./月]"
    r"\s*(?P<day>\d{1,2})\s*日?$")
"""A clipping's credit after a dash, the site or paper and the day it ran (``——安庆市宜秀区政府网 2016-04-21``):
its source line, set after its text as a quotation's author is."""


def _dashed_credit_date(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a dashed credit (:data:`_DASHED_CREDIT_RE`), else None."""
    if text[:1] not in "—－-" or (match := _DASHED_CREDIT_RE.match(text.strip())) is None:
        return None
    year, month, day = int(match.group("year")), int(match.group("month")), int(match.group("day"))
    return (year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def _source_date(text: str) -> tuple[int, int, int] | None:
    """The date of a clipping's source line, with its label, paper or page, or after a dash."""
    return cues.source_date(text) or _dashed_credit_date(text)


def _trailing_source(body: list[Line]) -> tuple[list[Line], str | None]:
    """A clipping's source line among the item's last two lines."""
    for i in range(len(body) - 1, max(-1, len(body) - 3), -1):
        if _source_date(body[i].text):
            return body[:i] + body[i + 1:], body[i].text
    return body, None


def _closing_page_line(body: list[Line], article: ParsedArticle) -> tuple[list[Line], str | None]:
    """A saved e-paper page's closing line under the story: the paper, the page, the story's own headline
    again and the page's date (``今日定海 一版要闻 00001 区人大常委会组织开展…活动 2023-06-19 2 2023年06月19日
    星期一``). It is the clipping's source line: it dates the story (the text's opening names the day of the
    event, the paper ran it later), and it is no paragraph of the text. The headline in it tells it
    from a closing sentence that quotes a date."""
    k = next((k for k in range(len(body) - 1, -1, -1) if body[k].text), None)
    if k is None or k == 0:
        return body, None
    text = body[k].text
    heads = [head for head in (article.title, article.kicker) if head and len(head) >= _MIN_TAGGED_TITLE]
    key = "".join(text.split())
    held = next((head for head in heads if "".join(head.split()) in key), None)
    if held is None or (date := _LABELLED_DATE_RE.search(text.replace(held, " "))) is None:
        return body, None
    year, month, day = int(date.group("year")), int(date.group("month")), int(date.group("day"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return body, None
    article.year, article.month, article.day = year, month, day
    return body[:k] + body[k + 1:], text


def _source_under_headline(body: list[Line]) -> tuple[list[Line], str | None]:
    """A clipping's labelled source line right under its headline (陇西频受主流央媒关注 / 来源:定西日报
    2018-12-29 / 陇西讯…): the item's source, which dates it when it states a date (来源:黔西南日报 does not),
    never its text."""
    k = next((k for k, ln in enumerate(body) if ln.text), None)
    if k is None or not _labelled_source(body[k].text):
        return body, None
    return body[:k] + body[k + 1:], body[k].text


def _take_subtitle(body: list[Line], article: ParsedArticle) -> list[Line]:
    """A ``——`` line opening the body is the subtitle, unless a second headline already is (then the line
    stays text: a subtitle taken twice would lose the first)."""
    if body and article.subtitle is None and _SUBTITLE_RE.match(body[0].text) and len(body[0].text) <= 50:
        article.subtitle = body[0].text
        return body[1:]
    return body


def _take_bylines(body: list[Line], article: ParsedArticle) -> list[str]:
    """Byline lines anywhere (whole lines of 记者/通讯员 tokens) and a byline glued to the last sentence."""
    raws: list[str] = []
    for line in body:
        found = parse_byline_line(line.text) if len(line.text) <= 40 and has_byline_word(line.text) else None
        if found:
            article.bylines += found
        else:
            raws.append(line.raw)
    if raws and (glued := split_glued(raws[-1].strip())) is not None:
        raws[-1], bylines = glued
        article.bylines += bylines
    return raws


def _take_unit(raws: list[str], article: ParsedArticle, source: str | None) -> None:
    """The closing unit on its own line, or the clipping's source line, to ``source_unit``."""
    if source is not None:
        article.source_unit = article.source_unit_raw = source.strip()
        return
    for i in range(len(raws) - 1, -1, -1):
        if raws[i].strip():
            if match := _UNIT_RE.match(raws[i].strip()):
                article.source_unit, article.source_unit_raw = match.group("name"), raws[i].strip()
                raws[i] = ""
            return


def _date_from(article: ParsedArticle, source: str | None, body: Sequence[Line]) -> None:
    """Date an item by its source line or by a date line under its headline (else the body's opening)."""
    if article.month is not None:
        return
    found = (_source_date(source) or cues.line_date(source) or info_line_date(source)) if source else None
    for line in [*body[:3], *body[-3:][::-1]]:  # under the headline, or closing the item (HK releases)
        if found is None:
            found = cues.line_date(cells_apart(line.text))  # a saved table's date row (日期: | 2018-01-04 |)
            found = found or cues.trailer_date(line.text)  # a one-line entry's closing fields (…。 发布日期:…)
    for line in body[:2]:
        if found is None:
            found = info_line_date(line.text)
    if found:
        article.year, article.month, article.day = found


_LABELLED_DATE_RE = re.compile(r"(?<!\d)(?P<year>\d{4})\s*[年\-./]\s*(?P<month>\d{1,2})\s*[月\-./]\s*(?P<day>\d{1,2})(?!\d)")


def info_line_date(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a web release's info line under its headline, whose fields are set off by
    spaces rather than bars: a label line holding the release's date anywhere (``来源:泰顺新闻网
    发布时间:2020-05-27 15:10:52 作者:…``, ``来源:武陵源区融媒体中心 作者:… 编辑:王庆 2022-07-14 15:59:30``), or a
    line that opens with the date and time before the page's counters (``2010/1/6 16:43:13 次浏览 分类:…``)."""
    stripped = text.strip()
    if not (cues.is_label_line(stripped) or cues.is_web_info_line(stripped)):
        return None
    match = _LABELLED_DATE_RE.search(stripped)
    if match is None:
        return None
    year, month, day = int(match.group("year")), int(match.group("month")), int(match.group("day"))
    return (year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 and 1949 <= year <= 2100 else None


def _release_date(text: str) -> tuple[int, int, int] | None:
    """The date of a release's info line under its headline (发布时间:2020-03-23, 2020-03-17 16:30:50 来源:…)."""
    return info_line_date(text) or cues.line_date(text)


def split_bullets(lines: Sequence[Line]) -> ParsedIssue:
    """Bullet lists of short items: the compilation splitter, labelled for the report."""
    return split_compilation(lines, layout="bullets")


def split_yearbook(lines: Sequence[Line]) -> ParsedIssue:
    """年鉴 pages: 【…】 entry headings, through the compilation splitter."""
    return split_compilation(lines, layout="yearbook")


def split_clippings(lines: Sequence[Line]) -> ParsedIssue:
    """Clipping compilations: items with their own source lines."""
    return split_compilation(lines, layout="clippings")



def count_sources(lines: Sequence[Line]) -> int:
    """How many lines are clipping source lines (《人民日报》2026年1月30日第3版, 来源：…)."""
    return sum(1 for ln in lines if ln.text and len(ln.text) <= 60 and cues.source_date(ln.text))


def compilation_kind(issue: ParsedIssue) -> str:
    """Name the compilation for the import report by what its items mostly are."""
    items = issue.articles
    if sum(1 for a in items if a.source_unit_raw and cues.source_date(a.source_unit_raw)) * 2 >= len(items):
        return "clippings"
    if sum(1 for a in items if a.kind == BRIEF) * 2 > len(items):
        return "bullets"
    if "【】" in issue.furniture and issue.furniture.count("【】") * 2 >= len(items):
        return "yearbook"
    return issue.layout


def compilation_confidence(issue: ParsedIssue) -> float:
    """Sure when most items open with a dated lead or a marked headline; unsure for a few plain ones."""
    items = [a for a in issue.articles if a.title or a.kind == BRIEF]
    if not items or MIXED_COLUMNS in issue.warnings:
        return 0.2
    dated = sum(1 for a in items if lead_of(a.body) != UNDATED or a.month_day or a.kind == BRIEF or a.source_unit)
    return 0.5 + 0.45 * dated / len(issue.articles)


_PHOTO_MARK_RE = re.compile(r"(?:^\s*|\S[ \u3000]{4,})(\d{1,2})$")
"""A photo's number printed on the page's text (its reference mark): a number alone on its line, or set
apart at the end of a text line by a wide space (``…残疾人工作先进集            2``)."""


def _without_numbered_captions(page: Page, starts: list[Candidate]) -> list[Candidate]:
    """A 年鉴 entry's photos, numbered on its text (``1``, ``2`` set apart at the margin), have their
    captions numbered the same under the text (``1. 4月6日,…市长张耕(前中)带队调研`` / ``2. 11月1日,…``):
    the numbered run that closes the page is the entry's captions, not items of their own, when the
    text above it marks photos 1 and 2 (the run's own numbers may have been read off as its marks
    already, and a caption's wrapped line taken for the next one's text)."""
    run = len(starts)
    while run > 1 and starts[run - 1].style == NUMBER:
        run -= 1
    if run == len(starts):
        return starts
    marks = {m.group(1) for k in range(starts[run - 1].first, starts[run].first)
             if page.text(k)[-1:].isdecimal() and (m := _PHOTO_MARK_RE.search(page.lines[k].raw.rstrip()))}
    return starts[:run] if {"1", "2"} <= marks else starts
