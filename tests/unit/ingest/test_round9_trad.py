"""Round 9 traditional-script gazettes: rules their parse needed (see tests/corpus/real/SOURCES.md)."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.dates import event_year, month_day
from gazette_reader.ingest.layouts import cues
from gazette_reader.ingest.layouts.headings import DATED, lead_of
from gazette_reader.ingest.layouts.newsletter import card_labels
from gazette_reader.ingest.lines import split_lines
from gazette_reader.ingest.parse import parse_unchecked
from gazette_reader.text.normalize import to_simplified

NEW_YEAR_MONTH = [
    ("基隆市政府元月1日清晨在基隆轉運站舉行升旗典禮，市長致詞。", (1, 1)),
    ("县政府于元月十五日召开全县经济工作会议。", (1, 15)),
    ("今年共发放补助500元月均每户一份。", (None, None)),  # 元 of a sum, no day after it
]


@pytest.mark.parametrize("body,expected", NEW_YEAR_MONTH)
def test_yuanyue_is_january(body: str, expected: tuple[int | None, int | None]) -> None:
    assert month_day(body) == expected


CARD_LIST = """首圖

桃園市長22日於市議會定期會進行施政報告時表示，今年面對疫情挑戰，防疫團隊全力以赴......

首圖

新北市長率市府團隊於桃園市政府舉行雙首長論壇，兩位市長互贈禮物，交流市政經驗......

首圖

桃園市長今(7)日上午主持市政會議，表揚道路養護管理績效考評獲獎單位......
"""


def test_a_card_list_is_parted_by_its_repeated_picture_label() -> None:
    issue = parse_unchecked(CARD_LIST)
    assert [a.body[:6] for a in issue.articles] == ["桃園市長22", "新北市長率市", "桃園市長今("]
    assert issue.furniture.count("首圖") == 3
    assert all("首圖" not in a.title + a.body for a in issue.articles)


PICTURES_IN_ONE_ARTICLE = """區長視察防汛工作

圖片

6月3日，區長帶隊檢查防汛物資儲備情況，要求各單位落實責任。

圖片

區長一行先後來到兩個泵站，詳細了解設備運行情況。

圖片

區長強調，要做好應急準備，確保安全度汛。
"""


def test_picture_labels_inside_one_article_part_nothing() -> None:
    assert card_labels(split_lines(PICTURES_IN_ONE_ARTICLE)) == []


@pytest.mark.parametrize("line", ["聯合報／ 記者張裕珍／桃園即時報導", "联合报/记者张裕珍/桃园报导"])
def test_a_byline_may_name_its_paper_before_a_slash(line: str) -> None:
    assert cues.is_byline_line(to_simplified(line))


def test_a_date_set_off_from_its_site_by_a_bar_is_a_date_line() -> None:
    assert cues.line_date(to_simplified("2025-02-03 | 台灣好新聞")) == (2025, 2, 3)


def test_todays_date_in_brackets_after_the_word_dates_a_lead() -> None:
    assert lead_of(to_simplified("油尖旺區社團今日（3日）舉行新春團拜，地區委員會主任表示")) == DATED


RELEASES = """農曆新年︱官員歲晚家訪第三日 官員落區聽民意

由民政事務總署統籌的歲晚家訪活動今日（15日）已進行至第三日，多名官員到訪屯門。

特區政府主要官員明日（16日）將繼續進行家訪活動。


司局長完成18區歲晚家訪 傳遞正能量與祝福

由民政事務總署統籌的18區歲晚家訪今日（16日）進行最後一日活動。

律政司副司長在沙田民政事務專員陪同下探訪基層家庭。
"""


def test_a_release_headline_over_a_lead_dated_today_in_brackets_starts_an_item() -> None:
    issue = parse_unchecked(RELEASES)
    assert [(a.section, a.title) for a in issue.articles] == [
        ("農曆新年", "官員歲晚家訪第三日 官員落區聽民意"),
        (None, "司局長完成18區歲晚家訪 傳遞正能量與祝福"),
    ]


@pytest.mark.parametrize("body,expected", [
    ("兩位市長互贈禮物。(圖/記者攝)新北市長侯友宜2/12日率市府團隊於桃園市政府舉行論壇", (2, 12)),
    ("全市人口成長1/3，日前公布。", (None, None)),  # a fraction, no day
])
def test_month_slash_day_closed_by_ri_is_a_date(body: str, expected: tuple[int | None, int | None]) -> None:
    assert month_day(body) == expected


def test_this_year_as_a_year_of_the_republic_anywhere_in_an_item_dates_it() -> None:
    body = ("宜蘭縣長林姿妙今(27)日在議會進行施政總報告。全文長達70餘頁。\n一本初衷，勤懇打拚。\n"
            "本縣的短債原先預計116年符合債限規定，更是提前於今\n(111)年6月達成。")
    assert event_year(to_simplified(body)) == 2022


UNDATED_BULLETIN = """安全生产工作简报
第2期

目  录

官亭镇调度秸秆禁烧工作……………………1
区领导检查安全生产工作……………………1

官亭镇调度秸秆禁烧工作
2020年10月7日李扬镇长调度秸秆禁烧工作:要落实责任，加强巡查。

区领导检查安全生产工作
4月30日，区领导检查节前安全生产工作，要求压实责任。
"""


def test_a_bulletin_without_its_year_dates_an_item_by_the_year_it_states() -> None:
    issue = parse_unchecked(UNDATED_BULLETIN)
    assert issue.layout == "bulletin" and issue.year is None
    assert [(a.title, a.year) for a in issue.articles] == [("官亭镇调度秸秆禁烧工作", 2020), ("区领导检查安全生产工作", None)]
