"""Issue metadata: header/footer lines by label, and the facts derived from them.

Header and footer lines (``2020年4月``, ``(总第93期)``, ``主管：…``, ``(共印 130 份)``) are kept whole in
``ParsedIssue.metadata`` under a label; the derived values (place, publisher, year, month, number, print
date, publication name) are computed from them and from the text, and are defaults the importer may
override.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

BULLETIN_LAYOUTS = frozenset({"bulletin", "newsletter"})


def _one_line(pattern: str) -> str:
    """``pattern`` with its ``\\s*`` gaps kept within a line: the page-line patterns are matched over a whole
    text (:data:`_PAGE_LINE_RE`), where a gap that may take newlines would join prose ending in …日报 to a
    date line under it, and backtrack over every blank line below (quadratic on runs of white space)."""
    return pattern.replace(r"\s*", r"[ \t\u3000]*")


_PAPER_PAGE = _one_line(r"[\u4e00-\u9fff]{2,12}\s*\d{4}\s*年\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日|第\s*\d{1,5}\s*期)"
                        r"\s*(?:星期[一二三四五六日天])?\s*(?:第\s*)?[A-Z]?\d{1,3}\s*版(?:\s*[：:]?\s*\S{0,12})?$")
"""A newspaper's page line: the paper's name, its date or the year's issue, the page (人民日报 1998年1月2日
星期五 第2版, 今日浮山 2022年第638期 第1版)."""
_PAPER_DATE = _one_line(r"(?:[\u4e00-\u9fff]{1,12}(?:日报|晚报|早报|时报|商报|导报)\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                        r"\s*(?:星期[一二三四五六日天]?)?"
                        r"|[\u4e00-\u9fff]{2,8}(?:新闻|报)\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*星期[一二三四五六日天])$")
"""A newspaper's page line that names no page: the paper, the day it came out (信阳日报 2014年11月17日,
温岭日报 2012年10月19日 星期五), what a page saved from an e-paper site is headed with. Only a paper's name
(…日报, …晚报) opens it: a clipping's source line names its paper in 《》 and its page. A county paper named
…新闻 (莱西新闻 2022年2月19日 星期六), or any other …报 (山西工人报 1991年6月20日 星期四), with the weekday a
paper prints: a news channel's stamp has none."""
_DATE_PAGE = _one_line(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期[一二三四五六日天])?\s*第?\s*[A-Z]?\d{1,3}\s*版"
                       r"(?:\s*[：:]\s*[^\s\d：:，。,][^\s：:，。,]{0,15})?$")
"""An e-paper's page line that opens with the day the page came out (``2024年01月27日 第02版:要闻``)."""
_EPAPER_DAY = _one_line(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期[一二三四五六日天]?)?\s*【打印】")
"""An old e-paper page's date line beside its print button (``2007 年 9 月 10 日 星期    【打印】``): the day
the page came out, over its story."""
_EPAPER_PAGE = _one_line(r"(?:[A-Z]?\d{1,3}|第?\s*[一二三四五六七八九十\d]{1,3}\s*版)\s*[：:]\s*[^\s\d：:，。][^\s：:，。]{0,15}?"
                         r"\s*(?:[（(]?\s*总\s*第\s*\d+\s*期\s*[)）]?)?\s*[>＞›》]?\s*"
                         r"\d{4}\s*(?:-\s*\d{1,2}\s*-\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:编印|出版|印发)?$")
"""An e-paper's page line: the page (A1, 5, 二版), its name, the issue number, the date the page was
printed (``A1：清徐*要闻总第3311期 >2018-09-26编印``, ``二版:综合新闻总第880期 >2011-12-23编印``): what
county papers' digital editions print above every page."""

_ORGAN = r"[\u4e00-\u9fff]{1,16}?(?:办公室|委员会|常委会|人民政府|政府|办|局|委|部|厅|室|中心|联合会|协会)"
_ORGANS_RE = re.compile(rf"^{_ORGAN}(?:[ \t\u3000]+{_ORGAN}){{1,4}}$")
"""The offices that put out a joint issue, side by side (县人大常委会办公室　县政协办公室): a masthead line of
two names at least (one office's name alone may be a yearbook entry's heading)."""
_ORGAN_ENDS = frozenset("室会府办局委部厅心")
_HEADER_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("印刷", re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印(刷|发)?$")),
    ("年月", re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月$")),
    ("期号", re.compile(r"^[（(]?\s*(?:增刊|专刊|特刊)?\s*(总\s*第|第)\s*\d+\s*期\s*[)）]?"
                      r"(?:\s*[（(]\s*总\s*第\s*\d+\s*期\s*[)）])?$")),  # 增刊第7期, 第6期（总第41期）
    ("版面", re.compile("^" + _EPAPER_PAGE)),  # before 编者: its 编印 would read the page line as the editor
    ("编者", re.compile(r"^\S(?:[ \t\u3000]*[^\s，。；！？,;!?：:]){1,30}[ \t\u3000]*(编印|编)$")),  # 县委办公室　县政府办公室　编
    ("期版", re.compile(r"^(?:第\s*)?\d{1,5}\s*期\s*[/／|｜]?\s*(?:第\s*)?[A-Z]?\d{1,3}\s*版(?:\s*[:：]?\s*\S{0,12})?$")),
    ("版面", re.compile("^" + _PAPER_PAGE)),
    ("版面", re.compile("^" + _PAPER_DATE)),
    ("版面", re.compile("^" + _EPAPER_DAY + "$")),
    ("版面", re.compile("^" + _DATE_PAGE)),
    ("版次", re.compile(r"^第\s*[A-Z]?\d{1,3}\s*版(?:\s*[:：]\s*[^\s，。：:]{1,12})?$")),  # 第A09版:澳聞
    ("版面", re.compile(r"^[A-Z]?\d{1,3}\s*版\s*[:：]\s*[^\s\d，。：:][^\s，。：:]{0,11}$")),  # A02版:洛阳要闻
    ("主办", _ORGANS_RE),
)
PAGE_LABELS = frozenset({"期版", "版面", "版次"})
"""The labels of lines that name a page (第1886期 第02版：要闻, 人民日报 1998年1月2日 第2版, 第A09版:澳聞)."""
_PAPERS = ("日报", "晚报", "早报", "时报", "商报", "导报", "新闻")
"""What a paper's name ends in, in a page line that names no page (:data:`_PAPER_DATE`)."""
_PAGE_LINE_RE = re.compile(rf"^[ \t\u3000]*(?:{_PAPER_PAGE}|{_EPAPER_PAGE}|{_PAPER_DATE}|{_EPAPER_DAY}|{_DATE_PAGE})", re.M)
_FOOTER_LABELS = frozenset(
    "发放范围 主管 主办 承办 编辑出版 编辑 出版 电话 联系电话 邮箱 电子邮箱 传真 地址 邮编 网址 印刷 承印 "
    "责任编辑 主编 投稿 投稿邮箱 报送 抄送 抄报 发送 签发 印发 报 送 发".split()
)
_LABELLED_RE = re.compile(r"^(?P<label>[^：:\s]{1,8})\s*[：:]")
_NOTICE_RE = re.compile(r"^[（(][^（()）]{0,30}(内部资料|注意保存|共印|内部刊物|仅供参考)[^（()）]{0,30}[)）]$")
_COPIES_RE = re.compile(r"共印")
_ISSUED_RE = re.compile(rf"^{_ORGAN}(?:[ \t\u3000]+{_ORGAN})*[ \t\u3000]*(?:\d{{4}}|[〇○零OＯ一二三四五六七八九]{{4}})\s*年\s*[\d一二三四五六七八九十]{{1,3}}\s*月"
                        r"\s*[\d一二三四五六七八九十]{1,3}\s*日\s*(?:印发|印制|印)$")
"""The 版记's last line: the office that issues the paper and the day it did (卫生健康局办公室  2023年4月10日印发)."""
_ISSUED_ENDS = frozenset({"印发", "印制"})

_YEAR_MONTH_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月")
_NUMBER_RE = re.compile(r"(?:(?:增刊|专刊|特刊)\s*)?([总總]\s*第|第)\s*(\d+)\s*期(?:\s*[（(]\s*[总總]\s*第\s*\d+\s*期\s*[)）])?")
"""An issue number as printed; the year's count keeps the running total printed after it (第6期（总第41期）)."""
_PRINTED_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_PAGE_DATE_RE = re.compile(r"(\d{4})\s*(?:年|-)\s*(\d{1,2})\s*(?:月|-)\s*(\d{1,2})")
_PUBLISHER_RE = re.compile(r"^(?P<who>.+?)(编印|编)$")

_PLACE_RE = re.compile(r"([\u4e00-\u9fff]{2})(区|县)")
_CITY_RE = re.compile(r"([\u4e00-\u9fff]{2})市")
_PLACE_PREFIX_RE = re.compile(r"^([\u4e00-\u9fff]{1,6}?(区|县|市))")
KNOWN_PLACES = frozenset(
    "中原区 二七区 管城回族区 金水区 上街区 惠济区 郑东新区 中牟县 巩义市 荥阳市 新密市 新郑市 登封市 "
    "龙亭区 顺河回族区 鼓楼区 禹王台区 祥符区 兰考县 杞县 通许县 尉氏县 涧西区 西工区 瀍河回族区 "
    "洛龙区 偃师区 孟津区 新安县 栾川县 嵩县 汝阳县 宜阳县 洛宁县 伊川县".split()
)
"""District/county names recognised outright (the Zhengzhou area the seed gazettes come from and its
neighbours); any other ``XX区``/``XX县`` must be frequent and pass the false-friend filters."""
_FALSE_FRIENDS = frozenset(
    "我区 全区 本区 该区 各区 城区 市区 社区 园区 小区 片区 辖区 景区 分区 新区 郊区 山区 库区 矿区 "
    "厂区 校区 灾区 营区 区县 全县 我县 本县 该县 各县 全市 我市 本市 该市 各市 城市 省市 市县 县市 都市 "
    "门市 股市 超市 夜市 集市 上市 开市 闹市".split()
)
_NOT_IN_PLACES = frozenset(
    "的在了和与及到对为等是把被我全各该本内外从向于就这那市县区省镇乡街道里开召持参加席赴来去至由副"
)
_KNOWN_RE = re.compile("|".join(sorted(KNOWN_PLACES, key=len, reverse=True)))
_MIN_UNKNOWN_COUNT = 3


_MASTHEAD_RE = re.compile(
    r"^(?P<name>(?:(?!了)[\u4e00-\u9fff]){2,16}?(?:简报|简讯|信息|动态|通讯|快报|专报|要情|周报|月报|旬报|日报|晚报|时报|商报|(?<![汇申举上填预回呈谎瞒漏催海喜捷])报|"
    r"参考|年鉴|大事记|公报|通报|摘编|汇编|新闻资料|舆情|要闻|新闻|快讯|网站|新闻网|政务网))(?![\u4e00-\u9fff])"
)
"""A publication's name: a place or organ, then what it is (简报, 通报 …). Never a sentence: the aspect
particle 了 (…宣读了表彰通报) marks a headline that ends in such a word, and 报 after a verb of reporting
(听取汇报, 项目申报, 投放海报) is that verb's object, not a paper."""
_MASTHEAD_DATE_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?")
_DATE_LINE_RE = re.compile(r"\s*(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\s*")
"""A masthead line that is a date and nothing else (``2013-09-14`` under a bulletin's column name): the
issue's date, where in running text the form might be a number."""
_DAY_WIDGET_RE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*星期[一二三四五六日天]$")
"""A day and its weekday alone (``2023年03月29日 星期三``): a web page's today widget, the day the page was
saved, when no masthead line names a publication or an issue number; a paper's masthead prints its
date under its name."""


@dataclass(frozen=True)
class IssueFacts:
    """Values derived from an issue's header/footer lines; None when the gazette does not state them."""

    year: int | None = None
    month: int | None = None
    number: str | None = None
    publisher: str | None = None
    printed: str | None = None
    masthead: str | None = None
    """The publication's own name from its masthead or page line (``环翠区政务信息``, ``人民日报``)."""
    number_label: str | None = None
    """The number as printed (``总第93期``, ``第9期``, ``增刊第7期``): a title says 总第 only where the
    gazette does (a yearly count 第9期 is not a running total)."""


def header_label(line: str) -> str | None:
    """The label of a masthead line (``年月``, ``期号``, ``编者``, ``印刷``, ``主办``), or None."""
    text = line.strip()
    if not (text[:1].isdecimal() or "第" in text or "编" in text or "版" in text or text[:1].isupper()
            or _may_be_paper_date(text) or text[-1:] in _ORGAN_ENDS and (" " in text or "\u3000" in text)):
        return None  # what every rule needs: a leading year (印刷, 年月), 第 (期号), 编 (编者), 版 or a page (A1：),
        # the paper's name (信阳日报 2014年11月17日), or offices side by side (主办)
    for label, pattern in _HEADER_RULES:
        if pattern.match(text):
            return label
    return None


def _may_be_paper_date(text: str) -> bool:
    """The cheap test before :data:`_PAPER_DATE`: the line names a paper (报) and ends in its day or weekday."""
    return text[-1:] in _PAPER_DATE_ENDS and ("报" in text or "新闻" in text)


_PAPER_DATE_ENDS = "日一二三四五六天"


def is_page_line(line: str) -> bool:
    """A newspaper's or an e-paper's page line (人民日报 1998年1月2日 第2版, A1：要闻总第3311期
    >2018-09-26编印): the next page's, wherever it stands in the text."""
    text = line.strip()
    # every one names its 版 or page：, or its paper (…日报), or ends in the print button (【打印】)
    return ("版" in text or "：" in text or ":" in text or text[-1:] == "】"
            or text[-1:] in _PAPER_DATE_ENDS and ("报" in text or "新闻" in text)) \
        and header_label(text) == "版面"  # (_may_be_paper_date inlined: asked of every line)


def footer_label(line: str) -> str | None:
    """The label of a colophon line (``主管：…`` → ``主管``, ``(共印 130 份)`` → ``印数``), or None."""
    text = line.strip()
    if (text[-1:] == "印" or text[-2:] in _ISSUED_ENDS) and _ISSUED_RE.match(text):
        return "印发"
    if text[:1] not in "（(" and "：" not in text and ":" not in text:
        return None  # neither a notice in parentheses nor a labelled line
    notice = _NOTICE_RE.match(text)
    if notice:
        return "印数" if _COPIES_RE.search(text) else "说明"
    labelled = _LABELLED_RE.match(text)
    if labelled and labelled.group("label") in _FOOTER_LABELS:
        return labelled.group("label")
    return None


def add_line(metadata: dict[str, str], label: str, line: str) -> None:
    """Store ``line`` under ``label``; a repeated label gets a number (``报头2``) so nothing is lost.

    The numbers run on without a gap, so the next one is found by galloping, then halving: a text of
    thousands of short lines may give each to the masthead, and counting up from 2 for each was quadratic."""
    if label not in metadata:
        metadata[label] = line.strip()
        return
    taken, free = 1, 2  # ``label`` itself is number 1
    while f"{label}{free}" in metadata:
        taken, free = free, free * 2
    while free - taken > 1:  # taken is in use, free is not: the first free number lies in (taken, free]
        middle = (taken + free) // 2
        taken, free = (middle, free) if f"{label}{middle}" in metadata else (taken, middle)
    metadata[f"{label}{free}"] = line.strip()


def issue_facts(metadata: dict[str, str]) -> IssueFacts:
    """Year/month (``2020年4月``), number (``总第93期`` → ``93``), publisher, print date (ISO)."""
    year = month = None
    if ym := _YEAR_MONTH_RE.search(metadata.get("年月", "")):
        year, month = int(ym.group(1)), int(ym.group(2))
        month = month if 1 <= month <= 12 else None
    numbered = _NUMBER_RE.search(metadata.get("期号", ""))
    masthead = [v for k, v in metadata.items() if k.startswith(("版面", "报头"))]
    if not any(masthead_name(v.replace(" ", "")) or _NUMBER_RE.search(v) for v in masthead):
        masthead = [v for v in masthead if not _DAY_WIDGET_RE.match(v)]
    if year is None and (dated := _masthead_date(metadata, masthead)):
        year, month = int(dated.group(1)), int(dated.group(2))
        month = month if 1 <= month <= 12 else None
    numbered = numbered or next((n for v in masthead if (n := _NUMBER_RE.search(v))), None)
    number, label = (numbered.group(2), _unspaced(numbered.group())) if numbered else (None, None)
    name = next((found for v in masthead if (found := masthead_name(v.replace(" ", "")))), None)
    return IssueFacts(year, month, number, publisher_of(metadata), printed_of(metadata.get("印刷", "")), name,
                      label)


def printed_number(metadata: dict[str, str], number: str) -> str:
    """Issue ``number`` as the gazette prints it (``第2期``, ``增刊第7期``); ``总第{number}期`` for a
    number the masthead does not state (one the user typed in)."""
    facts = issue_facts(metadata)
    return facts.number_label if facts.number == number and facts.number_label else f"总第{number}期"


def _unspaced(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _masthead_date(metadata: dict[str, str], masthead: list[str]) -> re.Match[str] | None:
    """The first year and month a masthead or page line states (2020年4月); an e-paper's page line writes
    its date 2018-09-26, a form trusted on a page line or a masthead line of its own only (elsewhere it
    may be a number)."""
    if dated := next((d for v in masthead if (d := _MASTHEAD_DATE_RE.search(v) or _DATE_LINE_RE.fullmatch(v))), None):
        return dated
    return next((d for k, v in metadata.items() if k.startswith("版面") and (d := _PAGE_DATE_RE.search(v))), None)


def masthead_name(text: str) -> str | None:
    """The publication's name a masthead line opens with (``环翠区政务信息 第38期`` → ``环翠区政务信息``)."""
    m = _MASTHEAD_RE.match(text)
    return m.group("name") if m else None


_ISSUE_NUMBER_RE = re.compile(r"\s*[（(]\s*(?:第\s*)?\d{1,4}\s*期?\s*[)）]$")


def numbered_masthead(text: str) -> bool:
    """A publication's name with its issue number in brackets after it (``广播电视台工作简报(3)``,
    ``政务信息（第12期）``): a masthead line, as the name alone is."""
    plain = text.strip()
    if plain[-1:] not in "）)" or (number := _ISSUE_NUMBER_RE.search(plain)) is None:
        return False
    name = plain[:number.start()].replace(" ", "")
    return bool(name) and masthead_name(name) == name


def publisher_of(metadata: dict[str, str]) -> str | None:
    """``上街区地方史志办公室编`` → ``上街区地方史志办公室``; else the ``编辑出版：`` colophon line."""
    if m := _PUBLISHER_RE.match(metadata.get("编者", "")):
        return m.group("who").strip()
    for key in ("编辑出版", "主办", "出版"):
        value = metadata.get(key, "")
        if value:
            return re.split(r"[：:]", value, maxsplit=1)[-1].strip() or None
    return None


def page_dates(text: str) -> list[tuple[int, tuple[int, int, int]]]:
    """(offset, (year, month, day)) of every newspaper page line in ``text`` (人民日报 1951年9月15日
    星期六 第1版, A1：要闻总第3311期 >2018-09-26编印), in order: the date each page was printed, for the
    stories under it."""
    found: list[tuple[int, tuple[int, int, int]]] = []
    if "版" not in text and "：" not in text and ":" not in text and not any(p in text for p in _PAPERS) \
            and "【打印】" not in text and "星期" not in text:
        return found  # every page line names its page (第1版, A1：), its paper or its print button: one scan
        # at C speed instead of the pattern's
    for match in _PAGE_LINE_RE.finditer(text):
        if m := _PAGE_DATE_RE.search(match.group(0)):
            year, month, day = (int(g) for g in m.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                found.append((match.start(), (year, month, day)))
    return found


def printed_of(line: str) -> str | None:
    """``2020年5月10日 印`` → ``2020-05-10``."""
    m = _PRINTED_RE.search(line)
    if not m:
        return None
    year, month, day = (int(g) for g in m.groups())
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def find_place(text: str, publisher: str | None = None) -> str | None:
    """The district/county the gazette is about.

    An explicit publisher (``上街区地方史志办公室``) wins; then the most frequent known name
    (:data:`KNOWN_PLACES`); then the most frequent other ``XX区``/``XX县`` token that is not a false
    friend (我区, 城区, 社区 …) nor a verb phrase (召开区委 …), and ``XX市`` only if no district is
    named. An unknown name seen fewer than three times is not trusted (``市内五区`` is not a place)."""
    if publisher and (m := _PLACE_PREFIX_RE.match(publisher)) and m.group(1) not in _FALSE_FRIENDS:
        return m.group(1)
    known = Counter(_KNOWN_RE.findall(text))
    if known:
        return known.most_common(1)[0][0]
    for pattern in (_PLACE_RE, _CITY_RE):
        best = _most_frequent_place(pattern, text)
        if best:
            return best
    return None


def _most_frequent_place(pattern: re.Pattern[str], text: str) -> str | None:
    """Most frequent plausible place token for ``pattern``, ties broken by first occurrence."""
    counts: Counter[str] = Counter()
    for match in pattern.finditer(text):
        token = match.group(0)
        if token[-2:] in _FALSE_FRIENDS or _NOT_IN_PLACES & set(token[:-1]):
            continue
        counts[token] += 1
    if not counts:
        return None
    token, count = counts.most_common(1)[0]
    return token if count >= _MIN_UNKNOWN_COUNT else None


def default_publication(place: str | None, layout: str) -> str:
    """Default publication name: ``{place}简报`` for bulletins/newsletters, ``{place}新闻`` for newspaper
    pages and features; ``地方简报`` when the place is unknown. The importer may override it."""
    if place is None:
        return "地方简报"
    return f"{place}简报" if layout in BULLETIN_LAYOUTS else f"{place}新闻"


def issue_title(facts: IssueFacts) -> str | None:
    """``2020年4月 总第93期`` from the masthead, or None when year and month are unknown."""
    if facts.year is None or facts.month is None:
        return None
    title = f"{facts.year}年{facts.month}月"
    return f"{title} {facts.number_label or f'总第{facts.number}期'}" if facts.number else title
