"""Masthead/colophon labels and the values derived from them."""

from __future__ import annotations

import pytest

from gazette_reader.ingest import metadata as meta

HEADER = [
    ("2020年4月", "年月"),
    ("(总第93期)", "期号"),
    ("（第 5 期）", "期号"),
    ("增刊第7期", "期号"),  # a supplement's number
    ("上街区地方史志办公室编", "编者"),
    ("1886 期 / 第2版:2", "期版"),  # an e-paper's page line (长子县 要闻简报)
    ("第1886期 第02版：要闻", "期版"),
    ("1886期", None),
    ("全县2023年迎国庆篮球赛第2版", None),
    ("2020年5月10日 印", "印刷"),
    ("A1：清徐*要闻总第3311期 >2018-09-26编印", "版面"),  # county e-papers' page lines
    ("5：综合总第44期 >2011-12-08编印", "版面"),
    ("5：综合总第44期>2011-12-08编印", "版面"),  # not the editor (编者) for its 编印
    ("二版:综合新闻总第880期 >2011-12-23编印", "版面"),
    ("第2版：要闻 2018年9月26日", "版面"),
    ("今日浮山 2022年第638期 第1版", "版面"),  # the year's issue for a date
    ("信阳日报 2014年11月17日", "版面"),  # a saved e-paper page: the paper and its day, no page number
    ("温岭日报 2012年10月19日 星期五", "版面"),
    ("县委召开会议 2014年11月17日", None),  # a name that is no paper's
    ("12:30 2018-09-26", None),  # a time, not a page
    ("领导讲话：2018-09-26", None),
    ("本月关注", None),
    ("4月1日，上街区召开会议。", None),
]


@pytest.mark.parametrize("line,label", HEADER)
def test_header_label(line: str, label: str | None) -> None:
    assert meta.header_label(line) == label


FOOTER = [
    ("(内部资料 注意保存)", "说明"),
    ("(共印 130 份)", "印数"),
    ("主管：上街区人民政府办公室", "主管"),
    ("编辑出版：上街区地方史志办公室", "编辑出版"),
    ("邮箱：sjqdfzbg@126.com", "邮箱"),
    ("李新军要求：一要提高政治站位。", None),
    ("（区农委）", None),
]


@pytest.mark.parametrize("line,label", FOOTER)
def test_footer_label(line: str, label: str | None) -> None:
    assert meta.footer_label(line) == label


def test_add_line_never_overwrites() -> None:
    data: dict[str, str] = {}
    for line in ("电话：1", "电话：2", "电话：3"):
        meta.add_line(data, "电话", line)
    assert data == {"电话": "电话：1", "电话2": "电话：2", "电话3": "电话：3"}


def test_issue_facts() -> None:
    facts = meta.issue_facts(
        {"年月": "2020年4月", "期号": "(总第93期)", "编者": "上街区地方史志办公室编", "印刷": "2020年5月10日 印"}
    )
    assert facts == meta.IssueFacts(2020, 4, "93", "上街区地方史志办公室", "2020-05-10", number_label="总第93期")
    assert meta.issue_title(facts) == "2020年4月 总第93期"
    assert meta.issue_facts({}) == meta.IssueFacts()
    assert meta.issue_title(meta.IssueFacts()) is None


@pytest.mark.parametrize(("printed", "label"), [
    ("(总第93期)", "总第93期"), ("第 9 期", "第9期"), ("增刊第7期", "增刊第7期"), ("（總第93期）", "總第93期"),
])
def test_the_issue_title_keeps_the_number_as_printed(printed: str, label: str) -> None:
    """A yearly count 第9期 or a supplement's 增刊第7期 is not a running total: the title says 总第 only
    where the gazette does."""
    facts = meta.issue_facts({"年月": "2021年10月", "期号": printed})
    assert meta.issue_title(facts) == f"2021年10月 {label}"
    assert meta.printed_number({"期号": printed}, facts.number) == label


def test_a_number_the_masthead_does_not_state_reads_as_a_running_total() -> None:
    assert meta.printed_number({"期号": "第9期"}, "12") == "总第12期"
    assert meta.printed_number({}, "12") == "总第12期"


def test_publisher_from_colophon() -> None:
    assert meta.publisher_of({"编辑出版": "编辑出版：某某县委办公室"}) == "某某县委办公室"


PLACES = [
    ("我区召开会议。我区开展活动。全区上下。", None, None),
    ("到我区调研。二七区召开会议。二七区委常委会。城区道路。", None, "二七区"),
    ("召开区委会议。召开区委会议。召开区委会议。", None, None),
    ("市内五区观摩。", None, None),
    ("荷花县召开会议，荷花县开展，荷花县部署。", None, "荷花县"),
    ("荷花县召开会议。", None, None),
    ("二七区召开会议。", "上街区地方史志办公室", "上街区"),
    ("社区、园区、小区、片区、辖区、景区、商圈。", None, None),
    ("政府副县长苏晓艳调研。政府副县长苏晓艳要求。政府副县长苏晓艳强调。", None, None),  # 副县长, no place
]


@pytest.mark.parametrize("text,publisher,place", PLACES)
def test_find_place(text: str, publisher: str | None, place: str | None) -> None:
    assert meta.find_place(text, publisher) == place


@pytest.mark.parametrize(
    "place,layout,name",
    [("上街区", "bulletin", "上街区简报"), ("上街区", "newsletter", "上街区简报"), ("二七区", "newspaper", "二七区新闻"),
     ("二七区", "feature", "二七区新闻"), (None, "newspaper", "地方简报")],
)
def test_default_publication(place: str | None, layout: str, name: str) -> None:
    assert meta.default_publication(place, layout) == name


def test_page_dates_of_a_file_with_pages_of_two_issues() -> None:
    text = "人民日报 1951年9月15日 星期六 第1版\n我们伟大的祖国\n正文。\n人民日报 1997年11月4日 星期二 第4版\n艺术节送戏到基层\n"
    assert meta.page_dates(text) == [(0, (1951, 9, 15)), (text.index("人民日报 1997"), (1997, 11, 4))]


def test_page_dates_of_e_paper_page_lines() -> None:
    text = ("A1：清徐*要闻总第3311期 >2018-09-26编印\n\n市安全生产大检查督导组莅清\n本报讯9月21日上午，…\n"
            "  二版:综合新闻总第880期 >2011-12-23编印\n正文。\n")
    assert meta.page_dates(text) == [(0, (2018, 9, 26)), (text.index("  二版"), (2011, 12, 23))]


@pytest.mark.parametrize(("line", "expected"), [
    ("A1：清徐*要闻总第3311期 >2018-09-26编印", True), ("人民日报 1998年1月2日 星期五 第2版", True),
    ("第1886期 第02版：要闻", False), ("会议指出：2018-09-26", False), ("今日浮山 2022年第638期 第1版", True),
    ("信阳日报 2014年11月17日", True), ("我们读日报 2014年11月17日。", False),
])
def test_is_page_line(line: str, expected: bool) -> None:
    assert meta.is_page_line(line) is expected


def test_a_page_line_without_a_date_dates_nothing() -> None:
    assert meta.page_dates("今日浮山 2022年第638期 第1版\n王兴主持召开县长办公会\n") == []


def test_a_masthead_line_that_is_a_date_dates_the_issue() -> None:
    """社文消息 over 2013-09-14 (macau_zhengbao_shewen_20130914): the date line is the issue's; a date
    inside a longer masthead line in that form is not trusted."""
    assert meta.issue_facts({"报头": "社文消息", "报头2": "2013-09-14"}).year == 2013
    assert meta.issue_facts({"报头": "社文消息", "报头2": "2013-09-14"}).month == 9
    assert meta.issue_facts({"报头": "编号 2013-09-14 甲"}).year is None


def test_issue_year_from_an_e_paper_page_line() -> None:
    facts = meta.issue_facts({"版面": "5：综合总第44期 >2011-12-08编印"})
    assert (facts.year, facts.month, facts.number) == (2011, 12, "44")


def test_page_dates_of_a_paper_line_without_a_page() -> None:
    text = "荷花日报 2014年11月17日\n\n荷花县整治三轮车\n本报讯 近期，荷花县…\n"
    assert meta.page_dates(text) == [(0, (2014, 11, 17))]


def test_a_page_line_stands_on_one_line() -> None:
    """Prose ending in a paper's name over a date line is no page line: the gaps of the pattern keep to a line."""
    assert meta.page_dates("市长调研河南日报\n2014年11月17日\n") == []
    assert meta.page_dates("正文。\n信阳日报 2014年11月17日\n") == [(4, (2014, 11, 17))]
    assert meta.page_dates("   \n" * 50 + "本报讯 近日，县委召开会议。\n") == []


@pytest.mark.parametrize("line,expected", [
    ("广播电视台工作简报(3)", True),
    ("政务信息（第12期）", True),
    ("政务信息 (第12期)", True),
    ("全县召开会议(3)", False),  # no publication's name before the number
    ("广播电视台工作简报", False),  # no number: is_masthead_line's case
])
def test_numbered_masthead(line: str, expected: bool) -> None:
    assert meta.numbered_masthead(line) is expected


def test_repeated_labels_are_numbered_in_turn() -> None:
    metadata: dict[str, str] = {}
    for n in range(1, 1001):
        meta.add_line(metadata, "报头", f"第{n}行")
    assert metadata["报头"] == "第1行" and metadata["报头2"] == "第2行" and metadata["报头1000"] == "第1000行"
    assert len(metadata) == 1000
