"""The cheap pre-tests in front of the cue patterns answer exactly as the patterns alone do.

Each helper tests first what any match must contain (a digit, 讯/电, a label's first character …); the
reference is the bare pattern. They are compared on every line of the real corpus and the seeds (in the
simplified form the parser reads), each also with a leading space and glued to its neighbour, and on
lines made to sit at the edges of the pre-tests.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gazette_reader.ingest import metadata as meta
from gazette_reader.ingest.layouts import chronology, cues, govdoc, headings
from gazette_reader.text.normalize import to_simplified

ROOT = Path(__file__).resolve().parents[3]
EDGES = [
    "", " ", "　", "完", "（完）", "-完-", "***", " ---", "。。。", "·", "2023年5月", "２０２３年５月", "٢٠٢٣年5月",
    "发 稿 单 位：新闻局", "联络人:王明", "来源：人民网 2024年03月05日 08:12", "香港时间15时54分", " 15:54", "时间：9:30",
    "本报讯", "【记者王小明/金门报导】", "新华社北京1月1日电", "本报北京 1 月 1 日电 （记者易舒冉）", "郑州网讯", "据新华社电", "记者 王明 通讯员 李华",
    "重庆日报记者  张  莎", "实习生 王明", "近日，", "上周", "本月", "今年3月", "人民网北京1月2日电 记者", "12日，",
    "●区委书记", "【概况】", "一、总体", "（三）", "(3)", "第一条", "1.工作", "３、", "发布日期：113-10-25",
    "澳门快讯 | 发布时间: 2025/01/08 | 来源", "大湾区之声 2024-01-09 15:02:32", "大湾区之声 2024-01-09", "2024-02-07 19:48 | 稿件来源:香港新闻网", " 2010/1/6 16:43:13 次浏览 分类:政府动态", "更新时间：2024-1-1", "第38期", "（总第93期）", "上街区地方史志办公室编",
    "某某编印", "人民日报 2025年01月07日 第07版：政治", "2020年5月10日 印", "（内部资料 注意保存）", "主管：上街区",
    "1月", "一月", "十二月", "2023年", "3日", "1月3日 区委", "△区委", "同日，", "是月", "上旬，", "月底", "X政〔2020〕12号",
    "郑政〔2020〕12号", "号", "2023年5月", "区委书记王伟主持召开会议，", "马金瑞摄", "（新华社发）",
]


def _lines() -> list[str]:
    paths = sorted((ROOT / "tests" / "corpus" / "real").rglob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    raw = [line for p in paths for line in to_simplified(p.read_text(encoding="utf-8")).split("\n")]
    stripped = [line.strip() for line in raw]
    glued = [a + b for a, b in zip(stripped, stripped[1:])]
    return sorted(set(raw + stripped + [" " + s for s in stripped] + glued + EDGES))


LINES = _lines()


def _header_label(line: str) -> str | None:
    text = line.strip()
    return next((label for label, pattern in meta._HEADER_RULES if pattern.match(text)), None)


def _footer_label(line: str) -> str | None:
    text = line.strip()
    if meta._ISSUED_RE.match(text):
        return "印发"
    if notice := meta._NOTICE_RE.match(text):
        return "印数" if meta._COPIES_RE.search(text) else "说明"
    labelled = meta._LABELLED_RE.match(text)
    return labelled.group("label") if labelled and labelled.group("label") in meta._FOOTER_LABELS else None


def _matches(pattern: re.Pattern[str]):
    return lambda text: pattern.match(text) is not None


CASES = [
    (cues.is_label_line, _matches(cues.LABEL_LINE_RE)),
    (cues.is_time_line, _matches(cues.TIME_LINE_RE)),
    (cues.is_dateline, lambda text: cues.match_dateline(text) is not None),
    (cues.is_date_lead, _matches(cues.DATE_LEAD_RE)),
    (cues.is_byline_line, _matches(cues.BYLINE_LINE_RE)),
    (cues.is_rule_line, _matches(cues.RULE_RE)),
    (cues.is_end_mark, lambda text: cues.END_MARK_RE.match(text.strip()) is not None),
    (cues.is_info_line, lambda text: cues.INFO_LINE_RE.search(text) is not None),
    (cues.is_web_info_line, _matches(cues.WEB_INFO_RE)),
    (meta.header_label, _header_label),
    (meta.footer_label, _footer_label),
    (chronology.is_heading, lambda text: bool(chronology._YEAR_HEAD_RE.match(text) or chronology._MONTH_HEAD_RE.match(text)
                                              or chronology._ROC_HEAD_RE.match(text) or chronology._NAMED_HEAD_RE.match(text))),
    (chronology._day_only, _matches(chronology._DAY_ONLY_RE)),
    (lambda text: bool(chronology._entry(text)), _matches(chronology._ENTRY_RE)),
    (govdoc.is_doc_number, _matches(govdoc.DOC_NUMBER_RE)),
]


@pytest.mark.parametrize(("helper", "reference"), CASES, ids=lambda f: getattr(f, "__qualname__", ""))
def test_helper_answers_as_its_pattern(helper, reference) -> None:
    differ = [text for text in LINES if helper(text) != reference(text)]
    assert differ == []


def test_no_mark_means_no_pattern_matches() -> None:
    for text in LINES:
        if not cues.may_open_with_mark(text):
            assert not (cues.BULLET_RE.match(text) or cues.BRACKET_RE.match(text) or cues.NUMBER_RE.match(text)), text


def test_digit_pre_tests_of_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    """source_date and line_date give the same answers when their digit pre-tests let every line through."""
    fast = [(cues.source_date(t), cues.line_date(t)) for t in LINES]
    monkeypatch.setattr(cues, "_YEAR_DIGITS_RE", re.compile(""))
    monkeypatch.setattr(cues, "_TWO_DIGITS_RE", re.compile(""))
    assert fast == [(cues.source_date(t), cues.line_date(t)) for t in LINES]
    assert sum(1 for pair in fast if pair != (None, None)) > 20  # the corpus does hold dated lines


def _closes(text: str) -> bool:
    """:func:`headings.closes` as it was before its pre-tests, on the bare patterns."""
    def byline(line: str) -> bool:
        line = cues.BULLET_RE.sub("", line)  # □本报记者 付 生
        return len(line) <= 48 and bool(cues.BYLINE_LINE_RE.match(line) or headings.parse_byline_line(line))

    if headings.ends_sentence(text):
        return True
    stripped = text.rstrip()
    head, gap, credit = stripped.rpartition("   ")
    if gap and headings.ends_sentence(head.rstrip()) and byline(credit.strip()):
        return True  # …共计12611人。      潍坊日报社全媒体记者 张沁
    if stripped.endswith(("）", ")")):
        opening = max(stripped.rfind("（"), stripped.rfind("("))
        if opening >= 0 and len(stripped) - opening <= 24 and (opening == 0 or headings.ends_sentence(stripped[:opening])):
            return True
        if opening < 0 and len(stripped) <= 12 and not cues.SENTENCE_PUNCT_RE.search(stripped):
            return True
    if headings._PHOTO_CREDIT_RE.search(stripped) or byline(stripped) or headings.contact_line(stripped) \
            or headings._FOOTNOTE_END_RE.search(stripped):
        return True
    return cues.source_date(stripped) is not None or cues.line_date(stripped) is not None \
        or cues.TIME_LINE_RE.match(stripped) is not None or cues.LABEL_LINE_RE.match(stripped) is not None \
        or meta.header_label(stripped) == "版面" or cues.CREDIT_BAR_RE.match(stripped) is not None


def test_closes_answers_as_before_its_pre_tests() -> None:
    assert [headings.closes(t) for t in LINES] == [_closes(t) for t in LINES]
    bare = [cues.BULLET_RE.sub("", t) for t in LINES]
    assert [headings._is_byline(t) for t in LINES] == \
        [len(t) <= 48 and bool(cues.BYLINE_LINE_RE.match(t) or headings.parse_byline_line(t)) for t in bare]


@pytest.mark.parametrize("line", ["本报北京 1 月 1 日电 （记者易舒冉）记者近日", "新华社北京 12 月 31 日电", "本报北京1月1日电"])
def test_a_dateline_spaced_as_a_pdfs_text_gives_it_is_one(line: str) -> None:
    assert cues.is_dateline(line)


def test_a_channel_and_the_time_a_release_went_out_date_it() -> None:
    """A web page's stamp under a headline (the channel, the date, the time) is a date line; without the
    time a name and a date may be a headline, and a sentence is never a stamp."""
    assert cues.line_date("大湾区之声 2024-01-09 15:02:32") == (2024, 1, 9)
    assert cues.line_date("央视新闻客户端 2023/5/6 8:05") == (2023, 5, 6)
    assert cues.line_date("大湾区之声 2024-01-09") is None
    assert cues.line_date("今早,李家超表示 2024-01-09 15:02:32") is None


@pytest.mark.parametrize(("line", "expected"), [
    ("长江商报消息 ●记者 王敏 发自陕西城固", True),
    ("红安网消息 7月5日，县委召开会议", True),
    ("【本报消息】市政署讯:市政咨询委员会于二日召开会议", True),
    ("【特讯】市政署将于一月十二日(星期三)晚上八时", True),
    ("据新华社消息，会议指出", False),  # a sentence that cites the agency
    ("消息传来，全县沸腾", False),
])
def test_news_from_datelines(line: str, expected: bool) -> None:
    assert cues.is_dateline(line) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("郑州融媒体记者 孙志刚", True), ("全媒体记者 吴刚", True), ("融媒体记者 蒋 栋", True),
    ("县融媒体中心召开会议", False), ("融媒体记者队伍不断壮大", False),
])
def test_bylines_of_county_media_centres(line: str, expected: bool) -> None:
    """A county media centre's reporters sign as 融媒体记者 / 全媒体记者, with the place or not."""
    assert cues.is_byline_line(line) is expected


def test_an_info_line_with_its_fields_set_off_by_spaces() -> None:
    line = "发布机构:区融媒体中心 发布时间: 2021-06-15 09:04 字体:"
    assert cues.is_label_line(line) and cues.is_info_line(line)
    assert cues.line_date(line) == (2021, 6, 15)
    assert not cues.is_info_line("会议时间：另行通知")


@pytest.mark.parametrize(("line", "expected"), [
    ("記者鄭家瑜報導", True), ("記者陳風益/雲林報導", True), ("記者游瓊華／雲林報導", True),
    ("記者鄭家瑜報導會議內容", False), ("報導指出", False),
])
def test_taiwan_bylines_end_in_baodao(line: str, expected: bool) -> None:
    """Taiwan papers sign 記者某某報導, with the place after a slash (記者陳風益/雲林報導)."""
    assert cues.is_byline_line(to_simplified(line)) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("星期三, 4月 30, 2025 Views", (2025, 4, 30)), ("星期二, 1月 31, 2023", (2023, 1, 31)),
    ("星期三, 4月 30, 2025 年度报告显示增长", None), ("星期三下午4点召开会议", None),
])
def test_blog_date_lines_with_the_weekday_first(line: str, expected: tuple | None) -> None:
    assert cues.line_date(line) == expected


def test_a_flipbook_s_page_label_is_known() -> None:
    assert all(cues.is_page_label(t) for t in ["P:03", "P. 345", "Page 12", "p.7"])
    assert not any(cues.is_page_label(t) for t in ["PM2.5", "P:03 鄉長序", "第3页", "Python 3"])
