"""Leader forms seen in blind round 6: rare surnames, names ending in a follower character, lists
written as 组长：NAME（title）, titles after the name, and names kept as written."""

from __future__ import annotations

import pytest

from gazette_reader.tagging.leaders import LEADER, find_leaders


def leaders_in(text: str, known: tuple[str, ...] = ()) -> set[tuple[str, str | None]]:
    return {(m.name, m.title) for m in find_leaders(text, known) if m.role == LEADER}


@pytest.mark.parametrize("text, expected", [
    ("市委书记厉志海对党委信息工作作出重要批示。", {("厉志海", "市委书记")}),
    ("镇长茆龙海进行大会总结。", {("茆龙海", "镇长")}),
    ("梅江区委书记丘炀，区委副书记、区长刘东峰出席。", {("丘炀", "梅江区委书记"), ("刘东峰", "区委副书记、区长")}),
])
def test_rare_surnames_before_a_weak_follower(text: str, expected: set) -> None:
    assert leaders_in(text) == expected
