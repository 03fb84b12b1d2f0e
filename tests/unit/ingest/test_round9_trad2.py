"""Round 9 traditional-script gazettes, second wave: rules their parse needed (see tests/corpus/real/SOURCES.md)."""

from __future__ import annotations

from gazette_reader.ingest.layouts import cues
from gazette_reader.ingest.layouts.headings import is_masthead_line
from gazette_reader.ingest.parse import parse_unchecked

# A council's press file: its masthead (the council's name and 新聞資料, parted by an ideographic space)
# over a bracketed line naming the file's topics, then dated clippings, each with its own headline.
PRESS_FILE = """新竹市議會　新聞資料
（議會沿革．定期大會）

新竹市議會沿革
時間:2009-03-02 10:20    來源:新竹日報
新竹市議會于1982年成立，首屆議員由市民直接選舉產生，選出正副議長主持會務。
會址設于中正路，其后迁入現址，議事堂于1990年落成啟用。


新竹市議會定期大會開幕 議員關注交通建設
記者王大明/新竹報導
新竹市議會今天舉行定期大會開幕式，議長致詞期許議員與市府攜手推動建設。
市長出席並報告施政重點，議員紛紛就交通建設提出質詢。
"""


def test_a_councils_press_file_name_is_a_masthead() -> None:
    assert is_masthead_line("桃园市议会\u3000新闻资料")
    assert not is_masthead_line("县政府召开会议研究新闻资料报送工作，要求及时上报。")


def test_the_first_clipping_is_titled_by_its_headline_not_the_masthead() -> None:
    issue = parse_unchecked(PRESS_FILE)
    assert [a.title for a in issue.articles] == ["新竹市議會沿革", "新竹市議會定期大會開幕 議員關注交通建設"]


# Three clippings: the first dated by the info line under its headline, the second by the date line
# standing alone above its headline (after the first's last sentence and a blank line), the third by none.
DATE_LINE_ABOVE = """新竹市議會　新聞資料

新竹市議會沿革
時間:2009-03-02 10:20    來源:新竹日報
新竹市議會于1982年成立，首屆議員由市民直接選舉產生，選出正副議長主持會務。
會址設于中正路，其后迁入現址，議事堂于1990年落成啟用。

2025-02-03 | 台灣好新聞

新竹市議會新春團拜 府會攜手共迎嶄新一年
記者王大明/新竹報導
新竹市議會今天舉行新春團拜，議長致詞期許議員與市府攜手推動建設。
市長率市府團隊到議會拜年，現場氣氛熱鬧。


新竹市議會定期大會開幕 議員關注交通建設
記者李小華/新竹報導
新竹市議會今天舉行定期大會開幕式，市長出席並報告施政重點。
議員紛紛就交通建設提出質詢，要求市府加快進度。
"""


def test_a_date_line_alone_above_a_headline_dates_that_item() -> None:
    issue = parse_unchecked(DATE_LINE_ABOVE)
    assert [a.title for a in issue.articles] == [
        "新竹市議會沿革", "新竹市議會新春團拜 府會攜手共迎嶄新一年", "新竹市議會定期大會開幕 議員關注交通建設"]
    assert [(a.year, a.month, a.day) for a in issue.articles[:2]] == [(2009, 3, 2), (2025, 2, 3)]
    assert issue.articles[2].year != 2009
    assert "2025-02-03" not in issue.articles[0].body


# A release's date line right under its last sentence closes it: it heads no item below.
DATE_UNDER_TEXT = """新竹市議會　新聞資料

新竹市議會沿革
時間:2009-03-02 10:20    來源:新竹日報
新竹市議會于1982年成立，首屆議員由市民直接選舉產生，選出正副議長主持會務。
會址設于中正路，其后迁入現址，議事堂于1990年落成啟用。
2024-01-02 发布

新竹市議會定期大會開幕 議員關注交通建設
記者李小華/新竹報導
新竹市議會今天舉行定期大會開幕式，市長出席並報告施政重點。
議員紛紛就交通建設提出質詢，要求市府加快進度。
"""


def test_a_date_line_under_an_items_last_sentence_stays_with_it() -> None:
    issue = parse_unchecked(DATE_UNDER_TEXT)
    assert "2024-01-02" in issue.articles[0].body
    assert (issue.articles[1].year, issue.articles[1].month) != (2024, 1)


# Teasers saved one under another: a release that runs its paragraphs on, a picture card whose text is
# cut off with ASCII dots, then a Liberty Times teaser opening with its reporter line in 〔〕.
TEASERS = """3月5日,建德市首次舉辦市“兩會”媒體見面會,這也是兩會宣傳報道上的新做法。
此次兩會,吸引了省市及本地多家媒體記者參加,會場氣氛熱烈。
“我們把相關部門負責人請到現場,直接回答記者提問。”市委宣傳部負責人說。
見面會上,相關部門負責人就民生實事項目進展情況作了介紹。
在媒體提問環節,記者們主要圍繞教育、醫療、交通等話題提問。
據悉,建德下步將繼續完善媒體見面會制度,以更好服務群眾。

首圖

雲林縣長今天到虎尾鎮及麥寮鄉視察農漁民防颱措施雲林縣府提供颱風明日最靠近台灣,為減少農漁業損失,縣長今天視察農漁民防颱準備,要求各單位全力做好防颱工作......

〔記者林大同/雲林報導〕雲林縣虎尾鎮行政園區「兒童遊戲場」昨啟用,設置溜滑梯、沙坑等設施。
虎尾鎮長說,園區兒童遊戲場是鎮公所爭取經費興建的,歡迎親子前往。
"""


def test_a_reporter_line_in_tortoise_brackets_is_a_dateline() -> None:
    assert cues.is_dateline("〔记者林大同/云林报导〕云林县虎尾镇行政园区昨启用")


def test_a_teaser_opening_with_its_reporter_line_after_a_blank_line_is_an_item() -> None:
    issue = parse_unchecked(TEASERS)
    assert [a.body[:6] for a in issue.articles] == ["3月5日,建", "雲林縣長今天", "〔記者林大同"]
    assert not issue.articles[2].title.startswith("〕")
