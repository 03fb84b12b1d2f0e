"""Round 10: a newspaper's page saved from the web: the site's box of teasers for its other stories
(新闻推荐), whose heading and cut teasers are the site's furniture, not an item (a teaser's 本报讯 opened a
story), and the paper's stamp under the headline with the page's type-size button (大字)."""

from __future__ import annotations

from gazette_reader.ingest.lines import split_lines
from gazette_reader.ingest.pages import blank_page_furniture
from gazette_reader.ingest.parse import is_lossless, parse_text

PAGE = (
    "风雪中 最美的坚守\n"
    "\n"
    "烟台晚报 2021-12-18 07:44 大字\n"
    "\n"
    "昨天凌晨4时40分,公路部门在丹东线开展清雪防滑作业。\n"
    "\n"
    "交警清理路面积雪,引导车辆安全有序通行。\n"
    "\n"
    "新闻推荐\n"
    "\n"
    "近期,全国轻工行业科技创新先进集体名单公布 我区企业入选\n"
    "\n"
    "本报讯(记者徐睿)近日,中国轻工业联合会在京召开全国轻工业科技创新与产业发展大会。会上,我区企业荣...\n"
    "\n"
    "\n"
    "本报讯(记者 金海善)连日来,魁富路因为半幅路面维修施工,导致早晚上下班高峰大堵车,引发市民广泛关注。\n"
    "昨日早晨不到8点,记者驱车来到魁富路,2公里长的路竟然挪了42分钟。\n"
    "本报讯(记者 李松明)昨天上午,芝罘区一小区仓库发生火灾,所幸消防员及时赶到,很快控制了火情。\n"
)


def test_a_sites_teaser_box_is_furniture() -> None:
    """新闻推荐 over a teaser's headline and its text cut off with dots: all three lines are the site's."""
    _, furniture = blank_page_furniture(split_lines(PAGE))
    assert furniture == ["新闻推荐", "近期,全国轻工行业科技创新先进集体名单公布 我区企业入选",
                         "本报讯(记者徐睿)近日,中国轻工业联合会在京召开全国轻工业科技创新与产业发展大会。会上,我区企业荣..."]
    issue = parse_text(PAGE)
    assert is_lossless(PAGE, issue)
    bodies = ["".join(a.body.split()) for a in issue.articles]
    assert len(bodies) == 3 and "昨天凌晨4时40分" in bodies[0]
    assert [body[:6] for body in bodies[1:]] == ["本报讯(记者", "本报讯(记者"]
    assert "荣..." not in "".join(a.body for a in issue.articles)


def test_a_related_story_printed_whole_stays() -> None:
    """相关新闻 over a story printed whole (no teaser cut off with dots) is the text's own heading."""
    text = "相关新闻\n\n市里召开安全生产会议\n\n3月5日,市里召开安全生产会议。会议要求落实责任。\n"
    _, furniture = blank_page_furniture(split_lines(text))
    assert furniture == []


def test_a_stamp_with_the_pages_type_size_button_is_no_headline() -> None:
    """The paper's stamp under the headline (烟台晚报 2021-12-18 07:44 大字, the page's 大字 button after the
    time) dates the story and heads nothing: the headline over it is the story's title, not a masthead."""
    issue = parse_text(PAGE)
    assert issue.articles[0].title == "风雪中 最美的坚守"
    assert issue.articles[0].year == 2021
