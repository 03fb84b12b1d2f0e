"""Find officials (leaders) and experts in an article's text.

Four signals, in order of strength, all driven by the files in ``resources/dict``:

1. a title right before a name (``区委副书记、区长耿勇军``): the title is extended leftwards over its
   organ and level prefix and over ``、``-joined titles, and kept as written;
2. a list introduced by a marker (``区领导宋双兴、虎荣鑫``) or closed by ``等`` + marker
   (``耿勇军、李新军等区领导``);
3. a name already known as a leader (from this article or anywhere in the library) standing alone
   (``宋洁指出``) — see :func:`find_standalone`;
4. experts (``郭献功教授``, ``刘会永博士``) are reported with role ``expert`` so they are never leaders.

Where a name ends is decided by evidence after it (punctuation, a follower word such as 主持/带领/等),
then by names already known, then by jieba's dictionary (a word starting right after the name), and
only then by the default of a three-character name. jieba is consulted only for those rare ambiguous
spans and for two-character names, never to segment whole texts, which keeps tagging fast.

Traditional text (``市長 黃偉哲``) is read through :func:`~gazette_reader.text.normalize.to_simplified`,
which maps one character to one: every rule and dictionary is written once, in simplified characters,
the offsets found are offsets into the original text, and names and titles come out simplified, the
canonical key (宋潔 and 宋洁 are one person). ``known`` names are simplified too. A caller that runs
several finders over one text converts it once with :func:`simplified`; the finders then skip the pass.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass

from gazette_reader.tagging.lexicon import Lexicon, char_class, lexicon
from gazette_reader.text import segment
from gazette_reader.text.normalize import has_traditional, to_simplified

LEADER = "leader"
EXPERT = "expert"
MAX_TITLE = 24
"""Longest title we accept as written, in characters (``市疫情防控办第二督导组组长`` is 13)."""
COMMON_WORD_FREQ = 300
"""A two-character "name" this frequent in jieba's corpus is a word (项目, 文明), not a person."""
EXPERT_RE = re.compile(r"(?:副教授|教授|博士|研究员|院士|专家)")
GAP_RE = re.compile(r"[ \t\u3000\xa0]{1,3}")
"""Spaces PDF extraction leaves between a title and its name (``区委书记 宋洁``)."""


@dataclass(frozen=True)
class Mention:
    """One person found in a text: name, title as written there (or None), span and role."""

    name: str
    title: str | None
    start: int
    end: int
    role: str = LEADER


class Simplified(str):
    """A text known to be in simplified characters (:func:`simplified` made it): finders take it as is."""

    __slots__ = ()


def simplified(text: str) -> Simplified:
    """``text`` with traditional characters simplified, one for one (offsets hold); converted once.

    The check for traditional characters runs about twice as fast as the conversion, so simplified
    text (most gazettes) pays only for the check, and a :class:`Simplified` text for nothing."""
    if isinstance(text, Simplified):
        return text
    return Simplified(to_simplified(text) if has_traditional(text) else text)


def is_cjk(ch: str) -> bool:
    """True for a CJK unified ideograph (names and titles are made only of these)."""
    return "\u4e00" <= ch <= "\u9fff"


def _ends_name(lex: Lexicon, text: str, j: int) -> bool:
    """Evidence that a name ends right before ``text[j]``: end of text, punctuation or a follower."""
    return j >= len(text) or not is_cjk(text[j]) or lex.follower_at(text, j)


def _valid_name(lex: Lexicon, name: str) -> bool:
    """A plausible personal name: CJK only, no title word inside, not ending in a particle."""
    if not all(is_cjk(c) for c in name) or name[-1] in lex.particles:
        return False
    if lex.head_re.search(name, 1):
        return False
    return len(name) != 2 or segment.word_freq(name) < COMMON_WORD_FREQ


def _runs_into_head(lex: Lexicon, text: str, i: int, n: int) -> bool:
    """True when a title head starts inside the candidate name (任组|长: 任 + 组长, not a name)."""
    m = lex.head_re.search(text, i + 1, i + n + 4)
    return m is not None and m.start() < i + n


def name_at(text: str, i: int, known: Collection[str] = ()) -> int:
    """Length of the personal name starting at ``text[i]`` (2–4 characters), or 0 when there is none."""
    lex = lexicon()
    surname = lex.surname_at(text, i) if i < len(text) else 0
    if not surname:
        return 0
    lengths = [n for n in (surname + 2, surname + 1) if i + n <= len(text)]
    for n in lengths:
        if text[i:i + n] in known:
            return n
    candidates = [n for n in lengths if _valid_name(lex, text[i:i + n]) and not _runs_into_head(lex, text, i, n)]
    for n in candidates:
        if _ends_name(lex, text, i + n):
            return n
    for n in candidates:
        if segment.is_word(text[i + n:i + n + 2]) and not segment.is_word(text[i + n - 1:i + n + 1]):
            return n
    return candidates[0] if candidates else 0


def _ends_with_head(lex: Lexicon, text: str, j: int) -> bool:
    """True when ``text[:j]`` ends with a title head (so a ``、`` at ``j`` joins two titles)."""
    return any(text.endswith(h, 0, j) for h in lex.heads)


def title_start(text: str, head_start: int) -> int:
    """Where the title ending in the head at ``head_start`` begins, extending over its prefixes."""
    lex = lexicon()
    j, floor = head_start, max(0, head_start - MAX_TITLE)
    while j > floor:
        ch = text[j - 1]
        if ch == "、" and _ends_with_head(lex, text, j - 1):
            j -= 1
            continue
        if not is_cjk(ch) or lex.before_title_at(text, j):
            break
        j -= 1
    return j


def titled_mentions(text: str, known: Collection[str] = ()) -> list[Mention]:
    """Names right after an official title, with the title as written (signal 1)."""
    lex = lexicon()
    found: list[Mention] = []
    for m in lex.head_re.finditer(text):
        if lex.masked(text, m.start()):
            continue
        gap = GAP_RE.match(text, m.end())
        i = gap.end() if gap else m.end()
        n = name_at(text, i, known)
        if not n:
            continue
        title = text[title_start(text, m.start()):m.end()]
        if any(w in title for w in lex.non_official):
            continue
        found.append(Mention(text[i:i + n], title, i, i + n))
    return found


def _names_forward(text: str, i: int, known: Collection[str]) -> Iterable[Mention]:
    """A ``、``-separated run of names starting at ``text[i]``."""
    while (n := name_at(text, i, known)):
        yield Mention(text[i:i + n], None, i, i + n)
        i += n
        if text[i:i + 1] != "、":
            return
        i += 1


def _name_before(text: str, q: int, known: Collection[str]) -> int:
    """Start of a name ending at ``text[q]`` in a list closed by 等 (0-length names give -1)."""
    lex = lexicon()
    spans = [q - n for n in (4, 3, 2) if q - n >= 0]
    fits = [s for s in spans if lex.surname_at(text, s) and _valid_name(lex, text[s:q])
            and (q - s < 4 or lex.surname_at(text, s) == 2)]
    for s in fits:
        if text[s:q] in known or s == 0 or not is_cjk(text[s - 1]) or text[s - 1] == "、":
            return s
    return fits[-1] if fits else -1


def _names_backward(text: str, q: int, known: Collection[str]) -> Iterable[Mention]:
    """A ``、``-separated run of names ending at ``text[q]``, walking leftwards."""
    while (s := _name_before(text, q, known)) >= 0:
        yield Mention(text[s:q], None, s, q)
        if s == 0 or text[s - 1] != "、":
            return
        q = s - 1


def listed_mentions(text: str, known: Collection[str] = ()) -> list[Mention]:
    """Names in lists of officials: ``区领导A、B`` and ``A、B等区领导`` (signal 2)."""
    lex = lexicon()
    found: list[Mention] = []
    for m in lex.list_before_re.finditer(text):
        found.extend(_names_forward(text, m.end(), known))
    for m in lex.list_after_re.finditer(text):
        found.extend(_names_backward(text, m.start(), known))
    return found


def expert_mentions(text: str) -> list[Mention]:
    """Professors, doctors and researchers named right before their academic title (signal 4)."""
    lex = lexicon()
    found: list[Mention] = []
    for m in EXPERT_RE.finditer(text):
        for n in (3, 2):
            s = m.start() - n
            if s >= 0 and lex.surname_at(text, s) and _valid_name(lex, text[s:m.start()]):
                found.append(Mention(text[s:m.start()], m.group(), s, m.start(), EXPERT))
                break
    return found


def _overlaps(span: tuple[int, int], taken: Iterable[tuple[int, int]]) -> bool:
    """True when ``span`` shares a character with any span in ``taken``."""
    return any(span[0] < e and s < span[1] for s, e in taken)


def merge(*groups: Iterable[Mention]) -> list[Mention]:
    """Mentions in text order, dropping any that overlaps an earlier-listed (stronger) one."""
    kept: list[Mention] = []
    for group in groups:
        for mention in group:
            if not _overlaps((mention.start, mention.end), [(k.start, k.end) for k in kept]):
                kept.append(mention)
    return sorted(kept, key=lambda k: k.start)


def find_named(text: str, known: Collection[str] = ()) -> list[Mention]:
    """Leaders introduced by a title or a list, plus experts: everything but standalone names."""
    text = simplified(text)
    return merge(titled_mentions(text, known), listed_mentions(text, known), expert_mentions(text))


def _standalone_ok(text: str, s: int, e: int) -> bool:
    """Reject a known two-character name that is really part of surrounding words (扩张超过 ≠ 张超)."""
    if e - s > 2:
        return True
    return not (segment.is_word(text[max(s - 1, 0):s + 1]) or segment.is_word(text[e - 1:e + 1]))


class NameIndex:
    """Known names found left to right, longest first, without a regex alternation.

    A regex over every known leader cost time in proportion to the number of names (compiling it, and
    trying it at each position); a library invents a new official in most articles, so that grew with
    the library. Here each name is filed under its first character with the lengths seen for that
    character, so a scan costs O(len(text) × lengths per character) whatever the number of names.
    Matches are exactly those of the old ``re.finditer`` over a longest-first alternation:
    leftmost, then longest, never overlapping.
    """

    def __init__(self, names: Iterable[str]) -> None:
        self._names = frozenset(n for n in names if n)
        lengths: dict[str, set[int]] = {}
        for name in self._names:
            lengths.setdefault(name[0], set()).add(len(name))
        self._lengths = {ch: tuple(sorted(ls, reverse=True)) for ch, ls in lengths.items()}
        self._starts = char_class(set(self._lengths))

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, name: object) -> bool:
        return name in self._names

    def _longest_at(self, text: str, i: int) -> int:
        """Length of the longest known name starting at ``text[i]``, 0 when none does."""
        for n in self._lengths.get(text[i], ()):
            if i + n <= len(text) and text[i:i + n] in self._names:
                return n
        return 0

    def finditer(self, text: str) -> Iterator[tuple[int, int]]:
        """``(start, end)`` of each known name in ``text``, the way ``re.finditer`` would report them.

        Jumps (in C) to the next position holding a name's first character: cost follows the text."""
        i = self._next_start(text, 0)
        while i >= 0:
            n = self._longest_at(text, i)
            if n:
                yield i, i + n
            i = self._next_start(text, i + (n or 1))

    def _next_start(self, text: str, i: int) -> int:
        """The first position from ``i`` holding a name's first character, -1 when there is none."""
        m = self._starts.search(text, i)
        return m.start() if m else -1

    def occurs_in(self, text: str) -> bool:
        """Whether any known name occurs in ``text`` (cheap test before a database look-up)."""
        return next(self.finditer(text), None) is not None


def name_index(names: Iterable[str]) -> NameIndex | None:
    """A :class:`NameIndex` over ``names``; None when there are none (nothing can stand alone)."""
    index = NameIndex(names)
    return index if len(index) else None


def find_standalone(text: str, index: NameIndex | None,
                    taken: Iterable[tuple[int, int]] = ()) -> list[Mention]:
    """Known leaders named alone (``宋洁指出``), skipping spans already tagged (signal 3)."""
    if index is None:
        return []
    text = simplified(text)
    spans = list(taken)
    found: list[Mention] = []
    for s, e in index.finditer(text):
        if not _overlaps((s, e), spans) and _standalone_ok(text, s, e):
            found.append(Mention(text[s:e], None, s, e))
    return found


def find_leaders(text: str, known: Collection[str] = ()) -> list[Mention]:
    """All people in one text: named leaders and experts, then known leaders standing alone."""
    text = simplified(text)
    named = find_named(text, known)
    names = set(known) | {k.name for k in named if k.role == LEADER}
    alone = find_standalone(text, name_index(names), [(k.start, k.end) for k in named])
    return merge(named, alone)
