"""Find officials (leaders) and experts in an article's text.

Five signals, in order of strength, all driven by the files in ``resources/dict``:

1. a title right before a name (``区委副书记、区长耿勇军``): the title is extended leftwards over its
   organ and level prefix and over ``、``-joined titles, and kept as written; names listed right after
   the titled one share no title (``副主席陈荣臻、姜宗羽``); 领导 ends such a title only when joined to an
   earlier one or after a description of duties (``组织委员、社区联点领导梅娜``);
2. a list introduced by a marker (``区领导宋双兴、虎荣鑫``) or closed by ``等`` + marker
   (``耿勇军、李新军等区领导``);
3. a name already known as a leader (from this article or anywhere in the library) standing alone
   (``宋洁指出``) — see :func:`find_standalone`;
4. experts (``郭献功教授``, ``刘会永博士``) are reported with role ``expert`` so they are never leaders;
   titles of companies, schools, stations, centres and the youth federation are no official titles;
5. a name right before a bare title, as speech names people (``李扬镇长调度``), or before 为 and a title
   (``许乐敏为市政咨询委员会主席``), or reporting on behalf of an organ (``杨易先代表乡人民委员会作…报告``),
   without a title.

Where a name starts and ends is :mod:`gazette_reader.tagging.names`: evidence after it first, then
names already known, then jieba's dictionary around it. jieba is consulted only for the few
characters around a candidate, never to segment whole texts, which keeps tagging fast; every signal
— the titled and the post-titled signal — reads one list of title heads, found in a single pass.

Every finder reads the text in simplified characters (:mod:`gazette_reader.tagging.script`): names
and titles come out simplified, offsets index the original. ``known`` names are simplified too. A
caller that runs several finders over one text converts it once with :func:`simplified`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter, methodcaller

import ahocorasick

from gazette_reader.tagging.lexicon import LEVELS, Lexicon, char_class, lexicon
from gazette_reader.tagging.wordclass import is_time_word, word_tag
from gazette_reader.text import segment
from gazette_reader.tagging.script import Simplified, canonical, simplified  # noqa: F401 (re-exported)
from gazette_reader.tagging.names import (
    COMMON_START_FREQ, COMMON_WORD_FREQ, NONE, STRONG, WEAK, end_evidence, is_cjk, is_word, name_at, name_before,
    name_tagged_words, needs_strong, plausible, word_freq,
)

LEADER = "leader"
EXPERT = "expert"
MAX_TITLE = 24
"""Longest title we accept as written, in characters (``市疫情防控办第二督导组组长`` is 13)."""
MAX_JOINED = 36
"""Longest title joined by ``、`` before another of the same person (省应对新型冠状病毒感染肺炎疫情工作领导小组市场供应
保障组负责人 is 33): a task force's name runs longer than an office's."""
EXPERT_RE = re.compile(r"(?:副教授|教授|博士|研究员|院士|专家)")
TITLE_JOINS = frozenset("、，,兼")
"""What stands between two titles of one person (国务委员兼国务院秘书长): a title right before it has no
name of its own."""
TITLE_MODIFIERS = ("常务副", "代理", "副", "代")
"""What may stand between a name and a bare title after it (韩正副总理)."""
RANK_FIRST = "总"
"""The first character of a rank written into a head (总书记, 总指挥): no name before a head ends in it
(学习习总书记讲话: 习总 is no name)."""
_GAP = r"[ \t\u3000\xa0]{1,3}"
GAP_RE = re.compile(_GAP)
"""Spaces PDF extraction leaves between a title and its name (``区委书记 宋洁``)."""
GAP_BEFORE_RE = re.compile(_GAP + "$")
"""The same spaces ending a stretch of text (searched with an end position)."""


@dataclass(frozen=True)
class Mention:
    """One person found in a text: name, title as written there (or None), span and role."""

    name: str
    title: str | None
    start: int
    end: int
    role: str = LEADER


def _ends_with_head(lex: Lexicon, text: str, j: int) -> bool:
    """True when ``text[:j]`` ends with a title head (so a ``、`` at ``j`` joins two titles)."""
    return text.endswith(lex.head_tuple, 0, j)


def title_start(text: str, head_start: int, head_end: int | None = None, *, across_lines: bool = True) -> int:
    """Where the title ending in the head at ``head_start`` begins, extending over its prefixes.

    It stops at punctuation and after a word that precedes titles (受|县委书记, 召开|县委书记, 分管农业
    农村工作|副镇长), but never inside a word: a one-character word there must not make a word with the
    title's first character (和平区区长 is not 和 + 平区区长), 及 joining two parts of an organ's name is
    crossed (政制及内地事务局局长), and so is a line break inside a word (国⏎务委员). ``across_lines``: a title
    may also wrap across a line break (:func:`_wrapped_title_start`, which reads the line before with it
    off: one line up at most, however many lines a text has)."""
    lex = lexicon()
    head_end = head_start + 2 if head_end is None else head_end
    j, floor, joined, stop_ends = head_start, max(0, head_start - MAX_TITLE), False, lex.title_stop_ends
    last_join = 0
    while j > floor:
        ch = text[j - 1]
        if "\u4e00" <= ch <= "\u9fff" and ch not in TITLE_JOINS and (
                ch not in stop_ends or not text.endswith(lex.title_stops, 0, j)):
            j -= 1  # the common case, decided in C: a CJK character of the title's prefix (is_cjk inlined)
            continue
        step = _title_step(lex, text, j, head_start, head_end, joined, across_lines)
        if step is None:
            break
        j, joined = step
        if text[j] in TITLE_JOINS:  # each of several joined titles has a reach of its own
            last_join, floor = j, max(0, j - MAX_JOINED)
    if j == floor and last_join and j and is_cjk(text[j - 1]):
        j = last_join + 1  # the reach ran out inside the earlier title: it is no title
    j = _past_day(text, j, head_start)
    return _past_verbs(text, j, head_start, head_end) if across_lines and head_start - j >= 2 else j


DAY_RE = re.compile("(?:[二三]?十[一二三四五六七八九]?|[廿卅][一二三四五六七八九]?|初[一二三四五六七八九十]|[一二三四五六七八九])"
                    "(?![一二三四五六七八九十日号])")
"""A day of the month in Chinese numerals without 日, as chronicles write dates (八月十六): one numeral
alone only before a character that is no numeral (not the 二 of 二七区)."""


def _past_day(text: str, j: int, head_start: int) -> int:
    """Where the title starting at ``text[j]`` starts once a day written right after its month (月 ends a
    title's prefix) is left out (八月十六|议长陈振清): the date is no part of the title."""
    if j == 0 or text[j - 1] != "月" or not (m := DAY_RE.match(text, j, head_start)):
        return j  # the common case: no month right before the title
    return m.end()


def _past_verbs(text: str, j: int, head_start: int, head_end: int) -> int:
    """Where the title starting at ``text[j]`` starts once the verbs, adverbs and prepositions of the
    sentence before it are left out (拜会|议长, 前往花莲县政府拜访|县长, 考虑|县府教育局长, 帮忙分摊|副县长):
    a title starts at an organ, a place or its head, not at a verb. See :func:`_verb_cut`."""
    return j + _verb_cut(text[j:head_start], text[head_start:head_end])


@lru_cache(maxsize=4096)
def _verb_cut(prefix: str, head: str) -> int:
    """How many characters of a title's ``prefix`` (what stands before its ``head``) belong to the
    sentence: those up to the last verb after which the title starts well (:func:`_sentence_verb`). A
    verb inside an organ's name (审计局长, 督导组组长, 市发展和改革委员会主任) is followed by the rest of that
    name, which starts no title."""
    cut, at = 0, 0
    for word in segment.cut(prefix):
        at += len(word)
        if len(word) >= 2 and _sentence_verb(word, prefix[at:], head):
            cut = at
    return cut


SENTENCE_VERB_FREQ = 100
"""A verb before a title this common in jieba's corpus at least: jieba tags rare place names ending in 化
as verbs (彰化|县长, 怀化|市委), which a title starts with."""


TENURE_ENDS = frozenset(LEVELS + "任")
"""Last characters of a verb that is part of the title: a level (枫树维回乡|乡长: a township) and 任, which
makes a word of tenure (卸任县长, as 新任分署长: the office as the text gives it)."""


def _sentence_verb(word: str, rest: str, head: str) -> bool:
    """True when ``word``, a common verb (:data:`SENTENCE_VERB_FREQ`) that is no rank (代理) nor ends in
    :data:`TENURE_ENDS` and starts no place's name with what follows (开封市长, 保定市委: jieba knows 保定市), is
    the sentence's and ``rest`` and ``head`` make the title: right before a rank and a head whose first
    character names no organ (拜会|议长, 分摊|副县长; not 审计|局长: 审计局) unless the two make a word (执行主席),
    or before a level (考虑|县府教育局长) or a place before a head that starts with its level (包含|高雄市长),
    where only a verb proper will do (合作|市委书记: 合作市)."""
    tag = word_tag(word)
    if (tag not in ("v", "vn") or word in TITLE_RANKS or word[-1] in TENURE_ENDS or not head
            or word_freq(word) < SENTENCE_VERB_FREQ or word_freq(word + (rest + head)[0]) > 0):
        return False
    if rest in TITLE_RANKS:
        return (head[0] not in lexicon().organ_ends and not is_word(word + rest + head)
                and (tag == "v" or rest != ""))  # 服务|专员: a verbal noun before a bare head names its work
    return tag == "v" and (rest[0] in LEVELS or head[0] in LEVELS)


def _title_step(lex: Lexicon, text: str, j: int, head_start: int, head_end: int,
                joined: bool, across_lines: bool = True) -> tuple[int, bool] | None:
    """The next ``(j, joined)`` of :func:`title_start` where something may end the title, None to stop."""
    ch = text[j - 1]
    if (ch in TITLE_JOINS and _joins_title(lex, text, j - 1) and not _named_before_head(lex, text, j - 1)
            and not COLLECTIVE_RE.search(text, max(0, j - 1 - MAX_TITLE), j - 1)):
        return j - 1, joined  # 区委副书记、区长; 区委常委、统战部部长，区政府党组成员 (the first title has no name)
    if ch.isspace():
        # a break inside a word: the character before it belongs to the title
        if j >= 2 and is_word(text[j - 2] + text[j]):
            return j - 1, joined
        k = _wrapped_title_start(text, j - 1) if across_lines else -1
        return (k, joined) if k >= max(0, head_start - MAX_TITLE) else None  # -1: the break ends the title
    if not is_cjk(ch) or _inner_head_ends(lex, text, j, head_start):
        return None
    n = lex.before_title_len(text, j)
    if n == 1 and text[j - 1] in INNER_STOPS and is_word(text[j - 2:j]):
        n = 0  # 国有|资产: the word ends a longer one, inside the organ's name
    if n > 1 and j < head_start and text[j] in lex.organ_ends and text[j + 1:head_start] in TITLE_RANKS:
        return j - 1, joined  # the word starts the organ whose head this is: 乡民代表|会主席, 代表|会副主席
    if n > 1 or _duties_end(lex, text, j, head_start):
        return None
    if n == 1 and not _starts_longer_word(text, j - 1):
        if joined or not _joins_organ(lex, text, j, head_start, head_end):
            return None
        return j - 1, True  # one organ name joins two words at most (律师和|政制及内地事务局局长)
    return j - 1, joined


INNER_STOPS = frozenset("有")
"""One-character words before titles that also end words of organs' names (出席的有|彰化县议会秘书长, but
市国有资产监督管理委员会): they stop a title only where they end no word with the character before."""


def _starts_longer_word(text: str, i: int) -> bool:
    """True when the one-character word at ``text[i]`` starts a dictionary word (和平区区长), or a place's
    name of three or four characters right before its level (和林格尔|县副县长: not 和 + 林格尔县; but
    资深大律师和|政制及内地事务局局长, where 和政制 is a rare word)."""
    return is_word(text[i:i + 2]) or any(is_word(text[i:i + k], 10) and text[i + k:i + k + 1] in LEVELS
                                         for k in (3, 4))


WRAPPED_LINE = 20
"""The shortest line taken for one wrapped by the page's width (a label or a short headline is shorter)."""
CLAUSE_PUNCT = frozenset("，,、；;：:")
SENTENCE_END = frozenset("。！？；!?;”」）)")


def _wrapped_title_start(text: str, brk: int) -> int:
    """Where a title wrapped across the line break at ``text[brk]`` starts on the line before (县委常委、县委统战⏎
    部部长), -1 when the break ends the title: the break is a wrap (:func:`_wraps`), and the title on the
    line before starts after a clause's punctuation or a word that precedes titles (由|县委常委), so that
    both lines are one clause. The caller keeps the whole title within :data:`MAX_TITLE`."""
    if text[brk] != "\n" or not is_cjk(text[brk - 1:brk] or " ") or not _wraps(text, brk):
        return -1
    k = title_start(text, brk, brk, across_lines=False)
    clean = text[k - 1] in CLAUSE_PUNCT or lexicon().before_title_at(text, k)  # ，|县委常委; 由|县委常委
    return k if k < brk and clean and "\n" not in text[k:brk] else -1


def _wraps(text: str, brk: int) -> bool:
    """True when the line break at ``text[brk]`` was made by the page's width: the line before it is as wide
    as the line after it, or, before a paragraph's last line (shorter, ending a sentence), as the line
    before it. A headline above its body (谭俊荣会见…领导层⏎社会文化司司长谭俊荣…, an article's title
    joined to its body) or a byline (…宜居后里⏎后里区长赖同一) is not."""
    start = text.rfind("\n", 0, brk) + 1
    width = brk - start
    if width < WRAPPED_LINE:
        return False
    end = text.find("\n", brk + 1)
    after = text[brk + 1:end if end >= 0 else len(text)].rstrip()
    if _same_width(len(after), width):
        return True
    if len(after) > width or after[-1:] not in SENTENCE_END or start == 0:
        return False
    return _same_width(start - 1 - (text.rfind("\n", 0, start - 1) + 1), width)


def _same_width(length: int, width: int) -> bool:
    """True when a line ``length`` characters long fills the same width as one ``width`` long (digits and
    Latin letters take half a character's width, hence the slack)."""
    return abs(length - width) <= max(2, width // 10)


COLLECTIVE_RE = re.compile("(?:多位|多名|各位|诸位|全体|部分|众多|众位)[\u4e00-\u9fff]{0,10}$")
"""A quantifier before a title that ends right before a ``、``: the title of a group (多位市议员、桃园市长张善政),
which joins no one's next title."""
JOINED_HEADS = ("负责人",)
"""Words that end a title only when another title of the same person follows (市场供应保障组负责人、省委农办
主任): no head of their own, as 有关负责人 names no one's office."""


def _joins_title(lex: Lexicon, text: str, q: int) -> bool:
    """True when ``text[:q]`` ends with a title that a ``、`` at ``q`` joins to the next (a head, or a
    :data:`JOINED_HEADS` word)."""
    return _ends_with_head(lex, text, q) or text.endswith(JOINED_HEADS, 0, q)


def _named_before_head(lex: Lexicon, text: str, q: int) -> bool:
    """True when the head ending at ``text[q]`` has a name right before it that starts cleanly, as in a
    list of people named before their titles (邱莉莉议长、陈怡珍议员): no title to join. Two characters
    after an organ's name are its office (省委农办主任、省农业农村厅党组书记), not a name."""
    n = next(len(h) for h in lex.head_tuple + JOINED_HEADS if text.endswith(h, 0, q))
    s = _name_ending_at(lex, text, q - n, (), after_word=False)
    if s > 0 and q - n - s == 2 and text[s - 1] in lex.organ_ends:
        return False  # 省委|农办主任: two characters after an organ name its office more likely than a person
    return s >= 0 and not needs_strong(lex, text[s:q - n])


def _inner_head_ends(lex: Lexicon, text: str, j: int, head_start: int) -> bool:
    """True when another title head ends right before ``text[j]`` without a word going on through it:
    that title was someone else's or the end of a sentence (中西区长|蔡佳甫代表市长, 局长|祝贺…), while
    常委会主任, 主席团常务主席 and 主任委员 go on."""
    if text[j] in TITLE_JOINS or not _ends_with_head(lex, text, j) or any(c in lex.organ_ends for c in text[j:j + 3]):
        return False  # 、 joins titles; 行政长官办公室主任: the head names an organ's office
    return not any(is_word(text[j - back:j + ahead]) for back in (2, 3) for ahead in (1, 2) if j >= back)


def _duties_end(lex: Lexicon, text: str, j: int, head_start: int) -> bool:
    """True when a description of duties, opened by a verb of duties, ends at ``j`` and only a rank stands
    between it and the head (分管农业农村工作|副镇长; but 港澳工作办公室主任 and 旗疫情工作总指挥长 go on)."""
    return (text.endswith(lex.before_rank, 0, j) and text[j:head_start] in TITLE_RANKS
            and DUTIES_RE.search(text, max(0, j - MAX_TITLE), j) is not None)


DUTIES_RE = re.compile("分管|负责|主管|协管|联系")
"""Verbs that open a description of duties (分管农业农村工作|副镇长); without one, 工作 is part of the
organ's name (旗疫情工作总指挥长)."""


TITLE_RANKS = frozenset({"", "副", "常务", "常务副", "代", "代理"})
JOINERS = frozenset("及与和")


def _joins_organ(lex: Lexicon, text: str, j: int, head_start: int, head_end: int) -> bool:
    """True when the 及 (与, 和) before ``text[j]`` joins two words of one organ's or area's name: a
    word, not a name nor another title nor an adverb of the sentence (特别|与水利局长), on its left, and
    on its right an organ (环境及生态局长) or two characters or more before the head (西贡及离岛规划专员) that
    start with no verb (陈光复与|卸任县长: the sentence's 与)."""
    return (text[j - 1] in JOINERS and j >= 3 and is_word(text[j - 3:j - 1]) and word_tag(text[j - 3:j - 1]) != "d"
            and not _ends_with_head(lex, text, j - 1)
            and (head_start - j >= 2 or any(c in lex.organ_ends for c in text[j:head_end]))
            and word_tag(segment.cut(text[j:head_start])[0] if head_start > j else "") != "v")


def canonical_title(title: str) -> str:
    """A title as stored: as written, less the white space a line break or PDF spacing left in it."""
    return "".join(title.split())


def official(lex: Lexicon, title: str) -> bool:
    """False when the title right before the name (the last of ``、``-joined ones) belongs to a company,
    school, hospital, station or centre, unless a party group follows that word (服务中心党组书记), or
    names a member or a village head (全国政协委员, 村长)."""
    last = title.rsplit("、", 1)[-1]
    if last.endswith(lex.members) or _members_body(lex, last) or _village_member(last):
        return False  # 政协委员, 村长: a member or a village head, no official; 里长联谊会主席: their body's
    if not lex.non_official_re.search(last):
        return True  # the common case, decided in C
    ends = [last.find(w) + len(w) for w in lex.non_official if w in last]
    return not ends or "党组" in last[max(ends):]


def _members_body(lex: Lexicon, title: str) -> bool:
    """True when the title is an office of a body of members or village heads (盐埕区里长联谊会主席, 村长协会
    会长): a :attr:`Lexicon.members` word inside it, not the start of a committee or a congress (政协委员会,
    党代表大会)."""
    for word in lex.members:
        p = title.find(word)
        if 0 <= p and p + len(word) < len(title) and title[p + len(word)] not in "会大":
            return True
    return False


VILLAGE_RE = re.compile("(?<![农乡])村")
"""A village (村委, 村监会, 下坦村), not a countryside's office (农村工作, 乡村振兴)."""


def _village_member(title: str) -> bool:
    """True when the title is a member's of a village's committee (村监会委员, 村委委员, 村支部委员): a member, as
    the village's party secretary and committee director (村党支部书记, 村委会主任) are its heads."""
    return title.endswith("委员") and VILLAGE_RE.search(title) is not None


Span = tuple[int, int]


def title_heads(text: str) -> list[Span]:
    """``(start, end)`` of every title head in ``text`` that is not part of a longer word (社区|长江花园,
    常委会, 委员会): one regex pass, which the titled and the post-titled signals share. A head that ends
    the text is one (a headline ending in the office: 陈振清、陈宝官当选…正副议长), and so is one a PDF's
    space splits (see :func:`_spaced_heads`)."""
    lex, size = lexicon(), len(text)
    heads = [(s, e) for s, e in map(_span, lex.head_re.finditer(text))
             if not ((s and text[s - 1:s + 1] in lex.masks) or (e < size and is_word(text[s:e + 1])))]
    # lex.masked, inlined
    if " " not in text and "\u3000" not in text:
        return heads  # the common case, decided in C
    spaced = _spaced_heads(lex, text)
    return sorted(heads + spaced) if spaced else heads


def _spaced_heads(lex: Lexicon, text: str) -> list[Span]:
    """``(start, end)`` of the title heads a single space splits (县 长, 秘书 长), the space inside the span;
    the same tests as :func:`title_heads` are made on the characters without it."""
    found: list[Span] = []
    for p in (m.start() for split in lex.head_splits for m in split.finditer(text)):
        if p == 0 or text[p - 1] + text[p + 1] not in lex.head_pairs:
            continue  # no head has these two characters side by side
        left = max(0, p - 3)
        joined = text[left:p] + text[p + 1:p + 5]
        for h in lex.head_re.finditer(joined):
            s, e = h.start(), h.end()
            if s < p - left < e and not ((s and joined[s - 1:s + 1] in lex.masks)
                                         or (e < len(joined) and is_word(joined[s:e + 1]))):
                found.append((left + s, left + e + 1))
    return [(s, e) for s, e in found if not (text[s - 1:s] in SPACES and text[e:e + 1] in SPACES)]


SPACES = frozenset(" \u3000")
"""What stands between the characters of a text spaced throughout (區 議 員 任 期 …), where a space splits no
word and 任期 is no name: a split head has no space on both sides."""


_span = methodcaller("span")


def titled_mentions(text: str, known: Collection[str] = (), heads: Iterable[Span] | None = None) -> list[Mention]:
    """Names right after an official title, with the title as written (signal 1). A title never starts
    inside the name an earlier title named (市委书记陈光市长杜昌文: 杜昌文's title is 市长, not 陈光市长), and a
    bare head right after such a name, no level before it, names that person's aide (议长童子玮秘书杨文河)."""
    lex = lexicon()
    found: list[Mention] = []
    for head_start, head_end in title_heads(text) if heads is None else heads:
        if text[head_end:head_end + 1] in CANDIDACY_FIRST:  # rare: one look-up for the common case
            head_end += next((len(w) for w in CANDIDACY if text.startswith(w, head_end)), 0)
        gap = GAP_RE.match(text, head_end)
        i = gap.end() if gap else head_end
        n = name_at(text, i, known, any_surname=True)
        wide = WIDE_NAME_RE.match(text, i) if not n and gap and lex.surname_at(text, i) == 1 else None
        if not (n or wide) or (n and _not_titled_name(lex, text, i, n, head_start, known)):
            continue
        named_end = found[-1].end if found and found[-1].end <= head_start else 0
        if named_end and named_end == head_start and text[head_start] not in LEVELS and head_end == i:
            continue  # 议长童子玮秘书杨文河: a bare head right after a titled name, the aide's (not 市委书记陈光|市长)
        title = _past_party(canonical_title(text[max(title_start(text, head_start, head_end), named_end):head_end]))
        if not official(lex, title):
            continue
        if wide:
            found.append(Mention(wide.group(1) + wide.group(2), title, i, wide.end()))
        else:
            found.extend(_titled_run(lex, text, i, n, title, known))
    return found


PARTY_RE = re.compile("(?:中国)?(?:国民党|民进党|民众党|亲民党|时代力量|新党)(籍)?")
"""A Taiwanese party written before a title: the person's membership (国民党籍桃园市长, 国民党立委), no organ
of the office, unlike 中共 before a committee (中共海南省委…委员)."""
PARTY_SEATS = ("立委", "议员")
"""Seats a party's name stands before without 籍 (国民党立委林沛祥)."""


def _past_party(title: str) -> str:
    """The title without a Taiwanese party's name before it (see :data:`PARTY_RE`): where 籍 follows the
    party, or the title is a legislature's seat; the title as written otherwise (国民党主席)."""
    m = PARTY_RE.match(title)
    if m is None or m.end() == len(title) or not (m.group(1) or title.endswith(PARTY_SEATS)):
        return title  # the common case, decided in C
    return title[m.end():]


CANDIDACY = ("人选", "候选人")
"""Words after a title head that make the person its nominee (镇长人选梁敏丽, 镇人大主席人选陈雪峰): still a
title as written, as an official is nominated at a congress."""
CANDIDACY_FIRST = frozenset(w[0] for w in CANDIDACY)


WIDE_NAME_RE = re.compile("([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff])(?=[ \t\u3000]|$)")
"""A two-character name set wide to line up with three-character ones in a yearbook's leader line
(市委书记 陈 光 市长 杜昌文): surname, spaces, given name, then spaces or the line's end."""


def _titled_run(lex: Lexicon, text: str, i: int, n: int, title: str, known: Collection[str]) -> list[Mention]:
    """The titled name at ``text[i:i + n]`` and the names that share its title after a ``、`` or 和."""
    found = [Mention(text[i:i + n], title, i, i + n)]
    if text[i + n:i + n + 1] == "、":
        found.extend(_names_forward(text, i + n + 1, known))
    elif text[i + n:i + n + 1] in JOINERS:
        found.extend(_joined_name(lex, text, i + n + 1, known))
    return found


DUTY_LEADER = "领导"
"""A role written as a title's last word (分管疫情摸排工作领导孙龙, 组织委员、社区联点领导梅娜); not a head
of its own, as 区领导 and 相关领导 open lists of officials that carry no title."""


def duty_leader_mentions(text: str, known: Collection[str] = ()) -> list[Mention]:
    """Names right after 领导 that ends a title: one joined by ``、`` to an earlier title of the same person
    (党工委委员、组织委员、社区联点领导梅娜), or a description of duties (党工委副书记、分管疫情摸排工作领导孙龙).
    A level or a group before a lone 领导 (区领导, 家乡领导) makes a list marker, left to the list signal."""
    lex = lexicon()
    found: list[Mention] = []
    p = text.find(DUTY_LEADER)
    while p >= 0:
        head_end = p + len(DUTY_LEADER)
        gap = GAP_RE.match(text, head_end)
        i = gap.end() if gap else head_end
        title = _duty_leader_title(lex, text, p, head_end)
        if title and (n := name_at(text, i, known, any_surname=True)) and official(lex, title):
            found.extend(_titled_run(lex, text, i, n, title, known))
        p = text.find(DUTY_LEADER, head_end)
    return found


def _duty_leader_title(lex: Lexicon, text: str, p: int, head_end: int) -> str | None:
    """The title ending in the 领导 at ``text[p]`` when it is joined to an earlier title or opens with a
    verb of duties (分管, 负责 …), extended over that earlier title; None otherwise."""
    floor = max(0, p - MAX_TITLE)  # where title_start stops
    if "、" not in text[floor:p] and DUTIES_RE.search(text, floor, p) is None:
        return None  # neither joined nor duties within a title's reach: most 领导, decided in C
    if any(m.end() == head_end for m in lex.list_before_re.finditer(text, max(0, p - 6), head_end)):
        return None  # 联系区领导宋双兴、虎荣鑫: a list marker, whatever stands before it
    t = title_start(text, p, head_end)
    if "、" in text[t:p]:
        return canonical_title(text[t:head_end])  # joined: 组织委员、社区联点领导
    duties = _last_match(DUTIES_RE, text, floor, p)
    if duties is None or CLAUSE_END_RE.search(text, duties, p):
        return None
    return canonical_title(text[title_start(text, duties, duties):head_end])


CLAUSE_END_RE = re.compile("[，。；：,;:！？]")


def _last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> int | None:
    """Start of the last match of ``pattern`` in ``text[start:end]``, None when there is none."""
    starts = [m.start() for m in pattern.finditer(text, start, end)]
    return starts[-1] if starts else None


def _joined_name(lex: Lexicon, text: str, i: int, known: Collection[str]) -> list[Mention]:
    """The second of two names joined by 和 (及, 与) after a title, sharing it (中西区民选议员吴兆康和
    梁晃维请辞): a listed surname and strong evidence that the name ends, as 和 joins anything."""
    n = name_at(text, i, known)
    if not n or not lex.surname_at(text, i) or end_evidence(lex, text, i + n) < STRONG:
        return []
    return [Mention(text[i:i + n], None, i, i + n)]


def _not_titled_name(lex: Lexicon, text: str, i: int, n: int, head_start: int, known: Collection[str]) -> bool:
    """True when the name after a head has a surname not in the list, or nothing after it says that it
    ends, while a name stands cleanly before the head (由叶竹林市长|至所辖, 祝福张善政市长|高票连任): the
    name was written before the title, and the text goes on. A place the text writes with the head's
    level elsewhere is no such name (马公市长叶竹林 beside 马公市公所)."""
    if text[i:i + n] in known:
        return False
    listed = lex.surname_at(text, i) > 0
    if listed and end_evidence(lex, text, i + n) > NONE:
        return False
    q = head_start - next((len(w) for w in TITLE_MODIFIERS if text.endswith(w, 0, head_start)), 0)
    if listed and (text[q - 1:q] in lex.organ_ends or is_word(text[q - 2:q])):
        return False  # 纪委|书记张环: an organ or a word before the head, no name
    s = _name_ending_at(lex, text, q, known, after_word=listed)  # 祝福|张善政: after a verb
    if s < 0:
        return False
    head = lex.head_re.match(text, head_start)
    return not (listed and head and _place_before_head(text, text[s:q], head.group(), {}))  # 马公|市长叶竹林


def _names_forward(text: str, i: int, known: Collection[str], *, marked: bool = False) -> Iterable[Mention]:
    """A ``、``-separated run of names starting at ``text[i]``: after a list marker, or after a titled
    name (副主席陈荣臻、姜宗羽、林邦虎: the title is written before the first only). Each name needs
    evidence that it ends, and may have a surname not in the list; after a list marker (``marked``) a
    boundary guessed from the dictionary will do once a 、 shows a list (区领导封波、顾绍波|参), while a
    lone guess is no name (县级领导包联|乡镇, 家乡领导向珠澳|福州乡亲: a verb, a preposition)."""
    lex = lexicon()
    listed = False  # a 、 has shown that this is a list
    while (n := name_at(text, i, known, any_surname=True) or (marked and _listed_item(lex, text, i))) and (
            (marked and (listed or text[i + n:i + n + 1] == "、")) or text[i:i + n] in known
            or end_evidence(lex, text, i + n) >= WEAK):
        yield Mention(text[i:i + n], None, i, i + n)
        listed, i = True, i + n
        if text[i:i + 1] != "、" and not (text[i:i + 1] == "，" and _closed_run(text, i + 1, known)):
            return  # a comma goes on to a closed run: 立法委员王定宇、林俊宪、陈亭妃，林宜瑾、郭国文等分别陪同
        i += 1


LISTED_ITEM_RE = re.compile("[\u4e00-\u9fff]{2,4}(?=、)")
ITEM_START_FREQ = 50
"""A list item starting with a word this common is no name (干部王某: 干部); names start rarer (布小: 0)."""


def _listed_item(lex: Lexicon, text: str, i: int) -> int:
    """Length of a name between two ``、`` of a list of officials that the name rules do not read
    (布小林: an unlisted surname, and 小林 a common word), 0 when the item is no name (a word, a title,
    or an item starting with a common word: 干部王某)."""
    m = LISTED_ITEM_RE.match(text, i)
    if (not m or word_freq(m.group()) or word_freq(m.group()[:2]) >= ITEM_START_FREQ
            or not plausible(lex, m.group()) or lex.follower_len(text, i)):
        return 0
    return m.end() - i


def _closed_run(text: str, i: int, known: Collection[str], *, unclosed: int = 0) -> bool:
    """True when two or more names joined by ``、`` and closed by 等 start at ``text[i]``, or (with
    ``unclosed``) at least that many names without 等, which may then have a surname not in the list
    (布小林), as 领导 says that names follow."""
    count, lex = 0, lexicon()
    while (n := name_at(text, i, known, any_surname=unclosed > 0)
           or (unclosed and _listed_item(lex, text, i))) and count < 50:
        count, i = count + 1, i + n
        if text[i:i + 1] != "、":
            return (count >= 2 and text[i:i + 1] == "等") or 0 < unclosed <= count
        i += 1
    return False


LIST_COMMAS = frozenset("，,")


def _names_backward(text: str, q: int, known: Collection[str]) -> Iterable[Mention]:
    """A ``、``-separated run of names ending at ``text[q]``, walking leftwards; a list may use commas instead
    (田一泓,薛岩,林梅,张永亮等…领导), where each name must then start right after one or the clause's start."""
    while (s := name_before(text, q, known)) >= 0:
        if text[q:q + 1] in LIST_COMMAS and s and is_cjk(text[s - 1]) and text[s - 1] != "、":
            return  # a comma ends the run unless the name before it stands alone in its clause
        yield Mention(text[s:q], None, s, q)
        if s == 0 or text[s - 1] not in LIST_COMMAS and text[s - 1] != "、":
            q = _joined_run_end(text, s, known)
            if q < 0:
                return
        else:
            q = s - 1


LIST_JOINERS = ("以及", "和", "及")
"""What joins two runs of names in one list (万里、李瑞环、刘华清、胡锦涛以及姚依林、宋平、薄一波等同志)."""


def _joined_run_end(text: str, s: int, known: Collection[str]) -> int:
    """Where an earlier run of names ends when a :data:`LIST_JOINERS` word stands before the name at
    ``text[s]`` and the name before that word is itself listed (a ``、`` before it): -1 otherwise."""
    q = s - next((len(w) for w in LIST_JOINERS if text.endswith(w, 0, s)), 0)
    if q == s:
        return -1
    p = name_before(text, q, known)
    return q if p > 0 and text[p - 1] == "、" else -1


GLOSS_RE = re.compile("（([^（）\\n]{2,40})）")
"""A bracketed gloss: rare, and starting with a literal, so the search runs in C."""
GLOSSED_AFTER = frozenset("：、，")
"""What stands before a name glossed with its title: a label's colon, a list's 、 or comma (or a line's start)."""


def glossed_mentions(text: str, known: Collection[str] = ()) -> list[Mention]:
    """Names glossed with their official title in brackets after a label or in a list (组长：孙会方（县委常委、
    常务副县长）, 成员：张三（县财政局局长）、李四（…）). The title comes after the name, so the mention
    carries none (as for a name before a bare title)."""
    lex = lexicon()
    found: list[Mention] = []
    for m in GLOSS_RE.finditer(text):
        gloss, q = m.group(1), m.start()
        if gloss.endswith(lex.head_tuple) and official(lex, gloss) and (s := _glossed_start(text, q, known)) >= 0:
            found.append(Mention(text[s:q], None, s, q))
    return found


def _glossed_start(text: str, q: int, known: Collection[str]) -> int:
    """Start of the name ending at the bracket ``text[q]`` that stands after a label or in a list, -1 if none."""
    for s in range(q - 2, max(q - 5, -1), -1):
        if s == 0 or text[s - 1] in GLOSSED_AFTER or text[s - 1].isspace():
            return s if name_at(text, s, known) == q - s else -1
    return -1


COMRADE_RE = re.compile("同志(?:任|为|兼任|担任|提名为|的([^。；]{2,24}?)职务)")
"""A name with 同志 in an appointment, a nomination or a removal (免去江荣同志的屯溪区委常委、委员职务；王自福同志任
屯溪区委委员; 周凯同志提名为镇江市副市长人选): the title follows the name."""


def appointed_comrades(text: str, known: Collection[str] = ()) -> list[Mention]:
    """Names appointed to or removed from an office as ``同志`` (see :data:`COMRADE_RE`) where a title head
    follows; the mention carries no title, as the title comes after the name."""
    if "同志" not in text:
        return []  # the common case, decided in C
    lex = lexicon()
    found: list[Mention] = []
    for m in COMRADE_RE.finditer(text):
        office = m.group(1) if m.group(1) is not None else text[m.end():m.end() + MAX_TITLE]
        s = _name_ending_at(lex, text, m.start(), known, after_word=True) if lex.head_re.search(office) else -1
        # after_word: 同志 says a name ends here, which may start after any word (关于|徐曙海同志任)
        if s >= 0:
            found.append(Mention(text[s:m.start()], None, s, m.start()))
    return found


LEADERS_RE = re.compile("领导(?=(?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}[等、])")
"""领导 (leaders) with any word before it (相关领导, 有关领导, 参会领导, 自治区党政军领导): a marker where
names joined by ``、`` follow it, closed by 等 or :data:`LONG_RUN` of them. The look-ahead for the shape
of such a run keeps the other 领导 out in C."""
LONG_RUN = 3
"""Names joined by ``、`` right after 领导 that make a list without a closing 等 (党政军领导李纪恒、布小林、
冷杰松…到会)."""


def listed_mentions(text: str, known: Collection[str] = ()) -> list[Mention]:
    """Names in lists of officials: ``区领导A、B``, ``相关领导A、B等`` and ``A、B等区领导`` (signal 2)."""
    lex = lexicon()
    found: list[Mention] = []
    for m in lex.list_before_re.finditer(text):
        found.extend(_names_forward(text, m.end(), known, marked=True))
    for m in LEADERS_RE.finditer(text):
        if _closed_run(text, m.end(), known, unclosed=LONG_RUN):  # 相关领导沈晓玲、胡元坤、薛敏等参加
            found.extend(_names_forward(text, m.end(), known, marked=True))
    for m in lex.list_after_re.finditer(text):
        found.extend(_names_backward(text, m.start(), known))
    return found


def _starts_clean(lex: Lexicon, text: str, s: int, *, after_word: bool = False) -> bool:
    """True when a name may start at ``text[s]`` seen from the left: the start of the text, punctuation,
    a ``、``, a word that precedes titles (7日|李扬), an organ (民政局|姜淋煌局长), a time word that opens the
    sentence (明天|王伟县长, 当天|李扬镇长) or, with ``after_word``, any word (党校|郭献功)."""
    if s == 0 or not is_cjk(text[s - 1]) or lex.before_title_at(text, s) or text[s - 1] in lex.organ_ends:
        return True
    if any(is_time_word(text[s - k:s]) and is_word(text[s - k:s]) for k in (2, 3, 4) if s >= k):
        return True
    return after_word and ((s >= 2 and is_word(text[s - 2:s]))
                           or text.endswith(lex.non_official, 0, s))


def _name_ending_at(lex: Lexicon, text: str, q: int, known: Collection[str], *, after_word: bool) -> int:
    """Start of a 2–3 character name ending at ``text[q]`` that starts cleanly (-1 when there is none)."""
    for n in (3, 2):
        s = q - n
        if s < 0 or not (lex.surname_at(text, s) == 1 or text[s:q] in known):
            continue
        if text[s:q] not in known and (not plausible(lex, text[s:q]) or _common_start(text[s:q])
                                       or (n == 2 and _inside_word(text, s))):
            continue
        if _starts_clean(lex, text, s, after_word=after_word):
            return s
    return -1


def _inside_word(text: str, s: int) -> bool:
    """True when the surname at ``text[s]`` ends a common word with the character before it (对于|陈市长: 于陈 is
    no name), so the name would start inside a word; asked of two-character names only, where a surname and a
    title address someone (选出游荣山先生: 出游 is a word too, but 游荣山 is the name). A more common word ending
    right before the surname is the reading, and the name starts after it (今天|王伟县长: 天王 is a word, 今天 far
    more common; 相对于|陈市长 stays blocked, 对于 being more common than 相对)."""
    if s == 0 or (crossing := word_freq(text[s - 1:s + 1])) < COMMON_WORD_FREQ:
        return False
    return not any(word_freq(text[s - k:s]) > crossing for k in (2, 3) if s >= k)


def _common_start(name: str) -> bool:
    """True for a three-character candidate that starts with a common word (县政协全体正|副主席: 全体):
    before a head, nothing else says a name ends there; but a word jieba tags as a name starts names
    (审计署刘家义审计长: 刘家)."""
    return len(name) == 3 and word_freq(name[:2]) >= COMMON_START_FREQ and name[:2] not in name_tagged_words()


def post_titled_mentions(text: str, known: Collection[str] = (), heads: Iterable[Span] | None = None,
                         titled: Iterable[Mention] | None = None) -> list[Mention]:
    """Names right before a bare title head, the way speech names people (李扬镇长调度, 赵革书记的讲话).

    Only where the head has no name after it and the name starts cleanly; the title is written after
    the name, so the mention carries none. ``heads`` and ``titled``: what :func:`title_heads` and
    :func:`titled_mentions` found in this text already (the titled say which heads a name follows)."""
    lex = lexicon()
    heads = title_heads(text) if heads is None else heads
    titled = titled_mentions(text, known, heads) if titled is None else list(titled)
    named_at = {t.start for t in titled}
    found: list[Mention] = []
    places: dict[tuple[str, str], bool] = {}
    forms = address_forms(titled)
    for head_start, head_end in heads:
        if _name_follows(text, head_end, named_at) or text.endswith(lex.members, 0, head_end):
            continue  # 村长: no official
        s, q = -1, head_start - next((len(w) for w in TITLE_MODIFIERS if text.endswith(w, 0, head_start)), 0)
        if text[head_start - 1:head_start] not in lex.organ_ends and text[q - 1:q] != RANK_FIRST and (
                q == head_start or text[q - 1:q] not in lex.organ_ends):
            # 党工委|书记, 军委|副主席: an organ, not a name; 习总|书记: a rank
            s = _name_ending_at(lex, text, q, known, after_word=False)
            if s >= 0 and (_place_before_head(text, text[s:q], text[head_start:head_end], places)
                           or (q == head_start and text[q] not in LEVELS and is_word(text[q - 1:q + 1]))):
                s = -1  # 金门|县长 (a place); 党总|支书记 (总支: the organ's word runs into the head; but
                # 徐榛蔚|县长 with 蔚县 a word: before a level, only the place test decides)
            elif s >= 0 and _addresses_titled(text[s:q], text[q:head_end], forms):
                s = -1  # 祝贺|康议长, 与钟|分署长: a titled person's surname and title, no name
        if s >= 0:
            found.append(Mention(text[s:q], None, s, q))
        else:
            found.extend(_appointed_run(lex, text, head_start, head_end, known))
    return found


def address_forms(titled: Iterable[Mention]) -> frozenset[tuple[str, str]]:
    """How the text may address the people it names with a title: each one's surname with every ending of
    that title (康 with 议长 of 议长康裕成; 钟 with 署长, 分署长 … of 新任分署长钟启荣). Built once per text, as a
    long 县志 asks it at every name before a bare title (rebuilt per candidate: quadratic)."""
    return frozenset((m.name[0], m.title[k:]) for m in titled if m.title and m.name for k in range(len(m.title)))


def _addresses_titled(candidate: str, title: str, forms: Collection[tuple[str, str]]) -> bool:
    """True when a ``candidate`` name before a bare ``title`` ends in the way the text addresses someone
    it names with a title elsewhere, by surname and (the end of) that title (``forms``: see
    :func:`address_forms`): 祝贺|康议长 beside 议长康裕成, 对于|陈市长 beside 高雄市长陈其迈, 与钟|分署长 beside
    新任分署长钟启荣 (分 belongs to the title). A name that is a word and a surname (祝贺康, 于陈, 钟分) is no
    name then."""
    return any((candidate[k - 1], candidate[k:] + title) in forms for k in range(1, len(candidate) + 1))


APPOINTING = ("兼任", "兼理", "当选为", "当选", "为")
"""What stands between a name and the office it is given or elected to (派邱德龄为县长, 任命田学信兼任金门县长,
陈振清、陈宝官当选连江县第一届县议会正副议长)."""
APPOINTING_RE = re.compile("|".join(APPOINTING))


def _appointed_run(lex: Lexicon, text: str, head_start: int, head_end: int,
                   known: Collection[str]) -> list[Mention]:
    """The names given the office ending in the head at ``head_start`` (see :func:`_appointed`), with those
    ``、``-joined before the first, who share it (陈振清、陈宝官当选…正副议长), all without a title."""
    s, q = _appointed(lex, text, head_start, head_end, known)
    found: list[Mention] = []
    while s >= 0:
        found.append(Mention(text[s:q], None, s, q))
        if text[s - 1:s] != "、":
            break
        q = _past_honorific(text, s - 1)
        s = _name_ending_at(lex, text, q, known, after_word=q < s - 1)  # 选出|黄恭士先生、: the honorific says so
    return found


HONORIFICS = ("先生", "女士", "同志")
"""What may stand between a name and 为 or a list's 、 (选出黄恭士先生、张富先生为正副议长)."""


def _past_honorific(text: str, q: int) -> int:
    """Where the name ending at ``text[q]`` ends once an honorific written after it is left out."""
    return q - 2 if text.endswith(HONORIFICS, 0, q) else q


def _appointed(lex: Lexicon, text: str, head_start: int, head_end: int, known: Collection[str]) -> Span:
    """``(start, end)`` of a name written before 为 (兼任, 兼理, 当选) and a title (许乐敏为市政咨询委员会主席,
    以朱建和为组长, 陈拱北兼任县长), an honorific perhaps between (吴鸿麟先生为议长), ``(-1, -1)`` when there
    is none; 为 must not end a word with the character before it (成为, 作为)."""
    if APPOINTING_RE.search(text, max(0, head_start - MAX_TITLE), head_start) is None:
        return -1, -1  # the common case, decided in C
    t = title_start(text, head_start, head_end)
    gap = GAP_BEFORE_RE.search(text, max(0, t - 3), t)
    t = gap.start() if gap else t  # 派樓勝利為 縣長: a PDF's space before the title
    n = next((len(w) for w in APPOINTING if text.endswith(w, 0, t)), 0)
    q = _past_honorific(text, t - n)  # 选出吴鸿麟先生为议长
    if not n or q < 2 or (n == 1 and q == t - n and is_word(text[t - 2:t])):
        return -1, -1
    s = _name_ending_at(lex, text, q, known, after_word=True)  # 纵队司令|陈逸民兼任县长
    return (s, q) if s >= 0 else (-1, -1)


ON_BEHALF_RE = re.compile("代表[\u4e00-\u9fff、]{0,14}(?:委员会|政府|党委|[省市县区镇乡旗]委|常委会)作")
"""代表 (on behalf of) a government or party organ and 作 (gives) a report (杨易先代表乡人民委员会作政府工作报告):
only an official speaks for an organ, so the name before it is a leader even without a title."""


def on_behalf_mentions(text: str, known: Collection[str] = ()) -> list[Mention]:
    """Names that report on behalf of an organ (see :data:`ON_BEHALF_RE`); the name starts cleanly right
    before 代表, and the mention carries no title."""
    if "代表" not in text:
        return []  # the common case, decided in C
    lex = lexicon()
    found: list[Mention] = []
    for m in ON_BEHALF_RE.finditer(text):
        s = _name_ending_at(lex, text, m.start(), known, after_word=False)
        if s >= 0:
            found.append(Mention(text[s:m.start()], None, s, m.start()))
    return found


SPEECH_DATE_RE = re.compile(r"[（(]\s*(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*[）)]\s*")
"""A speech's date in brackets on a line of its own under its heading, the speaker's name below it
(——在…全会上的讲话⏎(2008年1月7日)⏎王忠林⏎同志们:), as yearbooks print the speeches of the year."""
SALUTATIONS = ("同志们", "各位")
"""How a speech opens, right after the speaker's line once lines are joined (王忠林同志们:)."""


def speaker_mentions(text: str, known: Collection[str] = ()) -> list[Mention]:
    """The speaker named alone right after a speech's date (see :data:`SPEECH_DATE_RE`): the name ends the
    line (or the text) or the speech's salutation follows it; the mention carries no title."""
    if "日" not in text:
        return []  # the common case, decided in C
    found: list[Mention] = []
    for m in SPEECH_DATE_RE.finditer(text):
        i = m.end()
        n = name_at(text, i, known)
        rest = text[i + n:i + n + 3]
        if n and (not rest.strip() or rest[0] in "\n\r" or rest.startswith(SALUTATIONS)):
            found.append(Mention(text[i:i + n], None, i, i + n))
    return found


SERVICE_OFFICE = "服务处"
"""A legislator's or councillor's constituency office (简焕宗服务处代表, 立法委员黄捷服务处): the name before
it is an elected official's."""


def service_office_mentions(text: str, known: Collection[str] = ()) -> list[Mention]:
    """Names written right before :data:`SERVICE_OFFICE`, starting cleanly (after a list's ``、``,
    punctuation or a word that precedes titles); the mention carries no title."""
    if SERVICE_OFFICE not in text:
        return []  # the common case, decided in C
    lex = lexicon()
    found: list[Mention] = []
    p = text.find(SERVICE_OFFICE)
    while p >= 0:
        s = _name_ending_at(lex, text, p, known, after_word=False)
        if s >= 0:
            found.append(Mention(text[s:p], None, s, p))
        p = text.find(SERVICE_OFFICE, p + len(SERVICE_OFFICE))
    return found


def _place_before_head(text: str, name: str, head: str, answers: dict[tuple[str, str], bool]) -> bool:
    """True when the "name" before a ``head`` that starts with a level (县长, 区长) is the place that level
    names, as the text shows by writing it with the level elsewhere (金门县长 beside 金门县政府, 白肯区长
    beside 白肯区公所): counts in C, and 李扬镇长 is still a name where 李扬镇 stands only before 长.
    ``answers``: this text's answers so far, as a text naming 李扬县长 a hundred times asks a hundred times
    (two counts over the whole text each: quadratic in a long 县志 without them)."""
    if head[0] not in LEVELS:
        return False
    if (name, head) not in answers:
        answers[name, head] = text.count(name + head[0]) > text.count(name + head)
    return answers[name, head]


def _name_follows(text: str, j: int, named_at: Collection[int]) -> bool:
    """True when a titled name starts at ``text[j]`` or right after spaces there."""
    gap = GAP_RE.match(text, j)
    return j in named_at or (gap is not None and gap.end() in named_at)


def expert_mentions(text: str) -> list[Mention]:
    """Professors, doctors and researchers named right before their academic title (signal 4)."""
    lex = lexicon()
    found: list[Mention] = []
    for m in EXPERT_RE.finditer(text):
        s = _name_ending_at(lex, text, m.start(), (), after_word=True)
        if s >= 0:
            found.append(Mention(text[s:m.start()], m.group(), s, m.start(), EXPERT))
    return found


class _Covered:
    """The character positions taken by spans so far: an overlap test costs the span's length, not the
    number of spans (a long unsplit text has hundreds of mentions)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._taken: set[int] = {p for s, e in spans for p in range(s, e)}

    def overlaps(self, s: int, e: int) -> bool:
        return not self._taken.isdisjoint(range(s, e))

    def add(self, s: int, e: int) -> None:
        self._taken.update(range(s, e))


def merge(*groups: Iterable[Mention]) -> list[Mention]:
    """Mentions in text order, dropping any that overlaps an earlier-listed (stronger) one."""
    kept: list[Mention] = []
    covered = _Covered()
    for group in groups:
        for mention in group:
            if not covered.overlaps(mention.start, mention.end):
                covered.add(mention.start, mention.end)
                kept.append(mention)
    return sorted(_canonical_all(kept), key=_start)


_start = attrgetter("start")


def _canonical_all(mentions: list[Mention]) -> list[Mention]:
    """:func:`_canonical` of each mention, with one conversion of all their names and titles for the
    common case where none changes (a conversion per name and title cost more than the rest of merge)."""
    words = "\x00".join([m.title + m.name if m.title else m.name for m in mentions])
    return mentions if canonical(words) == words else [*map(_canonical, mentions)]


def _canonical(mention: Mention) -> Mention:
    """The mention with its name and title simplified (a stray traditional character in a simplified text)."""
    name, title = canonical(mention.name), mention.title and canonical(mention.title)
    return mention if (name, title) == (mention.name, mention.title) else replace(mention, name=name, title=title)


def find_named(text: str, known: Collection[str] = ()) -> list[Mention]:
    """Leaders introduced by a title or a list, plus experts: everything but standalone names."""
    text = simplified(text)
    heads = title_heads(text)
    titled = titled_mentions(text, known, heads)
    return merge(titled, duty_leader_mentions(text, known), listed_mentions(text, known), expert_mentions(text),
                 post_titled_mentions(text, known, heads, titled), glossed_mentions(text, known),
                 appointed_comrades(text, known), on_behalf_mentions(text, known), service_office_mentions(text, known),
                 speaker_mentions(text, known))


DOCTRINE_RE = re.compile("(?:同志|总书记|主席)?(?:关于|新时代|谈治国理政|的?重要|[\u4e00-\u9fff]{0,4}(?:思想|理论))")
"""What makes a leader's name part of the name of a doctrine or a body of instructions (习近平新时代中国特色
社会主义思想, 习近平生态文明思想, 邓小平理论, 习近平总书记关于…的重要论述, 习近平总书记的重要文章,
《习近平谈治国理政》): a reference every gazette repeats, which names no one taking part in what the item
reports."""


STUDIED = ("学习", "贯彻", "落实", "领会", "传达")
"""Verbs whose object is what a leader said or wrote (学习贯彻习近平总书记视察重庆重要讲话精神, 落实习近平总书记
对广西…重要指示, 学习了…): a known name right after one refers to the words, not to someone taking part."""


def _standalone_ok(text: str, s: int, e: int) -> bool:
    """Reject a known two-character name that is really part of surrounding words (扩张超过 ≠ 张超) or of a
    longer name (胡伟 in 胡伟杰发表), and a name in a doctrine's name (see :data:`DOCTRINE_RE`); a name that
    is a common word (高峰) stands alone only before a word that ends names (高峰|主持, not 用电高峰期间)."""
    if DOCTRINE_RE.match(text, e) or text.endswith(STUDIED, 0, s - (text[s - 1:s] == "了")):
        return False
    if e - s > 2:
        return True
    if word_freq(text[s:e]) >= COMMON_WORD_FREQ and lexicon().follower_len(text, e) < 2:
        return False
    if is_word(text[max(s - 1, 0):s + 1]) or is_word(text[e - 1:e + 1]):
        return False
    return name_at(text, s) <= 2  # 胡伟|杰发表了: the evidence reads a longer name, someone else


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

    def finditer(self, text: str) -> Iterator[tuple[int, int]]:
        """``(start, end)`` of each known name in ``text``, the way ``re.finditer`` would report them.

        Walks (in C) the positions holding a name's first character, skipping those inside the last
        match, and takes the longest name starting at each: cost follows the text. One loop with no
        call per position (a search and a look-up method per position cost twice as much)."""
        names, lengths, size, cursor = self._names, self._lengths, len(text), 0
        for m in self._starts.finditer(text):
            i = m.start()
            if i < cursor:
                continue
            for n in lengths[text[i]]:
                if i + n <= size and text[i:i + n] in names:
                    yield i, i + n
                    cursor = i + n
                    break

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
    return alone_at(text, index.finditer(text), taken)


def alone_at(text: str, spans: Iterable[tuple[int, int]], taken: Iterable[tuple[int, int]]) -> list[Mention]:
    """The mentions of :func:`find_standalone` at the known names' ``spans`` in ``text`` (simplified):
    those outside the spans ``taken`` and not part of surrounding words."""
    return [Mention(text[s:e], None, s, e) for s, e in alone_spans(text, spans, taken)]


def alone_spans(text: str, spans: Iterable[Span], taken: Iterable[Span]) -> list[Span]:
    """The spans of :func:`alone_at`'s mentions (pass 2 done ahead keeps only these)."""
    covered = _Covered(taken)
    return [(s, e) for s, e in spans if not covered.overlaps(s, e) and _standalone_ok(text, s, e)]


def standalone_among(text: str, names: Collection[str], taken: Collection[tuple[int, int]]) -> list[Mention]:
    """:func:`find_standalone` for a few names known to occur in ``text`` (simplified): the same matches
    (leftmost, then longest, never overlapping) without building a :class:`NameIndex`, whose regex
    compiled per file cost more than the search."""
    return alone_at(text, leftmost_longest((s, s + len(n)) for n in names if n for s in _starts(text, n)), taken)


def leftmost_longest(spans: Iterable[Span]) -> list[Span]:
    """Of names' occurrences (overlapping, in any order), those ``re.finditer`` over a longest-first
    alternation of the names reports: leftmost, then longest, never overlapping."""
    kept, cursor = [], 0
    for s, minus_e in sorted((s, -e) for s, e in spans):  # leftmost, then longest, in a sort without a key
        if s >= cursor:
            cursor = -minus_e
            kept.append((s, cursor))
    return kept


class NameScan:
    """A few names found in texts with one pass over each: an Aho–Corasick automaton (pyahocorasick,
    in C) built once for a file's names. Pass 2 ahead looks for the few dozen known names a file holds
    in each of its articles; a ``str.find`` loop per name and article read each text once per name."""

    def __init__(self, names: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for name in names:
            if name:
                self._automaton.add_word(name, len(name))
        self._automaton.make_automaton()

    def spans(self, text: str) -> list[Span]:
        """Where the names stand in ``text``, as :func:`leftmost_longest` keeps them."""
        if not len(self._automaton):
            return []  # an empty automaton refuses to scan
        return leftmost_longest((end + 1 - n, end + 1) for end, n in self._automaton.iter(text))


def _starts(text: str, name: str) -> list[int]:
    """Every position ``name`` starts at in ``text``, overlapping ones included."""
    out, i = [], text.find(name)
    while i >= 0:
        out.append(i)
        i = text.find(name, i + 1)
    return out


def find_leaders(text: str, known: Collection[str] = ()) -> list[Mention]:
    """All people in one text: named leaders and experts, then known leaders standing alone."""
    text = simplified(text)
    named = find_named(text, known)
    names = set(known) | {k.name for k in named if k.role == LEADER}
    alone = find_standalone(text, name_index(names), [(k.start, k.end) for k in named])
    return merge(named, alone)
