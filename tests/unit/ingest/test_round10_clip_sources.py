"""Blind round 10: a clipping compilation whose clippings open with their source lines (媒体看… 舆情摘报): a
``——`` line under a headline and its source line is the subtitle; a source line under a finished clipping
opens the next clipping, pasted without its headline, dated or not, before prose or an editor's note."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.model import ParsedArticle
from gazette_reader.ingest.parse import parse_unchecked

DIGEST = """媒体看某省
（舆情摘报·资料）

【州县动态】

感恩奋进写答卷 焕新出发谱新篇
来源:《某省日报》2026年1月23日

——写在2026年某州两会召开之际

1月19日至20日,州政协会议、州人大会议相继开幕,代表委员满怀豪情共绘发展蓝图。

这是“突破”的一年。全州预计全年地区生产总值增长5.5%左右,总量突破1500亿元。

来源:某州信息港 2014-03-20

近年来,该县把宣传思想工作作为一项中心工作抓好抓实,不断加大对新闻工作的投入。

【专题报道】

白叶一号:茶苗里“生长”的中国式现代化
来源:某州日报

记者 龙波

北纬25.7度,海拔1600米。

村民谭化爱安顿好丈夫,骑上电动摩托车赶到山腰的茶园,开始一天的管护工作。

来源:农民日报·中国农网

编者按

从去年的中央一号文件到年前召开的中央农村工作会议,都要求各地学习运用“千万工程”经验。

破晓时分,大桥的巨型桥墩矗立在山谷之间,峥嵘初显。
"""


@pytest.fixture(scope="module")
def articles() -> list[ParsedArticle]:
    return parse_unchecked(DIGEST).articles


def test_every_clipping_is_an_item(articles: list[ParsedArticle]) -> None:
    assert len(articles) == 4
    assert [a.section for a in articles] == ["州县动态", "州县动态", "专题报道", "专题报道"]


def test_a_dash_line_under_the_headline_and_its_source_is_the_subtitle(articles: list[ParsedArticle]) -> None:
    first = articles[0]
    assert first.title == "感恩奋进写答卷 焕新出发谱新篇"
    assert first.subtitle == "——写在2026年某州两会召开之际"
    assert first.body.startswith("1月19日至20日")
    assert (first.year, first.month_day) == (2026, "01-23")


@pytest.mark.parametrize(("index", "source", "opening", "date"), [
    (1, "来源:某州信息港 2014-03-20", "近年来", (2014, "03-20")),
    (2, "来源:某州日报", "北纬25.7度", (None, None)),
    (3, "来源:农民日报·中国农网", "编者按", (None, None)),
])
def test_a_clipping_s_source_line_is_its_own(articles: list[ParsedArticle], index: int, source: str, opening: str,
                                             date: tuple[int | None, str | None]) -> None:
    article = articles[index]
    assert article.source_unit == source
    assert article.body.startswith(opening)
    assert (article.year, article.month_day) == date


RELEASES = """武陵源区召开文明城市创建工作调度会
来源:武陵源区融媒体中心 作者:陈蕾
7月13日,武陵源区召开创建全国文明城市工作调度会,安排部署下一步工作。
会议要求,各责任单位要深化认识、提高站位,坚决打赢攻坚战。
来源:武陵源区融媒体中心
作者:陈蕾 陈楚棋
编辑:王庆
省档案局副局长一行到宣恩县调研档案馆建设项目
发布时间:2017-05-02 来源:宣恩县档案局
4月28日,省档案局副局长一行到宣恩县调研档案馆新馆建设项目。
"""


def test_a_source_line_over_its_credit_lines_closes_the_item_above() -> None:
    issue = parse_unchecked(RELEASES)
    assert [a.title for a in issue.articles] == ["武陵源区召开文明城市创建工作调度会", "省档案局副局长一行到宣恩县调研档案馆建设项目"]
