"""The cues every layout reads: bullets, numbering, leads that date an event, datelines, source lines.

All patterns run on the simplified form of the text (traditional gazettes are parsed through it, see
:mod:`gazette_reader.ingest.script`), so each cue is written once, in simplified characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

BULLETS = "●■◆▲△★☆○◎◇□▶►▪•◉❖"
"""Characters that open a headline or a short item (``● 区委书记…``, ``■ 二七区``)."""

CN_NUM = "一二三四五六七八九十百零〇两"
FORMAL_NUM = "壹贰叁参肆伍陆柒捌玖拾佰"
"""The formal numerals a 志 numbers its parts with (壹、金门县, 贰、连江县; 參 simplifies to 参)."""
BULLET_RE = re.compile(rf"^[{BULLETS}]\s*")
NUMBER_RE = re.compile(
    rf"^(?:[{CN_NUM}{FORMAL_NUM}]{{1,3}}\s*[、.．]|[（(]\s*[{CN_NUM}\d]{{1,3}}\s*[)）]|\d{{1,2}}\s*[、.．](?!\d(?!\d?\s*月))|"
    rf"第[{CN_NUM}\d]{{1,3}}[条章节部分])\s*"
)
"""``一、`` ``壹、`` ``（一）`` ``(3)`` ``1.`` ``2、`` ``第一条``: numbered headings or items."""
BRACKET_RE = re.compile(r"^【(?P<title>[^【】]{1,40})】\s*")
"""``【概况】…``: a yearbook entry heading or a bracketed headline."""

DATE_LEAD_RE = re.compile(
    r"^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]|^\d{1,2}\s*日(?![本报])|"
    r"^(?:近日|日前|近期|连日来|日前召开|当天|昨天|昨日|今天|今日|本报讯|本报[^，。\s]{0,12}电|"
    r"[^，。\s]{1,8}(?:社|网|台|报)[^，。\s]{0,14}\d{1,2}\s*月\s*\d{1,2}\s*日\s*电|\d{1,2}\s*月(?:上旬|中旬|下旬|初|底|末)|"
    r"(?:上|本)(?:周|月)|今年\d{1,2}\s*月)"
)
"""A lead sentence that dates the event: the opening of a news item, not of a subheading's paragraph."""

EMBEDDED_DATE_RE = re.compile(
    r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|[今昨]\s*[（(]\s*\d{1,2}\s*[)）]\s*日|今日\s*[（(][一二三四五六七八九十]{1,3}月|"
    r"[今昨][日天]\s*[（(]\s*\d{1,2}\s*日\s*[)）]|"
    r"本月\s*\d{1,2}\s*日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
)
"""A date inside a lead's first clause (区委书记…于4月3日, 臺南市地政局今（15）日, 局長今日（一月十一日）, and Hong
Kong's 今日（16日）, the day in brackets after the word)."""
EMBEDDED_WITHIN = 30
TIME_LEAD_RE = re.compile(r"^(?:今年以来|近年来|去年以来|年初以来|\d{4}\s*年(?:以来)?[，,]|截至|截止)")
"""Weaker: a lead that opens with a period of time (今年以来，…) — common in 工作动态, and in subsections."""

_CN_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_NEWS_FROM = r"[\u4e00-\u9fff]{1,10}(?:报|网|台|社|客户端)消息(?=[\s●（(】\]:：]|\d|$)"
NEWS_FROM_RE = re.compile("^" + _NEWS_FROM)
"""A story's dateline in the 消息 form (长江商报消息 ●…记者… 发自陕西城固, 红安网消息 7月5日，…): it opens the
story under a headline, it is never one."""
_DATELINE_RE = re.compile(
    r"^[【\[〔]?(?:据\s*)?(?:本[报网台](?:(?![告道社刊纸表名送记页络格账词站])(?:(?!讯)[\u4e00-\u9fff]){1,4}?"
    r"(?<![通资喜简快短电视音警闻审问质传听应死凶花]))?讯(?![员息问号])|"
    rf"(?:本报|新华社|中新社|[\u4e00-\u9fff]{{2,8}}(?:日报|晚报|时报|商报|网|台|社))[^，。\s（(]{{0,12}}?\s*"
    rf"(?:{_CN_DAY}\s*月\s*)?{_CN_DAY}\s*日\s*(?:电|讯)|"
    r"[^，。\s（(■●◆▲★☆○◇□◎·•]{1,8}(?:网|报)讯|"
    rf"{_NEWS_FROM}|特讯(?=[】\]\s:：])|"
    r"(?:记者\s*)?[\u4e00-\u9fff·]{2,4}(?:[、\s][\u4e00-\u9fff·]{2,4})*\s*[/／∕\\]\s*[\u4e00-\u9fff]{2,6}(?:报导|报道)[】\]〕]?)"
)
"""Where a newspaper story starts: 本报讯 (本报合作讯, 本报北京讯, 本报沪讯: the paper's place of the day, or 合作; not
本报通讯员, nor a word that opens with 本报/本网 or a word that ends in 讯: 本报告期内通讯…, 本网站资讯, 本网站讯息), 本报北京1月1日电 (or as a PDF's text spaces it, 本报北京 1 月 1 日电),
(据)新华社北京1月1日电, 人民网北京…电, 郑州网讯, a paper's one-character short name (新报讯, 晶报讯), the 消息 form (长江商报消息 ●…记者…, 红安网消息 7月5日，…,
【本报消息】), 【特讯】, and the Taiwan press's reporter line (【記者王小明/金門報導】, 〔記者蔡宗勳/嘉義報導〕, 記者徐義雄∕台中報導, 鄭建勳\臺中報導).
:func:`match_dateline` adds the reporter's name before 讯 in brackets, which no pattern can tell from a column's word."""
_NAMED_DATELINE_RE = re.compile(r"^[【〔](?P<name>[\u4e00-\u9fff]{2,4})讯(?=[】〕])")
"""A reporter's name before 讯 in brackets, as the Taiwan press opens a story with it (【李仁義訊】, 【李奇珍訊】);
the same shape holds a column's word (【党建讯】, 【每日讯】, 【工作简讯】), which :func:`_personal_name` tells apart."""
_GIVEN_LEN = 2
"""A given name has one or two characters (李仁义, 欧阳明)."""


def _personal_name(text: str) -> bool:
    """``text`` reads as a person's name (李仁义, 李奇珍, 王明), not a word (党建, 每日, 文化站): it opens with a
    surname (the tagger's list, a compound one included) and a given name of one or two characters, is no
    common word (:func:`_common_word`), no such word with one character after it (文化|站, 时事|报: a
    column's name; 王国|先 is lost with them), and, given two characters, none ending as an organ's name
    does (卫健委, 党建办). The dictionaries load on the first bracketed 讯 that opens with a surname, which
    few texts hold."""
    from gazette_reader.tagging.lexicon import lexicon  # the tagger's data: loaded when first needed

    lex = lexicon()
    surname = lex.surname_at(text, 0)
    if not surname or not 1 <= len(text) - surname <= _GIVEN_LEN:
        return False
    if len(text) - surname == _GIVEN_LEN and text[-1] in lex.organ_ends:
        return False  # a unit's short name (卫健委, 党建办)
    return not _common_word(text) and not (surname == 1 and len(text) == 3 and _common_word(text[:2]))


def _common_word(text: str) -> bool:
    """jieba's dictionary holds ``text`` as a common word and not as a personal name (党建, not 王明)."""
    from gazette_reader.text import segment  # jieba: loaded when first needed

    return segment.is_word(text) and text not in segment.person_words()


def match_dateline(text: str) -> re.Match[str] | None:
    """The dateline at the start of ``text`` (:data:`_DATELINE_RE`), or a reporter's name before 讯 in
    brackets (:data:`_NAMED_DATELINE_RE`, 【李仁義訊】: a name, checked by :func:`_personal_name`, not a
    column's word, 【党建讯】, 【工作简讯】, 【每日讯】); None when it opens with none."""
    if (found := _DATELINE_RE.match(text)) is not None or text[:1] not in "【〔":
        return found
    named = _NAMED_DATELINE_RE.match(text)
    return named if named is not None and _personal_name(named["name"]) else None


_PUB = r"《(?P<pub>[^《》]{2,20})》"
_SOURCE_LABEL = r"(?:(?:来源|来自|摘自|原载|刊于|转自|选自)\s*[：:]?\s*)"
_YMD = r"(?P<year>\d{4})\s*[年\-./]\s*(?P<month>\d{1,2})\s*[月\-./]\s*(?P<day>\d{1,2})\s*日?"
SOURCE_LINE_RE = re.compile(
    rf"^[（(【\[]?\s*{_SOURCE_LABEL}?(?:{_PUB})?\s*(?P<pub2>[^\s《》（）()，。]{{0,16}}?)\s*[（(]?\s*"
    rf"{_YMD}\s*(?:\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?)?"
    r"\s*(?:(?:星期|周)[一二三四五六日天])?\s*[)）]?\s*(?P<page>(?:第\s*)?[A-Z]?\d{0,3}\s*[A-Z]?\d{0,3}\s*版(?:[：:]\s*\S{0,12})?)?\s*[)）】\]]{0,2}\s*$"
)
"""A clipping's source line or a newspaper's page line: ``《郑州晚报》2020年1月16日E06版``,
``来源：河南日报 2021-03-05``, ``人民日报 1998年1月2日 星期五 第2版``, ``来源：人民网 2024年03月05日 08:12``, and
the form paper.people.com.cn prints under each article, ``《人民日报》（2026年01月05日第 11 版）``, and the
page after the parenthesised date (``《内蒙古日报》(2017年1月17日) 01版``)."""
_NAMED_PUB = rf"(?:{_PUB}|[^\s《》（）()，。]{{2,16}}(?:报|网|台|社))\s*(?:(?:第\s*)?[A-Z]?\d{{0,3}}\s*版)?\s*[)）】\]]?\s*$"
SOURCE_DATE_FIRST_RES = (
    re.compile(rf"^[（(【\[]?\s*{_SOURCE_LABEL}{_YMD}\s*{_NAMED_PUB}"),
    re.compile(rf"^[（(【\[]?\s*{_YMD}\s*{_SOURCE_LABEL}{_NAMED_PUB}"),
)
"""The date before the publication: ``摘自2024年3月5日《人民日报》``, ``2024年3月5日 来源：新华网``."""

ROC_DATE_RE = re.compile(
    r"(?:民国|中华民国)?\s*(?P<year>1[0-4]\d|[5-9]\d)\s*(?:年|[-./])\s*(?P<month>\d{1,2})\s*(?:月|[-./])\s*(?P<day>\d{1,2})\s*日?"
)
"""A date with a ROC year (民國114年3月5日, 114-03-05, 114/3/5): year + 1911."""
DATE_LINE_RE = re.compile(
    r"^(?:(?:(?:发布|发稿|发文|更新|新闻)?(?:日期|时间)|发布|发稿|更新|资料来源)\s*[：:]\s*)?"
    r"(?:民国|中华民国)?\s*\d{2,4}\s*[年\-./]\s*\d{1,2}\s*[月\-./]\s*\d{1,2}\s*日?\s*"
    r"(?:[（(]?\s*(?:星期[一二三四五六日天]?|周[一二三四五六日天])\s*[)）]?)?\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*$"
)
"""A line that only dates the item (a press release's 發布日期：114-03-05 or 2025年3月5日（星期三）)."""
STAMP_LINE_RE = re.compile(
    r"^[\u4e00-\u9fff·]{2,16}\s+(?P<year>\d{4})\s*[\-./]\s*(?P<month>\d{1,2})\s*[\-./]\s*(?P<day>\d{1,2})"
    r"\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\s+(?:[大中小]字|[【\[]?大\s*中\s*小[】\]]?))?$"
)
"""A web page's stamp under a release's headline: the channel or site, then the date and the time it went
out (``大湾区之声 2024-01-09 15:02:32``), and the page's type-size button after it (``烟台晚报 2021-12-18
07:44 大字``). The time is required: a name and a bare date may be a headline."""
STAMP_AFTER_RE = re.compile(
    r"^(?P<year>\d{4})[\-./](?P<month>\d{1,2})[\-./](?P<day>\d{1,2})(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
    r"\s*(?:[|｜]\s*)?[\u4e00-\u9fff·]{2,16}\d{0,2}$"
)
"""The stamp the other way round, the date in figures first (``2025.01.10 雲林縣政府``), or glued to the
channel, which may be numbered (``2020-07-22新闻5``, as a reposting site prints it), or set off from the
site by a bar (``2025-02-03 | 台灣好新聞``)."""

DAY_FIRST_STAMP_RE = re.compile(
    r"^(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$"
)
"""A web page's stamp the day first, dots between (``05.12.2016 19:32``): the date and the time a post went out."""

STAMP_BYLINE_RE = re.compile(
    r"^(?P<year>\d{4})[\-./](?P<month>\d{1,2})[\-./](?P<day>\d{1,2})\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*(?P<byline>\S.{1,30})$"
)
"""A news site's stamp under a story's headline: the date and time it went out, then its reporter's line
(``2026/02/23 15:52 記者張勳騰／苗栗報導``); the byline is checked apart (:func:`_stamp_with_byline`)."""

WEEKDAY_DATE_RE = re.compile(
    r"^(?:星期|周|週)[一二三四五六日天]\s*[,，]\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[,，]\s*(?P<year>\d{4})"
    r"(?:\s+[A-Za-z]{1,12})?$"
)
"""A blog's date line, the weekday first and the year last (``星期三, 4月 30, 2025 Views``): WordPress's
date format in Chinese, with the label of its view counter after it."""
PAGE_LABEL_RE = re.compile(r"^(?:P|p|Page|PAGE|page)\s*[.:：]?\s*\d{1,4}$")
"""A page label of a flipbook or an e-book page saved as text (``P:03``, ``P.3``, ``Page 12``): it stands
under the file's title, over the page's own text."""
REPORTED_SPEECH_RE = re.compile(r"^(?:称赞|赞扬|表示|强调|指出|希望|要求|认为|呼吁|祝贺)")
"""A headline deck that opens with what the subject of the deck above said (江主席会见差瓦立总理 /
称赞中泰友谊…): a subtitle (副题) to that deck, which is the main title, not a kicker nor a section."""
SENTENCE_PUNCT_RE = re.compile(r"[，；。！？,;]")
BYLINE_LINE_RE = re.compile(
    r"^(?:本报|新华社|[\u4e00-\u9fff]{2,6}(?:报社?|网|台)(?:\s*[/／]\s*)?|[\u4e00-\u9fff]{2,4}(?=融媒体|全媒体))?"
    r"(?:特约记者|见习记者|(?:融媒体|全媒体)?记者|通讯员|实习生)\s*"
    r"[\u4e00-\u9fff·](?:\s{0,3}[\u4e00-\u9fff·]){1,3}(?:/[文图])?"
    r"(?:[\s、]+[\u4e00-\u9fff·](?:\s{0,3}[\u4e00-\u9fff·]){1,3}(?:/[文图])?)*"
    r"(?:\s*[/／]\s*[\u4e00-\u9fff]{2,4}\s*(?:报导|报道)|报导|报道)?$"
)
"""A byline line under a headline (新华社记者 熊家林, 河北日报记者 刘冰洋, 潍坊日报社全媒体记者 张驰, 本报记者 王明 李华, 东方今报记者 刘长征/文,
郑州融媒体记者 孙志刚, 全媒体记者 吴刚; Taiwan's 記者鄭家瑜報導, 記者陳風益/雲林報導, and with the paper before a slash,
聯合報／ 記者張裕珍／桃園即時報導); a two-character
name is often set wide to align with three-character ones (重庆日报记者  张  莎)."""
_LABELS = ("发稿单位 发稿时间 发稿人 发稿日期 联络电话 联络人 新闻联络人 联系人 联系电话 发布单位 发布机关 发布日期 发布时间 发表时间 发表日期 "
           "记者 见习记者 通讯员 责编 来源 资料来源 原标题 发布机构 作者 编辑 责任编辑 撰稿 供稿 审核 审稿 校对 摄影 原文链接 本文链接 点击数 浏览次数 阅读次数 字号 信息来源 文章来源 本文来源 版面 版次").split()
LABEL_LINE_RE = re.compile(
    r"^(?:\s*[-－•·*]\s+)?(?:" + "|".join(r"\s*".join(label) for label in sorted(_LABELS, key=len, reverse=True)) + r")\s*[：:]"
)
"""A labelled line under a release's headline (發稿單位：…, 來源：…, 聯 絡 人：… set wide), a web page's list
marker before it or not (``- 資料來源:金門日報``): metadata, never a headline."""
INFO_LINE_RE = re.compile(
    r"(?:^|[|｜/／]\s*|\s)(?:发布时间|发布日期|发表时间|发表日期|发稿时间|发稿日期|更新时间|更新日期|日期|时间)\s*[：:]\s*"
    r"(?P<year>\d{2,4})\s*[年\-./]\s*(?P<month>\d{1,2})\s*[月\-./]\s*(?P<day>\d{1,2})"
)
"""A web page's info line under a release's headline, fields set off by bars or spaces
(``澳門快訊 | 發佈時間: 2025/01/08 | 來源``, ``发布机构:区融媒体中心 发布时间: 2021-06-15 09:04``): the
release date, never a headline."""
WEB_INFO_RE = re.compile(r"^\s*[（(]?\s*\d{4}\s*[\-./]\s*\d{1,2}\s*[\-./]\s*\d{1,2}\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
                         r"(?:\s*[)）]\s*|\s+)(?:[|｜]\s*)?\S*"
                         r"(?:浏览|阅读|点击|来源|分类|作者|编辑)")
"""A web page's info line that opens with the date and time before its counters and fields
(``2010/1/6 16:43:13 次浏览 分类:政府动态 来源:``, ``2024-02-07 19:48 | 稿件來源:香港新聞網``), the date and
time in brackets or not (``(2015-12-3 10:10:00)  来源:甘谷县新闻中心``)."""
_CREDIT_ROLES = ("记者 文字 文 图 图片 摄影 视觉 视频 剪辑 编辑 责编 责任编辑 美编 设计 排版 审核 审校 校对 初审 复审 终审 "
                 "一审 二审 三审 监制 出品 制作 策划 统筹 主编 撰稿 作者 来源 通讯员 供稿").split()
CREDIT_BAR_RE = re.compile(
    r"^\s*(?:" + "|".join(r"\s*".join(role) for role in sorted(_CREDIT_ROLES, key=len, reverse=True)) + r")\s*[|｜]\s*"
    r"[\u4e00-\u9fff·A-Za-z][\u4e00-\u9fff·A-Za-z\s、，,/]{0,30}$"
)
"""A WeChat post's credit line, the role and the names set off by a bar (``记 者 | 张子鹤 赵 鑫``,
``视 觉 | 方 堃``, ``编辑｜王明``): the post's trailer, it closes the post and heads nothing."""


_WHERE_LABEL = r"(?:您?(?:当前|现在|所在)的?位置|当前位置|所在位置)\s*[:：]"
BREADCRUMB_RE = re.compile(rf"^\s*(?:{_WHERE_LABEL}|(?:{_WHERE_LABEL}\s*)?首页\s*(?:>>|[>»›→/]|\s))")
"""A web page's breadcrumb (``您所在的位置:首页>>新闻中心>>甘谷>>正文``, ``您当前的位置: 首页 > 新闻 > 乡镇动态``,
``首页 资讯 …``): page furniture, it stands at the top of a saved page, over the headline."""
_NO_CHANNEL = frozenset("首页 正文 内容 正文内容 详情 详细内容 文章内容".split())
"""A breadcrumb's words for the page itself (…>>南大街街道>>内容, …>>镇街人大>>正文内容): no channel; the
channel is the part before them."""
_CRUMB_SEP_RE = re.compile(r"\s*(?:>>|[>»›→/])\s*")
_MAX_CHANNEL = 12
_TOOLBAR_WORDS = frozenset("无障碍 长辈版 关怀版 适老版 智能问答 繁体版 简体版 繁体 简体 English 登录 注册 网站地图 设为首页 "
                           "加入收藏 收藏本站 读屏 大字版 移动版 手机版".split())
WEB_TOOLBAR_RE = re.compile(r"^\s*(?:扫一扫在手机|[上下]一篇\s*[:：]|【?\s*字体\s*[:：]|打印本页|关闭窗口|【?\s*打印\s*】|分享到\s*[:：]|"
                            r"返回顶部|本(?:新闻|文|页|篇)共\s*\d{1,3}\s*页|相关附件\s*[:：]?\s*$|"
                            r"(?:(?:作者|来源|编辑|责任编辑)\s*[:：]\s*){2,}$)")
"""A web page's toolbar or pager saved with its text (``扫一扫在手机打开当前页``, ``【字体:``, ``打印本页``,
``本新闻共2页,当前在第01页``), the links to the neighbouring releases (``上一篇:…[ 08-22 ] 下一篇:…``), the
heading of its attachments (``相关附件``), its template's fields left empty, two or more (``作者: 来源:``;
one alone may be a label over its value): page furniture, never a headline nor a section."""
READING_TIME_RE = re.compile(r"^\s*本(?:篇|文)(?:文章)?(?:共|约)?\s*\d+\s*字\s*[，,]?\s*(?:预计)?(?:阅读|读完)(?:时间)?\s*(?:约|需)?\s*\d+\s*分钟")
"""The reading time a reposting site prints at the top of each post (``本篇文章256字,读完约1分钟``): page
furniture that opens a post, whether or not a headline stands above it."""
MORE_LINK_RE = re.compile(
    r"^\s*(?:(?:因|由于|限于|受)?篇幅[^。，,！？]{0,12}[,，]\s*)?请?(?:点(?:击|此|这里|此处){1,2}|戳(?:此|这里))\s*(?:查看|阅读|浏览)\s*"
    r"(?:更多|全文|原文|详情)[\u4e00-\u9fff]{0,6}\s*[>》»]*\s*$"
    r"|^\s*(?:阅读|查看|展开)\s*(?:全文|更多|原文)\s*[>》»]*\s*$")
"""A site's link to the rest of a text it shows cut (``因篇幅问题不能全部显示,请点此查看更多更全内容``, ``阅读全文>>``):
the saved page ends there, the rest it links to is not in it; page furniture that closes the item above,
and the text under it opens the next item (:func:`opens_page`)."""
WEB_FURNITURE_FIRSTS = frozenset("您当现所首扫【字打关分返本上下相作来编责因由限受篇请点戳阅查展") \
    | frozenset(word[0] for word in _TOOLBAR_WORDS)
"""The first character of a breadcrumb, a toolbar or a pager line (after any space): the pre-test."""


def is_web_furniture(text: str) -> bool:
    """A breadcrumb (:data:`BREADCRUMB_RE`), a toolbar or pager line (:data:`WEB_TOOLBAR_RE`), a reading
    time (:data:`READING_TIME_RE`), a link to the rest of a cut text (:data:`MORE_LINK_RE`), or a line of
    only a site's toolbar words (``无障碍 长辈版 智能问答 繁体版``)."""
    stripped = text.strip()
    if stripped[:1] not in WEB_FURNITURE_FIRSTS:
        return False
    words = stripped.split()
    return BREADCRUMB_RE.match(stripped) is not None or WEB_TOOLBAR_RE.match(stripped) is not None \
        or READING_TIME_RE.match(stripped) is not None or MORE_LINK_RE.match(stripped) is not None \
        or len(words) >= 2 and all(word in _TOOLBAR_WORDS for word in words)


def opens_page(text: str) -> bool:
    """A line a saved page or post starts with: a reading time (:data:`READING_TIME_RE`) or a breadcrumb
    (:data:`BREADCRUMB_RE`). The text under it opens a new item, headline or none (pages saved one after
    another: ``您当前的位置:首页>>…>>内容`` / ``10月16日,由…``); so does the text under a link to the rest of a
    cut text (:data:`MORE_LINK_RE`), which ends its page."""
    return READING_TIME_RE.match(text) is not None or BREADCRUMB_RE.match(text) is not None \
        or MORE_LINK_RE.match(text) is not None


_TRAILER_ROLES = ("编辑 责任编辑 责编 审核 审稿 校对 初审 复审 终审 一审 二审 三审 原文链接 本文链接").split()
TRAILER_RE = re.compile(r"^\s*(?:" + "|".join(r"\s*".join(role) for role in sorted(_TRAILER_ROLES, key=len, reverse=True))
                        + r")\s*[：:]")
"""A release's closing line: who edited or checked it, or its link (``编辑:郑宏亮``, ``审 核:李 源``,
``原文链接:http://…``). The page ends under it: what follows a blank line is the next page's."""


_TRAILER_ANYWHERE_RE = re.compile(TRAILER_RE.pattern, re.MULTILINE)


def holds_trailer(texts: Iterable[str]) -> bool:
    """Some line of ``texts`` may be a trailer (:func:`is_trailer_line`): one search over them all, the
    cheap test before asking each line. Blank texts are left out of the search: the pattern's leading
    ``\\s*`` would run over every newline of a long blank stretch from each line start (20,000 blanked
    navigation lines took 4 s)."""
    return _TRAILER_ANYWHERE_RE.search("\n".join(text for text in texts if text)) is not None


def is_trailer_line(text: str) -> bool:
    """:data:`TRAILER_RE` matches (every trailer holds a colon)."""
    return (":" in text or "：" in text) and TRAILER_RE.match(text) is not None


def breadcrumb_channel(text: str) -> str | None:
    """The last channel a breadcrumb names (``…>>甘谷>>正文`` → 甘谷, ``首页 > 新闻 > 乡镇动态`` → 乡镇动态): the
    section of the article under it; None when its parts are not set off by arrows."""
    if not BREADCRUMB_RE.match(text) or _CRUMB_SEP_RE.search(text) is None:
        return None
    parts = [p for p in _CRUMB_SEP_RE.split(re.sub(rf"^\s*{_WHERE_LABEL}", "", text).strip())
             if p and p not in _NO_CHANNEL]
    return parts[-1] if parts and len(parts[-1]) <= _MAX_CHANNEL else None


TIME_LINE_RE = re.compile(r"^(?:香港时间|澳门时间|台北时间|北京时间|时间[：:])?\s*\d{1,2}\s*[时:：]\s*\d{1,2}\s*分?$")
"""A line that only gives the time of a release (香港時間15時54分)."""
END_MARK_RE = re.compile(r"^[（(【\[\-－—]*\s*(?:完|全文完|（完）)\s*[)）】\]\-－—]*$")
"""The end mark of a release (完, （完）, -完-): page furniture, it closes the item and heads nothing."""
RULE_RE = re.compile(r"^[\s*＊=＝\-－_—~～·•.。─━═]+$")
"""A line of only rule characters (*******, ------, a lone -, a printed rule ━━━━ or ════): page furniture."""


_YEAR_DIGITS_RE = re.compile(r"\d{4}")
_TWO_DIGITS_RE = re.compile(r"\d\d")
"""Cheap necessary conditions, tested before the long patterns on every line of a gazette: a source
line holds a four-digit year, a date or info line a year of at least two digits."""


def source_date(line: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a source or page line, or None."""
    if _YEAR_DIGITS_RE.search(line) is None:
        return None
    match = SOURCE_LINE_RE.match(line.strip())
    if not match or not (match.group("pub") or match.group("page") or "来源" in line or "摘自" in line):
        match = next((m for rule in SOURCE_DATE_FIRST_RES if (m := rule.match(line.strip()))), None)
    if not match:
        return None
    year, month, day = int(match.group("year")), int(match.group("month")), int(match.group("day"))
    return (year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


_LIST_MARKS = "-－•·*"
LIST_MARK_RE = re.compile(r"^\s*[-－•·*]\s+")
"""A web page's list marker, saved as text (``- 2003-12-02``, ``  • 2020-06-11``, ``- 資料來源:金門日報``): a
list of the article's fields under its headline is printed with one before each field."""


def unlisted(text: str) -> str:
    """The text without a web page's list marker before it (:data:`LIST_MARK_RE`), stripped."""
    text = text.strip()
    if text[:1] in _LIST_MARKS and (mark := LIST_MARK_RE.match(text)):
        return text[mark.end():]
    return text


_SENTENCE_END_RE = re.compile(r"[。！？!?]")


def line_date(line: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a date line (Gregorian or ROC year) or of an info line
    (:data:`INFO_LINE_RE`), or None when the line is more than a date. A list marker may stand before
    it (:func:`unlisted`). A line whose info fields follow a sentence is a text with its trailer
    (``• …成长空间。 新闻稿联络人: … 发布日期:114年10月3日``, a news list's entry saved as one line): more than
    a date."""
    if _TWO_DIGITS_RE.search(line) is None:
        return None
    text = unlisted(line)
    if ("期" in text or "间" in text) and (info := INFO_LINE_RE.search(text)) \
            and not _SENTENCE_END_RE.search(text, 0, info.start()):  # is_info_line's pre-test; a text's trailer
        digits = [info.group("year"), info.group("month"), info.group("day")]
    elif DATE_LINE_RE.match(text):
        digits = re.findall(r"\d+", text)
    elif (":" in text or "：" in text) and (stamp := STAMP_LINE_RE.match(text)) \
            or text[:4].isdecimal() and (stamp := STAMP_AFTER_RE.match(text) or _stamp_with_byline(text)) \
            or text[:1] in "星周週" and (stamp := WEEKDAY_DATE_RE.match(text)) \
            or text[2:3] == "." and (stamp := DAY_FIRST_STAMP_RE.match(text)):
        digits = [stamp.group("year"), stamp.group("month"), stamp.group("day")]
    else:
        return None
    if len(digits) < 3:
        return None
    year, month, day = (int(d) for d in digits[:3])
    if year < 1000:
        year += 1911
    return (year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 and 1949 <= year <= 2100 else None


def trailer_date(text: str) -> tuple[int, int, int] | None:
    """The date of the info fields closing a text saved as one line, after its last sentence (a news list's
    entry: ``• …成长空间。 新闻稿联络人: … 发布日期:114年10月3日 发布单位:水利养护科``), as :func:`line_date`
    reads it; None when no sentence ends before them (the line is an info line, or text)."""
    ends = [match.end() for match in _SENTENCE_END_RE.finditer(text)]
    return line_date(text[ends[-1]:]) if ends and ends[-1] < len(text) else None


def _stamp_with_byline(text: str) -> re.Match[str] | None:
    """The :data:`STAMP_BYLINE_RE` match of a date and time followed by a reporter's line (記者張勳騰／苗栗報導,
    记者 王明), else None."""
    stamp = STAMP_BYLINE_RE.match(text)
    if stamp is None:
        return None
    byline = stamp.group("byline")
    return stamp if is_byline_line(byline) or is_dateline(byline) else None


# Cheap exact pre-tests. Every line of a gazette meets most of the patterns above several times, and
# most lines are prose that none of them matches; a pattern call costs far more than a membership test.
# Each helper below answers exactly as its pattern does, testing first what any match must contain.

_LABEL_FIRSTS = frozenset(label[0] for label in _LABELS)
_TIME_FIRSTS = "香澳台北时"
_LEAD_FIRSTS = "近日连当昨今本上"
TIME_OR_LABEL_FIRSTS = frozenset(_TIME_FIRSTS) | _LABEL_FIRSTS | frozenset(_LIST_MARKS)
"""The first character of a time or a label line (or its list marker), besides a digit or a space (see :func:`is_time_line`,
:func:`is_label_line`)."""
RULE_CHARS = "*＊=＝-－_—~～·•.。─━═"
"""The characters of :data:`RULE_RE` besides white space."""
_NUMBER_FIRSTS = frozenset(CN_NUM + FORMAL_NUM + "（(第")
STYLE_FIRSTS = frozenset(BULLETS + "【") | _NUMBER_FIRSTS
"""The first character of every bullet, bracket or number opening (besides a digit)."""


def is_label_line(text: str) -> bool:
    """:data:`LABEL_LINE_RE` matches (a label or a list marker opens the line, with its first character)."""
    first = text[:1]
    return (first in _LABEL_FIRSTS or first in _LIST_MARKS or first.isspace()) and LABEL_LINE_RE.match(text) is not None


def is_time_line(text: str) -> bool:
    """:data:`TIME_LINE_RE` matches (the line opens with a clock's name, a space or a digit)."""
    first = text[:1]
    return (first in _TIME_FIRSTS or first.isdecimal() or first.isspace()) and TIME_LINE_RE.match(text) is not None


def is_dateline(text: str) -> bool:
    """:func:`match_dateline` matches (every dateline holds 讯, 电, 报 or 消息: 本报讯, …日电, 网讯, 报导, 网消息)."""
    return ("讯" in text or "电" in text or "报" in text or "消息" in text) and match_dateline(text) is not None


def is_date_lead(text: str) -> bool:
    """:data:`DATE_LEAD_RE` matches (a date, a relative day, 本报… or 今年… opens the text, or it is a
    dateline ending in 电)."""
    first = text[:1]
    return (first.isdecimal() or first in _LEAD_FIRSTS or "电" in text) and DATE_LEAD_RE.match(text) is not None


def is_info_line(text: str) -> bool:
    """:data:`INFO_LINE_RE` finds an info line's date (its label ends in 期 or 间: 日期, 时间)."""
    return ("期" in text or "间" in text) and INFO_LINE_RE.search(text) is not None


def is_web_info_line(text: str) -> bool:
    """:data:`WEB_INFO_RE` matches (the line opens with the date's year, after any space or bracket)."""
    first = text[:1]
    return (first.isdecimal() or first.isspace() or first in "（(") and WEB_INFO_RE.match(text) is not None


def is_byline_line(text: str) -> bool:
    """:data:`BYLINE_LINE_RE` matches (every byline line names a 记者, 通讯员 or 实习生)."""
    return ("记者" in text or "通讯员" in text or "实习生" in text) and BYLINE_LINE_RE.match(text) is not None


def is_credit_bar(text: str) -> bool:
    """:data:`CREDIT_BAR_RE` matches (every such credit line holds a bar)."""
    return ("|" in text or "｜" in text) and CREDIT_BAR_RE.match(text) is not None


def is_page_label(text: str) -> bool:
    """:data:`PAGE_LABEL_RE` matches the stripped text (every page label opens with P and ends in a digit)."""
    text = text.strip()
    return text[:1] in "Pp" and text[-1:].isdigit() and PAGE_LABEL_RE.match(text) is not None


def is_rule_line(text: str) -> bool:
    """:data:`RULE_RE` matches (a line of rule characters)."""
    first = text[:1]
    return (first in RULE_CHARS or first.isspace()) and RULE_RE.match(text) is not None


def is_end_mark(text: str) -> bool:
    """:data:`END_MARK_RE` matches the stripped text (every end mark holds 完)."""
    return "完" in text and END_MARK_RE.match(text.strip()) is not None


def may_open_with_mark(text: str) -> bool:
    """The text may open with a bullet, a bracket or a number (:data:`BULLET_RE`, :data:`BRACKET_RE`,
    :data:`NUMBER_RE`); False proves that none of them matches."""
    first = text[:1]
    return first in STYLE_FIRSTS or first.isdecimal()
