"""Items without a headline of their own that a compilation sets apart only by a blank line.

A 工作简报 that runs its paragraphs on, one right under the other (indented, or after a short line that
ends a sentence), uses a blank line for one thing only: to part two items. There, text after a blank
line that follows a closed sentence opens the next item even without a headline (兰陵's ``4月23日,…`` under
上蔡's last paragraph, a ``中評社桃園2月23日電`` story under another release). Where paragraphs are parted by
blank lines (a web page saved as text), a blank line alone tells nothing; there an item starts without
a headline where its text could not be the release's above: it opens with a day after the release's own
date (:func:`with_untitled_after_release`), or it runs its paragraphs on under a release that parts
them by blank lines (another hand set it: :func:`_style_changes`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property

from gazette_reader.ingest import metadata as meta
from gazette_reader.ingest.layouts import cues
from gazette_reader.ingest.layouts.headings import PLAIN, Candidate, Page, closes, lead_of, titlelike
from gazette_reader.ingest.lines import CLOSERS, SENTENCE_ENDS, Line, ends_sentence

_MIN_RUN_ON = 3
"""Paragraphs that start right under the one above, at least, before blank lines are read as item breaks."""
_RUN_ON_RATIO = 3
"""…and this many times as many as the blank lines inside item text that would part items."""
_INDENTS = " \t\u3000"


def page_breaks(lines: Sequence[Line], page: Page) -> set[int]:
    """The page's lines whose blank lines above are a page's end and nothing more: they hold a page's
    furniture (a page number or running head blanked by
    :func:`~gazette_reader.ingest.pages.blank_page_furniture`, which keeps its offset: the next line
    starts past an empty line's end), and no more blank lines than the file's other page ends (a page
    that ends where the text parts two items has the text's own blank line besides its foot's).

    One blanked line standing right between two lines of text (a saved page's image line, ``![]() |``,
    between paragraphs) is a site's furniture, not a page's end: it has no foot, and counted as one it
    would make every real page end, with its blank line, look like an item break.

    Nor is a page's end one where the text leaves two blank lines of its own besides the foot's
    (:meth:`~gazette_reader.ingest.layouts.headings.Page.parted`: pages saved one after another, printed
    with page numbers): the gap the text parts its items by, read as it is read without the page's end.
    Were every page end in the file such a gap, the least count would call them all mere page ends."""
    gaps: dict[int, tuple[int, int]] = {}  # page line → (blank lines of the text's own, furniture lines) above
    index = {ln.start: k for k, ln in enumerate(page.lines)}
    blanks, furniture = 0, 0
    for line, nxt in zip(lines, [*lines[1:], None]):
        if line.text:
            if furniture and line.start in index:
                gaps[index[line.start]] = (blanks, furniture)
            blanks, furniture = 0, 0
        elif line.raw or nxt is None or nxt.start == line.start + 1:
            blanks += 1
        else:
            furniture += 1
    ends = [count for count, parts in gaps.values() if count or parts > 1] or [count for count, _ in gaps.values()]
    least = min(ends, default=0)
    return {k for k, (count, _) in gaps.items() if count <= least and not page.parted(k)}


def _sentence_end(text: str) -> bool:
    """``ends_sentence`` behind a cheap test of the last character (asked of every line)."""
    last = text[-1:]
    return (last in SENTENCE_ENDS or last in CLOSERS) and ends_sentence(text)


def _paragraph_runs_on(page: Page, k: int) -> bool:
    """A paragraph starts on line ``k`` right under the one above: no blank line between, the line above
    ends a sentence, and line ``k`` is indented or the line above stops short of the column."""
    return not page.blank_before[k] and _sentence_end(page.texts[k - 1]) \
        and (page.lines[k].raw[:1] in _INDENTS or page.short(k - 1))


def _runs_paragraphs_on(tally: _Tally, gaps: Sequence[int], first: int) -> bool:
    """Paragraphs below line ``first`` mostly start right under the one above rather than after a blank
    line (``gaps``: the blank lines inside item text)."""
    run_on = tally.runs_on[-1] - tally.runs_on[first + 1]
    return run_on >= _MIN_RUN_ON and run_on >= _RUN_ON_RATIO * len(gaps)


class _Tally:
    """How many lines of a kind stand before each line of the page, counted once: the rules ask, at every
    gap, whether the item above holds such a line, and reading the item again at each gap was quadratic
    in its length (4,000 paragraphs under one headline: 4 s)."""

    def __init__(self, page: Page, breaks: set[int]) -> None:
        self.page, self.breaks = page, breaks
        self._ends: dict[int, tuple[int, int | None]] = {}  # from line → (read up to, first end found)

    @cached_property
    def runs_on(self) -> list[int]:
        """Lines that start a paragraph right under the one above (:func:`_paragraph_runs_on`)."""
        return _prefix(k > 0 and _paragraph_runs_on(self.page, k) for k in range(len(self.page.lines)))

    def ends_between(self, low: int, high: int) -> bool:
        """Some line in ``range(low, high)`` ends a sentence or a teaser (:func:`_cut_off`). Asked of one
        item's text with ``high`` growing gap by gap, so each line is read once: an item's first sentence
        end usually comes within a line or two of its headline, and a whole page's tally cost more."""
        read, found = self._ends.get(low, (low, None))
        texts = self.page.texts
        while found is None and read < high:
            if _sentence_end(texts[read]) or _cut_off(texts[read]):
                found = read
            read += 1
        self._ends[low] = (read, found)
        return found is not None and found < high

    @cached_property
    def parted(self) -> list[int]:
        """Lines after a blank line of the text's own (no page break), under a sentence's end."""
        page, breaks = self.page, self.breaks
        return _prefix(k > 0 and page.gap_before(k) and k not in breaks and _sentence_end(page.texts[k - 1])
                       for k in range(len(page.lines)))

    @staticmethod
    def within(counts: Sequence[int], low: int, high: int) -> bool:
        """Some line in ``range(low, high)`` is of the kind ``counts`` tallies."""
        return high > low and counts[high] > counts[max(low, 0)]


def _prefix(flags: Iterable[bool]) -> list[int]:
    """``out[k]``: how many of the first ``k`` flags are set."""
    out = [0]
    for flag in flags:
        out.append(out[-1] + bool(flag))
    return out


def _owner(starts: Sequence[Candidate], firsts: Sequence[int], k: int) -> Candidate | None:
    """The last of ``starts`` (``firsts``: their first lines, in order) that begins above line ``k``."""
    at = bisect_left(firsts, k)
    return starts[at - 1] if at else None


def _item_runs_on(owner: Candidate, k: int, tally: _Tally) -> bool:
    """The item (``owner``) whose text the blank line before line ``k`` would end runs its own paragraphs
    on: the blank line is not how it parts them."""
    return tally.within(tally.runs_on, owner.last + 1, k)


def _closes_text(page: Page, k: int, owner: Candidate | None, tally: _Tally) -> bool:
    """Line ``k`` closes the text of the item ``owner``: it closes (a sentence end, a credit, a teaser's cut
    ``......``) and a sentence ends between the item's headline and it (no headline's info line over a
    blank line)."""
    if owner is None or owner.section or not (closes(page.text(k)) or _cut_off(page.texts[k])):
        return False
    return tally.ends_between(owner.last if owner.inline else owner.last + 1, k + 1)


def _cut_off(text: str) -> bool:
    """A teaser cut off with ASCII dots (…視察農漁民防颱措施......): its text ends there, as a sentence's."""
    return text.endswith(_CUT_MARK)


_CUT_MARK = "..."


def _opens_item_text(page: Page, k: int) -> bool:
    """Line ``k`` opens prose: punctuated itself, no headline, no date, source or label line."""
    text = page.text(k)
    return cues.SENTENCE_PUNCT_RE.search(text) is not None and not titlelike(text) \
        and not cues.is_label_line(text) and cues.source_date(text) is None and cues.line_date(text) is None


_POINT_RE = re.compile(r"^(?:[一二三四五六七八九十]+\s*[是要、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d{1,2}\s*[、.．]"
                       r"|第[一二三四五六七八九十]+[，,、]|首先|其次|再次|最后|同时)")
"""A point of a list (一是…, （二）…, 3．…, 首先…): a release sets its points on lines of their own."""


def _style_changes(page: Page, k: int, owner: Candidate, breaks: set[int], tally: _Tally) -> bool:
    """The item above line ``k`` (``owner``) parts its paragraphs by blank lines and never runs one on, while
    the text from line ``k`` runs its next paragraph on: another item, set by another hand (a web page's
    release pasted under another's, without its headline). A page's end (``breaks``) tells neither way."""
    below = next((j for j in range(k + 1, len(page.lines)) if page.blank_before[j] and j not in breaks),
                 len(page.lines))
    if _POINT_RE.match(page.text(k)) or any(_POINT_RE.match(page.text(j)) for j in range(k + 1, below)):
        return False  # a list's points (一是…。/ 二是…。) run on under a paragraph of the same release
    return any(_paragraph_runs_on(page, j) and _opens_item_text(page, j) for j in range(k + 1, below)) \
        and tally.within(tally.parted, owner.last + 2, k) and not tally.within(tally.runs_on, owner.last + 2, k)


def with_untitled_after_gaps(page: Page, starts: list[Candidate], breaks: set[int]) -> list[Candidate]:
    """``starts`` and the items that open after a blank line in a compilation that runs its paragraphs
    on (see the module docstring), or whose text opens with a reporter's dateline (〔記者…/…報導〕, 本报讯:
    a story's first words, never a paragraph's); not at a page break (``breaks``: a dateline there only
    under a closed sentence), nor right under a headline."""
    starts = _with_headless_dateline_stories(page, starts, breaks)
    if not starts:
        return starts
    starts = _with_items_after_saved_pages(page, starts, breaks)
    begun = [c.first for c in starts]
    opened = set(begun)
    tally = _Tally(page, breaks)
    gaps = [k for k in range(starts[0].last + 2, len(page.lines))
            if page.gap_before(k) and k not in breaks and k not in opened and _opens_item_text(page, k)]
    gaps = [k for k in gaps if _closes_text(page, k - 1, _owner(starts, begun, k), tally)]
    if not gaps:
        return starts
    found = list(starts)
    run_on = _runs_paragraphs_on(tally, gaps, starts[0].first)
    for k in gaps:
        owner = _owner(found, begun, k)
        if owner is not None and _substantial(page, k) and not _paragraph_of_story(page, owner, k) \
                and (run_on and _item_runs_on(owner, k, tally) or _style_changes(page, k, owner, breaks, tally)) \
                or cues.is_dateline(page.text(k)):  # 〔記者…/嘉義報導〕 opens a story, never a paragraph
            at = bisect_left(begun, k)
            begun.insert(at, k)
            found.insert(at, Candidate(k, k, PLAIN, lead_of(page.lead(k)), inline=True, blank_before=True))
    return found


def _paragraph_of_story(page: Page, owner: Candidate, k: int) -> bool:
    """Line ``k`` goes on the newspaper story ``owner`` (a headline over a dateline, info lines such as
    作者:… between or not: ○高原部队… / 本报讯 …): without a date or a dateline of its own (为适应发展市场经济的
    需要,…), it opens no news item of its own."""
    if owner.inline or cues.is_date_lead(page.text(k)) or cues.TIME_LEAD_RE.match(page.text(k)):
        return False
    opening = next((j for j in range(owner.last + 1, k) if not cues.is_label_line(page.text(j))), k)
    return opening < k and cues.is_dateline(page.text(opening))


_MIN_UNTITLED = 40
"""An item without a headline tells a story: its text up to the next blank line holds this many characters
at least. A line or two after a stray blank line (会议还研究了其他事项。) closes the item above."""


def _substantial(page: Page, k: int) -> bool:
    """The text from line ``k`` up to the next blank line holds :data:`_MIN_UNTITLED` characters at least."""
    size = 0
    for j in range(k, len(page.lines)):
        if j > k and page.gap_before(j):
            break
        size += len(page.texts[j])
        if size >= _MIN_UNTITLED:
            return True
    return False


_OPENING_DATE_RE = re.compile(r"^(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日")
_MAX_MONTHS_LATER = 5
"""A day up to this many months after the release's: further on, it is the year before's (a release of
2021-01-03 telling of 12月28日)."""
_INFO_LINES = 2
"""The release's dated info line stands within this many lines under its headline."""


def _after(month: int, day: int, released: tuple[int, int, int]) -> bool:
    """``month``/``day`` falls after the release date within the same year (see :data:`_MAX_MONTHS_LATER`)."""
    return 0 <= month - released[1] <= _MAX_MONTHS_LATER and (month, day) > released[1:]


def _opens_later(page: Page, k: int, released: tuple[int, int, int]) -> bool:
    """Line ``k`` opens with a day after ``released`` (``5月4日,…`` under a release of 2020-03-17)."""
    text = page.text(k)
    match = _OPENING_DATE_RE.match(text) if text[:1].isdecimal() else None
    return match is not None and _after(int(match.group("month")), int(match.group("day")), released)


def with_untitled_after_release(page: Page, starts: list[Candidate],
                                release_date: Callable[[str], tuple[int, int, int] | None]) -> list[Candidate]:
    """``starts`` and the releases saved without their headlines after a release that has one: text after
    a blank line that opens with a day after the release's own date (its info line under the headline,
    read by ``release_date``) tells of what the release could not, and is the next release."""
    added = []
    for owner, below in zip(starts, [*starts[1:], None]):
        stop = below.first if below is not None else len(page.lines)
        if owner.inline or owner.section:
            continue
        info = range(owner.last + 1, min(owner.last + 1 + _INFO_LINES, stop))
        released = next((found for j in info if (found := release_date(page.text(j)))), None)
        if released is None:
            continue
        later = next((k for k in range(info.stop, stop) if page.gap_before(k) and closes(page.text(k - 1))
                      and _opens_later(page, k, released)), None)
        if later is not None:
            added.append(Candidate(later, later, PLAIN, lead_of(page.lead(later)), inline=True, blank_before=True))
    return sorted([*starts, *added], key=lambda c: c.first) if added else starts


def _with_headless_dateline_stories(page: Page, starts: list[Candidate], breaks: set[int]) -> list[Candidate]:
    """``starts`` with the stories :func:`_with_dateline_stories` finds, from the first dateline above every
    headline (anywhere, in a text without one) on, where another story opens below it before the first
    headline: stories a site stored without their headlines from the text's first on, which without an
    item to read them under were one, however many. One story there (a lone dateline over the text)
    stays the preamble's, as the text above the first headline."""
    stop = starts[0].first if starts else len(page.lines)
    first = _first_dateline_story(page, stop, breaks)
    if first is not None:
        seeded = [Candidate(first, first, PLAIN, lead_of(page.lead(first)), inline=True,
                            blank_before=page.gap_before(first)), *starts]
        found = _with_dateline_stories(page, seeded, breaks)
        if any(first < c.first < stop for c in found):
            return found
    return _with_dateline_stories(page, starts, breaks) if starts else starts


def _first_dateline_story(page: Page, stop: int, breaks: set[int]) -> int | None:
    """The first line above line ``stop`` that opens with a dateline, where it opens a story: what stands
    above it (a masthead, a page's line, the tail of a story) is not its; None where there is none, or
    it may run on under the line above (:func:`_runs_into`: a paragraph wrapped at a column's edge)."""
    first = next((k for k in range(stop) if _opens_dateline(page, k)), None)
    if first is None or first and _runs_into(page, first, breaks) and not _page_line(page, first - 1):
        return None
    return first


def _runs_into(page: Page, k: int, breaks: set[int]) -> bool:
    """Line ``k`` (a dateline) may go on the paragraph above: no blank line between (a page's end, in
    ``breaks``, is none: a page may end mid-paragraph), and the line above closes no sentence, or the
    text is wrapped in columns and line ``k`` runs on too (a paragraph's lines end anywhere, a sentence's
    end among them; a story's box, 编辑点评, runs on into its dateline). A closed dateline line under a
    closed line is a paragraph of one line under another, however wide the lines: a story's start."""
    if page.gap_before(k) and k not in breaks:
        return False
    return not _sentence_end(page.texts[k - 1]) or page.column is not None and not _sentence_end(page.texts[k])


def _with_dateline_stories(page: Page, starts: list[Candidate], breaks: set[int]) -> list[Candidate]:
    """``starts`` with an item at each dateline (本报讯, 本报合作讯, 天水日报讯: a story's first words, never a
    paragraph's) that opens a line of its own under the text of an item above: a story a site stored
    without its headline. After a blank line, under a line that closes no sentence too (a page's line, a
    cut teaser, the site's `` |``); right under a closed paragraph where it cannot run on
    (:func:`_runs_into`; a page's end between counts as no blank line). Not right under a headline or its
    info lines (no sentence of the item's own ends above it, and the item's first line is no text of its
    own).

    The headlines that stand over the gap a saved page leaves (:meth:`Page.parted`) right above such a
    dateline head nothing below them: the story opens with its dateline, and the lines (photo captions
    under the story above) close the item above. Nor does a page's line right over it (第A02版:烟台民意通),
    which names the page, nor a photo's credit anywhere (通讯员 杜林霖 摄: it closes its caption above)."""
    starts = [c for k, c in enumerate(starts) if k == 0 or not _credit_head(page, c)]
    firsts = [c.first for c in starts]
    heads = {j: c for c in starts if not c.inline for j in range(c.first, c.last + 1)}
    tally = _Tally(page, breaks)
    added: list[int] = []
    dropped: set[int] = set()
    for k in range(starts[0].last + (1 if starts[0].inline else 2), len(page.lines)):
        if k in heads or not _opens_dateline(page, k):
            continue
        top = k
        if page.parted(k):
            while top - 1 in heads and heads[top - 1].first > starts[0].first:
                top = heads[top - 1].first
        if top - 1 in heads and _page_head(page, heads[top - 1]):
            top = heads[top - 1].first  # a page's line over its first story heads the page, not the story
        owner = _owner(starts, firsts, top)
        if owner is None or top - 1 in heads or not (owner.inline or tally.ends_between(owner.last + 1, top)):
            continue
        if top == k and _runs_into(page, k, breaks):
            continue  # a dateline runs on only under a closed paragraph, where each line is one
        dropped |= {heads[j].first for j in range(top, k)}
        added.append(k)
    kept = [c for c in starts if c.first not in dropped]
    new = [Candidate(k, k, PLAIN, lead_of(page.lead(k)), inline=True, blank_before=page.gap_before(k))
           for k in added if k not in firsts]
    return sorted([*kept, *new], key=lambda c: c.first)


def _opens_dateline(page: Page, k: int) -> bool:
    """Line ``k`` opens with a dateline (its 讯, 电, 报 or 消息 within the first characters: the pre-test)."""
    head = page.texts[k][:_DATELINE_WITHIN]
    return ("讯" in head or "电" in head or "报" in head or "消息" in head) and cues.is_dateline(page.texts[k])


_DATELINE_WITHIN = 26
"""A dateline's 讯/电 stands within a line's first characters."""


_CREDIT_RE = re.compile(r"(?:^|[\s\u3000]|记者|通讯员)[\u4e00-\u9fff·]{2,4}\s*(?:摄影?|制图|供图)$")
"""A photo's or a chart's credit (通讯员 杜林霖 摄, YMG全媒体记者 杨春娜摄, 杜明阳 制图)."""
_MAX_CREDIT = 30


def _credit_head(page: Page, head: Candidate) -> bool:
    """``head`` is one line of a photo's credit, which closes the caption above it: no headline."""
    text = page.texts[head.first]
    return not head.inline and head.first == head.last and len(text) <= _MAX_CREDIT \
        and text[-1:] in "摄影图" and _CREDIT_RE.search(text) is not None


def _page_head(page: Page, head: Candidate) -> bool:
    """Every line of ``head`` is a page's line (第A02版:烟台民意通, 甘南日报 2017年6月20日 第01版)."""
    return all(_page_line(page, j) for j in range(head.first, head.last + 1))


_PAGE_LABELS = ("版面", "版次")
"""The masthead labels of a page's line: its date and page (版面), its page and name (版次)."""


_MIN_SAVED_PAGES = 2
"""Gaps a saved page leaves that open a known item, at least, before the others are read as opening one."""


def _with_items_after_saved_pages(page: Page, starts: list[Candidate], breaks: set[int]) -> list[Candidate]:
    """``starts`` and an item after each gap that pages saved one after another leave (two blank lines of
    the text's own, :meth:`Page.parted`) where the file parts its items by that gap: most such gaps open
    a headline, a dateline or the page line over one, and a page whose headline the site did not store
    (photo captions, then its text) opens after the same gap. Not under a headline before its item's text
    (no sentence of its own ends above the gap), and only over text that ends a sentence before the next
    item (no trailer of a line or two)."""
    firsts = [c.first for c in starts]
    opened = set(firsts)
    heads = {j for c in starts if not c.inline for j in range(c.first, c.last + 1)}
    gaps = [k for k in range(starts[0].last + 1, len(page.lines)) if k not in breaks and page.parted(k)]
    known = [k for k in gaps if k in opened or k + 1 in opened and _page_line(page, k)]
    if len(known) < _MIN_SAVED_PAGES or 2 * len(known) <= len(gaps):
        return starts
    tally = _Tally(page, breaks)
    added = []
    for k in gaps:
        owner = _owner(starts, firsts, k)
        if k in known or k - 1 in heads or _page_line(page, k) or owner is None \
                or not (owner.inline or tally.ends_between(owner.last + 1, k)):
            continue  # a headline, its info lines and its title's echo over the gap: the item's text is below
        below = next((f for f in firsts if f > k), len(page.lines))
        if tally.ends_between(k, below) and _substantial_until(page, k, below):
            added.append(Candidate(k, k, PLAIN, lead_of(page.lead(k)), inline=True, blank_before=True))
    return sorted([*starts, *added], key=lambda c: c.first) if added else starts


def _substantial_until(page: Page, k: int, stop: int) -> bool:
    """The lines from ``k`` up to ``stop`` hold :data:`_MIN_UNTITLED` characters at least."""
    return sum(len(text) for text in page.texts[k:stop]) >= _MIN_UNTITLED


def _page_line(page: Page, k: int) -> bool:
    """Line ``k`` is a page's line (see :data:`_PAGE_LABELS`)."""
    return meta.header_label(page.texts[k]) in _PAGE_LABELS
