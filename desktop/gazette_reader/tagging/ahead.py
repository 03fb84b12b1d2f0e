"""Leader finding done ahead, in the import's helper processes, and checked by the writer.

Titles and lists are found per article with the leader names known so far (:func:`find_named` reads
them): the library's and those learned earlier in the same file. The writer alone knows the library's
names, so the helper runs the finder with its own guess of them and records every question the finder
asked (``is 赵豪志 a known leader?``) with the answer it got. The finder reads ``known`` only through
such membership tests and is otherwise a pure function of the text, so when the writer's answers to the
same questions are the same, its own run would have found exactly the same mentions: the writer checks
the few recorded questions instead of searching the text, and finds again only where an answer differs.

The helper's guess is the names it found in the files it prepared before (a county's leaders recur in
every issue), kept in this process. The writer's answer is what tagging a file has always read
(:func:`gazette_reader.tagging.store.tag_articles`): the library's names among the file's name-shaped
substrings or named by a correction, plus the names learned from the file's earlier articles. The
helper lists those substrings too (:func:`name_candidates`), in one string, so the writer finds the
library's names in a file with one set intersection in C instead of slicing every text.

Pass 2 (known names standing alone) is done ahead the same way (:func:`alone_ahead`): it reads the
known names only through which of them occur in an article, so the helper runs it with its guess of the
names the writer will look for, and the writer keeps the helper's finds in every article that holds none
of the names on which the two sets differ and whose pass 1 it settled from the helper's finds.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter

from gazette_reader.tagging.leaders import LEADER, Mention, NameScan, alone_spans, find_named, standalone_among
from gazette_reader.tagging.lexicon import lexicon

SEPARATOR = "\x00"
"""Between two name candidates in :attr:`Ahead.candidates` (no text holds it: control characters
are dropped at import)."""
REMEMBERED = 200_000
"""Names a helper process keeps as its guess of the library's (forgotten all at once past this)."""
RECENT_FILES = 16
"""Files whose newly learned names the writer sends along with each file it hands a helper: every
helper then hears of names learned from files the other helper prepared."""
_seen: set[str] = set()
"""The leader names this process found in the files it prepared or heard of: the guess of the
library's names."""
_recent: deque[frozenset[str]] = deque(maxlen=RECENT_FILES)
"""On the writer: the names the last files taught the library (:func:`learned`)."""


def has_name_shape(word: str) -> bool:
    """True for 2–4 characters starting with a surname's first character: the substrings
    :func:`candidate_set` lists, so the known names a text can hold."""
    return 2 <= len(word) <= 4 and word[0] in lexicon().surname_starts


_FIRST_TWO, _FIRST_THREE = itemgetter(slice(2)), itemgetter(slice(3))


def name_candidates(texts: Sequence[str]) -> str:
    """Every name-shaped substring of ``texts`` (:func:`candidate_set`), once, joined by
    :data:`SEPARATOR`: one string crosses between processes far faster than a set of thousands."""
    return SEPARATOR.join(candidate_set(texts))


def candidate_set(texts: Iterable[str]) -> set[str]:
    """Every name-shaped substring of ``texts`` (2–4 characters from a position where a surname can
    start), once: the substrings known names can be among. One regex pass in C over the texts joined
    by :data:`SEPARATOR` lists the longest at each start
    (:attr:`~gazette_reader.tagging.lexicon.Lexicon.name_shapes_re`), and their 2- and 3-character
    prefixes are sliced in C, once per distinct one: slicing each substring in Python cost a quarter
    of the helpers' tagging."""
    longest = set(lexicon().name_shapes_re.findall(SEPARATOR.join(texts)))
    return longest.union(map(_FIRST_TWO, longest), map(_FIRST_THREE, longest))


class _Recorder:
    """``known`` for :func:`find_named` that answers from ``base`` and ``local`` and notes each question."""

    def __init__(self, base: Collection[str], local: set[str]) -> None:
        self.base, self.local = base, local
        self.asked: dict[str, bool] = {}

    def __contains__(self, name: object) -> bool:
        answer = name in self.local or (name in self.base and has_name_shape(name))  # type: ignore[arg-type]
        self.asked[name] = answer  # type: ignore[index]
        return answer


Row = tuple[str, str, "str | None", int, int]
"""A mention as the writer stores it: ``(name, role, title, start, end)``, the columns of ``mentions``
after the article's and the person's ids."""


def row_of(mention: Mention) -> Row:
    """The :data:`Row` of a mention."""
    return mention.name, mention.role, mention.title, mention.start, mention.end


@dataclass(frozen=True)
class Found:
    """What :func:`find_named` found in one article, and the questions about known names it asked:
    ``asked`` holds each name asked about, ``yes`` those that were known.

    Crosses to the writer as an :class:`Arrived` (:meth:`__reduce__`)."""

    mentions: tuple[Mention, ...]
    asked: tuple[str, ...]
    yes: frozenset[str]

    def __reduce__(self) -> tuple:
        """Pickled as an :class:`Arrived`: flat tuples and two strings unpickle five times faster than
        a dataclass per mention, and the writer unpickles the finds of every article it imports."""
        no = SEPARATOR.join(name for name in self.asked if name not in self.yes)
        return Arrived, (self.rows, SEPARATOR.join(self.yes), no)

    @property
    def rows(self) -> tuple[Row, ...]:
        """The mentions as :data:`Row` s."""
        return tuple(map(row_of, self.mentions))

    def answers(self) -> tuple[Collection[str], Collection[str]]:
        """The names asked about that were known, and those that were not."""
        return self.yes, [name for name in self.asked if name not in self.yes]


class Arrived:
    """A :class:`Found` as the writer receives it from a helper process: the mentions as rows, the
    names asked about as two :data:`SEPARATOR`-joined strings (those known, those not)."""

    __slots__ = ("rows", "_yes", "_no")

    def __init__(self, rows: tuple[Row, ...], yes: str, no: str) -> None:
        self.rows, self._yes, self._no = rows, yes, no

    def __reduce__(self) -> tuple:
        """Pickled again as it arrived."""
        return Arrived, (self.rows, self._yes, self._no)

    def answers(self) -> tuple[Collection[str], Collection[str]]:
        """As :meth:`Found.answers`."""
        return _names(self._yes), _names(self._no)


def _names(joined: str) -> list[str]:
    """The names :data:`SEPARATOR` joined (none in an empty string)."""
    return joined.split(SEPARATOR) if joined else []


def find_ahead(texts: Sequence[str]) -> list[Found]:
    """:func:`find_named` of each article of one file, in order, with this process's guess of the known
    names; the leaders each article names are known to the articles after it, as on the writer."""
    local: set[str] = set()
    out: list[Found] = []
    for text in texts:
        known = _Recorder(_seen, local)
        mentions = find_named(text, known)
        local.update(m.name for m in mentions if m.role == LEADER)
        out.append(Found(tuple(mentions), tuple(known.asked), frozenset(n for n, a in known.asked.items() if a)))
    remember(local)
    return out


def learned(names: Iterable[str]) -> None:
    """On the writer: note the names a file just taught the library, for :func:`recent_names`."""
    _recent.append(frozenset(n for n in names if has_name_shape(n)))


def recent_names() -> frozenset[str]:
    """On the writer: the names the last :data:`RECENT_FILES` files taught, to hand to a helper with
    the next file it prepares (cheap to send; a wrong or missing guess costs only time)."""
    return frozenset().union(*_recent)


def remember(names: Iterable[str]) -> None:
    """Add leader names found in a file or heard from the writer to this process's guess (only
    name-shaped ones can count)."""
    if len(_seen) > REMEMBERED:
        _seen.clear()
    _seen.update(n for n in names if has_name_shape(n))


class WriterKnown:
    """The known names :func:`find_named` reads for one article on the writer: ``before`` (the
    library's names the file can hold, as :func:`gazette_reader.tagging.store.tag_articles` has always
    counted them) and those learned from the file's earlier articles (``local``)."""

    def __init__(self, before: Collection[str], local: set[str]) -> None:
        self.before, self.local = before, local

    def __contains__(self, name: object) -> bool:
        return name in self.local or name in self.before

    def agrees(self, found: Found | Arrived) -> bool:
        """True when this set answers every question ``found`` recorded as the helper's did."""
        yes, no = found.answers()
        contains = self.__contains__
        return all(map(contains, yes)) and not any(map(contains, no))


def settle_rows(texts: Sequence[str], ahead: Sequence[Found | Arrived],
                known: WriterKnown) -> tuple[list[list[Row]], list[bool]]:
    """The named mentions of each article, as :data:`Row` s, as the writer's own :func:`find_named` runs
    would find them: the helper's where every recorded answer agrees, found again where one does not.
    Also, for each article, whether the helper's finds were kept (then its pass 2 done ahead counted
    the same spans as taken). Rows, as the writer stores them: the helper's arrive so, and no object
    is made for each."""
    out: list[list[Row]] = []
    kept: list[bool] = []
    for text, found in zip(texts, ahead):
        kept.append(known.agrees(found))
        rows = list(found.rows) if kept[-1] else list(map(row_of, find_named(text, known)))
        known.local.update(row[0] for row in rows if row[1] == LEADER)
        out.append(rows)
    return out, kept


Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Alone:
    """Pass 2 done ahead for one file: ``names``, the helper's guess of the names the writer looks for
    standing alone in it, and for each article the spans where one stands alone (:func:`_alone_rows`)."""

    names: frozenset[str]
    spans: tuple[Spans, ...]


def alone_ahead(texts: Sequence[str], found: Sequence[Found], candidates: Collection[str]) -> Alone:
    """Pass 2 of one file with this process's guess of the names, as the writer's is made: the known
    names among the file's name-shaped substrings plus the leaders its articles name.

    ``candidates``: the file's name-shaped substrings (:func:`candidate_set`). A name of that shape
    occurs in the file exactly when it is one of them, so the known names the file holds are one set
    intersection, whatever the number of names this process has seen (tens of thousands late in a
    big import, where testing each against every text cost a quarter of the helpers' tagging); the
    few it holds are then found in each text in one pass (:class:`NameScan`)."""
    names = frozenset(_seen.intersection(candidates)).union(
        m.name for f in found for m in f.mentions if m.role == LEADER)
    scan = NameScan(names)
    return Alone(names, tuple(tuple(alone_spans(text, scan.spans(text), [(m.start, m.end) for m in f.mentions]))
                              for text, f in zip(texts, found)))


def _alone_rows(text: str, names: Collection[str], taken: Iterable[Row]) -> list[Row]:
    """Those of ``names`` standing alone in ``text`` outside the ``taken`` rows' spans: pass 2 of one
    article (:func:`~gazette_reader.tagging.leaders.standalone_among` over the names it holds), as
    :data:`Row` s."""
    here = [n for n in names if n in text]
    return list(map(row_of, standalone_among(text, here, [(row[3], row[4]) for row in taken]))) if here else []


def settle_alone_rows(texts: Sequence[str], named: Sequence[list[Row]], kept: Sequence[bool],
                      ahead: Alone | None, names: set[str]) -> list[list[Row]]:
    """Pass 2 of each article, as :data:`Row` s, as the writer's own :func:`_alone_rows` with ``names``
    finds it: the helper's where its pass 1 was kept and the article holds none of the names only one
    of the two looked for (then both looked for the same names in it, around the same spans), found
    again elsewhere."""
    differ = names.symmetric_difference(ahead.names) if ahead is not None else set()
    out: list[list[Row]] = []
    for n, text in enumerate(texts):
        if ahead is not None and kept[n] and not any(name in text for name in differ):
            out.append([(text[s:e], LEADER, None, s, e) for s, e in ahead.spans[n]])
        else:
            out.append(_alone_rows(text, names, named[n]))
    return out
