"""Where items start in a gazette without a table of contents: headlines recognised by their look.

A headline is a short run of lines (one to three) after a sentence end, without sentence punctuation,
that is not the continuation of a paragraph: in hard-wrapped text its last line stops short of the
column (or a blank line follows it), in one-paragraph-per-line text it is simply a line that ends no
sentence. What follows it must open a body. Each candidate carries its *style* (a bullet ``●``, a
bracket ``【…】``, numbering ``一、``, or plain) and its *lead* (does the next sentence date an event?).

Whether a candidate starts a new item or is a subheading inside one is decided per document, from how
the candidates of each style behave (:func:`item_starts`): bullets and brackets always start items;
numbered and plain headlines start items when their leads date events (news items open with 4月3日，
近日， 本报讯 …), or when the document plainly is a compilation (several such items, blank-line structure);
otherwise they stay in the body as subheadings, as in a feature article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

from gazette_reader.ingest import metadata as meta
from gazette_reader.ingest.bylines import byline_wrapped, has_byline_word, parse_byline_line
from gazette_reader.ingest.layouts import cues
from gazette_reader.ingest.lines import CLOSERS, SENTENCE_ENDS, Line, ends_sentence, visual_widths
from gazette_reader.ingest.reflow import column_width

MAX_TITLE = 50
"""Longest headline in characters (two wrapped lines of a long headline fit)."""
MAX_SECTION = 12
_SHORT = 0.85
_MAX_TITLE_LINES = 3
_MAX_CREDIT = 24
_MAX_WRAPPED_CREDIT = 12
_NEAR_FULL = 0.7
_OVERRUN = 1.08
_ECHO_FULL = 4
"""A full-width line ends a headline when the next line opens with the same four characters: a lead
that names the headline's subject again (民政事務局局長祝賀… / 民政事務局局長劉江華今日…)."""
_LEAD_CHARS = 40
BULLET, BRACKET, NUMBER, PLAIN = "bullet", "bracket", "number", "plain"
_EXCLAIMS = ("！", "!", "？", "?")
"""A headline may end with ！ or ？ (总投资118.5亿元！…集中签约！) when a dated lead follows it."""
_MAX_MASTHEAD = 32
_MIN_PLAIN_TITLE = 10
_MIN_UNDER_MASTHEAD = 3
"""A page that opens with a masthead (地方新聞, XX政务信息) and has this many long plain headlines is a
compilation even when no lead dates its event."""
"""In a compilation, a plain headline this long starts an item even when its lead is undated (为…,
暑期将至，…); shorter unpunctuated lines are more often subheadings (强化党建引领)."""
DATED, TIMED, UNDATED = "dated", "timed", "undated"
_DOUBLE_SPACED = 0.75
"""A text is double-spaced when a blank line follows this share of its lines at least (a PDF's text
with a blank after every line, page breaks aside); web text with a blank line around each headline
and after each item reaches about half."""


@dataclass
class Candidate:
    """A headline candidate: non-blank line positions ``first..last`` (into the non-blank list)."""

    first: int
    last: int
    style: str
    lead: str
    inline: bool = False
    """The headline shares its line with the start of the body (``【概况】2023年，…`` or a bullet brief)."""
    blank_before: bool = False
    section: bool = False
    length: int = 0
    """Characters of the headline (without its mark)."""
    masthead: bool = False
    """The line names the publication or the issue (环翠区政务信息, 第38期): it opens no item."""
    title: str | None = None
    """The headline's text when it shares its line with the body (see :func:`_shares_line`)."""
    grouped: bool = False
    """The headline stands right under a marked group heading (■ 报刊摘登) or a clipping's source line
    (《河南日报》2004年12月12日), which closes the item before: it starts an item."""
    sourced: bool = False
    """No headline: the item opens with its source line (来源:bfkb.v0375.cn 2022-01-13), after a blank line
    and right over its text, as a clipping service pastes items without their headlines."""


class Page:
    """The non-blank lines of a text with the facts every rule asks about them."""

    def __init__(self, lines: Sequence[Line]) -> None:
        # _furniture's own first tests inline (no call for the many lines that hold no 完 and open with
        # no rule character)
        furniture = [bool(text := ln.text) and ("完" in text or text[0] in _FURNITURE_FIRSTS or text[0].isspace()
                                                 or text[0] in cues.WEB_FURNITURE_FIRSTS or "A" <= text[0] <= "Z")
                     and _furniture(text) for ln in lines]
        if any(furniture):  # a line of Latin capitals is furniture only where it stands (see latin_running_heads)
            latin = [i for i in compress(range(len(lines)), furniture) if latin_running_head(lines[i].text)]
            heads = latin_running_heads(lines, latin) if latin else set()
            for i in latin:
                furniture[i] = i in heads or _marks_furniture(lines[i].text)
        self.rules = [ln for ln, rule in zip(lines, furniture) if rule]
        """Lines of rule characters (*****), end marks (完), column periods and a web page's breadcrumbs and
        toolbars: furniture, left out of every block."""
        opening, channels = _post_openings(lines, furniture)
        if self.rules:
            lines = [ln for ln, rule in zip(lines, furniture) if not rule]
        positions = [i for i, ln in enumerate(lines) if ln.text]
        self._all, self._positions = lines, positions
        self.opens_post = {k for k, i in enumerate(positions) if lines[i].start in opening} if opening else set()
        """Lines right under a reading time (本篇文章256字,读完约1分钟): each opens a post, headline or none."""
        self.channels = {k: channels[lines[i].start] for k, i in enumerate(positions) if lines[i].start in channels} \
            if channels else {}
        """Line → the channel the breadcrumb right above it names (…>>甘谷>>正文): the section of the item
        whose headline it is."""
        self.lines = [lines[i] for i in positions]
        self.texts = [ln.text for ln in self.lines]
        """The lines' texts (read in the hot loops without a method call)."""
        gap_below = (below - above > 1 for above, below in zip(positions, positions[1:]))
        self.blank_before = [True, *gap_below][:len(positions)]
        gaps = sum(self.blank_before[1:])
        self.double_spaced = len(self.lines) > 2 and gaps >= _DOUBLE_SPACED * (len(self.lines) - 1)
        self.wide_before = [False, *(below - above > 2 for above, below in zip(positions, positions[1:]))][:len(positions)] \
            if self.double_spaced else self.blank_before
        """Two blank lines or more before the line: in double-spaced text, where one blank line follows
        every line, the gap that sets items apart (a web page's releases saved one after another)."""
        self.widths = visual_widths(self.texts)
        self.column = column_width(self.widths)
        self.chars = list(map(len, map(str.strip, self.texts)))
        self.char_column = column_width(self.chars) if self.column is not None else None
        """The column in characters: text wrapped by character count (not by printed width) fills its
        lines with digits as with ideographs, so a line of narrow digits is full, not short."""
        self.run_in = _run_in_titles(self.lines)
        """Line → the entry title printed at the start of its indented paragraph (see :func:`_run_in_titles`)."""

    def text(self, k: int) -> str:
        return self.texts[k]

    def gap_before(self, k: int) -> bool:
        """A blank line before line ``k`` that means something: in double-spaced text, two blank lines."""
        return self.wide_before[k]

    def parted(self, k: int) -> bool:
        """Two blank lines of the text's own at least above line ``k``, a page's foot aside: the gap a saved
        web page leaves between two pages. Page furniture blanked in the gap (a page number, a running
        head: an empty line whose next line starts past its end) brings its own blank line at the foot,
        which a reader takes for the same gap, so one blank line is not counted there."""
        if k == 0 or not self.blank_before[k]:
            return False
        lines, above, below = self._all, self._positions[k - 1], self._positions[k]
        own = sum(1 for i in range(above + 1, below) if lines[i].raw or lines[i + 1].start == lines[i].start + 1)
        return own - (own < below - above - 1) >= 2

    def short(self, k: int) -> bool:
        """Line ``k`` stops clearly short of the column (always true without a column)."""
        if self.column is None:
            return True
        return self.widths[k] < _SHORT * self.column and (self.char_column is None or self.chars[k] < _SHORT * self.char_column)

    def lead(self, k: int) -> str:
        """The text from line ``k`` on, about 40 characters, for the lead tests."""
        out = ""
        while k < len(self.lines) and len(out) < _LEAD_CHARS:
            out += self.lines[k].text
            k += 1
        return out


_RUN_IN_RE = re.compile(r"^[ \t\u3000]+(?P<title>[^\s\d，。；：！？,;:!?、“”]{2,10})[ \t\u3000]+(?=\S)")
_MIN_RUN_IN = 2
_RUN_IN_TEXT = 15
"""A run-in entry's text on its line is at least this long (a title and a credit, 记者 王明, is no entry)."""


def _run_in_titles(lines: Sequence[Line]) -> dict[int, str]:
    """Entry titles set at the start of their paragraph, indented and followed by a space, as a 县志 or a
    年鉴 sets them in bold (``  《邵阳报》 1993年5月,…``, ``  通讯 1978年,…``): line → title, when the text
    has two at least. Prose has no space after its first words; one such line may be a stray gap."""
    found = {}
    for k, line in enumerate(lines):
        raw = line.raw
        if raw[:1] in " \t\u3000" and (match := _RUN_IN_RE.match(raw)) and len(raw) - match.end() >= _RUN_IN_TEXT \
                and not has_byline_word(match.group("title")) and _balanced(match.group("title")):
            found[k] = match.group("title")
    return found if len(found) >= _MIN_RUN_IN else {}


_FURNITURE_FIRSTS = frozenset(cues.RULE_CHARS + "（(")


def _post_openings(lines: Sequence[Line], furniture: Sequence[bool]) -> tuple[set[int], dict[int, str]]:
    """The offsets of the first text lines under a reading time or a breadcrumb (:func:`cues.opens_page`),
    under a page's links to its neighbours (:data:`_PAGER_RE`), or after a blank line under a release's trailer (:func:`cues.is_trailer_line`) set under its last
    sentence (under a headline, 编辑: is the release's info line): a reposting site
    prints a reading time at the top of each post, so the text under it opens a post; and the
    offset of the first text line under a breadcrumb → the channel it names (:func:`cues.breadcrumb_channel`)."""
    openings: set[int] = set()
    channels: dict[int, str] = {}
    if not any(furniture) and not cues.holds_trailer(ln.text for ln in lines):
        return openings, channels  # nothing opens a post: the common case, told in C
    waiting = False
    closing = ""  # "trailer": the line just read closes a release (编辑:…); "gap": a blank line under it
    ended = False  # the text above ends a sentence (labels may follow it): a trailer there closes the release
    channel = None
    for line, rule in zip(lines, furniture):
        if rule:
            waiting = waiting or cues.opens_page(line.text) or _PAGER_RE.match(line.text) is not None
            channel = cues.breadcrumb_channel(line.text) or channel
        elif line.text:
            trailer = (cues.is_trailer_line(line.text) and (closing or ended)) \
                or closing == "gap" and cues.is_label_line(line.text.strip())
            if waiting or closing == "gap" and not trailer:
                openings.add(line.start)
            if channel:
                channels[line.start] = channel
            waiting, channel = False, None
            closing = "trailer" if trailer else ""
            ended = ends_sentence(line.text) or ended and cues.is_label_line(line.text.strip())
        elif closing:
            closing = "gap"
    return openings, channels


_PAGER_RE = re.compile(r"\s*[上下]一篇\s*[:：]")
"""The links to the neighbouring articles at a saved page's foot (上一篇:… / 下一篇:没有了): the page ends
there, so the text under them opens the next page's article, headline or none."""


def _furniture(text: str) -> bool:
    """Furniture by its own look (:func:`_marks_furniture`), or a line of Latin capitals that may be a
    running head (:func:`latin_running_head`; where it stands decides: :func:`latin_running_heads`)."""
    return _marks_furniture(text) or latin_running_head(text)


def _marks_furniture(text: str) -> bool:
    """A rule, an end mark (完), the period a column covers ((5月20日—5月24日) under 要闻周报), or a saved web
    page's breadcrumb, toolbar or pager (:func:`cues.is_web_furniture`)."""
    return (cues.is_rule_line(text) and not _wrapped_stop(text)) or cues.is_end_mark(text) \
        or _PERIOD_LINE_RE.match(text) is not None or cues.is_web_furniture(text)


_LATIN_HEAD_RE = re.compile(r"[A-Z]{2,}(?:[ \t\u3000]+[A-Z]{2,})+")


def latin_running_head(text: str) -> bool:
    """A line of Latin capitals alone, two words at least (QING YANG NIAN JIAN, LUCHENG YEAR BOOK): a
    Chinese yearbook's or paper's running head, its name in pinyin or English set over the page, never a
    headline of its Chinese text."""
    return _LATIN_HEAD_RE.fullmatch(text.strip()) is not None


def latin_running_heads(lines: Sequence[Line], found: Sequence[int] | None = None) -> set[int]:
    """The indexes of the lines that are a running head in Latin capitals (:func:`latin_running_head`): one
    printed again (over each page), or one standing at a page's top (:func:`_at_page_top`). Alone anywhere
    else such a line is the text's own: a headline (NEW YEAR over its text) or a line of data (CPI GDP).
    ``found``: the lines of Latin capitals, where the caller has them."""
    if found is None:
        found = [i for i, ln in enumerate(lines) if "A" <= ln.text[:1] <= "Z" and latin_running_head(ln.text)]
    if not found:
        return set()
    printed = Counter(lines[i].text.strip() for i in found)
    return {i for i in found if printed[lines[i].text.strip()] > 1 or _at_page_top(lines, i)}


_TOP_LINES = 2
"""Text lines a running head stands from the page's label or number at most (鹿城年鉴 2015 / LUCHENG YEAR
BOOK under P. 124)."""


def _at_page_top(lines: Sequence[Line], k: int) -> bool:
    """Line ``k`` stands at a page's top: within two lines of the page's label or number, over or under it
    (the page reader blanked it: :func:`_page_break`, or a form feed), or at the text's very start (one line
    above it at most) over the text's headline (QING YANG NIAN JIAN over 特载, LUKOU YEAR BOOK over 概况)."""
    above = _break_within(lines, range(k - 1, -1, -1))
    if above == "break" or _break_within(lines, range(k + 1, len(lines))) == "break":
        return True
    if above != "start":
        return False
    below = next((lines[i].text for i in range(k + 1, len(lines)) if lines[i].text), "")
    return titlelike(below.strip())


def _break_within(lines: Sequence[Line], order: range) -> str:
    """Walking ``order`` from a line: "break" when a page break comes within :data:`_TOP_LINES` text lines,
    "start" when the text ends there first, "" otherwise."""
    seen = 0
    for i in order:
        if _page_break(lines, i):
            return "break"
        if lines[i].text:
            seen += 1
            if seen > _TOP_LINES:
                return ""
    return "start" if seen < _TOP_LINES else ""


def _page_break(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` was a page's label or number the page reader blanked (an empty line whose next line
    starts past its end, see :meth:`Page.parted`), or holds a form feed."""
    line = lines[i]
    return "\f" in line.raw or not line.raw and i + 1 < len(lines) and lines[i + 1].start > line.start + 1


def _wrapped_stop(text: str) -> bool:
    """A lone full stop on its line (``。``): a wrap that fell right before a sentence's end, not a rule."""
    return text.strip() == "。"


def bare_label(text: str) -> bool:
    """A label whose value stands on the next line (资料来源: / 香港政府新聞網): that line closes the item."""
    stripped = text.rstrip()
    return stripped[-1:] in "：:" and cues.is_label_line(stripped)


def closes(text: str) -> bool:
    """A line after which a new block may begin: a sentence end, a closing unit ``（区农委）`` or credit
    (even its wrapped end), a photo credit, a byline, a source, date, time or label line."""
    stripped = text.rstrip()
    last = stripped[-1:]
    if (last in SENTENCE_ENDS or last in _CLOSERS) and stripped.rstrip(CLOSERS)[-1:] in SENTENCE_ENDS:
        return True  # ends_sentence(text), without a call per line (nor a strip for most lines)
    if last in _PARENS:
        opening = max(stripped.rfind("（"), stripped.rfind("("))
        if opening >= 0 and len(stripped) - opening <= _MAX_CREDIT and (opening == 0 or ends_sentence(stripped[:opening])):
            return True  # （区农委） alone, or …力量。(双浮镇 林海胜): a unit or credit after the last sentence
        if opening < 0 and len(stripped) <= _MAX_WRAPPED_CREDIT and not cues.SENTENCE_PUNCT_RE.search(stripped):
            return True  # the credit's end on its own line, the wrap fell inside it (…力量。(双浮镇 / 林海胜))
    if last in _CREDIT_ENDS and _PHOTO_CREDIT_RE.search(stripped):
        return True  # a photo caption's credit (…马金瑞摄, 方东旭摄（新华社发）) ends the caption
    if last.isdigit() and (contact_line(stripped) or _FOOTNOTE_END_RE.search(stripped)):  # (no call for most lines)
        return True  # a contact line (鄭名翔 2570-2330分機5253、0905-139-636) closes a release; a footnote
        # number after a sentence end (…收效甚宏。26) closes the sentence it is set after
    if not has_byline_word(stripped) and _TWO_DIGITS_RE.search(stripped) is None:  # no byline word, no date: most lines
        first = stripped[:1]
        return (first in cues.TIME_OR_LABEL_FIRSTS or first.isdecimal() or first.isspace()) \
            and (cues.is_time_line(stripped) or cues.is_label_line(stripped)) \
            or ("|" in stripped or "｜" in stripped) and cues.is_credit_bar(stripped)  # its pre-test, inlined
    if _is_byline(stripped) or cues.is_credit_bar(stripped) or _credit_after_gap(stripped):
        return True  # a byline line closing a story (记者 郝红志 通讯员 邓林); under a headline, see candidates()
    return cues.source_date(stripped) is not None or cues.line_date(stripped) is not None \
        or cues.is_time_line(stripped) or cues.is_label_line(stripped) or meta.is_page_line(stripped)


_PHONE_END_RE = re.compile(
    r"(?:(?<![\d\-])(?:\d{3,4}-)?\d{7,8}|\d{3,4}-\d{4}(?:分机|转|ext\.?)\s*\d{1,5}|(?<!\d)0?9\d{2}-?\d{3}-?\d{3}|(?<!\d)1[3-9]\d{9})$"
)
"""A telephone number ending a line: 0571-87654321, 2570-2330分機5253, 0905-139-636, 13912345678."""
_MAX_CONTACT = 40


def contact_line(text: str) -> bool:
    """A short line ending in a telephone number (a release's 新聞聯絡人 or 联系人 line): it closes the
    release and heads nothing."""
    return text[-1:].isdigit() and len(text) <= _MAX_CONTACT and _PHONE_END_RE.search(text) is not None \
        and not cues.SENTENCE_PUNCT_RE.search(text)


_FOOTNOTE_END_RE = re.compile(r"[。！？][”’」』）)]?\s?\d{1,3}$")
"""A footnote's number set after a sentence end, as a 志 or a study prints its notes (…收效甚宏。26)."""
_CLOSERS = frozenset(CLOSERS)
_PARENS = frozenset("）)")
_PHOTO_CREDIT_RE = re.compile(r"[\u4e00-\u9fff](?:摄|供图)(?:[（(][^（()）]{1,12}[)）])?$")
_CREDIT_ENDS = "摄图）)"
"""The last character of every photo credit: a cheap test before the pattern, on every line."""
_BULLET_SET = frozenset(cues.BULLETS)
_TWO_DIGITS_RE = re.compile(r"\d\d")
"""What a source or date line must hold (two digits of a year), as a byline holds a byline word
(:func:`has_byline_word`). Substring tests for the words and a pattern for the digits: an alternation of
them all (``\\d\\d|记者|…``) costs more, the pattern engine trying each at each character."""


def _credit_after_gap(text: str) -> bool:
    """A paragraph's last sentence, a wide gap, then a byline (…共计12611人。      潍坊日报社全媒体记者 张沁):
    a web page that joined the story's closing credit onto its last line."""
    head, gap, credit = text.rpartition("   ")
    return bool(gap) and ends_sentence(head.rstrip()) and _is_byline(credit.strip())


def _is_byline(text: str) -> bool:
    """A byline line (记者 郝红志 通讯员 邓林, or set after a box as some papers print it: □本报记者 付 生):
    it closes the story above it, as a sentence end does, and is never a headline."""
    if text[:1] in _BULLET_SET:
        text = cues.BULLET_RE.sub("", text)
    return len(text) <= _MAX_CREDIT * 2 and has_byline_word(text) \
        and (cues.is_byline_line(text) or bool(parse_byline_line(text)))


def style_of(text: str) -> str:
    """Which kind of headline a line is by its opening."""
    if not cues.may_open_with_mark(text):
        return PLAIN
    if cues.BULLET_RE.match(text):
        return BULLET
    if (bracket := cues.BRACKET_RE.match(text)) and not cues.is_dateline(text) \
            and not cues.is_byline_line(inside := bracket.group("title").strip()) and not cues.is_label_line(inside):
        return BRACKET  # 【新华社重庆十四日电】, 【全媒体记者 吴刚】4月7日,…, 【编辑:陈卓仪】 head nothing
    if cues.NUMBER_RE.match(text):
        return NUMBER
    return PLAIN


def lead_of(text: str) -> str:
    """Whether a lead dates an event (``4月3日，``), opens with a period (``今年以来，``) or neither."""
    text = cues.BULLET_RE.sub("", text.lstrip())
    if cues.is_date_lead(text) or cues.EMBEDDED_DATE_RE.search(_first_clause(text)):
        return DATED
    if cues.TIME_LEAD_RE.match(text):
        return TIMED
    return UNDATED


def _first_clause(text: str) -> str:
    """The lead up to its first comma or sentence end (at most 30 characters): where a date dates it."""
    cut = _CLAUSE_END_RE.search(text)
    return text[: min(cut.start() if cut else len(text), cues.EMBEDDED_WITHIN)]


def titlelike(text: str, *, lenient: bool = False) -> bool:
    """No sentence punctuation, not too long; ``lenient`` allows one comma (a two-part headline)."""
    if not text or len(text) > MAX_TITLE or ends_sentence(text) or text[-1] in "，、；：,;:" or text[0] in "，、；：,;:。":
        return False  # a line opening with a comma or colon continues the line above
    commas = sum(text.count(c) for c in "，,")
    if "。" in text.rstrip(CLOSERS + "。") or "；" in text or commas > (1 if lenient else 0):
        return False
    return cues.source_date(text) is None and cues.line_date(text) is None and not cues.is_label_line(text) \
        and not cues.is_dateline(text) and not cues.is_info_line(text) and _balanced(text) \
        and not cues.is_byline_line(text) and _PERIOD_LINE_RE.match(text) is None \
        and not cues.is_web_info_line(text)


_PERIOD_LINE_RE = re.compile(
    r"^[（(]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[—\-–~～至到]+\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*[)）]$"
)
"""The period a column covers, under its name (要闻周报 / (5月20日—5月24日)): never a headline."""


def _never_titlelike(text: str) -> bool:
    """``text``, and any text that starts with it, fails :func:`titlelike` even when lenient (and after
    its closing ！？ are cut): it holds a ；or a 。 (a sentence end inside it, or at its end), two commas,
    or opens with a comma or colon. A cheap test that ends the search for a wrapped headline at a
    paragraph's first lines."""
    return "；" in text or "。" in text or text.count("，") + text.count(",") > 1 or text[:1] in _CONTINUES


_CONTINUES = frozenset("，、；：,;:。")
_PAIRS = ("（）", "()", "《》", "“”", "「」", "【】", "『』")


def _balanced(text: str) -> bool:
    """No bracket or quotation opened and left open: a line that opens （ and wraps before its ）
    (``關於教廷宣布天主教教宗方濟各（Pope Fran`` / ``cis）辭世消息，…``) is the start of a sentence, not a
    headline, which is printed whole."""
    for opening, closing in _PAIRS:  # most headlines open no bracket: one substring test each
        if opening in text and text.count(opening) > text.count(closing):
            return False
    return True


def candidates(page: Page) -> list[Candidate]:
    """Every headline candidate of the page, in order."""
    found: list[Candidate] = []
    k, n = 0, len(page.lines)
    after_close = True
    head_end = -2
    texts = page.texts
    while k < n:
        text = texts[k]
        style = style_of(text) if text[:1] in cues.STYLE_FIRSTS or text[:1].isdecimal() else PLAIN  # see may_open_with_mark
        cand = _candidate_at(page, k, style) if after_close or style in (BULLET, BRACKET) or _dated_below(page, k) \
            or "版" in text and meta.header_label(text) in meta.PAGE_LABELS \
            or k + 1 < n and texts[k + 1].startswith("本报讯") \
            or k in page.opens_post else None  # a page line; a story's headline; a new page opens there
        if cand is not None:
            found.append(cand)
            k = cand.last + 1
            if cand.masthead and _opens_story(page, k) and meta.is_page_line(text):
                # a page line over a story's opening (莱西新闻 2022年2月19日 星期六 / 2月18日,…): a new page's
                # story without a headline; the page line is the page's, not its title
                found.append(Candidate(k, k, PLAIN, lead_of(texts[k]), inline=True, blank_before=True, grouped=True))
                k += 1
            head_end = -2 if cand.inline else k  # under a run-in headline its text stands, then its byline
            after_close = not cand.inline or closes(texts[cand.last]) or _credit_before_gap(page, cand.last)
            continue
        # a byline right under a headline opens the story (its names may run on to the next line)
        after_close = (closes(text) or _ends_wrapped_paragraph(page, k)
                       or k > 0 and texts[k - 1][-1:] in "：:" and bare_label(texts[k - 1])
                       or _credit_before_gap(page, k)) \
            and not (k == head_end and _is_byline(text.strip()))
        k += 1
    return found


_TAIL_ENDS = "。！？!?"
_MAX_CREDIT_TAIL = 12


def _credit_before_gap(page: Page, k: int) -> bool:
    """Line ``k`` ends its paragraph (a gap follows) with a credit after its last sentence (:func:`_credit_tail`):
    it closes its story as a sentence end does."""
    return k + 1 < len(page.texts) and page.gap_before(k + 1) and _credit_tail(page.texts[k])


def _credit_tail(text: str) -> bool:
    """The paragraph's last sentence, then a credit on the same line (``…獨居長者。政府新聞處``,
    ``…集中整治。 来源:通道融媒 编辑:redcloud``): a web page sets a photo's or a story's credit after its
    last sentence. Asked only of a line a gap follows (the paragraph ends there), so the wrapped start
    of a next sentence (…成效。会议指出 / …) is never taken for a credit (see :func:`_credit_before_gap`)."""
    end = max(map(text.rfind, _TAIL_ENDS))
    if end < 0:
        return False
    tail = text[end + 1:].strip()
    return bool(tail) and (cues.is_label_line(tail) or len(tail) <= _MAX_CREDIT_TAIL
                           and not cues.SENTENCE_PUNCT_RE.search(tail) and not tail[-1:] in CLOSERS)


def _dated_below(page: Page, k: int) -> bool:
    """Line ``k`` is set off by a blank line above, the page's date or info line stands right under it
    and the text right under that (``…`` / ``定期會 陳光復施政報告`` / ``星期三, 4月 30, 2025 Views`` /
    ``【記者…報導】…``): a release's or a blog post's headline, however the text above it ends (an archive
    page's teaser breaks off with ``...``). A signing unit over its date (县政府办公室 / 2024年1月2日) has
    no text right under the date: a blank line or the next headline follows it."""
    if not page.gap_before(k) or k + 2 >= len(page.texts) or len(page.texts[k]) > MAX_TITLE:
        return False  # (the cheap tests first: most lines that close nothing have no blank line above)
    below = page.texts[k + 1]
    if page.blank_before[k + 2] or not cues.SENTENCE_PUNCT_RE.search(page.texts[k + 2]):
        return False
    return cues.line_date(below) is not None or cues.is_web_info_line(below)


_CAPTION_RE = re.compile(r"[（(](?:前排|后排|第[一二三]排)?[左右中][一二三四五六七八九]?[)）]|^图为|[（(]\s*[图圖]\s*[/／]")
"""Where a person stands in a photo (（右二）, （左一）, （前排中）), 图为… or the picture's credit (圖/雲林縣政府提供):
a photo caption, never a headline."""


def _bracketed_label(text: str) -> bool:
    """A labelled credit in brackets closing a release (``（来 源：澧县文旅广体局）``, ``(审 核:黄 亮)``)."""
    stripped = text.strip()
    return stripped[:1] in "（(" and stripped[-1:] in "）)" and cues.is_label_line(stripped[1:].lstrip())


def _ends_wrapped_paragraph(page: Page, k: int) -> bool:
    """In hard-wrapped text, line ``k`` stops short under a line that runs to the column: the end of a
    paragraph even without a sentence end, as a photo caption's wrapped tail (…查看新馆建设相 / 关资料)."""
    return page.column is not None and k > 0 and page.short(k) and not page.short(k - 1)


def _candidate_at(page: Page, k: int, style: str) -> Candidate | None:
    """The headline starting at line ``k`` (which follows a sentence end; ``style`` is its
    :func:`style_of`), or None."""
    text = page.texts[k]
    if _is_byline(text) or _bracketed_label(text) or _CAPTION_RE.search(text) or cues.NEWS_FROM_RE.match(text) \
            or contact_line(text) or style == BULLET and cues.line_date(text) is not None or cues.is_credit_bar(text) \
            or k + 1 < len(page.texts) and byline_wrapped(text, page.texts[k + 1]):
        return None  # 记者 景静 under a headline is a byline, not the next headline; (来 源：…) a credit;
        # …副局长李宗春（右二）参观… a photo caption; • 2020-06-11 a web page's date field, listed
    masthead = len("".join(text.split())) <= _MAX_MASTHEAD and style != NUMBER and is_masthead_line(text) \
        and not (k > 0 and meta.header_label(page.texts[k - 1]) in meta.PAGE_LABELS
                 and meta.header_label(text) not in meta.PAGE_LABELS)
    # under a page line (开州日报 2024年5月28日 第01版) the paper is named: 要闻周报 there is a column (a page
    # line there, 第03版:综合新闻, is the page's still)
    # a numbered line (第一节 报刊通讯, 一、工作动态) is a chapter's or a list's heading, whatever its last words
    if masthead and (not _opens_story(page, k + 1) or meta.is_page_line(text)):
        return Candidate(k, k, PLAIN, UNDATED, length=len(text), masthead=True)  # never the top of a headline
    if style in (BULLET, BRACKET, NUMBER) and (inline := _inline(page, k, style)) is not None:
        return inline
    if k in page.opens_post and not titlelike(text):
        return Candidate(k, k, PLAIN, lead_of(text), inline=True, blank_before=True, grouped=True)  # its text, no headline
    if style == PLAIN and _opens_clipping(page, k):
        return Candidate(k, k, PLAIN, DATED, blank_before=True, sourced=True)
    if style == PLAIN and (title := page.run_in.get(k)) is not None:
        return Candidate(k, k, PLAIN, lead_of(page.texts[k][len(title):]), inline=True,
                         blank_before=page.gap_before(k), length=len(title), title=title)
    if style == PLAIN and (shared := _shares_line(page, k)) is not None:
        return shared
    if style == PLAIN and (decked := _deck_over_wide_gap(page, k)) is not None:
        return decked
    return _wrapped_headline(page, k, style, masthead) or _under_date_line(page, k, style) \
        or _bullet_text(page, k, style) or _overrunning_headline(page, k, style)


def _wrapped_headline(page: Page, k: int, style: str, masthead: bool) -> Candidate | None:
    """A headline of one to three lines from line ``k``: it ends where a body may begin. ``masthead``:
    line ``k`` alone reads as a masthead line (:func:`is_masthead_line`, which the caller has asked)."""
    joined = ""
    for last in range(k, min(k + _MAX_TITLE_LINES, len(page.lines) - 1)):
        joined += page.texts[last]
        if _never_titlelike(joined):
            return None  # nor with more lines: only titlelike text makes a headline here
        exclaims = joined.rstrip(CLOSERS).endswith(_EXCLAIMS)
        if len(joined) > MAX_TITLE or ends_sentence(page.texts[last]) and not exclaims:
            return None
        if _ends_headline(page, last):
            lead = _lead_after(page, last + 1, joined)
            if lead != DATED and _dated_after_next(page, last, k):
                continue  # a wrapped headline whose first line happens to stop short (digits are narrow)
            # a two-part headline (…工作,营造…氛围) needs a dated lead, a blank line above it, or to wrap
            # onto a line that stops short of the column without ending a sentence (no paragraph does)
            lenient = lead == DATED or _two_part_headline(page, k, last, joined)
            grouped = _under_group_heading(page, k) or k > 0 and cues.source_date(page.texts[k - 1]) is not None
            if titlelike(_EXCLAIM_END_RE.sub("", joined), lenient=lenient) and (not exclaims or lead == DATED or grouped):
                return Candidate(k, last, style, lead, blank_before=page.gap_before(k), length=len(joined), grouped=grouped,
                                 masthead=k == last and masthead and not _opens_story(page, last + 1))
            return None
        if exclaims or page.column is None:
            return None  # without a column every line is short: one paragraph per line, no wrapped headline
    return None


_SOURCE_LABEL_RE = re.compile(r"^(?:资料|信息|文章)?来源\s*[：:]\s*\S")


def _opens_clipping(page: Page, k: int) -> bool:
    """Line ``k`` is a source line (来源:…) after a blank line with the item's text under it, and
    no headline stands above it (a release's 来源 line under its headline, a blank line between, is the
    release's; a 【column】 heading heads the clippings)."""
    if page.texts[k][:1] not in "资信文来" or _SOURCE_LABEL_RE.match(page.texts[k]) is None \
            or not (k == 0 or page.gap_before(k)) or k + 1 >= len(page.lines) or _release_line(page.texts[k + 1]):
        return False
    above = page.texts[k - 1] if k > 0 else ""
    if _labelled_date(above):
        return False  # 发布日期:… / 信息来源:…: the fields of one release's header, set a blank line apart
    if page.gap_before(k + 1) and titlelike(page.texts[k + 1]) and cues.BRACKET_RE.fullmatch(above) is None:
        # a page may break between the source line and its text; a headline after a gap is the next item's,
        # unless a group marker (【县区政务】) stands above: then the source line cannot close an item
        return False
    headline = titlelike(above) and (page.short(k - 1) or page.gap_before(k - 1))  # not a paragraph's wrapped line
    return not above or cues.BRACKET_RE.fullmatch(above) is not None or not headline


def _labelled_date(text: str) -> bool:
    """A release's labelled date field (发布日期:2020-01-27, 发布时间:… 来源:本网): it stands in the header
    under a headline, never at the end of an item, so a source line under it is the same release's."""
    return cues.line_date(text) is not None and cues.is_label_line(text.strip())


_MAX_OVERRUN_COMMAS = 3


def _overrunning_headline(page: Page, k: int, style: str) -> Candidate | None:
    """A line after a blank one, wider than the hard-wrapped text's column and ending no sentence: set
    on its own line, it is a headline even in clauses (后里區里鄰長研習會,提升基層服務效能,共創富市台中、宜居后里);
    a text line never runs past the column it was wrapped at."""
    text = page.texts[k]
    if style != PLAIN or page.column is None or not page.gap_before(k) or page.widths[k] <= _OVERRUN * page.column \
            or k + 1 >= len(page.lines) or page.gap_before(k + 1):
        return None
    commas = sum(text.count(c) for c in "，,")
    if ends_sentence(text) or "。" in text or "；" in text or commas > _MAX_OVERRUN_COMMAS or len(text) > MAX_TITLE \
            or not titlelike(text.replace(",", "").replace("，", "")):
        return None
    return Candidate(k, k, PLAIN, _lead_after(page, k + 1, text), blank_before=True, length=len(text))


def _opens_story(page: Page, k: int) -> bool:
    """Line ``k`` opens a news story (本报讯 …, 4月3日，…): the line above it is its headline, even one
    that ends like a publication's name (…招商线索和信息)."""
    if k >= len(page.lines):
        return False
    text = page.texts[k]
    return text.startswith("本报讯") or cues.is_dateline(text) \
        or cues.is_date_lead(text) and not is_masthead_line(text)


def _bullet_text(page: Page, k: int, style: str) -> Candidate | None:
    """A bullet line that is neither a headline nor punctuated yet: the item's text begins on it and
    wraps (``◎为进一步巩固提升城市形象和生活垃圾分类工作`` / ``成果,4月15日,棠景街…``), or none in its first
    words but the line runs to the column. A bullet opens an item whatever follows it."""
    if style != BULLET or k + 1 >= len(page.lines) or not page.texts[k][1:].strip():
        return None
    if not cues.SENTENCE_PUNCT_RE.search(page.lead(k)) and (page.short(k) or page.gap_before(k + 1)):
        return None  # a bullet's text wraps at the column (●区委书记、创建…指 / 挥部指挥长…), a headline stops short
    rest = cues.BULLET_RE.sub("", page.texts[k])
    return Candidate(k, k, style, lead_of(rest + page.lead(k + 1)), inline=True, blank_before=page.gap_before(k))


_EXCLAIM_END_RE = re.compile(rf"[！!？?]+(?=[{re.escape(CLOSERS)}]*$)")


def _two_part_headline(page: Page, k: int, last: int, joined: str) -> bool:
    """Lines ``k..last`` read as a headline of two clauses (…工作,营造 / 镇村联防浓厚氛围) though no dated
    lead follows: wrapped onto a second line, and set off by a blank line above or stopping well short of
    the column without ending a sentence. A text that opens with its date (4月17日，市委…) is a lead."""
    if cues.is_date_lead(joined) or _CLAUSE_END_RE.search(joined[:_MIN_CLAUSE]):
        return False
    wrapped_short = last > k and page.column is not None and page.widths[last] < _WELL_SHORT * page.column
    return page.gap_before(k) and (last > k or _set_apart(page, k)) or wrapped_short


def _set_apart(page: Page, k: int) -> bool:
    """In hard-wrapped text, a one-line plain headline between a blank line and a paragraph whose first
    line runs to the column (扫黑除恶攻坚期,市领导集中调研… / 基层是党的执政之基…): no paragraph is one short
    line, set off above and run on into a full-width line below. A paragraph's first line indented
    deeper than the next line (its indent made it short) is no headline."""
    return page.column is not None and page.short(k) and k + 1 < len(page.lines) and not page.short(k + 1) \
        and not page.gap_before(k + 1) and style_of(page.texts[k]) == PLAIN \
        and _indent(page.lines[k].raw) <= _indent(page.lines[k + 1].raw)


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip())


_MIN_CLAUSE = 4
_WELL_SHORT = 0.6


def _under_group_heading(page: Page, k: int) -> bool:
    """Line ``k`` stands right under a marked group heading (■ 报刊摘登, 【他山之石】), which only ever
    stands above an item's headline: there even an exclamation (“这才是真正的河南!”) is a headline."""
    if k == 0:
        return False
    above = page.texts[k - 1]
    if len(above) > MAX_SECTION + 2 or not (above[:1] in cues.BULLETS or above.lstrip()[:1] == "【"):
        return False  # (the patterns' own first tests)
    marked = cues.BULLET_RE.match(above) or cues.BRACKET_RE.fullmatch(above.strip())
    return bool(marked) and not cues.SENTENCE_PUNCT_RE.search(above)


def _under_date_line(page: Page, k: int, style: str) -> Candidate | None:
    """A full-width line right under a release's date line (114年04月21日 / 天主教教宗方濟各辭世　總統…):
    a release prints its date, then its headline whole. When no longer headline can be read from here
    (the next line opens a bracket it closes further on), the headline is this line alone."""
    if k == 0 or k + 1 >= len(page.lines) or not cues.line_date(page.texts[k - 1]):
        return None
    if k >= 2 and not ends_sentence(page.texts[k - 2]):
        return None  # the date line closes the release header above (標題 / 發稿單位 / 發稿時間)
    text = page.texts[k]
    if ends_sentence(text) or not titlelike(text) or text[-1:].isdigit() and page.texts[k + 1][:1].isdigit():
        return None
    return Candidate(k, k, style, _lead_after(page, k + 1, text), blank_before=page.gap_before(k), length=len(text))


def is_masthead_line(text: str) -> bool:
    """A line of a masthead: the publication's name, the issue number, the editor, a date line."""
    plain = text.replace(" ", "").replace("\u3000", "")  # 桃園市議會　新聞資料: name and kind parted by a full-width space
    # a ， or 。 (what SENTENCE_PUNCT_RE finds on most lines) tested first: every headline's first line
    # meets this test
    if "，" in plain or "。" in plain or cues.BULLET_RE.match(plain) or cues.SENTENCE_PUNCT_RE.search(plain):
        return False  # ● 2024年9月13日,区长… is an item's text, whatever date it opens with
    return bool(meta.header_label(text) or meta.footer_label(text) or meta.masthead_name(plain) == plain
                or cues.line_date(text) or cues.source_date(text) or _FULL_DATE_RE.search(plain)
                or cues.is_time_line(plain))


def _lead_after(page: Page, k: int, headline: str) -> str:
    """How the body under a headline opens. A date line (發布日期：…), a clipping's source line or a
    byline right under the headline marks a news item, like a lead that dates the event; a lead whose
    subject the headline repeats (区人社局… under 区人社局多措并举…) is a news item's lead too."""
    first = page.texts[k]
    if cues.line_date(first) or cues.source_date(first) or parse_byline_line(first) or cues.is_label_line(first) \
            or cues.is_byline_line(first) or cues.is_dateline(first) or cues.is_web_info_line(first) \
            or _is_byline(first):
        return DATED
    lead = lead_of(page.lead(k))
    if lead == UNDATED and _echoes(headline, cues.BULLET_RE.sub("", first)):
        return TIMED
    return lead


_CLAUSE_END_RE = re.compile(r"[，；。！？,;!?：:]")
_FULL_DATE_RE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
_COMMON_OPENERS = frozenset("我区 全区 我县 全县 我市 全市 我镇 全镇 会议 近年 今年 为了 为进 根据 按照 目前 当前".split())


def _echoes(headline: str, lead: str) -> bool:
    """The lead opens with the headline's subject (its first three characters occur in the headline)."""
    opener = lead[:3]
    return len(opener) == 3 and opener[:2] not in _COMMON_OPENERS and opener in headline


def _same_subject(line: str, nxt: str) -> bool:
    """Both lines open with the same four characters (see :data:`_ECHO_FULL`)."""
    return len(nxt) >= _ECHO_FULL and line[:_ECHO_FULL] == nxt[:_ECHO_FULL] and nxt[:2] not in _COMMON_OPENERS


def _release_lines_follow(page: Page, k: int) -> bool:
    """Short unpunctuated lines, then a release's date line (``…是防`` / ``患未然`` / ``新聞局`` /
    ``2023-11-14 22:07``): line ``k`` is the top of a wrapped headline, not a headline sharing its line
    with the text, whose first sentence would be punctuated before the date line."""
    for j in range(k + 1, min(k + 1 + _MAX_TITLE_LINES, len(page.lines))):
        if _release_line(page.texts[j]):
            return True
        if cues.SENTENCE_PUNCT_RE.search(page.texts[j]) or ends_sentence(page.texts[j]):
            return False
    return False


def _release_line(text: str) -> bool:
    """A line that dates or labels the item under its headline (發布日期：113-10-25, 2023-11-14 22:07,
    澳門快訊 | 發佈時間: 2025/01/08, 2024-02-07 19:48 | 稿件來源:…, 來源：…, 记者 王明): never part of the
    headline above it."""
    # what a date, source, info (日期, 时间) or byline line must hold; else only a label line is one
    if not ("期" in text or "间" in text or "记者" in text or "通讯员" in text or "实习生" in text
            or _TWO_DIGITS_RE.search(text)):
        return cues.is_label_line(text)
    return bool(cues.line_date(text) or cues.source_date(text) or cues.is_label_line(text)
                or cues.is_info_line(text) or cues.is_byline_line(text) or cues.is_web_info_line(text))


release_line = _release_line
"""The public name of :func:`_release_line` (the compilation splitter reads a tagged headline by it)."""


def _dated_after_next(page: Page, last: int, first: int) -> bool:
    """The next line could end the headline and a dated lead follows it."""
    nxt = last + 1
    if nxt + 1 >= len(page.lines) or nxt - first + 1 > _MAX_TITLE_LINES or not page.short(nxt):
        return False
    if page.column is None or page.widths[last] < _NEAR_FULL * page.column or is_masthead_line(page.texts[last]):
        return False
    text = page.texts[nxt]
    if style_of(text) != PLAIN:
        return False
    if ends_sentence(text) and not text.endswith(_EXCLAIMS) or cues.SENTENCE_PUNCT_RE.search(text):
        return False
    return _lead_after(page, nxt + 1, text) == DATED


def _ends_headline(page: Page, k: int) -> bool:
    """Line ``k`` can be a headline's last line: short (or followed by a blank line), and what follows
    opens a body or another heading."""
    nxt = k + 1
    if nxt >= len(page.lines):
        return False
    if _release_line(page.texts[nxt]):
        return True  # a release's date line, label line or byline stands right under its headline
    if page.texts[k][-1:].isdigit() and page.texts[nxt][:1].isdigit():
        return False  # the wrap cut a number (…自今(112)年2月2 / 3日上線服務，…): a sentence goes on
    if page.column is not None and page.widths[k] > _OVERRUN * page.column:
        return True  # wider than the column: not a wrapped text line, a headline set on its own line
    if page.column is not None and not page.short(k) and not page.gap_before(nxt):
        # a full-width line ends a headline only before a lead that opens with its date: the rest of a
        # wrapped headline (议】2月4日上午，…) has a date inside its first clause too
        nxt_text = page.texts[nxt]
        return cues.is_date_lead(nxt_text) and not _RUN_ON_RE.match(nxt_text) \
            or cues.is_dateline(nxt_text) \
            or _same_subject(page.texts[k], nxt_text) \
            or page.widths[k] < page.column and _caption_follows(page, nxt)
    return True


_MAX_CAPTION_LINES = 3


def _caption_follows(page: Page, k: int) -> bool:
    """A photo caption opens at line ``k``: within a few lines, before any line ends a sentence, a line
    ends with the photo's credit (…乡村振兴才刚起步。 本版图 / 片由…记者 李彪 周颖 摄). A web story prints it
    right under its headline, a line that stops short of the column (a caption's own first line runs to
    it: 山东省枣庄市山亭区徐庄镇葫芦套村 / 日前开展…)."""
    for j in range(k, min(k + _MAX_CAPTION_LINES, len(page.lines))):
        text = page.texts[j].rstrip()
        if text[-1:] in _CREDIT_ENDS and _SPACED_CREDIT_RE.search(text):
            return True
        if ends_sentence(text):
            return False
    return False


_SPACED_CREDIT_RE = re.compile(r"[\u4e00-\u9fff]\s?(?:摄|供图)(?:[（(][^（()）]{1,12}[)）])?$")
"""A photo credit, its names set off by spaces (记者 李彪 周颖 摄) or not (李丹摄)."""


_RUN_ON_RE = re.compile(r"^(?:近日|日前|近期|当天|昨天|昨日|今天|今日|上周|本周|上月|本月)(?![，,\s])")
"""A relative date run on into its verb (…葫芦套村 / 日前开展“电商直播间”活动): the wrap fell inside a
sentence whose subject is the full line above; a lead that opens with such a word sets it off
(近日，…)."""


_SHARED_RE = re.compile(
    r"^(?P<title>[^\s，。；：！？,;:!?]{8,40}?[\u4e00-\u9fff”》）])"
    r"(?:[ \t]+(?=[\u4e00-\u9fff“《]|\d{4}\s*年|\d{1,2}\s*月)|(?=\d{1,2}\s*月\s*\d{1,2}\s*日[，,]))"
)
"""A headline and the start of its text on one line, set off by ASCII spaces or by the date opening the
text (an ideographic space U+3000 separates the phrases of one headline: 總統年初一走訪臺南廟宇　盼國人…)."""


_CUT_NUMBER_RE = re.compile(r"[\u4e00-\u9fff”》）][ \t]+\d{1,2}$")


def _shares_line(page: Page, k: int) -> Candidate | None:
    """A headline sharing a full-width line with the start of its text, set off by a space
    (``群英街道召开…部署会 2023年是贯`` / ``彻落实…``): only in hard-wrapped text, where a line that runs to the
    column is body text, so the unpunctuated words before the gap can only be its headline."""
    text = page.texts[k]
    if ("   " in text or "\t" in text or "\u3000\u3000" in text) and (gapped := _across_wide_gap(page, k)) is not None:
        return gapped
    if page.column is None or page.short(k) or not (" " in text or "\t" in text or "月" in text):
        return None  # the gap is a space or a tab, or the text opens with its date (…日，): most lines have neither
    if cues.is_dateline(text):
        return None
    match = _SHARED_RE.match(text)
    if match is None and k + 1 < len(page.lines) and _CUT_NUMBER_RE.search(page.texts[k]):
        # the date opening the text is cut by the wrap (…入户宣传 1 / 1月2日,…)
        match = _SHARED_RE.match(page.texts[k] + page.texts[k + 1])
        match = match if match and match.end() <= len(page.texts[k]) else None
    if match is None or not cues.SENTENCE_PUNCT_RE.search(page.texts[k][match.end():] + page.lead(k + 1)):
        return None
    if not _balanced(match.group("title")):
        return None  # the space stands inside a quotation (为贯彻省卫健委“党建引领 医疗强基”…)
    if _whole_headline_line(page, k, page.texts[k][match.end():]):
        return None
    if k + 1 < len(page.lines) and _lead_after(page, k + 1, "") == DATED and not page.texts[k][match.end():].strip()[:1].isdigit():
        return None  # a whole headline line with a date line, byline or dated lead under it
    if _release_lines_follow(page, k):
        return None
    lead = lead_of(page.texts[k][match.end():] + page.lead(k + 1))
    return Candidate(k, k, PLAIN, lead if lead != UNDATED else TIMED, inline=True, blank_before=page.gap_before(k),
                     length=len(match.group("title")), title=match.group("title"))


def _whole_headline_line(page: Page, k: int, rest: str) -> bool:
    """Line ``k`` is a headline of two phrases (吉安鄉召開村長業務會報啟共識 游淑貞率團隊落實基層圓滿建設), not a
    headline and the start of its text: the words after the space hold no sentence punctuation and the
    line holds fewer characters than the column, which a text line wrapped by character count fills
    when it runs on to the next line."""
    return page.char_column is not None and page.chars[k] < page.char_column \
        and not cues.SENTENCE_PUNCT_RE.search(rest)


_WIDE_GAP = r"(?: {3,}|\t+|\u3000{2,})"
"""A gap no wrap leaves: three spaces, a tab or two ideographic spaces (a headline and its text on one line)."""


def _headline_before_gap(least: int, most: int) -> re.Pattern[str]:
    """A headline of ``least``–``most`` characters without a clause mark, then a wide gap, then text."""
    return re.compile(rf"^(?P<title>[^，。；：！？,;:!?\t]{{{least},{most}}}?)(?<!\s){_WIDE_GAP}(?=\S)")


_WIDE_GAP_RE = _headline_before_gap(6, 40)
"""The opening words of a line before a wide gap (three spaces or more, a tab, two ideographic spaces)."""


def _across_wide_gap(page: Page, k: int) -> Candidate | None:
    """A headline and its whole text on one line, set off by a wide gap (``福州十邑鄉親慶中秋迎國慶    澳門福州十邑社團
    聯合舉辦的…``): a web page saved with each item's headline and paragraphs joined into one line. Unlike
    one space, which may stand inside a headline, a wide gap ends it, in text of any width, when the
    line starts at the margin, the words before the gap read as a headline (not a date) and the text
    after it is longer than them and punctuated."""
    text = page.texts[k]
    if page.lines[k].raw[:1].isspace():
        return None  # an indented paragraph's first words are a run-in entry title (see _run_in_titles)
    if (match := _WIDE_GAP_RE.match(text)) is None:
        return _decks_before_dateline(page, k)
    title, rest = match.group("title"), text[match.end():]
    if len(rest) <= len(title) or not cues.SENTENCE_PUNCT_RE.search(rest) or not titlelike(title) \
            or cues.is_date_lead(title):
        return None  # a date before the gap is a chronicle entry's (12月24日    第二水厂举行竣工典礼。)
    return Candidate(k, k, PLAIN, lead_of(rest), inline=True, blank_before=page.gap_before(k), length=len(title),
                     title=title)


_SHORT_WIDE_GAP_RE = _headline_before_gap(2, 40)


def _deck_over_wide_gap(page: Page, k: int) -> Candidate | None:
    """A headline of two lines whose second shares its line with the text across a wide gap (``2025年度`` /
    ``“国考”举行   12月1日,在…``): a web page saved with the headline's lines apart and its last line
    joined to the text. The first line is the headline's, not a column's name (a page's column is in
    its page line), when it stands after a blank line, reads as a headline and the two together are no
    longer than one."""
    if k + 1 >= len(page.lines) or not page.gap_before(k) or len(page.texts[k]) > MAX_SECTION \
            or "   " not in (below := page.texts[k + 1]) and "\t" not in below and "\u3000\u3000" not in below:
        return None  # (the cheap tests first: most lines have no wide gap in the line under them)
    deck, match = page.texts[k].strip(), _SHORT_WIDE_GAP_RE.match(below)
    if match is None or page.lines[k + 1].raw[:1].isspace() or not titlelike(deck) or is_masthead_line(deck):
        return None
    title, rest = match.group("title"), below[match.end():]
    if len(deck) + len(title) > MAX_TITLE or len(rest) <= len(title) or not cues.SENTENCE_PUNCT_RE.search(rest) \
            or not titlelike(title) or cues.is_date_lead(title):
        return None
    return Candidate(k, k + 1, PLAIN, lead_of(rest), inline=True, blank_before=True, length=len(deck) + len(title),
                     title=title)


_LONG_WIDE_GAP_RE = _headline_before_gap(41, 90)


def _decks_before_dateline(page: Page, k: int) -> Candidate | None:
    """A headline longer than one deck (its title and subtitle joined by a space: 中办、国办印发《…》 推动…) run
    into its text across a wide gap, where the text opens with a dateline (新华社北京6月9日电): what stands
    before the gap can only be the headline."""
    text = page.texts[k]
    if (match := _LONG_WIDE_GAP_RE.match(text)) is None or not cues.is_dateline(rest := text[match.end():]):
        return None
    title = match.group("title")
    return Candidate(k, k, PLAIN, DATED, inline=True, blank_before=page.gap_before(k), length=len(title), title=title)


def _inline(page: Page, k: int, style: str) -> Candidate | None:
    """A bullet, bracket or numbered line that carries its own text: an item whose body starts on it."""
    text = page.texts[k]
    opener = {BULLET: cues.BULLET_RE, BRACKET: cues.BRACKET_RE, NUMBER: cues.NUMBER_RE}[style].match(text)
    rest = text[opener.end():] if opener else ""
    if style == BRACKET:
        return Candidate(k, k, style, lead_of(rest or page.lead(k + 1)), inline=bool(rest), blank_before=page.gap_before(k))
    if cues.SENTENCE_PUNCT_RE.search(rest) or ends_sentence(rest):
        return Candidate(k, k, style, lead_of(rest), inline=True, blank_before=page.gap_before(k))
    return None


def _dates_line(text: str) -> bool:
    return cues.source_date(text) is not None or cues.line_date(text) is not None


def mark_sections(page: Page, starts: list[Candidate], *, decks: bool = False) -> None:
    """A short heading directly followed by an item's headline is a section heading (工作动态, ■ 二七区).

    ``decks``: on a newspaper page a headline of :data:`MIN_DECK` characters or more right above a
    headline whose story opens with a dateline is that story's first deck (王兴主持召开县长办公会 /
    安排部署重点工作任务 / 本报讯 …), not a column's name (图片新闻, 要闻)."""
    for a, b in zip(starts, starts[1:]):
        between = range(a.last + 1, b.first)
        if a.inline or (len(between) > 1 or any(not _dates_line(page.texts[j]) for j in between)) \
                and not all(cues.is_label_line(page.texts[j]) for j in between):
            continue  # directly above the headline, or above the source line or info lines (作者:…) under it
        text = cues.BULLET_RE.sub("", "".join(page.texts[j] for j in range(a.first, a.last + 1)))
        if len(text) <= MAX_SECTION and a.first == a.last and not cues.REPORTED_SPEECH_RE.match(page.texts[b.first]) \
                and not (decks and not between and len(text) >= MIN_DECK and _opens_with_dateline(page, b.last + 1)):
            a.section = True


MIN_DECK = 8
"""A newspaper column's name is short (要闻, 图片新闻, 综合新闻); a headline's deck says what happened."""


def _opens_with_dateline(page: Page, k: int) -> bool:
    """Line ``k`` opens a story with a newspaper's dateline (本报讯, 【本报消息】, 新华社北京…电)."""
    return k < len(page.lines) and (page.texts[k].startswith("本报讯") or cues.is_dateline(page.texts[k]))


CHAPTER_RE = re.compile(rf"^第[{cues.CN_NUM}\d]{{1,3}}[章节编篇]")
"""A chapter's or a section's heading in a 县志 or a 年鉴 (第三章 新闻 史志 文物, 第一节 报刊通讯); the
compilation splitter reads a page's opening heading by it too."""


def item_starts(found: Sequence[Candidate], page: Page | None = None) -> list[Candidate]:
    """The candidates that start items (see the module docstring). ``page``: the text they are on, for
    :func:`_headlines_apart` (without it, that rule is not tried)."""
    heads = list(found)
    by_style: dict[str, list[Candidate]] = {}
    for cand in heads:
        by_style.setdefault(cand.style, []).append(cand)
    news = sum(1 for c in heads if c.lead == DATED)
    marked = sum(1 for c in heads if c.style in (BULLET, BRACKET))
    long_plain = sum(1 for c in heads if c.style == PLAIN and c.length >= _MIN_PLAIN_TITLE)
    under_masthead = bool(heads) and heads[0].masthead and heads[0].first == 0
    # under a masthead (a periodical), a dated news headline and one more long headline make a compilation
    compilation = news >= 2 or marked >= 2 or under_masthead and (long_plain >= _MIN_UNDER_MASTHEAD
                                                                  or news >= 1 and long_plain >= 2)
    apart = [] if page is None else _released(page, heads) or ([] if compilation else _headlines_apart(page, heads)
                                                               or _reference_entries(page, heads))
    shares = {style: _dated_share(same) for style, same in by_style.items()}
    keep = {id(c) for c in apart} or {id(c) for c in heads if _starts_item(c, shares[c.style], compilation)
                                       or page is not None and _after_contact(page, c)}
    first = next((c for c in heads if not c.masthead), None)
    if first is not None:
        keep.add(id(first))
    if page is not None:
        keep -= _release_decks(page, heads) | _inside_releases(page, heads) | _report_parts(page, heads) \
            | _subtitles(page, heads)
    for above, below in reversed(list(zip(heads, heads[1:])) if page is not None else []):
        if id(below) in keep and above.last + 1 == below.first and CHAPTER_RE.match(page.texts[above.first]):
            keep.add(id(above))  # 第三章 … / 第一节 … over an entry: the chapter's headings, for its sections
    return _without_subheads(page, [c for c in found if id(c) in keep])


SUBTITLE_DASHES = ("——", "--", "－－", "—")
"""How a subtitle opens (——在全县经济工作会议上的讲话, ——写在…之际): it tells the occasion of the headline above."""


def _subtitles(page: Page, heads: Sequence[Candidate]) -> set[int]:
    """The ids of headings that open with a dash right under another heading: the subtitle of the headline
    above (紧抓改革试验机遇… / ——在中共…全会上的讲话), not an item of its own, however dated the lines
    under it ((2008年1月7日))."""
    return {id(b) for a, b in zip(heads, heads[1:])
            if a.last + 1 == b.first and page.texts[b.first].lstrip().startswith(SUBTITLE_DASHES)}


_PART_WORDS = "情况|问题|不足|困难|建议|意见|做法|措施|举措|成效|成绩|经验|体会|启示|思路|打算|安排|要求|重点|计划|目标|任务"
_REPORT_PART_RE = re.compile(
    rf"下一?步.*|(?:{_PART_WORDS}|工作|开展|进展|完成|实施|推进|落实|整改|督查|检查|基本|总体|主要|存在|取得|面临|发现"
    rf"|有关|相关|目前|当前|几点|[的和及与、])*(?:{_PART_WORDS})")
"""A report's own parts are headed with generic words alone (工作开展情况, 存在的问题, 主要做法及成效,
下一步工作打算, 基本情况): they name a part of whatever the report is about, not an item of news. A
headline naming a subject before its 情况 or 问题 (春耕生产情况, 信访稳定问题) is an item's."""
_MAX_REPORT_PART = 8
_ANNOUNCES_REPORT_RE = re.compile(r"通报如下|现(?:将[^。；;]{0,40})?通报")
"""The opening sentence of a 通报 that announces what follows (现将有关情况通报如下, 现通报…典型案例)."""
_CASE_END = "问题"
"""A 通报's case is headed with what went wrong (…违规发包本村工程项目问题)."""


def _report_parts(page: Page, heads: Sequence[Candidate]) -> set[int]:
    """The ids of headings that are parts of one report, not items: numbered headings of a report's generic
    section words (一、工作开展情况 / 二、存在的问题) over their text, and the cases of a 通报 (headings ending
    in 问题) after the sentence that announces them (现将…通报如下), with a short group heading standing
    between that sentence and the first case (问责篇). A bulletin's numbered items have headlines that say
    who did what (一、三道通镇召开党委政府工作会议): they are not read so."""
    firsts = {c.first for c in heads}
    parts = {id(c) for c in heads if c.style == NUMBER and c.length <= _MAX_REPORT_PART and not c.inline
             and c.last + 1 not in firsts and _REPORT_PART_RE.fullmatch(_heading_words(page, c))}
    return parts | _report_cases(page, heads)


def _heading_words(page: Page, cand: Candidate) -> str:
    """The heading's words without its number and the spaces inside it."""
    text = "".join(page.texts[k] for k in range(cand.first, cand.last + 1))
    return "".join(cues.NUMBER_RE.sub("", text.strip(), count=1).split())


def _report_cases(page: Page, heads: Sequence[Candidate]) -> set[int]:
    """The ids of a 通报's case headings and of the group heading over them (see :func:`_report_parts`).
    A case heading may run over two lines (武陵区南坪街道汇金社区 / 疫情防控摸排工作不力问题); the cases are
    set alike, numbered or not, as the first is (whether or not it was read as a heading), and their run
    ends at the first heading that is none (the next item's headline, whatever it ends in)."""
    ends = [page.texts[c.last].rstrip().endswith(_CASE_END) and not c.inline for c in heads]
    if not any(ends):
        return set()
    first_case = ends.index(True)
    announced = next((k for k in range(heads[first_case].first - 1, -1, -1)
                      if "通报" in page.texts[k] and _ANNOUNCES_REPORT_RE.search(page.texts[k])), None)
    if announced is None or not _heads_report(page, announced):
        return set()
    parts: set[int] = set()
    style = style_of(next(text for text in page.texts[announced + 1:] if text.rstrip().endswith(_CASE_END)))
    for n, cand in enumerate(heads):
        if cand.first <= announced:
            continue
        case = ends[n] and cand.style == style
        upper = n + 1 < len(heads) and ends[n + 1] and cand.last + 1 == heads[n + 1].first
        group = n < first_case and cand.length <= MAX_SECTION
        if not (case or upper or group):
            break
        parts.add(id(cand))
    return parts


def _heads_report(page: Page, announced: int) -> bool:
    """The 通报 announcement on line ``announced`` opens a report: it stands under the report's headline (or
    its sentence's start), or it is the text's own opening paragraph, a lead that says first why the report
    is made (为进一步严明纪律，现通报…典型案例。). The bare formula alone over a text (现将有关情况通报如下：)
    is no report's: the headlines below it may be anyone's news."""
    if announced > 0:
        return True
    found = _ANNOUNCES_REPORT_RE.search(page.texts[announced])
    return found is not None and bool(page.texts[announced][:found.start()].strip())


def _without_subheads(page: Page | None, starts: list[Candidate]) -> list[Candidate]:
    """Where the items' headlines run into their text across a wide gap (a web page saved with each
    story's headline and text on one line), a headline standing alone on its line right under text,
    with no blank line above it, is a subheading inside the story (十组数据看… / … / GDP增长5%左右 / …)."""
    if page is None:
        return starts
    across = sum(1 for c in starts if c.title is not None and _WIDE_GAP_AFTER_RE.match(page.texts[c.last], len(c.title)))
    if across < 2 or across * 2 < len(starts):
        return starts
    return [c for k, c in enumerate(starts) if k == 0 or c.inline or c.masthead or c.style != PLAIN
            or c.lead == DATED or page.gap_before(c.first)]


_WIDE_GAP_AFTER_RE = re.compile(rf"{_WIDE_GAP}\S")


def _release_decks(page: Page, heads: Sequence[Candidate]) -> set[int]:
    """The ids of the subtitle decks under a web release's headline: plain headline lines stacked right
    under a headline of :data:`MIN_DECK` characters at least (blank lines aside), the last over the
    release's info line (市委常委会召开扩大会议 / 传达学习…精神 安排部署… / 王忠林主持并讲话… / 发布日期:…).
    The info line dates the release, and one headline heads it: the lines under the first are its decks
    (a column's short name over a headline, 头条, is its section, see :func:`mark_sections`)."""
    decks: set[int] = set()
    chain: list[Candidate] = []
    for cand in [*heads, None]:
        stacked = cand is not None and chain and cand.first == chain[-1].last + 1 and _plain_deck(cand)
        if stacked:
            chain.append(cand)
            continue
        below = chain[-1].last + 1 if chain else len(page.lines)
        if 2 <= len(chain) <= _MAX_DECKS and below < len(page.lines) and _web_info(page.texts[below]):
            decks.update(id(c) for c in chain[1:])
        chain = [cand] if cand is not None and _plain_deck(cand) and _says_what_happened(page, cand) else []
    return decks


def _says_what_happened(page: Page, cand: Candidate) -> bool:
    """A headline that can have decks under it: :data:`MIN_DECK` Chinese characters at least (not a site's
    name, ZKX's LAB), and not a credit closing the release above ((编辑 周晓叶))."""
    text = page.texts[cand.last]
    return len(_HAN_RE.findall(text)) >= MIN_DECK and not closes(text)


_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_MAX_DECKS = 3
"""引题, 主题, 副题: more headlines stacked over a date line are a page's list of headlines, not decks."""


def _inside_releases(page: Page, heads: Sequence[Candidate]) -> set[int]:
    """The ids of plain lines read as headlines inside a run of web releases that are none: where two
    headlines at least have their release's info line under them (their decks between), a plain line
    with neither an info line nor a dated lead under it, and no headline right under it, is a photo's
    caption (在新华百货检查食品供应及安全 / 刘维平一行先后来到…) or a subheading inside a release."""
    plain = [c for c in heads if _plain_deck(c)]
    stacked = {c.first: c for c in plain}
    released = {id(c) for c in plain if _over_info_line(page, c, stacked)}
    if len(released) < 2:
        return set()
    below = {c.first for c in heads}
    return {id(c) for c in plain if id(c) not in released and c.lead == UNDATED and c.last + 1 not in below}


def _over_info_line(page: Page, cand: Candidate, stacked: dict[int, Candidate]) -> bool:
    """The info line (发布日期:…) stands right under the headline, or under its decks (``stacked``: the
    plain headlines by their first line)."""
    k = cand.last + 1
    for _ in range(_MAX_DECKS):
        if k >= len(page.lines):
            return False
        if _web_info(page.texts[k]):
            return True
        if (deck := stacked.get(k)) is None:
            return False
        k = deck.last + 1
    return False


def _plain_deck(cand: Candidate) -> bool:
    """A plain headline on lines of its own (no mark, not sharing its line with the text, no masthead)."""
    return cand.style == PLAIN and not cand.inline and not cand.masthead


def _headlines_apart(page: Page, heads: Sequence[Candidate]) -> list[Candidate]:
    """The headlines of a text that opens with a long plain headline at the left margin, when every
    such headline in it stands after a blank line, two at least: press releases or briefs saved one
    after another, however their leads open (县长许淑华今日…, 台东县长滨乡…). An indented line after a
    blank one opens a paragraph of the same article, however headline-like its first words. Empty
    when the text is not such a run of items."""
    flush = [c for c in heads if c.style == PLAIN and c.length >= _MIN_PLAIN_TITLE and not c.masthead
             and (not c.inline or c.title is not None) and not page.lines[c.first].raw[:1].isspace()]
    if len(flush) >= 2 and heads[0] is flush[0] and heads[0].first == 0 and all(c.blank_before for c in flush):
        return flush
    return []


_MAX_PLACE_HEADING = 8
_MAX_TOPIC = 10
_MIN_TOPICS = 4


_REFERENCE_NAME_RE = re.compile(r"(?:年鉴|[省市县区镇乡]志|概况|概览)$")
"""A yearbook's or an annal's name in its masthead or running head (岳阳年鉴, 邵阳县志)."""


def _reference_entries(page: Page, heads: Sequence[Candidate]) -> list[Candidate]:
    """The entries of a reference work's page (年鉴, 县志, 乡镇概况): short topic headings (位置面积, 气候,
    一、行政区划) each over its text, grouped under short plain headings that stand directly over the
    first topic (中城镇 / 一、位置面积, 联络镇 / 位置境域), two such groups at least. The group headings
    are kept too (as sections). A report's outline nests numbered headings (二、存在问题 / （一）…), and
    its subheadings say more than a topic's two to six characters: it is not read so. Under a masthead
    or running head that names a yearbook or an annal (岳阳年鉴), two topics are enough. Empty when the
    page is not such a reference."""
    stacked = [a for a, b in zip(heads, heads[1:]) if a.last + 1 == b.first and not a.masthead]
    groups = [c for c in stacked if c.style == PLAIN and c.length <= _MAX_PLACE_HEADING and not c.inline]
    stacked_ids = {id(c) for c in stacked}  # a list's ``in`` compares every field of every candidate
    topics = [c for c in heads if id(c) not in stacked_ids and not c.masthead]
    if topics and not stacked and _place_page(page, topics):
        return [c for c in heads if not c.masthead]
    # a 志's section (第三节 县乡组织) over its parts (壹、金门县), which may open with a date
    chapter = bool(topics) and CHAPTER_RE.match(page.texts[topics[0].first]) is not None \
        and not any(c.inline for c in topics)
    if len(groups) != len(stacked) or any(c.length > _MAX_TOPIC or c.lead == DATED and not chapter for c in topics):
        return []
    named = chapter or any(c.masthead and _REFERENCE_NAME_RE.search(page.texts[c.first].strip()) for c in heads)
    if len(groups) >= 2 and len(topics) >= _MIN_TOPICS or named and len(topics) >= 2:
        return [c for c in heads if not c.masthead]
    return []


_MAX_PAGE_TOPIC = 6
_MIN_PAGE_TOPICS = 3


def _place_page(page: Page, heads: Sequence[Candidate]) -> bool:
    """An encyclopedia's or a 概况's page on one place: its title (張村鄉(浙江省衢州市江山市)) over a lead
    paragraph that opens with the place's name (張村鄉,隸屬於…), then short topic headings over their
    texts (位置境域, 自然資源, 人口), three at least. A feature's subheadings say more than a topic's
    few characters, and its lead does not open by naming its headline's subject."""
    title, topics = heads[0], heads[1:]
    if title.inline or title.style != PLAIN or title.last + 1 >= len(page.lines) or len(topics) < _MIN_PAGE_TOPICS:
        return False
    if any(c.inline or c.style != PLAIN or c.length > _MAX_PAGE_TOPIC or c.lead == DATED for c in topics):
        return False
    return _echoes(page.texts[title.first], page.texts[title.last + 1])


def _released(page: Page, heads: Sequence[Candidate]) -> list[Candidate]:
    """The headlines of web releases saved one after another, when the text opens with one: each has its
    page's info line right under it (来源:… 2020-10-01 16:56:36, 大湾区之声 2024-01-09 15:02:32, 发布日期:…),
    two at least, so a plain headline without one is a subheading inside a release (新气象、新面貌 /
    18区区议会已顺利召开). A page opened under a breadcrumb or its neighbour's pager (:attr:`Page.opens_post`)
    starts one too, headline or none. Empty when the text is not such a run of releases."""
    plain = [c for c in heads if not c.masthead]
    released = [c for c in plain if not c.inline and c.last + 1 < len(page.lines)
                and (_web_info(page.texts[c.last + 1]) or _printed_twice(page, c))]
    if len(released) >= 2 and released[0] is plain[0] and all(c.style == PLAIN for c in plain):
        taken = {c.first for c in released}
        opened = [c for c in plain if c.first not in taken  # a page without a headline, or without an info line
                  and (c.first in page.opens_post or _after_page_gap(page, c))]
        return _with_channels(page, sorted([*released, *opened], key=lambda c: c.first), plain)
    return []


def _after_page_gap(page: Page, cand: Candidate) -> bool:
    """A headline after two blank lines (:meth:`Page.parted`) under a line that closes its story (a
    sentence end, a credit: ``…集中整治。 来源:通道融媒 编辑:redcloud``): the next saved page's, though no
    info line stands under it (守护“孝昌蓝”!… / 连日来,…)."""
    above = cand.first - 1
    return not cand.inline and page.parted(cand.first) and (closes(page.texts[above]) or _credit_before_gap(page, above))


def _printed_twice(page: Page, cand: Candidate) -> bool:
    """A one-line headline printed again right under itself, after a blank line (杨晓棠率队到麻涌调研… / /
    ``  杨晓棠率队到麻涌调研…``): a saved page's title over the article's own headline, which opens the
    page as an info line does."""
    below = cand.last + 1
    return cand.first == cand.last and page.blank_before[below] and page.texts[below].strip() == page.texts[cand.first].strip()


def _with_channels(page: Page, released: list[Candidate], plain: Sequence[Candidate]) -> list[Candidate]:
    """``released`` and the short one-line headings right above them (镇区 / 杨晓棠率队…): the channel a
    saved page names over its headline, the release's section (:func:`mark_sections`). A credit closing
    the release above ((责任编辑 蒋鹏飞)) is no heading."""
    firsts = {c.first for c in released}
    channels = [c for c in plain if c.first == c.last and c.last + 1 in firsts and c.length <= MAX_SECTION
                and not closes(page.texts[c.first]) and page.texts[c.first].strip()[:1] not in "（(【["]
    return sorted([*released, *channels], key=lambda c: c.first) if channels else released


def _web_info(text: str) -> bool:
    """A release's info line: a labelled field (来源:, 发布时间:), a line that only dates it, the date
    and time before the page's counters (2010/1/6 16:43:13 次浏览 分类:…), or the date, with or without
    its time, before the page's labelled fields (2020年12月15日 10:06:15 来源:四川新闻网, 2014-12-01  作者:  来源:)."""
    stripped = text.strip()
    return cues.is_label_line(stripped) or cues.line_date(stripped) is not None or cues.is_web_info_line(stripped) \
        or stripped[:4].isdecimal() and _DATED_FIELDS_RE.match(stripped) is not None


_DATED_FIELDS_RE = re.compile(
    r"\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2})"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s+(?:信息|文章|稿件)?(?:来源|作者|编辑|浏览|阅读|点击|分类)\s*[:：]")
"""A web page's info line opening with the release's date (and time), its labelled fields after it."""


def _after_contact(page: Page, cand: Candidate) -> bool:
    """A long plain headline right after a release's closing contact line starts the next release
    (…新聞聯絡人 / 鄭名翔 2570-2330分機5253 / 114年5月臺北市物價變動概況)."""
    return cand.style == PLAIN and cand.length >= _MIN_PLAIN_TITLE and cand.first > 0 \
        and contact_line(page.texts[cand.first - 1])


def _dated_share(same_style: Sequence[Candidate]) -> float:
    """The share of a style's headlines over a dated or timed lead: numbered headings over dated leads
    are a compilation's items, numbered headings over prose a document's outline. Counted once per
    style, not per candidate (a page of 5,000 numbered lines was quadratic)."""
    return sum(1 for c in same_style if c.lead != UNDATED) / len(same_style)


def _starts_item(cand: Candidate, dated_share: float, compilation: bool) -> bool:
    """Whether ``cand`` starts an item by its own marks; ``dated_share``: see :func:`_dated_share`."""
    if cand.masthead:
        return False
    if cand.style in (BULLET, BRACKET) or cand.lead == DATED or cand.title is not None or cand.grouped:
        return True
    if cand.style == NUMBER:
        return compilation and dated_share >= 0.5
    return compilation and (cand.lead == TIMED or cand.blank_before or cand.length >= _MIN_PLAIN_TITLE)
