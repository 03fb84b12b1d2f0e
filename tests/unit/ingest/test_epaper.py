"""Newspaper pages saved from an e-paper site or an archive: their navigation is furniture, their page
lines and record fields date and title the stories, and nothing is lost on the way."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.layouts.compilation import split_compilation
from gazette_reader.ingest.layouts.headings import closes
from gazette_reader.ingest.lines import split_lines
from gazette_reader.ingest.metadata import is_page_line
from gazette_reader.ingest.pages import blank_page_furniture
from gazette_reader.ingest.parse import is_lossless, parse_text


def test_a_date_line_under_a_section_heading_is_kept() -> None:
    """A short heading over a date line over a headline is a section heading; the date line, no item's
    leading source line (one alone), goes to the furniture instead of being lost."""
    text = "\n".join([
        "区委常委会召开扩大会议",
        "10月23日上午，区委常委会召开扩大会议，传达学习省委全会精神。区委书记宋洁主持会议并讲话。",
        "",
        "全市重点项目建设观摩",
        "2014年02月17日",
        "全区秋粮收购工作有序推进",
        "10月24日，全区秋粮收购工作有序推进，各收购点秩序井然。",
        "",
        "全区冬季征兵工作全面启动",
        "10月25日，全区冬季征兵工作全面启动，各乡镇积极动员。",
    ])
    issue = split_compilation(split_lines(text), layout="newspaper", kicker_first=True)
    assert is_lossless(text, issue)
    assert [a.title for a in issue.articles] == ["区委常委会召开扩大会议", "全区秋粮收购工作有序推进", "全区冬季征兵工作全面启动"]


EPAPER_PAGE = """潍坊日报 2014年2月17日 星期一 第02版:综合新闻

第02版:综合新闻
  3上一版 4下一版  
 
版面导航

第01版
要闻

第02版
综合新闻

第03版
时评
 
标题导航
水上运动会 和谐邻里情
统一思想凝聚共识 激励斗志推动发展
人勤业兴春来早
2014年02月17日
 上一期    下一期 
返回潍坊新闻网
3 上一篇   下一篇4
放大 缩小 默认
人勤业兴春来早



  □本报记者 刘 超
  通讯员 梁月康 

  新春正月，记者在寒亭区走访，感受最深的不是浓浓“年味儿”，而是一股忙碌的气息。
  2月14日上午，记者来到固堤街道西安村，地头上已是一番忙碌景象。
"""


def test_e_paper_navigation_is_furniture() -> None:
    """The site's buttons, the day's page list and the headline list under 标题导航 (with the issue's
    date beside its buttons) are blanked; the story's own headline, byline and text stay."""
    lines, gone = blank_page_furniture(split_lines(EPAPER_PAGE))
    assert gone == ["3上一版 4下一版", "版面导航", "第01版", "要闻", "第02版", "综合新闻", "第03版", "时评", "标题导航",
                    "水上运动会 和谐邻里情", "统一思想凝聚共识 激励斗志推动发展", "人勤业兴春来早", "2014年02月17日",
                    "上一期    下一期", "返回潍坊新闻网", "3 上一篇   下一篇4", "放大 缩小 默认"]
    kept = [ln.text for ln in lines if ln.text]
    assert kept[:4] == ["潍坊日报 2014年2月17日 星期一 第02版:综合新闻", "第02版:综合新闻", "人勤业兴春来早", "□本报记者 刘 超"]


def test_a_story_under_e_paper_navigation_keeps_its_headline() -> None:
    """The headline over a boxed byline (□本报记者 刘 超) titles the story; the byline heads nothing."""
    issue = parse_text(EPAPER_PAGE)
    assert [a.title for a in issue.articles] == ["人勤业兴春来早"]
    assert issue.articles[0].body.startswith("□本报记者")


@pytest.mark.parametrize("line", ["01版:导读", "16版:光影记录", "A2版：要闻"])
def test_a_days_page_list_is_furniture(line: str) -> None:
    entries = ["01版:导读", "02版:要闻评论", "03版:今日关注", "16版:光影记录", "A2版：要闻"]
    text = "\n\n".join(["潍坊晚报 2024年12月2日 星期一 04版:民生新闻", *entries, "新闻标题", "正文一句话，写满了内容。"])
    _, gone = blank_page_furniture(split_lines(text))
    assert line in gone and "新闻标题" not in gone


@pytest.mark.parametrize("line", ["第02版:综合新闻", "上一期的报道引起了关注。", "返回家乡创业", "默认值"])
def test_a_single_page_line_and_prose_are_kept(line: str) -> None:
    text = "\n".join(["潍坊日报 2014年2月17日 星期一", "", line, "", "正文一句话，写满了内容。"])
    assert blank_page_furniture(split_lines(text))[1] == []


H5_PAGES = """潍坊晚报 2024年12月2日 星期一 04版:民生新闻

01版:导读

02版:要闻评论

03版:今日关注

2025年度
“国考”举行   12月1日,在潍坊高新区北海学校考点,助考人员正在指导考生进行人脸识别认证。本次“国考”我市参考考生共计12611人。                  潍坊日报社全媒体记者 张沁
新增5种门诊慢特病实现跨省直接结算   据新华社北京12月1日电 记者从国家医保局了解到,12月1日,全国医保正式上线5种门诊慢特病相关治疗费用跨省直接结算服务。
  这是继高血压、糖尿病等5种门诊慢特病费用跨省直接结算之后的又一医保福利。
"""


def test_an_h5_pages_headlines_run_into_their_text() -> None:
    """A web page's headline joined to its text across a wide gap, its first line on the line above
    (2025年度 / “国考”举行   12月1日,…): one headline of two lines, not a column's name over a headline; the
    credit after the story's last sentence (…12611人。      潍坊日报社全媒体记者 张沁) closes the story, so the
    next line's headline starts the next."""
    issue = parse_text(H5_PAGES)
    assert [(a.title, a.section) for a in issue.articles] == [
        ("2025年度“国考”举行", None), ("新增5种门诊慢特病实现跨省直接结算", None)]
    assert issue.articles[0].body.startswith("12月1日,在潍坊")
    assert "01版:导读" in issue.furniture


def test_a_credit_after_a_wide_gap_closes_the_paragraph() -> None:
    assert closes("本次“国考”我市参考考生共计12611人。          潍坊日报社全媒体记者 张沁")
    assert closes("□本报记者 付 生")
    assert not closes("本次考试   潍坊日报社全媒体记者 张沁")


ARCHIVE = """东营日报

返回概览 <<上一记录 下一记录>> 打印预览 下载记录

【日期】= 1991.02.23
【标题】= 图片
【版次】= 01
【作者】= 画连生
【正文】=

图片

画连生  (1991.02.23)

   东营区史口乡领导,为保证油田在刘三村的吨粮田里抢上的梁13
——26井正点开钻,春节不休息,积极协调和解决有关征地和施工中
的困难,保证了该井顺利开钻。
                (画连生摄)

返回概览 <<上一记录 下一记录>> 打印预览 下载记录

【日期】= 1995.09.28
【标题】= 大众日报社在我市举行宣传发行座谈会  李殿魁卢得志出席会议
【版次】= 01
【正文】=

大众日报社在我市举行宣传发行座谈会  李殿魁卢得志出席会议

徐教连  (1995.09.28)

   大众日报社在我市举行宣传发行座谈会
    李殿魁卢得志出席会议
    本报讯 (记者 徐教连)9月21日下午,大众日报社社长刘学
德来我市同有关部门的负责同志座谈。
"""


def test_an_archives_records_are_titled_and_dated_by_their_fields() -> None:
    """Each record's 【标题】 titles it (its decks apart: title, subtitle), its 【日期】 gives the year and,
    where the text states no date, the date; the fields, the archive's navigation and the title and
    author line it sets again over the text are furniture, the masthead above the records metadata."""
    issue = parse_text(ARCHIVE)
    assert [(a.title, a.subtitle, a.year, a.month, a.day) for a in issue.articles] == [
        ("图片", None, 1991, 2, 23), ("大众日报社在我市举行宣传发行座谈会", "李殿魁卢得志出席会议", 1995, 9, 21)]
    assert issue.articles[0].body.startswith("东营区史口乡领导")
    assert issue.articles[1].body.startswith("本报讯")
    assert "【日期】= 1995.09.28" in issue.furniture and "东营日报" in issue.metadata.values()


COUNTY_PAPER = """莱西新闻 2011年12月23日 星期五

我市实现城市社区和社区管理全覆盖
    近日,我市顺利完成对城区范围内的城市社区和企业社区调整工作,新建了三个居委会。

莱西新闻 2011年12月28日 星期三

12月27日上午,市第十三次党代会开幕式结束后,各代表团围绕报告展开热烈的讨论。

莱西新闻 2022年2月19日 星期六

2月18日,中国共产党莱西市第十五次代表大会召开主席团常务委员会第一次会议。
"""


def test_a_page_line_over_a_story_is_the_pages_and_dates_it() -> None:
    """A county paper's page line (莱西新闻 2022年2月19日 星期六) over a story without a headline: the
    page's line, not the story's title; the story is an item of its own, in the page's year."""
    issue = parse_text(COUNTY_PAPER)
    assert [a.title for a in issue.articles][0] == "我市实现城市社区和社区管理全覆盖"
    assert [(a.body[:8], a.year, a.month, a.day) for a in issue.articles[1:]] == [
        ("12月27日上午", 2011, 12, 27), ("2月18日,中国", 2022, 2, 18)]
    assert not any("莱西新闻" in a.title for a in issue.articles)


@pytest.mark.parametrize(("line", "expected"), [
    ("莱西新闻 2022年2月19日 星期六", True), ("温岭日报 2012年10月19日 星期五", True),
    ("央视新闻 2022年2月19日", False), ("莱西新闻 2022年2月19日 星期六开幕", False)])
def test_a_county_papers_page_line(line: str, expected: bool) -> None:
    assert is_page_line(line) is expected


def test_e_paper_navigation_runs_on_across_a_page_break() -> None:
    """A PDF's page break inside the headline list (a page number between blank lines) does not end
    it, and the gap it leaves above the story's headline stays a gap."""
    text = EPAPER_PAGE.replace("统一思想凝聚共识 激励斗志推动发展\n", "统一思想凝聚共识 激励斗志推动发展\n\n- 2 -\n\n")
    _, gone = blank_page_furniture(split_lines(text))
    assert "- 2 -" in gone and "人勤业兴春来早" in gone and "2014年02月17日" in gone
    assert [a.title for a in parse_text(text).articles] == ["人勤业兴春来早"]


def test_a_subheading_inside_a_run_in_story_does_not_split_it() -> None:
    """Where the stories' headlines run into their text across a wide gap, a headline line alone under
    text, no blank line above it, is a subheading of the story it stands in."""
    text = "\n".join([
        "潍坊晚报 2023年3月9日 星期四",
        "",
        "亚星桥上留个影   3月3日,在城区东风街亚星桥,居民以大桥为背景拍摄合影。一座桥、一段路,几十年默默陪伴着我们。",
        "十组数据看增进民生福祉   翻开5日提请审议的政府工作报告,一个个目标数字,牵动着一项项民生新部署。",
        "GDP增长5%左右",
        "居民收入增长与经济增长基本同步",
        "  “国内生产总值增长5%左右”……政府工作报告提出今年发展主要预期目标。",
        "  在“做大蛋糕”的同时要“切好蛋糕”。计划报告提出,健全工资合理增长机制。",
    ])
    issue = parse_text(text)
    assert [a.title for a in issue.articles] == ["亚星桥上留个影", "十组数据看增进民生福祉"]
    assert "切好蛋糕" in issue.articles[1].body


def test_a_long_headline_run_into_a_dateline_starts_a_story() -> None:
    """A headline longer than one deck (title and subtitle joined by a space) run into its text across
    a wide gap: before a dateline, what stands before the gap is the headline."""
    text = "\n".join([
        "潍坊晚报 2025年6月10日 星期二 02版:要闻评论",
        "",
        "非遗传承来到身边   6月9日,在十笏园非遗空间,市民在非遗公益培训班上学习花灯制作技艺。",
        "中办、国办印发《关于进一步保障和改善民生 着力解决群众急难愁盼的意见》 推动民生建设更加公平、均衡、普惠、可及"
        "   新华社北京6月9日电 日前,中共中央办公厅、国务院办公厅印发《意见》,推动民生建设更加公平。",
        "  意见强调,要增强社会保障公平性。",
    ])
    issue = parse_text(text)
    assert [a.title[:7] for a in issue.articles] == ["非遗传承来到身", "中办、国办印发"]
    assert issue.articles[1].body.startswith("新华社北京6月9日电")
