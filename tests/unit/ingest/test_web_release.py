"""Government web releases saved as text (blind round 8c/8d): page furniture, info lines, captions."""

from __future__ import annotations

from gazette_reader.ingest.lines import split_lines
from gazette_reader.ingest.parse import detect_layout, parse_unchecked

# press_release/xiangzhen_dongtai_guanyinge_…: △ lines under a release's pictures are their captions
CAPTIONED = """当前位置:首页 > 乡镇 > 某镇人民政府 > 政务公开 > 工作动态

某镇第一届人民代表大会第一次会议顺利召开

发布日期:2021-09-26 15:48 来源:本网 发布机构:某镇人民政府

        2021年9月23日,某镇第一届人民代表大会第一次会议在镇政府会议室召开。

△ 镇党委副书记、镇长人选某某某作政府工作报告

        大会听取和审议了镇长人选某某某作的《镇政府工作报告》,报告回顾过去五年的工作。

△各代表团分组讨论
"""

WRAPPED_BRIEFS = """某区简讯

△区委召开常委会扩大会议研究部署
全区安全生产工作。会议要求各部门落实责任。
△区政府召开常务会议研究部署全区
防汛工作。会议要求各镇街做好准备。
"""

BRIEFS = """某区简讯

△6月11日，某市规范医用口罩生产质量管理工作现场会在我区召开。（区市场监管局）
△今年以来，我区积极开展省级农产品质量安全创建工作。（区农委）
"""


def test_photo_captions_marked_with_a_triangle_are_no_briefs() -> None:
    assert detect_layout(split_lines(CAPTIONED)) != "newsletter"
    issue = parse_unchecked(CAPTIONED)
    assert issue.articles[0].title == "某镇第一届人民代表大会第一次会议顺利召开"
    assert detect_layout(split_lines(BRIEFS)) == "newsletter"
    assert detect_layout(split_lines(WRAPPED_BRIEFS)) == "newsletter"  # a brief's first line runs on


# press_release/zhenjie_bumen_…: pages saved one after another, each under its breadcrumb
PAGES = """您现在的位置:某市人大>> 镇街人大>> 镇街人大>>正文内容
某镇第十七届人民代表大会第三次会议召开
8月9日至10日,某镇第十七届人民代表大会第三次会议召开,来自全镇各条战线的61名人大代表出席会议。
作者: 来源:
上一篇:某镇人大组织代表开展集中视察活动[ 08-22 ] 下一篇:某镇召开第十六届人民代表大会第三次会议[ 08-22 ]

当前位置:
首页 > 图片新闻 >正文
开展安全生产督查
2013-01-14 09:04:37
1月7日,由某县教育局牵头,药监局、卫生局、消防大队等部门组成的安全生产督察小组来到辖区内学校检查。

您当前的位置:首页>>新闻中心>>基层信息>>某街道>>内容
10月16日,由市政协副主席某某某带队,组织市政协委员考察团到某街道某社区视察减负增效工作。
"""


def test_a_breadcrumb_opens_a_page_and_names_its_channel() -> None:
    issue = parse_unchecked(PAGES)
    assert [a.section for a in issue.articles] == ["镇街人大", "图片新闻", "某街道"]
    assert issue.articles[2].body.startswith("10月16日") and (issue.articles[2].month, issue.articles[2].day) == (10, 16)
    assert "上一篇" not in issue.articles[0].body and "作者" not in issue.articles[0].body
    assert any(line.startswith("上一篇") for line in issue.furniture)


def test_a_breadcrumb_s_word_for_the_page_itself_is_no_channel() -> None:
    from gazette_reader.ingest.layouts.cues import breadcrumb_channel

    assert breadcrumb_channel("您当前的位置:首页>>新闻中心>>基层信息>>南大街街道>>内容") == "南大街街道"
    assert breadcrumb_channel("您现在的位置:天长市人大>> 镇街人大>>正文内容") == "镇街人大"
    assert breadcrumb_channel("首页/ 政府信息公开 / 三农工作 / 正文") == "三农工作"


# traditional/miaoli_pingtung_xianfu_jianji: a news site's stamp, the date and time, then the reporter's line
STAMPED = """縣府新聞剪輯

苗縣務會議 縣長緊盯各項建設計畫進度

苗栗縣政府二十日召開縣務會議，鄉鎮市長列席會議，鄉鎮市長當場提出問題
，由縣長指示各單位研議妥處，會中各局處針對職掌業務計畫，逐一說明。


開工上香祈福 縣長：持續努力讓苗栗建設大步邁進
2026/02/23 15:52 記者王小明／苗栗報導

苗栗縣長今（23）日農曆年假後上班首日，率縣府團隊到苗栗市玉清宮上香祈福
，並提出新年縣政規劃，讓苗栗建設大步向前邁進。
"""


def test_a_stamp_with_the_reporter_s_line_dates_the_story_under_its_headline() -> None:
    from gazette_reader.ingest.layouts.cues import line_date

    assert line_date("2026/02/23 15:52 记者王小明／苗栗报导") == (2026, 2, 23)
    assert line_date("2026/02/23 15:52 记者 王明") == (2026, 2, 23)
    issue = parse_unchecked(STAMPED)
    story = issue.articles[-1]
    assert story.title == "開工上香祈福 縣長：持續努力讓苗栗建設大步邁進"
    assert (story.year, story.month, story.day) == (2026, 2, 23)


# press_release/zhengwu_dongtai_jinan_kaihua_liling_fabu: a release's trailer, its link and attachments
LINKED = """某市农业农村局加挂市乡村振兴局牌子

6月28日,某市农业农村局加挂市乡村振兴局揭牌仪式举行。市委副书记某某某出席并讲话。
市农业农村局全体班子成员参加此次揭牌仪式。
相关附件
原文链接:http://agri.example.gov.cn/agri/xxgk/gzdt/202407/t20240705_33348406.html

头条
某某某 某某某调研督查农业农村重点工作
时间:2022-11-14 13:21
9月26日,县委副书记某某某、副县长某某某深入某镇、某乡调研督查农业农村重点工作。
"""


def test_a_release_s_link_line_closes_it_and_its_attachments_heading_is_furniture() -> None:
    issue = parse_unchecked(LINKED)
    assert [a.title for a in issue.articles] == ["某市农业农村局加挂市乡村振兴局牌子", "某某某 某某某调研督查农业农村重点工作"]
    assert "相关附件" in issue.furniture
    assert (issue.articles[1].month, issue.articles[1].day) == (11, 14)


# press_release/zhengwu_dongtai_jinan_kaihua_liling_fabu, xiangzhen_dongtai_…: releases saved one after
# another, the next one without a headline: the trailer under the last sentence closes the release
TRAILED = """某县全面开展“全民巡河护河”专项行动
9月19日是“全民护河日”,我县各级河长带领广大群众深入镇、村河道沿线开展巡河活动。
来源:某县新闻网
编辑:某某某

6月28日,某市农业农村局加挂市乡村振兴局揭牌仪式举行。市委副书记某某某出席并讲话。
他强调,新组建的市农业农村局要提高政治站位。
"""

EDITED_UNDER_HEADLINE = """某县全面开展“全民巡河护河”专项行动
编辑:某某某

9月19日是“全民护河日”,我县各级河长带领广大群众深入镇、村河道沿线开展巡河活动。
他强调,要持续推进河湖长制落地见效。
"""


def test_a_trailer_under_the_last_sentence_closes_a_release() -> None:
    issue = parse_unchecked(TRAILED)
    assert len(issue.articles) == 2
    assert issue.articles[1].body.startswith("6月28日") and (issue.articles[1].month, issue.articles[1].day) == (6, 28)
    assert len(parse_unchecked(EDITED_UNDER_HEADLINE).articles) == 1
