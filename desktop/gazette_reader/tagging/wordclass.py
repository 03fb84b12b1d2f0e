"""Word classes from jieba's dictionary: which words are verbs, adverbs, prepositions or conjunctions.

A title's prefix is an organ's or a place's name; a verb written before it is the sentence's, not the
title's (拜会|议长, 拜访|县长, 考虑|县府教育局长, 帮忙分摊|副县长, 包含|高雄市长). No word list can name every
such verb, but jieba's dictionary tags each of its words with its class, so the tagger asks it. The
tags are rough (前往 is tagged a time word, 分摊 a verbal noun, 祝贺 a name), so a tag is only a hint the
callers weigh against where the word stands.
"""

from __future__ import annotations

from functools import lru_cache

from gazette_reader.text import segment

VERBISH_TAGS = frozenset({"v", "vd", "vi", "vn", "d", "df", "p", "c"})
"""Verbs (verbal nouns too: 分摊 vn), adverbs (特别 d), prepositions and conjunctions: words that stand
before a title in a sentence, never at the start of an organ's name."""
TIME_TAG = "t"
"""Time words (今天, 明天, 当天, 日前, 会上): a sentence opens with one, so a name may start right after it."""


@lru_cache(maxsize=1)
def _tagged() -> dict[str, str]:
    """Words of two to four characters and their jieba tag (verbish or time words), read once from the dictionary file (about a
    third of a second, only when a title's prefix first needs it)."""
    tags: dict[str, str] = {}
    with segment.tokenizer().get_dict_file() as dictionary:
        for raw in dictionary:
            parts = raw.decode("utf-8").split()
            if len(parts) == 3 and 2 <= len(parts[0]) <= 4 and (parts[2] in VERBISH_TAGS or parts[2] == TIME_TAG):
                tags[parts[0]] = parts[2]
    return tags


def word_tag(word: str) -> str | None:
    """jieba's tag for ``word`` when it is a verb (``v``, ``vn`` …), an adverb (``d``), a preposition
    (``p``), a conjunction (``c``) or a time word (``t``); None for any other word."""
    return _tagged().get(word)


def is_verbish(word: str) -> bool:
    """True when jieba's dictionary tags ``word`` as a verb, an adverb, a preposition or a conjunction."""
    return _tagged().get(word) in VERBISH_TAGS


def is_time_word(word: str) -> bool:
    """True when jieba's dictionary tags ``word`` as a time word (今天, 当天, 日前, 会上; also 前往, whose
    tag is rough, but a name may start after it too)."""
    return _tagged().get(word) == TIME_TAG
