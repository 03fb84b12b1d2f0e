"""Where a personal name starts and ends, in simplified text.

A name is a surname (``resources/dict/surnames.txt``) and one or two given characters. Where it ends is
decided by the evidence right after it, weighed in three grades:

* strong: the end of the text, punctuation, or a follower word of two or more characters (宋洁|主持,
  陈红民|主持 even though 民主 is a word);
* weak: a one-character follower (李杰|等, 耿勇军|和) — unless the name's last character and that
  follower make a word, which means the follower belongs to the text, not to the name (徐望|来到, not
  徐望来|到);
* none.

A surname that is also a particle reads as the particle unless the evidence after the name says
otherwise and its given name is no word (省长|和|下岗职工: 和 joins, 下岗 is a word). Two kinds of candidate need strong evidence, because the text reads as well
without a name: a name ending in a particle that also ends names (康正和|出席, but 李杰|和张超), and a
name whose surname is not in the list (副旗长福青|一行, 副市长隽新阳|，), the latter only where a title or
a list of officials says that a name follows. A candidate is never a common word (项目), never starts
with one (习近平总书记|关于加强: 关于 is no name) and never has a title head inside it.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from gazette_reader.tagging.lexicon import Lexicon, lexicon
from gazette_reader.text import segment

STRONG, WEAK, NONE = 2, 1, 0
COMMON_WORD_FREQ = 300
"""A two-character "name" this frequent in jieba's corpus is a word (项目, 文明), not a person."""
COMMON_START_FREQ = 300
"""A three-character name whose surname and first given character make a word this frequent (关于,
应邀 364) is a fragment of text unless strong evidence ends it (朱德光|，). Real names start with rarer
words (万国伟: 155, 席卷澜: 271)."""
ASPECT = frozenset("着了过")
"""Aspect particles: the character before one is a verb, so a name ends before that character."""
NEVER_FIRST = frozenset("一二三四五六七八九十百千万两们")
ADVERB_GLUE = frozenset("就也还都又才便却")
"""Adverbs that glue to the verb after them: a name guessed without evidence after it never has one for
its first given character (担任议长时就很注重: 时 is "when", not a surname)."""
"""Characters no name starts with whose surname is not in the list: numbers, the plural 们 (委员们)."""


CJK_RE = re.compile("[\u4e00-\u9fff]+")
_NUMERAL_DAY_RE = re.compile("[一二三四五六七八九十]{1,3}日")
"""A day in Chinese numerals right after a name (新竹縣長楊文科|四日主持): a date, which no name runs into."""


def is_cjk(ch: str) -> bool:
    """True for a CJK unified ideograph (names and titles are made only of these)."""
    return "\u4e00" <= ch <= "\u9fff"


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, int]:
    """jieba's word frequencies, fetched once: the look-ups below are the tagger's inner loop, and
    :func:`segment.word_freq` takes the tokenizer's lock on every call."""
    return segment.tokenizer().FREQ


def word_freq(word: str) -> int:
    """jieba's corpus frequency for ``word``; 0 when it is not a dictionary word."""
    return _frequencies().get(word) or 0


def is_word(word: str, min_freq: int = 20) -> bool:
    """True when ``word`` is a reasonably common dictionary word (rare entries are noise)."""
    return (_frequencies().get(word) or 0) >= min_freq  # word_freq inlined: the tagger's innermost call


def end_evidence(lex: Lexicon, text: str, j: int) -> int:
    """How strongly the text at ``j`` shows that a name ended right before it (STRONG, WEAK, NONE)."""
    if j >= len(text) or not is_cjk(text[j]):
        return STRONG
    if text[j] in NEVER_FIRST and _NUMERAL_DAY_RE.match(text, j):
        return STRONG
    n = lex.follower_len(text, j)
    if n >= 2 or (n == 1 and (lex.head_re.match(text, j + 1) or lex.follower_len(text, j + 1) >= 2)):
        return STRONG  # 主持, 一行; 为 + a title (以朱建和|为组长); a particle + a follower (高明伟|的带领)
    if n == 1 and not is_word(text[j - 1:j + 1]):
        return WEAK
    if text[j + 1:j + 2] in ASPECT and is_cjk(text[j]) and not is_word(text[j - 1:j + 1]):
        return WEAK  # a one-character verb and its aspect particle: 陈辉|拿着, 楼海燕|有了 (not 胡茂发解|读了)
    if lex.head_re.match(text, j) and not is_word(text[j - 1:j + 1]):
        return WEAK  # a title head: someone's aide named after him (议长童子玮|秘书杨文河)
    return NONE


_JOINERS = frozenset("和与及暨同跟并")
"""Particles that join two people (市长和|海燕): before a given name jieba tags as a name they still join,
where an adverb (曾) before one is a surname (副议长曾|俊杰)."""


def plausible(lex: Lexicon, name: str, *, titled: bool = False) -> bool:
    """A candidate that could be a personal name: CJK only, no title head inside, not ending in a
    particle that never ends names, not a common word, no organ or meeting for a given name (周例会); a particle for a surname only before a given name that is no word (和|下岗), or
    one jieba tags as a name where a title says a name follows (``titled``: 副议长曾|俊杰, 俊杰 nr; not 市长曾|到访)."""
    if not CJK_RE.fullmatch(name) or (name[-1] in lex.particles and name[-1] not in lex.name_final):
        return False
    if lex.head_re.search(name, 1):
        return False
    if name[0] in lex.particles and len(name) > 2 and is_word(name[1:]) \
            and not (titled and name[0] not in _JOINERS and name[1:] in segment.name_tagged_pairs()):
        return False
    if len(name) == 2:
        return word_freq(name) < COMMON_WORD_FREQ
    return not (name[-1] in lex.organ_ends and is_word(name[-2:]))  # 周例会: a meeting


def needs_strong(lex: Lexicon, name: str, surname: int = 1, *, titled: bool = False) -> bool:
    """True for a candidate the text reads as well without, so that only strong evidence after it
    decides: a name ending in a particle that also ends names (康正和, or 康正 + 和), and a name whose
    surname and first given character make a common word (关于|加强, 应邀|出席; but 朱德光|，), unless
    a title or a list says a name follows (``titled``) and jieba tags the word as a name (刘家 nrfg): a
    particle after the name will do there (主席刘家玮|及; not 书记关于…, 关于 a preposition, nor 全体)."""
    if name[-1] in lex.name_final:
        return True
    if len(name) != 3 or surname != 1 or word_freq(name[:2]) < COMMON_START_FREQ:
        return False
    return not titled or name[:2] not in name_tagged_words()


@lru_cache(maxsize=1)
def name_tagged_words() -> frozenset[str]:
    """Common two-character words jieba's dictionary tags as (parts of) personal names (nr, nrfg, nrt:
    刘家, 张家, 高明): a title before one of them may start a name."""
    return frozenset(word for word, (freq, _) in segment.name_tagged_pairs().items() if freq >= COMMON_START_FREQ)


def _starts_word(text: str, i: int, n: int) -> bool:
    """True when the candidate is the start of a longer dictionary word, however rare (施政|报告: 施政报告;
    周恩|来). A rare word one character longer does not count when its last character starts a common
    word: jieba lists rare full names (张伟进), and 张伟|进行 reads 进行, not a 张伟进 who 行."""
    longer = word_freq(text[i:i + n + 1])
    if longer and (longer >= 20 or word_freq(text[i + n:i + n + 2]) < COMMON_WORD_FREQ):
        return True
    return word_freq(text[i:i + n + 2]) > 0


RANK_ENDS = frozenset("副代")
"""The last characters of a rank (副, 代): a candidate ending in one right before a title head ends in that
title's rank (副县长和|副秘书长, 、高雄市|副秘书长王启川), not in a given name."""


def _runs_into_head(lex: Lexicon, text: str, i: int, n: int) -> bool:
    """True when a title head starts inside the candidate name (任组|长: 任 + 组长, not a name), or right after
    it when the candidate ends in a rank (:data:`RANK_ENDS`)."""
    m = lex.head_re.search(text, i + 1, i + n + 4)
    return m is not None and (m.start() < i + n or (m.start() == i + n and text[i + n - 1] in RANK_ENDS))


def name_at(text: str, i: int, known: Collection[str] = (), *, any_surname: bool = False) -> int:
    """Length of the personal name starting at ``text[i]`` (2–4 characters), or 0 when there is none.

    A name already known (``known``) is taken where the evidence allows it, but does not override the
    evidence for a longer one (东区区议会主席黄建彬|和: a 黄建 known from elsewhere is someone else).

    ``any_surname``: the context says a name must follow (a title, a list of officials), so a name whose
    surname is not in the list is accepted on strong evidence."""
    lex = lexicon()
    if n := _dotted_at(lex, text, i):
        return n
    surname = lex.surname_at(text, i) if i < len(text) else 0
    if not surname:
        return (_unlisted_at(lex, text, i) or _romanized_at(text, i)) if any_surname else 0
    lengths = [n for n in (surname + 2, surname + 1) if i + n <= len(text)]
    known_here = [n for n in lengths if text[i:i + n] in known]
    for n in known_here:
        if end_evidence(lex, text, i + n) >= WEAK:
            return n
    candidates = [n for n in lengths if plausible(lex, text[i:i + n], titled=any_surname)
                  and not _runs_into_head(lex, text, i, n)
                  and not _starts_word(text, i, n)]
    for n in candidates:
        need = STRONG if needs_strong(lex, text[i:i + n], surname, titled=any_surname) else WEAK
        if end_evidence(lex, text, i + n) >= need:
            return n
    if any_surname and (n := _only_reading(lex, text, i, surname, candidates)):
        return n
    if any_surname and (n := _particle_surname_at(lex, text, i, surname)):
        return n
    if any_surname and (n := _organ_word_name_at(lex, text, i, lengths[:1])):
        return n
    if any_surname and (n := _word_name_at(lex, text, i, surname)):
        return n
    if n := _long_at(lex, text, i, surname):
        return n
    if known_here:
        return known_here[0]  # a known name without evidence still beats a guess (张三|丰收)
    if any_surname and (n := _unlisted_at(lex, text, i)) and not _swallows_word(text, i, n, candidates[:1]):
        return n  # a longer name than the surname allows for (副区长巴桑罗布、)
    if surname == 1 and _plain_word(text[i:i + 2]):
        return 0  # no guess where surname and given make a plain word (党建|述职会, 党建|工作)
    if text[i + surname:i + surname + 1] in ADVERB_GLUE:
        return 0  # 担任议长|时就很注重: 时 (when) and an adverb, no name
    guesses = [n for n in candidates if not needs_strong(lex, text[i:i + n], surname)]
    for n in guesses:
        if word_follows(text, i + n) and not is_word(text[i + n - 1:i + n + 1]):
            return n
    if text[i] in lex.particles or not guesses or guesses[0] != lengths[0]:
        return 0  # no default for a particle surname (省长和|下岗职工), nor for a short name (周例|会)
    if _eats_verb(text, i, guesses):
        return guesses[1]  # 刘正|传达了, not 刘正传|达了
    return guesses[0]


def _only_reading(lex: Lexicon, text: str, i: int, surname: int, candidates: list[int]) -> int:
    """The full-length name where a title says a name follows and the shorter reading is a common word, on
    weak evidence after it (市长王国先|与王光庆: 王国 is a word, no name; a name must follow the title, and 王国先
    is the only one the text gives). 0 otherwise."""
    full = surname + 2
    if not candidates or candidates[0] != full or plausible(lex, text[i:i + full - 1]):
        return 0
    return full if end_evidence(lex, text, i + full) >= WEAK else 0


def _swallows_word(text: str, i: int, n: int, candidates: list[int]) -> bool:
    """True when a reading ``n`` long takes in a dictionary word, however rare, that starts right after a
    plausible shorter candidate: a verb the shorter name is followed by (县长钟东锦|裁示, |核示: rare words,
    which no follower list holds), while 巴桑罗布's 布 starts none."""
    return any(c < n and word_freq(text[i + c:i + c + 2]) > 0 for c in candidates)


def _eats_verb(text: str, i: int, guesses: list[int]) -> bool:
    """True when the longer guess takes the first character of a common word that follows the shorter one
    (刘正传|达了: 传达), no word follows the longer one, and that word is more common than the one the
    longer name's last two characters make: the shorter name then ends cleanly (not 苏建|设在致辞: 建设)."""
    if len(guesses) < 2 or guesses[1] != guesses[0] - 1:
        return False
    j = i + guesses[1]
    verb = word_freq(text[j:j + 2])
    return verb >= COMMON_WORD_FREQ and verb > word_freq(text[j - 1:j + 1]) and not word_follows(text, j + 1)


def _plain_word(name: str) -> bool:
    """True for a two-character candidate that is a dictionary word jieba does not know as a personal name
    (党建|工作: no 党建 who 工作; but 高峰 is a name too)."""
    return len(name) == 2 and is_word(name) and name not in segment.person_words()


PRESENCE = ("参加", "出席", "主持", "陪同", "带队", "一行")
"""Verbs of presence, which take no phrase of a preposition before them: after 向福建 only a name reads."""


def _particle_surname_at(lex: Lexicon, text: str, i: int, surname: int) -> int:
    """After a title, a surname that is also a preposition (向, 和) and a given name that is a word, a place
    even (县人大常委会副主任向福建|参加慰问): a name where a verb of presence follows, else 0."""
    n = surname + 2
    if (surname != 1 or text[i] not in lex.particles or not text.startswith(PRESENCE, i + n)
            or not CJK_RE.fullmatch(text[i:i + n]) or lex.head_re.search(text, i + 1, i + n)):
        return 0
    return n


def _organ_word_name_at(lex: Lexicon, text: str, i: int, lengths: list[int]) -> int:
    """After a title, a three-character name whose given name is a word ending like an organ (县长杨文科|主持:
    文科, as 周例会 is a meeting): taken only where a word that ends names or a date follows (主持, 四日,
    4日), not at a stop (召开县长周例会。), else 0."""
    n = lengths[0] if lengths else 0
    name = text[i:i + n]
    if n != 3 or name[-1] not in lex.organ_ends or not is_word(name[-2:]):
        return 0
    if not CJK_RE.fullmatch(name) or lex.head_re.search(name, 1) or _starts_word(text, i, n):
        return 0
    j = i + n
    return n if lex.follower_len(text, j) >= 2 or text[j:j + 1].isdecimal() or _NUMERAL_DAY_RE.match(text, j) else 0


def _word_name_at(lex: Lexicon, text: str, i: int, surname: int) -> int:
    """After a title, a surname and one given character that make a common word the dictionary also
    knows as a personal name (县委书记高峰|出席: 高峰), when a word that ends names follows it (出席, 主持,
    讲话, 指出): 2, else 0. Adverbs never pass (书记明确|指出: 明确 is no name)."""
    n = surname + 1
    if n != 2 or i + n > len(text) or text[i] in lex.particles or text[i:i + n] not in segment.person_words():
        return 0
    return n if end_evidence(lex, text, i + n) >= WEAK and not _runs_into_head(lex, text, i, n) else 0


DOTTED_RE = re.compile("[\u4e00-\u9fff]{1,8}(?:[·•・‧][\u4e00-\u9fff]{1,8})+")
"""A transliterated name, its parts joined by a middle dot (差瓦立·永猜裕, 阿不都热合曼·阿布都拉)."""


def _dotted_at(lex: Lexicon, text: str, i: int) -> int:
    """Length of a dotted name at ``text[i]``, its last part ending where a follower or a particle
    starts (差瓦立·永猜裕|时), 0 when there is none."""
    m = DOTTED_RE.match(text, i)
    if not m:
        return 0
    last = max(m.group().rfind(dot) for dot in "·•・‧") + i + 1
    for j in range(last + 1, m.end() + 1):
        if j == m.end() or lex.follower_len(text, j) or text[j] in lex.particles or lex.before_title_at(text, j + 1):
            return j - i
    return m.end() - i


ROMANIZED_RE = re.compile("[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,3} ?[\u4e00-\u9fff]{2,6}(?=[、，,。；;及和与])")
"""An indigenous name in romanization (capitalized words) and then in characters (Ingay Tali颖艾达利),
ended by punctuation or a conjunction; no acronym (PPT课件)."""


def _romanized_at(text: str, i: int) -> int:
    """Length of a romanized-and-transliterated name at ``text[i]`` where a title or a list says a name
    follows (市议员黄肇辉、Ingay Tali颖艾达利、林燕祝), 0 when there is none."""
    m = ROMANIZED_RE.match(text, i)
    return m.end() - i if m else 0


def _long_at(lex: Lexicon, text: str, i: int, surname: int) -> int:
    """A surname and three given characters (罗古阿吉|说: Yi and Tibetan names) when the shorter readings
    had no evidence and this one has, and its given characters make no common word."""
    n = surname + 3
    name = text[i:i + n]
    if (len(name) < n or not plausible(lex, name) or _has_common_word(name[surname - 1:]) or word_follows(text, i + n - 1)
            or _runs_into_head(lex, text, i, n)):
        return 0  # 胡茂发|解读: the last character starts a word; 高雄市副|秘书长: a rank
    return n if end_evidence(lex, text, i + n) >= WEAK else 0


def _unlisted_at(lex: Lexicon, text: str, i: int) -> int:
    """A 2–5 character name not made of a listed surname and one or two given characters (福青|一行,
    隽新阳|，, 巴桑罗布|、, 宝音满都呼|，), on strong evidence only; never an organ (发改局), a count
    (李安妤四人) nor made of common words."""
    if (i >= len(text) or text[i] in lex.particles or text[i] in NEVER_FIRST or lex.before_title_at(text, i + 1)
            or lex.follower_len(text, i) >= 2):
        return 0  # 们; 督导我区: a follower starts no name
    for n in (2, 3, 4, 5):
        name = text[i:i + n]
        if (len(name) == n and plausible(lex, name) and name[-1] not in lex.organ_ends
                and NEVER_FIRST.isdisjoint(name)
                and word_freq(name) < 20 and not _has_common_word(name)
                and not _runs_into_head(lex, text, i, n) and end_evidence(lex, text, i + n) == STRONG
                and (_two_end(lex, text, i + n) if n == 2 else not word_follows(text, i + n - 1))):
            return n  # two characters only before a follower word (福青|一行; not 总统|唁电。); a longer
            # name's last character starts no word (游淑贞亲|率: 亲率)
    return 0


NEXT_CLAUSE_RE = re.compile("[，、；][\u4e00-\u9fff]{2,16}")
"""The clause after a comma, up to the next punctuation (where the next titled name's title stands)."""


def _two_end(lex: Lexicon, text: str, j: int) -> bool:
    """True when a two-character name whose surname is not in the list ends at ``j``: a follower word
    there (福青|一行), or a comma and another title, as in a list of titled officials (旗长希尼，旗人大常委会
    主任宝音满都呼); not a bare stop (总统|唁电。)."""
    if lex.follower_len(text, j) >= 2:
        return True
    m = NEXT_CLAUSE_RE.match(text, j)
    return m is not None and lex.head_re.search(m.group()) is not None


UNLISTED_WORD_FREQ = 100
"""A name whose surname is not in the list has no pair of characters this common as a word (区政府办:
政府, 有个会面: 会面 231); such names are transliterations or rare surnames (巴桑罗布: 罗布 41)."""


def _has_common_word(name: str) -> bool:
    """True when two neighbouring characters of ``name`` make a common word (区政府办: 政府), or the
    first two any word (总统|致词时: 致词 88; 巴桑罗布: 巴桑 18)."""
    return word_freq(name[:2]) >= UNLISTED_WORD_FREQ // 2 or any(
        word_freq(name[k:k + 2]) >= UNLISTED_WORD_FREQ for k in range(1, len(name) - 1))


def word_follows(text: str, j: int) -> bool:
    """True when a dictionary word starts at ``text[j]`` (李亚明|一同督导): a name may end there."""
    return is_word(text[j:j + 2])


def name_before(text: str, q: int, known: Collection[str] = ()) -> int:
    """Start of a name ending at ``text[q]`` in a list closed by 等 (-1 when there is none)."""
    lex = lexicon()
    spans = [q - n for n in (4, 3, 2) if q - n >= 0]
    fits = [s for s in spans if lex.surname_at(text, s) and plausible(lex, text[s:q])
            and (q - s < 4 or lex.surname_at(text, s) == 2) and text[s] not in lex.particles]
    for s in fits:
        if text[s:q] in known or s == 0 or not is_cjk(text[s - 1]) or text[s - 1] == "、":
            return s
    return fits[-1] if fits else _listed_word_name(lex, text, q)


def _listed_word_name(lex: Lexicon, text: str, q: int) -> int:
    """Start of a two-character name that is also a common word (万里, 高峰) where the list's marks stand
    on both sides of it (|万里、李瑞环…等同志): a list of people holds names, -1 otherwise."""
    s = q - 2
    if s < 0 or text[q:q + 1] != "、" or (s and is_cjk(text[s - 1]) and text[s - 1] != "、"):
        return -1
    ok = lex.surname_at(text, s) == 1 and text[s] not in lex.particles and CJK_RE.fullmatch(text[s:q])
    return s if ok and not lex.head_re.search(text, s, q) else -1
