"""Headlines found by their look, table-driven: each case is an excerpt of a real document of
tests/corpus/real (see its SOURCES.md), cut short, with the (title, MM-DD) of every item it must give
(title None: the item has no headline of its own, its label is derived from its text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazette_reader.ingest.layouts import cues
from gazette_reader.ingest.layouts.headings import closes, titlelike
from gazette_reader.ingest.parse import is_lossless, parse_text
from gazette_reader.text.normalize import to_simplified

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "real"


def excerpt(name: str, start: int = 0, stop: int | None = None, *, width: int | None = None) -> str:
    """Lines ``start:stop`` of a corpus document, as a user has them; with ``width``, each line longer
    than 1.3 × ``width`` is cut every ``width`` characters (the same text as a narrower column gives it)."""
    lines = (CORPUS / name).read_text(encoding="utf-8").split("\n")[start:stop]
    if width:
        lines = [part for line in lines for part in _cut(line, width)]
    return "\n".join(lines).rstrip("\n") + "\n"


def _cut(line: str, width: int) -> list[str]:
    if len(line) <= width * 1.3:
        return [line]
    return [line[i:i + width] for i in range(0, len(line), width)]


# traditional/tainan_qugongsuo_11310.txt: a full-width headline line, its date line right under it
TAINAN_DATE_LINE = """中西區百歲人瑞賀重陽活動
發布日期：113-10-09
為發揚九九重陽敬老孝道精神及對百歲人瑞的關懷，中西區長蔡佳甫代表市長黃偉
哲前往探視轄區百歲人瑞，致贈賀禮及祝福，祝賀人瑞們身體健康、福壽綿延。
八區防疫防災合作交流 齊心簽訂聯防支援協定 提升整體災害防救量能
發布日期：113-10-25
為提升登革熱防疫量能，精進各項防治措施，並落實推動防救災整備工作和應變作
為，南區區公所今(25)日與相鄰且同為都會型7區進行登革熱防疫經驗交流，並簽訂
災害防救區域聯防-跨區支援協定，當面對疫情或災害規模超過自有能力或資源時，能
夠緊急迅速應變，更有效整合防救災資源及運用調度，打造堅韌的災害應變防護網。
"""

# traditional/macau_zhengfu_xinwen.txt: a two-line headline (its first line set off by two spaces),
# the issuing office and a date-time line under it; a web page's info line with bars
MACAU_RELEASES = excerpt('traditional/macau_zhengfu_xinwen.txt', 11, 57)

# traditional/zongtongfu_xinwen_114.txt (double-spaced): date line, a full-width headline, then a
# paragraph whose first line opens a bracket it closes on the next
ZONGTONGFU = excerpt("traditional/zongtongfu_xinwen_114.txt", 94, 118) + "\n" + excerpt("traditional/zongtongfu_xinwen_114.txt", 160, 178)

# worklog/jiedao_shequ_tongxun.txt (double-spaced): the wrap cut the date that opens the text after
# the headline on its line (…入户宣传 1 / 1月2日,…)
JIEDAO_CUT_DATE = excerpt('worklog/jiedao_shequ_tongxun.txt', 0, 53)

# bullets/chengxiang_huanjing_jianxun.txt: ◎ items whose first line has no punctuation yet
CHENGXIANG_BULLETS = excerpt('bullets/chengxiang_huanjing_jianxun.txt', 0, 33)

# bullets/anquan_fangxun_jianxun.txt: a masthead line above △ briefs is the issue's, not an item
ANQUAN_MASTHEAD = excerpt('bullets/anquan_fangxun_jianxun.txt', 0, 21)


# clippings/renmin_anhui_baodao_zhaibian.txt: a clipped story's two decks, the lower too short to start
# an item by itself; a clipping keeps the newspaper's order (引题 above 主题)
CLIPPED_DECKS = excerpt('clippings/renmin_anhui_baodao_zhaibian.txt', 0, 73)

# clippings/shehui_jiuzhu_xinwen_zhaibian_2026_di1qi.txt: bylines with wide-set names under the headlines
CLIPPED_BYLINES = excerpt('clippings/shehui_jiuzhu_xinwen_zhaibian_2026_di1qi.txt', 0, 32)


# newspaper/renmin_2026_0106_p11_zhengzhi.txt (whole; double-spaced): a photo's headline, its caption wrapped
# before a relative date run on into its verb (…葫芦套村 / 日前开展…)
PHOTO_CAPTION = excerpt('newspaper/renmin_2026_0106_p11_zhengzhi.txt', 0, 149)

# worklog/xinxi_kuaibao_di21qi.txt: a two-part headline (单位：…，…) after a blank line, undated lead
COLON_HEADLINE = excerpt('worklog/xinxi_kuaibao_di21qi.txt', 64, 119)

# traditional/tainan_shizheng_1120315.txt (whole): the wrap cut a date (…(112)年2月2 / 3日上線服務，…) right
# under a release's header lines
CUT_DATE_UNDER_HEADER = excerpt('traditional/tainan_shizheng_1120315.txt', 0, 83)

# clippings/xinjiuye_qunti_yuqing_huibian_di3qi.txt: 【…】 group headings, each above a source line
SECTIONS_OVER_SOURCES = excerpt('clippings/xinjiuye_qunti_yuqing_huibian_di3qi.txt', 0, 136)


# newspaper/renmin_2026_0102_p02.txt (wrapped at 22, no blank lines): a photo caption closed by its
# credit (方东 / 旭摄（新华社发）), then the next story's headline
PHOTO_CREDIT = excerpt('newspaper/renmin_2026_0102_p02.txt', 0, 26)


# worklog/zhengwu_xinxi_2021_di9qi.txt re-wrapped at 30 (as a PDF column gives it): the first item's
# full-width headline right under the masthead, its undated text in short wrapped lines
WRAPPED_FIRST_ITEM = excerpt('worklog/zhengwu_xinxi_2021_di9qi.txt', 0, 15, width=30)

# traditional/hk_gia_201601.txt re-wrapped at 30, its headlines left whole: a headline wider than the
# column, after the release's date and time lines
OVERRUNNING_HEADLINE = excerpt('traditional/hk_gia_201601.txt', 0, 20, width=30)


# bullets/yaoqing_jianbao_di38qi.txt re-wrapped at 30: a bullet item whose first line holds a full date
# (● 2024年9月13日,区长…) is an item, not a masthead date line
WRAPPED_DATED_BULLET = excerpt('bullets/yaoqing_jianbao_di38qi.txt', 0, 9, width=30)


# worklog/gongzuo_jianbao_di14qi.txt re-wrapped at 18: a quotation with a space inside it at a line start
WRAPPED_QUOTATION = excerpt('worklog/gongzuo_jianbao_di14qi.txt', 0, 32, width=18)


# traditional/hk_gia_201601.txt re-wrapped at 18: a full-width headline whose lead names its subject
# again (民政事務局局長祝賀… / 民政事務局局長劉江華今日…)
NARROW_RELEASES = excerpt('traditional/hk_gia_201601.txt', 0, 20, width=18)

CASES = [
    ("date line under a full-width headline", TAINAN_DATE_LINE,
     [("中西區百歲人瑞賀重陽活動", "10-09"), ("八區防疫防災合作交流 齊心簽訂聯防支援協定 提升整體災害防救量能", "10-25")]),
    ("release headlines over office and date lines", MACAU_RELEASES,
     [("-行政長官施政報告記者會快訊 開展維護國家安全工作是防患未然", "11-14"),
      ("歐陽瑜：夏主任勉勵社團齊心協力把澳門國際大都市“金名片”擦得更亮", "05-15"),
      ("行政長官委任行政會發言人", "01-08")]),
    ("date cut by the wrap after a headline sharing its line", JIEDAO_CUT_DATE,
     [("群英街道召开2023年重点工作谋划部署会", "02-06"), ("丰文街道丰盛社区新时代文明实践站开展垃圾分类入户宣传", "11-02")]),
    ("bullet items whose first line has no punctuation", CHENGXIANG_BULLETS,
     [(None, "09-28"), (None, "11-30"), (None, None), (None, "04-15"), (None, "04-14"), (None, "07-19"),
      (None, "08-11")]),
    ("masthead above briefs", ANQUAN_MASTHEAD, [(None, "07-28"), (None, "05-25")]),
    ("clipped story with two decks", CLIPPED_DECKS, [("淮北发现新煤田", "07-20"), ("安徽培育农字号名牌", "04-26")]),
    ("bylines set wide are no headlines", CLIPPED_BYLINES,
     [("急难事项“小额快救”，办理时限不超3天", "01-30"), ("广西上线运行登记失业人员就业帮扶“一件事”", "01-22"),
      ("民生账本 缩短群众跑腿路", "01-08")]),
    ("photo headline over a wrapped caption", PHOTO_CAPTION,
     [("直播助农", "01-04"), ("重庆公安推广“渝路通”小程序", "01-05"), ("江西奉新县鼓励年轻基层干部“组团”攻坚", "01-05")]),
    ("two-part headline after a blank line", COLON_HEADLINE,
     [("马村区区长王婕带队督导重点项目建设工作", "10-25"), ("自来桥镇:加大秸秆禁烧巡查工作,营造镇村联防浓厚氛围", None),
      ("顺义区胜利街道召开2023年党建工作协调委员会全体会议", None)]),
    ("two-part headline wrapped onto a short line, no blank lines",
     "\n".join(line for line in COLON_HEADLINE.split("\n") if line.strip()) + "\n",
     [("马村区区长王婕带队督导重点项目建设工作", "10-25"), ("自来桥镇:加大秸秆禁烧巡查工作,营造镇村联防浓厚氛围", None),
      ("顺义区胜利街道召开2023年党建工作协调委员会全体会议", None)]),
    ("number cut by the wrap under a header", CUT_DATE_UNDER_HEADER,
     [("台南國際觀光新里程 黃偉哲宣布4月1日首航包機直飛仙台", "03-15"),
      ("永康六甲頂醫療專用區市地重劃動土 黃偉哲盼提升醫療量能保障市民健康", "03-15"),
      ("臺南市公共自行車2.0增加13站上線服務", "03-15"), ("臺南續推生態給付 黃偉哲期能顧人顧鳥顧環境", "03-15")]),
    ("photo credit closes a caption", PHOTO_CREDIT, [("欢度新年", "01-01"), ("2025年分层分类社会救助体系不断完善", "01-01")]),
    ("first item's headline under a masthead, wrapped text", WRAPPED_FIRST_ITEM,
     [("凤阳县武店镇开展“我为群众办实事”之防溺水安全教育宣传", "06-23"), ("双浮镇召开农村人居环境整治整镇再推进工作专题会", "08-10")]),
    ("headline wider than the column", OVERRUNNING_HEADLINE,
     [("嶺澳核電站運行事件", "01-11"), ("民政事務局局長祝賀李慧詩奪亞錦賽金牌", "01-30"),
      ("勞工及福利局局長出席有「為」院舍計劃總結及頒獎典禮致辭（只有中文）", "01-30")]),
    ("bullet item opening with a full date", WRAPPED_DATED_BULLET,
     [(None, "12-05"), (None, "10-20"), (None, "01-05"), (None, "09-13"), (None, "12-15"), (None, "08-16")]),
    ("full-width headline, lead repeats its subject", NARROW_RELEASES,
     [("嶺澳核電站運行事件", "01-11"), ("民政事務局局長祝賀李慧詩奪亞錦賽金牌", "01-30"),
      ("勞工及福利局局長出席有「為」院舍計劃總結及頒獎典禮致辭（只有中文）", "01-30")]),
    ("subtitle reporting what the main title's subject said", excerpt("newspaper/renmin_1997_0404_p01.txt"),
     [("江泽民会见美国客人", "04-03"), ("江主席会见差瓦立总理", "04-03")]),
    ("headline under a date line, bracket left open below", ZONGTONGFU,
     [("總統出席臺北母娘文化季保民遶境嘉年華 祈求國家安全、社會安定、人民安居樂業", "04-19"),
      ("天主教教宗方濟各辭世 總統表達誠摯悼念與深切慰問", "04-21")]),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_items_and_titles(name: str, text: str, expected: list) -> None:
    issue = parse_text(text)
    assert is_lossless(text, issue)
    got = [(None if a.title_derived else a.title, a.month_day) for a in issue.articles if a.title or a.body]
    assert got == expected


# newspaper/renmin_1951_1997_archive_pages.txt: 引题 / 主题 / 副题 over a bracketed dateline that names
# only the day; the page line above gives its month
THREE_DECKS = excerpt('newspaper/renmin_1951_1997_archive_pages.txt', 0, 20)


def test_three_decks_and_a_day_only_dateline() -> None:
    issue = parse_text(THREE_DECKS)
    story = issue.articles[-1]
    assert (story.kicker, story.title, story.subtitle) == (
        "执行和平解放西藏办法协议", "人民解放军进抵拉萨", "各族人民及西藏地方政府官员等列队欢迎")
    assert story.body.startswith("【新华社重庆十四日电】")
    assert (story.year, story.month_day) == (1951, "09-14")


def test_group_headings_over_source_lines_are_sections() -> None:
    issue = parse_text(SECTIONS_OVER_SOURCES)
    assert [(a.section, a.month_day) for a in issue.articles] == [("媒体聚焦", "01-08"), ("媒体聚焦", "01-06"), ("他山之石", "01-30")]


# clippings/meiti_kan_henan_ziliao.txt (double-spaced): a quoted exclamation as the headline right under
# a group heading
EXCLAIMED_UNDER_GROUP = excerpt('clippings/meiti_kan_henan_ziliao.txt', 0, 121)


def test_exclaimed_headline_under_a_group_heading() -> None:
    issue = parse_text(EXCLAIMED_UNDER_GROUP)
    first = issue.articles[0]
    assert (first.section, first.title, first.month_day) == ("报刊摘登", "“这才是真正的河南!”", "12-12")
    assert [a.month_day for a in issue.articles] == ["12-12", "04-24"]


def test_masthead_above_briefs_is_issue_metadata() -> None:
    issue = parse_text(ANQUAN_MASTHEAD)
    assert issue.metadata.get("报头") == "安全生产和防汛工作简讯"
    assert all("简讯" not in a.title for a in issue.articles)


TITLELIKE = [
    ("天主教教宗方濟各辭世　總統表達誠摯悼念與深切慰問", True),
    ("關於教廷宣布天主教教宗方濟各（Pope Fran", False),  # opens a bracket: a sentence that wraps
    ("澳門快訊 | 發佈時間: 2025/01/08 | 來源", False),  # a web page's info line
    (": 新聞局(GCS)", False),  # continues the line above
    ("为贯彻省卫健委“党建引领", False),  # worklog/gongzuo_jianbao_di14qi.txt wrapped at 18: a quotation left open
    ("重庆日报记者  张  莎", False),  # a byline, its two-character name set wide
    ("东方今报记者 刘长征/文", False),
    ("歐陽瑜：夏主任勉勵社團齊心協力", True),
]


def test_no_shared_headline_cut_inside_a_quotation() -> None:
    """The space inside “党建引领 医疗强基” sets off no headline from its text."""
    issue = parse_text(WRAPPED_QUOTATION)
    titles = [a.title for a in issue.articles]
    assert "我院联合第一医科大学附属眼科医院、玉函北社区党委开展义诊活动" in titles
    assert not any(t.startswith("为贯彻") for t in titles)


@pytest.mark.parametrize(("text", "expected"), TITLELIKE)
def test_titlelike(text: str, expected: bool) -> None:
    assert titlelike(to_simplified(text)) is expected  # the splitters read the simplified form


CLOSES = [
    ("营造镇村联防浓厚氛围。", True),
    ("力量。(双浮镇 林海胜)", True),
    ("双浮镇 林海胜)", True),  # worklog/zhengwu_xinxi_2021_di9qi.txt wrapped at 18: the credit's end
    ("旭摄（新华社发）", True),  # newspaper/renmin_2026_0102_p02.txt: a photo credit
    ("　　新华社记者  马金瑞摄", True),
    ("区委书记张刚主持会议并", False),
    ("涉及二七区10条道路）和城区", False),
]


@pytest.mark.parametrize(("text", "expected"), CLOSES)
def test_closes(text: str, expected: bool) -> None:
    assert closes(text) is expected


# A Taiwan paper's reporter line opens a story like a dateline (written for this test in the form of
# 金門/臺中 local news: 【記者王小明/金門報導】…, 記者徐義雄∕台中報導 …); it heads nothing.
TAIWAN_REPORTER_LINES = """維護校園安全 金城分局舉辦座談會
【記者王小明/金門報導】為維護轄區校園安全，縣警局金城分局3月19日上午召開校園安全座談會，由分局長李大同主持。
金門召開疫情指揮中心第6次會議
【記者王小明/金門報導】因應疫情發展，金門縣政府於3月20日上午召開指揮中心第6次會議，由指揮官主持。
暖警協助迷途老人返家
記者徐義雄∕台中報導 臺中市政府警察局第四分局在3月19日9時接獲通報，副所長立即到場協助。
"""


def test_taiwan_reporter_lines_open_stories() -> None:
    issue = parse_text(TAIWAN_REPORTER_LINES)
    assert [(a.title, a.month_day) for a in issue.articles] == [
        ("維護校園安全 金城分局舉辦座談會", "03-19"), ("金門召開疫情指揮中心第6次會議", "03-20"), ("暖警協助迷途老人返家", "03-19")]


def test_synthetic_pages_split_into_their_stories() -> None:
    """The benchmark's synthetic newspaper pages (bench/corpus.py: 本报讯 stories wrapped by character
    count in a 13-character column, each closed by a byline line): every story found, no paragraph that
    opens with narrow digits (2019年度通航企业政策奖 / 补申报自3月11日开始，…) taken for a headline."""
    from gazette_reader.bench.corpus import generate

    pages = [f for f in generate(200) if f.name.startswith("page_")]
    assert pages
    assert [len(parse_text(f.text).articles) for f in pages] == [f.articles for f in pages]


DATE_LINES = [
    ("發稿日期：110年12月30日", (2021, 12, 30)),
    ("發布日期：113-10-25", (2024, 10, 25)),
    ("發稿時間：112年3月15日 12:10", (2023, 3, 15)),
    ("更新時間：2024-03-05 08:00", (2024, 3, 5)),
    ("2025年3月5日（星期三）", (2025, 3, 5)),
    ("會議時間：2024年3月5日上午", None),
]


@pytest.mark.parametrize(("text", "expected"), DATE_LINES)
def test_line_date(text: str, expected: tuple[int, int, int] | None) -> None:
    assert cues.line_date(to_simplified(text)) == expected


DATELINES = [
    ("本报北京1月2日电  （记者王浩）近日", True),
    ("【新华社重庆十四日电】拉萨讯:执行", True),
    ("据新华社北京1月1日电 （记者徐心华、邹爱国）政协全国委员会", True),  # a 1980s reprint of wire copy
    ("本报1984年12月30日讯 笔者从总政组织部获悉", True),
    ("【记者王小明/金门报导】为维护", True),
    ("据悉，今年全区", False),
    ("记者了解到，今年", False),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_dateline(text: str, expected: bool) -> None:
    assert bool(cues.match_dateline(text)) is expected


SOURCE_LINES = [
    ("《郑州晚报》2020年1月16日E06版", (2020, 1, 16)),
    ("（摘自《人民日报》2026年1月7日第11版）", (2026, 1, 7)),  # clippings/minsheng_xinwen_jianbao_di2qi.txt
    ("《人民日报》（2026年01月05日第 11 版）", (2026, 1, 5)),  # as paper.people.com.cn prints it under an article
    ("来源：人民网 2024年03月05日 08:12", (2024, 3, 5)),  # a web copy's source with its time
    ("摘自2024年3月5日《人民日报》", (2024, 3, 5)),
    ("2024年3月5日 来源：新华网", (2024, 3, 5)),
    ("2024年3月5日", None),  # a date line, not a source
    ("2024年3月5日召开会议", None),
    ("会议纪要（2024年3月5日）", None),
]


@pytest.mark.parametrize(("text", "expected"), SOURCE_LINES)
def test_source_date(text: str, expected: tuple[int, int, int] | None) -> None:
    assert cues.source_date(text) == expected


# Written for this test in the common 工作动态 form: numbered group headings (一、党建工作), the first
# right under the masthead.
NUMBERED_GROUPS = """城关镇工作动态
第5期
城关镇党政办公室                    2024年5月10日

一、党建工作
城关镇召开党委理论学习中心组学习会
5月6日，城关镇召开党委理论学习中心组学习会，传达学习上级有关会议精神。镇党委书记王强主持会议并讲话，镇领导班子成员参加会议。
会议要求，全镇各级党组织要把学习贯彻抓实抓细。
城关镇开展“五一”主题党日活动
近日，城关镇各村党支部开展“五一”主题党日活动，组织党员开展环境整治志愿服务。
二、经济发展
城关镇召开重点项目推进会
5月8日，城关镇召开重点项目推进会，镇长李明主持会议。会议听取了各项目进展情况汇报，对下一步工作进行了安排部署。
城关镇组织企业参加招聘会
为缓解企业用工难题，5月9日，城关镇组织辖区12家企业参加县人社局举办的专场招聘会，提供岗位300余个。
三、社会事业
城关镇开展防溺水安全教育
暑期将至，为增强学生防溺水意识，城关镇联合派出所走进辖区学校开展防溺水安全教育。
"""


def test_numbered_group_heading_under_the_masthead_is_the_first_items_section() -> None:
    issue = parse_text(NUMBERED_GROUPS)
    assert [a.section for a in issue.articles] == ["一、党建工作", "一、党建工作", "二、经济发展", "二、经济发展", "三、社会事业"]
    assert "一、党建工作" not in issue.metadata.values()


# Written for this test in the form of Hong Kong GIA releases: each ends with 完, then its date and time.
RELEASES_WITH_END_MARKS = """政務司司長出席地區活動
　　政務司司長陳國基今日（三月五日）出席中西區地區活動，與區內居民交流，了解社區需要。
　　陳國基表示，特區政府會繼續完善地區治理，加強與各區議會的合作。
完
2024年3月5日（星期二）
香港時間18時30分

民政及青年事務局局長訪問深水埗區
　　民政及青年事務局局長麥美娟今日（三月五日）到訪深水埗區，視察區內青年服務設施。
　　麥美娟說，政府重視青年發展，會推出更多支援青年的措施。
完
2024年3月5日（星期二）
香港時間19時15分
"""


def test_end_mark_closes_a_release_and_heads_nothing() -> None:
    issue = parse_text(RELEASES_WITH_END_MARKS)
    assert is_lossless(RELEASES_WITH_END_MARKS, issue)
    assert [(a.title, a.month_day) for a in issue.articles] == [
        ("政務司司長出席地區活動", "03-05"), ("民政及青年事務局局長訪問深水埗區", "03-05")]
    assert issue.furniture.count("完") == 2


# Written for this test in the form of 臺北市政府 press releases (the header block a release opens with:
# 發稿單位 / 發稿日期 in ROC years / 聯 絡 人 set wide / 聯絡電話).
RELEASE_HEADER_BLOCKS = """臺北市政府新聞稿

北市調查市民居住現況 邀市民踴躍填答
發稿單位：綜合企劃科
發稿日期：110年12月30日
聯 絡 人：陳科長
聯絡電話：1999分機6975
臺北市政府為更瞭解本市民眾居住現況，今（30）日起辦理居住狀況調查，邀請市民踴躍填答問卷。
調查結果將作為市府研擬住宅政策的參考。

北市推動公共托育 增設親子館
發稿單位：社會局
發稿日期：110年12月29日
聯 絡 人：王專員
聯絡電話：1999分機1234
臺北市政府社會局今（29）日宣布，明年將再增設3處親子館，提供家長更多托育選擇。
社會局表示，將持續推動公共托育政策。
"""


def test_release_header_block_is_no_headline_and_dates_the_release() -> None:
    issue = parse_text(RELEASE_HEADER_BLOCKS)
    assert [(a.title, a.year, a.month_day) for a in issue.articles] == [
        ("北市調查市民居住現況 邀市民踴躍填答", 2021, "12-30"), ("北市推動公共托育 增設親子館", 2021, "12-29")]


# Written for this test in a common 政务信息 form: a bracketed column tag in front of each headline.
TAGGED_HEADLINES = """政务信息
第12期
【经济发展】我区召开重点项目推进会
5月8日，我区召开重点项目推进会，区长李明主持会议。会议听取了各项目进展情况汇报。
【社会民生】我区开展防溺水安全教育活动
近日，区教体局联合派出所走进辖区学校开展防溺水安全教育，增强学生安全意识。
【党的建设】区委理论学习中心组召开专题学习会
5月10日，区委理论学习中心组召开专题学习会，区委书记王强主持并讲话。
"""


def test_bracketed_tag_before_a_headline_is_its_section() -> None:
    issue = parse_text(TAGGED_HEADLINES)
    assert is_lossless(TAGGED_HEADLINES, issue)
    assert [(a.section, a.title, a.month_day) for a in issue.articles] == [
        ("经济发展", "我区召开重点项目推进会", "05-08"), ("社会民生", "我区开展防溺水安全教育活动", None),
        ("党的建设", "区委理论学习中心组召开专题学习会", "05-10")]


# Written for this test in the form of a monthly 市政新聞 page: a masthead with its month, two releases
# dated only by the day (今（15）日, 本月21日).
MONTHLY_RELEASES = """臺南市政府市政新聞
2024年3月

市長出席社區活動 關心長輩健康
市長黃偉哲今（15）日出席社區活動，關心長輩健康，並與里民互動。

市府推動城市綠化 增設公園綠地
臺南市政府工務局表示，本月21日將啟用新設公園，提供市民休憩空間。
"""


def test_masthead_month_dates_a_day_only_release() -> None:
    issue = parse_text(MONTHLY_RELEASES)
    assert [(a.title, a.month_day) for a in issue.articles] == [
        ("市長出席社區活動 關心長輩健康", "03-15"), ("市府推動城市綠化 增設公園綠地", "03-21")]


TAGGED_RELEASES = """【文明花开武陵源】武陵源区召开创建全国文明城市社会文化环境组第二次工作调度会
来源：武陵源区融媒体中心 作者：陈蕾 陈楚棋 编辑：王庆 2022-07-14 15:59:30
武陵源区融媒体中心7月13日讯（通讯员 陈蕾 陈楚棋
）7月13日，武陵源区召开创建全国文明城市社会文化环
境组第二次工作调度会，安排部署下一步工作。区领导吴扬
学、唐丽，社会文化创建组各责任单位负责人及全区中小学
校长参加会议。
会议通报了文明城市创建模拟测评和近期督查检查情况，下
发了《2022年武陵源区创建全国文明城市社会文化组问
题清单》。
会议要求，各责任单位要深化认识、提高站位，切实增强文
明城市创建的信心和决心，坚决打赢舆论宣传攻坚战、环境
整治攻坚战、素质提升攻坚战和迎检攻坚战，让文明城市创
建的“责任清单”转化为人民群众的“幸福清单”。
来源：武陵源区融媒体中心
作者：陈蕾 陈楚棋
编辑：王庆
省档案局副局长李宗春一行到宣恩县调研档案馆建设项目
发布时间：2017-05-02 来源： 宣恩县档案局 作者：尹强 阅读次数：1487
4月28日，省档案局副局长李宗春一行到宣恩县档案馆调
研宣恩县档案馆新馆建设项目。
李宗春副局长在宣恩县档案馆现场参观展厅、特藏室、监控
室，并对宣恩县馆藏特色档案提出了具体要求，要求挖掘珍
贵照片档案的历史背景，收藏历史。
座谈会上，李宗春副局长现场查看了宣恩县档案馆新馆效果
图、施工设计图等，对宣恩县档案馆建设项目的前期工作给
予了充分肯定，并要求宣恩县档案馆建设项目要在今年动工
。
省档案局副局长李宗春（右二）参观宣恩县档案馆展厅
省档案局副局长李宗春（右二）查看宣恩县档案新馆建设相
关资料
市文旅广体局一行赴澧督导公共文化排查工作
近日，市文旅广体局党组成员、总工程师江勇一行来到澧县
，督导澧县的基层公共文化设施运行和安全管理排查工作，
澧县文旅广体局有关负责人陪同。
在听取澧县的工作情况汇报后，江勇随机抽查澧南镇仙峰村
，现场查看该村文化服务中心设施设备运行情况，翻阅工作
台账，询问了解澧南镇幸福屋场建设经验。在实地考察后，
江勇对澧县的排查工作给予充分肯定，同时也指出一些不足
，他建议幸福屋场周边要多建一些小而精，方便使用、体现
特色的公共文化设施。
一行人还对澧县国家级文物保护单位澧州文庙、多安桥进行
了影像收集。
督导检查现场
（来 源：澧县文旅广体局）
（审 核：黄 亮）
"""


def test_releases_with_a_column_tag_captions_and_credits() -> None:
    """Three releases wrapped at 26 characters, no blank lines: a column tag before a headline wider than
    the column (the release's 来源 line under it); a photo caption whose wrapped tail (关资料) ends its
    paragraph without a stop, then the next headline; a lone 。 the wrap put on its own line; captions
    naming where a person stands (（右二）) and bracketed credits (（来 源：…）) are never headlines."""
    issue = parse_text(TAGGED_RELEASES)
    assert [(a.title, a.section) for a in issue.articles] == [
        ("武陵源区召开创建全国文明城市社会文化环境组第二次工作调度会", "文明花开武陵源"),
        ("省档案局副局长李宗春一行到宣恩县调研档案馆建设项目", None),
        ("市文旅广体局一行赴澧督导公共文化排查工作", None)]
    assert [(a.year, a.month, a.day) for a in issue.articles][:2] == [(2022, 7, 14), (2017, 5, 2)]
    assert "要在今年动工。" in issue.articles[1].body
    assert is_lossless(TAGGED_RELEASES, issue)


CLIPPED_WEB_STORIES = """媒体看基层
（资料摘编）

【报刊摘登】
山水环绕二里镇：人们在田园牧歌中的幸福生活
深入大众人心的宣传牌：乡村振兴才刚起步。 本版图
片由长江商报公益联盟记者 李彪 周颖 摄
长江商报消息 ●长江商报公益联盟记者赵美洸 李彪 发自陕西城固
外界鲜有人知，地处秦岭巴山深处的城固县二里镇，曾
是一个既无资源，又无良田，林密沟深，土地贫瘠的地
方。近一多半劳力靠外出打工维持生计，一方水土养不
活一方人，是一个典型的无资源、无劳力、无产业的“
三无”小镇。
如今，随着脱贫攻坚的深入实施，经过数年的产业扶贫
、健康扶贫、教育扶贫……一个个贫困堡垒被攻克，彻
底撕掉了贫困标签， 到2020年全镇贫困人口全部
实现了脱贫。
令长江商报公益联盟印象深刻的是，二里镇党委、政府
全面践行生态优先、绿色发展的理念，以“三个紧抓”
和“三个屏障”为重点，全力守护绿水青山“金饭碗”
，提升二里镇群众“幸福感”。
当前二里镇新的乡村振兴号角已吹响，扶贫资产不断壮
大，扶贫产业蓬勃发展，助贫益贫成效显现，从源头上
已经筑起了严防返贫的“巍峨堤坝”。
（摘自《长江商报》2021年9月29日）

【网络媒体】
聚焦赣南苏区振兴发展五周年 全国网媒看赣州：第一站安远
  晋江新闻网6月13日讯 （本网特派记者_李华
燕）6月12日上午，在赣州市安远县三百山旅游景区
，“共饮一江水赣港一家亲”主题宣传活动正式拉开序
幕。来自中央网信办、江西网信办以及人民网、新华网
、央视网、中国网、凤凰网等中央和地方媒体的记者们
将开展为期五天半的采访活动，聚焦赣南苏区振兴发展
五年来的变化。
  在媒体见面会上，由赣州市振兴办副主任刘卫红作
赣南苏区振兴发展工作情况通报。她表示，五年来，在
党中央、国务院的殷切关怀，省委、省政府的强力推动
和国家部委的倾情支持下，赣州市广大干部群众感恩奋
进，苦干实干，推动振兴发展取得阶段性重大成效，赣
州经济实力跻身全国城市百强，主要经济指标增速持续
高于全国全省平均水平，赣南老区进入了经济社会发展
最快、城乡面貌变化最大、老百姓受益最多的时期。
  赣州市市政府办公厅副主任王彦从主攻工业、精准
扶贫、新型城镇化、现代农业、现代服务业、基础设施
建设等方面介绍赣州市六大攻坚战推进情况；安远县委
副书记何清平则详细讲述了东江源生态环境保护情况。
  探寻香港饮用水发源地东江源 感受客家特色房屋东生围
  安远县位于江西省南部，生态环境优越，拥有“全
国生态文明先进县、江西省首批生态文明示范县、中国
采茶戏艺术之乡、全国首个脐橙类国家级出口质量安全
示范区”等名片。境内的三百山是珠江水系东江的源头
，香港同胞饮用水的发源地。此次媒体采风活动的第一
站就来到了安远县的三百山景区。
来源：晋江新闻网 2017-06-13

市林业局到金沙湖湿地公园开展调研
红安网消息  7月5日，黄冈市林业局调研组到金沙
湖湿地公园指导湿地保护和外来物种调查工作。调研组
查看了金沙湖周边环境治理和湿地保护相关情况，对金
沙湖湿地保护和外来物种调查工作表示肯定，提出要持
续抓好湿地保护修复工作，不断提升金沙湖水质。
来源：红安网 2022-07-08
"""


def test_clipped_web_stories_with_captions_datelines_and_subheadings() -> None:
    """A clipping compilation: a headline with a photo caption right under it (its credit set off by
    spaces, …记者 李彪 周颖 摄), a 消息 dateline with a byline (长江商报消息 ●…记者…), an in-text subheading
    in a story that closes with its source line further down: three items, each with its source."""
    issue = parse_text(CLIPPED_WEB_STORIES)
    assert [(a.title, a.section) for a in issue.articles] == [
        ("山水环绕二里镇：人们在田园牧歌中的幸福生活", "报刊摘登"),
        ("聚焦赣南苏区振兴发展五周年 全国网媒看赣州：第一站安远", "网络媒体"),
        ("市林业局到金沙湖湿地公园开展调研", "网络媒体")]
    assert [(a.month, a.day) for a in issue.articles] == [(9, 29), (6, 13), (7, 8)]
    assert "探寻香港饮用水发源地东江源" in issue.articles[1].body
    assert is_lossless(CLIPPED_WEB_STORIES, issue)


def test_web_releases_keep_their_subheadings() -> None:
    """Releases saved one after another each have the page's info line under the headline (来源:…,
    a channel's stamp, 日期:…): a plain headline without one is a subheading inside the release before,
    however long and however its paragraph opens."""
    text = (
        "吴圩镇扎实做好“双节”安全稳定工作\n来源: 周佳 2020-10-01 16:56:36 责编: 许梦源\n\n"
        "9月30日上午,定远县吴圩镇召开“双节”安全生产工作会议,全镇机关干部参加会议。\n\n"
        "“官宣”!香港十八区“整活儿”→\n大湾区之声 2024-01-09 15:02:32\n\n"
        "今早(9日),香港特区行政长官李家超出席行政会议前会见传媒。\n\n新气象、新面貌\n\n"
        "18区区议会已顺利召开\n\n香港特区行政长官李家超今日表示,第七届区议会区议员已于1月1日上任。\n\n"
        "香港各区将举办“日夜都缤纷”系列活动\n\n李家超在会上介绍,香港十八区于本月至5月举办活动。\n"
    )
    issue = parse_text(text)
    assert [(a.title, a.year, a.month_day) for a in issue.articles] == [
        ("吴圩镇扎实做好“双节”安全稳定工作", 2020, "10-01"), ("“官宣”!香港十八区“整活儿”→", 2024, "01-09")]
    assert "18区区议会已顺利召开" in issue.articles[1].body
    assert is_lossless(text, issue)


def test_date_lines_over_headlines_with_a_page_line_between() -> None:
    """A press cutting service prints the date above each story, sometimes the page under it
    (2025年07月07日 / 第A09版:澳聞 / headline / 【本報消息】…): each story takes its own date line, and the
    page line is the issue's."""
    text = (
        "2025年01月04日\n许乐敏任市咨会主席\n【本报消息】市政署讯:市政咨询委员会于二日召开会议,选出主席。\n"
        "经委员投票,许乐敏为市政咨询委员会主席。\n\n"
        "2025年07月07日\n第A09版:澳闻\n化地玛师生参市署公开会议\n【本报消息】市政署讯:为培养青少年对澳门的归属感,"
        "市政署邀请学校师生参与公开会议。\n会后,师生们与委员会成员互动交流。\n"
    )
    issue = parse_text(text)
    assert [(a.title, a.year, a.month_day) for a in issue.articles] == [
        ("许乐敏任市咨会主席", 2025, "01-04"), ("化地玛师生参市署公开会议", 2025, "07-07")]
    assert issue.metadata["版次"] == "第A09版:澳闻"
    assert is_lossless(text, issue)


def test_a_long_headline_over_a_newspaper_story_s_headline_is_its_deck_not_a_section() -> None:
    text = (
        "市安全生产大检查督导组莅清\n本报讯9月21日上午，市安全生产第四督导组莅清，就我县安全生产工作进行督导。\n\n"
        "王兴主持召开县长办公会\n安排部署重点工作任务\n本报讯 12月5日，县委副书记、政府县长王兴主持召开县长办公会议。\n\n"
        "《海南日报》走基层记者团到定安采访\n本报讯 5日，由《海南日报》报业集团编委翁朝健率领的记者团到定安开展活动。\n"
    )
    issue = parse_text(text)
    assert [a.section for a in issue.articles] == [None, None, None]
    assert {a.kicker or a.subtitle for a in issue.articles} == {"王兴主持召开县长办公会", None}


def test_run_in_entry_titles_of_a_county_annal() -> None:
    """A 县志 sets its entries' titles at the start of their indented paragraphs, a space after them; the
    chapter and section headings above are the entries' section, not an item."""
    text = (
        "第三章 新闻 史志 文物\n\n第一节 报刊通讯\n"
        "  《邵阳报》 1993年5月,停刊32年的《邵阳报》复刊,仍为中共邵阳县委机关报,同年成立报社。\n"
        "  通讯 1978年,中共邵阳县委宣传部设有新闻通讯组,负责采编县内新闻并向外报道。\n"
    )
    issue = parse_text(text)
    assert [(a.title, a.section) for a in issue.articles] == [
        ("《邵阳报》", "第一节 报刊通讯"), ("通讯", "第一节 报刊通讯")]
    assert issue.articles[0].body.startswith("1993年5月")
    assert is_lossless(text, issue)


def test_a_single_indented_paragraph_with_a_space_is_no_entry() -> None:
    text = "县里召开会议\n  会议指出 要进一步做好安全生产工作,切实保障人民群众生命财产安全。\n会议要求,各单位抓好落实。\n"
    assert [a.title for a in parse_text(text).articles] == ["县里召开会议"]


REFERENCE_PAGE = (
    "乡镇概况\n\n中城镇\n\n一、位置面积\n中城镇地处县城北部,是县城驻地,总面积245.97平方公里。\n"
    "二、行政区划\n中城镇于1988年撤区设镇,辖11个村委会和三个社区居委会。\n"
    "三、人口民族\n2004年全镇人口21018户74172人。\n\n"
    "联络镇\n\n位置境域\n联络镇地处沿滩区西南部,东与九洪乡相连。\n"
    "气候\n联络镇属亚热带湿润季风气候,气候温和,雨量充沛。\n人口\n2011年末,联络镇辖区总人口22418人。\n"
)


def test_topic_entries_of_a_reference_page_grouped_by_town() -> None:
    """乡镇概况: short topic headings (位置面积, 气候) each over its text, under town headings standing
    directly over their first topic: every topic is an entry."""
    issue = parse_text(REFERENCE_PAGE)
    assert [a.title for a in issue.articles] == ["位置面积", "行政区划", "人口民族", "位置境域", "气候", "人口"]
    assert issue.articles[3].section == "联络镇"
    assert is_lossless(REFERENCE_PAGE, issue)


def test_a_report_s_outline_is_not_a_reference_page() -> None:
    """A report nests numbered headings (二、存在问题 / （一）…) and its headings are longer: one article."""
    text = (
        "关于全县安全生产工作的调研报告\n\n一、基本情况\n\n（一）组织领导\n全县建立安全生产责任体系,各乡镇落实属地责任。\n"
        "（二）隐患排查\n全年排查隐患1200处,整改率达到98%。\n\n二、存在问题\n\n（一）基层力量\n部分乡镇安监人员不足。\n"
        "（二）企业责任\n少数企业主体责任落实不到位。\n"
    )
    assert len(parse_text(text).articles) == 1


def test_a_headline_in_clauses_wider_than_the_wrapped_column() -> None:
    """In hard-wrapped text a line wider than the column, after a blank line and ending no sentence, is a
    headline set on its own line, commas and all; a text line never runs past its column."""
    text = (
        "東區里長聯誼會慰問基層防疫同仁\n\n近期本土疫情嚴峻,東區區公所為此提供防\n疫相關居家照護、確診者關懷及防疫包發\n"
        "送等服務,又因確診者增加迅速,基層同仁\n工作量倍增。里長聯誼會於111年5月23\n日下午捐贈鍋具慰勉公所同仁防疫辛勞。\n\n"
        "后里區里鄰長研習會,提升基層服務效能,共創富市台中、宜居后里\n后里區公所今(19)日於東達極品美饌舉\n"
        "辦114年度里鄰長研習會,邀請臺中市政府\n警察局、衛生所、戶政事務所等單位進行\n專業講習,內容涵蓋治安、消防、衛生、\n"
        "戶政及稅務等多元議題。\n"
    )
    issue = parse_text(text)
    assert [a.title for a in issue.articles] == [
        "東區里長聯誼會慰問基層防疫同仁", "后里區里鄰長研習會,提升基層服務效能,共創富市台中、宜居后里"]
    assert is_lossless(text, issue)


def test_a_bracketed_byline_and_a_credit_line_head_nothing() -> None:
    """【全媒体记者 吴刚】4月7日,… opens a story's text, and 记者:赵武|见习记者:柳琪 is a release's credit line:
    neither is a headline."""
    text = (
        "县委专题会议召开\n\n3月27日下午,县委书记罗兴斌主持召开县委专题会议。\n\n记者:赵武/邹宝剑|见习记者:柳琪\n\n"
        "审核:代军\n\n2020年第6次县政府常务会召开\n\n【全媒体记者 吴刚】4月7日,县长刘明灯主持召开县政府常务会。\n\n"
        "会议传达学习了有关会议精神。\n"
    )
    issue = parse_text(text)
    assert [a.title for a in issue.articles] == ["县委专题会议召开", "2020年第6次县政府常务会召开"]
    assert issue.articles[1].month_day == "04-07"
    assert is_lossless(text, issue)


def test_web_releases_with_a_tag_a_date_and_publisher_stamp_and_a_captioned_photo() -> None:
    """[雲林] before a headline is its section; ``2025.01.10 雲林縣政府`` under it dates the release; a
    photo caption (▲…(圖/雲林縣政府提供)) is no headline."""
    text = (
        "[雲林] 元長鄉新建公所落成啟用,辦公廳舍基礎建設再提升!\n\n2025.01.10 雲林縣政府\n\n"
        "雲林縣元長鄉公所今(10)日舉行落成啟用典禮,副縣長謝淑亞出席。\n\n"
        "雲林東勢鄉新建行政大樓熱鬧啟用 公共事務服務品質全面升級\n\n2026-01-29\n"
        "▲行政服務空間全面升級 東勢鄉新建行政大樓熱鬧啟用。(圖/雲\n林縣政府提供)\n\n記者楊青琪/雲林報導\n\n"
        "雲林縣東勢鄉公所今(29)日上午舉行落成啟用典禮,副縣長陳璧君出席。\n"
    )
    issue = parse_text(text)
    assert [(a.title, a.section, a.month_day) for a in issue.articles] == [
        ("元長鄉新建公所落成啟用,辦公廳舍基礎建設再提升!", "雲林", "01-10"),
        ("雲林東勢鄉新建行政大樓熱鬧啟用 公共事務服務品質全面升級", None, "01-29")]
    assert is_lossless(text, issue)


def test_web_news_with_blank_lines_round_headlines_is_not_double_spaced() -> None:
    """A portal's news saved as text: the site's name over its channel, each headline between blank
    lines, paragraphs indented with ideographic spaces. Blank lines after half the lines are the items'
    own, not double spacing, and the site's name is a masthead, not a headline's deck."""
    text = (
        "澳門特別行政區政府入口網站\n新聞\n\n審計長訪問廣東省審計廳\n\n"
        "　　為加強與廣東審計同行的聯繫,審計長何永安率領審計署代表團於7月22日訪問廣東省審計廳。\n"
        "　　何永安一行在廣州參加由廣東省審計廳廳長何麗娟主持的座談會。\n\n"
        "譚俊榮會見澳門社區義工聯合總會、澳門護士學會領導層\n\n"
        "　　社會文化司司長譚俊榮2日在政府總部分別會見澳門社區義工聯合總會及澳門護士學會領導層。\n"
        "　　譚俊榮首先接見澳門社區義工聯合總會領導層。\n\n"
        "氹仔客運碼頭直升機場室內裝修工程動工\n\n　　氹仔客運碼頭直升機場室內裝修工程於今日(27日)舉行動工儀式。\n"
    )
    issue = parse_text(text)
    assert [(a.title, a.kicker) for a in issue.articles] == [
        ("審計長訪問廣東省審計廳", None), ("譚俊榮會見澳門社區義工聯合總會、澳門護士學會領導層", None),
        ("氹仔客運碼頭直升機場室內裝修工程動工", None)]
    assert issue.metadata["报头"] == "澳門特別行政區政府入口網站"
    assert is_lossless(text, issue)


def test_two_town_entries_under_a_yearbook_s_running_head() -> None:
    """Under a running head naming a yearbook (岳阳年鉴), two short headings each over their text are
    two entries, though a feature could have two such subheadings."""
    text = (
        "岳阳年鉴\n\n乡镇概况\n\n城关镇\n镇区面积6.5平方公里。2001年,有28115户,6.5万人,其中非农业人口5.5万人。\n"
        "企业总产值完成11.1亿元,净增2.3亿元。党委书记吴树言;镇长王敏求(女)。\n\n"
        "长寿镇\n2001年,辖51个村,3个居委会,17659户,6.3万人。人均纯收入1886元。\n"
        "党委书记朱慕斌;人大主席张武略;镇长刘师迅。\n"
    )
    issue = parse_text(text)
    assert [a.title for a in issue.articles] == ["城关镇", "长寿镇"]
    assert is_lossless(text, issue)
    feature = text.replace("岳阳年鉴\n\n", "")
    assert len(parse_text(feature).articles) == 1


def test_a_source_label_with_its_value_on_the_next_line_closes_the_item() -> None:
    """资料来源: / 香港政府新聞網 under a summary: the site's name ends the item, so the next line may be a
    headline."""
    text = (
        "每日新知\n\n推動香港成區域知識產權貿易中心\n4月26日是世界知識產權日,財政司司長陳茂波表示,政府會與業界合作。\n"
        "港聞 2024年04月29日\n資料來源:\n香港政府新聞網\n\n"
        "滬港就15範疇合作方向達成共識\n行政長官李家超率領香港特區政府代表團,與上海市市長龔正率領的代表團會面。\n"
        "港聞 2024年04月29日\n資料來源:\n香港政府新聞網\n"
    )
    issue = parse_text(text)
    assert [a.title for a in issue.articles] == ["推動香港成區域知識產權貿易中心", "滬港就15範疇合作方向達成共識"]
    assert is_lossless(text, issue)


def test_a_news_site_s_time_and_source_line_and_an_editor_s_bracket() -> None:
    """``2024-02-07 19:48 | 稿件來源:香港新聞網`` under a headline dates the story and is never its title;
    ``【編輯:陈卓仪】`` after it closes the story and heads nothing."""
    text = (
        "政務司司長赴北京出席十五運會籌辦情況新聞發布會\n\n  政務司司長陳國基明日(七月二十四日)下午將前赴北京,出席新聞發布會。\n\n"
        "完\n2025年7月23日(星期三)\n香港時間18時00分\n\n香港官員走訪十八區探訪基層家庭\n"
        "2024-02-07 19:48 | 稿件來源:香港新聞網\n香港新聞網2月7日電  香港特區政府主要官員二月七日起一連三日到十八區探訪基層家庭。\n"
        "【編輯:陈卓仪】\n"
    )
    issue = parse_text(text)
    assert [(a.title, a.year, a.month_day) for a in issue.articles] == [
        ("政務司司長赴北京出席十五運會籌辦情況新聞發布會", 2025, "07-23"), ("香港官員走訪十八區探訪基層家庭", 2024, "02-07")]
    assert is_lossless(text, issue)


def test_a_web_headline_s_channel_before_a_bar_is_its_section() -> None:
    text = (
        "快讯丨2023年自治区总林长会议在南宁召开\n来源：贵港新闻网 发布时间：2023-04-28 09:12\n"
        "4月27日，2023年自治区总林长会议在南宁召开。\n\n"
        "县政府召开常务会议\n来源：华池县政府网 发布时间：2021-06-10 10:00\n6月9日，县政府召开常务会议。\n"
    )
    issue = parse_text(text)
    assert [(a.title, a.section) for a in issue.articles] == [
        ("2023年自治区总林长会议在南宁召开", "快讯"), ("县政府召开常务会议", None)]
    assert is_lossless(text, issue)


def test_a_release_s_contact_line_closes_it_and_heads_nothing() -> None:
    """A release ends with its contacts (新聞聯絡人 / a name and a telephone number): the long headline
    after them starts the next release, and a contact line is never a headline."""
    text = (
        "臺北市政府體育局舉行田徑公開賽記者會\n\n體育局6月6日下午舉行記者會,介紹賽事安排。\n\n業務聯絡:\n競技運動科\n"
        "李榮晉 科長 2570-2330分機6601\n\n洪佑庭 科員 2570-2330分機6614\n\n新聞聯絡人\n鄭名翔 2570-2330分機5253、0905-139-636\n\n"
        "114年5月臺北市物價變動概況\n\n一、5月份臺北市消費者物價總指數為110.02,較上月上漲0.29%。\n"
    )
    issue = parse_text(text)
    assert [a.title for a in issue.articles] == ["臺北市政府體育局舉行田徑公開賽記者會", "114年5月臺北市物價變動概況"]
    assert is_lossless(text, issue)


def test_a_headline_over_the_page_s_date_line_after_a_teaser_that_breaks_off() -> None:
    """A blog's archive page: each post's headline, its date line under it, then a teaser cut off with
    ``...``. The date line makes the line above it a headline, however the teaser above ends."""
    text = (
        "本站提供每日在地新聞與時事評論!\n\n"
        "縣府舉辦防災演練 強化應變能力\n\n星期二, 5月 6, 2025 Views\n"
        "【記者王大明報導】縣政府5日在體育場舉辦防災演練,縣長林一民親臨督導,各單位...\n\n"
        "漁港整建工程動土 預計明年完工\n\n星期二, 5月 6, 2025 Views\n"
        "【記者李小華報導】漁港整建工程5日上午舉行動土典禮,議長陳二中到場致詞...\n"
    )
    issue = parse_text(text)
    assert [a.title for a in issue.articles if a.title] == ["縣府舉辦防災演練 強化應變能力", "漁港整建工程動土 預計明年完工"]
    assert is_lossless(text, issue)
    signed = (
        "政务信息\n第5期\n\n镇政府召开专题会议\n3月2日，镇政府召开专题会议，部署春耕工作。会议要求各村抓好落实\n\n"
        "镇政府办公室\n2024年3月2日\n\n镇长调研春耕生产\n3月3日，镇长到各村调研。\n\n副镇长督导防火工作\n3月4日，副镇长督导防火。\n"
    )
    issue = parse_text(signed)  # a signing unit over its date, under text that ends without a full stop
    assert [a.title for a in issue.articles] == ["镇政府召开专题会议", "镇长调研春耕生产", "副镇长督导防火工作"]


def test_a_headline_sharing_its_one_line_item_across_a_wide_gap() -> None:
    """A web page saved with each item on one line: headline, a wide gap, then the paragraphs joined by
    spaces. The gap ends the headline even without a column to run to; a chronicle entry's date before
    such a gap is no headline."""
    text = (
        "社團動態\n\n2014-05-20\n\n"
        "同鄉會慶祝成立三十周年    同鄉會日前舉行慶祝成立三十周年晚宴,會長陳大文致辭。 晚宴席開八十圍。\n\n"
        "青年中心舉辦職業講座    為協助青年規劃前路,青年中心於五月十八日舉辦職業講座,反應熱烈。\n"
    )
    issue = parse_text(text)
    assert [a.title for a in issue.articles] == ["同鄉會慶祝成立三十周年", "青年中心舉辦職業講座"]
    assert is_lossless(text, issue)
    entry = "大事年表\n10月18日    召开全市经济工作会议,部署下半年工作。\n12月24日    第二水厂举行竣工典礼。\n"
    assert "12月24日" not in [a.title for a in parse_text(entry).articles]


def test_two_blank_lines_set_releases_apart_in_double_spaced_text() -> None:
    """Releases saved one after another, a blank line after every line and two between releases: a
    short headline after two blank lines starts the next release even when the one above closes
    without its date line."""
    text = (
        "北區區議會一議席懸空\n\n  政府今日(三月二日)在憲報刊登公告,公布北區區議會一議席出缺。\n\n"
        "  選舉事務處將會安排補選。\n\n2018年3月2日(星期五)\n\n\n"
        "南區區議會議席懸空\n\n  政府今日(六月三日)在憲報刊登公告,公布南區區議會一議席出缺。\n\n"
        "  由於該區民選議員請辭,其議席由六月一日起懸空。\n\n\n"
        "兩議席出缺\n\n政府刊憲宣布,東區區議會兩個議席出缺。\n\n"
        "另外,灣仔區議會一議席亦已懸空。\n\n\n"
        "西貢區議會一議席懸空\n\n2025年10月17日\n\n政府刊憲宣布,西貢區議會一個議席出缺。\n"
    )
    issue = parse_text(text)
    assert [a.title for a in issue.articles] == [
        "北區區議會一議席懸空", "南區區議會議席懸空", "兩議席出缺", "西貢區議會一議席懸空"]
    assert is_lossless(text, issue)


def test_a_web_pages_listed_fields_date_the_item_and_head_nothing() -> None:
    """A web page saved as text lists each article's fields under its headline, a list marker before
    each (``- 2003-12-02``, ``  • 2020-06-11``, ``- 資料來源:…``): a date or label line all the same, never
    part of the headline above it nor a headline itself."""
    text = (
        "議會動態\n\n縣政總質詢 議題趨向多元\n- 2003-12-02\n"
        "【本報訊】縣議會定期大會,昨日進行第三天的縣政總質詢議程,議員們的質詢議題趨向多元,展現地域特色。\n\n"
        "議員考察離島交通 關切碼頭工程\n- 2006-06-16\n"
        "【本報訊】議員們昨日考察離島交通建設,關切碼頭工程進度,要求工務部門嚴格把關。\n\n"
        "農會舉辦肥料講習\n- 資料來源:金門日報\n- 新聞日期:98-06-11\n"
        "農會昨日舉辦肥料講習,由總幹事主持,農民踴躍參加,體驗新式肥料的施用方法。\n\n"
        "圖書館推動閱讀活動\n  • 2020-06-11\n"
        " 【記者王小明報導】圖書館10日起推動暑期閱讀活動,包括說故事、書展與親子共讀等。\n"
    )
    issue = parse_text(text)
    assert [a.title for a in issue.articles] == [
        "縣政總質詢 議題趨向多元", "議員考察離島交通 關切碼頭工程", "農會舉辦肥料講習", "圖書館推動閱讀活動"]
    assert [(a.year, a.month, a.day) for a in issue.articles] == [
        (2003, 12, 2), (2006, 6, 16), (2009, 6, 11), (2020, 6, 11)]
    assert is_lossless(text, issue)


def test_a_posts_credit_line_closes_it_and_heads_nothing() -> None:
    """A WeChat post ends with its credits, the role and the names set off by a bar (``记 者 | 张子鹤
    赵 鑫``, ``视 觉 | 方 堃``): the post's trailer, never the headline of an article of its own."""
    text = (
        "县委书记到县融媒体中心调研\n"
        "11月8日是中国记者节,当天上午,县委书记王明到县融媒体中心进行调研,向全县新闻工作者致以节日祝福。\n"
        "王明强调,要进一步强化思想引领,持续丰富栏目形式,不断提高节目质量,讲好本县故事。\n"
        "记 者 | 张子鹤 赵 鑫\n视 觉 | 方 堃\n\n"
        "全县举行第三季度政网直通车活动\n"
        "8月28日,我县举行第三季度“政网直通车”活动,网民代表50余人参加,各抒己见,提出了建设性的意见。\n"
    )
    issue = parse_text(text)
    assert [a.title for a in issue.articles] == ["县委书记到县融媒体中心调研", "全县举行第三季度政网直通车活动"]
    assert issue.articles[0].body.endswith("方堃")
    assert is_lossless(text, issue)
    assert cues.is_credit_bar("编辑｜王明") and not cues.is_credit_bar("工作 | 建设,持续推进")


def test_a_saved_web_pages_breadcrumb_and_toolbar_are_furniture() -> None:
    """Pages of government sites saved one after another: the site's toolbar (``无障碍 长辈版 …``), the
    breadcrumb (``您所在的位置:首页>>…>>正文``) and the pager or the scan-me line are page furniture, never
    a headline nor a section heading; the headline under the breadcrumb opens the next item, in the
    channel the breadcrumb names last, and an info line with the date and time in brackets is never one."""
    text = (
        "无障碍 长辈版 智能问答 繁体版\n\n县领导到卢村乡指导政协工作\n\n"
        "阅读次数: 作者:广德新闻网 信息来源:广德新闻网 发布时间:2018-03-09 07:44\n\n"
        "    3月6日下午,卢村乡政协工委在牛山召开第一季度工作例会,县政协副主席出席例会。\n\n"
        "    随后的座谈会上,工委主任介绍了政协委员和政协工作的一些基本情况。\n\n"
        "扫一扫在手机打开当前页\n\n"
        "您所在的位置:首页>>新闻中心>>天水新闻>>甘谷>>正文\n甘谷县大庄乡举行撤乡改镇揭牌仪式(组图)\n"
        "(2015-12-3 10:10:00)  来源:甘谷县新闻中心   打印本页\n\n"
        "  12月2日,甘谷县大庄乡举行“撤乡改镇”揭牌仪式,县委常委、副县长出席仪式并讲话。\n\n"
        "本新闻共2页,当前在第01页  0102\n\n"
        "您当前的位置: 首页 > 新闻 > 乡镇动态\n\n大栗港镇第三届人民代表大会第三次会议召开\n\n"
        "来源:大栗港镇 作者:何崎 发布日期:2017-12-30\n\n"
        "       12月29日下午,大栗港镇第三届人民代表大会第三次会议在庄严的国歌声中拉开序幕。\n"
    )
    issue = parse_text(text)
    assert [a.title for a in issue.articles] == [
        "县领导到卢村乡指导政协工作", "甘谷县大庄乡举行撤乡改镇揭牌仪式(组图)", "大栗港镇第三届人民代表大会第三次会议召开"]
    assert [a.section for a in issue.articles] == [None, "甘谷", "乡镇动态"]  # the breadcrumb's last channel
    assert is_lossless(text, issue)
    assert cues.breadcrumb_channel("您所在的位置:首页>>新闻中心>>天水新闻>>甘谷>>正文") == "甘谷"
    assert cues.breadcrumb_channel("您当前的位置: 首页 > 新闻 > 乡镇动态") == "乡镇动态"
    assert not cues.is_web_furniture("首页工作会议召开")


def test_a_reposting_sites_reading_time_opens_a_post() -> None:
    """Posts copied by a reposting site: the site's stamp under a headline glues the date to a numbered
    channel (``2020-07-22新闻5``) and dates it, ``原标题:…`` is a label, not the title; the reading time
    (``本篇文章256字,读完约1分钟``) is furniture that opens the next post, headline or none."""
    text = (
        "县委书记到县融媒体中心调研\n\n2020-07-22新闻5\n\n原标题:县委书记到县融媒体中心调研\n\n"
        "7月21日,县委书记到县融媒体中心调研。县委常委、宣传部部长及县委办、县财政局主要负责人陪同。\n\n"
        "县委书记指出,建好县级融媒体中心,是贯彻落实党中央重大战略决策的政治任务。\n\n"
        "本篇文章256字,读完约1分钟\n\n"
        "党委换届完成后,新一届领导班子有序启动基层党建工作,以村部和文化广场为主要工作实施,加快建设速度。\n\n"
        "来源:鞍山新闻\n"
    )
    issue = parse_text(text)
    first, second = issue.articles
    assert (first.title, first.month, first.day) == ("县委书记到县融媒体中心调研", 7, 22)
    assert second.title_derived and second.body.startswith("党委换届完成后")
    assert "本篇文章256字,读完约1分钟" in issue.furniture
    assert is_lossless(text, issue)
