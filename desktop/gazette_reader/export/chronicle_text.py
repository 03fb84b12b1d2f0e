"""The words of a 大事记 entry: the event condensed from the lead sentence, and the source in office form.

A chronicle records *who did what* (记事), not the headline: ``区委书记宋洁实地督导上街区老旧小区改造提升
工作。`` rather than ``二七区不断实现人民群众对城市的美好期望。``. The news lead says exactly that, after
its dateline (``本报讯（记者 景静）``), its date (``4 月 3 日上午，``) and before the detail. So the entry is
the lead's first sentence with those removed, cut after its first clause (:data:`MIN_CHARS`), with 我区
/我县/我市 replaced by the place's name. A lead that is not an event report (``今年以来，…``, ``为…，``, a
quotation) or is missing falls back to the headline.
"""

from __future__ import annotations

import re

from gazette_reader.export.common import Article, clean, date_parts, issue_label, paragraphs, title_of

MIN_CHARS = 12
"""The first clause is the event; following clauses are added only while the text is shorter than this
(``区委书记宋洁一行，`` alone says nothing)."""

_DATELINE = re.compile(r"^(?:本报讯|本刊讯|讯)?\s*(?:[（(][^）)]{0,40}[）)])?\s*")
_LEAD_DATE = re.compile(
    r"^(?:(\d{4})年)?(?:(\d{1,2})月)?(?:(\d{1,2})[日号])?(?:上午|下午|中午|晚上|晚间|晚|早上|凌晨|夜间)?[，,]?"
)
_DATED = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]")
_VAGUE_TIME = re.compile(r"^(?:近日|日前|近期|连日来|当天|当日|同日)[，,]?")
_NOT_AN_EVENT = re.compile(r"^(?:.{0,8}以来|近年来|为了?|随着|按照|根据|在.{1,20}中|是|“|\"|.{2,12}为(?!期))")
_UNFINISHED = re.compile(r"(?:到|赴|深入|走进|前往)[^，]{1,15}$|带队$|一行$"
                         r"|(?:带领|率领|陪同)[^，到赴]*(?:负责人|负责同志|人员|成员|干部|代表)$")
"""A first clause that only says who went where or with whom: the event is in the next clause."""
_SENTENCE_END = re.compile(r"[。！？!?]")
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff\d])\s+(?=[\u4e00-\u9fff\d])")
_CJK_COMMA = re.compile(r"(?<=[\u4e00-\u9fff\d”）]),\s*")
_OUR = re.compile(r"我(区|县|市|镇|乡|省)")
_TRAILING = "。.，,；;：: "


def tidy(text: str) -> str:
    """PDF spacing removed between CJK characters and digits; ASCII commas after CJK made full-width."""
    text = _CJK_GAP.sub("", " ".join(clean(text).split()))
    return _CJK_COMMA.sub("，", text)


def lead_sentence(article: Article) -> str:
    """The body's first sentence, tidied, without its dateline (empty without a body); when a slogan
    opens the lead (``城市管理没有旁观者。6月29日，…``), the first of its next sentences that opens with a
    date."""
    first = next(iter(paragraphs(article)), "")
    text = _DATELINE.sub("", tidy(first), count=1)
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()] or [""]
    if not _DATED.match(sentences[0]):
        return next((s for s in sentences[1:3] if _DATED.match(s)), sentences[0])
    return sentences[0]


def lead_date(article: Article) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) printed at the start of the lead (``11月23日上午``), as far as printed."""
    match = _LEAD_DATE.match(lead_sentence(article))
    if not match or not match.group(0):
        return None, None, None
    year, month, day = (int(g) if g else None for g in match.groups())
    return year, month, day if month else None


def event_text(article: Article) -> str:
    """The event this article reports, as one sentence ending in 。 (see the module docstring)."""
    lead = _VAGUE_TIME.sub("", _LEAD_DATE.sub("", lead_sentence(article), count=1), count=1)
    if len(lead) < 8 or _NOT_AN_EVENT.match(lead):
        return _sentence(_our_place(title_of(article), article))
    return _sentence(_our_place(_condensed(lead), article))


def _condensed(lead: str) -> str:
    """The first clause, plus the following ones while the text is shorter than :data:`MIN_CHARS` or
    only says where someone went (``…带队到淮河路街道，调研…``)."""
    clauses = re.split("[，；;]", lead)
    text = clauses[0]
    for clause in clauses[1:]:
        if len(text) >= MIN_CHARS and not _UNFINISHED.search(text):
            break
        text += "，" + clause
    return text


def _our_place(text: str, article: Article) -> str:
    """我区 → 上街区 when the article's place is a 区 (likewise 县/市/镇/乡/省)."""
    place = clean(article.get("place")).strip()
    return _OUR.sub(lambda m: place if place.endswith(m.group(1)) else m.group(0), text)


def _sentence(text: str) -> str:
    """``text`` ending in exactly one 。 (or its own ！/？)."""
    text = text.strip().rstrip(_TRAILING)
    return text if text.endswith(("！", "？", "!", "?")) else text + "。"


def short_source(article: Article) -> str:
    """The source as chronicle offices write it: ``《上街区简报》2020年4月总第93期``,
    ``《二七区新闻》2021年9月13日``; only what is known."""
    name = clean(article.get("publication")).strip()
    where = f"《{name}》" if name else ""
    issue = issue_label(article).replace(" ", "")
    if issue:
        return where + issue
    year, month, day = date_parts(article)
    when = f"{year}年" if year else ""
    if when and month:
        when += f"{month}月" + (f"{day}日" if day else "")
    page = f"第{article['page']}版" if article.get("page") and when and day else ""
    return where + when + page


def similarity(a: str, b: str) -> float:
    """Dice coefficient of character bigrams: 1.0 for the same text, ~0.5 for one event told twice."""
    grams_a, grams_b = _bigrams(a), _bigrams(b)
    if not grams_a or not grams_b:
        return 0.0
    return 2 * len(grams_a & grams_b) / (len(grams_a) + len(grams_b))


def _bigrams(text: str) -> set[str]:
    """Character bigrams of the text's CJK, letters and digits (punctuation ignored)."""
    core = re.sub(r"[^\w]", "", text)
    return {core[i : i + 2] for i in range(len(core) - 1)}
