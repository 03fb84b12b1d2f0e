"""Round 9: items without a headline of their own, which a compilation sets apart only by a blank line
(or by the source line that closes the item above), and the masthead lines above such an item. Each case
a short text of the kind, written here, with the items it must give."""

from __future__ import annotations

from gazette_reader.ingest.parse import is_lossless, parse_text

RUN_ON_BRIEF = (
    "教育工作简报\n"
    "第4期\n"
    "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
    "\n"
    "我县召开义务教育优质均衡发展推进会\n"
    "　　3月4日,全县义务教育优质均衡发展创建工作推进会召开。县委常\n"
    "委、常务副县长王竹出席会议并讲话。\n"
    "　　王竹强调,推进义务教育优质均衡发展是建设教育强县的必然要求。\n"
    "　　县直单位、各乡镇分管负责人参加会议。\n"
    "\n"
    "上蔡县2023年教育工作会议召开\n"
    "　　3月21日,上蔡县2023年教育工作会议召开。县教育局机关全体班子成\n"
    "员出席会议。\n"
    "　　会上,递交了2023年学校安全管理目标责任书。\n"
    "\n"
    "　　4月23日,市政府对县政府履行教育职责评价工作汇报会召开。市政\n"
    "府总督学张立波,县委副书记、县长李春仲出席。\n"
    "　　会上,张立波对本次实地督查的背景、内容进行了说明。\n"
    "　　我县对县政府履行教育职责工作开展情况进行了汇报。\n"
    "\n"
    "　　鲁网2月10日讯 2月3日,平邑县召开全县教育工作会议。局长曹兆\n"
    "清出席会议并讲话。\n"
    "　　会议指出,全县教育系统围绕立德树人根本任务推进重点工作。\n"
)


def test_a_blank_line_parts_items_where_paragraphs_run_on() -> None:
    """A brief that starts each paragraph right under the one above (indented) parts its items by a blank
    line only: the dated text after a blank line under a closed paragraph opens an item without a
    headline, not a paragraph of the item above."""
    issue = parse_text(RUN_ON_BRIEF)
    assert [a.title for a in issue.articles if not a.title_derived] == [
        "我县召开义务教育优质均衡发展推进会", "上蔡县2023年教育工作会议召开"]
    assert len(issue.articles) == 4
    assert issue.articles[2].body.startswith("4月23日") and issue.articles[3].body.startswith("鲁网2月10日讯")
    assert is_lossless(RUN_ON_BRIEF, issue)


WEB_PARAGRAPHS = (
    "我县开展义务植树造林活动\n"
    "\n"
    "2020-03-17 16:30:50 来源:武功党建网 作者:县融媒体中心\n"
    "\n"
    "3月12日,我县在武功镇开展义务植树活动。县委书记张三参加活动。\n"
    "\n"
    "3月13日,各镇办也组织干部群众开展植树活动,共植树两千余株。\n"
    "\n"
    "据悉,今年全县计划新增造林面积一万亩。\n"
    "\n"
    "市人大召开条例执法检查动员会\n"
    "\n"
    "时间:2018-09-02\n"
    "本报讯 8月31日,市人大常委会召开执法检查动员会。\n"
    "\n"
    "会议宣读了检查方案。\n"
)


def test_a_blank_line_between_paragraphs_parts_no_items() -> None:
    """Where paragraphs are parted by blank lines (a web page saved as text), a dated paragraph after a
    blank line goes on with the item above."""
    issue = parse_text(WEB_PARAGRAPHS)
    assert [a.title for a in issue.articles] == ["我县开展义务植树造林活动", "市人大召开条例执法检查动员会"]
    assert "3月13日" in issue.articles[0].body


PAGE_BROKEN = (
    "纪检监察工作信息\n"
    "第6期\n"
    "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
    "\n"
    "十三届洞口县委第一轮巡察完成进驻\n"
    "截至9月24日,十三届县委第一轮巡察4个巡察组完成对县卫健局党委等2\n"
    "个县直单位和黄桥镇党委等4个乡镇的进驻工作。\n"
    "被巡察单位分别召开巡察工作动员会。各巡察组组长作了动员讲话。\n"
    "本轮巡察是十三届县委巡察工作的“开局之战”。\n"
    "\n"
    "第 1 页\n"
    "\n"
    "据悉,县委巡察组将在被巡察单位工作2个月左右,期间设专门值班电话。\n"
    "\n"
    "长沙县纪委组织开展换届期间作风建设暗访巡查\n"
    "7月19日,长沙县纪委组织县公车办等职能部门组成两个检查组开展暗访。\n"
    "县纪委相关负责人强调,县纪委狠抓作风建设的态势只会越来越紧。\n"
    "\n"
    "第 2 页\n"
)


def test_a_page_break_parts_no_items() -> None:
    """The blank lines around a page's number are the page's end, not an item's: the paragraph at the
    next page's top goes on with the item above."""
    issue = parse_text(PAGE_BROKEN)
    assert [a.title for a in issue.articles] == ["十三届洞口县委第一轮巡察完成进驻", "长沙县纪委组织开展换届期间作风建设暗访巡查"]
    assert "据悉" in issue.articles[0].body


MASTHEAD_OVER_RULE = (
    "纪检监察工作信息\n"
    "第6期\n"
    "县纪委监委办公室编\n"
    "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
    "\n"
    "近日,玉龙县纪委监察委派出3个节前重点督查组,对全县各乡镇开展节前督查。\n"
    "各督查组采取专项检查、随机抽查等方式开展监督检查。\n"
    "\n"
    "十三届洞口县委第一轮巡察完成进驻\n"
    "截至9月24日,县委第一轮巡察4个巡察组完成进驻工作。\n"
    "被巡察单位分别召开巡察工作动员会。\n"
    "\n"
    "长沙县纪委组织开展换届期间作风建设暗访巡查\n"
    "7月19日,长沙县纪委组织职能部门组成两个检查组开展暗访巡查。\n"
)


def test_the_masthead_line_over_the_rule_titles_no_item() -> None:
    """The masthead's last line (the editor, 县纪委监委办公室编) over the rule that parts the masthead from
    the items is no headline of the untitled item under the rule."""
    issue = parse_text(MASTHEAD_OVER_RULE)
    assert [a.title for a in issue.articles] == ["", "十三届洞口县委第一轮巡察完成进驻", "长沙县纪委组织开展换届期间作风建设暗访巡查"]
    assert issue.articles[0].body.startswith("近日")
    assert is_lossless(MASTHEAD_OVER_RULE, issue)


DASHED_CREDITS = (
    "基层动态信息摘编\n"
    "\n"
    "1. 4月20日上午,市人大常委会副主任童学军率检查组来我区开展执法检查。\n"
    "童学军一行深入罗岭镇,实地察看了该镇人大工作开展情况。\n"
    "——安庆市宜秀区政府网 2016-04-21\n"
    "\n"
    "2. 6月28日晚上,西王镇召开村“两委”换届工作推进会,副县长出席会议。\n"
    "会上,县农委主任对此次推荐工作进行了说明。\n"
    "来源:zqllxw.com,2018年6月29日\n"
    "\n"
    "3. 5月9日上午,区委书记周卫星到龙岭工业集中区调研考察园区发展情况。\n"
    "周卫星首先到华翔翔能调研企业生产经营情况。\n"
    "【来源:赫山区人民政府网站】\n"
)


def test_a_dashed_credit_closes_its_clipping() -> None:
    """A clipping's credit after a dash with the day it ran (——安庆市宜秀区政府网 2016-04-21) is its source
    line: it closes the item and dates it, and the numbered text under it opens the next item."""
    issue = parse_text(DASHED_CREDITS)
    assert [a.body.split(",")[0] for a in issue.articles] == ["4月20日上午", "6月28日晚上", "5月9日上午"]
    first = issue.articles[0]
    assert (first.year, first.month, first.day) == (2016, 4, 21)
    assert first.source_unit_raw == "——安庆市宜秀区政府网 2016-04-21"
    assert is_lossless(DASHED_CREDITS, issue)


RELEASES = (
    "我县开展义务植树造林活动\n"
    "\n"
    "2020-03-17 16:30:50 来源:武功党建网 作者:县融媒体中心\n"
    "\n"
    "3月12日,全体县级领导在武功镇植树造林现场开展春季义务植树活动。\n"
    "大家挥锹铲土、扶苗培土,干劲十足,共栽植各类苗木五百余株。\n"
    "\n"
    "5月4日,山东省郯城县马头镇文化广场绿化园内,一片片石竹花开烂漫。\n"
    "近年来,马头镇着力打造农民群众文化娱乐生活场所的环境圈。\n"
    "\n"
    "市人大召开条例执法检查动员会\n"
    "\n"
    "时间:2021-01-03\n"
    "本报讯 1月2日,市人大常委会召开执法检查动员会。\n"
    "会议宣读了检查方案,市人大常委会副主任王志华出席会议并讲话。\n"
    "\n"
    "12月28日,市人大常委会已印发检查方案。\n"
)


def test_a_day_after_the_release_opens_the_next_release() -> None:
    """Text after a blank line that opens with a day after the release's own date (5月4日 under a release
    of 2020-03-17) tells of what that release could not: the next release, saved without its headline.
    A day months before it (12月28日 under a release of 2021-01-03) is last year's, the release's own."""
    issue = parse_text(RELEASES)
    assert [a.title for a in issue.articles if not a.title_derived] == ["我县开展义务植树造林活动", "市人大召开条例执法检查动员会"]
    assert len(issue.articles) == 3
    assert issue.articles[1].body.startswith("5月4日") and (issue.articles[1].month, issue.articles[1].day) == (5, 4)
    assert "12月28日" in issue.articles[2].body
    assert is_lossless(RELEASES, issue)


PASTED_RELEASE = (
    "福建省疫情联防联控工作第七场新闻发布会主持人述评\n"
    "\n"
    "2020-02-18 10:26:34    来源: 东南网   作者: 林先昌\n"
    "\n"
    "近一段时间,人民群众对生活物资保障、社区防控等问题十分关心。今天我们请来了有关部门负责人。\n"
    "\n"
    "当前,疫情形势出现积极变化,防控工作取得新的成效,希望记者朋友们给予更多的关注。\n"
    "\n"
    "目前,宜昌市疫情防控工作情况怎样?今天下午四点,湖北省指挥部召开第25场新闻发布会。\n"
    "参加发布会的人员包括:\n"
    "宜昌市委副书记、市长张家胜,宜昌市三医院副院长杜德兵。\n"
    "今天发布会将继续由长江云进行直播,记者将采用远程视频连线提问。\n"
    "(责任编辑 蒋鹏飞)\n"
    "\n"
    "全市召开安全生产工作会议\n"
    "\n"
    "2020-02-20 09:00:00    来源: 市政府网\n"
    "\n"
    "会议强调,要压紧压实各方责任,坚决遏制重特大事故发生。\n"
    "\n"
    "会议要求,各地各部门要做好以下工作。\n"
    "\n"
    "一是要强化隐患排查,确保不留死角。\n"
    "二是要强化应急值守,确保信息畅通。\n"
)


def test_a_release_set_by_another_hand_opens_an_item() -> None:
    """Under a release whose paragraphs are parted by blank lines, text that runs its paragraphs on is
    another release pasted without its headline; a list's points run on under their release's paragraph
    and stay in it."""
    issue = parse_text(PASTED_RELEASE)
    assert len(issue.articles) == 3
    assert issue.articles[1].body.startswith("目前,宜昌市")
    assert issue.articles[2].title == "全市召开安全生产工作会议" and "二是要强化应急值守" in issue.articles[2].body
    assert is_lossless(PASTED_RELEASE, issue)


def test_a_page_break_inside_the_pasted_release_keeps_it_apart() -> None:
    """A saved page's image line (``![]() |``, blanked as the site's) stands between two paragraphs with no
    blank line: it is no page end, so the real page ends, each with its blank line above the number, are
    still read as page ends, and one falling right under the pasted release's first paragraph parts no
    paragraphs of it (before, the image line set the page foot at no blank line at all)."""
    text = PASTED_RELEASE.replace("目前,宜昌市疫情防控工作情况怎样?今天下午四点,湖北省指挥部召开第25场新闻发布会。\n",
                                  "目前,宜昌市疫情防控工作情况怎样?今天下午四点,湖北省指挥部召开第25场新闻发布会。\n"
                                  "\n- 2 -\n\f内部资料 注意保存\n")
    text = text.replace("会议强调,要压紧压实各方责任,坚决遏制重特大事故发生。\n",
                        "会议强调,要压紧压实各方责任,\n![]() |\n坚决遏制重特大事故发生。\n")
    text = text.replace("会议要求,", "\n- 3 -\n\f内部资料 注意保存\n会议要求,")
    issue = parse_text(text)
    assert [a.body[:6] for a in issue.articles][1] == "目前,宜昌市"
    assert len(issue.articles) == 3 and is_lossless(text, issue)
