"""Event dates from an article's opening: ``4月3日``, ``9月 15日下午``, and a year only when plainly given.

Gazette articles open with the date of the event (``4月1日，…``); the year is usually left to the issue.
Where the opening gives none, the date is the one a later sentence opens with (an item that begins with
its purpose, 为…， or a quotation, then tells the event: ``11月11日，镇长…``), else a wire story's closing
dateline (``（新华社北京1月2日电　记者…）``). Dates are also written in Chinese numerals (``今日（一月三十日）``,
``本报北京四月三日讯``), with the month as ``本（6）月7日``, and as ranges (``7、8日``: the first day).
A four-digit year in the opening counts only when it dates the event itself: part of a full date
(``2019年6月26日``) or right before the event it names (``召开2019年精神文明建设…推进会``). A year named as
the past (``2017年被评为…``) or as a reporting period (``2019年度``) does not, but a numbered session of the
year does (``2019年度第二次股东大会``). Taiwan's years of the Republic (民國114年 = 2025) count in the same
places, and where three digits before 年 can be no other year (``今(115)年``, ``舉辦「114年…訓練」``).
"""

from __future__ import annotations

import re

_CN_DIGITS = "〇一二三四五六七八九十"
_DAY_END = r"(?=\s*(?:[日号]|[、至到—–―─－〜\-~～]\s*\d{1,2}\s*[日号]))"
_MONTH_DAY_RE = re.compile(
    rf"(?<!\d)(?:本\s*[（(]\s*)?(\d{{1,2}})\s*[)）]?\s*月\s*(\d{{1,2}}){_DAY_END}"
    rf"|(?<![{_CN_DIGITS}])([{_CN_DIGITS}]{{1,2}})\s*月\s*([{_CN_DIGITS}]{{1,3}})\s*[日号]"
    rf"|(?<![\d{_CN_DIGITS}])元\s*月\s*(\d{{1,2}}|[{_CN_DIGITS}]{{1,3}})\s*[日号]"
    r"|(?<![\d/／.])(\d{1,2})\s*[/／]\s*(\d{1,2})\s*日(?![益趋渐臻])"
)
"""A month and day in Arabic or Chinese numerals; ``元月`` is January (``元月1日``, ``元月十五日``), as Taiwan's
press and older mainland texts write the first month (正月 is the lunar one, left alone); and month/day
closed by 日 (``侯友宜2/12日率市府團隊``), as Taiwan's press writes a date in running text; not a fraction before
日益, 日趋, 日渐 (``完成任务的3/4日益增多``)."""
_SENTENCE_START_DATE_RE = re.compile(r"^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]")
_CLOSING_DATELINE_RE = re.compile(
    r"[（(]\s*(?:新华社|中新社|本报|[\u4e00-\u9fff]{2,8}(?:日报|晚报|社|网|台))[^（()）。]{0,12}?"
    r"(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*电"
)
_LATER_SENTENCES = 8
_LATER_CHARS = 400
_CLOSING_CHARS = 80
_FULL_DATE_RE = re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
CN_ZEROS = "〇○ＯO零0"
"""What typesetters print for the zero of a Chinese-numeral year: 〇, the white circle ○ (U+25CB), a Latin or
full-width O, 零, or an Arabic 0 (``二○二一年``, ``二0二一年``)."""
_CN_YEAR_DIGIT = f"[一二三四五六七八九{CN_ZEROS}]"
_CN_COUNT = "[一二三四五六七八九十]{1,3}"
_CN_FULL_DATE_RE = re.compile(
    rf"(?<!{_CN_YEAR_DIGIT})({_CN_YEAR_DIGIT}{{4}})\s*年\s*({_CN_COUNT})\s*月\s*({_CN_COUNT})\s*[日号]"
)
"""A full date in Chinese numerals (``二〇二一年五月一日``), as formal texts and Hong Kong releases write it."""
_CN_MONTH = "[一二三四五六七八九十]{1,3}"
_ROC_CN_YEAR = f"一[〇一二三四{CN_ZEROS}]{_CN_YEAR_DIGIT}"
"""A year of the Republic in Chinese numerals, digit by digit, that can be no other (一〇〇–一四九: 2011–2060)."""
_ROC_DATE_RE = re.compile(
    rf"(?:民国|中华民国)\s*(\d{{2,3}}|[一二三四五六七八九十{CN_ZEROS}]{{2,4}})\s*年\s*(?:\d{{1,2}}|{_CN_MONTH})\s*月"
    rf"|(?<![\d{_CN_DIGITS}{CN_ZEROS}])(1[0-4]\d|{_ROC_CN_YEAR})\s*年\s*(?:\d{{1,2}}\s*月\s*\d{{1,2}}\s*日"
    rf"|{_CN_COUNT}\s*月\s*{_CN_COUNT}\s*[日号])"
    rf"|今\s*[（(]\s*(1[0-4]\d|{_ROC_CN_YEAR})\s*[)）]\s*年")
"""A year of the Republic that dates the event: after 民國 with a month (``民國114年3月5日``, ``中華民國一一三年
五月``), in a full date (``113年5月6日``, ``一一三年五月六日``: three digits can be no Western year), or as this
year (``今(115)年1月``, as a Taiwan release says 今(13)日 for today)."""
_ROC_EVENT_YEAR_RE = re.compile(
    rf"(?:召开|举行|举办|办理|开展|启动)了?\s*[「“\"《]?\s*(1[0-4]\d|{_ROC_CN_YEAR})\s*年"
    r"(?!\s*(?:校庆|庆|纪念|华诞|以来|来|前|后|间))")
"""A year of the Republic that opens the name of the event held (``舉辦「114年公共行政…教育訓練」``, ``召開「112年
第二次村長…會報」``, ``舉辦「112 年度鄉鎮市基層座談會」``): three digits right after the verb are no count, and
the Republic's 年度 is its calendar year; an anniversary (``舉辦100年校慶``) is no year."""
_SESSION_YEAR_RE = re.compile(
    rf"(?<![\d{_CN_DIGITS}{CN_ZEROS}])(\d{{4}}|1[0-4]\d|{_ROC_CN_YEAR})\s*年度\s*第\s*[\d{_CN_DIGITS}]{{1,3}}\s*次")
"""The year of the numbered session an item reports (``召開一一五年度第三次縣務會議``, ``2019年度第二次股东大会``):
the year's Nth meeting is held in that year, unlike a year's review (``2019年度工作总结``), held after it.
Three digits are a year of the Republic."""
_EVENT_YEAR_RE = re.compile(
    r"(?:召开|举行|举办|开展|启动|部署|召开了|举行了)\s*(\d{4})\s*年(?!\s*度)(?!\s*(?:被|以来|获|荣获|曾|底|初|末))"
)
_YEAR_AFTER_DATE_RE = re.compile(
    r"^\d{1,2}\s*月\s*\d{1,2}\s*日[上中下午晚早夜间]{0,2}\s*[，,]\s*(\d{4})\s*年(?!\s*(?:度|以来|被|获|荣获|曾|底|初|末))"
)
"""``2月25日下午,2021年第一季度…签约仪式在…举行``: the event named right after its date carries its year."""
_SENTENCE_RE = re.compile(r"[^。！？!?]*[。！？!?]?")
_OPENING_SENTENCES = 2
_OPENING_RE = re.compile(rf"(?:[^。！？!?]*[。！？!?]?){{{_OPENING_SENTENCES}}}")
"""The first two sentences: each the text up to and including its end mark (the last may have none)."""
_OPENING_CHARS = 120


def opening(body: str) -> str:
    """The first two sentences (at most 120 characters): where an article states when things happened.

    One match from the start, read within the first 240 characters (every article's dates are looked
    for here, several times: a list of all the sentences of the slice cost more)."""
    return _OPENING_RE.match(body, 0, _OPENING_CHARS * 2).group(0)[:_OPENING_CHARS]


_CLOSING_FULL_DATE_RE = re.compile(
    r"[（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[）)]\s*$"
    r"|(?<=[。！？”」])[ \u3000]?(\d{4})([/.\-])(\d{1,2})\5(\d{1,2})\s*$")


def closing_date(body: str) -> tuple[int, int, int] | None:
    """The full date that closes an item, in brackets (…打造良好的人居环境。（2022年5月5日）) or run on after its
    last sentence as a web page prints its posting date (…學習活動空間。2021/05/15): the day it was written up,
    which gives the item its year. A date on a line of its own after the text may be the next item's."""
    match = _CLOSING_FULL_DATE_RE.search(body[-_CLOSING_CHARS:])
    if match is None:
        return None
    year, month, day = (int(g) for g in match.groups() if g and g.isdecimal())
    return (year, month, day) if _valid(month, day) else None


_SPAN_OF_DAYS_RE = re.compile(r"连日|近日|近期|日前|近段时间|近来")
"""An opening that dates the item by a span of days (``连日来，市领导分组走访慰问…``, ``现将近期查处的3起典型
问题通报如下``): what follows tells several days' doings, and a later sentence's date is one of them."""


_ONGOING_RE = re.compile(r"连日|以来")
"""An opening that tells doings going on for days or longer (``连日来，市领导分组走访慰问…``, ``今年以来，…``)."""


def tells_ongoing(body: str) -> bool:
    """Whether the opening tells doings going on for days (:data:`_ONGOING_RE`): news of no one day, which
    a story under 本报讯 does not take from its page's date as one that opens 近日 (recently) does."""
    return _ONGOING_RE.search(opening(body)) is not None


_SOURCE_DATE_RE = re.compile(
    r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:资料来源|資料來源|来源|來源)\s*[:：]")
"""A clipping's date line over its source label at the item's foot (``港聞 2024年04月29日`` / ``資料來源:`` /
``香港政府新聞網``): the day the clipped story ran."""


def source_date(body: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a clipping's date line over its source label in the item's last lines
    (:data:`_SOURCE_DATE_RE`), else None: the clipping's date, whatever day its story tells of."""
    tail = body[-_CLOSING_CHARS:]
    if "来源" not in tail and "來源" not in tail:
        return None
    match = _SOURCE_DATE_RE.search(tail)
    if match is None:
        return None
    year, month, day = (int(g) for g in match.groups())
    return (year, month, day) if _valid(month, day) and _plausible(year) else None


def month_day(body: str) -> tuple[int | None, int | None]:
    """Month and day of the event (see the module docstring), else (None, None). An opening that dates the
    item by a span of days (see :data:`_SPAN_OF_DAYS_RE`) leaves it undated by its later sentences."""
    text = opening(body)
    for match in _MONTH_DAY_RE.finditer(text):
        if (found := _valid(*_numbers(match))) and not _deadline(text, match.start()):
            return found
    for sentence in [] if _SPAN_OF_DAYS_RE.search(text) else _later_sentences(body, len(text)):
        if (match := _SENTENCE_START_DATE_RE.match(sentence)) and (found := _first_valid(match.group(0))):
            return found
    for match in _CLOSING_DATELINE_RE.finditer(body[-_CLOSING_CHARS:]):
        if found := _valid(int(match.group(1)), int(match.group(2))):
            return found
    return None, None


_DEADLINE_RE = re.compile(r"(?:距离?|离)\s*(?:今年|明年|本年|\d{4}\s*年)?\s*$")
"""A date counted down to (``距離今年12月25日卸任``, ``离12月31日还有10天``): a deadline, not the item's day."""


def _deadline(text: str, start: int) -> bool:
    """The date at ``start`` follows 距/離 (:data:`_DEADLINE_RE`; the cheap test of the characters first)."""
    before = text[max(0, start - 8):start]
    return ("距" in before or "离" in before) and _DEADLINE_RE.search(before) is not None


_DATED_DATELINE_RE = re.compile(r"^[^，,。！？!?\n]{0,24}?(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[讯电]")
"""A news site's or paper's dateline with its month and day (``鲁网2月10日讯``, ``红网时刻5月1日讯``)."""


def event_after_dateline(body: str) -> tuple[int, int] | None:
    """The event date the opening states after a dated dateline (``鲁网2月10日讯 2月3日，平邑县召开…``), else None.

    The dateline is the day the site posted the story; the event it tells happened on or before it, up to
    a month before, on a date that opens a clause (``4月30日，道县召开…``, ``7月19日上午，``): a date run into
    the sentence (``2026年1月1日起``, a rule taking effect) tells no event."""
    dateline = _DATED_DATELINE_RE.match(body)
    if dateline is None or (posted := _valid(int(dateline.group(1)), int(dateline.group(2)))) is None:
        return None
    text = opening(body)
    for match in _MONTH_DAY_RE.finditer(text, dateline.end()):
        found = _valid(*_numbers(match))
        if found and found != posted and _shortly_before(found, posted) and _CLAUSE_END_RE.match(text, match.end()):
            return found
    return None


_CLAUSE_END_RE = re.compile(r"\s*[日号]?\s*(?:[上中下]午|晚上?|凌晨|早上|早晨|傍晚|夜间)?\s*[，,]")
"""The end of a date that opens a clause: its 日, a time of day, a comma."""


def _shortly_before(event: tuple[int, int], posted: tuple[int, int]) -> bool:
    """Whether the month-day ``event`` falls within the month before ``posted`` (December before January)."""
    months = (posted[0] - event[0]) % 12
    return months == 0 and event[1] <= posted[1] or months == 1 and event[1] > posted[1]


_DAY_ONLY_DATELINE_RE = re.compile(
    rf"^[【\[]?(?:新华社|中新社|本报|[\u4e00-\u9fff]{{2,8}}(?:日报|晚报|社|网|台))[^，。\s（(月]{{0,12}}?"
    rf"(?<![\d{_CN_DIGITS}])(\d{{1,2}}|[{_CN_DIGITS}]{{1,3}})\s*日\s*(?:电|讯)"
)
_DAY_LEAD_RE = re.compile(
    r"^(?:本报讯\s*(?:[（(][^（()）]{0,30}[)）])?\s*)?(\d{1,2})\s*日\s*(?:[上中下]午|晚上?|凌晨|早上|早晨|傍晚|夜间)?\s*[，,]"
)
"""A story that opens with a bare day (``5日，由…记者团…``, ``本报讯 12日上午，…``): a county paper's
dateline, dated by the page line above it like ``本报合肥18日电``."""


_THIS_MONTH_DAY_RE = re.compile(
    rf"(?:今\s*[（(]\s*(\d{{1,2}})\s*[)）]\s*日|本月\s*(\d{{1,2}}|[{_CN_DIGITS}]{{1,3}})\s*日)")


def this_month_day(body: str) -> int | None:
    """The day an opening names within the current month, without the month (今（15）日, 本月21日, 本月十一日),
    else None: a release or item dated by its issue's month."""
    if (match := _THIS_MONTH_DAY_RE.search(opening(body))) is None:
        return None
    text = match.group(1) or match.group(2)
    day = int(text) if text.isdigit() else chinese_number(text)
    return day if 1 <= day <= 31 else None


def dateline_day(body: str) -> int | None:
    """The day of a dateline that names no month (``【新华社重庆十四日电】``, ``本报合肥18日电``, ``5日，``): a story
    filed within the month before the paper's date, which the page line gives."""
    match = _DAY_ONLY_DATELINE_RE.match(body) or _DAY_LEAD_RE.match(body)
    if not match:
        return None
    text = match.group(1)
    day = int(text) if text.isdigit() else chinese_number(text)
    return day if 1 <= day <= 31 else None


_REPORTER_LINE_RE = re.compile(r"(?:記者|记者)[^】)）\n]{1,24}?(?:報導|报导|報道|报道)")
_REPORTED_DAY_RE = re.compile(
    r"(?<![\d〇一二三四五六七八九十月日年/\-.~～—])(\d{1,2})\s*日(?!\s*(?:起|至|前|以来|以來|報|报|电|電|讯|訊))")
_REPORTER_LINE_WITHIN = 60


def reported_day(body: str) -> int | None:
    """The bare day a reporter's story names after its reporter line (``【記者鄭家瑜報導】…檢察長29日率同…``), as
    Taiwan's press dates the event within the month of the page, else None. A day that starts a period
    (``10日起``) tells no one event."""
    head = body[:_REPORTER_LINE_WITHIN]
    if "記者" not in head and "记者" not in head or (reporter := _REPORTER_LINE_RE.search(head)) is None:
        return None
    match = _REPORTED_DAY_RE.search(opening(body[reporter.end():]))
    day = int(match.group(1)) if match else 0
    return day if 1 <= day <= 31 else None


def date_before(printed: tuple[int, int, int], day: int) -> tuple[int, int, int]:
    """(year, month, day) of the latest ``day`` on or before the ``printed`` date (a story filed on the
    14th for the paper of 15 September is of 14 September; filed on the 30th for 2 March, of 30 February's
    month before: January's year wraps)."""
    year, month, printed_day = printed
    if day > printed_day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return year, month, day


def _numbers(match: re.Match[str]) -> tuple[int, int]:
    """(month, day) of a :data:`_MONTH_DAY_RE` match, in Arabic or Chinese numerals."""
    if match.group(1) is not None:
        return int(match.group(1)), int(match.group(2))
    if (day := match.group(5)) is not None:  # 元月: January
        return 1, int(day) if day.isdecimal() else chinese_number(day)
    if match.group(6) is not None:  # 2/12日
        return int(match.group(6)), int(match.group(7))
    return chinese_number(match.group(3)), chinese_number(match.group(4))


def _first_valid(text: str) -> tuple[int, int] | None:
    return next((found for m in _MONTH_DAY_RE.finditer(text) if (found := _valid(*_numbers(m)))), None)


def _valid(month: int, day: int) -> tuple[int, int] | None:
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def _later_sentences(body: str, read: int) -> list[str]:
    """The sentences after the opening, up to the eighth (or 400 characters), each stripped. The opening is
    cut at 120 characters (``read``, its length): a second sentence after a longer first one is read here,
    not skipped with it."""
    text = body[:_LATER_CHARS]
    sentences = []
    start = 0
    for line in text.split("\n"):
        for match in _SENTENCE_RE.finditer(line):
            if match.group(0).strip() and start + match.start() >= read:
                sentences.append(match.group(0).strip())
        start += len(line) + 1
    return sentences[:_LATER_SENTENCES - _OPENING_SENTENCES]


CN_DIGIT_VALUES = {c: i for i, c in enumerate("〇一二三四五六七八九")} | dict.fromkeys(CN_ZEROS, 0)
"""Each Chinese numeral's value, every zero a typesetter prints included (see :data:`CN_ZEROS`)."""


def chinese_number(text: str) -> int:
    """``三十一`` → 31, ``十二`` → 12, ``二〇`` → 20 (digit by digit); 0 for anything else."""
    values = CN_DIGIT_VALUES
    if "十" not in text:
        return int("".join(str(values[c]) for c in text)) if text and all(c in values for c in text) else 0
    tens, _, units = text.partition("十")
    if len(tens) > 1 or len(units) > 1 or any(c not in values for c in tens + units):
        return 0
    return (values[tens] if tens else 1) * 10 + (values[units] if units else 0)


ROC_ERA = 1911
"""A year of the Republic of China calendar (民國, Taiwan's) plus this is the Western year: 民國114年 → 2025."""


def roc_year(text: str) -> int:
    """The Western year of a Republic year in digits or Chinese numerals (``83``, ``八十三``, ``一一五``);
    0 when ``text`` is no number."""
    number = int(text) if text.isdecimal() else chinese_number(text)
    return number + ROC_ERA if number else 0


def event_year(body: str) -> int | None:
    """The year of the event when the opening plainly states it, else the year the item names as this
    year anywhere (``今(111)年``: see :data:`_THIS_ROC_YEAR_RE`), else None (see the module docstring).

    A year of the Republic of China calendar (民國114年3月5日, or 114年3月5日 in Taiwan's press
    releases) is converted: 114 → 2025."""
    text = opening(body)
    full = _first_full_date(text)
    if full:
        return _plausible(full)
    if roc := _ROC_DATE_RE.search(text):
        return _plausible(roc_year(next(group for group in roc.groups() if group)))
    if session := _ROC_EVENT_YEAR_RE.search(text) or _SESSION_YEAR_RE.search(text):
        return _plausible(_stated_year(session.group(1)))
    event = _EVENT_YEAR_RE.search(text) or _YEAR_AFTER_DATE_RE.match(text)
    if event:
        return _plausible(int(event.group(1)))
    this_year = _THIS_ROC_YEAR_RE.search(body) if "今" in body else None
    return _plausible(roc_year(this_year.group(1))) if this_year else None


_THIS_ROC_YEAR_RE = re.compile(rf"今\s*[（(]\s*(1[0-4]\d|{_ROC_CN_YEAR})\s*[)）]\s*年")
"""This year named as a year of the Republic anywhere in the item (``…提前於今(111)年6月達成``): the year it was
written, as plain as a date line; a Taiwan release says 今(13)日 for today the same way."""


def _stated_year(text: str) -> int:
    """A year of four digits as it stands; one of three (digits or Chinese numerals) is the Republic's."""
    return int(text) if len(text) == 4 else roc_year(text)


def _first_full_date(text: str) -> int | None:
    """The year of the first full date in ``text``, in Arabic (``2021年5月1日``) or Chinese numerals
    (``二○二一年五月一日``): whichever comes first dates the event."""
    found = [m for m in (_FULL_DATE_RE.search(text), _CN_FULL_DATE_RE.search(text)) if m]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    return int(first.group(1)) if first.re is _FULL_DATE_RE else chinese_number(first.group(1))


def _plausible(year: int) -> int | None:
    """Reject OCR noise: gazettes of interest lie between 1949 and 2100."""
    return year if 1949 <= year <= 2100 else None


def year_for_issue_month(issue_year: int | None, issue_month: int | None, month: int | None) -> int | None:
    """An article's year in a dated issue: the issue's, or the year before when the article's month
    lies more than half a year after the issue's (a January issue reporting on late December)."""
    if issue_year is None or month is None:
        return None
    if issue_month is not None and month - issue_month > 6:
        return issue_year - 1
    return issue_year
