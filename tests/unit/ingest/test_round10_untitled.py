"""Round 10: items without a headline of their own — across a page's end, and in a newspaper's pages saved
from the web (本报讯 stories whose headline the site did not store). Each case a short text of the kind,
written here, with the items it must give."""

from __future__ import annotations

from gazette_reader.ingest.parse import is_lossless, parse_text

RELEASES = (
    "副市长带队检查节前安全生产工作\n"
    "9月25日上午,副市长王明带队深入燃气公司抢维修中心、自来水西区水厂检查节前安全生产工作。\n"
    "检查中,王明详细询问企业节前安全部署情况。\n"
    "最后,王明慰问了企业一线员工。\n"
    "\n"
    "\n"
    "3月23日上午,市长徐华勤主持召开市政府第二十四次常务会议,听取一季度全市安全生产工作情况汇报。\n"
    "会议听取了市应急管理局局长王国权的汇报。\n"
    "会议强调要守住安全生产底线。\n"
    "\n"
    "\n"
    "{foot}"
    "9月18日上午,市政府召开安委会全体成员扩大会议,推进全市开展安全生产大检查,周伟强出席。\n"
    "周伟强指出,要全面推进安全生产年各项工作。\n"
    "会议要求落实企业主体责任。\n"
)


def _articles(text: str) -> list[tuple[str, str]]:
    return [(a.title, "".join(a.body.split())) for a in parse_text(text).articles]


def test_items_parted_by_two_blank_lines_at_a_page_end_stay_apart() -> None:
    """Releases saved one after another, two blank lines between them, printed with page numbers: where a
    page ends in that gap (a page number and a form feed after the two blank lines), the release under it
    is still an item of its own, as it is without the page's end."""
    plain = RELEASES.format(foot="")
    paged = RELEASES.format(foot="\n- 1 -\n\f")
    assert len(parse_text(plain).articles) == 3
    assert _articles(paged) == _articles(plain)
    assert is_lossless(paged, parse_text(paged))


WEB_PAGES = (
    "两市共商合作发展\n"
    "\n"
    "6月2日,两市党政代表团在市政府大楼举行合作发展座谈会,双方就加快区域内资源共享、打造经济文化合作大平台达成共识。\n"
    "市委常委、副市长李明,市政协副主席向德及有关部门领导出席座谈会。\n"
    "\n"
    "市委常委、副市长李明讲话\n"
    "\n"
    "市委常委、副市长郭强介绍经济社会发展基本情况\n"
    "\n"
    "\n"
    "本报讯(记者王鹏)9月9日,由市委宣传部主办,日报社承办的“百名社长总编聚焦”新闻采访活动在羲皇故里启动。来自全国的80余家地市报社参加。\n"
    "市委书记王锐宣布活动启动,市委副书记、市长杨俊致辞。\n"
    "当天,采访团先后参观采访了南山苹果基地,观摩了麦积石窟。\n"
    "\n"
    "\n"
    "甘南日报 2017年6月20日 星期二 第01版\n"
    "\n"
    "本报合作讯 (记者 张元) 6月18日,由多家中央媒体记者组成的采访团来我州开展采访活动,并举行记者见面会。州委书记俞辉出席见面会。 |\n"
    "\n"
    "\n"
    "(在工业博物馆调研)\n"
    "\n"
    "(在日报社调研)\n"
    "7月14日,人民日报社甘肃分社社长董洪亮一行,来我市调研经济社会发展、历史文化名城保护情况。\n"
    "调研组一行先后来到工业博物馆、日报社等地进行了深入调研采访。 |\n"
    "\n"
    "\n"
    "天水日报讯【记者马放】10月12日,甘肃日报社社长王光庆一行来我市调研。其间,市委副书记、市长王国先与王光庆座谈交流。\n"
    "王光庆一行先后到多家企业现场调研,详细了解我市古城保护修缮、开发利用以及工业企业技术创新等情况。\n"
    "本报讯(记者 李明)昨天上午,芝罘区一小区仓库发生火灾,滚滚黑烟越过高层建筑直冲云霄,所幸消防员及时赶到,很快控制了火情。\n"
    "“着火的地方可能是一家超市的仓库。”据目击者介绍,大火烧得很旺,事故中无人员受伤。\n"
)


def test_datelines_open_stories_a_site_stored_without_headlines() -> None:
    """Newspaper stories saved from the web one after another, only the first with its headline: each
    dateline (本报讯, 本报合作讯, 天水日报讯) opens a story of its own, after a page line, under a line that
    closes nothing (the site's `` |``) or, where each paragraph stands on one line, right under the story
    above. The photo captions over the two blank lines before a dateline close the story above: they
    are no headline of the story below, and no headline is handed to a story that has none. A story
    without a dateline (its photo captions, then its text) opens after the two blank lines that part
    the file's other stories."""
    issue = parse_text(WEB_PAGES)
    assert issue.layout == "newspaper"
    assert [a.title for a in issue.articles if not a.title_derived] == ["两市共商合作发展"]
    bodies = ["".join(a.body.split()) for a in issue.articles]
    assert [body[:6] for body in bodies] == ["6月2日,两", "本报讯(记者", "本报合作讯(", "(在工业博物", "天水日报讯【",
                                             "本报讯(记者"]
    assert bodies[0].endswith("市委常委、副市长郭强介绍经济社会发展基本情况")
    assert is_lossless(WEB_PAGES, issue)
