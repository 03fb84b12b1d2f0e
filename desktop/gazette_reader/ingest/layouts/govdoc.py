"""Government documents (政府文件): 文号, title, 主送, body, then the signing unit and date.

``X政〔2020〕12号`` stands above the title ``关于…的通知`` (wrapped over two or three lines in a PDF);
``各乡镇人民政府，县直各单位：`` is the 主送 line; the document ends with the issuing unit and the date
it was signed (``2020年3月5日`` or ``二〇二〇年三月五日``), which is the document's date. A file may hold
several documents (a 公报 issue): each 文号 or title line opens the next one. Lines after the last
signing date (抄送, 印发 lines) stay with that document as its colophon. A numbered 通报 (督查通报) puts
its issue line (``二〇二四年第十六期``) where a 文号 stands, over a title without 关于
(``…落实情况的通报``). A document re-posted without 文号 and signature still opens with its title and
the 主送 line under it.

A re-posting site frames the document: its page title (the document's title again) and info lines
(``作者:… 时间:…``, ``发布日期:… 打印本页``) stand above the headline or between the 文号 and the 主送, the
issuer printed apart over the headline (a blank line between) is no part of the title, and a site's list
of documents heads each with its 文号 and title on one line (``盘政发〔2010〕22号 盘锦市人民政府关于…的决定``).
A 政务公开 page prints its info line (``信息来源: 市人民政府办公室``) between the headline and the 文号; pages
saved one after another put each page's head (the site's name, a breadcrumb, the field table ``索 引 号: …``)
over its document: the head's breadcrumb names the document's section, and its 发布日期 is the document's
date where the text holds no signing date. A breadcrumb's channel naming the site's whole library of documents
(``公开信息内容``, ``市政府文件``) is no section. A page saved without its headline opens with its 主送 line (a list
of units ending in a colon) after the signed document above and that one's attachment; a signing date whose
年月日 the page's font lost (``{ 2017 6 23``) is read under its signing unit. A site that glues a pinyin gloss
after each less common character (``發(fā)``, ``號(hào)``) is read without the glosses and printed with them.

Titles are matched with their white space removed: PDFs and web pages letter-space a short final word
(``通 知``, ``决  定``) and set the issuing unit off by a space (``东阳市人民政府办公室 关于印发…``). A
re-posted document may print its title inside 《》; a title's brackets are balanced (a wrapped body line
``院办公厅印发〈…〉的通知》（…）和《…的通知`` is not one).
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from gazette_reader.ingest import metadata as meta
from gazette_reader.ingest.dates import CN_ZEROS, chinese_number
from gazette_reader.ingest.layouts import cues
from gazette_reader.ingest.lines import Line, ends_sentence, span_of
from gazette_reader.ingest.model import ParsedArticle, ParsedIssue
from gazette_reader.ingest.reflow import reflow, tidy_title

DOC_NUMBER_RE = re.compile(r"^[\u4e00-\u9fff]{1,16}\s*[〔\[［(（【]\s*\d{4}\s*[〕\]］)）】]\s*\d{1,4}\s*号$")
_ISSUER = (r"(?:[\u4e00-\u9fff（）()]{2,40}?(?:政府|办公室|办公厅|委员会|委|局|厅|部|院|会|处|镇|乡|街道|办事处|"
           r"小组|中心|公司|银行|法院|检察院))?")
"""An optional issuing unit before 关于 (``蔚县人民政府办公室关于…``): a title never opens with a verb (根据…)."""
TITLE_RE = re.compile(
    rf"^{_ISSUER}(?:关于|印发|转发)[^。！？]{{2,80}}?"
    r"(?:的)?(?:通知|决定|公告|通告|意见|批[复覆]|[复覆]函|报告|请示|函|办法|规定|方案|通报|命令|决议|细则|规划|纲要|实施方案)"
    r"(?:\s*[（(][^（）()]{0,20}[〔\[［]\d{4}[〕\]］][^（）()]{0,10}[)）])?$"
)
"""``…关于…的通知``, optionally followed by its 文号 in parentheses (``（岳办发〔2017〕2号）``). A traditional
document's 批覆 / 覆函 stays so in the simplified copy the parser reads (覆 is a simplified character too, so
the converter keeps it): both spellings name the kind."""
_TITLE_START_RE = re.compile(rf"^{_ISSUER}(?:关于|印发|转发)")
_ADDRESSEE_RE = re.compile(r"^[^。]{2,80}[：:]$")
_SIGN_DATE_RE = re.compile(rf"^[（(]?\s*(?P<year>\d{{4}}|[一二三四五六七八九{CN_ZEROS}]{{4}})\s*年"
                           r"\s*(?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
                           r"\s*(?P<day>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*[)）]?$")
"""A line that is only a date (the signature's): Arabic numerals, or Chinese ones with the year's zero as
any typesetter prints it (``二○○九年二月十六日``, ``二0二一年五月一日``)."""
_MAX_TITLE_LINES = 4
_HEAD_LINES = 12
"""A document's 文号 and title stand among its first non-blank lines (a red header, the issuer, the title)."""


def is_doc_number(text: str) -> bool:
    """A 文号 line (:data:`DOC_NUMBER_RE`; it ends in 号, tested first since most lines do not)."""
    return text.endswith("号") and DOC_NUMBER_RE.match(text) is not None


_NUMBER_HEAD_RE = re.compile(DOC_NUMBER_RE.pattern.removesuffix("$") + r"(?=\s)")
_MAX_NUMBER = 30


def _numbered_heading(text: str) -> tuple[str, str] | None:
    """(文号, title) of a heading line that prints the 文号 before the title (``盘政发〔2010〕22号
    盘锦市人民政府关于…的决定``: how a site's list of documents heads each one); None for any other line
    (a 号 among its first characters is tested first)."""
    if "号" not in text[:_MAX_NUMBER] or (m := _NUMBER_HEAD_RE.match(text)) is None:
        return None
    title = text[m.end():].strip()
    return (m.group(), title) if _is_title(_compact(title)) else None


_ISSUE_NUMBER_RE = re.compile(
    rf"^[\u4e00-\u9fff]{{0,16}}?\s*(?:(?:\d{{4}}|[一二三四五六七八九{CN_ZEROS}]{{4}})\s*年\s*)?"
    r"第\s*(?:\d{1,4}|[〇一二三四五六七八九十百零○]{1,5})\s*期(?:\s*[（(]\s*总\s*第\s*\d{1,5}\s*期\s*[)）])?$"
)
"""A numbered series' issue line (``督察通报第十七期``, ``二〇二四年第十六期``, ``2024年第3期（总第45期）``)."""


_NUMBERED_TITLE_RE = re.compile(
    r"^第\s*\d{1,4}\s*/\s*\d{4}\s*号\s*[\u4e00-\u9fff]{0,20}?(?:批示|行政法规|法律|命令|公告|通告|决定|训令|规章)$")
"""A title that is its own number (``第32/2020号行政长官批示``, ``第5/2020号行政法规``): how 澳门's 公报 heads
each 批示, 法律 and 行政法规, with no 文号 line and no 关于 title."""


def _numbered_title(text: str) -> bool:
    """A title holding its own number (:data:`_NUMBERED_TITLE_RE`; it opens with 第, tested first)."""
    return text[:1] == "第" and _NUMBERED_TITLE_RE.match(text) is not None


def _numbers_document(texts: Sequence[str], i: int) -> bool:
    """``texts[i]`` numbers the document below it: a 文号, a title holding its own number, or the issue
    line of a numbered 通报 (督查通报, 情况通报: each issue one document, under its own issue line) with the
    document's title right under it."""
    if is_doc_number(texts[i]) or _numbered_title(texts[i]) or _numbered_heading(texts[i]) and not _listed(texts, i):
        return True
    return _is_issue_line(texts[i]) and i + 1 < len(texts) \
        and (_bare_title(texts[i + 1]) or _title_span(texts, i + 1) > 0)


def _listed(texts: Sequence[str], i: int) -> bool:
    """The numbered heading at ``texts[i]`` stands in a list of them (a 文件目录: ``县政发〔2020〕1号 …的通知`` /
    ``县政发〔2020〕2号 …的决定``): each names a document printed further on, heads none."""
    return any(0 <= j < len(texts) and _numbered_heading(texts[j]) for j in (i - 1, i + 1))


def _is_issue_line(text: str) -> bool:
    """An issue line (:data:`_ISSUE_NUMBER_RE`; it ends in 期, or in a bracket after a 期, tested first)."""
    return (text[-1:] == "期" or text[-1:] in ")）" and "期" in text) and _ISSUE_NUMBER_RE.match(text) is not None


def _heads_issue(texts: Sequence[str], starts: Sequence[int], i: int) -> bool:
    """An issue line above the first document whose title needs no number to be found (a 关于… title) is
    the whole issue's (a 公报's ``2020年第5期``), kept with the issue's header lines; a bare title
    (``…情况的通报``) is known by the issue line over it, so there the line is the document's."""
    return not starts and _is_issue_line(texts[i]) and _title_span(texts, i + 1) > 0


def cn_number(text: str) -> int | None:
    """``2020`` / ``二〇二〇`` / ``十二`` / ``二十五`` → int; None for what is no number (十二十)."""
    return int(text) if text.isdigit() else chinese_number(text) or None


def signing_date(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a line that is only a date, in Arabic or Chinese numerals."""
    if "年" not in text:  # what every signing date holds: no pattern call for the many lines without
        return None
    m = _SIGN_DATE_RE.match(text.strip())
    if not m:
        return None
    year, month, day = (cn_number(m.group(g)) for g in ("year", "month", "day"))
    if year and month and day and 1 <= month <= 12 and 1 <= day <= 31:
        return year, month, day
    return None


_SPACED_DATE_RE = re.compile(r"^[^\w\s]?\s*((?:19|20)\d\d)\s+(\d{1,2})\s+(\d{1,2})$")
"""A signing date whose 年, 月 and 日 a page's font lost (``{ 2017 6 23``): year, month and day as three
spaced numbers, a stray mark before them at most."""
_UNIT_END_RE = re.compile(r"(?:政府|部门|单位|委员会|管委会|委|局|办|办公室|厅|处|街道|乡镇|公司|机构|院|所|中心|部|队|站|组)$")
"""How the name of an issuing or receiving unit ends (``…人民政府办公室``, ``市级各部门``)."""


def _spaced_date(texts: Sequence[str], k: int) -> tuple[int, int, int] | None:
    """(year, month, day) of a signing date printed as three spaced numbers (:data:`_SPACED_DATE_RE`) at
    ``texts[k]``, read only under a signing unit (one of the two lines above names a unit): elsewhere three
    numbers are as likely a table's row."""
    text = texts[k]
    if not text[-1:].isdigit() or " " not in text or (m := _SPACED_DATE_RE.match(text)) is None:
        return None
    year, month, day = (int(g) for g in m.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    units = [t for t in texts[max(0, k - 2):k] if _unit_like(t) and _UNIT_END_RE.search(t)]
    return (year, month, day) if units else None


def _dated(texts: Sequence[str], k: int) -> tuple[int, int, int] | None:
    """The signing date on line ``k``: a date line (:func:`signing_date`), or three spaced numbers under a
    signing unit (:func:`_spaced_date`)."""
    return signing_date(texts[k]) or _spaced_date(texts, k)


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_TONED_RE = re.compile(f"[{_TONED}]")
_GLOSS_RE = re.compile(rf"(?<=[\u4e00-\u9fff])[(（][a-zü]{{0,5}}[{_TONED}][a-zü]{{0,5}}[)）]")
"""A reading aid glued after a character (``發(fā)``, ``號(hào)``): one pinyin syllable with its tone mark in
brackets, as some re-posting sites print every less common character. It is no text of the document's:
the splitter reads lines without it (a 文号 ``連政發(fā)〔2011〕97號(hào)`` is a 文号), while what it gives
the user keeps it as printed."""


def _read_view(lines: Sequence[Line]) -> Sequence[Line]:
    """``lines`` as the splitter reads them: the pinyin glosses (:data:`_GLOSS_RE`) taken out of each
    line's text, its offsets and raw text kept. One search over the whole text first: most texts have no
    tone mark at all."""
    if _TONED_RE.search("\n".join(ln.text for ln in lines)) is None:
        return lines
    return [ln._replace(text=bare) if (bare := _unglossed(ln.text)) != ln.text else ln for ln in lines]


def _unglossed(text: str) -> str:
    """``text`` without its pinyin glosses."""
    return _GLOSS_RE.sub("", text) if "(" in text or "（" in text else text


def _shown_at(shown: str, index: int) -> int:
    """Where the character at ``index`` of the line's glossless text stands in the ``shown`` text: each
    gloss at or before it pushes it on (a gloss stays with the character it follows)."""
    for m in _GLOSS_RE.finditer(shown):
        if m.start() > index:
            break
        index += m.end() - m.start()
    return index


def looks_like_govdoc(lines: Sequence[Line]) -> bool:
    """A 文号 line, or a 关于…的通知 title near the top, with a signing date line below it; or a 文号 and
    a title near the top (a 关于… title, or a bare one right under the 文号: ``镇巴县人民政府工作规则``): a
    document cut off before its signature (an excerpt, a page's first part) still opens the way only a
    document does. Lines are read without their pinyin glosses (:func:`_read_view`)."""
    texts = [ln.text for ln in _read_view(lines) if ln.text]
    head = texts[:_HEAD_LINES]
    has_number = any(is_doc_number(t) for t in texts if t[-1] == "号")  # is_doc_number's own first test, inline
    has_title = any(_title_span(head, i) for i in range(len(head)))
    numbered = [i for i, t in enumerate(head) if t[-1] == "号" and is_doc_number(t)]
    if numbered and (has_title or any(i + 1 < len(head) and _bare_title(head[i + 1]) for i in numbered)):
        return True
    issued = any(_numbers_document(head, i) for i in range(len(head)))
    if (has_number or has_title or issued) and any(signing_date(t) for t in texts):
        return True
    return has_title and _addressed(head, 0)


def _addressed(texts: Sequence[str], i: int) -> bool:
    """A document title at ``texts[i]`` with its 主送 line right under it (``各乡镇人民政府，县直各单位：``):
    a document re-posted without its 文号 and signature still opens as only a document does. Only a text
    that opens so is taken for one: a bulletin may reprint a notice among its news items."""
    n = _title_span(texts, i)
    return n > 0 and i + n < len(texts) and texts[i + n][-1] in "：:" and _ADDRESSEE_RE.match(texts[i + n]) is not None


_KIND_RE = re.compile(r"(?:规则|条例|办法|规定|细则|章程|预案|方案|意见|通知|通报|报告|决定|公告|通告|批[复覆]|纲要|规划|制度|决议)$")
_MAX_BARE_TITLE = 40


def _bare_title(text: str) -> bool:
    """A title without 关于 that names its kind at its end (``镇巴县人民政府工作规则``, ``…应急预案``): a
    short line without sentence punctuation. Only the line right under a 文号 is read as one."""
    compact = _compact(text)
    return len(compact) <= _MAX_BARE_TITLE and _KIND_RE.search(compact) is not None \
        and not any(c in "，。；！？：,;:" for c in compact)


def _title_span(texts: Sequence[str], i: int, apart: Container[int] = ()) -> int:
    """How many lines from ``texts[i]`` form a document title (0 when none). ``apart``: the lines with a
    blank line above them, where the splitter knows them."""
    first = _compact(texts[i]).removeprefix("《")
    below = _compact(texts[i + 1]) if i + 1 < len(texts) else ""
    # a unit line above the 关于 line is one unit: spaced names (市农业局 市教育局) are a list of units, and
    # the date closing the document above (一九九六年五月三十一日) is no unit; a unit set off from the 关于
    # line by a blank line is the issuer printed over the headline (a page's 发文机关 line), not its first line
    unit_above = len(first) <= 20 and len(texts[i].split()) == 1 and bool(_TITLE_START_RE.match(below)) \
        and signing_date(first) is None and i + 1 not in apart
    if not (_TITLE_START_RE.match(first) or TITLE_RE.match(first) or unit_above):
        return 0
    joined = ""
    for n in range(1, _MAX_TITLE_LINES + 1):
        if i + n > len(texts):
            return 0
        joined += _compact(texts[i + n - 1])
        if _is_title(joined):
            return n
    return 0


def _compact(text: str) -> str:
    """``text`` without white space (``通 知`` → ``通知``)."""
    return "".join(text.split())


def _is_title(joined: str) -> bool:
    """A whole document title, possibly inside 《》, with balanced brackets."""
    inner = _unquoted(joined)
    return TITLE_RE.match(inner) is not None and _balanced(inner)


def _unquoted(title: str) -> str:
    """``title`` without the 《》 a re-posting site put around all of it (``《…关于…的通知》``)."""
    if title.startswith("《") and title.endswith("》") and _balanced(title[1:-1]):
        return title[1:-1]
    return title


_PAIRS = {"》": "《", "〉": "〈", "）": "（", ")": "(", "〕": "〔", "]": "[", "］": "［"}
_OPENERS = frozenset(_PAIRS.values())


def _balanced(text: str) -> bool:
    """Every bracket in ``text`` is closed by its own kind, in order."""
    stack: list[str] = []
    for char in text:
        if char in _OPENERS:
            stack.append(char)
        elif char in _PAIRS and (not stack or stack.pop() != _PAIRS[char]):
            return False
    return not stack


def split_govdoc(lines: Sequence[Line]) -> ParsedIssue:
    """Parse one or more government documents; never loses a non-space character. The splitter reads the
    lines without their pinyin glosses (:func:`_read_view`); titles, bodies and furniture are the lines as
    printed."""
    issue = ParsedIssue(layout="govdoc", articles=[])
    where = [i for i, ln in enumerate(lines) if ln.text]
    rows = [ln for i, ln in enumerate(_read_view(lines)) if ln.text]
    shown = [lines[i].text for i in where]
    starts = _starts(rows, _apart(lines))
    texts = [ln.text for ln in rows]
    heads = [_page_head(texts, starts[k - 1] + 1 if k else 0, start) for k, start in enumerate(starts)]
    for k in range(starts[0] if starts else len(rows)):
        meta.add_line(issue.metadata, meta.header_label(texts[k]) or "报头", shown[k])
    for k, start in enumerate(starts):
        stop = heads[k + 1] if k + 1 < len(starts) else len(rows)
        block = lines[where[start]:where[stop] if stop < len(rows) else len(lines)]
        if k:
            issue.furniture += shown[heads[k]:start]  # the page's head over the document: the site's
        issue.articles.append(_document(rows[start:stop], shown[start:stop], block, issue, texts[heads[k]:start]))
    return issue


_FIELDS = ("索引号 主题分类 信息分类 发布机构 发文机关 公开日期 成文日期 发文日期 上载日期 有效性 发文字号 文号 名称 分类 公开目录 "
           "标题 主题词 时效 内容概述").split()
_FIELD_RE = re.compile(
    r"^\s*(?:" + "|".join(r"\s*".join(f) for f in sorted(_FIELDS, key=len, reverse=True)) + r")\s*(?:[:：]|\s|$)")
"""A line of a 政务公开 page's field table over the document (``索 引 号: 1133…/2017-84094 主题分类: 其他``,
``文        号 齐政办发〔2019〕29号   上 载 日 期 2019-12-02``, ``标 题 市政府关于印发…的通知``), its labels set wide
or not, a label whose field is empty alone on its line (``内容概述``)."""
_FIELD_FIRSTS = frozenset(f[0] for f in _FIELDS)
_CRUMB_TRAIL_RE = re.compile(r"^\s*(?:>>|[>»›→])")
"""A breadcrumb's trail wrapped under its label (``您当前的位置:`` / ``>> ... >> 其他政策文件``)."""
_SITE_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:人民政府|政府网|门户网站|网)$")
"""A site's name over its breadcrumb (``嵊州市人民政府``)."""


def _head_line(text: str) -> bool:
    """A line of a saved page's head: an info line, a breadcrumb or its wrapped trail, a field table's line,
    the portal's link or menu bar."""
    return _field_line(text) or _CRUMB_TRAIL_RE.match(text) is not None or _site_line(text) or _menu_bar(text)


_MAX_MENU_WORD = 20


def _menu_bar(text: str) -> bool:
    """A portal's menu or link bar: short words without punctuation, opening with 首页 (set wide or not:
    ``首 页政务公开网上办事``, as the letter-spacing closer leaves it) or naming two sites (``中国政府网
    黑龙江省政府网 English``)."""
    words = text.split()
    if len(words) < 2 or any(len(w) > _MAX_MENU_WORD or _PUNCT & set(w) for w in words):
        return False
    return "".join(words).startswith("首页") or len(words) > 2 and sum(w.endswith("网") for w in words) >= 2


_PUNCT = frozenset("，。；！？：,;:!?、")


def _field_line(text: str) -> bool:
    """A line of a page's field table (:data:`_FIELD_RE`; its first character tested first)."""
    stripped = text.lstrip()
    return stripped[:1] in _FIELD_FIRSTS and _FIELD_RE.match(stripped) is not None


def _page_head(texts: Sequence[str], low: int, start: int) -> int:
    """Where the head of the saved page over the document at ``start`` begins (``start`` when it has none):
    pages saved one after another put each page's site name, breadcrumb, field table and info lines over
    its document, under the text of the one before. Only a run that opens a page (a breadcrumb, a field
    table, the portal's menu bar, a dated info line) is one: a document's own closing label lines (联系电话:…) open none."""
    i = start
    while i > low and _head_line(texts[i - 1]):
        i -= 1
    if i > low and i < start and cues.opens_page(texts[i]) and _SITE_NAME_RE.match(texts[i - 1]):
        i -= 1  # the site's name over its breadcrumb
    head = texts[i:start]
    opened = any(cues.opens_page(t) or _menu_bar(t) or cues.line_date(t) for t in head) \
        or sum(1 for t in head if _field_line(t)) >= _MIN_FIELD_LINES
    return i if opened else start


_MIN_FIELD_LINES = 2
"""A field table has rows (索引号 …, 文号 …): one line opening with a label (``文号 说明如下``) opens no page."""


def _head_section(head: Sequence[str]) -> str | None:
    """The channel the page's breadcrumb names last (``>> ... >> 其他政策文件``): the document's section. A
    trail wrapped under the breadcrumb's label is read with it."""
    for k, text in enumerate(head):
        if not cues.opens_page(text):
            continue
        trail = head[k + 1] if k + 1 < len(head) and _CRUMB_TRAIL_RE.match(head[k + 1]) else ""
        if (channel := cues.breadcrumb_channel(text + trail)) and _GENERIC_CHANNEL_RE.match(channel) is None:
            return channel
    return None


_GENERIC_CHANNEL_RE = re.compile(
    r"^(?:(?:政府)?信息公开|公开信息(?:内容)?|政务公开|(?:[省市县区州镇乡]?(?:人民)?政府)?(?:文件|公文)|政策(?:文件|法规)?)$")
"""A channel naming the site's whole library of documents (``公开信息内容``, ``信息公开``, ``政策文件``,
``市政府文件``): every document of the site stands under it, so it is no section of the gazette's; a
channel naming a part of the library (``其他政策文件``) is."""


def _apart(lines: Sequence[Line]) -> frozenset[int]:
    """The positions among the non-blank ``lines`` of those with a blank line right above them."""
    apart: set[int] = set()
    row, gap = 0, False
    for line in lines:
        if not line.text:
            gap = row > 0
            continue
        if gap:
            apart.add(row)
        row, gap = row + 1, False
    return frozenset(apart)


def _starts(rows: Sequence[Line], apart: Container[int] = ()) -> list[int]:
    """Where each document begins: its 文号 line, or its title when no 文号 stands above it."""
    texts = [ln.text for ln in rows]
    signed = _Signatures(texts)
    starts: list[int] = []
    i = 0
    while i < len(texts):
        if _numbers_document(texts, i) and not _follows_title(texts, starts, i) \
                and not _repeated(texts, starts, i, signed) \
                and not _heads_issue(texts, starts, i):
            starts.append(i)
            i += 1 + _title_span(texts, i + 1, apart) if i + 1 < len(texts) else 1
            continue
        n = 0 if _field_line(texts[i]) else _title_span(texts, i, apart)  # a field table's 标题 row is no headline
        if n and starts and _headline_again(texts, starts[-1], i, n):
            starts[-1] = i  # the page's title above was the headline's copy: the document opens here
            i += n
            continue
        if n and (not starts or (signed.before(starts[-1], i) or _numbered_below(texts, i + n))
                  and not _is_attachment(texts, starts[-1], i, n)):
            starts.append(i)
            i += n
            continue
        if starts and _unit_list(texts[i]) and signed.before(starts[-1], i) and not _headed(texts, i) \
                and not _attached(texts, starts[-1], i):
            starts.append(i)  # a document saved without its headline opens with its 主送 line
        i += 1
    return starts


def _unit_list(text: str) -> bool:
    """A 主送 line naming two or more units (``云南禄丰产业园区管委会,各乡镇人民政府,市级各部门:``): short parts
    parted by commas, the last a unit's name, a colon at its end. A sentence introducing a list (``…的主要
    任务是:``) is none, nor is the colophon's labelled list of the units a copy goes to (``抄送：县委办，县人大办，
    县政协办：``). The colon is tested first: most lines end otherwise."""
    if text[-1:] not in "：:" or "。" in text or _COPY_LABEL_RE.match(text):
        return False
    parts = [part.strip() for part in _LIST_COMMA_RE.split(text[:-1])]
    return len(parts) >= 2 and all(0 < len(part) <= _MAX_UNIT_NAME for part in parts) \
        and _UNIT_END_RE.search(parts[-1]) is not None


_LIST_COMMA_RE = re.compile(r"[，,、；;]")
_MAX_UNIT_NAME = 25
_COPY_LABEL_RE = re.compile(r"^\s*(?:抄\s*送|抄\s*报|分\s*送)\s*[：:]")
"""The colophon's label of the units a copy goes to (抄送：, 抄报：, 分送：): its list is never a 主送 line."""


def _attached(texts: Sequence[str], start: int, i: int) -> bool:
    """A line opening an attachment (:func:`_opens_attachment`) stands in the document from ``start`` above
    line ``i``: a 主送-like line under it is the attachment's (a receipt form addressed to the units the
    notice went to), no document of its own."""
    return any(_opens_attachment(text) for text in texts[start:i])


def _opens_attachment(text: str) -> bool:
    """``text`` lists or heads an attachment (``附件：回执``, ``附件1：…``, ``附件 2``, ``附件``): the first
    character tested first."""
    return text[:1] == "附" and _ATTACHMENT_HEAD_RE.match(text) is not None


_ATTACHMENT_HEAD_RE = re.compile(r"^附\s*件\s*[\d一二三四五六七八九十]{0,3}(?:\s*[-－—]\s*\d{1,2})?\s*(?:[：:]|$)")


def _headed(texts: Sequence[str], i: int) -> bool:
    """A title or a 文号 stands right over the 主送 line at ``texts[i]``: a forwarded document printed under
    the signature with its own title and 主送 (a 转发 notice's attachment), not a document of its own."""
    if _number_at(texts, i - 1) is not None:
        return True
    return any(j >= 0 and j + _title_span(texts, j) == i for j in range(i - _MAX_TITLE_LINES, i))


def _headline_again(texts: Sequence[str], start: int, i: int, n: int) -> bool:
    """The title at ``i`` repeats the title the document at ``start`` opened with, before any sentence of
    its text (:func:`_opens_text`): a site prints the document's title as the page's title, then its info lines (作者:… 时间:…)
    and the issuer, then the document's own headline, with the 文号 and 主送 under it."""
    if _numbers_document(texts, start):
        return False
    span = _title_span(texts, start)
    if _compact("".join(texts[i:i + n])) != _compact("".join(texts[start:start + span])):
        return False
    return not any(ends_sentence(text) or _opens_text(text) for text in texts[start + span:i])


def _opens_text(text: str) -> bool:
    """A document's text has begun at this line: its 主送 line (``各乡镇人民政府，县政府各部门：``) or its
    signing date. Two documents under one title (two 任免 notices, their lines without a 。) are two, not
    a site's page title over the headline."""
    return text[-1:] in "：:" and _ADDRESSEE_RE.match(text) is not None or signing_date(text) is not None


def _follows_title(texts: Sequence[str], starts: Sequence[int], i: int) -> bool:
    """A 文号 printed right under its document's title belongs to that document, also with the site's info
    lines between them (``信息来源: 市人民政府办公室``: a 政务公开 page prints them under the headline)."""
    if not starts:
        return False
    below = starts[-1] + _title_span(texts, starts[-1])
    return below + _site_lines(texts, below) == i


def _site_lines(texts: Sequence[str], i: int) -> int:
    """How many of the lines from ``texts[i]`` are a web page's info lines or toolbar (:func:`_site_line`)."""
    n = 0
    while i + n < len(texts) and _site_line(texts[i + n]):
        n += 1
    return n


def _repeated(texts: Sequence[str], starts: Sequence[int], i: int, signed: _Signatures) -> bool:
    """A 文号 printed again before its document is signed (a page showing it twice, or a site's 文号 / 索引号
    table above the document's own 文号 line) is that document's."""
    return bool(starts) and not signed.before(starts[-1], i) and any(texts[i] in t for t in texts[starts[-1]:i])


def _is_attachment(texts: Sequence[str], start: int, i: int, n: int) -> bool:
    """The document a 印发/转发 notice issues (its title in the notice's 《》) is the notice's attachment."""
    at = start + 1 if _numbers_document(texts, start) else start
    parent = "".join(texts[at:at + max(1, _title_span(texts, at))])
    title = "".join(texts[i:i + n])
    return title in parent and title != parent  # the same title signed again is a second document


class _Signatures:
    """Whether the document from a start has been signed (a date line) before a line: a new title starts one.
    A date in brackets before any sentence of the body (``（二○○八年十月二十九日）`` under the title) is the
    date a 公报 or a site prints under the title, not the signature below the text.

    The splitter asks of every line after the latest start, so the lines read are remembered (reading the
    document again each time was quadratic in its length)."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.start = self.read = -1
        self.told = False
        self.signed: int | None = None

    def before(self, start: int, i: int) -> bool:
        """The document from line ``start`` is signed before line ``i``."""
        if start != self.start or i < self.read:
            self.start, self.read, self.told, self.signed = start, start, False, None
        while self.signed is None and self.read < i:
            text = self.texts[self.read]
            if _dated(self.texts, self.read) and (self.told or text[:1] not in "（("):
                self.signed = self.read
            self.told = self.told or ends_sentence(text)
            self.read += 1
        return self.signed is not None and self.signed < i


def _numbered_below(texts: Sequence[str], i: int) -> bool:
    """A 文号 stands at ``texts[i]``, or under the page's info lines there (``信息来源: 市人民政府办公室``)."""
    return _number_at(texts, i + _site_lines(texts, i)) is not None


def _number_at(texts: Sequence[str], i: int) -> str | None:
    """The 文号 on line ``i``, bare or in the brackets a 公报 prints it in under the title
    (``（宛政〔2011〕4号）``): a title with its 文号 under it opens a document, signed or not the one above."""
    if i >= len(texts) or texts[i][-1:] not in "号)）":
        return None
    text = texts[i]
    bare = text[1:-1].strip() if text[:1] in "（(" and text[-1] in ")）" else text
    return text if is_doc_number(bare) else None


def _document(rows: Sequence[Line], shown: Sequence[str], block: Sequence[Line], issue: ParsedIssue,
              head: Sequence[str] = ()) -> ParsedArticle:
    """One document from its non-blank ``rows`` as the splitter reads them (``shown``: their texts as
    printed; ``block``: the printed lines with the blank ones; ``head``: the saved page's head over it,
    :func:`_page_head`)."""
    texts = [ln.text for ln in rows]
    apart = _apart(block)
    heading = _numbered_heading(texts[0])
    cut = 0
    if _numbered_title(texts[0]):
        number, at, n = None, 0, 1
    elif heading:
        cut = _shown_at(shown[0], len(heading[0]))
        number, at, n = shown[0][:cut], 1, 0
    else:
        number = shown[0] if _numbers_document(texts, 0) else None
        at = 1 if number else 0
        n = _title_span(texts, at, apart) if at < len(texts) else 0
    if number and not n and not heading and at < len(texts) and _bare_title(texts[at]):
        n = 1  # the title right under the 文号, without 关于
    title = tidy_title("".join(shown[at:at + n])) if n else tidy_title(shown[0][cut:]) if heading else ""
    if (bare := _unquoted(title)) != title:
        title = bare
        issue.furniture += ["《", "》"]  # the site's marks: kept with the issue, so nothing is lost
    site = list(shown[at + n:at + n + _site_lines(texts, at + n)])
    n += len(site)
    if number is None and _number_at(texts, at + n):
        number, n = shown[at + n], n + 1  # the 文号 under the title (under the page's info lines, if any)
        under = list(shown[at + n:at + n + _site_lines(texts, at + n)])
        site, n = site + under, n + len(under)
    issue.furniture += site  # the page's info lines over the 文号 or the 主送: the site's, not the text's
    body = [ln for ln in block if ln.start >= rows[at + n].start] if at + n < len(rows) else []
    article = ParsedArticle(title=title, subtitle=number, body=_body_text(body), span=span_of(rows),
                            section=_head_section(head))
    if date := _signed(texts) or _posted([*head, *_unglossed_all(site)]):
        article.year, article.month, article.day = date
    return article


def _unglossed_all(texts: Sequence[str]) -> list[str]:
    """``texts`` without their pinyin glosses."""
    return [_unglossed(text) for text in texts]


def _signed(texts: Sequence[str]) -> tuple[int, int, int] | None:
    """The document's signing date: its last date line, else the first date of three spaced numbers under
    a signing unit above any attachment (:func:`_spaced_date`; an attachment's table has rows of a unit and
    three numbers too, ``某县水利局`` / ``2023 12 31``, and never dates the document)."""
    if dates := [d for t in texts if (d := signing_date(t))]:
        return dates[-1]
    for k, text in enumerate(texts):
        if _opens_attachment(text):
            return None
        if spaced := _spaced_date(texts, k):
            return spaced
    return None


def _posted(lines: Sequence[str]) -> tuple[int, int, int] | None:
    """The date the saved page's head or info lines give (``发布日期:2017-03-28-00:00:00``): the document's
    date when the text holds no signing date (the signing date wins where there is one)."""
    return next((d for t in lines if (d := cues.line_date(t))), None)


def _site_line(text: str) -> bool:
    """A web page's info line (``发布日期:2023-09-01 10:51 来源:… 打印本页``, ``作者:… 时间:…``) or toolbar."""
    return cues.LABEL_LINE_RE.match(text) is not None or cues.INFO_LINE_RE.search(text) is not None \
        or cues.WEB_INFO_RE.match(text) is not None or cues.is_web_furniture(text)


def _body_text(body: Sequence[Line]) -> str:
    """The reflowed body, its blank lines kept (they part paragraphs), and paragraphs parted where a
    document's full-width lines would otherwise run them together: after the 主送 line (the first line
    ending in a colon before any sentence ends), after a colon that introduces a numbered part
    (``通知如下：`` / ``一、…``), before a numbered part, a ``——`` principle or the signature (the issuing
    units over the signing date) after a finished sentence, and after each line of the signature."""
    chunks: list[list[str]] = [[]]
    last, addressed, signed = "", False, False
    signature = _signature_lines(body)
    for k, line in enumerate(body):
        if line.text and (_after_colon(last, line.text, addressed) or signed
                          or k in signature and (ends_sentence(last) or _lists_attachment(last))):
            chunks.append([])  # reflow joins across a colon or into a short line: a chunk of its own
            addressed = True
        elif line.text and ends_sentence(last):
            addressed = True
            if _opens_part(line.text):
                chunks[-1].append("")  # a blank line after a sentence end parts paragraphs
        chunks[-1].append(line.raw)
        if line.text:  # a blank line under a signature line leaves it the last line read
            last, signed = line.text, k in signature
    return "\n".join(text for chunk in chunks if (text := reflow(chunk)))


def _lists_attachment(text: str) -> bool:
    """An attachment line (``附件：…汇总表.xlsx``): a file name ends no sentence, yet the signature under it
    is no part of it."""
    return text.startswith("附件") and _ATTACHMENT_RE.match(text) is not None


_ATTACHMENT_RE = re.compile(r"^附件\s*\d{0,2}\s*[：:]")


def _after_colon(last: str, text: str, addressed: bool) -> bool:
    """``text`` opens a paragraph after a colon: the first one's (the 主送 line's) or a numbered part's."""
    return last.endswith(("：", ":")) and (not addressed or _opens_part(text))


def _signature_lines(body: Sequence[Line]) -> set[int]:
    """Positions of the signing date lines and of the issuing units' lines right above each (short lines
    without punctuation, one per unit of a joint document: the document's last sentence is no unit)."""
    rows = [k for k, line in enumerate(body) if line.text]
    dated = [n for n, k in enumerate(rows) if signing_date(body[k].text)]
    units = {rows[m] for n in dated for m in range(n - 1, max(-1, n - 1 - _MAX_UNITS), -1)
             if all(_unit_like(body[rows[j]].text) for j in range(m, n))}
    return {rows[n] for n in dated} | units


_MAX_UNIT = 40
_MAX_UNITS = 3


def _unit_like(text: str) -> bool:
    """A short line without sentence punctuation (``中华人民共和国国务院``, ``盐池县人民政府办公室``)."""
    return len(text) <= _MAX_UNIT and not any(c in "，。；！？：,;:" for c in text)


_PART_FIRSTS = frozenset(cues.CN_NUM + "（(第—")


def _opens_part(text: str) -> bool:
    """A line that opens a numbered part or a ``——`` principle (its first character tested first)."""
    return text[:1] in _PART_FIRSTS and (text.startswith("——") or cues.NUMBER_RE.match(text) is not None)
