"""Web pages saved as text (round 10): a site's empty info fields, its menu and slogan over a breadcrumb,
its link to the rest of a cut text, a news list page's menus, and a list entry's closing date."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.layouts import cues
from gazette_reader.ingest.lines import split_lines
from gazette_reader.ingest.pages import blank_page_furniture
from gazette_reader.ingest.parse import parse_unchecked


def blanked(text: str) -> list[str]:
    """The lines of ``text`` taken out as page furniture."""
    return blank_page_furniture(split_lines(text))[1]


CHRONOLOGY = """您现在的位置:首页
 > 走进某市 > 方志·年鉴 > 某市年鉴 > 2021 > 大事记
  • 成文日期:

八月

发布日期: 2022- 02- 22 09 : 26 浏览次数: 字体:[ ]


4日 凌晨3时30分,本年第4号台风在某市沿海登陆,全市累计面雨量229.6毫米。

6日 某市信访联席办举行首例信访失信行为评定会,认定两人的情况为一般信访失信行为。

7日 市委副书记、市长王明主持召开市政府常务会议,听取重点领域廉政风险防控工作汇报。
"""


def test_an_info_field_left_empty_is_furniture_and_no_entry() -> None:
    assert blanked(CHRONOLOGY) == ["• 成文日期:"]
    issue = parse_unchecked(CHRONOLOGY)
    assert issue.layout == "chronology"
    assert [(a.month, a.day) for a in issue.articles] == [(8, 4), (8, 6), (8, 7)]
    assert issue.articles[0].body.startswith("4日")


@pytest.mark.parametrize("line", ["成文日期:", "• 成文日期:", "浏览次数:", "发布日期: 浏览次数:"])
def test_empty_info_fields_are_blanked(line: str) -> None:
    assert blanked("\n".join(["镇里召开安全生产会议", line, "", "5月3日,镇里召开安全生产会议。"])) == [line]


@pytest.mark.parametrize("line", ["发布日期: 2022-02-22 浏览次数: 12", "成文日期: 2022-02-22", "• 字体:[ ]"])
def test_info_fields_with_a_value_and_the_font_buttons_stay(line: str) -> None:
    assert blanked("\n".join(["镇里召开安全生产会议", line, "", "5月3日,镇里召开安全生产会议。"])) == []


MENU_OVER_BREADCRUMB = """11月15日,市委常委、副市长王明在某区开展安全生产专题调研。
记者:李华 某某台


移动端应用
政务微信
政务微博
智能问答
登录个人中心
您当前的位置:首页 >>要闻动态 >>部门动态 >>内容
3月23日上午,市长张强主持召开市政府第二十四次常务会议,市领导出席会议。
会议听取了市安委办关于一季度全市安全生产工作情况汇报。
"""


def test_a_site_menu_over_a_breadcrumb_is_furniture_and_no_section() -> None:
    assert blanked(MENU_OVER_BREADCRUMB) == ["移动端应用", "政务微信", "政务微博", "智能问答", "登录个人中心"]
    issue = parse_unchecked(MENU_OVER_BREADCRUMB)
    assert [a.section for a in issue.articles] == [None, "部门动态"]


SLOGAN = """侧记:某省太“热”了

访问次数: 1454                        发布时间:2011-03-09

  会议结束后,记者身边一位同行说,“你们某省确实太‘热’了!”

    信息来源:某某商报


某某州权威媒体门户网站

 

首页 新闻 政务 图客 视频 文化旅游 数字报

“新边行”见证脱贫足迹

发布时间: 2020-05-28   作者: 周某   来源: 某某新闻网

  在“决胜2020”到来之际,某某日报特别策划推出“新边行”脱贫攻坚报道。
"""


def test_a_site_slogan_over_its_menu_bar_opens_the_next_page() -> None:
    assert blanked(SLOGAN) == ["某某州权威媒体门户网站"]
    issue = parse_unchecked(SLOGAN)
    assert [a.title for a in issue.articles] == ["侧记:某省太“热”了", "“新边行”见证脱贫足迹"]
    assert "门户网站" not in issue.articles[0].body


@pytest.mark.parametrize("line", ["牟定县人民政府", "政务微信"])
def test_an_office_or_a_lone_word_over_a_breadcrumb_stays(line: str) -> None:
    assert blanked("\n".join(["某县召开会议。", "", line, "首页 >> 公开信息内容", "某某文件"])) == []


CUT_TEXTS = """9月18日上午,市政府召开安委会全体成员(扩大)会议,推进全市开展安全生产大检查。市委常委、副市长周强出席会议。
周强指出,今年是“安全生产年”,各地各部门要按照要求,
因篇幅问题不能全部显示,请点此查看更多更全内容


2020年2月22日,某市政府副市长高明到东区调研指导疫情防控和复工复产工作,并召开座谈会。
东区党工委书记李华陪同调研。
"""


def test_a_link_to_the_rest_of_a_cut_text_closes_its_item() -> None:
    issue = parse_unchecked(CUT_TEXTS)
    assert len(issue.articles) == 2
    assert "因篇幅问题" not in issue.articles[1].title + issue.articles[1].body
    assert issue.articles[1].body.startswith("2020年2月22日")


@pytest.mark.parametrize("line", ["因篇幅问题不能全部显示,请点此查看更多更全内容", "阅读全文>>", "请点击查看全文"])
def test_more_links_are_web_furniture(line: str) -> None:
    assert cues.is_web_furniture(line) and cues.opens_page(line)


def test_a_sentence_about_reading_is_no_more_link() -> None:
    assert not cues.is_web_furniture("请点击查看全文后再作答。")


NEWS_LIST = """跳到主要內容區塊
高雄市政府全球資訊網
手機版選單
  •  

    防災資訊專區

  • 2023春聯
    兔年方斗春聯 賀卡正面 賀卡背面

  • 新冠肺炎專區 市政行程

    • 高雄市政府積極推動友善托育政策,全市最大非營利幼兒園已於113年5月竣工。 市府表示,幼兒園有效舒緩上班族托育壓力。 新聞稿聯絡人: 許股長世盛07-7995678#2513 發布日期:114年10月3日 發布單位:水利養護科
    • 因應AI浪潮興起,半導體先進製程需求持續提升,封測龍頭日月光加碼投資高雄,K18B廠於今(3)日舉行動土典禮。
    • 「國立清華大學高雄校區」於今(26)日舉行隆重的啟用儀式,象徵清華大學正式扎根南台灣,為產學合作開啟新篇章。
    • 楠梓區後勁公園出現一隻巨大粉紅熊熊,迎接孩子們的森林冒險之旅!高雄市長陳其邁今(9)日出席啟用典禮。
"""


def test_a_news_lists_menus_are_furniture_and_each_entry_an_item() -> None:
    menus = blanked(NEWS_LIST)
    assert "• 2023春聯" in menus and "兔年方斗春聯 賀卡正面 賀卡背面" in menus and "• 新冠肺炎專區 市政行程" in menus
    issue = parse_unchecked(NEWS_LIST)
    assert len(issue.articles) == 4
    assert [a.section for a in issue.articles] == [None] * 4
    assert issue.articles[0].body.startswith("高雄市政府積極推動")
    assert (issue.articles[0].year, issue.articles[0].month, issue.articles[0].day) == (2025, 10, 3)


def test_menu_lines_at_the_entries_indent_are_a_lists_own() -> None:
    text = NEWS_LIST.replace("  • 2023春聯", "    • 2023春聯")
    assert "• 2023春聯" not in blanked(text)


def test_a_lines_closing_info_fields_date_it_but_make_it_no_date_line() -> None:
    """(The cues read the simplified text.)"""
    entry = "• 市府表示,幼儿园有效舒缓上班族托育压力。 新闻稿联络人: 许股长 发布日期:114年10月3日 发布单位:水利养护科"
    assert cues.line_date(entry) is None
    assert cues.trailer_date(entry) == (2025, 10, 3)
    assert cues.line_date("发布单位:水利养护科 发布日期:2025-10-03") == (2025, 10, 3)


def test_a_chronologys_page_info_lines_are_no_entries() -> None:
    """The site filled its fields in (``• 成文日期: 2021-08-31``): no entry, and the info line under the month
    heading is the page's, not the front of the 4日 entry."""
    text = CHRONOLOGY.replace("  • 成文日期:", "  • 成文日期: 2021-08-31")
    issue = parse_unchecked(text)
    assert [(a.month, a.day) for a in issue.articles] == [(8, 4), (8, 6), (8, 7)]
    assert issue.articles[0].body.startswith("4日")
    assert "成文日期" not in "".join(a.body for a in issue.articles)


MARKED = """某县大事记

2021年

八月

△ 县委:召开全县经济工作会议。

4日 全县开展防汛检查。

6日 县信访联席办举行评定会。

7日 县长王明主持召开县政府常务会议。
"""


def test_a_marked_entry_with_a_colon_stays_an_entry() -> None:
    issue = parse_unchecked(MARKED)
    assert issue.layout == "chronology"
    assert [a.body[:2] for a in issue.articles] == ["△县", "4日", "6日", "7日"]


def test_one_list_line_over_a_news_list_is_its_section() -> None:
    text = "\n".join(["• 工作动态", *(line for line in NEWS_LIST.split("\n") if line.startswith("    • "))])
    assert blanked(text) == []


def test_a_page_break_over_a_site_menu_is_a_gap() -> None:
    """A PDF of saved pages: the page's number and running head stand right over the menu."""
    text = MENU_OVER_BREADCRUMB.replace("\n\n\n移动端应用", "\n\n- 1 -\n\f内部资料\n移动端应用")
    text = text.replace("李华 某某台", "李华 某某台\n\n- 2 -\n\f内部资料") + "\n\n- 3 -\n\f内部资料\n某某\n"
    assert {"移动端应用", "登录个人中心"} <= set(blank_page_furniture(split_lines(text), True)[1])
