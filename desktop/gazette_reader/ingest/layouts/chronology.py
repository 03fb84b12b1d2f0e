"""大事记 chronologies: year and month headings, then one entry per event, each opening with its day.

``2023年`` / ``1月`` (or ``一月``, or a page title ``二〇二二年一月从化大事记``, or the name before the date:
``大事年表1992年``, ``盐城大事记202008``) headings set the date; an entry begins with ``3日``, ``1月3日``,
``3月1─3日`` (a range in any dash), ``同日`` / ``是日`` / ``当日`` (the previous entry's day), ``是月`` /
``上旬`` … (the month only), a month alone or a part of it set off by a space or a comma (``4 月 ``,
``8 月中旬 ``, ``7月初,``: a 县志's events it cannot date to the day), a season (``夏,``), or a ``△`` mark (a
day on a line of its own over ``△`` entries is their date, not an entry). Entries are hard-wrapped like any
PDF text: an entry runs until the next entry or heading; an opening set off by a space after a sentence end
inside a line (``…。同月 原…``) is one whose line break the PDF's text lost, and a web page saved as one line
(``大事记1995年 1月10日 …。 1月11日 …。 △ …``) is cut into its entries first; a web table saved one cell a
line (a bare year ``1684``, the month and day cells, then the text) makes each row an entry. Each entry is a
brief whose title is its first clause, dated by its headings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from gazette_reader.ingest import metadata as meta
from gazette_reader.ingest.dates import CN_ZEROS, chinese_number, roc_year
from gazette_reader.ingest.layouts import cues
from gazette_reader.ingest.layouts.newsletter import brief_title
from gazette_reader.ingest.lines import Line, ends_sentence, span_of
from gazette_reader.ingest.model import BRIEF, ParsedArticle, ParsedIssue
from gazette_reader.ingest.reflow import reflow

_NAMES = "大事记|大事要览|大事年表|纪事|记事"
"""What a chronology calls itself (大事记, 执政纪事, 工作记事, a 县志's 大事年表)."""
_SUFFIX = rf"(?:份)?\s*(?:{_NAMES}|大事)?\s*[：:]?"
_TITLED = rf"\s*(?![一二三四五六七八九十]{{1,3}}月)[\u4e00-\u9fff]{{1,12}}?(?:{_NAMES})\s*[：:]?"
"""A page's own title after its date: ``二〇二二年一月从化大事记`` (a place, then the word 大事记)."""
_YEAR = rf"\d{{4}}|[一二三四五六七八九{CN_ZEROS}]{{4}}"
"""A year in digits or in Chinese numerals, digit by digit, its zero as any typesetter prints it (二〇二二,
二○○八, 二0一九: see :data:`~gazette_reader.ingest.dates.CN_ZEROS`)."""
_DASHES = r"~～\-—–―─－〜至到"
"""Every dash a day range is printed with (``11─14日`` in box-drawing dashes, as old county records have)."""
_MONTHS_COVERED = rf"(?:\s*\d{{1,2}}\s*[{_DASHES}]\s*\d{{1,2}}\s*月)?"
"""The months a year's heading may say it covers (``2008年1~12月``, a 年鉴's 大事记)."""
_YEAR_HEAD_RE = re.compile(rf"^(?P<year>{_YEAR})\s*年{_MONTHS_COVERED}(?:{_SUFFIX}|{_TITLED})$")
_ROC_HEAD_RE = re.compile(
    rf"^(?:中华)?民国\s*(?P<roc>\d{{2,3}}|[一二三四五六七八九十{CN_ZEROS}]{{2,4}})\s*年"
    rf"(?:\s*[（(]\s*(?:西元|公元)?\s*(?P<year>\d{{4}})\s*年?\s*[)）])?{_SUFFIX}$")
"""A Taiwan chronology's year heading: the year of the Republic (``民國83年``, ``民國八十三年``), often with the
Western year beside it (``民國83年(西元1994年)``), which is the one kept."""
_MONTH_HEAD_RE = re.compile(
    rf"^(?:(?P<year>{_YEAR})\s*年\s*)?(?P<month>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月(?:{_SUFFIX}|{_TITLED})$")
_NAMED_HEAD_RE = re.compile(
    rf"^[\u4e00-\u9fff]{{0,12}}?(?:{_NAMES})\s*[（(]?\s*(?:(?P<year>{_YEAR})\s*年(?:\s*(?P<month>\d{{1,2}})\s*月)?"
    r"|(?P<compact_year>\d{4})(?P<compact_month>0[1-9]|1[0-2]))\s*[）)]?$")
"""A heading that names the chronology before its date: ``大事年表1992年``, ``大事记(2020年8月)``, or a web
page's ``盐城大事记202008`` (the month written YYYYMM, as in the page's address)."""
_NAMED_HEAD_MAX = 30
_HEAD_LASTS = frozenset("年月)）0123456789０１２３４５６７８９")
"""What a heading naming the chronology before its date ends in (the year, the month, a bracket)."""
NAME_MARKS = ("记", "纪", "大事")
"""One of these stands in each of the chronology's names (:data:`_NAMES`): the cheap test before the pattern."""
_DAY = (rf"(?:(?P<month>\d{{1,2}})\s*月\s*)?(?P<day>\d{{1,2}})(?:\s*[{_DASHES}]\s*\d{{1,2}})?\s*日"
        rf"(?:\s*[{_DASHES}]\s*(?:\d{{1,2}}\s*月\s*)?\d{{1,2}}\s*日)?")
"""A day (``3日``), a span within a month (``3─5日``) or across days written out (``5月31日至6月6日``)."""
_CN_DATE = (r"(?P<cn_month>十[一二]?|[一二三四五六七八九])\s*月\s*(?:(?P<cn_day>[一二三]?十[一二三四五六七八九]?|"
            r"[一二三四五六七八九])\s*[日号]|(?P<cn_bare_day>[一二三]?十[一二三四五六七八九]?)"
            r"(?![一二三四五六七八九十百千万几多余个来天年月日号]))")
"""A month and day in Chinese numerals (``三月二日``, ``十月二十七日``, ``三月一 日``), as a Taiwan 大事紀 writes
them; a day of two numerals may have lost its 日 where a web table ran it into the text (``八月十六議長…``), one
that could be a count (``八月十几天``, ``五月一个``) may not."""
_TIME_OF_DAY = "凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|晚|夜间|夜"
_DAY_ONLY_RE = re.compile(rf"^(?:{_DAY}(?:{_TIME_OF_DAY})?|同日|是日|当日)\s*[：:]?$")
"""A day on a line of its own, its entry's text under it: ``3日``, ``1日晚``, ``同日`` (a web page's day column)."""
_CLAUSE_AFTER_DAY_RE = re.compile(rf"[，,、]|{_TIME_OF_DAY}")
"""What makes a day a clause of its own (``7月28日上午，…``, ``3日，``), not the front of the entry's
first clause (``5月1日中共…创刊``)."""
_DAY_CLAUSE_RE = re.compile(r"\s*(?:\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分)?\s*(?:左右|许)?)?\s*[，,]\s*")
"""The rest of a clause that only dates the entry, after its day: the comma (``12月25—27日,``, a range the
brief's time test does not know), or the hour before it (``9月19日22时左右,``)."""
_TIME_OPENING_RE = re.compile(rf"^(?:{_TIME_OF_DAY})[，,、]\s*")
"""The time of day an entry under a day line may open with (``上午，区政协…``): a clause, not its label."""
_MAX_BARE_DAY = 31
_MARKS = "△▲●◆■★•"
"""The marks an entry may be set off with (``△3日 …``, ``●4月2日,…``), as a bullet list's items are."""
_SET_APART_RE = re.compile(rf"^(?:[{_MARKS}]\s*)?{_DAY}(?:\s{{2,}}|[\u3000\t])")
"""A day set apart from its text by a wide space (``7日  从化区…``): an entry wherever it stands."""
_LABEL_RE = re.compile(rf"^(?:{_DAY})[ \u3000](?=[\w“\"《（(])")
"""A day set off from its text by a space (``9日 2014温州市龙舟俱乐部…``, ``12 月 22 日 本县…``): the entry's
label, as a page of a 年鉴's 大事记 prints it without a month heading on that page. A sentence runs its day
on (``9日上午``) or sets it off with a comma (``9日，``), never with a space."""
_APART = r"(?=\s|[，,：:])"
_PART = r"(?:上旬|中旬|下旬|初|中|底|末)?"
_ENTRY_RE = re.compile(
    rf"^(?:[{_MARKS}]\s*)?(?:{_DAY}|{_CN_DATE}|(?P<same>同日|是日|当日|同月|是月|本月|"
    r"月初|月中|月底|月末|上旬|中旬|下旬)|"
    rf"(?P<only_month>\d{{1,2}})\s*月\s*份?{_PART}(?:\s*[{_DASHES}]\s*\d{{1,2}}\s*月\s*{_PART})?{_APART}|"
    rf"(?P<season>[春夏秋冬][季天]?|年初|年中|年底|年末|上半年|下半年|是年|同年|本年){_APART}|(?P<mark>[{_MARKS}])|"
    r"(?P<run_in_month>\d{1,2})\s*月(?=[\u4e00-\u9fff])(?!份|[上中下]旬|[初底末][，,、\s]))"
)
"""An entry's opening: a day (``3日``, ``1月3日``, ``3月1─3日``, ``三月二日``); the day or month of the entry before
(``同日``, ``是月``, ``上旬``); a month alone or a part of it (``4 月 县委…``, ``8 月中旬 省派…``, ``7月初,确定…``);
a season or the year (``夏,武义县…``, ``是年``); or a mark (``△``, ``●``). A month or a season opens an entry
when a space or a comma sets it off (``4月份全县…`` is a sentence), as 县志 chronicles under a year
heading print the events they cannot date to the day; a month may also span (``9月中旬至10月中旬,``).

``run_in_month``: a month run into its text (``5月蓬莱港于…动工兴建``), as a 县志 prints its day entries
(``5月1日中共…``). In running text that is a sentence as often, so the splitter takes it only after a
sentence's end and as the months run (:func:`_month_runs_on`), and detection never counts it."""
_RUN_ON_RE = re.compile(r"(?<=[。！？])(?=(?:同日|是日|当日|同月|是月)[ \u3000]+\S)")
"""An entry run into the line before it (``…展出摄影作品300多幅。同月 原国家卫生部…``): the PDF's text lost
the line break. Its opening is set off by a space, as a sentence's ``同月,`` never is."""
_FLAT_CUT_RE = re.compile(rf"(?<=[。！？])\s+(?=(?:{_DAY}|同日|是日|当日|[{_MARKS}])\s)")
"""A web page's 大事记 flattened to one line, its entries set apart by a space (``…讲话。 1月23日 鸡西市…`` or
``…讲话。 △ 区委发出…``): each entry opens after a sentence end and a space with its day or a mark, then a
space."""
_MIN_FLAT_CUTS = 2
"""Entries found inside one line enough to read it as a flattened page (one such opening may be prose)."""
_TOKEN_RE = re.compile(r"\s+(\S+)")
_ONLY_MONTH_DAY_RE = re.compile(rf"(?<![\d\s月])(\d{{1,2}})(?:\s*[{_DASHES}]\s*\d{{1,2}})?\s*日")
"""A day (or a range's first day) in the first sentence of an entry that opens with its month alone
(``9 月 …视察团一行25人,7 ~8 日在泾县…视察``); a day after a month (``3月29日``) is another date."""
_TITLE_DATE_RE = re.compile(
    r"(?<!\d)(?P<year>\d{4})\s*年(?:\s*(?P<month>\d{1,2})\s*月(?!\s*\d{1,2}\s*日))?(?=\D*(?:大事|纪事|记事))")
"""The year (and month) a page's title names before the word 大事记 when a place opens it
(``西乌珠穆沁旗2024年壹周大事记(第四期)``, ``某区2022年1月大事记``): its entries' year."""
_MIN_ENTRIES = 3
_MIN_NAMED_ENTRIES = 2
"""Entries enough for a file that names itself a 大事记 and has a month heading (a short month's 大事记)."""
_MIN_LABELLED = 4
"""Entries whose day is their label (:data:`_LABEL_RE`) enough to make a 大事记 page without a heading: a 年鉴
page from the middle of its 大事记 names neither the chronology nor the month."""
_NAME_RE = re.compile(_NAMES)
_NAME_WITHIN = 10
"""Entries dated in full (1月3日) without month headings make a 大事记 only when the file names itself one in
its first lines; otherwise they are a bullet list of dated briefs."""
_ROW_CELLS = 2
"""The date cells a table row may hold after its year: the month and the day."""
_TABLE_RULES = "|｜ "
"""What a web table saved as text draws between its cells and rows (``大事紀 |``, a ``|`` line between years)."""


@dataclass
class _When:
    """The date the headings and entries above have set."""

    year: int | None = None
    month: int | None = None
    day: int | None = None


def month_number(text: str) -> int | None:
    """``3`` or ``三`` → 3; None outside 1–12."""
    value = int(text) if text.isdecimal() else chinese_number(text)
    return value if value and 1 <= value <= 12 else None


def year_number(text: str) -> int:
    """``2022`` or ``二〇二二`` (also written ``二零二二``) → 2022."""
    return int(text) if text.isdecimal() else chinese_number(text.replace("零", "〇"))


def is_heading(text: str) -> bool:
    """A year or month heading line (it opens with a digit or a Chinese numeral, or ends with its date
    after the chronology's name: a cheap test first)."""
    first = text[:1]
    if (first.isdecimal() or first in _CN_NUMERALS) and (_YEAR_HEAD_RE.match(text) or _MONTH_HEAD_RE.match(text)):
        return True
    return _roc_heading(text) is not None or _named_heading(text) is not None


def _roc_heading(text: str) -> re.Match[str] | None:
    """:data:`_ROC_HEAD_RE`'s match, tried only on a line that names the Republic's era."""
    return _ROC_HEAD_RE.match(text) if text.startswith(_ROC_ERA) else None


def _named_heading(text: str) -> re.Match[str] | None:
    """:data:`_NAMED_HEAD_RE`'s match, tried only on a short line that ends as a date does and holds a
    mark of the chronology's names (the detection asks this of every line of every text)."""
    if len(text) > _NAMED_HEAD_MAX or text[-1:] not in _HEAD_LASTS or not any(mark in text for mark in NAME_MARKS):
        return None
    return _NAMED_HEAD_RE.match(text)


_CN_NUMERALS = "一二三四五六七八九十"
_ROC_ERA = ("民国", "中华民国")
_ENTRY_FIRSTS = _MARKS + "同是当本月上中下春夏秋冬年"
"""The first character of every entry opening but a digit (△, ●, 同日, 是月, 本月, 月初, 上旬, 夏, 年初 …)."""
_OPENERS = frozenset(_CN_NUMERALS + _ENTRY_FIRSTS + "民")


def _day_only(text: str) -> bool:
    """:data:`_DAY_ONLY_RE` matches (the line opens with a digit, 同, 是 or 当)."""
    return (text[:1].isdecimal() or text[:1] in "同是当") and _DAY_ONLY_RE.match(text) is not None


def _bare_day(text: str, since: int | None = None) -> bool:
    """A day number alone on its line (``2``), not before ``since`` (the day the entries above reached):
    a month's 大事记 saved from a web page whose day column lost its 日. Read so only under a month the
    page names, after a sentence's end, as the days run."""
    return text.isdecimal() and len(text) <= 2 and (since or 1) <= int(text) <= _MAX_BARE_DAY


def _set_apart(text: str) -> bool:
    """:data:`_SET_APART_RE` matches (the line opens with a digit or △)."""
    return (text[:1].isdecimal() or text[:1] in _MARKS) and _SET_APART_RE.match(text) is not None


def _entry(text: str) -> re.Match[str] | None:
    """:data:`_ENTRY_RE`'s match, tested only on lines that open as an entry can."""
    first = text[:1]
    return _ENTRY_RE.match(text) if first.isdecimal() or first in _ENTRY_FIRSTS or first in _CN_NUMERALS else None


def _day_of(entry: re.Match[str]) -> int | None:
    """The day an entry's opening names (``3日``, ``三月二日``, ``八月十六``), else None."""
    if entry.group("day"):
        return int(entry.group("day"))
    cn_day = entry.group("cn_day") or entry.group("cn_bare_day")
    return chinese_number(cn_day) if cn_day else None


def _month_of(entry: re.Match[str]) -> str | None:
    """The month an entry's opening names with its day (``1月3日``, ``三月二日``), as printed, else None."""
    return entry.group("month") or entry.group("cn_month")


def _unpunctuated(lines: Sequence[Line]) -> bool:
    """No line ends a sentence: a web table's rows saved one a line, whose entries carry no full stop
    (``三月二日陳振清…當選…正副議長``). Hard-wrapped prose ends each paragraph's last line with one, so here
    a line that opens with a month and day is an entry of its own, not the wrap of the line above."""
    return not any(ends_sentence(line.text) for line in lines if line.text)


def _info_line(text: str) -> bool:
    """A web page's info line (``发布日期: 2024-02-04 15:18  来源: …``, ``来源：本网``): the page's, so the line
    after it opens the text as a heading's does."""
    return cues.is_label_line(text) or cues.line_date(text) is not None


def _page_info(text: str) -> bool:
    """A saved page's info line (``发布日期: 2022-02-22 09:26 浏览次数: 字体:[ ]``, ``• 成文日期: 2022-02-22``): the
    page's fields, a list mark before them or not; never an entry (a mark opens one), nor the front of the
    entry under it."""
    return (":" in text or "：" in text) and (cues.is_label_line(text) or cues.is_info_line(text)
                                             or _MARKED_FIELD_RE.match(text) is not None)


_MARKED_FIELD_RE = re.compile(rf"^[{_MARKS}]\s*[\u4e00-\u9fff]{{2,6}}\s*[：:]\s*(?:$|\d{{4}}\s*[-./年])")
"""A page's field in a list, empty or dated (``• 成文日期:``, ``• 成文日期: 2022-02-22``): a list mark, a label, its
colon; a marked entry's text follows its colon (``△ 县委:召开…``)."""


def looks_like_chronology(lines: Sequence[Line]) -> bool:
    """Several entries that open with a day right after a sentence end, a heading or a page's info line
    (not after a headline, as a news item's dated lead does), under a month heading or dated in full
    (1月3日)."""
    if _is_cell_table(lines):
        return True
    entries = headings = full = others = labelled = 0
    previous = ""
    rows = _unpunctuated(lines)
    named = any(_NAME_RE.search(ln.text) for ln in lines[:_NAME_WITHIN])
    for line in _pieces(lines):
        text = line.text
        if not text:
            continue
        if not (text[0].isdecimal() or text[0] in _OPENERS or previous[:1].isdecimal()
                or text[-1] in _HEAD_LASTS and _named_heading(text)):
            previous = text  # neither a heading nor an entry, nor under a day of its own: prose
            continue
        if is_heading(text):
            headings += 1
        elif previous and _day_only(previous):
            pass  # the text of an entry whose day stands on a line of its own
        elif named and headings and _bare_day(text) and ends_sentence(previous):
            entries += 1
        elif (m := _entry(text)) and (_day_of(m) or m.group("same")) and (
                len(text) > 6 or _day_only(text)):
            if not previous or is_heading(previous) or ends_sentence(previous) or _day_only(text) \
                    or _set_apart(text) or _info_line(previous) or _month_of(m) and rows:
                entries += 1
                full += bool(_month_of(m))
                labelled += _LABEL_RE.match(text) is not None
            else:
                others += 1
        previous = text
    least = _MIN_NAMED_ENTRIES if named and headings else _MIN_ENTRIES
    return entries >= least and entries >= 3 * others and (
        headings >= 1 or named and full >= _MIN_ENTRIES or labelled >= _MIN_LABELLED)


def _bare_year(text: str, since: int | None) -> bool:
    """A year alone on its line (``1684``), not before ``since`` (the year of the row above): a table's
    year cell, its rows in order."""
    return len(text) == 4 and text.isdecimal() and (since or 0) <= int(text)


def _date_cell(text: str) -> bool:
    """A month or day cell of a table row (``5``, ``13``): a number of one or two digits, 1–31."""
    return len(text) <= 2 and text.isdecimal() and 1 <= int(text) <= _MAX_BARE_DAY


def _is_cell_table(lines: Sequence[Line]) -> bool:
    """A 大事记 saved from a web table one cell a line: the file names itself one in its first lines (its
    heading may be letter-spaced: ``大   事   记``), and rows of a bare year, up to two date cells and a
    text line make at least half of its text lines (years alone over paragraphs of prose are a 志's text,
    not a table's rows)."""
    if not any(_NAME_RE.search("".join(ln.text.split())) for ln in lines[:_NAME_WITHIN]):
        return False
    rows = texts = 0
    year, cells = None, None
    for line in lines:
        text = line.text
        if not text:
            continue
        if text[0].isdecimal() and _bare_year(text, year):
            year, cells = int(text), 0
            continue
        if text[0].isdecimal() and _date_cell(text):
            cells = cells + 1 if cells is not None and cells < _ROW_CELLS else cells
            continue  # a row's month or day cell (a row without a year opens with one)
        texts += 1
        rows += cells is not None
        cells = None
    return rows >= _MIN_ENTRIES and 2 * rows >= texts


def split_chronology(lines: Sequence[Line]) -> ParsedIssue:
    """Parse a 大事记 (see the module docstring); never loses a non-space character."""
    if _is_cell_table(lines):
        return _split_cell_table(lines)
    issue = ParsedIssue(layout="chronology", articles=[])
    when, current, seen_entry = _When(), None, False
    groups: list[tuple[list[Line], _When]] = []
    rows = _unpunctuated(lines)
    for line in (piece for flat in _pieces(lines) for piece in _run_on_entries(flat)):
        text = line.text
        if not text:
            if current is not None:
                current.append(line)
            continue
        if is_heading(text):
            _heading(text, when, issue)
            current = None
            continue
        if not text.strip(_TABLE_RULES):
            issue.furniture.append(text)  # a web table's rule between its rows: no entry's text
            continue
        if when.month is not None and _bare_day(text, when.day) and _after_sentence(current):
            when.day = int(text)
            current = [line]
            groups.append((current, _When(when.year, when.month, when.day)))
            continue
        if current is None and _page_info(text):
            meta.add_line(issue.metadata, meta.header_label(text) or "报头", text)  # under a heading: the page's
            continue
        entry = _entry(text)
        if entry and entry.group("run_in_month") and not _month_runs_on(entry, when, current):
            entry = None
        if entry and (_entry_starts(entry, text, current) or rows and _month_of(entry)):
            _advance(when, entry)
            current = [line]
            groups.append((current, _When(when.year, when.month, when.day)))
            seen_entry = True
        elif current is not None:
            current.append(line)
        elif not seen_entry:
            meta.add_line(issue.metadata, meta.header_label(text) or "报头", text)
            _title_date(text, when, issue)
        else:
            current = [line]
            groups.append((current, _When(when.year, when.month, None)))
    issue.articles = [_article(group, date) for group, date in groups]
    return issue


def _split_cell_table(lines: Sequence[Line]) -> ParsedIssue:
    """A 大事记 saved from a web table one cell a line (see :func:`_is_cell_table`): each row is an entry,
    from its year cell (or, where that is empty, its first date cell, or its text after a sentence end:
    a text cell is one line, but one cut short may have wrapped) through its text; its date is its cells' (month, then day), a row without a year taking the year above.
    The lines before the first row are the page's head."""
    issue = ParsedIssue(layout="chronology", articles=[])
    groups: list[tuple[list[Line], _When]] = []
    current: list[Line] | None = None
    row: _When | None = None  # the row whose date cells are being read (None once its text is)
    year: int | None = None
    cells = 0  # the date cells of that row read so far
    for line in lines:
        text = line.text
        if not text:
            if current is not None:
                current.append(line)
            continue
        if _bare_year(text, year):
            year, cells = int(text), 0
            row, current = _When(year), [line]
            groups.append((current, row))
        elif _date_cell(text) and current is not None:
            if row is None:  # a row without a year cell: its first date cell opens it
                row, current, cells = _When(year), [line], 0
                groups.append((current, row))
            else:
                current.append(line)
            _set_cell(row, cells, int(text))
            cells += 1
        elif current is None:
            meta.add_line(issue.metadata, meta.header_label(text) or "报头", text)
        elif row is None and _after_sentence(current):  # a row whose date cells are all empty
            current = [line]
            groups.append((current, _When(year)))
        else:
            current.append(line)
            row = None
    if issue.year is None and groups:
        issue.year = groups[0][1].year
    issue.articles = [_row_article(group, date) for group, date in groups]
    return issue


def _set_cell(row: _When, index: int, number: int) -> None:
    """A row's date cells come month first (a number past 12 is no month), then day; any further cell is
    none of its date."""
    if index == 0:
        row.month = number if number <= 12 else None
    elif index == 1 and row.month is not None:
        row.day = number


def _row_article(group: Sequence[Line], when: _When) -> ParsedArticle:
    """A table row's entry: its cells on a line of their own over its text."""
    cells = 0
    while cells < len(group) and (not group[cells].text or group[cells].text.isdecimal()):
        cells += 1
    text = reflow([ln.raw for ln in group[cells:]])
    head = " ".join(ln.text for ln in group[:cells] if ln.text)
    body = f"{head}\n{text}" if head else text
    article = ParsedArticle(title=entry_title(text) if text else None, title_derived=True, body=body, kind=BRIEF,
                            span=span_of(group))
    article.year, article.month, article.day = when.year, when.month, when.day
    return article


def _run_on_entries(line: Line) -> list[Line]:
    """``line`` cut before each entry run into it (see :data:`_RUN_ON_RE`); a line whose text was closed
    up (letter-spaced) is left whole."""
    if "。" not in line.text or line.text != line.raw.strip():
        return [line]
    return _cut(line, [m.start() for m in _RUN_ON_RE.finditer(line.raw)])


def _pieces(lines: Sequence[Line]) -> Iterable[Line]:
    """The lines, each cut into its entries where it holds a flattened page's (:func:`_flattened`): looked
    for line by line only in a text that holds a sentence end followed by a space at all (one scan in C)."""
    joined = "\n".join([line.raw for line in lines])
    if "。 " not in joined and "。\u3000" not in joined:
        return lines
    return (piece for whole in lines for piece in _flattened(whole))


def _flattened(line: Line) -> list[Line]:
    """``line`` cut into its entries when it holds a whole page's (see :data:`_FLAT_CUT_RE`), its head cut
    before each heading in it and before the first entry (``大事记 大事记1995年 1月10日 …``); any other line
    whole. A sentence end followed by a space is rare in Chinese text: the cheap test first."""
    if "。 " not in line.raw and "。\u3000" not in line.raw or line.text != line.raw.strip():
        return [line]
    cuts = [m.end() for m in _FLAT_CUT_RE.finditer(line.raw)]
    if len(cuts) < _MIN_FLAT_CUTS:
        return [line]
    return _cut(line, [*_head_cuts(line.raw[:cuts[0]]), *cuts])


def _head_cuts(head: str) -> list[int]:
    """Where a flattened page's head (its title, its headings, its first entry) is cut: before each token
    that is a heading, and before the first that is a day (the first entry, which runs to the end)."""
    cuts = []
    for token in _TOKEN_RE.finditer(head):
        if is_heading(token.group(1)):
            cuts.append(token.start(1))
        elif _day_only(token.group(1)):
            cuts.append(token.start(1))
            break
    return cuts


def _cut(line: Line, cuts: Sequence[int]) -> list[Line]:
    """``line`` cut at the offsets ``cuts`` (into its ``raw``), each piece a line of its own."""
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line.raw)]
    return [line._replace(raw=line.raw[begin:end], start=line.start + begin, text=line.raw[begin:end].strip())
            for begin, end in zip(bounds, bounds[1:])]


def _entry_starts(entry: re.Match[str], text: str, current: list[Line] | None) -> bool:
    """An entry-like opening starts an entry unless it continues a sentence (wrapped ``…于\\n3日召开``)."""
    if current is None:
        return True
    previous = _last_text(current)
    if _day_only(text) and not _day_only(previous) or _set_apart(text):
        return True
    if entry.group("mark") and _day_only(previous):
        return False  # the first of the marked entries under a day on its own line: that day is its date
    return previous.endswith(("。", "！", "？", "”", "）", ")")) or bool(entry.group("mark"))


def _month_runs_on(entry: re.Match[str], when: _When, current: list[Line] | None) -> bool:
    """A month run into its text opens an entry after a sentence's end (or first), not before the month
    the entries above reached."""
    month = int(entry.group("run_in_month"))
    return _after_sentence(current) and (when.month or 1) <= month <= 12


def _after_sentence(current: list[Line] | None) -> bool:
    """The entry so far (if any) ends with a sentence, so a day alone after it opens the next one."""
    previous = _last_text(current) if current else ""
    return not previous or ends_sentence(previous)


def _last_text(current: Sequence[Line]) -> str:
    """The text of the entry's last non-blank line ("" when it has none)."""
    return next((ln.text for ln in reversed(current) if ln.text), "")


def _heading(text: str, when: _When, issue: ParsedIssue) -> None:
    if m := _YEAR_HEAD_RE.match(text):
        when.year, when.month, when.day = year_number(m.group("year")), None, None
    elif m := _roc_heading(text):
        year = int(m.group("year")) if m.group("year") else roc_year(m.group("roc"))
        when.year, when.month, when.day = year, None, None
    elif m := _MONTH_HEAD_RE.match(text):
        if m.group("year"):
            when.year = year_number(m.group("year"))
        when.month, when.day = month_number(m.group("month")), None
    elif m := _named_heading(text):
        when.year = year_number(m.group("year") or m.group("compact_year"))
        month = m.group("month") or m.group("compact_month")
        when.month, when.day = month_number(month) if month else None, None
    issue.furniture.append(text)
    if issue.year is None and when.year is not None:
        issue.year = when.year


def _title_date(text: str, when: _When, issue: ParsedIssue) -> None:
    """Date the entries by the year (and month) the page's title names (see :data:`_TITLE_DATE_RE`), when
    no heading has; the title stays the page's."""
    if when.year is not None or "年" not in text or not (m := _TITLE_DATE_RE.search(text)):
        return
    when.year = year_number(m.group("year"))
    if m.group("month"):
        when.month = month_number(m.group("month"))
    if issue.year is None:
        issue.year = when.year


def _advance(when: _When, entry: re.Match[str]) -> None:
    """Move the running date to this entry's day (同日 keeps it; 是月 / 上旬 clear the day; a month alone sets
    the month without a day; a season or the year clears both)."""
    if day := _day_of(entry):
        if month := _month_of(entry):
            when.month = month_number(month)
        when.day = day if 1 <= day <= 31 else None
    elif month := entry.group("only_month") or entry.group("run_in_month"):
        when.month, when.day = month_number(month), None
    elif entry.group("season"):
        when.month = when.day = None
    elif entry.group("same") and entry.group("same") not in ("同日", "是日", "当日"):
        when.day = None


def _day_within(text: str) -> int | None:
    """The day :data:`_ONLY_MONTH_DAY_RE` finds in the first sentence of ``text``, else None."""
    if "日" not in text:
        return None
    match = _ONLY_MONTH_DAY_RE.search(text.split("。", 1)[0])
    day = int(match.group(1)) if match else 0
    return day if 1 <= day <= 31 else None


def entry_title(body: str, first_line: str = "") -> str:
    """An entry's label: its first clause after the day (``3日 区委书记…主持召开…会议`` → ``区委书记…会议``);
    a day followed by a time of day or a comma (``7月28日上午，…``) is skipped as a clause of its own.

    A month or a season opens an entry only when set off by a space, which the reflowed body has lost: its
    opening is read on the entry's ``first_line`` and cut off the body with the clause mark after it."""
    text = body.lstrip(_MARKS + " ")
    entry = _ENTRY_RE.match(text) or _ENTRY_RE.match(first_line.lstrip(_MARKS + " "))
    if entry and (entry.group("only_month") or entry.group("season") or entry.group("run_in_month")):
        text = _skip_characters(text, len("".join(entry.group(0).split()))).lstrip("，,、：: ")
    elif entry and (day_clause := _DAY_CLAUSE_RE.match(text, entry.end())):
        text = text[day_clause.end():]
    elif entry and not _CLAUSE_AFTER_DAY_RE.match(text, entry.end()):
        text = text[entry.end():]
    return (brief_title(text) or brief_title(body)).rstrip(_TABLE_RULES)


def _skip_characters(text: str, count: int) -> str:
    """``text`` after its first ``count`` non-space characters."""
    for index, char in enumerate(text):
        if count == 0:
            return text[index:]
        count -= not char.isspace()
    return ""


def _article(group: Sequence[Line], when: _When) -> ParsedArticle:
    first = group[0].text
    if len(group) > 1 and (_bare_day(first) or _day_only(first)):  # the day on a line of its own
        text = reflow([ln.raw for ln in group[1:]])
        body, title = f"{first}\n{text}", entry_title(_TIME_OPENING_RE.sub("", text, count=1))
    else:
        body = reflow([ln.raw for ln in group])
        title = entry_title(body, first)
    article = ParsedArticle(title=title, title_derived=True, body=body, kind=BRIEF, span=span_of(group))
    article.year, article.month, article.day = when.year, when.month, when.day
    if article.month is None:
        article.day = None
    elif article.day is None and _opens_with_month(group[0].text):
        article.day = _day_within(body)
    return article


def _opens_with_month(text: str) -> bool:
    """The entry opens with its month alone (``9 月 …``): its first sentence may still name the day."""
    entry = _entry(text.lstrip(_MARKS + " "))
    return bool(entry and (entry.group("only_month") or entry.group("run_in_month")))
