"""jieba word segmentation, loaded lazily with the bundled user dictionary.

jieba needs about a second to build its prefix dictionary, so nothing here touches it at import time:
the GUI must start fast and most code paths never segment. The first call to :func:`tokenizer` pays
the cost once per process. ``resources/dict/*.txt`` supplies words jieba lacks (official titles), so
segments such as ``区委副书记`` stay whole.
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache
from typing import TYPE_CHECKING

from gazette_reader.paths import resources_dir

if TYPE_CHECKING:  # pragma: no cover - typing only
    import jieba

_lock = threading.Lock()
USER_DICT_NAME = "jieba_user.txt"


@lru_cache(maxsize=1)
def _build() -> "jieba.Tokenizer":
    """Create and initialise the tokenizer; cached so the dictionary loads once per process."""
    import jieba  # deferred on purpose: importing is cheap, but keep the whole cost out of import time

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    user_dict = resources_dir() / "dict" / USER_DICT_NAME
    if user_dict.is_file():
        tok.load_userdict(str(user_dict))
    return tok


def tokenizer() -> "jieba.Tokenizer":
    """The shared, initialised jieba tokenizer (thread-safe first load)."""
    with _lock:
        return _build()


def is_loaded() -> bool:
    """True once the dictionary was loaded; lets tests prove imports stay lazy."""
    return _build.cache_info().currsize > 0


def cut(text: str) -> list[str]:
    """Segment ``text`` into words (precise mode, no HMM guessing of unknown words)."""
    return list(tokenizer().cut(text, HMM=False))


def word_freq(word: str) -> int:
    """jieba's corpus frequency for ``word``; 0 when it is not a dictionary word."""
    return int(tokenizer().FREQ.get(word) or 0)


def is_word(word: str, min_freq: int = 20) -> bool:
    """True when ``word`` is a reasonably common dictionary word (rare entries are noise)."""
    return word_freq(word) >= min_freq


@lru_cache(maxsize=1)
def name_tagged_pairs() -> dict[str, tuple[int, str]]:
    """Two-character words jieba's dictionary tags as (parts of) personal names (``nr``, ``nrfg``, ``nrt``),
    each with its frequency and tag: read once from the dictionary file when the tagger first asks (the
    tagger's two word sets below are both cut from it)."""
    pairs: dict[str, tuple[int, str]] = {}
    with tokenizer().get_dict_file() as dictionary:
        for raw in dictionary:
            parts = raw.decode("utf-8").split()
            if len(parts) == 3 and len(parts[0]) == 2 and parts[2].startswith("nr"):
                pairs[parts[0]] = (int(parts[1]), parts[2])
    return pairs


@lru_cache(maxsize=1)
def person_words() -> frozenset[str]:
    """Two-character words jieba's dictionary tags as personal names (``nr``: 高峰, 文明, 向阳): a common
    word that is also a name."""
    return frozenset(word for word, (_, tag) in name_tagged_pairs().items() if tag == "nr")
