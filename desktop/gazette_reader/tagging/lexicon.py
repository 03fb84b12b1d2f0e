"""The tagging data files in ``resources/dict`` (plus the user's own copies), loaded once.

Recognition is data-driven: the title heads, surnames, list markers, name followers, the project
gazetteer and the stop list all live in plain text files a user can read and extend (format in
``resources/dict/README.md``). A file of the same name in the user dictionary folder
(``<user data dir>/dict``) is read after the bundled one and adds to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import platformdirs

from gazette_reader.paths import APP_AUTHOR, APP_NAME, resources_dir


def user_dict_dir() -> Path:
    """Where a user may drop extra dictionary files (same names and formats as the bundled ones)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "dict"


def _dict_files(name: str) -> list[Path]:
    """The bundled file and, when present, the user's file of the same name."""
    return [p for p in (resources_dir() / "dict" / name, user_dict_dir() / name) if p.is_file()]


def read_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a dictionary file (bundled first, then the user's)."""
    lines: list[str] = []
    for path in _dict_files(name):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                lines.append(line)
    return lines


def read_sections(name: str) -> dict[str, list[str]]:
    """A file split into ``[section]`` blocks; entries before any header go to section ``""``."""
    sections: dict[str, list[str]] = {"": []}
    current = ""
    for line in read_lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        else:
            sections[current].append(line)
    return sections


def longest_first(words: set[str] | list[str]) -> str:
    """A regex alternation that prefers the longest word at a position."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)) if w)


def trie_alternation(words: set[str] | list[str] | frozenset[str]) -> str:
    """A regex matching what :func:`longest_first` matches, written as a trie (书记|秘书(?:长)?): at each
    position the engine tests one branch per distinct next character instead of every word sharing
    the first one, which keeps a scan fast as the list grows (立委 beside 成立, 建立)."""
    trie: dict = {}
    for word in set(words):
        if word:
            node = trie
            for ch in word:
                node = node.setdefault(ch, {})
            node[""] = {}
    return _trie_pattern(trie) if trie else r"(?!)"


def _trie_pattern(node: dict) -> str:
    """The regex of one trie node: its branches, optional (and greedy: longest first) where a word ends."""
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" not in node:
        return body
    return f"{body}?" if len(body) == 1 else f"(?:{body})?"


def char_class(chars: set[str]) -> re.Pattern[str]:
    """A regex matching any one of ``chars`` (never matching when there are none)."""
    return re.compile(f"[{''.join(re.escape(c) for c in sorted(chars))}]" if chars else r"(?!)")


@dataclass(frozen=True)
class Lexicon:
    """Everything the leader recogniser needs, with the regexes compiled once."""

    heads: frozenset[str]
    head_tuple: tuple[str, ...]
    """The heads again, for ``str.endswith``."""
    non_official: tuple[str, ...]
    non_official_re: re.Pattern[str]
    """Any of :attr:`non_official`: most titles hold none, which one search in C tells."""
    members: tuple[str, ...]
    """Titles of members, not office holders (政协委员, 人大代表), and of village heads (村长, 里长): a title
    ending in one names no leader."""
    organ_ends: frozenset[str]
    """Characters an organ's name ends with (党工委, 党支部): never the end of a name before a head."""
    masks: frozenset[str]
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    followers: tuple[str, ...]
    particles: frozenset[str]
    """One-character followers (等, 和, 在 …): prepositions and particles, which end no name …"""
    name_final: frozenset[str]
    """… except these, which also end names (康正和) and then need strong evidence after them."""
    before_title: tuple[str, ...]
    before_rank: tuple[str, ...]
    """Words that end a description of duties right before a rank or head (分管农业农村工作|副镇长)."""
    title_stops: tuple[str, ...]
    """Heads, words before titles and before ranks: whatever may end a title's prefix, in one tuple."""
    title_stop_ends: frozenset[str]
    """The last characters of :attr:`title_stops`: text ending in another character ends with none of
    them, which a set look-up tells without comparing it with each."""
    head_re: re.Pattern[str]
    head_pairs: frozenset[str]
    """Every two characters that stand side by side in a head (县长: 县长; 秘书长: 秘书, 书长)."""
    head_splits: tuple[re.Pattern[str], ...]
    """A space, then a full-width one, before a character that may end such a pair, where a PDF's text may
    have split a head (县 长, 书 记): found in C (a literal first, which a class of both spaces is not), the
    pair checked against :attr:`head_pairs`."""
    list_before_re: re.Pattern[str]
    list_after_re: re.Pattern[str]
    surname_starts: frozenset[str]
    """Every character a surname can start with, for a set look-up."""
    name_shapes_re: re.Pattern[str]
    """At each position a surname can start at, the 4 characters starting there (fewer at the end):
    ``findall`` lists them in C, and every name-shaped substring is one of them or a prefix of one.
    No match crosses a NUL, so texts joined by one yield what each text yields."""
    follower_re: re.Pattern[str]

    def surname_at(self, text: str, i: int) -> int:
        """Length of the surname starting at ``text[i]`` (2 for 欧阳, 1 for 王), 0 when none."""
        if text[i:i + 2] in self.compound_surnames:
            return 2
        return 1 if text[i:i + 1] in self.surnames else 0

    def follower_at(self, text: str, i: int) -> bool:
        """True when a name-ending word (主持, 带领, 等 …) starts at ``text[i]``."""
        return text.startswith(self.followers, i)

    def follower_len(self, text: str, i: int) -> int:
        """Length of the longest name-ending word starting at ``text[i]``, 0 when none does."""
        m = self.follower_re.match(text, i)
        return m.end() - i if m else 0

    def masked(self, text: str, head_start: int) -> bool:
        """True when the head at ``head_start`` is really the end of a word such as 社区 (社区长江)."""
        return head_start > 0 and text[head_start - 1:head_start + 1] in self.masks

    def before_title_at(self, text: str, j: int) -> bool:
        """True when ``text[:j]`` ends with a word that precedes titles (邀请, 由, 的 …)."""
        return text.endswith(self.before_title, 0, j)

    def before_title_len(self, text: str, j: int) -> int:
        """Length of the longest word that precedes titles ending at ``j`` (0 when none does)."""
        if not text.endswith(self.before_title, 0, j):
            return 0  # the common case, decided in C
        return next(len(w) for w in self.before_title if text.endswith(w, 0, j))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and compile the leader lexicon (cached; call :func:`reload` after editing the files)."""
    titles = read_sections("titles.txt")
    markers = read_sections("list_markers.txt")
    surnames = {s for line in read_lines("surnames.txt") for s in line.split()}
    words = read_sections("name_followers.txt")
    followers = tuple(sorted(set(words.get("after_name", [])), key=len, reverse=True))
    heads = frozenset(titles.get("heads", []))
    firsts = frozenset(s[0] for s in surnames if s)
    starts = char_class(set(firsts))
    title_stops = heads | set(words.get("before_title", [])) | set(words.get("before_rank", []))
    pairs = frozenset(h[k - 1:k + 1] for h in heads for k in range(1, len(h)))
    return Lexicon(
        heads=heads,
        head_tuple=tuple(sorted(heads)),
        non_official=tuple(titles.get("non_official", [])),
        non_official_re=re.compile(longest_first(titles.get("non_official", [])) or r"(?!)"),
        members=tuple(titles.get("members", [])),
        organ_ends=frozenset("".join(titles.get("organ_ends", []))),
        masks=frozenset(titles.get("masks", [])),
        surnames=frozenset(s for s in surnames if len(s) == 1),
        compound_surnames=frozenset(s for s in surnames if len(s) == 2),
        followers=followers,
        particles=frozenset(f for f in followers if len(f) == 1),
        name_final=frozenset(words.get("name_final", [])),
        before_title=tuple(sorted(set(words.get("before_title", [])), key=len, reverse=True)),
        before_rank=tuple(words.get("before_rank", [])),
        title_stops=tuple(sorted(title_stops)),
        title_stop_ends=frozenset(w[-1] for w in title_stops if w),
        head_re=re.compile(f"(?:{trie_alternation(heads)})"),
        head_pairs=pairs,
        head_splits=tuple(re.compile(f"{space}(?={char_class({p[1] for p in pairs}).pattern})") for space in SPACES),
        list_before_re=re.compile(f"(?:{trie_alternation(markers.get('before', []))})"),
        list_after_re=_list_after(markers),
        surname_starts=firsts,
        name_shapes_re=_name_shapes(starts),
        follower_re=re.compile(f"(?:{trie_alternation(followers)})"),
    )


SPACES = " \u3000"
"""The spaces a PDF's text may leave inside a word (县 长)."""
LEVELS = "省市县区镇乡旗"
"""The level of government a list of leaders may name before its marker (县“四大家”领导)."""


def _list_after(markers: dict[str, list[str]]) -> re.Pattern[str]:
    """等 and a marker closing a list of names: ``[after]``, or a level, a leadership group (quoted or
    not) and ``[after]`` (等县“四大家”领导, 等市四套班子领导), after words of ``[between]`` (等在家全体县级领导)."""
    groups = longest_first(markers.get("groups", [])) or r"(?!)"
    between = longest_first(markers.get("between", [])) or r"(?!)"
    return re.compile(f"等(?:{between}){{0,2}}(?:[{LEVELS}]?[“\"]?(?:{groups})[”\"]?)?"
                      f"(?:{longest_first(markers.get('after', []))})")


def _name_shapes(starts: re.Pattern[str]) -> re.Pattern[str]:
    """The :attr:`Lexicon.name_shapes_re` for surnames starting with a character ``starts`` matches."""
    return re.compile(f"(?=({starts.pattern}[^\\x00]{{1,3}}))")


@dataclass(frozen=True)
class Gazetteer:
    """Known projects: canonical name → aliases, and one regex over every surface form."""

    aliases: dict[str, tuple[str, ...]]
    canonical: dict[str, str]
    pattern: re.Pattern[str] | None
    stop: frozenset[str]


def parse_gazetteer_line(line: str) -> tuple[str, list[str]]:
    """``name = alias | alias`` → (name, [aliases]); a line without ``=`` is a bare name."""
    name, _, rest = line.partition("=")
    aliases = [a.strip() for a in rest.split("|") if a.strip()]
    return name.strip(), aliases


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Load the project gazetteer and the not-a-project stop list (cached)."""
    aliases: dict[str, tuple[str, ...]] = {}
    canonical: dict[str, str] = {}
    for line in read_lines("projects.txt"):
        name, forms = parse_gazetteer_line(line)
        merged = tuple(dict.fromkeys([*aliases.get(name, ()), *forms]))
        aliases[name] = merged
        for form in (name, *merged):
            canonical[form] = name
    pattern = re.compile(longest_first(list(canonical))) if canonical else None
    return Gazetteer(aliases, canonical, pattern, frozenset(read_lines("not_projects.txt")))


def reload() -> None:
    """Forget cached dictionaries so edited files are read again."""
    lexicon.cache_clear()
    gazetteer.cache_clear()
