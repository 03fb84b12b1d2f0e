"""Round 9: old e-paper page saves (洛阳晚报/洛阳日报's old system, 延安日报's photo pages) and the page lines
between them. Their navigation is furniture, their page and date lines part and date the pages, and a
photo page's captions stay with its headline."""

from __future__ import annotations

from gazette_reader.ingest import metadata as meta
from gazette_reader.ingest.lines import split_lines
from gazette_reader.ingest.pages import blank_page_furniture
from gazette_reader.ingest.parse import is_lossless, parse_text

OLD_EPAPER = """阴影
阴影 阴影
A06版:洛阳·热线
3上一版  下一版4  
PDF 版PDF版
您来说事儿
这个肉贩忽悠人
“防滑条”?“绊脚石”!
8日,洛阳理工学院“诞生”
      

| 洛阳日报 | 洛阳晚报 | 版面导航 | 标题导航 |

3上一期  下一期4  
 
3上一篇  下一篇4  
2009 年 1 月 6 日 星期    【打印】  
《洛阳晚报》评价网上调查>>>
报道回音
“惹麻烦”的标志牌 已被拆除
  本报讯 (记者 陈曦) 上月26日,本报报道了胡同口的标志牌。稿件见报后,环卫局将标志牌拆除。

3上一篇  下一篇4
"""


def test_an_old_epaper_pages_navigation_is_furniture() -> None:
    """The shadow images' alt text, the PDF button, the bar of links to the group's papers, the page's
    headline list above that bar and the survey link are the site's, not a story's headline."""
    lines, furniture = blank_page_furniture(split_lines(OLD_EPAPER))
    assert furniture[:9] == ["阴影", "阴影 阴影", "3上一版  下一版4", "PDF 版PDF版", "您来说事儿", "这个肉贩忽悠人",
                             "“防滑条”?“绊脚石”!", "8日,洛阳理工学院“诞生”", "| 洛阳日报 | 洛阳晚报 | 版面导航 | 标题导航 |"]
    assert "《洛阳晚报》评价网上调查>>>" in furniture
    kept = [ln.text for ln in lines if ln.text]
    assert kept[:3] == ["A06版:洛阳·热线", "2009 年 1 月 6 日 星期    【打印】", "报道回音"]


def test_a_headline_list_needs_the_button_line_over_it() -> None:
    """Short lines over a bar of links are a headline list only between a button line and the bar: a
    story's closing lines above a bar stay text."""
    text = "本报讯 市里开会。\n会议要求落实。\n记者 王某\n| 洛阳日报 | 洛阳晚报 | 版面导航 | 标题导航 |\n"
    _, furniture = blank_page_furniture(split_lines(text))
    assert furniture == ["| 洛阳日报 | 洛阳晚报 | 版面导航 | 标题导航 |"]


def test_photo_page_buttons_are_furniture() -> None:
    """延安日报's page buttons (通版阅读请点击: / 展开通版 / 收缩通版 / 当前版:04版 / 发布日期: left empty)."""
    text = "通版阅读请点击:\n展开通版\n收缩通版\n当前版:04版\n发布日期:\n井盖“张大口”\n  6月11日,记者看到一井盖损坏严重。\n"
    _, furniture = blank_page_furniture(split_lines(text))
    assert furniture == ["通版阅读请点击:", "展开通版", "收缩通版", "当前版:04版", "发布日期:"]
    _, kept = blank_page_furniture(split_lines("发布日期:2020-05-27\n正文。\n"))
    assert kept == []  # a filled-in date field is the story's


def test_old_epaper_page_and_date_lines() -> None:
    """``A02版:洛阳要闻`` names its page; the spaced date beside the print button is the page's date line."""
    assert meta.is_page_line("A02版:洛阳要闻") and meta.is_page_line("002版:要闻·综合")
    assert meta.header_label("3版:2020年") is None
    assert meta.is_page_line("2007 年 9 月 10 日 星期    【打印】  ")
    assert not meta.is_page_line("2007年9月10日")
    assert meta.page_dates("x\n2008 年 12 月 3 日 星期    【打印】\n") == [(2, (2008, 12, 3))]


def test_each_page_dates_its_story() -> None:
    """Pages of several years in one file: each story takes its own page's year, the undated column on the
    last page too (not the file's last page line for all)."""
    issue = parse_text(OLD_EPAPER.replace("2009 年 1 月 6 日", "2007 年 9 月 10 日") + "\n\n" + OLD_EPAPER
                       + "\n\n洛阳晚报 2012年1月5日 星期四\n\n市民反映\n安全隐患\n市民王女士反映:路牌快倒了,存在安全隐患。\n"
                       "市民丁女士反映:井盖缺失,存在安全隐患。\n(记者 王子君 整理)\n")
    assert [a.year for a in issue.articles] == [2007, 2009, 2012]


def test_a_column_label_over_a_displaced_headline_is_the_section() -> None:
    """On a page whose headlines were displaced (read by their words), a short column or page label set
    right on top of a headline (市县新闻 / 合阳综合观摩镇街重点工作) is the story's section, not the start of
    its title."""
    text = ("陕西科技报\n\n市县新闻\n合阳综合观摩镇街重点工作\n"
            "  本报讯 10月22日至23日,合阳县组织全体县级领导就该县各镇街今年以来的重点工作进行了综合观摩。\n"
            "  县委副书记于娟侠对此次综合观摩活动进行了综合点评。\n(马秀珍 宋磊)\n\n"
            "  本报讯(郝文军)7月25日,清涧县党政考察团来我县考察学习市政建设情况。\n")
    issue = parse_text(text)
    assert issue.layout == "newspaper" and is_lossless(text, issue)
    assert (issue.articles[0].title, issue.articles[0].section) == ("合阳综合观摩镇街重点工作", "市县新闻")


def test_a_page_line_opens_a_page_after_a_glued_credit() -> None:
    """A readers' column ends in a credit glued to its last sentence (…治理一下。本报记者 李银刚 整理), which
    closes nothing; the next page's page line opens a new page all the same, and the line right over a
    本报讯 dateline is that story's headline, under a kicker ending in a colon."""
    text = """洛阳日报 2007年6月5日 星期二

污水管道该治理
市民李女士:大明渠南岸有个污水管道,污水直接流进渠内,希望管理人员治理一下。本报记者 李银刚 整理


002版:要闻·综合
2008 年 12 月 3 日 星期    【打印】  
新华网载文:
洛阳牡丹成中国“名片”
  本报讯 (记者 王继辉)近日,新华网专栏载文,盛赞洛阳牡丹。

  文章说,世界邮联投票确定在洛阳举办世界邮展。
"""
    issue = parse_text(text)
    assert is_lossless(text, issue)
    assert [a.title for a in issue.articles] == ["污水管道该治理", "洛阳牡丹成中国“名片”"]
    assert "002版" not in issue.articles[0].body
    assert [a.year for a in issue.articles] == [2007, 2008]


PHOTO_PAGE = """延安日报 2021年12月29日 星期三

当前版:06版
护佑延安 抗疫有我
有序 李树民 摄
坚守
专注
消杀    白成旭 摄
奉献

温暖
  当前,我市疫情防控形势严峻。延安儿女积极行动起来,同心战“疫”。
  在这段特殊的日子里,我市新闻摄影工作者及时记录感人故事。(文/刘婧)
"""


def test_a_photo_pages_captions_stay_under_its_headline() -> None:
    """Short caption lines under a photo page's headline, one a photo credit (消杀 白成旭 摄), start no
    item: the text under them is the headline's; the page's year dates it."""
    text = "延安日报 2018年6月13日 星期三\n\n井盖“张大口”\n  6月11日,记者途经南滨路时看到一井盖损坏严重。本报记者 肖金雄 摄\n\n\n" + PHOTO_PAGE
    issue = parse_text(text)
    assert is_lossless(text, issue)
    assert [a.title for a in issue.articles] == ["井盖“张大口”", "护佑延安 抗疫有我"]
    assert "当前,我市疫情防控形势严峻" in issue.articles[1].body
    assert issue.articles[1].year == 2021
    assert issue.articles[1].subtitle is None  # 有序 李树民 摄 is a caption's credit, no deck


WANBAO = """阴影
阴影 阴影
A02版:洛阳要闻
3上一版  下一版4  
PDF 版PDF版
8日,洛阳理工学院“诞生”
开门纳谏解决环保问题
王军霞带领我市两万市民健康跑
      

| 洛阳日报 | 洛阳晚报 | 版面导航 | 标题导航 |

3上一期  下一期4  
 
3上一篇  下一篇4  
2007 年 9 月 10 日 星期    【打印】  
《洛阳晚报》评价网上调查>>>
开门纳谏解决环保问题
环保部门“大接访”引起群众关注
  本报讯(记者 刘居彬 通讯员 韦建飞) 有人用污水浇灌小麦,种出的小麦自己不吃而全部卖掉。环保部门当即表示将进行调查。

  近日,我市环保部门开展环保问题“大接访”活动,解决群众反映的环保问题。

3上一篇  下一篇4


阴影
阴影 阴影
A06版:洛阳·热线
3上一版  下一版4  
PDF 版PDF版
这个肉贩忽悠人
“惹麻烦”的标志牌 已被拆除
      

| 洛阳日报 | 洛阳晚报 | 版面导航 | 标题导航 |

3上一期  下一期4  
 
3上一篇  下一篇4  
2009 年 1 月 6 日 星期    【打印】  
《洛阳晚报》评价网上调查>>>
报道回音
“惹麻烦”的标志牌 已被拆除
  本报讯 (记者 陈曦) 上月26日,本报报道了胡同口的公厕标志牌。

  稿件见报后,西工区环卫局于数日前将这块位置欠妥的标志牌拆除。

3上一篇  下一篇4


洛阳晚报 2012年1月5日 星期四

市民反映
安全隐患
市民王女士反映:古城路与学府街交叉口有个路牌快倒了,存在安全隐患,希望有关部门尽快维修。
市民丁女士反映:汉口路中段一污水井盖缺失,存在安全隐患。
环境较差
市民徐女士反映:纱厂南路沿街绿化带内有杂物,影响市容。
占道经营
市民宋先生反映:中州东路口腔医院门口存在占道经营的现象。
(记者 王子君 整理)
"""


def test_old_epaper_pages_titles_sections_and_years() -> None:
    """The headline the page's list names is the title, the deck under it the subtitle (the deck right
    under the page's date line is no masthead); the column label 报道回音 is its page's section only;
    the compiled readers' column is titled by its own heading, its group lines (安全隐患, 环境较差, …)
    are intertitles, not a deck; every story takes its own page's year."""
    issue = parse_text(WANBAO)
    assert is_lossless(WANBAO, issue)
    got = [(a.kicker, a.title, a.subtitle, a.section, a.year) for a in issue.articles]
    assert got == [(None, "开门纳谏解决环保问题", "环保部门“大接访”引起群众关注", None, 2007),
                   (None, "“惹麻烦”的标志牌 已被拆除", None, "报道回音", 2009),
                   (None, "市民反映", None, None, 2012)]


def test_a_new_pages_untitled_item_takes_the_headline_on_top_of_it() -> None:
    """On a PDF page whose headlines were displaced, a new page's first item without a dateline opens with
    its headline set right on top of its text: the headline is the item's, not its body's first words."""
    text = ("荷花县荣获省级文明县城称号\n\n荷花县召开春季植树动员会\n"
            "本报讯 3月1日,荷花县召开春季植树动员会,要求各乡镇抓好苗木调运。\n\n"
            "本报讯 近日,荷花县通过省级文明县城复查,蝉联省级文明县城称号。\n\n"
            "下一版»本期共4版, 当前第1版 PDF\n\n"
            "市民反映\n市民王女士反映:古城路路牌快倒了,存在安全隐患。\n市民丁女士反映:井盖缺失,存在安全隐患。\n")
    issue = parse_text(text)
    assert issue.layout == "newspaper" and is_lossless(text, issue)
    assert issue.articles[-1].title == "市民反映"
    assert issue.articles[-1].body.startswith("市民王女士反映")


def test_a_photo_item_with_its_credit_alone_keeps_the_next_story() -> None:
    """A photo item whose credit alone stands under its headline is no stack of captions: the next
    story's headline under it starts an item."""
    text = ("延安日报 2021年12月29日 星期三\n\n春耕正忙\n王五 摄\n\n县委召开常委会议\n"
            "  12月28日,县委召开常委会议,研究部署近期重点工作。\n\n全县冬季征兵工作启动\n"
            "  12月27日,全县冬季征兵工作全面启动,各乡镇积极动员。\n")
    issue = parse_text(text)
    assert is_lossless(text, issue)
    assert "县委召开常委会议" in [a.title for a in issue.articles]
