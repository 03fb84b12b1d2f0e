"""Tagging reads every text in simplified characters, whatever its script.

Traditional text (``市長 黃偉哲``) is read through :func:`~gazette_reader.text.normalize.to_simplified`,
which maps one character to one: every rule and dictionary is written once, in simplified characters,
the offsets found are offsets into the original text, and names and titles come out simplified, the
canonical key (宋潔 and 宋洁 are one person).

Deciding whether a text needs the conversion is on the import's hot path, so it is a regex search for
the traditional forms of the most frequent characters (們 為 會 國 長 書 …, about ten times faster than
testing every character against the whole t2s table): any sentence in traditional script has some. A
simplified text with a stray traditional character is left as it is, and :func:`canonical` still
simplifies the names and titles found in it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from gazette_reader.text.normalize import t2s_alternatives, to_simplified

COMMON_TRADITIONAL = 300
"""How many traditional characters the script test looks for: those of the most frequent characters."""


class Simplified(str):
    """A text known to be in simplified characters (:func:`simplified` made it): finders take it as is."""

    __slots__ = ()


@lru_cache(maxsize=1)
def _common_traditional() -> re.Pattern[str]:
    """A character class of the traditional characters whose simplified forms are the most frequent in
    jieba's dictionary (which the tagger loads anyway), less those a simplified text uses too (乾 in
    韩德乾 does not make a text traditional)."""
    from gazette_reader.tagging.names import word_freq

    every = "".join(chr(c) for c in range(0x4E00, 0xA000))
    pairs = [(t, s) for t, s in zip(every, to_simplified(every)) if t != s and t not in _self_simplified()]
    pairs.sort(key=lambda pair: -word_freq(pair[1]))
    return re.compile("[" + "".join(t for t, _ in pairs[:COMMON_TRADITIONAL]) + "]")


def is_traditional(text: str) -> bool:
    """True when ``text`` reads as traditional script (has a traditional form of a frequent character)."""
    return _common_traditional().search(text) is not None


_HALF_WIDTH = str.maketrans(",;:!?()", "，；：！？（）")
_HALF_WIDTH_RE = re.compile("[,;:!?()]")


def simplified(text: str) -> Simplified:
    """``text`` with traditional characters simplified and half-width punctuation made full-width, one
    for one (offsets hold); converted once, and a :class:`Simplified` text is taken as it is.

    Text copied from web pages often has half-width commas (``立法委员王定宇,林俊宪``); the rules know
    the full-width ones a gazette prints, and a tagger reading ``，`` for ``,`` loses nothing."""
    if isinstance(text, Simplified):
        return text
    text = to_simplified(text) if is_traditional(text) else text
    return Simplified(text.translate(_HALF_WIDTH) if _HALF_WIDTH_RE.search(text) else text)


def canonical(word: str) -> str:
    """A name or title as stored: simplified, even out of a text that was left as it was, except for the
    characters that are simplified ones too (韩德乾 in a simplified text is no 韩德干: OpenCC lists 乾 among
    its own simplified forms, as it does 於 徵 夥). Only a word holding one of these is rebuilt."""
    out = to_simplified(word)
    if out == word or not _self_simplified_re().search(word):
        return out
    return "".join(w if w in _self_simplified() else o for w, o in zip(word, out))


@lru_cache(maxsize=1)
def _self_simplified() -> frozenset[str]:
    """Traditional characters that OpenCC's t2s table also gives as their own simplified form (乾 → 干 or
    乾): written in a simplified text, they were meant."""
    return frozenset(key for key, values in t2s_alternatives().items()
                     if len(key) == 1 and values[0] != key and key in values)


@lru_cache(maxsize=1)
def _self_simplified_re() -> re.Pattern[str]:
    """Any character of :func:`_self_simplified`, searched in C."""
    return re.compile("[" + "".join(sorted(_self_simplified())) + "]")
