"""Round 9 traditional-script gazettes, second wave: rules their parse needed (see tests/corpus/real/SOURCES.md)."""

from __future__ import annotations

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
