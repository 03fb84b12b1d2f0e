"""A county's media digest (县区新闻媒体摘报): clippings grouped under 【】 markers, each with its own
source line, some opening with a newspaper's dateline (本报讯), some reposted from a news site under
an info line that labels their source (来源:…网 作者:… 2016-07-06 09:40:05), some with none."""

from __future__ import annotations

from gazette_reader.ingest.parse import parse_text

DIGEST = "\n".join([
    "县区新闻媒体摘报",
    "",
    "【党报摘要】",
    "",
    "本报讯 5月8日上午,某区召开企业座谈会。十家企业负责人参加会议。副区长王明出席会议。",
    "王明说,各部门要认真收集企业的意见,研究具体解决办法,推进全区发展环境更加优化。(李红)",
    "(摘自《某市日报》2015年5月12日)",
    "",
    "区政协组织委员视察工业园区",
    "",
    "赵刚参加",
    "",
    "  本报讯(记者 张强)6月3日上午,区政协组织部分委员视察工业园区建设情况。区政协主席赵刚参加活动。",
    "",
    "  赵刚指出,工业园区建设是全区发展的重中之重,相关部门要提高服务意识,为企业提供精准服务。",
    "",
    "",
    "某区日报 一版要闻 00001 区政协组织委员视察工业园区 2015-06-05 2 2015年06月05日 星期五",
    "",
    "【网媒转载】",
    "",
    "某县检查水库防汛工作",
    "",
    "来源:湘网 作者:刘洋 编辑:陈静 2016-07-06 09:40:05",
    "  湘网某县站7月6日讯 4日下午,县长孙立到丰收镇检查水库防汛工作。县水利局相关负责人陪同。",
    "  ",
    "  孙立强调,各级各部门要高度重视水库防汛工作,加强调度,及时排查安全隐患,确保安全度汛。",
    "",
    "5月17日,区委书记周平在出席代表团讨论时指出,营商环境事关全区经济社会发展全局,要作为重要工作来抓。",
    "代表们围绕基层党组织建设、改善营商环境等方面提出了意见和建议。周平认真听取大家发言。",
    "来源:某区融媒体中心",
    "作者:吴敏",
])


def test_digest_with_datelines_is_split_as_clippings() -> None:
    issue = parse_text(DIGEST)
    articles = issue.articles
    assert len(articles) == 4
    assert [a.section for a in articles] == ["党报摘要", "党报摘要", "网媒转载", "网媒转载"]
    assert articles[0].body.startswith("本报讯")
    assert (articles[0].year, articles[0].month, articles[0].day) == (2015, 5, 12)  # its source line
    assert articles[1].title == "区政协组织委员视察工业园区"
    assert articles[2].title == "某县检查水库防汛工作"
    assert (articles[2].year, articles[2].month, articles[2].day) == (2016, 7, 6)
    assert articles[3].body.startswith("5月17日")
    assert "县区新闻媒体摘报" not in {a.title for a in articles}


def test_attendance_deck_is_the_subtitle_under_a_clipped_headline() -> None:
    """A newspaper's upper deck is mostly a kicker, but a deck that only says who attended (赵刚参加) is the
    副题 under the main title."""
    clipped = parse_text(DIGEST).articles[1]
    assert (clipped.kicker, clipped.title, clipped.subtitle) == (None, "区政协组织委员视察工业园区", "赵刚参加")


def test_closing_epaper_line_dates_the_clipping() -> None:
    """An e-paper page's closing line repeats the story's headline with the page's date: the clipping's
    source line, which dates it (the opening's 6月3日 is the event's day), not a paragraph of its text."""
    clipped = parse_text(DIGEST).articles[1]
    assert (clipped.year, clipped.month, clipped.day) == (2015, 6, 5)
    assert clipped.source_unit_raw is not None and clipped.source_unit_raw.startswith("某区日报 一版要闻")
    assert "00001" not in clipped.body


def test_closing_sentence_with_a_date_stays_text() -> None:
    """A last paragraph that names a date but not the item's headline is the item's text."""
    text = "\n".join([
        "全县召开春耕生产工作会议",
        "",
        "本报讯 3月2日,全县召开春耕生产工作会议,部署今年春耕生产工作。",
        "会议要求各乡镇在2015年3月20日前完成春耕物资储备工作,确保春耕生产顺利进行。",
        "",
        "全县开展安全生产大检查",
        "",
        "本报讯 3月5日,全县开展安全生产大检查,排查整治各类安全隐患。",
        "检查组要求各单位落实安全生产责任,消除隐患。",
    ])
    first = parse_text(text).articles[0]
    assert first.source_unit_raw is None
    assert "2015年3月20日" in first.body
