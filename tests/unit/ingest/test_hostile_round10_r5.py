"""Texts round 10's rules misread (a review's probes): a word that opens with 本报/本网 or a column's word in
brackets taken for a story's dateline, an attachment's receipt form or a 抄送 list taken for a headless
document's 主送 line, an attachment's table row taken for the signing date."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.layouts import cues
from gazette_reader.ingest.parse import parse_text

P = "该县召开专题会议，研究部署当前重点工作，会议要求各部门切实抓好落实。"


@pytest.mark.parametrize(("text", "expected"), [
    ("本报讯 今天", True),
    ("本报合作讯 (记者 张明)", True),
    ("本报北京讯 今天", True),
    ("本网综合讯 今天", True),
    ("本报通讯员李明", False),
    ("本台通讯员报道", False),
    ("本网站资讯仅供参考。", False),
    ("本网站讯息均来自各部门。", False),
    ("本报告期内通讯业务收入增长12%。", False),
])
def test_only_a_place_or_合作_stands_between_本报_and_讯(text: str, expected: bool) -> None:
    """本报 + up to four characters + 讯 read a word that opens with 本报/本网 (本报告, 本网站) or ends in 讯
    (通讯, 资讯, 讯息) as a dateline."""
    assert cues.is_dateline(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("【李仁义讯】市府工务局", True),
    ("【李奇珍讯】市府工务局", True),
    ("【欧阳明讯】今天", True),
    ("【党建讯】今天", False),
    ("【每日讯】今天", False),
    ("【基层讯】今天", False),
    ("【动态讯】今天", False),
    ("【文化站讯】今天", False),
    ("【卫健委讯】今天", False),
])
def test_a_bracketed_讯_opens_a_story_after_a_name_only(text: str, expected: bool) -> None:
    """【X讯】 with two or three characters took every column's word for a reporter's name."""
    assert cues.is_dateline(text) is expected


def test_a_site_notice_with_资讯_opens_no_story() -> None:
    """本网站资讯仅供参考 under each story made the text a newspaper with an item titled 仅供参考."""
    text = "县委召开常委会\n" + P + "\n\n本网站资讯仅供参考。\n\n县政府召开常务会\n" + P + "\n\n本网站资讯仅供参考。\n"
    issue = parse_text(text)
    assert issue.layout != "newspaper"
    assert "仅供参考" not in [a.title for a in issue.articles]


def test_a_report_sentence_with_本报告期_splits_nothing() -> None:
    text = "某市电信业发展情况\n\n一、总体情况\n" + P + "\n本报告期内通讯业务收入增长12%。\n二、主要问题\n" + P + "\n"
    issue = parse_text(text)
    assert len(issue.articles) == 1
    assert "本报告期内通讯业务收入增长12%。" in issue.articles[0].body


def test_column_words_in_brackets_keep_their_items() -> None:
    """【快讯】, 【简讯】, 【每日讯】 head items; only the name opens a story (round 10: 5 items became 2, the
    last untitled)."""
    text = "要闻\n\n【李仁義訊】" + P + "\n\n【王讯】" + P + "\n\n【快讯】" + P + "\n\n【简讯】" + P + "\n\n【每日讯】" + P + "\n"
    titles = [a.title for a in parse_text(text).articles]
    assert len(titles) == 5
    assert titles[-3:] == ["快讯", "简讯", "每日讯"]


def test_an_attachments_receipt_addressed_to_units_is_no_document() -> None:
    """A receipt form under 附件：回执 addressed to the notice's units stays in the notice."""
    text = ("关于召开全县春耕工作会议的通知\n\n各乡镇人民政府，县直各部门：\n" + P + "\n\n某县人民政府办公室\n2024年3月1日\n\n"
            "附件：回执\n\n各乡镇人民政府，县直有关部门：\n请于3月4日前报送回执。\n")
    issue = parse_text(text)
    assert len(issue.articles) == 1
    assert "请于3月4日前报送回执。" in issue.articles[0].body


def test_a_copy_list_ending_in_a_colon_is_no_document() -> None:
    text = ("关于做好春耕工作的通知\n某政办发〔2024〕3号\n\n各乡镇人民政府，县直各部门：\n" + P + "\n\n某县人民政府办公室\n"
            "2024年3月1日\n\n抄送：县委办，县人大办，县政协办：\n" + P + "\n")
    assert len(parse_text(text).articles) == 1


def test_a_headless_document_under_a_signed_one_still_opens_at_its_addressees() -> None:
    text = ("关于做好春耕工作的通知\n\n各乡镇人民政府，县直各部门：\n" + P + "\n\n某县人民政府办公室\n2024年3月1日\n\n"
            "各乡镇人民政府，县直各部门：\n" + P + "\n\n某县人民政府办公室\n2024年3月2日\n")
    assert [(a.year, a.month, a.day) for a in parse_text(text).articles] == [(2024, 3, 1), (2024, 3, 2)]


def test_a_spaced_signing_date_is_the_one_under_the_signature() -> None:
    """Only spaced dates: the attachment's row (某县水利局 / 2023 12 31) dated the document."""
    text = ("关于下达资金的通知\n\n各乡镇：\n" + P + "\n\n某县财政局\n2024 3 1\n\n附件：资金表\n单位 金额\n某县水利局\n"
            "2023 12 31\n")
    (article,) = parse_text(text).articles
    assert (article.year, article.month, article.day) == (2024, 3, 1)
