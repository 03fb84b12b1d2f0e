"""Round 9: which date an item takes when its opening gives two: a news site's dateline (鲁网2月10日讯) and
the date of the event it tells (2月3日，平邑县召开…). Each case a short text of the kind, written here."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.dates import event_after_dateline, month_day, reported_day, source_date
from gazette_reader.ingest.parse import parse_text


@pytest.mark.parametrize(("body", "expected"), [
    ("鲁网2月10日讯 2月3日,平邑县召开全县教育工作会议。", (2, 3)),
    ("星沙时报/星沙新闻网7月21日讯(记者李文婧)目前正处于换届关键时段。为严肃纪律,7月19日,长沙县纪委组织…", (7, 19)),
    ("红网时刻1月2日讯(记者谢万波)12月30日,道县召开全县宣传委员会议。", (12, 30)),
    ("南方日报广州1月7日电（记者张梓望）近日印发通知。2026年1月1日起，公立医疗机构…", None),
    ("南方日报广州1月7日电（记者张梓望）近日印发通知。3月1日起，公立医疗机构…", None),
    ("武陵源区融媒体中心7月13日讯（通讯员陈蕾）7月13日，武陵源区召开创建会。", None),
    ("本报北京1月6日电（记者白剑峰）国家卫生健康委等13部门近日联合发布…", None),
    ("3月4日,全县教育工作推进会召开。3月1日,县教育局部署…", None),
])
def test_event_after_dateline(body: str, expected: tuple[int, int] | None) -> None:
    assert event_after_dateline(body) == expected


WORK_BRIEF = (
    "教育工作简报\n"
    "第4期\n"
    "教育局办公室编\n"
    "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
    "\n"
    "我县召开义务教育优质均衡发展推进会\n"
    "　　3月4日,全县义务教育优质均衡发展创建工作推进会召开。县委常委、常务副县长王竹出席会议并讲话。\n"
    "　　王竹强调,推进义务教育优质均衡发展是建设教育强县的必然要求。\n"
    "\n"
    "平邑县召开全县教育工作会议\n"
    "　　鲁网2月10日讯 2月3日,平邑县召开全县教育工作会议。局长曹兆清出席会议并讲话。\n"
    "　　会议指出,全县教育系统围绕立德树人根本任务推进重点工作。\n"
)

PRESS_DIGEST = (
    "媒体看县域\n"
    "（资料摘编）\n"
    "\n"
    "合江县网络问政见实效\n"
    "　　本报5月21日讯(向国生)“划勾的帖子将情况调查清楚回复于我。”5月20日,合江县委书记陈竞在网络问政\n"
    "专题会上说。\n"
    "　　会议要求各责任单位限时回复。\n"
    "\n"
    "合江县召开脱贫攻坚推进会\n"
    "　　本报5月19日讯 5月18日,合江县召开脱贫攻坚推进会。\n"
    "　　会议部署下一阶段重点工作。\n"
)


def _dates(text: str) -> list[tuple[int | None, int | None]]:
    return [(article.month, article.day) for article in parse_text(text).articles]


def test_a_work_brief_files_a_reprinted_story_by_its_event() -> None:
    """A 工作简报 files what was done on the day it was done: a story it reprints from a news site takes
    the event's date, not the day the site posted it."""
    assert _dates(WORK_BRIEF)[-1] == (2, 3)


def test_a_press_digest_files_a_story_by_its_dateline() -> None:
    """A digest of press stories (媒体看县域) files each by its dateline, as the paper dated it."""
    assert _dates(PRESS_DIGEST) == [(5, 21), (5, 19)]


PAPER_PAGE = """莲花日报 2020年8月2日 星期日

市领导走访慰问驻镇部队

本报讯(姜萍)推动军民融合发展,携手共创美好明天。连日来,市领导分组走访慰问驻镇部队、市消防救援支队。7月24日,市政协主席李国忠到部队慰问。

作家到莲花县采风

本报讯(莲闻)近日,省市作家20余人到莲花县进行为期3天的采风活动。
"""


def test_a_story_of_days_on_end_takes_no_one_day() -> None:
    """A story that opens 连日来 tells several days' doings: neither the date of one of them in a later
    sentence nor the page's date is its date, while news of 近日 takes the page's."""
    issue = parse_text(PAPER_PAGE)
    assert [(a.year, a.month, a.day) for a in issue.articles] == [(2020, None, None), (2020, 8, 2)]


@pytest.mark.parametrize(("body", "expected"), [
    ("为严明纪律,现将近期查处的3起典型问题通报如下:\n1.某镇干部问题。该镇干部违规聚餐。\n2月7日,该干部被通报。", (None, None)),
    ("为推进绿化工作,县里作出部署。三月的武功春光好。\n3月12日,县领导参加植树活动。", (3, 12)),
])
def test_an_opening_of_a_span_of_days_leaves_later_dates(body: str, expected: tuple[int | None, int | None]) -> None:
    """An opening that dates the item by a span of days (近期, 连日来) leaves it undated by a later
    sentence's date; an opening that states no time at all takes it (为…, then the event)."""
    assert month_day(body) == expected


BLOG_NEWS = """澎湖日報提供澎湖每日在地新聞、時事專欄評論、縣政新聞!

地檢率隊清查廢棄物濫倒

星期三, 4月 30, 2025 Views
【記者鄭家瑜報導】澎湖地檢署周士榆檢察長29日率同縣政府環保局共同聯合稽查非法傾倒廢棄物案件。本次稽查地點橫跨全縣。

縣議會定期大會總質詢

星期三, 4月 30, 2025 Views
【記者曹重偉報導】縣議會第20屆第5次定期大會10日起進行縣政總質詢,議員就民生議題提出質詢。
"""


def test_a_reporters_story_takes_the_day_it_names_before_its_stamp() -> None:
    """A blog's stamp (星期三, 4月 30, 2025) dates the posting; a Taiwan reporter's story names the day of
    its event (…檢察長29日率同…), which is the item's date; a day that starts a period (10日起) is none."""
    issue = parse_text(BLOG_NEWS)
    assert [(a.year, a.month_day) for a in issue.articles if a.month is not None] == [
        (2025, "04-29"), (2025, "04-30")]


@pytest.mark.parametrize(("body", "expected"), [
    ("星期三, 4月30, 2025 Views【記者鄭家瑜報導】澎湖縣議會定期會於29日上午正式開議。", 29),
    ("•2020-06-11【記者曹重偉、馮紹夫報導】連江縣議會定期大會10日起進行縣政總質詢。", None),
    ("本报合肥18日电 在辽阔的淮北平原上，麦浪翻滚。", None),
    ("(記者張金源/宜蘭報導)代理縣長陳金德今(14)日在縣議會作施政總報告。", None),
])
def test_reported_day(body: str, expected: int | None) -> None:
    assert reported_day(body) == expected


NEWS_DIGEST = """每日新知

推動香港成區域知識產權貿易中心
4月26日是世界知識產權日,財政司司長陳茂波表示,政府會與業界和社會共同努力,推動香港發展成區域知識產權貿易中心。
港聞 2024年04月29日
資料來源:
香港政府新聞網

再就業津貼試行計劃7月中推出
行政長官李家超表示,再就業津貼試行計劃將於7月15日推出,為重投勞動市場的中高齡人士提供津貼。
港聞 2024年04月29日
資料來源:
香港政府新聞網
"""


def test_a_clipping_takes_the_date_line_over_its_source() -> None:
    """A clipping service's item closes with the day its story ran over the source label (港聞 2024年04月29日
    / 資料來源:): that is the clipping's date, whatever day the story tells of (4月26日, 7月15日)."""
    issue = parse_text(NEWS_DIGEST)
    assert [(a.year, a.month_day) for a in issue.articles if a.month is not None] == [
        (2024, "04-29"), (2024, "04-29")]
    assert source_date("…提供津貼。\n港聞 2024年04月29日\n資料來源:\n香港政府新聞網") == (2024, 4, 29)
    assert source_date("…提供津貼。（2022年5月5日）") is None


def test_a_date_opening_the_second_sentence_after_a_long_first_one() -> None:
    """The opening is read to 120 characters; when the first sentence runs longer, the second (7月31日至8月1日，
    …) is a later sentence to read, not one skipped as if the opening had held it."""
    body = ("自“督查年”活动开展以来,县督查办始终将县委、县政府各项决策部署的贯彻落实作为督查工作的首要任务,"
            "坚持“随批随办、急批急办”的工作原则,围绕县委、县政府领导批办、交办事项,健全完善交办、承办、督办流程,"
            "开展督促检查12轮次,印发《督查快报》6期,下发督办通知10余份,确保领导批示交办事项“事事有着落、件件有回音”。"
            "7月31日至8月1日,县委办、县督查办组成联合督查组,再次对县委交办事项落实情况进行了专项督查。")
    assert month_day(body) == (7, 31)
