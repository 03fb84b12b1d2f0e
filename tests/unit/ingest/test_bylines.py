"""Byline lines and bylines glued to the last sentence."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.bylines import byline_wrapped, parse_byline_line, split_glued
from gazette_reader.ingest.model import CORRESPONDENT, PHOTOGRAPHER, REPORTER

LINES = [
    ("记者 景静", [("景静", REPORTER, "记者 景静")]),
    ("记者 景静 通讯员 胡伟", [("景静", REPORTER, "记者 景静"), ("胡伟", CORRESPONDENT, "通讯员 胡伟")]),
    ("通讯员 郭佳星/文", [("郭佳星", CORRESPONDENT, "通讯员 郭佳星/文")]),
    ("胡源浩/图", [("胡源浩", PHOTOGRAPHER, "胡源浩/图")]),
    ("记者景静", [("景静", REPORTER, "记者景静")]),
    ("  记者 张改华 通讯员 张雅青  ", [("张改华", REPORTER, "记者 张改华"), ("张雅青", CORRESPONDENT, "通讯员 张雅青")]),
    ("东方今报记者 刘长征/文", [("刘长征", REPORTER, "东方今报记者 刘长征/文")]),  # clippings/meiti_kan_henan_ziliao.txt
    ("新华社记者 熊家林", [("熊家林", REPORTER, "新华社记者 熊家林")]),
    ("□晚报记者 马治卫", [("马治卫", REPORTER, "□晚报记者 马治卫")]),  # a marked byline, the paper's short name
    ("■ 本报记者 王明 通讯员 李华", [("王明", REPORTER, "■ 本报记者 王明"), ("李华", CORRESPONDENT, "通讯员 李华")]),
    ("□ 景静", None),  # a mark and a bare name: no role, no byline
    ("景静", None),
    ("记者了解到", None),
    ("记者 景静说", None),
    ("二七区召开智能门禁", None),
    ("记者 景静，通讯员 胡伟", None),
    # a byline in brackets closing a story; the brackets stay in the raw text
    ("(记者 陈文广)", [("陈文广", REPORTER, "(记者 陈文广)")]),
    ("（记者 张三 通讯员 李四）", [("张三", REPORTER, "（记者 张三"), ("李四", CORRESPONDENT, "通讯员 李四）")]),
    ("（区农委）", None),  # a unit, not a byline
    ("（记者了解到）", None),
    ("", None),
]


@pytest.mark.parametrize("line,expected", LINES)
def test_parse_byline_line(line: str, expected: list[tuple[str, str, str]] | None) -> None:
    found = parse_byline_line(line)
    assert (None if found is None else [(b.name, b.role, b.raw) for b in found]) == expected


GLUED = [
    ("社会漫谈”作专题讲座。记者 张改华", "社会漫谈”作专题讲座。", ["张改华"]),
    ("满意度。记者 张改华", "满意度。", ["张改华"]),
    ("满意度。记者 张改华 通讯员 胡伟", "满意度。", ["张改华", "胡伟"]),
    ("满意度记者 张改华", None, None),
    ("满意度。", None, None),
]


@pytest.mark.parametrize("line,body,names", GLUED)
def test_split_glued(line: str, body: str | None, names: list[str] | None) -> None:
    result = split_glued(line)
    if body is None:
        assert result is None
    else:
        assert result is not None and result[0] == body and [b.name for b in result[1]] == names


WRAPPED = [
    ("日报社全媒体记者", "王小欢", True),
    ("记者", "王小欢 李明", True),
    ("县融媒体中心通讯员", "张三、李四", True),
    ("日报社全媒体记者", "王小欢说,今年的工作", False),  # a sentence, not names
    ("致敬一线记者", "今年以来,全县新闻工作者深入基层。", False),
    ("我市表彰优秀新闻工作者", "王小欢", False),  # no role word at its end
]


@pytest.mark.parametrize("line,next_line,expected", WRAPPED)
def test_byline_wrapped(line: str, next_line: str, expected: bool) -> None:
    assert byline_wrapped(line, next_line) is expected
