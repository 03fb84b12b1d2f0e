"""Round 10's report and running-head rules read too much: a bulletin's short 情况/问题 headlines as a
report's parts, a bare 通报 formula as the announcement of a 通报's cases, any line of Latin capitals as a
running head. Each text below is read as the old rules read it, and the report or yearbook page they were
made for is still read right."""

from __future__ import annotations

from gazette_reader.ingest.parse import parse_text

P = "该县召开专题会议，研究部署当前重点工作，会议要求各部门切实抓好落实。"


def test_numbered_items_with_short_subject_headlines_are_items() -> None:
    """一、春耕生产情况 names a subject of its own: an item of the bulletin, not a report's generic part."""
    text = (f"政务信息\n2024年第5期\n\n一、春耕生产情况\n3月5日，{P}\n\n二、防汛备汛情况\n3月6日，{P}\n\n"
            f"三、信访稳定问题\n3月7日，{P}\n")
    issue = parse_text(text)
    assert [a.title for a in issue.articles] == ["春耕生产情况", "防汛备汛情况", "信访稳定问题"]


def test_a_reports_generic_parts_stay_in_the_report() -> None:
    """一、工作开展情况 / 二、存在的问题 / 三、下一步工作打算: the standard parts of one 督查通报."""
    text = (f"城乡环境整治情况督查通报\n\n4月21日，{P}现将有关情况通报如下。\n一、工作开展情况\n4月7日以来，{P}\n"
            f"二、存在的问题\n{P}\n三、下一步工作打算\n{P}\n")
    issue = parse_text(text)
    assert [a.title for a in issue.articles] == ["城乡环境整治情况督查通报"]


def test_a_bare_report_formula_over_the_text_announces_no_cases() -> None:
    """A text opening with 现将有关情况通报如下： and no headline over it: the news items below, headlines
    ending in 问题 or not, are items, not a 通报's cases."""
    text = (f"现将有关情况通报如下：\n\n某村违规发包本村工程项目问题\n{P}\n\n县委书记研究解决群众反映问题\n{P}\n\n"
            f"某县推进问题整改\n{P}\n")
    titles = [a.title for a in parse_text(text).articles]
    assert "县委书记研究解决群众反映问题" in titles and "现将有关情况通报如下：" not in titles


def test_a_reports_own_announcement_still_gathers_its_cases() -> None:
    """The announcing paragraph opening the text (为…，现通报…案例。) with its numbered cases: one 通报."""
    text = (f"为进一步严明纪律，现通报3起违规发包本村工程项目典型案例。\n问责篇\n1.某镇某村党支部书记张三违规发包本村工程项目问题\n"
            f"2016年8月15日，{P}\n2.某镇某村党支部书记李四违规发包本村工程项目问题\n2017年3月2日，{P}\n")
    assert len(parse_text(text).articles) == 1


def test_a_headline_in_latin_capitals_is_a_headline() -> None:
    """NEW YEAR over a sentence at the text's start is its headline, not a running head."""
    issue = parse_text(f"NEW YEAR\n\n{P}\n")
    article = issue.articles[0]
    assert " ".join(filter(None, (article.kicker, article.title))) == "NEW YEAR" and not issue.furniture


def test_a_data_line_in_latin_capitals_is_kept() -> None:
    """CPI GDP between two paragraphs of a yearbook's entries is the text's own line, not a running head."""
    text = f"渌口年鉴\n\n概况\n{P}\nCPI GDP\n{P}\n\n经济发展\n{P}\n\n社会事业\n{P}\n"
    issue = parse_text(text)
    assert "CPI GDP" not in issue.furniture
    assert any("CPI GDP" in f"{a.title}{a.body}" for a in issue.articles)


def test_a_latin_running_head_under_a_page_label_is_furniture() -> None:
    """QING YANG NIAN JIAN under the page's label (P. 38), over the headline: the yearbook's running head."""
    text = f"P. 38\n\nQING YANG NIAN JIAN\n\n\n紧抓改革试验机遇推动发展\n\n{P}\n{P}\n"
    issue = parse_text(text)
    assert issue.articles[0].title == "紧抓改革试验机遇推动发展"
    assert "QING" not in issue.articles[0].body
