"""Round 10 traditional-script gazettes: rules their parse needed (see tests/corpus/real/SOURCES.md)."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.layouts import cues
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
