"""大事记 chronologies: which openings start an entry, and the date each entry is filed under."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.layouts import chronology
from gazette_reader.ingest.layouts.chronology import is_heading, split_chronology
from gazette_reader.ingest.lines import split_lines
from gazette_reader.ingest.parse import is_lossless, parse_text

DASHED_RANGES = """1989年
   1月3日  县政府批准直属企业工资总额同经济效益挂钩方案。
   1月11─14日  县委、县政府召开全县农村工作会议。
   3月1日  县委发出《关于认真搞好民主评议党员工作的通知》。
   3月1–3日  全国政协委员一行6人来县视察。
   3月26―29日  国际热带菌类学会主席来县考察。
"""

MONTHS_UNDER_A_YEAR = """1988 年
1 月4 日 县十届二次人代会在县城召开,会期3 天。
3 月30 日 县召开登记发放居民身份证动员大会。
4 月 县委书记邓本忠奉调离泾,谢群任县委书记。
5 月 县建华纸厂生产竹浆牛皮箱板纸,获国家“技术开发优秀成
果”奖。8 月,又在全省评比中获同类产品质量第一名。
8 月中旬 省派来农用飞机在境内上空进行人工降雨。
9 月18 日 县防洪抗旱指挥部召开表彰大会。
"""

SEASONS_AND_COMMAS = """                 1986年
       3月21日,浙江省副省长到县检查科技、教育工作。
       4月,召开全县工业工作会议,全县工业经济体制改革开始起步。
       5月11日,《护林联防实施办法》由市、县发布。同月,县速丰林基
   地建设列入林业部“七五”计划。
       5月31日,县人民武装部改归地方建制。
       夏,县农机具总厂生产的铁辊碾米机,次年获国家科技进步三等奖。
       7月初,确定5个乡镇作为义务教育的试点乡镇。
"""

WEB_MONTH_PAGE = """二〇二二年一月从化大事记

来源：本网 发布时间：2022-03-29 17:52

  7日  区人大常委会第三次会议在区人大三楼会议室召开。

  8日  荔枝产业科技创新峰会在荔博园召开。

  2022年1月8日，荔枝产业科技创新峰会在荔博园召开（邝健华 摄）

  11日  区法律志愿驿站启动仪式在区法院举行。

  2021年1月11日，区法律志愿驿站启动仪式在区法院举行（覃永赠 摄）

  14日  区政协第三届常委会第一次会议召开，区政协主席邬卫东主持会议。
"""


def _dates(text: str) -> list[tuple[int | None, int | None, int | None]]:
    issue = parse_text(text)
    assert issue.layout == "chronology" and is_lossless(text, issue)
    return [(a.year, a.month, a.day) for a in issue.articles]


def test_a_day_range_in_any_dash_starts_an_entry() -> None:
    assert _dates(DASHED_RANGES) == [(1989, 1, 3), (1989, 1, 11), (1989, 3, 1), (1989, 3, 1), (1989, 3, 26)]


def test_a_month_alone_or_part_of_a_month_starts_an_entry_under_a_year() -> None:
    """A 县志 prints the events it cannot date to the day under their month; a month inside a sentence
    (``。8 月,又在…``) stays in its entry."""
    assert _dates(MONTHS_UNDER_A_YEAR) == [(1988, 1, 4), (1988, 3, 30), (1988, 4, None), (1988, 5, None),
                                           (1988, 8, None), (1988, 9, 18)]
    titles = [a.title for a in parse_text(MONTHS_UNDER_A_YEAR).articles]
    assert titles[2:5] == ["县委书记邓本忠奉调离泾", "县建华纸厂生产竹浆牛皮箱板纸", "省派来农用飞机在境内上空进行人工降雨"]


def test_a_month_or_season_set_off_by_a_comma_starts_an_entry() -> None:
    """``4月,`` ``夏,`` ``7月初,`` open entries; ``同月,`` inside a paragraph does not."""
    issue = parse_text(SEASONS_AND_COMMAS)
    assert _dates(SEASONS_AND_COMMAS) == [(1986, 3, 21), (1986, 4, None), (1986, 5, 11), (1986, 5, 31),
                                          (1986, None, None), (1986, 7, None)]
    assert "同月,县速丰林基地建设" in issue.articles[2].body
    assert issue.articles[4].title == "县农机具总厂生产的铁辊碾米机"


def test_a_day_set_apart_by_wide_space_is_an_entry_after_any_line() -> None:
    """A web page's month of events: its title dates it (in Chinese numerals), its info line and photo
    captions end no sentence, yet each ``7日  …`` opens an entry."""
    issue = parse_text(WEB_MONTH_PAGE)
    assert _dates(WEB_MONTH_PAGE) == [(2022, 1, 7), (2022, 1, 8), (2022, 1, 11), (2022, 1, 14)]
    assert "邝健华摄" in issue.articles[1].body and "覃永赠摄" in issue.articles[2].body


@pytest.mark.parametrize(("line", "heading"), [
    ("二〇二二年一月从化大事记", True), ("2022年1月从化区大事记", True), ("2022年从化区大事记", True),
    ("1989年", True), ("2022年1月召开大会", False), ("二〇二二年一月", True),
    ("大事年表1992年", True), ("盐城大事记202008", True), ("某区大事记(2020年8月)", True),
    ("大事记202013", False), ("大事记全文2020年", False),
])
def test_a_page_title_of_a_date_and_a_place_is_a_heading(line: str, heading: bool) -> None:
    assert is_heading(line) == heading


def test_a_dated_title_sets_year_and_month() -> None:
    issue = split_chronology(split_lines("二〇二二年一月从化大事记\n\n7日  区人大常委会召开会议。\n"))
    assert [(a.year, a.month, a.day) for a in issue.articles] == [(2022, 1, 7)]


RUN_TOGETHER = """1988 年
9 月 全国政协赴安徽视察团一
行25人,7 ~8 日在县潘村乡视察。
9 月上旬 共青团县委举办书画摄影大奖赛作品展,展出摄影作品
300多幅。同月 原国家卫生部妇幼局长林佳楣来县视察。
9 月18 日 县防洪抗旱指挥部召开表彰大会。
11 月5 日 县委召开六届七次全委会议。
12 月8 日 县委召开会议。
"""


def test_an_entry_run_into_the_line_before_it_is_cut_off() -> None:
    """``。同月 原国家…``: an opening set off by a space after a sentence end, where the PDF's text lost a
    line break, starts an entry; ``。同月,`` (a sentence of the same entry) does not."""
    issue = parse_text(RUN_TOGETHER)
    assert [a.body[:4] for a in issue.articles] == ["9月全国", "9月上旬", "同月原国", "9月18", "11月5", "12月8"]
    assert issue.articles[2].body.startswith("同月原国家卫生部") and issue.articles[1].body.endswith("300多幅。")
    assert is_lossless(RUN_TOGETHER, issue)


def test_an_entry_of_a_month_alone_takes_the_day_its_first_sentence_names() -> None:
    assert _dates(RUN_TOGETHER)[:3] == [(1988, 9, 7), (1988, 9, None), (1988, 9, None)]


WEEK_PAGE = """某某旗2024年壹周大事记(第四期)
发布日期: 2024-02-04 15:18    来源:  档案史志馆
1月22日,政协某某旗第十三届委员会召开常务委员会第九次会议,旗政协主席某某主持会议并讲话。
1月22日,旗委副书记、旗长某某某主持召开2024年重点项目手续办理推进会议。
1月23日,旗委副书记、旗长某某某与某公司董事长座谈交流,双方就深化合作等事宜进行洽谈。
"""


def test_a_web_page_of_entries_dated_in_full_under_its_info_line_is_a_chronology() -> None:
    """A page that names itself a 大事记, its info line (发布日期:…) right above the first entry: every entry
    opening with its full date starts one; the title names the year its entries fall in, and it and the
    info line are the page's, not an entry's."""
    issue = parse_text(WEEK_PAGE)
    assert _dates(WEEK_PAGE) == [(2024, 1, 22), (2024, 1, 22), (2024, 1, 23)]
    assert [a.body[:6] for a in issue.articles] == ["1月22日,", "1月22日,", "1月23日,"]
    assert "发布日期: 2024-02-04 15:18    来源:  档案史志馆" in issue.metadata.values()


BULLETED = """某某旗人民政府大事记
(4 月 2 日-4 月 29 日)
●4月2日,旗委副书记、旗长某某某主持召开协调保障工作领导小组第二次会议暨安全生产
工作会议。
●4月2日,某某旗召开鼠疫防控工作会议,总结回顾去年鼠疫防控工作成效,对下一阶段全旗鼠疫防
控工作进行安排部署。
●4月7日,旗委副书记、旗长某某某主持召开某某旗人民政府第十次常务会议。
●4月9日旗委常委、副旗长某某调度旗级领导包联重大项目相关事宜。
"""


def test_bulleted_entries_make_a_chronology_and_the_period_it_covers_is_the_issues() -> None:
    """Entries marked with a bullet (●) as with △; the period the 大事记 covers, printed under its title
    ((4 月 2 日-4 月 29 日)), is no entry."""
    issue = parse_text(BULLETED)
    assert _dates(BULLETED) == [(None, 4, 2), (None, 4, 2), (None, 4, 7), (None, 4, 9)]
    assert issue.articles[0].title.startswith("旗委副书记、旗长某某某主持召开")
    assert issue.articles[3].title.startswith("旗委常委")


def test_a_page_naming_itself_a_纪事_with_entries_dated_in_full() -> None:
    """执政纪事 / 工作记事 name a chronology as 大事记 does: entries dated in full, no month heading."""
    text = (
        "执政纪事\n丽水市委、市政府2021年执政纪事(7-12月)\n日期:2022-02-23 10:53    来源:丽水史志网\n\n"
        "7月1日,市委书记胡海峰在丽水接见了全市“两优一先”代表。\n\n"
        "7月1日,《丽水市人民政府质量奖评审管理办法》正式发布。\n\n"
        "7月7日,丽水未来建筑总部大楼启用。\n\n7月6日至7日,全市新时代文明实践中心建设推进会在青田县召开。\n"
    )
    issue = parse_text(text)
    assert issue.layout == "chronology"
    assert [(a.year, a.month_day) for a in issue.articles] == [(2021, "07-01"), (2021, "07-01"), (2021, "07-07"), (2021, "07-06")]


DAYS_WITHOUT_THEIR_RI = """2023年4月大事记

1日晚

城区亲子荧光跑主题活动拉开序幕,200组亲子家庭参加。

同日屯组干字(2023)22号转市委决定:王自福同志任区委常委。

2

区红十字会开展应急救护培训走进公共文化场馆活动。

3

区组织收看全市安全生产工作会议,区委书记吴旭光参加。

同日

区召开安全生产委员会全体成员会议。

12

区委党史和地方志研究室党支部组织党员干部祭扫烈士墓。
"""


def test_days_standing_alone_without_their_ri_open_entries_under_the_month() -> None:
    issue = parse_text(DAYS_WITHOUT_THEIR_RI)
    assert issue.layout == "chronology"
    assert [(a.month, a.day) for a in issue.articles] == [(4, 1), (4, 1), (4, 2), (4, 3), (4, 3), (4, 12)]
    assert [a.title for a in issue.articles] == [
        "城区亲子荧光跑主题活动拉开序幕", "屯组干字(2023)22号转市委决定:王自福同志任区委常委",
        "区红十字会开展应急救护培训走进公共文化场馆活动", "区组织收看全市安全生产工作会议",
        "区召开安全生产委员会全体成员会议", "区委党史和地方志研究室党支部组织党员干部祭扫烈士墓"]
    assert issue.articles[2].body.startswith("2\n区红十字会")  # the day keeps its own line
    assert is_lossless(DAYS_WITHOUT_THEIR_RI, issue)


def test_a_bare_number_is_no_day_where_the_days_run_backwards_or_no_month_is_named() -> None:
    backwards = DAYS_WITHOUT_THEIR_RI.replace("\n12\n", "\n2\n")
    assert [a.day for a in parse_text(backwards).articles][-1] == 3  # 2 after 3 is no day: text of the 3rd
    unnamed = split_chronology(split_lines(DAYS_WITHOUT_THEIR_RI.replace("2023年4月大事记", "县里新闻")))
    assert all(a.month is None for a in unnamed.articles)


def test_a_day_line_opening_with_the_time_of_day_is_titled_by_its_event() -> None:
    issue = parse_text("2024年1月大事记\n\n17日\n区政协专题协商会议召开。\n\n18日\n上午，区政协十五届三次会议举行大会发言。\n\n"
                       "19日\n区政协闭幕。\n")
    assert [a.title for a in issue.articles] == ["区政协专题协商会议召开", "区政协十五届三次会议举行大会发言", "区政协闭幕"]


DAY_LINES_OVER_MARKED_ENTRIES = """2008年1~12月

1月

7日
△某区“冬日献爱心”慈善捐赠活动举行,为全区农村特困群众安居工程
入住户配备彩电176台。
10日
△某区通过全国科技进步考核。
15日
△市委书记某某到某区走访慰问困难群众。
△某区召开经济工作会议。
"""


def test_a_day_line_over_marked_entries_dates_them_and_is_no_entry() -> None:
    """A 年鉴's 大事记 prints each day on a line of its own and that day's events under it, each set off
    with △: the day is the date of the entries under it, not an entry of its own; the year heading may
    name the months it covers (``2008年1~12月``)."""
    issue = parse_text(DAY_LINES_OVER_MARKED_ENTRIES)
    assert _dates(DAY_LINES_OVER_MARKED_ENTRIES) == [(2008, 1, 7), (2008, 1, 10), (2008, 1, 15), (2008, 1, 15)]
    assert [a.title for a in issue.articles] == [
        "某区“冬日献爱心”慈善捐赠活动举行", "某区通过全国科技进步考核", "市委书记某某到某区走访慰问困难群众",
        "某区召开经济工作会议"]
    assert issue.articles[0].body.startswith("7日\n△某区")  # the day keeps its own line


YEAR_TABLE = """附录
大事年表
大事年表1992年
    1月9日    省长某某到某市部队慰问全体官兵。
    1月28日    市委书记某某被授予光荣称号。
    3月14日    重点科技攻关项目可行性论证会在某市召开。
"""


def test_a_year_table_under_a_heading_that_names_its_year_is_a_chronology() -> None:
    """A 县志's 大事年表 is a chronology by another name; ``大事年表1992年`` (the name, then the year) dates
    its entries as ``1992年`` would."""
    issue = parse_text(YEAR_TABLE)
    assert _dates(YEAR_TABLE) == [(1992, 1, 9), (1992, 1, 28), (1992, 3, 14)]
    assert issue.articles[0].title == "省长某某到某市部队慰问全体官兵"


MONTH_AS_YYYYMM = """某市大事记202008

发布日期:2020-09-18 浏览次数:1609

    1日  市长某某主持召开市政府党组会议,部署政府当前重点工作。
    3日  市人大常委会召开党组(扩大)会议,研究贯彻落实意见。
    △  市政府召开廉政工作电视电话会议。市长某某出席并讲话。
"""


def test_a_page_titled_by_its_name_and_a_yyyymm_month_dates_its_days() -> None:
    """``某市大事记202008``: a web page names its month as its address does (YYYYMM) after the word 大事记;
    that heading dates the days under it, and is no entry's title."""
    issue = parse_text(MONTH_AS_YYYYMM)
    assert _dates(MONTH_AS_YYYYMM) == [(2020, 8, 1), (2020, 8, 3), (2020, 8, 3)]
    assert issue.articles[0].title == "市长某某主持召开市政府党组会议"


FLATTENED_PAGE = ("大事记 大事记1995年 1月10日 区委印发《关于加强街道党的建设的意见》。 1月11日 区委、区政府做出《关于表彰"
                  "奖励先进集体的决定》。 1月19日 某区召开经济工作会议。区长某某作工作报告,区委书记某某讲话。 △ 区委发出《关于"
                  "表彰奖励模范党员的决定》。 2月21日 政协某区第九届委员会第二次会议召开。\n")


def test_a_page_flattened_to_one_line_is_cut_into_its_entries() -> None:
    """A web page's 大事记 saved as one line, its entries set apart by a space: each day or △ after a
    sentence end and a space opens an entry, and the heading in the line's head dates them."""
    issue = parse_text(FLATTENED_PAGE)
    assert _dates(FLATTENED_PAGE) == [(1995, 1, 10), (1995, 1, 11), (1995, 1, 19), (1995, 1, 19), (1995, 2, 21)]
    assert [a.title for a in issue.articles] == [
        "区委印发《关于加强街道党的建设的意见》", "区委、区政府做出《关于表彰奖励先进集体的决定》", "某区召开经济工作会议",
        "区委发出《关于表彰奖励模范党员的决定》", "政协某区第九届委员会第二次会议召开"]


def test_one_dated_opening_after_a_sentence_end_is_no_flattened_page() -> None:
    """An entry with a single ``。 3日 …`` inside stays one entry (prose may put a space after 。)."""
    issue = split_chronology(split_lines("2020年1月\n1日 会议召开。 3日 又召开座谈会,讨论下一步工作。\n"))
    assert [(a.month, a.day) for a in issue.articles] == [(1, 1)]


CELL_TABLE = """大   事   记  ( 1701 ~ 2000年)

重   要   记   事

1701

 

 

某乡隶属某县。

1712

 

 

某某等人开垦某庄(今某村)

1730

 

 

某庄至某镇道路建成。

 

 

 

建某里福德宫。

1895

5

13

总督府设置某县,本镇隶属某县。

 

7

 

义军驻守某庄,夹击日军。
"""


def test_a_web_table_saved_one_cell_a_line_makes_each_row_an_entry() -> None:
    """A 大事记 saved from a web table puts every cell on its own line: a bare year (the years ascending),
    the month and day cells (a space where empty), then the text. Each row is an entry dated by its cells;
    a row whose year cell is empty takes the year above, and the heading's name, letter-spaced, still
    names the page a 大事记."""
    issue = parse_text(CELL_TABLE)
    assert _dates(CELL_TABLE) == [(1701, None, None), (1712, None, None), (1730, None, None),
                                  (1730, None, None), (1895, 5, 13), (1895, 7, None)]
    assert [a.title for a in issue.articles][:2] == ["某乡隶属某县", "某某等人开垦某庄(今某村)"]
    assert issue.articles[4].body.startswith("1895 5 13\n总督府")  # the cells keep their line


def test_bare_years_among_prose_make_no_table() -> None:
    """Years standing alone over paragraphs of prose (a 志's text) are no table of one-line rows."""
    text = "概况\n\n1950\n\n全县设五个区。\n\n区下设乡。乡下设村,村设村长。\n\n各村成立农会。\n\n1951\n\n土地改革完成。\n\n" \
           "各乡建立民兵组织。\n\n全县召开劳模大会。\n\n1952\n\n建成水库两座。\n"
    assert parse_text(text).layout != "chronology"


def test_every_name_of_a_chronology_holds_a_mark_the_cheap_test_looks_for() -> None:
    from gazette_reader.ingest.layouts.chronology import _NAMES, NAME_MARKS

    assert all(any(mark in name for mark in NAME_MARKS) for name in _NAMES.split("|"))


RUN_IN_MONTHS = """蓬莱县1958年大事记

1月中共蓬莱县委召开三级干部会议,帮助县委整风。
  5月1日中共蓬莱县委机关报《蓬莱县报》创刊。
  5月31日至6月6日蓬莱县第三届人民代表大会第一次会议在县城召开。
  5月蓬莱港于田横山西侧动工兴建,1964年
8月渔业码头竣工。
  8月战山水库动工兴建。
  3月全县又有新的进展。
"""


def test_a_month_run_into_its_text_opens_an_entry_as_the_months_run() -> None:
    """A 县志 prints a month-only entry as it prints a day's (``5月蓬莱港于…``, penglai_xianzhi_1958): an
    entry after a sentence's end, never before the month the entries reached (3月 after 8月 is text),
    and never a wrapped sentence's continuation (1964年 / 8月渔业码头…)."""
    issue = split_chronology(split_lines(RUN_IN_MONTHS))
    assert is_lossless(RUN_IN_MONTHS, issue)
    assert [(a.title, a.month, a.day) for a in issue.articles] == [
        ("中共蓬莱县委召开三级干部会议", 1, None),
        ("中共蓬莱县委机关报《蓬莱县报》创刊", 5, 1),
        ("蓬莱县第三届人民代表大会第一次会议在县城召开", 5, 31),
        ("蓬莱港于田横山西侧动工兴建", 5, None),
        ("战山水库动工兴建", 8, None),
    ]
    assert "3月全县" in issue.articles[-1].body and "报头2" not in issue.metadata


def test_a_month_span_opens_an_entry() -> None:
    text = "1956年\n8月1日,县广播站成立并开始播音。\n9月中旬至10月中旬,县上组织山区访问团。\n10月5日,《西乡报》创刊。\n"
    issue = split_chronology(split_lines(text))
    assert [(a.title, a.month, a.day) for a in issue.articles] == [
        ("县广播站成立并开始播音", 8, 1), ("县上组织山区访问团", 9, None), ("《西乡报》创刊", 10, 5)]


ROC_TABLE = """大事紀 |
|
民國83年(西元1994年)
三月一 日縣議會正式揭幕掛牌
三月二日陳大明當選縣議會議長
八月十六議長陳大明提建議案興建機場
十月二十七日縣議會發表嚴正抗議
|
民國八十四年
四月二日大陸漁船侵略海域,議會請有關單位具體回應
十一月二十日縣議會考察團下鄉,針對直昇機規劃案 |
"""


def test_a_taiwan_table_of_chinese_numeral_dates_one_entry_a_line() -> None:
    """A 大事紀 saved from a web table (lianjiang_yihui_dashiji): years of the Republic (the Western year
    beside one is kept), a month and day in Chinese numerals run into the text (a two-numeral day may have
    lost its 日), no full stop anywhere, so each dated line is an entry; the table's rules are no text."""
    issue = parse_text(ROC_TABLE)
    assert issue.layout == "chronology" and is_lossless(ROC_TABLE, issue)
    assert [(a.title, a.year, a.month, a.day) for a in issue.articles] == [
        ("縣議會正式揭幕掛牌", 1994, 3, 1),
        ("陳大明當選縣議會議長", 1994, 3, 2),
        ("議長陳大明提建議案興建機場", 1994, 8, 16),
        ("縣議會發表嚴正抗議", 1994, 10, 27),
        ("大陸漁船侵略海域", 1995, 4, 2),
        ("縣議會考察團下鄉", 1995, 11, 20),
    ]
    assert all("|" not in a.body for a in issue.articles[:-1])


def test_a_wrapped_line_opening_with_a_date_continues_its_entry_where_entries_end_in_full_stops() -> None:
    text = "1994年\n三月一日县议会正式揭幕挂牌。\n三月二日县议会召开第一次会议,决定于\n十月二十七日举行大会。\n五月三日县长视察。\n"
    issue = split_chronology(split_lines(text))
    assert [(a.month, a.day) for a in issue.articles] == [(3, 1), (3, 2), (5, 3)]


@pytest.mark.parametrize(("line", "day"), [
    ("三月一 日县议会揭幕", 1), ("八月十六议长提案", 16), ("十一月二十日考察", 20), ("十二月三十一日闭幕", 31),
    ("八月十几天里", None), ("五月一个下午", None), ("八月十六年来", None),
])
def test_a_chinese_numeral_day_without_its_ri_is_one_of_two_numerals_and_no_count(line: str, day: int | None) -> None:
    entry = chronology._entry(line)
    assert (chronology._day_of(entry) if entry else None) == day


@pytest.mark.parametrize(("line", "year"), [
    ("民国83年(西元1994年)", 1994), ("民国84年（1995）", 1995), ("民国八十四年", 1995), ("中华民国一〇三年", 2014), ("二○○八年", 2008),
    ("二0一九年", 2019), ("二OO八年大事记", 2008),
])
def test_year_headings_of_the_republic_and_with_any_zero(line: str, year: int) -> None:
    issue = split_chronology(split_lines(f"{line}\n3月1日县委召开会议。\n3月2日县政府召开会议。\n"))
    assert [a.year for a in issue.articles] == [year, year]
