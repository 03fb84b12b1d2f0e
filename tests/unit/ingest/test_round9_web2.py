"""Web pages saved one after another (round 9, second wave): a credit after a page's last sentence, the
gap between two pages, and a site's 发表时间 date line."""

from __future__ import annotations

from gazette_reader.ingest.parse import parse_unchecked

CREDITED = """區內長者迎新春 官員落區送暖

由民政事務總署統籌的歲晚家訪今日（15日）已進行至第三日，多名官員繼續到訪各區。

局長在民政事務專員陪同下，探訪了區內的基層家庭和獨居長者。

局長（左三）在民政事務專員（右二）陪同下，探訪居於模範邨的獨居長者。政府新聞處


社團一年逾400場活動 專員期望再上新台階

區內社團今日（3日）舉行新春團拜，委員會主任表示屬會舉辦超過400場活動。

團拜由民政事務處及社團聯會合辦，邀請區內小學生表演。
"""


def test_a_photo_credit_after_the_last_sentence_closes_the_story() -> None:
    issue = parse_unchecked(CREDITED)
    assert [a.title for a in issue.articles] == ["區內長者迎新春 官員落區送暖", "社團一年逾400場活動 專員期望再上新台階"]


PAGES = """镇区

县领导率队到镇里调研融媒体中心建设情况

县领导率队到镇里调研融媒体中心建设情况

10月20日,县委常委、宣传部部长王明率队到镇里调研融媒体中心建设等情况。(记者 李华)

上一篇:镇里开展结对交流活动
下一篇:没有了


—分享— 新闻网讯:4月21日,镇里开展爱国卫生活动。全镇干部职工70余人分成8个小组进行全面清扫。 来源:县融媒 编辑:redcloud


守护蓝天!秸秆禁烧,我县在行动!

连日来,我县各乡镇组织干部深入田间地头,面对面与群众讲政策,引导群众自觉树立秸秆禁烧意识。
"""


def test_a_headline_after_a_page_gap_under_a_credited_page_opens_the_next_page() -> None:
    titles = [a.title for a in parse_unchecked(PAGES).articles]
    assert titles[-1] == "守护蓝天!秸秆禁烧,我县在行动!"
    assert len(titles) == 3


def test_a_paged_break_is_no_page_gap() -> None:
    """A page number and a running head between two paragraphs add a blank line at the page's foot: one
    blank line of the text's own there is no gap between two saved pages."""
    one_gap = PAGES.replace("redcloud\n\n\n", "redcloud\n\n")
    paged = one_gap.replace("redcloud\n\n", "redcloud\n\n\n- 2 -\n\f内部资料 注意保存\n")
    assert [a.title for a in parse_unchecked(paged).articles] == [a.title for a in parse_unchecked(one_gap).articles]


def test_a_page_break_in_the_gap_between_two_saved_pages_keeps_the_gap() -> None:
    """The page above ends in a credit, no sentence end: the page's foot and furniture go, its two blank
    lines stay, and the headline under them still opens the next page."""
    paged = PAGES.replace("redcloud\n\n\n", "redcloud\n\n\n\n- 2 -\n\f内部资料 注意保存\n")
    assert [a.title for a in parse_unchecked(paged).articles] == [a.title for a in parse_unchecked(PAGES).articles]


DATED = """发表时间:2025-09-04
9月2日,区领导王明到区融媒体中心调研。
在融媒体中心,王明详细了解新闻生产流程。他强调,要把牢正确政治方向。


镇里召开安全生产会议

来源: 县新闻网  作者:李华
2019-01-07 16:31:24

1月5日,镇里召开安全生产会议。镇长张三出席会议并讲话。
"""


def test_a_publication_time_line_is_no_headline() -> None:
    first = parse_unchecked(DATED).articles[0]
    assert first.title != "发表时间:2025-09-04"


SECTIONED = """镇区

县领导率队到镇里调研融媒体中心建设情况

县领导率队到镇里调研融媒体中心建设情况

10月20日,县委常委、宣传部部长王明率队到镇里调研融媒体中心建设等情况。(记者 李华)

上一篇:镇里开展结对交流活动
下一篇:没有了


新闻网讯:4月21日,镇里开展爱国卫生活动。全镇干部职工70余人分成8个小组进行全面清扫。
"""


def test_a_page_under_a_pager_keeps_no_section_of_the_page_above() -> None:
    articles = parse_unchecked(DATED + "\n\n" + SECTIONED).articles
    assert [a.section for a in articles][-2:] == ["镇区", None]
