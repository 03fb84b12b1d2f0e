"""Projects and campaigns: gazetteer variants, quoted slogans, and the idiom stop list."""

from __future__ import annotations

import pytest

from gazette_reader.tagging.lexicon import parse_gazetteer_line
from gazette_reader.tagging.projects import find_projects, number_groups
from tests.unit.tagging.conftest import seed_text
from tests.unit.tagging.gold import IDIOMS, KEY_PROJECTS


def names(text: str) -> set[str]:
    return {p.name for p in find_projects(text)}


@pytest.mark.parametrize("text, expected", [
    ("掀起全区“三项工程、一项管理”工作热潮", {"三项工程、一项管理"}),
    ("我区就“三送一强”帮扶经验进行发言", {"三送一强"}),
    ("我区开展“全城清洁”行动", {"全城清洁"}),
    ("督导调研“一环十横十纵”道路综合改造三期工程", {"一环十横十纵"}),
    ("“美丽上街”建设推进大会", {"美丽上街"}),
    ("打造“三个二七”的具体举措", {"三个二七"}),
    ("全面推进老旧小区提升改造工作", {"老旧小区改造"}),
    ("抓好老旧小区综合改造工程", {"老旧小区改造"}),
    ("召开百城建设提质工程暨文明城市创建工作推进会", {"百城建设提质工程", "全国文明城市创建"}),
    ("重点发挥“路长制”作用", {"路长制"}),
    ("加快推进侯寨郊野公园等 30个重大生态项目", {"侯寨郊野公园"}),
    ("重点加快贾鲁河综合治理工程", {"贾鲁河综合治理工程"}),
    ("聚焦打造“学在二七”品牌", {"学在二七"}),            # rule: quote + campaign word
    ("推进“三化三制”改革", {"三化三制"}),                  # rule: two number groups
    ("既要“锦上添花”又要“雪中送炭”", set()),
    ("绝不允许“踢皮球”，以“家装式”标准打造", set()),
    ("与“六稳”“六保”相促进", set()),
    ("学习贯彻“七一”重要讲话精神", set()),
    ("“迎民族盛会 庆七十华诞”城市环境综合整治", set()),   # 七十 is one number group
    ("“希望大家也相信大家会高度负责。”他说", set()),
])
def test_projects(text: str, expected: set[str]) -> None:
    assert names(text) == expected


def test_alias_is_kept_as_written() -> None:
    found = find_projects("全面推进老旧小区提升改造工作")
    assert [(p.name, p.alias) for p in found] == [("老旧小区改造", "老旧小区提升改造")]


@pytest.mark.parametrize("phrase, groups", [("三送一强", 2), ("七十华诞", 1), ("温暖二七", 0), ("一环十横十纵", 3)])
def test_number_groups(phrase: str, groups: int) -> None:
    assert number_groups(phrase) == groups


@pytest.mark.parametrize("line, parsed", [
    ("路长制 =", ("路长制", [])),
    ("老旧小区改造 = 老旧小区提升改造 | 老旧小区改造提升", ("老旧小区改造", ["老旧小区提升改造", "老旧小区改造提升"])),
    ("三送一强", ("三送一强", [])),
])
def test_gazetteer_format(line: str, parsed: tuple) -> None:
    assert parse_gazetteer_line(line) == parsed


@pytest.mark.parametrize("prefix", sorted(KEY_PROJECTS))
def test_seed_key_campaigns_without_idioms(prefix: str) -> None:
    found = names(seed_text(prefix))
    assert KEY_PROJECTS[prefix] <= found
    assert not found & IDIOMS
