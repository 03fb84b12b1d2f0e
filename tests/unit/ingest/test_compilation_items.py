"""The compilation splitter on the items of 年鉴 pages and clipping compilations: each case a short text
of the kind, written here, with the items it must give."""

from __future__ import annotations

from gazette_reader.ingest.parse import is_lossless, parse_text

TWO_WORD_ENTRIES = (
    "一、概况\n\n"
    "位置境域 某某镇位于某县中东部,距县城16公里,东连某镇,西接某乡,\n"
    "面积122.8平方公里。镇政府驻某村。\n\n"
    "村居 人口 1991年,某某镇辖30个建制村及1个居委会,共13585户,\n"
    "67812人。2007年,全镇共20455户、73762人。\n\n"
    "资源 特产 1991年,全镇耕地面积1450公顷,山地面积12219公顷,其中,\n"
    "林地面积7018公顷。\n"
)


def test_a_run_in_title_of_two_words_over_a_year() -> None:
    """A 志's run-in entry title of two words set off by a space (村居 人口), its text opening with a
    year (1991年,…): the title keeps both words, the year opens the text."""
    issue = parse_text(TWO_WORD_ENTRIES)
    assert [a.title for a in issue.articles] == ["位置境域", "村居 人口", "资源 特产"]
    assert issue.articles[1].body.startswith("1991年,某某镇辖30个建制村")
    assert is_lossless(TWO_WORD_ENTRIES, issue)


CLOSED_BY_SOURCES = (
    "媒体看我县\n\n"
    "【媒体聚焦】\n\n"
    "省电视台聚焦我县乡村振兴工作\n"
    "今年以来,我县把乡村振兴作为头等大事,补短板、强弱项,确保产业兴旺。\n"
    "5月19日,省电视台新闻联播聚焦我县乡村振兴工作,讲述了某村的变化。\n"
    "(新闻中心:王明)\n"
    "(来源:abctv.com 2017年05月23日)\n\n"
    "今日某县网消息 8月17日晚,省电视台将播出我县文明创建专题节目,\n"
    "欢迎大家届时收看。(县委宣传部)\n"
    "(来源:mouxian.cn)\n\n"
    "省级媒体密集关注我县特色农业\n"
    "近期,省日报、省电视台等10余家媒体集中报道了我县特色农业发展成效。\n"
    "(来源:abc.cn 2020-07-30)\n\n"
    "【网络问政】\n\n"
    "本报5月21日讯(记者 李华)“划勾的帖子要调查清楚回复”5月20日,县委书记\n"
    "陈某在舆情通报上作出批示。去年以来,该县已回复网民留言89条。\n"
    "(来源:abcnet.net)\n"
)


def test_a_clipping_without_headline_after_the_source_line_closing_the_one_above() -> None:
    """Clippings that each close with their source line: text after such a line and a blank line is the
    next clipping, pasted without its headline, not more of the one above (whose source line dates it);
    a bracketed group marker alone over a headlineless text heads a group as the other one does."""
    issue = parse_text(CLOSED_BY_SOURCES)
    items = issue.articles
    assert len(items) == 4
    assert items[0].title == "省电视台聚焦我县乡村振兴工作"
    assert (items[0].year, items[0].month, items[0].day) == (2017, 5, 23)
    assert items[1].body.startswith("今日某县网消息")
    assert items[2].title == "省级媒体密集关注我县特色农业"
    assert items[3].body.startswith("本报5月21日讯")
    assert [a.section for a in items] == ["媒体聚焦", "媒体聚焦", "媒体聚焦", "网络问政"]
    assert is_lossless(CLOSED_BY_SOURCES, issue)


STAMPED_POSTS = (
    "新闻摘报\n\n"
    "【县区动态】\n\n"
    "某县县委书记王明带队开展安全生产专项督查\n"
    "05.12.2016 19:32\n"
    "本文来源: 安全生产监督管理局\n"
    "督查组一行先后检查了市场、公园、汽车站等单位和区域,详细了解了各单位近期安全生产工作情况。王明强调,安全生产无小事。\n"
    "本文来源: 安全生产监督管理局\n"
    "05.12.2016 19:32\n\n"
    "某县:农业干部热议政府工作报告\n"
    "07.03.2017 21:36\n"
    "本文来源: 农业厅\n"
    "近日,全国“两会”在北京胜利召开,某县农业局广大干部职工通过网络、电视和报纸等收看收听。\n"
    "同时,该局还通过开展专题讨论、互动交流等形式引导干部认真学习政府工作报告。\n"
    "本文来源: 农业厅\n"
    "07.03.2017 21:36\n\n"
    "1月23日,县委副书记、县长李华深入企业、超市现场督导调度安全生产工作。\n"
    "李华强调,要时刻绷紧安全生产这根弦,切实营造安全稳定的发展环境。\n"
    "本文来源: abc.com\n"
)


def test_posts_copied_with_their_stamps_and_source_lines() -> None:
    """Web posts copied into a digest with the page's stamp, day first (05.12.2016 19:32), and its
    本文来源: line under the headline and again after the text: the stamp dates the post and neither
    line is a headline; a post without a headline after the closing lines is an item of its own."""
    issue = parse_text(STAMPED_POSTS)
    items = issue.articles
    assert [a.title for a in items[:2]] == ["某县县委书记王明带队开展安全生产专项督查", "某县:农业干部热议政府工作报告"]
    assert [(a.year, a.month, a.day) for a in items[:2]] == [(2016, 12, 5), (2017, 3, 7)]
    assert len(items) == 3 and items[2].body.startswith("1月23日,县委副书记")
    assert is_lossless(STAMPED_POSTS, issue)


REPOSTED_STORY = (
    "新闻摘报\n\n"
    "【县区动态】\n\n"
    "某县召开春季农业生产工作会议\n"
    "3月5日,某县召开春季农业生产工作会议,安排部署全年农业生产工作。\n"
    "会议要求,各乡镇要抓好春耕备耕,确保粮食生产稳定。\n"
    "来源: 某县农业农村局\n\n"
    "【市级动态】\n\n"
    "打造乡村振兴样板 某市农业农村系统攻坚三季度决胜下半年\n\n"
    "打造乡村振兴样板 某市农业农村系统攻坚三季度决胜下半年】本文转自:某某网\n"
    "某某网·新闻客户端采访人员李丹通讯员王广鹏某市报道\n"
    "8月19日至20日 , 某市农业农村局组织召开全市农业农村系统现场观摩暨工作推进会议 。\n"
    "打造乡村振兴样板 某市农业农村系统攻坚三季度决胜下半年\n"
    "文章图片\n"
    "会议现场\n"
    "据了解 , 会议采取现场观摩和集中开会相结合的形式进行 。\n"
)


def test_a_reposted_story_repeating_its_headline() -> None:
    """A story a reposting site copied: the headline printed again over the text (…下半年】本文转自:某某网)
    and under the story's picture, and a reporting credit that runs its names together (…采访人员李丹
    通讯员王广鹏某市报道): one item under its headline, dated by its text, not three."""
    issue = parse_text(REPOSTED_STORY)
    story = issue.articles[-1]
    assert len(issue.articles) == 2
    assert story.title == "打造乡村振兴样板 某市农业农村系统攻坚三季度决胜下半年" and story.kicker is None
    assert (story.month, story.day) == (8, 19)
    assert "据了解" in story.body
    assert is_lossless(REPOSTED_STORY, issue)


BRACKETED_ENTRIES_IN_A_GROUP = (
    "某某年鉴\n\n"
    "【乡镇概况】\n\n"
    "【城关镇】\n"
    "城关镇位于县境中部,面积120平方公里,辖12个村。2020年,全镇实现生产总值30亿元。\n\n"
    "【新华镇】\n"
    "新华镇位于县境东部,面积98平方公里,辖9个村。2020年,全镇实现生产总值18亿元。\n\n"
    "【东山乡】\n"
    "东山乡位于县境北部,面积76平方公里,辖7个村。2020年,全乡实现生产总值9亿元。\n"
)


def test_bracketed_entries_under_a_bracketed_group_heading() -> None:
    """A 年鉴 group heading in brackets over entries whose headings are bracketed too: the entries keep
    their titles (a bracket alone over text is an entry here, not another group)."""
    issue = parse_text(BRACKETED_ENTRIES_IN_A_GROUP)
    assert [(a.title, a.section) for a in issue.articles] == [
        ("城关镇", "乡镇概况"), ("新华镇", "乡镇概况"), ("东山乡", "乡镇概况")]
    assert is_lossless(BRACKETED_ENTRIES_IN_A_GROUP, issue)


INFO_LINES_APART = (
    "某县召开安全生产工作会议\n"
    "作者:张三 来源:某县融媒体中心\n"
    "2024-01-02 10:30\n\n"
    "1月2日,某县召开安全生产工作会议,安排部署节日期间安全生产工作。\n"
    "会议强调,要压实责任,确保安全。\n\n"
    "某县开展节前消防安全检查\n"
    "作者:李四 来源:某县融媒体中心\n"
    "2024-01-03 09:10\n\n"
    "1月3日,某县消防救援大队开展节前消防安全检查,排查隐患12处。\n"
    "检查组要求,各单位要立即整改。\n"
)


def test_info_lines_under_a_headline_set_apart_from_its_text() -> None:
    """A release's info lines under its headline (作者:… 来源:… / its date), a blank line before its
    text: they head that text, which is no untitled item of its own."""
    issue = parse_text(INFO_LINES_APART)
    assert [a.title for a in issue.articles] == ["某县召开安全生产工作会议", "某县开展节前消防安全检查"]
    assert "1月3日,某县消防救援大队" in issue.articles[1].body
    assert is_lossless(INFO_LINES_APART, issue)
