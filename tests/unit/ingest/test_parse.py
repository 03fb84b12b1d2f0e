"""The parser on the five seed gazettes (pinned, table-driven) and on fuzzed text (the invariant)."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gazette_reader.ingest.lines import split_lines
from gazette_reader.bounds import warning_zh
from gazette_reader.ingest.model import (BRIEF, CORRESPONDENT, LAYOUT_DOES_NOT_FIT, PHOTOGRAPHER, REPORTER, ParsedIssue,
                                         accounted_text)
from gazette_reader.ingest.parse import LAYOUTS, detect_layout, fallback, parse_text, parse_unchecked
from tests.conftest import SEEDS, seed


def _text(prefix: str) -> str:
    return seed(prefix).read_text(encoding="utf-8")


def _nonspace(strings: list[str]) -> Counter[str]:
    return Counter(c for s in strings for c in s if not c.isspace())


def _assert_lossless(text: str, issue: ParsedIssue) -> None:
    assert _nonspace([text]) == _nonspace(accounted_text(issue))


@pytest.fixture(scope="module")
def parsed() -> dict[str, ParsedIssue]:
    return {p.name[:3]: parse_text(p.read_text(encoding="utf-8"), name=p.name) for p in SEEDS}


# ---------------------------------------------------------------- issue level
ISSUES = [
    # prefix, layout, articles, place, year, month, number, publisher, printed, title, publication
    ("000", "newsletter", 5, None, None, None, None, None, None, None, "地方简报"),
    ("001", "bulletin", 28, "上街区", 2020, 4, "93", "上街区地方史志办公室", "2020-05-10", "2020年4月 总第93期", "上街区简报"),
    ("002", "newspaper", 5, "二七区", None, None, None, None, None, None, "二七区新闻"),
    ("003", "feature", 1, "二七区", None, None, None, None, None, None, "二七区新闻"),
    ("004", "newspaper", 6, "二七区", 2019, None, None, None, None, None, "二七区新闻"),
]


@pytest.mark.parametrize(
    "prefix,layout,count,place,year,month,number,publisher,printed,title,publication", ISSUES
)
def test_issue_fields(
    parsed: dict[str, ParsedIssue], prefix: str, layout: str, count: int, place: str | None,
    year: int | None, month: int | None, number: str | None, publisher: str | None,
    printed: str | None, title: str | None, publication: str,
) -> None:
    issue = parsed[prefix]
    got = (issue.layout, len(issue.articles), issue.place, issue.year, issue.month, issue.number)
    assert got == (layout, count, place, year, month, number)
    assert (issue.publisher, issue.printed, issue.title, issue.publication) == (publisher, printed, title, publication)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_is_lossless_without_safety_net(path) -> None:
    text = path.read_text(encoding="utf-8")
    issue = parse_unchecked(text)
    _assert_lossless(text, issue)
    for art in issue.articles:
        start, end = art.span
        assert 0 <= start < end <= len(text)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_layout_comes_from_text_not_name(path) -> None:
    text = path.read_text(encoding="utf-8")
    assert parse_text(text, name="misleading_newspaper.txt").layout == parse_text(text).layout


def test_bulletin_metadata_lines_are_kept_whole(parsed: dict[str, ParsedIssue]) -> None:
    meta = parsed["001"].metadata
    assert meta["年月"] == "2020年4月"
    assert meta["期号"] == "(总第93期)"
    assert meta["印刷"] == "2020年5月10日 印"
    assert meta["主管"] == "主管：上街区人民政府办公室"
    assert meta["印数"] == "(共印 130 份)"
    assert meta["说明"] == "(内部资料 注意保存)"
    assert set(meta) >= {"编者", "发放范围", "编辑出版", "电话", "邮箱"}
    last = parsed["001"].articles[-1]
    assert "共印" not in last.body and "主管" not in last.body and last.body.endswith("正在积极准备。")


def test_bulletin_toc(parsed: dict[str, ParsedIssue]) -> None:
    toc = parsed["001"].toc
    assert "- 省复工复产安全防范工作驻地督导组督导我区复工复产安全防范工作" in toc
    assert "我区召开 2019 年度通航产业政策奖补资金申报征求意见会" in toc
    assert [t for t in toc if t in {"本月关注", "重要会议", "工作动态", "通用航空", "基层实录"}] == [
        "本月关注", "重要会议", "工作动态", "通用航空", "基层实录"
    ]
    assert "..... 4" in parsed["001"].furniture


# ---------------------------------------------------------------- seed 001 (bulletin)
BULLETIN_SECTIONS = [("本月关注", 8), ("重要会议", 3), ("工作动态", 14), ("通用航空", 1), ("基层实录", 2)]
BULLETIN_ARTICLES = [
    # index, title, month_day
    (0, "“郑好豫见 上街有礼 欢乐消费季”活动启动", "04-01"),
    (2, "市领导调研我区“三送一强”和全城清洁活动开展情况", "04-03"),
    (5, "万正峰调研我区复工复产和复学情况", "04-21"),
    (7, "省复工复产安全防范工作驻地督导组督导我区复工复产安全防范工作", "04-23"),
    (10, "我区召开2019年度工作总结表彰暨“美丽上街”建设推进大会", "04-29"),
    (13, "我区开展“全城清洁”行动 助力疫情防控", "04-03"),
    (18, "我区收听收看全市新冠肺炎疫情防控第19次视频调度会", "04-10"),
    (25, "我区召开2019年度通航产业政策奖补资金申报征求意见会", "04-15"),
    (26, "中心路街道巧用立体空间 打造高品质城市绿化", None),
    (27, "工业路街道三举措全力抓好招商工作", None),
]


def test_bulletin_sections(parsed: dict[str, ParsedIssue]) -> None:
    sections = [a.section for a in parsed["001"].articles]
    assert [(name, sections.count(name)) for name, _ in BULLETIN_SECTIONS] == BULLETIN_SECTIONS
    assert sections == sorted(sections, key=[n for n, _ in BULLETIN_SECTIONS].index)


@pytest.mark.parametrize("index,title,month_day", BULLETIN_ARTICLES)
def test_bulletin_articles(parsed: dict[str, ParsedIssue], index: int, title: str, month_day: str | None) -> None:
    art = parsed["001"].articles[index]
    assert (art.title, art.month_day, art.kind) == (title, month_day, "article")
    assert art.year == (2020 if month_day else None)
    assert title.replace(" ", "") not in art.body.split("\n")[0][:len(title)]


def test_bulletin_page_break_debris_is_joined(parsed: dict[str, ParsedIssue]) -> None:
    bodies = "\n".join(a.body for a in parsed["001"].articles)
    assert "生活垃圾434立方米，建建筑垃圾46立方米" in bodies
    assert "卫生间等重点场所，详细了解" in bodies and "重点了解学校疫情防控" in bodies


# ---------------------------------------------------------------- seed 000 (newsletter)
NEWSLETTER = [
    # kind, title, month_day, source_unit, body start
    ("article", "我区召开高品质城市建设工作推进会", "06-10", None, "6月10日，区委书记宋洁"),
    ("article", "中心路街道招商“脚步不停歇”", None, "中心路街道", "中心路街道为改变疫情以来"),
    ("brief", "郑州市规范医用口罩生产质量管理工作现场会在我区召开", "06-11", "区市场监管局", "6月11日，郑州市"),
    ("brief", "我区积极开展省级农产品质量安全创建工作", None, "区农委", "今年以来，我区"),
    ("brief", "区侨联走进三湾街社区“侨胞之家”", "06-15", "区侨联", "6月15日，区侨联"),
]


@pytest.mark.parametrize("index", range(len(NEWSLETTER)))
def test_newsletter_items(parsed: dict[str, ParsedIssue], index: int) -> None:
    kind, title, month_day, unit, start = NEWSLETTER[index]
    art = parsed["000"].articles[index]
    assert (art.kind, art.title, art.month_day, art.source_unit, art.year) == (kind, title, month_day, unit, None)
    assert art.body.startswith(start)
    assert "△" not in art.body and not art.body.endswith("）")
    assert art.title_derived == (kind == BRIEF)
    if kind == BRIEF:
        assert art.title in art.body


# ---------------------------------------------------------------- seeds 002/004 (newspaper)
NEWSPAPER = [
    ("002", 0, "二七区委常委会（扩大）会议学习讨论市委工作会议精神", "统筹谋划、聚焦重点 在六个方面“出重彩、成高峰”",
     "09-15", None, [("景静", REPORTER)]),
    ("002", 1, "二七区召开灾后恢复重建工作领导小组第二次会议", "突出重点 分类推进 全力加快灾后恢复重建",
     "09-13", None, [("景静", REPORTER)]),
    ("002", 2, "精准对接群众需求 精细提升城市品质 区领导督导调研“一环十横十纵”道路综合改造三期工程", None,
     "09-14", None, [("景静", REPORTER)]),
    ("002", 3, "加快学校项目建设进度 保证项目质量和安全", None, "09-16", None, [("景静", REPORTER)]),
    ("002", 4, "二七区党史夜校开讲 从严从实学习“七一”重要讲话精神", None, "09-17", None,
     [("景静", REPORTER), ("胡伟", CORRESPONDENT)]),
    ("004", 0, "二七区召开精神文明建设暨创文工作推进会", None, "06-26", 2019,
     [("张改华", REPORTER), ("张雅青", CORRESPONDENT)]),
    ("004", 1, "二七区召开“迎民族盛会 庆七十华诞”城市环境综合整治提升动员会", "全民行动 做好城市环境综合整治提升",
     "06-29", None, [("张改华", REPORTER), ("郭佳星", CORRESPONDENT)]),
    ("004", 2, "陈红民带队到淮河路街道调研", "推进齐礼阎党群服务中心实质性建设", "07-01", None,
     [("张改华", REPORTER), ("陈静洲", CORRESPONDENT)]),
    ("004", 3, "二七区打造“5G新型智慧城市创新示范区”", None, "06-25", None, [("张改华", REPORTER)]),
    ("004", 4, "二七区召开智能门禁建设工作现场会", None, "06-26", None, [("张改华", REPORTER)]),
    ("004", 5, "二七区：把城市环境综合整治提升 落到行动上、落在细节上", None, "07-03", None, [("张改华", REPORTER)]),
]


@pytest.mark.parametrize("prefix,index,title,subtitle,month_day,year,bylines", NEWSPAPER)
def test_newspaper_articles(
    parsed: dict[str, ParsedIssue], prefix: str, index: int, title: str, subtitle: str | None,
    month_day: str, year: int | None, bylines: list[tuple[str, str]],
) -> None:
    art = parsed[prefix].articles[index]
    assert (art.title, art.subtitle, art.month_day, art.year) == (title, subtitle, month_day, year)
    assert [(b.name, b.role) for b in art.bylines] == bylines
    assert art.body.startswith("本报讯")
    assert "记者" not in art.body[-20:] and "通讯员" not in art.body


def test_newspaper_glued_byline_leaves_the_sentence(parsed: dict[str, ParsedIssue]) -> None:
    arts = parsed["004"].articles
    assert arts[3].body.endswith("作专题讲座。") and arts[3].bylines[0].raw == "记者 张改华"
    assert arts[4].body.endswith("提升群众安全感和满意度。")


def test_newspaper_column_paragraphs(parsed: dict[str, ParsedIssue]) -> None:
    body = parsed["002"].articles[2].body
    assert "其余9条道路已基本完成改造提升。\n位于大学路中原路口东南角的游园" in body
    assert "通过整合、扩区" in parsed["002"].articles[0].body
    assert "本报讯9月15日下午，二七区委常委会" in parsed["002"].articles[0].body


# ---------------------------------------------------------------- seed 003 (feature)
def test_feature(parsed: dict[str, ParsedIssue]) -> None:
    (art,) = parsed["003"].articles
    assert (art.kicker, art.title) == ("百城建设提质+文明城市创建", "二七区不断实现人民群众对城市的美好期望")
    assert [(b.name, b.role, b.raw) for b in art.bylines] == [
        ("景静", REPORTER, "记者 景静"),
        ("郭佳星", CORRESPONDENT, "通讯员 郭佳星/文"),
        ("胡源浩", PHOTOGRAPHER, "胡源浩/图"),
    ]
    assert (art.month_day, art.year) == ("11-23", None)
    paragraphs = art.body.split("\n")
    for heading in ("交出阶段性的“成绩单”成效明显态势很好", "持续深化工作成效重点抓好四项工作", "强化责任狠抓落实圆满完成工作任务"):
        assert heading in paragraphs
    assert "记者" not in art.body


# ---------------------------------------------------------------- fuzzing
_SEED_LINES = [ln for p in SEEDS for ln in p.read_text(encoding="utf-8").split("\n")]
_SPECIAL = ["本报讯", "△", ".....", "..... 12", "记者 景静", "（区农委）", "2020年4月", "(总第1期)", "主管：某某",
            "本月关注", "6 月 10 日，", "。", "”", "/图", "\t", "  ", "\n", "\n\n", "区", "二七区"]
_piece = st.one_of(
    st.sampled_from(_SEED_LINES),
    st.sampled_from(_SPECIAL),
    st.text(alphabet=st.sampled_from("二七区召开会议记者本报讯△。，”“（）()1234567890 .\n\t\u3000ab"), max_size=30),
    st.text(max_size=20),
)
_fuzz_text = st.lists(_piece, max_size=60).map(lambda parts: "\n".join(parts))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_fuzz_text)
def test_fuzzed_text_never_raises_and_loses_nothing(text: str) -> None:
    issue = parse_unchecked(text)
    _assert_lossless(text, issue)
    for art in issue.articles:
        start, end = art.span
        assert 0 <= start <= end <= len(text)
    assert parse_text(text).layout in LAYOUTS


_SEED_TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]
_reshuffled_seed = st.sampled_from(_SEED_TEXTS).flatmap(
    lambda t: st.lists(st.sampled_from(t.split("\n")), min_size=1, max_size=150).map("\n".join)
)


@st.composite
def _cut_seed(draw: st.DrawFn) -> str:
    """A seed with a random chunk cut out and another pasted elsewhere: the layout survives, the
    structure breaks (a TOC without body, an article without byline, a headline pile in mid-text)."""
    text = draw(st.sampled_from(_SEED_TEXTS))
    a, b, c = sorted(draw(st.lists(st.integers(0, len(text)), min_size=3, max_size=3)))
    return text[:a] + text[b:c] + text[a:b] + text[c:]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_reshuffled_seed, _cut_seed()))
def test_mangled_seeds_lose_nothing(text: str) -> None:
    issue = parse_unchecked(text)
    _assert_lossless(text, issue)
    assert all(0 <= a.span[0] <= a.span[1] <= len(text) for a in issue.articles)


def test_fallback_keeps_everything() -> None:
    text = _text("002")
    issue = fallback(text)
    assert len(issue.articles) == 1
    _assert_lossless(text, issue)


DEGENERATE = [
    ("", "feature"), (" ", "feature"), ("\n\n", "feature"), ("本报讯", "newspaper"), ("△", "newsletter"),
    ("..... 1\n..... 2", "bulletin"), ("记者 景静", "feature"), ("本报讯\n记者 景静\n\n标题", "newspaper"),
]


@pytest.mark.parametrize("text,layout", DEGENERATE)
def test_degenerate_inputs_parse_without_fallback(text: str, layout: str) -> None:
    issue = parse_unchecked(text)
    _assert_lossless(text, issue)
    assert detect_layout(split_lines(text)) == issue.layout == parse_text(text).layout == layout


def test_whitespace_table_matches_python() -> None:
    from gazette_reader.ingest.parse import WHITESPACE

    assert WHITESPACE == {chr(c) for c in range(0x110000) if chr(c).isspace()}


def test_safety_net_on_a_raising_splitter(monkeypatch: pytest.MonkeyPatch) -> None:
    import gazette_reader.ingest.parse as parse_module

    def broken(lines: object) -> ParsedIssue:
        raise IndexError("bug")

    monkeypatch.setitem(parse_module._SPLITTERS, "newspaper", broken)
    text = _text("002")
    issue = parse_text(text)
    assert (issue.layout, len(issue.articles), issue.place) == ("feature", 1, "二七区")
    _assert_lossless(text, issue)


def test_safety_net_on_a_lossy_splitter(monkeypatch: pytest.MonkeyPatch) -> None:
    import gazette_reader.ingest.parse as parse_module

    real = parse_module._SPLITTERS["feature"]

    def lossy(lines: object) -> ParsedIssue:
        issue = real(lines)  # type: ignore[arg-type]
        issue.articles[0].body = issue.articles[0].body[1:]
        return issue

    monkeypatch.setitem(parse_module._SPLITTERS, "feature", lossy)
    text = _text("003")
    assert not parse_module.is_lossless(text, parse_unchecked(text))
    issue = parse_text(text)
    assert issue.articles[0].title == "" and issue.articles[0].body.startswith("百城建设提质")
    _assert_lossless(text, issue)


FORCED_TEXTS = [path.read_text(encoding="utf-8") for path in SEEDS] + [
    "区委书记宋洁到区信访局调研。\n\n她强调，要把群众的事办好。", "本报讯 区政府召开常务会议。"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_forced_layout_the_text_lacks_is_split_by_the_detected_one_with_a_warning(layout: str) -> None:
    """Marking a file with a layout whose cues it lacks (a bulletin without 目录, a page without datelines)
    never reaches the safety net's one article: the splitter runs, or detection does and says so."""
    for text in FORCED_TEXTS:
        issue = parse_unchecked(text, layout=layout)
        _assert_lossless(text, issue)
        if LAYOUT_DOES_NOT_FIT in issue.warnings:
            assert issue.layout == parse_unchecked(text).layout
            assert warning_zh(LAYOUT_DOES_NOT_FIT).startswith("文本缺少所选版式")
        else:
            assert issue.confidence == 1.0


GATHERED_LOG = """工作动态
第12期
县委办公室编

甲县召开2020年全县宣传委员会议
2020年4月30日，甲县召开全县宣传委员会议，总结去年工作，部署今年任务。

书记到宣传战线调研
11月7日，乙县县委书记到全县宣传思想文化战线调研。

丙县强化督查审批
为进一步规范全县督查工作，丙县县委办出台督查办法。
"""


def test_one_item_s_year_is_not_a_gathered_work_log_s_year() -> None:
    """A work log gathers items from several counties and years: the one item that states its year keeps it,
    and it is not the issue's, which the items that state none would inherit."""
    issue = parse_text(GATHERED_LOG)
    assert issue.layout == "worklog"
    assert [(a.year, a.month_day) for a in issue.articles] == [(2020, "04-30"), (None, "11-07"), (None, None)]
    assert issue.year is None


def test_the_year_most_items_of_a_work_log_state_is_the_issue_s() -> None:
    issue = parse_text(GATHERED_LOG.replace("11月7日", "2020年11月7日"))
    assert [a.year for a in issue.articles] == [2020, 2020, None]
    assert issue.year == 2020


BRACKETED_CREDIT = (
    "县民政局违规发放节日礼品 局长受处分\n\n"
    "2014-09-05 16:13 来源:新华网\n\n"
    "  新华网长沙9月5日电 省纪委日前对7起违反作风建设规定精神的典型问题发出通报。\n\n"
    "  通报要求,各级纪检监察机关要加强执纪监督,严查违规问题。\n\n"
    "  (记者 张明远)\n\n"
    "责编:王丽\n\n"
    "一村支书违规收礼 通报被贴到公开栏\n\n"
    "移动传媒讯 7月25日,镇政府信息公开栏贴出了一张醒目的通报,吸引了众多村民的关注。\n\n"
    "原来,这份通报是向群众公示该村支部书记违规收礼的违纪行为。\n"
)


def test_a_bracketed_byline_and_an_editor_line_close_a_release() -> None:
    """A byline in brackets ((记者 张明远)) and then an editor's line (责编:…) close a release: the
    byline is its credit, and the next release's headline is a headline, not the byline nor text."""
    issue = parse_text(BRACKETED_CREDIT)
    assert [a.title for a in issue.articles] == ["县民政局违规发放节日礼品 局长受处分", "一村支书违规收礼 通报被贴到公开栏"]
    assert [b.name for b in issue.articles[0].bylines] == ["张明远"]
    assert issue.articles[1].body.startswith("移动传媒讯")


WRAPPED_CREDIT = (
    "县政协社情民意被点赞\n\n"
    "本报讯 近日,县里一个个民生问题得到落实和解决,群众纷纷拍手称好。\n\n"
    "  县政协多次被市政协表彰为报送社情民意先进单位。\n\n"
    "市政协:反映好社情民意信息 发出政协声音\n\n"
    "2022-09-14 23:02:17 来源:市日报社\n\n"
    "  针对天桥电梯出现的零件生锈、老化等问题,市政管理处进行了维修,目前已正式对市民开放。\n\n"
    "  据悉,今年市政协共收集社情民意信息101篇,内容涉及民生、医疗、教育等各个领域。\n\n"
    "市日报社大数据智慧全媒体记者\n\n"
    "王小欢\n"
)


def test_a_credit_wrapped_over_two_lines_closes_its_release() -> None:
    """A release's closing credit whose name wrapped onto the next line (…全媒体记者 / 王小欢) is the
    release's credit, not an item of its own."""
    issue = parse_text(WRAPPED_CREDIT)
    assert [a.title for a in issue.articles] == ["县政协社情民意被点赞", "市政协:反映好社情民意信息 发出政协声音"]


CLIPPING_FIRST = (
    "新闻简讯\n\n"
    "来源:example.com 2017-11-09\n"
    "在第十八个记者节到来之际,11月8日,县委书记一行来到县电视台,看望慰问基层新闻工作者。\n"
    "县委常委、宣传部长参加慰问。\n\n"
    "来源:市场信息网 2015-01-19\n"
    "1月9日上午,镇政府在社区文化广场组织召开城乡环境综合治理誓师大会。\n"
    "全体机关干部、各村书记主任、居民代表等1200余人参加。\n"
)


def test_the_first_clipping_is_dated_by_its_source_line() -> None:
    """The first clipping of a compilation, its labelled source line right under the masthead, is dated
    by that line (2017-11-09), as every other clipping is, not by the first date its text names."""
    issue = parse_text(CLIPPING_FIRST)
    assert [(a.year, a.month, a.day) for a in issue.articles] == [(2017, 11, 9), (2015, 1, 19)]
    assert issue.articles[0].source_unit == "来源:example.com 2017-11-09"


COLUMN_FEATURE = (
    "广播电视台工作简报(3)\n\n"
    "工作简报 时间:2021-08-31 手机版\n\n"
    "【第一线】\n\n"
    "  领导带队走进基层记者蹲点深入采访\n\n"
    "  “走基层、转作风、改文风”活动启动仪式后,全台采编播人员随即行动起来。\n\n"
    "  9月7日,第一采访小组来到镇里,与镇领导座谈,了解新社区建设情况。\n"
)


def test_a_one_item_bulletin_s_column_tag_over_its_headline() -> None:
    """A one-item bulletin: its masthead with the issue number in brackets (…工作简报(3)) and its info line
    are the issue's; the bracketed column tag (【第一线】) is the item's section, the line under it the title."""
    issue = parse_text(COLUMN_FEATURE)
    assert [(a.title, a.section) for a in issue.articles] == [("领导带队走进基层记者蹲点深入采访", "第一线")]
    assert issue.articles[0].body.startswith("“走基层")


SET_APART = (
    "全市村党组织书记培训班开班\n"
    "4月20日,我市召开村党组织书记培训暨乡村振兴模块学习开\n"
    "班动员会。市委副书记出席会议并讲话,市委常委、组织部部\n"
    "长主持会议。去年底,全市完成村两委换届,一大批年轻干部\n"
    "走上村党组织书记岗位,为乡村振兴注入了新的活力和动力。\n"
    "各区镇分管负责人、农业服务中心负责人等参加培训。\n"
    "\n"
    "扫黑除恶攻坚期,市领导集中调研后进村党组织\n"
    "基层是党的执政之基、力量之源,后进村党组织是基层党建的\n"
    "短板,也是整个基层工作的短板。为加强对后进村党组织整顿\n"
    "工作的指导,市领导分别带队深入联系点开展集中调研活动,\n"
    "现场指导整顿工作,推动各项措施落到实处,取得明显成效。\n"
)


def test_a_one_line_two_part_headline_set_apart_in_wrapped_text() -> None:
    """In hard-wrapped text, a short one-line headline with a comma (…攻坚期,市领导…), a blank line above
    it and a full-width paragraph line right under it, heads an item: no paragraph is one such line."""
    issue = parse_text(SET_APART)
    assert [a.title for a in issue.articles] == ["全市村党组织书记培训班开班", "扫黑除恶攻坚期,市领导集中调研后进村党组织"]


LONG_HEADLINE = (
    "疫情防控期间,聚在办公室打纸牌,多名社区干部被处分\n\n"
    "为进一步严明纪律,坚决破除疫情防控工作中的形式主义问题,市纪委通报3起典型问题。\n\n"
    "某区某街道某社区\n\n"
    "疫情防控摸排工作不力问题\n\n"
    "社区疫情防控摸排工作不深入、不扎实,街道包联责任落实不到位,相关人员受到处分。\n"
)


def test_a_long_headline_with_commas_over_its_text() -> None:
    """A text that opens with a long headline holding two commas (…期间,聚在…,多名…被处分), set apart by a
    blank line above its text: the first item's title, though no headline candidate takes it."""
    issue = parse_text(LONG_HEADLINE)
    assert issue.articles[0].title == "疫情防控期间,聚在办公室打纸牌,多名社区干部被处分"
    assert issue.articles[0].body.startswith("为进一步严明纪律")


def test_a_dash_line_under_two_headline_decks_is_kept() -> None:
    """Found by the fuzz test: a ``--`` line under a headline and its second deck was taken as the subtitle
    over the deck already taken, which was lost."""
    text = "苏建设强调，教育项目是一项\n（区农委）\n区长耿勇军到北大培文实地查验高三复学工作\n重要会议\n--0"
    _assert_lossless(text, parse_unchecked(text))
