"""Newspaper pages: headline segments joined and assigned by content, bylines split off."""

from __future__ import annotations

from gazette_reader.ingest.lines import split_lines
from gazette_reader.ingest.layouts.newspaper import count_markers, headlines_in_order, is_dateline, is_headline_like, join_headline, split_newspaper
from gazette_reader.ingest.parse import is_lossless, parse_text


def test_join_wrapped_headline_without_space() -> None:
    seg = split_lines("二七区召开智能门禁\n建设工作现场会")
    assert join_headline(seg, "召开智能门禁建设工作现场会。") == "二七区召开智能门禁建设工作现场会"


def test_join_separate_lines_with_space() -> None:
    seg = split_lines("统筹谋划、聚焦重点\n在六个方面“出重彩、成高峰”")
    assert join_headline(seg, "要统筹谋划、聚焦重点，在六个方面") == "统筹谋划、聚焦重点 在六个方面“出重彩、成高峰”"


def test_headline_like() -> None:
    assert is_headline_like(split_lines("突出重点 分类推进 全力加快灾后恢复重建"))
    assert not is_headline_like(split_lines("意度。"))
    assert not is_headline_like(split_lines("就市政基础设施、城镇住宅、教\n育设施，水利工程"))


PAGE = """本报讯 3月1日，荷花县召开春季植树动员会，要求各乡镇抓好苗木调运和栽植质量。
记者 甲乙

荷花县召开水利工作会议

本报讯 3月2日，荷花县召开水利工作会议，部署春灌和水库除险加固工作。
记者 丙丁 通讯员 戊己

荷花县部署春季植树
苗木栽植质量
"""


def test_headlines_follow_content_not_position() -> None:
    issue = split_newspaper(split_lines(PAGE))
    first, second = issue.articles
    assert first.title == "荷花县部署春季植树 苗木栽植质量"
    assert second.title == "荷花县召开水利工作会议"
    assert [b.name for b in second.bylines] == ["丙丁", "戊己"]
    assert first.body.endswith("栽植质量。") and second.body.endswith("除险加固工作。")


def test_article_without_byline_ends_before_headlines() -> None:
    text = "本报讯 3月1日，荷花县召开动员会。\n\n荷花县召开动员会议\n\n本报讯 3月2日，荷花县开展巡查。\n记者 甲乙\n"
    first, second = split_newspaper(split_lines(text)).articles
    assert (first.title, first.body, first.bylines) == ("荷花县召开动员会议", "本报讯3月1日，荷花县召开动员会。", [])
    assert second.title == ""


def test_one_line_article_with_glued_byline() -> None:
    (art,) = split_newspaper(split_lines("本报讯 3月1日，荷花县召开动员会。记者 甲乙\n\n荷花县召开动员会")).articles
    assert (art.body, [b.name for b in art.bylines], art.title) == ("本报讯3月1日，荷花县召开动员会。", ["甲乙"], "荷花县召开动员会")
    assert art.span == (0, 33)


WEB_RELEASES = """一肩挑 谋振兴|东溪乡多渠道做好村级组织换届选举宣传工作
来源:泰顺新闻网 发布时间:2020-05-27 15:10:52 作者:赵超颖
  泰顺新闻网讯(记者 赵超颖)为确保“书记主任一肩挑”工作
稳步推进,近段时间,东溪乡多渠道开展换届选举政策宣传。
(编辑 周晓叶)

区政府各部门积极参加清雪活动
2010/1/6 16:43:13 次浏览 分类:政府动态    来源:
    13日,一场瑞雪给港城披上银装,区政府系统各部门、单位
工作人员冒着严寒上街清扫积雪,区长于春海带头参加清雪活动。

陈伟来薛城区视察三区合一工作
日期:2013-03-07 09:21
枣庄房产网3月7日讯 3月4日,枣庄市委书记陈伟来薛城区视察三
区合一工作开展情况。陈伟一行实地察看了市民中心建设现场。
"""


def test_web_releases_with_info_lines_under_their_headlines() -> None:
    """Saved web releases: a 网讯 dateline under a label or info line (来源:… 发布时间:…, 日期:…), which
    stands between the headline and the story; an item without a dateline is an item too."""
    assert headlines_in_order(split_lines(WEB_RELEASES))
    issue = parse_text(WEB_RELEASES)
    assert [a.title for a in issue.articles] == [
        "一肩挑 谋振兴|东溪乡多渠道做好村级组织换届选举宣传工作", "区政府各部门积极参加清雪活动", "陈伟来薛城区视察三区合一工作"]
    assert [(a.year, a.month, a.day) for a in issue.articles] == [(2020, 5, 27), (2010, 1, 6), (2013, 3, 7)]


def test_e_paper_page_lines_date_the_stories_under_them() -> None:
    """A county e-paper prints ``A1：清徐*要闻总第3311期 >2018-09-26编印`` above each page: issue
    metadata, and the date of the stories below it (a bare ``5日，`` takes the page's month)."""
    text = (
        "A1：清徐*要闻总第3311期 >2018-09-26编印\n\n市安全生产大检查督导组莅清\n"
        "  本报讯9月21日上午，市安全生产第四督导组莅清，就我县安全生产工作进行督导。\n"
        "县委常委、副县长李凤梅出席汇报会。\n\n5：综合总第44期 >2011-12-08编印\n\n"
        "《海南日报》走基层记者团到定安采访\n  5日，由《海南日报》报业集团编委翁朝健率领的记者团到定安开展活动。\n"
        "  上午，定安县举行座谈会。\n"
    )
    issue = parse_text(text)
    assert [(a.title, a.year, a.month_day) for a in issue.articles] == [
        ("市安全生产大检查督导组莅清", 2018, "09-21"), ("《海南日报》走基层记者团到定安采访", 2011, "12-05")]
    assert issue.metadata["版面2"] == "5：综合总第44期 >2011-12-08编印"


def test_news_from_datelines_count_as_markers() -> None:
    lines = split_lines("城固茶园喜迎丰收\n长江商报消息 ●记者 王敏 发自陕西城固\n正文。\n"
                        "县委召开常委会\n红安网消息 7月5日，县委召开常委会。\n")
    assert count_markers(lines) == 2
    assert is_dateline("长江商报消息 ●记者 王敏") and not is_dateline("消息传来，全县沸腾")


def test_a_page_line_naming_the_year_s_issue_is_no_article() -> None:
    text = (
        "市安全生产大检查督导组莅清\n本报讯9月21日上午，市安全生产第四督导组莅清，就我县安全生产工作进行督导。\n\n"
        "今日浮山 2022年第638期 第1版\n\n王兴主持召开县长办公会\n本报讯 12月5日，县委副书记、政府县长王兴主持召开县长办公会议。\n"
    )
    issue = parse_text(text)
    assert [a.title for a in issue.articles] == ["市安全生产大检查督导组莅清", "王兴主持召开县长办公会"]
    assert "今日浮山 2022年第638期 第1版" in issue.metadata.values()


E_PAPER_PAGES = """1750 期 / 第1版:1
荷花县召开春季植树动员会
      本报讯  3月1日,荷花县召开春季植树动员会,要求各乡镇抓好苗木调运
和栽植质量。县委书记甲乙出席会议。
      会议强调,要抓好苗木调运和栽植质量,确保成活率。

荷花县荣获省级文明县城称号
刊发日期:2013-02-06 阅读次数: 作者:小杰  语音阅读:语音阅读
  本报讯近日,荷花县通过省级文明县城复查,
蝉联省级文明县城称号。

下一版»本期共4版, 当前第1版 PDF
【图片新闻】

8月28日下午,县领导丙丁、戊己等专程来到各分组讨论地点,慰问参会
的政协委员,希望大家积极参政议政。

丙丁说,这次会议是一次承上启下的重要会议。

井娇摄影报道
"""


def test_an_e_paper_s_info_line_page_navigation_and_photo_item() -> None:
    """An info line under a headline dates its story and is no part of the headline; the page navigation
    starts a new page, whose photo item under a 【column】 is an item of its own, credit included."""
    issue = parse_text(E_PAPER_PAGES)
    assert issue.layout == "newspaper"
    assert [(a.title, a.section, a.month_day) for a in issue.articles] == [
        ("荷花县召开春季植树动员会", None, "03-01"), ("荷花县荣获省级文明县城称号", None, "02-06"),
        ("", "图片新闻", "08-28")]
    first, second, photo = issue.articles
    assert first.subtitle is None and second.year == 2013 and second.body.startswith("刊发日期:2013-02-06")
    assert photo.body.startswith("8月28日下午") and photo.body.endswith("井娇摄影报道")
    assert "下一版»本期共4版, 当前第1版 PDF" in issue.furniture and is_lossless(E_PAPER_PAGES, issue)


def test_a_weekly_column_of_briefs_under_a_page_line() -> None:
    """Under a page line the paper is named, so 要 闻 周 报 is a column, the section of the ● briefs below
    it; the period it covers is furniture; a brief whose first words hold no comma but run to the column
    is text, not a headline."""
    text = (
        "陈道彬参加区十八届人大四次会议第十二代表团审议\n  本报讯(记者 李菱)2月20日,区委副书\n记、区长陈道彬来到区十八届人大四次会议第十二\n"
        "代表团,与来自南门镇、谭家镇的人大代表一起审\n议区政府工作报告。\n\n"
        "开州日报 2024年5月28日 星期二 第01版\n\n要 闻 周 报\n(5月20日—5月24日)\n"
        "  ●第六届中国西部国际投资贸易洽谈会开幕。\n区委书记蒲彬彬参加开幕式,区委副书记、区长陈\n"
        "道彬参加开幕式并到开州展厅巡展。开州展厅以“\n刘帅故里丰盛开州”主题,分为3个板块,分别从\n"
        "  ●区委书记、创建汉丰湖国家级旅游度假区指\n挥部指挥长蒲彬彬主持召开区规划委员会全体会议\n"
        "暨创建汉丰湖国家级旅游度假区指挥部会议,传达\n学习重要指示精神。区委副书记、区长陈道彬出席。\n"
    )
    issue = parse_text(text)
    assert len(issue.articles) == 3
    assert [a.section for a in issue.articles] == [None, "要闻周报", "要闻周报"]
    assert "(5月20日—5月24日)" in issue.furniture
    assert is_lossless(text, issue)


def test_a_paper_s_one_character_short_name_before_报讯_is_a_dateline() -> None:
    assert is_dateline("新报讯(记者 刘 睿 王树天) 1月17日下午,荷花县两会闭幕。")
    assert is_dateline("晶报讯 昨日,荷花县召开春季植树动员会。")
    assert not is_dateline("报讯息的人已经离开。")


AGGREGATED_PAGES = """2017年1月17日

荷花县委书记参加代表团审议 人大常委会工作报告时强调
发挥优势 苦干实干 奋力实现新崛起

《荷花日报》(2017年1月17日) 01版
1月16日下午,县委书记王大明与代表团共同审议工作报告。 本报记者 李小红 摄

本报1月16日讯 (记者 刘晓冬)1月16日下午,县委书记王大明与代表团共同审议人大常委会工作报告时强调,要发挥优势,苦干实干。

会场气氛热烈、代表发言踊跃。

2017年1月18日

荷花县政协五次会议胜利闭幕

《荷花晚报》(2017年1月18日) 01版

晚报讯(记者 张 睿) 1月17日下午,历时5天的荷花县政协五次会议在县城胜利闭幕。

下午5时,闭幕大会开始。
"""


def test_pages_whose_paper_and_page_line_stands_under_each_headline() -> None:
    """An aggregator's pages: the page's date, the headline decks, then ``《报》(date) 01版`` under them."""
    issue = parse_text(AGGREGATED_PAGES)
    assert issue.layout == "newspaper"
    assert [(a.kicker, a.title) for a in issue.articles] == [
        ("荷花县委书记参加代表团审议 人大常委会工作报告时强调", "发挥优势 苦干实干 奋力实现新崛起"),
        (None, "荷花县政协五次会议胜利闭幕")]


def test_the_date_and_page_lines_round_an_aggregated_headline_are_the_page_s() -> None:
    """The page's date above the headline and its page line under it are the issue's metadata: each story
    opens with its own text (a photo caption, a dateline) and is dated by its opening."""
    issue = parse_text(AGGREGATED_PAGES)
    assert [(a.month_day, a.body[:8]) for a in issue.articles] == [("01-16", "1月16日下午,"), ("01-17", "晚报讯(记者张睿")]
    assert sorted(issue.metadata.values()) == ["2017年1月17日", "2017年1月18日", "《荷花日报》(2017年1月17日) 01版",
                                               "《荷花晚报》(2017年1月18日) 01版"]


SAVED_PAGES = """荷花晚报
第03版:时评·综合新闻
2008年10月8日 星期
百幅照片见证荷花县变化

  □晚报记者 甲乙丙

  本报讯 “变化太大了!”10月7日,荷花县委门前展板前,几位老人看着照片不停感慨。

  此次活动的负责人介绍,展出的500余幅作品分7个主题。线索提供 丁戊己


莲花日报 2014年11月17日

作家到莲花县采风

本报讯(莲 闻)近日,省市作家20余人到莲花县进行为期3天的采风活动。

莲花县整治非法营运三轮车

本报讯(莲 盛)近期,莲花县对城区非法营运三轮车进行整治,交通拥堵明显缓解。
"""


def test_saved_e_paper_pages_a_marked_byline_and_a_page_line_without_a_page() -> None:
    """Two pages saved from e-paper sites: the marked byline (□晚报记者 …) under a headline is the
    story's byline, the date line under the page line (its weekday cut off) the issue's; the next paper's
    line (莲花日报 2014年11月17日) ends the story above, though that story ends in a credit, not a
    sentence, and dates the news under it that gives no date of its own (近日)."""
    issue = parse_text(SAVED_PAGES)
    assert [(a.kicker, a.title, [b.name for b in a.bylines]) for a in issue.articles] == [
        (None, "百幅照片见证荷花县变化", ["甲乙丙"]), (None, "作家到莲花县采风", []),
        (None, "莲花县整治非法营运三轮车", [])]
    assert [(a.year, a.month_day) for a in issue.articles] == [(2008, "10-07"), (2014, "11-17"), (2014, "11-17")]
    assert "莲花日报 2014年11月17日" in issue.metadata.values() and "2008年10月8日 星期" in issue.metadata.values()
