"""Round 10: newspaper pages (a 地市报 page in PDF form, old papers typed from archives). Headlines set
right above their stories are read in order, and the page's own lines date and part its stories."""

from __future__ import annotations

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
