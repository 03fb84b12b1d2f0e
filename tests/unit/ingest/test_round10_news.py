"""Round 10: newspaper pages (a 地市报 page in PDF form, old papers typed from archives). Headlines set
right above their stories are read in order, and the page's own lines date and part its stories."""

from __future__ import annotations

from gazette_reader.ingest import metadata as meta
from gazette_reader.ingest.layouts.newspaper import headlines_in_order
from gazette_reader.ingest.lines import split_lines
from gazette_reader.ingest.parse import parse_text

NUMBERED_HEADLINES = """春运首日发送旅客6.22万人次

本报讯(记者 杨春娜)1月26日,春运大幕正式开启。全市共发送旅客6.22万人次,同比增长59.32%。

一周59架次航班直飞哈尔滨

本报讯(记者 慕溯)为做好春运服务保障,机场增加航班运力。

推动国企民企长效沟通协同发展

本报讯(记者 王宏伟)“山东是民营经济大省
"""


def test_a_number_shared_with_the_story_above_does_not_displace_a_headline() -> None:
    """Two digits are part of a number, not a word: 59 in 一周59架次 found in the story above (59.32%)
    does not make the headline that story's, so the page's headlines are read in order."""
    assert headlines_in_order(split_lines(NUMBERED_HEADLINES))
    titles = [a.title for a in parse_text(NUMBERED_HEADLINES).articles]
    assert titles == ["春运首日发送旅客6.22万人次", "一周59架次航班直飞哈尔滨", "推动国企民企长效沟通协同发展"]


def test_page_lines_of_any_paper_and_date_first_epaper_lines() -> None:
    """A paper whose name ends in 报 without 日报/晚报 (山西工人报, 解放军报) with the weekday a paper prints,
    and an e-paper's line that opens with the page's day (2024年01月27日 第02版:要闻), are page lines: they
    date the stories under them. A bare date, or a report's name with a date, is not."""
    assert meta.page_dates("山西工人报 1991年6月20日 星期四\n") == [(0, (1991, 6, 20))]
    assert meta.page_dates("x\n2024年01月27日 第02版:要闻\n") == [(2, (2024, 1, 27))]
    assert meta.is_page_line("2024年01月27日 第02版:要闻") and meta.is_page_line("山西工人报 1991年6月20日 星期四")
    assert not meta.is_page_line("2024年01月27日") and not meta.is_page_line("山西工人报 1991年6月20日")


def test_a_page_line_over_a_brief_is_not_an_article() -> None:
    """The page line of a paper named …报 over a 本报讯 brief without a headline: the brief is the only
    item, and takes the page's year."""
    text = ("山西工人报 1991年6月20日 星期四\n\n本报讯 第四届全国工人报刊好新闻好作品评比最近在京揭晓。"
            "本报有三篇作品获奖。(范国俊)\n\n\n解放军报 1998年1月30日 星期五 第1版\n\n"
            "本报讯 记者张占辉报道:高原部队餐桌的陈粮,已被鲜冻食品所代替。\n")
    articles = parse_text(text).articles
    assert len(articles) == 2 and [a.year for a in articles] == [1991, 1998]
