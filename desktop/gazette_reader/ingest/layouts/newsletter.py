"""Newsletters: run-on bulletin excerpts where a title shares its line with the first sentence, plus
brief items (``△6 月 11 日，… （区市场监管局）``).

An article starts on a line after a sentence end whose opening is a punctuation-free title followed by the
date (``我区召开高品质城市建设工作推进会 6 月 10 日，``: the title ends where the date starts) or by a
space and the first words (``中心路街道招商“脚步不停歇” 中心路街道为改变``). A brief starts with ``△``
and ends with its reporting unit in parentheses; its title is a label derived from its text.

A saved card list (a site's news cards: each the picture's label ``首圖`` on its own line, then the card's
teaser paragraph) is split at its labels: the same short label standing alone over every card parts them,
and each card is an untitled item whose label is furniture.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from gazette_reader.ingest import metadata as meta
from gazette_reader.ingest.layouts import cues
from gazette_reader.ingest.layouts.headings import is_masthead_line
from gazette_reader.ingest.lines import Line, ends_sentence, span_of
from gazette_reader.ingest.model import ARTICLE, BRIEF, ParsedArticle, ParsedIssue
from gazette_reader.ingest.reflow import reflow, tidy_title

BRIEF_MARK = "△"
_DATE_RE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")
_UNIT_RE = re.compile(r"(?<=[。！？!?”])\s*(?P<raw>[（(](?P<name>[^（()）\s，。、；：]{2,15})[)）])\s*$")
_CLAUSE_PUNCT_RE = re.compile(r"[，。；：！？,;:!?、]")
_CLAUSE_SPLIT_RE = re.compile(r"[，。；！？,;!?]")
_TIME_ONLY_RE = re.compile(
    r"^((\d{1,2}月)?\d{1,2}日[上中下午晚早夜间]{0,2}|(至|—|-)?\d{1,2}日|同日|是日|当日|次日|同月|是月|本月|当天|当晚|"
    r"(\d{1,2}月)?\d{1,2}日[至到—\-~～](\d{1,2}月)?\d{1,2}日[上中下午晚早夜间]{0,2}|\d{1,2}月(上旬|中旬|下旬|份|底|初)?|"
    r"今年以来|近日|近期|日前|近年来|目前|当前|今年|去年|年初以来|今年年初以来|截至目前|截止目前)$"
)
_MIN_TITLE, _MAX_TITLE = 4, 40
_ENDS_IN_YEAR_RE = re.compile(r"(?:\d{2,4}|[〇○零一二三四五六七八九]{2,4})\s*年$")
"""A title part ending in a year (``2025年`` of ``2025年01月04日``, ``當前報章2022年``) is a date's front."""


@dataclass(frozen=True)
class _Item:
    """Lines [start, stop) of one item, and the title split off its first line (articles only)."""

    start: int
    stop: int
    kind: str
    title: str = ""
    first_rest: str = ""
    labelled: bool = False
    """The item opens with a card's label line (furniture)."""


def has_briefs(lines: Sequence[Line]) -> bool:
    """True when some line starts with ``△``: the newsletter's brief items."""
    return any(ln.text.startswith(BRIEF_MARK) for ln in lines)


_MAX_CARD_LABEL = 6
_MIN_CARDS = 3
_MAX_CARD_BLOCKS = 2
"""A card holds its teaser paragraph, and at most a headline above it."""


def card_labels(lines: Sequence[Line]) -> list[int]:
    """Where the cards of a saved card list start: the lines of the one short label (``首圖``, ``图片``)
    that opens the text and stands alone, a blank line under it, over every card, each card one or two
    paragraphs. [] when the text is no such list: a single article with picture labels between its
    paragraphs opens with its headline, not with a label, and has runs of paragraphs between pictures."""
    first = next((i for i, ln in enumerate(lines) if not ln.blank), None)
    if first is None or not _may_be_label(label := lines[first].text):
        return []
    found = [i for i, ln in enumerate(lines) if ln.text == label]
    if len(found) < _MIN_CARDS or not all(_stands_alone(lines, i) for i in found):
        return []
    bounds = [*found, len(lines)]
    cards = [lines[a + 1:b] for a, b in zip(bounds, bounds[1:])]
    if not all(1 <= _blocks(card) <= _MAX_CARD_BLOCKS for card in cards):
        return []
    dated = sum(1 for card in cards if _tells_its_day(card))
    return found if dated * _DATED_SHARE[1] >= len(cards) * _DATED_SHARE[0] else []


_CARD_DAY_RE = re.compile(r"\d{1,2}\s*[日号]|[今昨前][(（]\d{1,2}[)）]\s*日|[今昨前]日|[今昨]天")
_CARD_OPENING = 40
_DATED_SHARE = (2, 3)
"""Two cards in three at least tell their own day near their start (桃園市長鄭文燦昨(15)日…): each is its
own story's summary. The pictures of one story, each under a label (图片), carry its paragraphs on
(在某合作社，张三察看了…) without a day of their own."""


def _tells_its_day(card: Sequence[Line]) -> bool:
    """The card's text names a day within its first :data:`_CARD_OPENING` characters."""
    text = "".join(ln.text for ln in card if not ln.blank)[:_CARD_OPENING]
    return _CARD_DAY_RE.search(text) is not None


def _may_be_label(text: str) -> bool:
    """A picture's label is a word or two: no punctuation, no digits."""
    return len(text) <= _MAX_CARD_LABEL and all(c.isalpha() for c in text)


def _stands_alone(lines: Sequence[Line], i: int) -> bool:
    """A blank line parts the label from its card's text. The gap above it may be gone: a page break
    taken out with its page number closes up the blank lines around it."""
    return i + 1 == len(lines) or lines[i + 1].blank


def _blocks(lines: Sequence[Line]) -> int:
    """How many paragraphs (runs of non-blank lines) ``lines`` hold."""
    return sum(1 for k, ln in enumerate(lines) if not ln.blank and (k == 0 or lines[k - 1].blank))


def opens_with_dated_title(lines: Sequence[Line]) -> bool:
    """True when the first non-blank line is ``<title> <date>…`` (a newsletter without briefs)."""
    first = next((ln.text for ln in lines if not ln.blank), "")
    if cues.line_date(first):
        return False  # a release's date line alone (114年04月19日) has no title before its date
    split = split_title(first)
    return split is not None and bool(_DATE_RE.match(split[1]))


def split_title(text: str) -> tuple[str, str] | None:
    """``我区召开…推进会 6 月 10 日，`` → (title, ``6 月 10 日，``); split at the date, else at the first
    space; None unless the title part is 4–40 characters without clause punctuation, and does not end in
    the year of the date after it."""
    date = _DATE_RE.search(text)
    if date and date.start() > 0:
        title, rest = text[: date.start()], text[date.start() :]
    else:
        parts = text.split(None, 1)
        if len(parts) < 2 or not ("\u3400" <= parts[1][0] <= "\u9fff" or parts[1][0] in "“‘《"):
            return None
        title, rest = parts
    title = title.strip()
    if not _MIN_TITLE <= len(title) <= _MAX_TITLE or _CLAUSE_PUNCT_RE.search(title) or title[-1].isdigit() \
            or _ENDS_IN_YEAR_RE.search(title):
        return None  # a date line (2025年01月04日, 當前報章2022年01月10日) splits into no title
    return title, rest


def split_newsletter(lines: Sequence[Line]) -> ParsedIssue:
    """Parse a newsletter (see the module docstring); never loses a non-space character."""
    issue = ParsedIssue(layout="newsletter", articles=[])
    lines = _take_masthead(lines, issue)
    labels = card_labels(lines)
    for item in _cards(lines, labels) if labels else _items(lines):
        issue.articles.append(_article(lines[item.start : item.stop], item, issue))
    return issue


def _take_masthead(lines: Sequence[Line], issue: ParsedIssue) -> Sequence[Line]:
    """Masthead lines above the first item (``安全生产和防汛工作简讯``, ``第3期``) are issue metadata."""
    k = 0
    while k < len(lines) and (lines[k].blank or (not lines[k].text.startswith(BRIEF_MARK) and is_masthead_line(lines[k].text))):
        if not lines[k].blank:
            meta.add_line(issue.metadata, meta.header_label(lines[k].text) or "报头", lines[k].text)
        k += 1
    return lines[k:]


def _cards(lines: Sequence[Line], labels: Sequence[int]) -> list[_Item]:
    """One untitled item a card, from its label line to the next card's."""
    return [_Item(a, b, ARTICLE, labelled=True) for a, b in zip(labels, [*labels[1:], len(lines)])]


def _items(lines: Sequence[Line]) -> list[_Item]:
    """Find where items start: ``△`` lines, and title lines after a sentence end (or first)."""
    starts: list[tuple[int, str, str, str]] = []
    prev_ended = True
    for i, line in enumerate(lines):
        text = line.text
        if not text:
            continue
        if text.startswith(BRIEF_MARK):
            starts.append((i, BRIEF, "", ""))
        elif prev_ended and (split := split_title(text)) is not None:
            starts.append((i, ARTICLE, split[0], split[1]))
        elif not starts:
            starts.append((i, ARTICLE, "", ""))
        prev_ended = ends_sentence(text)
    bounds = [s[0] for s in starts[1:]] + [len(lines)]
    return [_Item(s[0], stop, s[1], s[2], s[3]) for s, stop in zip(starts, bounds)]


def _article(lines: Sequence[Line], item: _Item, issue: ParsedIssue) -> ParsedArticle:
    """Build one item: strip ``△`` (furniture) or the title, cut the trailing unit, reflow the rest."""
    raws = [ln.raw for ln in lines]
    if item.labelled:
        issue.furniture.append(raws[0].strip())
        raws[0] = ""
    if item.kind == BRIEF:
        issue.furniture.append(BRIEF_MARK)
        raws[0] = raws[0].replace(BRIEF_MARK, "", 1)
    elif item.title:
        _continue_first_line(raws, item.first_rest)
    unit_raw, unit = _cut_unit(raws)
    body = reflow(raws)
    title, derived = (tidy_title(item.title), False) if item.title else (brief_title(body), True)
    return ParsedArticle(
        title=title,
        title_derived=derived and bool(title),
        body=body,
        kind=item.kind,
        source_unit=unit,
        source_unit_raw=unit_raw,
        span=span_of(lines),
    )


def _continue_first_line(raws: list[str], rest: str) -> None:
    """What follows the title on its line opens the first paragraph: glue it to the next line unless it
    ends a sentence, so that a short fragment (``中心路街道为改变``) is not mistaken for a subheading."""
    raws[0] = rest
    if ends_sentence(rest):
        return
    for i in range(1, len(raws)):
        if raws[i].strip():
            raws[0], raws[i] = "", rest.strip() + raws[i].strip()
            return


def _cut_unit(raws: list[str]) -> tuple[str | None, str | None]:
    """Remove ``（区农委）`` from the end of the last non-blank line; returns (raw, name) or Nones."""
    for i in range(len(raws) - 1, -1, -1):
        if not raws[i].strip():
            continue
        match = _UNIT_RE.search(raws[i])
        if not match:
            return None, None
        raws[i] = raws[i][: match.start("raw")]
        return match.group("raw"), match.group("name")
    return None, None


def brief_title(body: str) -> str:
    """A brief's label: its first clause that is more than a time phrase (``6月11日``, ``今年以来``) or a
    dateline (``本报讯``), run on past a clause that only names officials to what they did (``县委副书记、
    县长李洪文，县委常委、组织部长张沉静到南旺镇督导…``).

    ``6月11日，郑州市规范医用口罩…现场会在我区召开，…`` → ``郑州市规范医用口罩…现场会在我区召开``."""
    first = _after_dateline(body.split("\n", 1)[0])
    spans = [(m.start(), m.end()) for m in _CLAUSE_RE.finditer(first)]
    clauses = [first[a:b].strip() for a, b in spans]
    for k, clause in enumerate(clauses):
        if _TIME_ONLY_RE.match(clause):
            continue
        last = k
        while last + 1 < min(len(clauses), k + _MAX_NAMED) and _names_official(clauses[last]) \
                and first[spans[last][1]:spans[last + 1][0]].strip() in _COMMAS \
                and spans[last + 1][1] - spans[k][0] <= _MAX_LABEL:
            last += 1  # 县委副书记、县长李洪文，县委常委…张沉静到南旺镇督导…: who, then what they did
        return first[spans[k][0]:spans[last][1]].strip()
    return clauses[0] if clauses else ""


_CLAUSE_RE = re.compile(r"[^，。；！？,;!?\s][^，。；！？,;!?]*")
"""A clause: a run between the marks of :data:`_CLAUSE_SPLIT_RE` holding more than white space, from its
first other character (a run may not open with white space: trying every space of a long run as a start,
then backtracking over the rest, was quadratic)."""
_OFFICIAL_END_RE = re.compile(r"(?:书记|[省市州县区镇乡]长|主任|部长|主席|委员|常委)[\u4e00-\u9fff]{2,3}$")
_NOT_NAME_END_RE = re.compile(r"(?:会议?|职务|工作|活动)$")
_COMMAS = frozenset("，,")
_MAX_NAMED = 4
_MAX_LABEL = 50
"""Longest label that runs on past its officials (a headline's length, see headings.MAX_TITLE)."""


def _after_dateline(text: str) -> str:
    """``text`` without the dateline it opens with and the credit in brackets after it (本报讯, 农村新报讯
    (通讯员周波、望小康)): they say who reported, the label says what happened."""
    if (dateline := cues.match_dateline(text)) is None:
        return text
    rest = text[dateline.end():].lstrip("】]〕")  # the bracket that closes 【本报讯】, which the pattern leaves
    return rest[credit.end():] if (credit := _CREDIT_RE.match(rest)) else rest


_CREDIT_RE = re.compile(r"\s*[（(][^（()）]{1,20}[)）]")


def _names_official(clause: str) -> bool:
    """The clause ends with an official's title and name (县委副书记、县长李洪文), not a meeting's (…主席会议,
    市长碰头会): before a comma, one of the subjects of the clause that tells what they did."""
    return _OFFICIAL_END_RE.search(clause) is not None and _NOT_NAME_END_RE.search(clause) is None
