"""Hostile cases from the review of round 10's tagger: work that must grow linearly with a long text's
names before bare titles, and names right after a time word (今天|王伟县长) that ends before the surname."""

from __future__ import annotations

from collections import Counter

import pytest

from gazette_reader.tagging.leaders import LEADER, Mention, find_leaders, post_titled_mentions, titled_mentions

SURNAMES = "王李张刘陈杨赵黄周吴"
GIVEN = "明华强伟军平刚勇杰涛"


class CountedMention(Mention):
    """A titled mention that counts how often its title is read (how much work a caller does with it)."""

    reads: Counter = Counter()

    def __getattribute__(self, attr: str):
        if attr == "title":
            CountedMention.reads["title"] += 1
        return super().__getattribute__(attr)


def _blocks(n: int) -> str:
    """``n`` blocks of a county head named with his title, then addressed by surname and title."""
    names = [SURNAMES[i % 10] + GIVEN[i // 10 % 10] + GIVEN[i // 100 % 10] for i in range(n)]
    return "\n".join(f"县长{a}主持会议，祝贺{a[0]}县长，副县长{a}出席。" for a in names)


def _title_reads(n: int) -> int:
    text = _blocks(n)
    titled = [CountedMention(m.name, m.title, m.start, m.end, m.role) for m in titled_mentions(text)]
    CountedMention.reads.clear()
    post_titled_mentions(text, titled=titled)
    return CountedMention.reads["title"]


def test_titled_people_are_read_once_per_text_not_once_per_candidate() -> None:
    small, large = _title_reads(100), _title_reads(400)
    assert small > 0
    assert large <= 5 * small  # linear: about 4 times; rebuilding the titled set per candidate: 16 times


def leaders_in(text: str) -> set[tuple[str, str | None]]:
    return {(m.name, m.title) for m in find_leaders(text) if m.role == LEADER}


def test_a_name_starts_after_a_time_word_that_ends_before_its_surname() -> None:
    # 天王 is a word, but 今天 (昨天) is far more common and ends right before 王: 今天|王伟
    assert leaders_in("今天王伟县长出席会议。") == {("王伟", None)}
    assert leaders_in("昨天王伟县长到村调研。") == {("王伟", None)}


def test_a_surname_that_ends_the_more_common_word_still_starts_no_name() -> None:
    assert leaders_in("对于陈市长的讲话，大家深受鼓舞。") == set()  # 对于|陈市长: no 于陈
    assert leaders_in("相对于陈市长而言，他更年轻。") == set()  # 相对 is a word too, but 对于 is more common


@pytest.mark.parametrize("text", [
    "明天王伟县长到村调研。", "当天王伟县长到村调研。", "日前王伟县长到村调研。", "会上王伟县长讲话。",
])
def test_a_time_word_that_opens_the_sentence_starts_a_name_before_a_bare_title(text: str) -> None:
    assert leaders_in(text) == {("王伟", None)}
