"""Event dates from an article's opening sentences."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.dates import (
    chinese_number,
    date_before,
    dateline_day,
    event_year,
    month_day,
    this_month_day,
    year_for_issue_month,
)

MONTH_DAY = [
    ("4月1日，上街区召开", (4, 1)),
    ("4 月 29 日，我区召开", (4, 29)),
    ("4月10日晚，郑州市召开", (4, 10)),
    ("本报讯9月15日下午，二七区", (9, 15)),
    ("本报讯城市管理没有旁观者。6月29日，二七区召开", (6, 29)),
    ("今年以来，我区积极开展。目前已通过。后来在5月3日验收。", (None, None)),
    ("13月40日，无效日期。", (None, None)),
    ("一个地块一个方案。", (None, None)),
    # from tests/corpus/real: Chinese numerals (HK releases, 1990s 人民日报), 本（6）月, a range's first day
    ("保安局發言人今日（一月十一日）表示，大亞灣核電運營管理有限責任公司", (1, 11)),
    ("本报北京四月三日讯记者廖先旺报道：国家主席江泽民今天", (4, 3)),
    ("金門縣金湖托育資源中心（醫遊館）於本（6）月7、8日下午，特別安排2-6歲學童", (6, 7)),
    ("十二月三十一日，县委召开", (12, 31)),
    # a range printed with any dash (old county records set it in box-drawing or en dashes)
    ("1月11─14日，县委、县政府召开全县农村工作会议", (1, 11)),
    ("3月26–29日，国际热带菌类学会主席来县考察", (3, 26)),
    # the opening is a quotation or a purpose; a later sentence opens with the event's date
    ("“重点贫困村要怎么打好脱贫攻坚战?这是我们当前脱贫工作的重点!”大河镇人民政府镇长赵军在扶贫工作现场办公会上强调。\n"
     "11月11日,镇长赵军、副镇长冯建华与镇开发、建管、交通、农业办相关负责人一行来到桐子园村", (11, 11)),
    ("暑期将至,中小学生溺水事件进入易发期,频发期。每一起溺水事故的发生,都会给家庭带来巨大的精神伤害和损失,"
     "为确保中小学生及幼儿的生命安全,凤阳县武店镇镇结合党史学习教育“我为群众办实事”实践活动,迅速将防溺水宣传工作提上日程。"
     "6月23日上午,武店镇各村干部通过发放宣传单", (6, 23)),
    # a wire story dated only by its closing dateline
    ("配电箱和动力开关柜没有标识……日前，国务院考核巡查组进驻宁夏。\n结尾一段。\n（新华社北京1月2日电  记者周圆、黄垚）", (1, 2)),
    # a date inside a later sentence (not opening it) is not the event's
    ("为推进工作，全区开展检查。检查组走访企业。企业在3月5日前完成整改。", (None, None)),
]


@pytest.mark.parametrize("body,expected", MONTH_DAY)
def test_month_day(body: str, expected: tuple[int | None, int | None]) -> None:
    assert month_day(body) == expected


YEARS = [
    ("本报讯6月26日，二七区召开2019年精神文明建设暨文明城市创建工作推进会。", 2019),
    ("2019年6月26日，二七区召开推进会。", 2019),
    ("4月29日，我区召开2019年度工作总结表彰大会。", None),
    ("二七区连续两次获奖，2017年被评为先进单位。", None),
    ("11月23日上午,二七区召开推进会。", None),
    ("6月1日，举行1234年纪念活动。", None),
    ("民国114年3月5日，台南市长黄伟哲出席活动。", 2025),
    ("114年3月5日，市长黄伟哲出席活动。", 2025),
    ("市议会召开第114次会议。", None),
    ("2月25日下午,2021年第一季度市中区招商引资项目集中签约仪式在市中区档案馆二楼会议室隆重举行。", 2021),  # worklog/xinxi_kuaibao_di21qi.txt
    ("3月5日，2019年以来全区累计完成投资。", None),
    ("4月29日，2019年度工作总结表彰大会召开。", None),
    # a full date in Chinese numerals, its zero printed as 〇, ○ (U+25CB), Ｏ, 零 or 0
    ("政府今日（五月十四日）公告。议席由二○二一年五月一日起悬空。", 2021),
    ("二〇二〇年三月五日，县委召开全县农村工作会议。", 2020),
    ("议席由二Ｏ二一年十二月三十一日起悬空。", 2021),
    ("二零一九年六月二十日，县委召开会议。", 2019),
    ("二0二二年一月三日，县委召开会议。", 2022),
    ("2019年6月1日，回顾二〇二一年五月一日的会议。", 2019),
    ("五月一日，二〇二一年度工作总结表彰大会召开。", None),
    # years of the Republic (Taiwan): 民國 with a month, a full date, 今(N)年, a year's numbered session or
    # the event named after its verb; never a bare count of years
    ("中华民国113年5月6日，县府召开会议。", 2024),
    ("民国八十三年三月一日，县议会揭幕。", 1994),
    ("一一三年五月六日，县府召开会议。", 2024),
    ("公共自行车自112年2月上线以来，今(115)年1月突破500万人次。", 2026),
    ("县政府二十日召开一一五年度第三次县务会议。", 2026),
    ("4月29日，召开2019年度第二次股东大会。", 2019),
    ("6月10日举办「114年公共行政业法规教育训练」。", 2025),
    ("18日召开「112 年度乡镇市基层座谈会」。", 2023),
    ("学校举办100年校庆。", None),
    ("举办110年来首次大会。", None),
    ("115年共有三十万人次。", None),
    ("这项工程历时一一五年。", None),
]


@pytest.mark.parametrize("body,expected", YEARS)
def test_event_year(body: str, expected: int | None) -> None:
    assert event_year(body) == expected


@pytest.mark.parametrize(
    "issue_year,issue_month,month,expected",
    [(2020, 4, 4, 2020), (2020, 1, 12, 2019), (2020, 4, None, None), (None, 4, 4, None), (2020, None, 3, 2020)],
)
def test_year_for_issue_month(issue_year: int | None, issue_month: int | None, month: int | None, expected: int | None) -> None:
    assert year_for_issue_month(issue_year, issue_month, month) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("【新华社重庆十四日电】拉萨讯:执行和平解放西藏办法协议", 14),  # newspaper/renmin_1951_1997_archive_pages.txt
    ("本报合肥18日电 在辽阔的淮北平原", 18),  # clippings/renmin_anhui_baodao_zhaibian.txt
    ("本报北京1月2日电（记者王浩）近日", None),  # names its month: month_day reads it
    ("他18日电告家人。", None),
    ("5日，由《海南日报》报业集团编委翁朝健率领的记者团", 5),  # a county paper's bare day
    ("本报讯（记者 王兵）12日上午，县委召开", 12),
    ("5日至7日，全县开展", None),
    ("5名干部参加。", None),
])
def test_dateline_day(body: str, expected: int | None) -> None:
    assert dateline_day(body) == expected


@pytest.mark.parametrize(("printed", "day", "expected"), [
    ((1951, 9, 15), 14, (1951, 9, 14)), ((1951, 9, 15), 15, (1951, 9, 15)),
    ((1998, 3, 2), 28, (1998, 2, 28)), ((1998, 1, 2), 30, (1997, 12, 30)),
])
def test_date_before(printed: tuple[int, int, int], day: int, expected: tuple[int, int, int]) -> None:
    assert date_before(printed, day) == expected


@pytest.mark.parametrize(("text", "expected"), [("十四", 14), ("三十一", 31), ("十", 10), ("二十", 20), ("四", 4), ("十二三", 0)])
def test_chinese_number(text: str, expected: int) -> None:
    assert chinese_number(text) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("臺南市地政局今（15）日辦理動土典禮。", 15),  # traditional/tainan_shizheng_1120315.txt
    ("行政長官崔世安將於本月21日啟程前往上海。", 21),  # traditional/macau_zhengfu_xinwen.txt
    ("晚宴於本月十一日晚上在珠海舉行。", 11),  # traditional/macau_zhengbao_shewen_20130914.txt
    ("本月三十二日", None),
    ("4月1日，上街区召开会议。", None),
    ("今日天气晴好。", None),
])
def test_this_month_day(body: str, expected: int | None) -> None:
    assert this_month_day(body) == expected


def test_an_item_closing_with_its_full_date_in_brackets_takes_its_year() -> None:
    """A digest of items written up over several years: each closes with the day it was written
    (（2022年5月5日）), which gives it its year, not the issue's."""
    from gazette_reader.ingest.dates import closing_date
    from gazette_reader.ingest.parse import parse_text

    assert closing_date("打造良好的人居环境。（2022年5月5日）") == (2022, 5, 5)
    assert closing_date("会议于2022年5月5日召开。") is None
    assert closing_date("給部落的長者有良好學習活動空間。2021/05/15") == (2021, 5, 15)
    assert closing_date("給部落的長者有良好學習活動空間。\n2021/05/15") is None  # the next item's date line
    text = (
        "县领导活动摘编\n\n●5月5日上午,政府县长付中权到西合营镇调研。（2022年5月5日）\n\n"
        "●3月17日,县委书记张成主持召开常委会会议。（2023年3月17日）\n\n"
        "●2月28日,县委书记陆晓延主持召开常委会议。（2014年2月28日）\n"
    )
    assert [(a.year, a.month_day) for a in parse_text(text).articles] == [
        (2022, "05-05"), (2023, "03-17"), (2014, "02-28")]
