"""Round 10 traditional-script gazettes: rules their parse needed (see tests/corpus/real/SOURCES.md)."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.bylines import parse_byline_line
from gazette_reader.ingest.dates import month_day
from gazette_reader.ingest.layouts import cues
from gazette_reader.ingest.layouts.newsletter import brief_title
from gazette_reader.ingest.parse import parse_unchecked

COUNCIL_NEWS = """高雄市議會　議會新聞
（議長．副議長活動）

議長盼台日交流恢復往日榮景
【李仁義訊】日本台灣交流協會所長今(5)日拜會議長,祝賀議長當選第4屆議長;議長期盼
後疫情時代,台日交流能快速恢復往日榮景。
高雄和日本交流密切,議會和大阪府、橫濱市等議會締結姊妹議會。


市府10局處拜會副議長 尋求總預算案支持
【李奇珍訊】市府工務局等10個局處首長今(4)日拜會副議長,尋求總預算案的支持,副議
長要求市府加強對議員的溝通。
包括工務局、衛生局、新聞局等10位首長連袂拜會副議長,針對市政議題進行討論。
"""


def test_a_reporters_name_before_xun_is_a_dateline_under_the_headline() -> None:
    issue = parse_unchecked(COUNCIL_NEWS)
    assert [a.title for a in issue.articles] == ["議長盼台日交流恢復往日榮景", "市府10局處拜會副議長 尋求總預算案支持"]
    assert issue.articles[0].body.startswith("【李仁義訊】日本台灣交流協會")


@pytest.mark.parametrize("text,expected", [
    ("【李仁义讯】日本台湾交流协会所长今(5)日拜会议长", True),
    ("〔王明讯〕市府今日召开会议", True),
    ("【工作简讯】", False),  # a column's name, not a reporter's
    ("【科技资讯】市府今日召开会议", False),
    ("【快讯】", False),
])
def test_bracketed_name_xun(text: str, expected: bool) -> None:
    assert cues.is_dateline(text) is expected


REPORTER_LINES = [
    ("墨新闻|记者张游舜/台北报导", [("张游舜", "墨新闻|记者张游舜/台北报导")]),
    ("联合报／ 记者李宗祐／嘉义即时报导", [("李宗祐", "联合报／ 记者李宗祐／嘉义即时报导")]),
    ("记者甲乙、丙丁/台北报导", [("甲乙", "记者甲乙"), ("丙丁", "、丙丁/台北报导")]),
    ("他说记者会/台北报导", None),
]


@pytest.mark.parametrize("line,expected", REPORTER_LINES)
def test_a_reporter_line_with_its_paper_is_a_byline(line: str, expected: list[tuple[str, str]] | None) -> None:
    found = parse_byline_line(line)
    assert (None if found is None else [(b.name, b.raw) for b in found]) == expected


CLIPPINGS_UNDER_CONTENTS = """花蓮縣政新聞剪輯
（升旗典禮．就職週年．拜會．團拜）

【本報訊】光輝燦爛的十月到來,花蓮縣政府6日於縣府前廣場舉行十月份升旗典禮,由
縣長親自主持,除表揚環境清潔競賽獎外,也勉勵同仁友善對待鄉親。
縣長提到,又到了光輝燦爛的十月,感謝所有同仁以及在各單位努力的國人。


新任分署長拜會花蓮縣長 為花蓮治水防洪努力

記者林中行／花蓮報導

新任分署長二十六日特地前往花蓮縣政府拜訪縣長,共商花蓮的治水防洪工作。

縣府表示,新任分署長原為坡地管理組組長,並與前分署長職位交接調換。


記者王兆麟／花蓮報導

花蓮縣政府今日上午舉辦春節員工團拜,由民俗文化龍獅戰鼓團帶來祥獅獻瑞。

活動在溫馨與歡樂的氣氛中圓滿落幕,縣長最後向全體同仁致上新春祝福。
"""


def test_the_mastheads_bracketed_contents_line_heads_no_item() -> None:
    issue = parse_unchecked(CLIPPINGS_UNDER_CONTENTS)
    first = issue.articles[0]
    assert "升旗典禮" not in first.title and first.body.startswith("【本報訊】光輝燦爛")
    assert any("升旗典禮．就職週年" in value for value in issue.metadata.values())


def test_a_reporter_line_after_a_finished_story_opens_an_untitled_item() -> None:
    issue = parse_unchecked(CLIPPINGS_UNDER_CONTENTS)
    assert len(issue.articles) == 3
    assert issue.articles[1].title == "新任分署長拜會花蓮縣長 為花蓮治水防洪努力"
    assert issue.articles[2].body.startswith("花蓮縣政府今日上午舉辦春節員工團拜")
    assert [b.name for b in issue.articles[2].bylines] == ["王兆麟"]


PAGES_ONE_AFTER_ANOTHER = """嘉義縣邁入發展關鍵期 翁章梁團拜期勉解決交通壓力

聯合報／ 記者李宗祐／嘉義即時報導

嘉義縣政府於今天上午9時舉行新春團拜，現場氣氛喜氣洋洋，縣府中庭高掛春聯。

翁章梁表示，嘉義正站在全新起跑點，嘉義科學園區二期環評已正式通過。


開工了！竹縣府及議會新春團拜 楊文科：不懼困難全力為鄉親打拚

聯合報／ 記者郭政芬／新竹即時報導

新竹縣政府及新竹縣議會今舉辦新春團拜，縣長楊文科表示，這是他最後一次春節團拜。

針對編制人力現況，楊文科指出，新竹縣政府每位員工需服務約500人，顯示新竹縣


新竹縣元旦升旗 泰雅之聲獻唱 楊文科揭牌3單位

新竹縣政府1日於府前廣場舉行115年元旦升旗典禮，縣長楊文科率領縣府團隊迎接新春。

楊文科致詞表示，今年是他上任第8年，感謝鄉親長期支持。


楊文科：新增副縣長、副秘書長將優先拔擢竹縣府內同仁

2025/12/12 07:47 記者黃美珠／新竹報導

因應修正後的地方制度法明年元旦上路，新竹縣長楊文科正積極物色副縣長人選。
"""


def test_a_headline_after_the_items_gap_opens_an_item_under_a_cut_sentence() -> None:
    issue = parse_unchecked(PAGES_ONE_AFTER_ANOTHER)
    assert [a.title for a in issue.articles] == [
        "嘉義縣邁入發展關鍵期 翁章梁團拜期勉解決交通壓力",
        "開工了！竹縣府及議會新春團拜 楊文科：不懼困難全力為鄉親打拚",
        "新竹縣元旦升旗 泰雅之聲獻唱 楊文科揭牌3單位",
        "楊文科：新增副縣長、副秘書長將優先拔擢竹縣府內同仁",
    ]
    assert issue.articles[1].body.rstrip().endswith("顯示新竹縣")


def test_an_untitled_items_label_leaves_out_its_bracketed_dateline() -> None:
    # the parse reads a traditional text in its simplified form
    assert brief_title("【本报讯】光辉灿烂的十月到来,花莲县政府6日于县府前广场举行升旗典礼。") == "光辉灿烂的十月到来"


@pytest.mark.parametrize("body,expected", [
    ("今天是2026年新年元旦，也是县长任期的最后一年，距离今年12月25日卸任进入倒数。", (None, None)),
    ("离12月31日还有10天，全区召开冲刺会议。", (None, None)),
    ("会议于12月25日召开，县长出席。", (12, 25)),
])
def test_a_date_counted_down_to_is_no_items_day(body: str, expected: tuple[int | None, int | None]) -> None:
    assert month_day(body) == expected
