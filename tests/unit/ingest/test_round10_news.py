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


ARCHIVE_PAGE = """解放军报 1993年1月24日 星期日 第1版

金鸡报晓一元复始群贤欢聚共庆佳节
中共中央国务院举行春节团拜会
江泽民主持李鹏讲话万里李瑞环刘华清胡锦涛等出席
作者:李尚志陈维伟罗观星
版面:头版
新华社北京1月23日电 (新华社记者李尚志)中共中央、国务院今天上午在人民大会堂举行春节团拜会。
团拜会由中共中央总书记江泽民主持。
人民大会堂宴会厅内洋溢着喜庆、祥和、欢乐的节日气氛。


解放军报 1998年1月30日 星期五 第1版

高原部队吃上鲜冻食品

作者:张占辉
版面:头版

本报讯 记者张占辉报道:多年来主导高原部队餐桌的陈粮、干菜、罐头等食品,已被鲜冻食品所代替。
"""


def test_an_archives_page_field_is_an_info_line_not_a_headline() -> None:
    """An archive's 版面:头版 under the headline (beside 作者:…) is an info line like 作者:…, never the
    headline of the wire story below it."""
    articles = parse_text(ARCHIVE_PAGE).articles
    assert [a.title for a in articles] == ["中共中央国务院举行春节团拜会", "高原部队吃上鲜冻食品"]
    assert articles[0].kicker == "金鸡报晓一元复始群贤欢聚共庆佳节" and "新华社北京1月23日电" in articles[0].body


SUBHEADED_STORIES = """山西工人报 1991年6月20日 星期四

本报讯 第四届全国工人报刊好新闻好作品评比最近在京揭晓。本报有三篇作品获奖。


解放军报 1998年1月30日 星期五 第1版

○高原部队官兵吃上鲜冻食品

本报讯 路前进、记者张占辉报道:多年来主导高原部队餐桌的陈粮、干菜、罐头等食品,已被鲜冻食品所代替。
春节前夕,又一批鲜冻食品运至西藏、新疆边防部队。

○某集团军农副业生产效益与生活效益同步增长

本报讯 王洪义、王前生报道:南京军区某集团军采取得力措施,使生活效益与生产效益同步增长。
"""


def test_a_dateline_is_no_run_in_entry_title() -> None:
    """本报讯 set off by a space at the start of three paragraphs opens three stories: it is no run-in
    entry title (a 年鉴's 经济概况 全市…), so each story keeps the subhead over it as its title."""
    titles = [a.title for a in parse_text(SUBHEADED_STORIES).articles]
    assert "本报讯" not in titles
    assert titles[1:] == ["高原部队官兵吃上鲜冻食品", "某集团军农副业生产效益与生活效益同步增长"]


GROUP_HEADLINE = """山西工人报 1991年6月20日 星期四

本报讯 第四届全国工人报刊好新闻好作品评比最近在京揭晓。本报有三篇作品获奖。


解放军报 1998年1月30日 星期五 第1版

努力提高基层官兵生活水平

作者:路前进/张占辉/王洪义
版面:头版

○高原部队官兵吃上鲜冻食品

本报讯 路前进、记者张占辉报道:多年来主导高原部队餐桌的陈粮、干菜、罐头等食品,已被鲜冻食品所代替。

○某集团军农副业生产效益与生活效益同步增长

本报讯 王洪义、王前生报道:南京军区某集团军采取得力措施,使生活效益与生产效益同步增长。
"""


def test_a_group_headline_over_its_info_lines_is_the_section() -> None:
    """A group headline with the archive's info lines under it (作者:…, 版面:头版), over stories each under
    a ○ subhead, is the section of those stories, not an article without text."""
    articles = parse_text(GROUP_HEADLINE).articles
    assert [a.title for a in articles[1:]] == ["高原部队官兵吃上鲜冻食品", "某集团军农副业生产效益与生活效益同步增长"]
    assert [a.section for a in articles] == [None, "努力提高基层官兵生活水平", "努力提高基层官兵生活水平"]


PHOTO_ITEM = """春运首日发送旅客6.22万人次

本报讯(记者 杨春娜)1月26日,春运大幕正式开启。春运首日全市共发送旅客6.22万人次。

一周59架次航班直飞哈尔滨

本报讯(记者 慕溯)为做好春运服务保障,机场提前谋划,增加航班运力,预计加班245班次。

图片新闻

春运首日,山东海事局派出9艘船艇,在渤海海峡联合开展海空立体巡航。图为执法人员对海上客运船舶进行巡查。

YMG全媒体记者 唐克 摄

推动国企民企长效沟通协同发展

本报讯(记者 王宏伟)“山东是民营经济大省,民营企业
"""


def test_a_column_label_over_a_caption_opens_a_photo_item() -> None:
    """图片新闻 over a caption that ends in the photographer's credit opens the photo's item: the label is
    its section, the caption its text; the credit (…唐克 摄) heads nothing, it closes the caption."""
    articles = parse_text(PHOTO_ITEM).articles
    assert len(articles) == 4
    assert articles[2].section == "图片新闻" and articles[2].body.startswith("春运首日,山东海事局")
    assert articles[2].body.endswith("YMG全媒体记者唐克摄")
    assert articles[3].title == "推动国企民企长效沟通协同发展" and articles[3].kicker is None


PARAGRAPHS_APART = ARCHIVE_PAGE.replace("人民大会堂宴会厅内", "他说,今天是我国人民的传统佳节。\n大家欢聚一堂,同迎新春,共度佳节。\n人民大会堂宴会厅内") \
    + """春节前夕,又一批质量上乘的鲜冻食品运至西藏、新疆边防部队。

为适应发展市场经济的需要,总后勤部从1993年开始,积极稳妥地对高原部队给养物资供应体制进行了全面改革。
实行主副食品“推陈储新”的周转供应新办法,同时还提高了高原部队军粮供应标准。
"""


def test_a_paragraph_after_a_blank_line_stays_with_its_story() -> None:
    """In a file whose stories run their paragraphs on, text after a blank line under a headline and
    dateline that opens with no date or dateline of its own (为适应发展市场经济的需要,…) is the story's
    next paragraph, not an item without a headline."""
    articles = parse_text(PARAGRAPHS_APART).articles
    assert [a.title for a in articles] == ["中共中央国务院举行春节团拜会", "高原部队吃上鲜冻食品"]
    assert "为适应发展市场经济的需要" in articles[1].body
