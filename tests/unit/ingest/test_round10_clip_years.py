"""Blind round 10: a year one item states is not every item's year in a file gathering separately dated
items (a bullet list of several cities' doings, a press digest, pages saved one after another)."""

from __future__ import annotations

from gazette_reader.ingest.model import ParsedArticle, ParsedIssue
from gazette_reader.ingest.parse import _derive, parse_unchecked
from gazette_reader.store.writer import article_year

FOUR_CITIES = """○9月25日上午,杨副市长带队深入燃气公司抢维修中心、自来水西区水厂检查节前安全生产工作,要求各单位压实责任。
○11月15日,市委常委、副市长武跃飞在平鲁区开展安全生产专题调研,要求各部门、各企业坚决贯彻落实部署。
○3月23日上午,市长徐华勤主持召开市政府第二十四次常务会议,研究部署当前重点工作。
○2020年2月22日,中山市政府副市长高瑞生到东区调研指导疫情防控和复工复产工作,并召开座谈会。
"""

STORY_THEN_PAGE = """天水与西安共商合作发展

6月2日,天水市党政代表团与西安市党政领导在西安市政府大楼举行两市合作发展座谈会。西安市委常委、副市长李秋实出席座谈会。

天水市党政代表团团长、市委常委、副市长郭奇若介绍了天水市经济社会发展情况。


甘南日报 2017年6月20日 星期二 第01版

本报讯 (记者 张继元) 6月18日,由中宣部牵头,多家中央媒体记者组成的采访团来到甘南州,开展集中采访活动。

州委书记俞成辉介绍了全州经济社会发展情况。
"""


def _stored_years(issue: ParsedIssue) -> list[int | None]:
    """The year each article is stored with (its own, else the issue's)."""
    return [article_year(issue, article) for article in issue.articles]


def test_one_bullet_year_is_not_the_other_cities_year() -> None:
    issue = parse_unchecked(FOUR_CITIES)
    assert [a.month_day for a in issue.articles] == ["09-25", "11-15", "03-23", "02-22"]
    assert issue.year is None
    assert _stored_years(issue) == [None, None, None, 2020]


def test_a_story_above_the_first_page_line_does_not_take_its_year() -> None:
    issue = parse_unchecked(STORY_THEN_PAGE)
    assert [a.month_day for a in issue.articles] == ["06-02", "06-18"]
    assert _stored_years(issue) == [None, 2017]


def _digest(masthead: str) -> ParsedIssue:
    """Three stories a newspaper split read from a file headed ``masthead``; one states its year."""
    bodies = ["花莲县政府今(4)日举行三月份升旗典礼,由县长主持。",
              "2024年12月27日,县长受到县民支持担任县长六年以来,走遍十三乡镇市。",
              "新任分署长二十六日特地前往县政府拜会县长,双方就治水防灾交换意见。"]
    articles, offset = [], len(masthead) + 1
    for body in bodies:
        articles.append(ParsedArticle(title="", body=body, span=(offset, offset + len(body))))
        offset += len(body) + 2
    issue = ParsedIssue(layout="newspaper", articles=articles, metadata={"报头": masthead})
    _derive(issue, masthead + "\n" + "\n\n".join(bodies))
    return issue


def test_a_press_digest_clipping_year_stays_its_own() -> None:
    assert _stored_years(_digest("花莲县政新闻剪辑")) == [None, 2024, None]


def test_one_papers_stories_share_the_year_one_states() -> None:
    assert _stored_years(_digest("二七区新闻")) == [2024, 2024, 2024]
