"""Web pages saved one after another (round 9): their frame, head furniture and info lines."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.lines import split_lines
from gazette_reader.ingest.pages import blank_page_furniture
from gazette_reader.ingest.parse import parse_unchecked


def blanked(text: str) -> list[str]:
    """The lines of ``text`` taken out as page furniture."""
    return blank_page_furniture(split_lines(text))[1]


@pytest.mark.parametrize("line", [
    "长城新媒体集团  主办", "打印|关闭", "打印 | 关闭", "字体大小:", "分享:", "评论一下", "评论 0人参与,0条评论",
    "还没有评论,快来抢沙发吧!", "最热评论", "已有0人参与,点击查看更多精彩评论", "------分隔线----------------------------",
    "苏公网安备 32108402000515号", "某某市融媒体中心 版权所有 2025 Copyright ABC.CN 苏ICP备05016021号"])
def test_a_site_frame_line_between_two_pages_is_blanked(line: str) -> None:
    text = "\n".join(["镇里召开安全生产会议", "", "5月3日,镇里召开安全生产会议。", "", line, "", "下一条新闻的标题",
                      "", "5月4日,县里开展植树活动。"])
    assert blanked(text) == [line]


@pytest.mark.parametrize("line", ["声明:本网内容版权所有,未经许可不得转载。", "活动由县老促会主办,县委统战部承办。",
                                  "县委办公室  主办"])
def test_notices_sentences_and_a_masthead_are_kept(line: str) -> None:
    assert blanked("\n".join([line, "", "5月3日,镇里召开安全生产会议。", "", line])) in ([], [line])
    assert line not in blanked("\n".join([line, "", "5月3日,镇里召开安全生产会议。"]))


PAGES = """9月2日,区领导王明到区融媒体中心调研。
在融媒体中心,王明详细了解新闻生产流程。他强调,要把牢正确政治方向。


网络新媒体集团  主办
当前位置: 通讯员

融媒时代 聚合精彩 某某区融媒体中心揭牌成立

来源: 某某网  作者:刘霞
2019-01-07 16:31:24
分享:

  某某网讯(通讯员 刘霞)1月5日,某某区融媒体中心成立暨揭牌仪式成功举行。区长张明为中心揭牌。

  张明在致辞中表示祝贺。他指出,成立融媒体中心是加快媒体融合发展的生动成果。

某某市融媒体中心 版权所有 2025 Copyright ABC.CN 苏ICP备05016021号

苏公网安备 32108402000515号


镇区

李华率队到某镇调研融媒体中心建设情况

  10月20日,市委常委、宣传部部长李华率队到某镇调研融媒体中心建设等情况。

  李华一行实地考察了融媒体中心,了解中心的硬件设施、人员配备等情况。

评论一下
评论 0人参与,0条评论
还没有评论,快来抢沙发吧!
"""


def test_pages_saved_one_after_another_part_at_their_frame() -> None:
    articles = parse_unchecked(PAGES).articles
    titles = [a.title for a in articles]
    assert "融媒时代 聚合精彩 某某区融媒体中心揭牌成立" in titles
    assert "李华率队到某镇调研融媒体中心建设情况" in titles
    by_title = {a.title: a for a in articles}
    assert by_title["融媒时代 聚合精彩 某某区融媒体中心揭牌成立"].kicker is None
    assert by_title["李华率队到某镇调研融媒体中心建设情况"].section == "镇区"
    assert "评论" not in articles[-1].body


RELEASES = """某省人均预期寿命突破80岁新闻发布会实录
2024-09-02 15:33 来源: 某省新闻办公室

各位记者朋友,大家上午好!欢迎出席今天的新闻发布会。

某省卫生健康委员会主任周强:

各位新闻媒体朋友,大家上午好!很高兴参加今天的新闻发布会。

您所在的位置:某某记协 > 媒体动态 > 正文

某省疫情联防联控工作第七场新闻发布会主持人述评

2020-02-18 10:26:34    来源: 某某网   作者: 林先昌

近一段时间,人民群众对生活物资保障十分关心。
(责任编辑 蒋鹏飞)

某县卫健局开展疫情防控工作新闻发布会(模拟)
2020年12月15日 10:06:15 来源:某某新闻网
为了扎实做好今冬明春疫情防控各项应急准备,县卫健局开展模拟新闻发布会。
"""


def test_a_date_and_time_before_the_fields_is_a_release_info_line() -> None:
    articles = parse_unchecked(RELEASES).articles
    last = articles[-1]
    assert last.title == "某县卫健局开展疫情防控工作新闻发布会(模拟)"
    assert (last.year, last.month_day) == (2020, "12-15")
    assert last.section is None  # the credit closing the release above is no channel
    assert "责任编辑" not in last.body


PRINTED_TWICE = """融媒时代 聚合精彩 某区融媒体中心揭牌成立

来源: 某某网  作者:刘霞

某某网讯 1月5日,某区融媒体中心成立暨揭牌仪式成功举行。区长张明为中心揭牌。

首页 > 工作动态
台组织记者走基层岁末大行动

2014-12-01    作者:    来源:

11月28日上午,台长刘明率领记者编辑走进社区,开展记者走基层岁末大行动。


镇区

李华率队到某镇调研融媒体中心建设情况

  李华率队到某镇调研融媒体中心建设情况

  10月20日,市委常委、宣传部部长李华率队到某镇调研融媒体中心建设等情况。

  李华一行实地考察了融媒体中心,了解中心的硬件设施等情况。
"""


def test_a_headline_printed_twice_opens_a_saved_page_under_its_channel() -> None:
    articles = parse_unchecked(PRINTED_TWICE).articles
    assert [a.title for a in articles][-2:] == ["台组织记者走基层岁末大行动", "李华率队到某镇调研融媒体中心建设情况"]
    assert [a.section for a in articles][-2:] == ["工作动态", "镇区"]


PAGER = """镇里召开安全生产工作会议

来源: 某某网  作者:刘霞

5月3日,镇里召开安全生产工作会议,部署近期重点工作。

县里开展植树造林活动

2020-03-17 16:30:50 来源:某某党建网

3月12日,县里组织机关干部开展植树造林活动。(记者 袁健斌)(来源:i某某)
上一篇:某镇开展团结对交流活动
下一篇:没有了


通道新闻网讯:4月21日,某镇开展爱国卫生活动。干部、党员和群众清扫死角。
"""


def test_the_text_under_a_pages_pager_opens_the_next_page() -> None:
    articles = parse_unchecked(PAGER).articles
    assert len(articles) == 3
    assert articles[-1].body.startswith("通道新闻网讯")
    assert articles[-1].month_day == "04-21"
    assert "通道新闻网讯" not in articles[-2].body


CATALOGUE = ["索   引   号 20191202-189769 分        类 其他; 市人民政府办公室;",
             "发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29",
             "名        称 某某市人民政府办公室关于印发《某某市政务云平台管理实施细则》的通知",
             "文        号 某政办发〔2019〕29号   上 载 日 期 2019-12-02"]


def test_a_catalogue_table_over_a_document_is_the_pages_furniture() -> None:
    text = "\n".join([*CATALOGUE, "某某市人民政府办公室关于印发《某某市政务云平台管理实施细则》的通知", "",
                      "某政办发〔2019〕29号", "", "各县(市)、区人民政府,市政府各委、办、局:", "  经市政府同意,现印发给你们。"])
    assert blanked(text) == CATALOGUE
    assert parse_unchecked(text).articles[0].title == "某某市人民政府办公室关于印发《某某市政务云平台管理实施细则》的通知"


def test_fields_under_a_documents_title_are_kept() -> None:
    text = "\n".join(["某某市人民政府办公室关于表彰先进单位的通报", "",
                      "文号 某政办文〔2008〕33号 索引号 005452065/2017-00010 关键词", "主题分类 政府办文件 体裁分类 服务对象",
                      "", "各县区人民政府:", "  2008年度,全市干部职工认真工作。"])
    assert blanked(text) == []


@pytest.mark.parametrize("line", ["长者专区 无障碍阅读| 今日洪湖公众号| 智能问答 | 登录 | 注册", "![]() |",
                                  "网上传播视听节目许可证 编号:2304068 |"])
def test_a_sites_top_bar_a_bare_picture_and_a_licence_are_blanked(line: str) -> None:
    text = "\n".join([line, "镇里召开安全生产会议", "信息来源:某某市人民政府 | 发布时间:2020-03-23", "",
                      "5月3日,镇里召开安全生产会议。"])
    assert blanked(text) == [line]


@pytest.mark.parametrize("line", ["議程 | 討論時間 | |", "记者:赵亚运|图", "![图为会议现场](a.jpg) |"])
def test_table_rows_credits_and_captioned_pictures_are_kept(line: str) -> None:
    assert blanked("\n".join(["5月3日,镇里召开安全生产会议。", line, "会议要求抓好落实。"])) == []
