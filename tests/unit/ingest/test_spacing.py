"""Letter-spaced lines closed up: headlines of tracked display type read as printed."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.spacing import close_letter_spacing, closed_up, is_letter_spaced
from gazette_reader.ingest.lines import split_lines
from gazette_reader.ingest.parse import parse_text


@pytest.mark.parametrize(("line", "closed"), [
    ("淮 北 发 现 新 煤 田", "淮北发现新煤田"),
    ("大  事  记", "大事记"),
    ("工\u3000\u3000作\u3000\u3000简\u3000\u3000报", "工作简报"),
    ("小 哥 码  破 解 骑 手 进 门 难", "小哥码 破解骑手进门难"),
    ("2 0 2 5年 分 层 分 类 社 会 救 助 体 系 不 断 完 善", "2025年分层分类社会救助体系不断完善"),
    ("第 3 期", "第3期"),  # a typesetter's spaces around digits, as reflow folds them in a body
    ("3 月 5 日", "3月5日"),
])
def test_a_letter_spaced_line_is_closed_up(line: str, closed: str) -> None:
    assert is_letter_spaced(line) and closed_up(line) == closed


@pytest.mark.parametrize("line", ["记者 张三 通讯员 李四", "小哥码 破解骑手进门难", "A B C D", "区委书记 宋洁主持会议",
                                  "新华社记者 马金瑞摄", "本报记者  杨  义  王  丹",
                                  "尹  恒", "通 知"])
def test_words_parted_by_spaces_are_not_letter_spacing(line: str) -> None:
    assert not is_letter_spaced(line)


def test_only_the_text_changes_and_offsets_hold() -> None:
    text = "区 委 常 委 会 召 开 扩 大 会 议\n10月23日，区委常委会召开扩大会议。\n"
    before = split_lines(text)
    after = close_letter_spacing(text, split_lines(text))
    assert after[0].text == "区委常委会召开扩大会议" and after[0].raw == before[0].raw
    assert after[0].content_span == before[0].content_span == (0, len("区 委 常 委 会 召 开 扩 大 会 议"))
    assert after[1:] == before[1:]


def test_a_text_without_letter_spacing_keeps_its_lines() -> None:
    lines = split_lines("区委常委会召开扩大会议\n记者 张三\n10月23日，区委常委会召开扩大会议。")
    assert close_letter_spacing("区委常委会召开扩大会议\n记者 张三\n10月23日，区委常委会召开扩大会议。", lines) is lines


def test_letter_spaced_headlines_split_and_read_as_printed() -> None:
    text = ("区委常委会召开扩大会议\n10月23日，区委常委会召开扩大会议，传达学习省委全会精神。\n\n"
            "区政府召开常务会议\n11月2日，区政府召开常务会议，研究部署冬季安全生产工作。\n\n"
            "我区5G基站超800个\n截至10月底，全区建成5G基站800余个。")
    spaced = text.replace("区委常委会召开扩大会议\n", "区 委 常 委 会 召 开 扩 大 会 议\n").replace(
        "我区5G基站超800个", "我 区 5 G 基 站 超 8 0 0 个")
    clean = [a.title for a in parse_text(text).articles]
    assert clean == ["区委常委会召开扩大会议", "区政府召开常务会议", "我区5G基站超800个"]
    assert [a.title for a in parse_text(spaced).articles] == clean
