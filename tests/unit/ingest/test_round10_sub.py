"""Round 10: the parts of one report that a parse took for items (a 督查通报's 一、工作开展情况 / 二、存在的问题,
a 纪检 通报's numbered cases), and a yearbook's 特载 speech under its page furniture. Each case a short text
of the kind, written here, with the items it must give."""

from __future__ import annotations

from gazette_reader.ingest.parse import is_lossless, parse_text

INSPECTION_REPORT = (
    "督 查 通 报\n"
    "第 3 期\n"
    "\n"
    "县委督查室                县政府督查室\n"
    "\n"
    "全县秋冬季森林防火工作督查通报\n"
    "\n"
    "10月12日,县委督查室、县政府督查室会同县林业局对各乡镇森林防火工作进行了督查,现将有关情况通报如下。\n"
    "一、工作开展情况\n"
    "自10月1日进入防火期以来,各乡镇高度重视,层层落实责任,组织巡山护林队伍开展巡查。\n"
    "二、存在的问题\n"
    "从督查情况来看,部分乡镇宣传不到位,个别护林员不在岗,野外用火管控不严。\n"
    "三、下一步工作打算\n"
    "各乡镇要进一步压实责任,加强巡查值守,确保不发生重大森林火灾。\n"
)


def test_a_reports_generic_parts_stay_in_the_report() -> None:
    """Numbered headings of a report's generic section words (工作开展情况, 存在的问题, 下一步工作打算) are
    the parts of the one report under the headline, however dated their text (自10月1日…), not items;
    the masthead's issuers (县委督查室 县政府督查室) are no kicker, and the headline that names its kind
    (…督查通报) right over the text is the title, not a masthead line."""
    issue = parse_text(INSPECTION_REPORT)
    assert [a.title for a in issue.articles] == ["全县秋冬季森林防火工作督查通报"]
    assert issue.articles[0].kicker is None
    assert "二、存在的问题" in issue.articles[0].body
    assert is_lossless(INSPECTION_REPORT, issue)


NUMBERED_BULLETIN = (
    "工作简报\n"
    "第12期\n"
    "\n"
    "一、三道通镇召开党委政府工作会议\n"
    "3月5日,三道通镇召开党委政府工作会议,总结去年工作,部署今年任务。\n"
    "二、梁垛镇开展农村人居环境整治提升行动\n"
    "3月8日,梁垛镇组织干部群众开展人居环境整治,清理垃圾二十余吨。\n"
    "三、县政府召开第一季度经济运行情况分析会\n"
    "3月29日,县政府召开第一季度经济运行情况分析会,分析当前经济形势。\n"
)


def test_a_bulletins_numbered_headlines_still_start_items() -> None:
    """A bulletin numbers its items with headlines that say who did what (…召开…情况分析会 included): each
    starts an item."""
    issue = parse_text(NUMBERED_BULLETIN)
    assert [a.title for a in issue.articles] == [
        "三道通镇召开党委政府工作会议", "梁垛镇开展农村人居环境整治提升行动", "县政府召开第一季度经济运行情况分析会"]


CASES_REPORT = (
    "为进一步严明纪律,推动惠民资金专项整治工作取得实效,现通报3起村干部侵害群众利益典型问题。\n"
    "问责篇\n"
    "1.城关镇东岭村党支部书记王某某虚报冒领低保资金问题\n"
    "2017年3月至2019年5月,王某某虚报冒领低保资金1.2万元。2019年8月,王某某受到党内严重警告处分。\n"
    "2.南山乡石门村村委会主任李某某违规收取群众费用问题\n"
    "2018年,李某某在办理宅基地审批过程中违规收取群众费用3000元。2019年9月,李某某受到党内警告处分。\n"
    "3.北山镇下坑村原党支部书记张某某优亲厚友问题\n"
    "2016年至2018年,张某某将本村公益岗位安排给其亲属。2019年10月,张某某受到党内警告处分。\n"
)


def test_a_notices_cases_stay_in_the_notice() -> None:
    """The cases of a 通报 (numbered headings ending in 问题, after the sentence that announces them) are
    paragraphs of the one 通报, however dated their text, and the group heading over them (问责篇) is an
    inner heading: one item."""
    issue = parse_text(CASES_REPORT)
    assert len(issue.articles) == 1
    assert issue.articles[0].body.startswith("为进一步严明纪律")
    assert is_lossless(CASES_REPORT, issue)


YEARBOOK_SPEECH = (
    "P. 21\n"
    "\n"
    "PU JIANG NIAN JIAN\n"
    "\n"
    "\n"
    "                                     特        载\n"
    "\n"
    "\n"
    "                   坚定信心  攻坚克难\n"
    "\n"
    "                 为建设生态宜居新浦江而努力奋斗\n"
    "\n"
    "\n"
    "                   ——在中共浦江县委十二届五次全会上的讲话\n"
    "\n"
    "                            (2009年1月12日)\n"
    "\n"
    "                                  李明远\n"
    "\n"
    "    同志们:\n"
    "    这次全会的主要任务是,总结2008年工作,研究部署2009年工作。\n"
    "    过去一年,全县上下团结一心,经济社会发展取得新成效。\n"
)


def test_a_yearbook_speech_under_its_running_head() -> None:
    """A 年鉴's 特载 page: the running head in Latin capitals is page furniture, the 类目 head set with its
    characters spread apart is the section, the headline is all the lines above the ——在…讲话 line, which
    is the subtitle: one item."""
    issue = parse_text(YEARBOOK_SPEECH)
    assert len(issue.articles) == 1
    speech = issue.articles[0]
    assert "".join(speech.title.split()) == "坚定信心攻坚克难为建设生态宜居新浦江而努力奋斗"
    assert speech.subtitle == "——在中共浦江县委十二届五次全会上的讲话"
    assert speech.section == "特载"
    assert "PU JIANG NIAN JIAN" in issue.furniture
    assert (speech.month, speech.day) == (1, 12)
    assert is_lossless(YEARBOOK_SPEECH, issue)


DIGEST_WITH_SUBTITLE = (
    "媒体看本县\n"
    "\n"
    "【要闻】\n"
    "\n"
    "奋进新征程 建功新时代\n"
    "——写在2024年县两会召开之际\n"
    "1月19日至20日,县政协十届四次会议、县十八届人大四次会议先后召开。\n"
    "过去一年,全县地区生产总值增长6.2%。\n"
    "\n"
    "县委召开常委会议研究部署春节期间工作\n"
    "1月22日,县委召开常委会议,研究部署春节期间安全生产等工作。\n"
)


def test_a_dashed_subtitle_under_a_headline_opens_no_item() -> None:
    """A line opening with a dash right under a headline (——写在…之际) is its subtitle, not an item's
    headline, however dated the text under it."""
    issue = parse_text(DIGEST_WITH_SUBTITLE)
    assert [a.title for a in issue.articles] == ["奋进新征程 建功新时代", "县委召开常委会议研究部署春节期间工作"]


NOTICE_THEN_NEWS = (
    "纪检监察工作简报\n"
    "第2期\n"
    "\n"
    "关于2起村干部违规问题的通报\n"
    "3月2日,为严明纪律,现将近期查处的2起村干部违规问题通报如下:\n"
    "1.城关镇东岭村党支部书记王某某虚报冒领低保资金问题\n"
    "2017年3月至2019年5月,王某某虚报冒领低保资金1.2万元,受到党内严重警告处分。\n"
    "2.南山乡石门村村委会主任李某某违规收取群众费用问题\n"
    "2018年,李某某违规收取群众费用3000元,受到党内警告处分。\n"
    "\n"
    "县纪委召开常委会议研究解决群众反映强烈问题\n"
    "3月5日,县纪委召开常委会议,研究解决群众反映强烈的突出问题。\n"
    "\n"
    "县纪委开展廉政教育进村活动\n"
    "3月8日,县纪委组织干部到各村开展廉政教育活动。\n"
)


def test_the_cases_end_where_the_next_item_begins() -> None:
    """A 通报's cases are parts of it, but a later item's headline that ends in 问题 too still starts an
    item: the run of cases ends at the first heading that is none."""
    issue = parse_text(NOTICE_THEN_NEWS)
    assert [a.title for a in issue.articles] == [
        "关于2起村干部违规问题的通报", "县纪委召开常委会议研究解决群众反映强烈问题", "县纪委开展廉政教育进村活动"]
