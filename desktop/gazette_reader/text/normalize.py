"""Search normalisation: traditional→simplified, full-width→half-width, lower case, no whitespace.

Search must treat ``區委書記宋潔`` as ``区委书记宋洁``, ``ＡＢＣ`` as ``abc`` and ``4 月 3 日`` as ``4月3日``
(PDF extraction scatters spaces and line breaks through Chinese text). Everything here is a *per
character* mapping to zero or one character, applied with one :meth:`str.translate` pass:

* It is context-free, so ``normalize(text[i:j])`` is always a substring of ``normalize(text)``. That is
  what makes "the query is a substring of the text" exact. OpenCC's phrase table (``乾隆`` stays ``乾隆``
  while ``乾`` alone becomes ``干``) would break it, so only its character table is used: a phrase
  conversion would let the text match neither its own traditional nor its simplified substrings.
* Characters are never split or merged, so an offset in the normalised text maps back to exactly one
  character of the original (:class:`OffsetMap`), which is how highlights land on the stored text.
* Speed: ``str.translate`` runs at ~17M chars/s on the seeds, ~18x faster than ``OpenCC.convert``
  (~0.9M chars/s), so it is itself the fast path; :func:`has_traditional` is kept for callers that want
  to know (26M chars/s).

The character table comes from ``opencc.OpenCC("t2s")`` (opencc-python-reimplemented). Entries with
alternatives (``乾 → "干 乾"``) take the first one; the library's own ``convert`` would insert the space.
The table has chains (``薴 → 苧`` while ``苧 → 苎``): they are followed to their end, so normalising is
idempotent (``normalize(normalize(x)) == normalize(x)``). Without that, a text spelled 薴 indexed as 苧
while the query 苧 (or 苎) searched for 苎, and only 薴 itself found it.
"""

from __future__ import annotations

import bisect
import re
import sys
from array import array
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

# Invisible characters PDF extraction leaves behind; removed like whitespace.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_FULLWIDTH_FIRST, _FULLWIDTH_LAST, _FULLWIDTH_SHIFT = 0xFF01, 0xFF5E, 0xFEE0

NORMALIZATION_VERSION = 2
"""Bump when the mapping changes: an index built with another version must be rebuilt (the search index
records the version it was built with, and opening the library rebuilds it; see ``search/index.py``).
2: t2s chains resolved to their end (薴 → 苎, not 苧)."""


@lru_cache(maxsize=1)
def t2s_alternatives() -> dict[str, tuple[str, ...]]:
    """OpenCC's t2s single-character table: each traditional character with its simplified alternatives,
    in OpenCC's order (乾 → 干 乾). No public API lists them, so this is the one place that reads the
    converter's loaded dictionaries (the folding table here, the tagger's names: ``tagging/script.py``)."""
    import opencc

    converter = opencc.OpenCC("t2s")
    converter.convert("")  # loads the dictionaries
    return {key: tuple(value.split(" ")) for group in converter._dict_chain_data
            for max_len, _min_len, mapping in group if max_len == 1  # the phrase tables: deliberately unused
            for key, value in mapping.items()}


@lru_cache(maxsize=1)
def _t2s_characters() -> dict[int, str]:
    """The t2s single-character table as ``{codepoint: simplified}`` (first alternative only)."""
    return {ord(key): values[0] for key, values in t2s_alternatives().items()
            if values[0] != key and len(values[0]) == 1}


_FOLD_BLOCK = 256
_SPACE = re.compile(r"\s")
"""A character ``str.isspace`` is true of (``re`` tests ``\\s`` with the same Unicode property)."""


def _fold_table() -> dict[int, str | None]:
    """Whitespace and invisibles removed, full-width ASCII to half-width, every letter lower-cased.

    Only the blocks of :data:`_FOLD_BLOCK` code points that hold a space or change when lower-cased are
    looked at character by character (26 of 4,352): the first :func:`normalize` of every process
    builds this table (an import's writer and each helper): 0.14 CPU s testing all 1.1 million one
    by one, 0.05 s this way. A block equal to its lower case holds no character that changes, as every
    character lower-cases to at least one."""
    table: dict[int, str | None] = {}
    every = _every_character()
    for first in range(0, len(every), _FOLD_BLOCK):
        block = every[first:first + _FOLD_BLOCK]
        if block.lower() == block and _SPACE.search(block) is None:
            continue
        for code, char in enumerate(block, first):
            if char.isspace():
                table[code] = None
            elif char.lower() != char:
                lowered = char.lower()
                table[code] = lowered if len(lowered) == 1 else lowered[0]  # U+0130 İ → i
    for code in range(_FULLWIDTH_FIRST, _FULLWIDTH_LAST + 1):
        table[code] = chr(code - _FULLWIDTH_SHIFT).lower()
    for char in _INVISIBLE:
        table[ord(char)] = None
    return table


def _every_character() -> str:
    """Every code point in order, surrogates included, as one string (made from an array of code points
    in C: a quarter of the time of a ``chr`` per code point)."""
    return array("I", range(sys.maxunicode + 1)).tobytes().decode(NATIVE_UTF32, "surrogatepass")


NATIVE_UTF32 = f"utf-32-{'le' if sys.byteorder == 'little' else 'be'}"
"""UTF-32 in this machine's byte order: the bytes of an ``array("I")`` of code points, and back."""


@lru_cache(maxsize=1)
def _table() -> dict[int, str | None]:
    """The whole normalisation as one translate table (built once, ~5,600 entries), chains resolved."""
    return _resolved({**_t2s_characters(), **_fold_table()})


def _resolved(table: dict[int, str | None]) -> dict[int, str | None]:
    """``table`` with every chain followed to its end (a → b, b → c gives a → c), so that applying it
    twice changes nothing. A cycle (none is known) stops where it would revisit a character."""
    resolved: dict[int, str | None] = {}
    for code, value in table.items():
        seen = {code}
        while value is not None and ord(value) in table and ord(value) not in seen:
            seen.add(ord(value))
            value = table[ord(value)]
        resolved[code] = value
    return resolved


def to_simplified(text: str) -> str:
    """``text`` with every traditional character replaced by its simplified one, and nothing else changed.

    Length-preserving (one character for one), so an offset into the result is an offset into ``text``:
    the parser and the tagger read traditional gazettes through it and keep the original characters."""
    return text.translate(_t2s_table())


@lru_cache(maxsize=1)
def _t2s_table() -> dict[int, str]:
    """The t2s character table with chains resolved (as in :func:`normalize`), no folding."""
    return {code: value for code, value in _resolved(dict(_t2s_characters())).items() if value is not None}


@lru_cache(maxsize=1)
def _traditional() -> frozenset[str]:
    return frozenset(chr(code) for code in _t2s_characters())


@lru_cache(maxsize=1)
def _removed_run() -> re.Pattern[str]:
    removed = "".join(chr(code) for code, value in _table().items() if value is None)
    return re.compile("[" + re.escape(removed) + "]+")


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
"""A character beyond the Basic Multilingual Plane (one the BMP table does not cover)."""


@lru_cache(maxsize=1)
def _bmp_table() -> list[str | int | None]:
    """:func:`_table` as a list indexed by code point over the BMP (unmapped: the code point itself, an
    int: half the memory of a one-character string). ``str.translate`` indexes a list about twice as
    fast as it looks up a dict."""
    table = _table()
    return [table.get(code, code) for code in range(0x10000)]


def normalize(text: str) -> str:
    """The search form of ``text``: simplified, half-width, lower-case, without whitespace."""
    if _ASTRAL.search(text) is None:
        return text.translate(_bmp_table())
    return text.translate(_table())


@lru_cache(maxsize=1)
def _preimages() -> dict[str, tuple[str, ...]]:
    """Normalised character → every character that normalises to it (itself included)."""
    found: dict[str, set[str]] = {}
    for code, value in _table().items():
        if value is not None and len(value) == 1:
            found.setdefault(value, {value}).add(chr(code))
    return {char: tuple(sorted(chars)) for char, chars in found.items()}


def spellings(norm: str, *, limit: int = 64) -> list[str] | None:
    """Every string whose normal form is ``norm`` (e.g. 宋洁 → 宋洁, 宋潔), so a stored name can be
    found with an index look-up instead of normalising every row; None when there would be more than
    ``limit`` (long Latin names: each letter has four spellings), and the caller must scan instead."""
    options = [_preimages().get(char, (char,)) for char in norm]
    count = 1
    for chars in options:
        count *= len(chars)
        if count > limit:
            return None
    return ["".join(combo) for combo in product(*options)]


def has_traditional(text: str) -> bool:
    """True when ``text`` contains a character that t2s would change.

    Two character classes searched in C, ten times as fast as testing each character against a set: the
    BMP's traditional characters, and the astral ones only in a text that has an astral character (a
    class mixing both tests every character against the astral ones one by one)."""
    bmp, astral = _traditional_classes()
    return bmp.search(text) is not None or (_ASTRAL.search(text) is not None and astral.search(text) is not None)


@lru_cache(maxsize=1)
def _traditional_classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Character classes of the traditional characters within and beyond the BMP (``(?!)``: none)."""
    chars = sorted(_traditional())
    return tuple(re.compile("[" + "".join(map(re.escape, part)) + "]" if part else "(?!)")  # type: ignore[return-value]
                 for part in ([c for c in chars if c <= "\uffff"], [c for c in chars if c > "\uffff"]))


@dataclass(frozen=True)
class OffsetMap:
    """Maps offsets in a normalised string back to the original (only removals shift them).

    Stored as the start of every kept run in both strings, so a page of articles costs a few dozen
    integers each rather than one per character. Offsets are Python ``str`` indices (code points); Qt
    wants UTF-16 code units, which differ once a non-BMP character (e.g. 𠮷) precedes the offset.
    """

    norm_starts: tuple[int, ...]
    orig_starts: tuple[int, ...]

    def to_original(self, index: int) -> int:
        """The original offset of the normalised character at ``index``."""
        run = bisect.bisect_right(self.norm_starts, index) - 1
        return self.orig_starts[run] + index - self.norm_starts[run]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering normalised ``[start, end)`` (``end > start``)."""
        return self.to_original(start), self.to_original(end - 1) + 1


def normalize_with_map(text: str) -> tuple[str, OffsetMap]:
    """:func:`normalize` plus the map from its offsets back to ``text``."""
    norm_starts, orig_starts = [0], [0]
    kept = 0
    for removed in _removed_run().finditer(text):
        kept += removed.start() - orig_starts[-1]
        norm_starts.append(kept)
        orig_starts.append(removed.end())
    return normalize(text), OffsetMap(tuple(norm_starts), tuple(orig_starts))
