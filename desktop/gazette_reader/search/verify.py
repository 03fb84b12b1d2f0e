"""Exact answers for terms the index can only narrow down: those containing punctuation or symbols.

The index holds no token for non-word characters (see :mod:`gazette_reader.text.ngrams`), so ``，区委``
or ``“三送一强”`` is answered in steps:

1. candidates from the index: the term's word runs, each with its end-of-run sentinel, as one phrase
   (tight: no token stands between two runs in a document either). A term of punctuation only (``。``)
   has none, so every article is a candidate.
2. SQL drops candidates whose stored text lacks every spelling of the term's first non-word character
   that normalises to it (``，`` or ``,`` for ``,``): a necessary condition, tested in C.
3. SQL accepts candidates whose stored text holds the term verbatim (as normalised, or with full-width
   punctuation, the usual spelling): sufficient, because normalisation maps character by character.
4. Only the rest (traditional script, spaces inside the term, odd widths, or no match) is tested in
   Python, with a regular expression equivalent to "normalised text contains the term": each character
   becomes the class of its spellings, with removable characters (whitespace) allowed between them.
   Searching the stored text this way runs in C and is several times faster than normalising it.

Every candidate is verified, which keeps the total exact; these are the rare queries.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from sqlite_utils import Database

from gazette_reader.jobs import NEVER, CancelToken
from gazette_reader.search.index import FTS_TABLE
from gazette_reader.text.ngrams import candidate_expression, is_word
from gazette_reader.text.normalize import _table, normalize

_TEXTS = ("a.title", "a.subtitle", "a.kicker", "a.body")
_CHECK_EVERY = 1000
_FULLWIDTH = {code: chr(code + 0xFEE0) for code in range(0x21, 0x7F) if not chr(code).isalnum()}


def verified_ids(db: Database, norm_term: str, *, cancel: CancelToken | None = None) -> set[int]:
    """Ids of the articles whose normalised title, subtitle, kicker or body contains ``norm_term``."""
    cancel = cancel or NEVER
    mark = next(c for c in norm_term if not is_word(c))
    needed, needed_params = _contains_any(sorted(spellings(mark)))
    sure, sure_params = _contains_any(verbatim(norm_term))
    sql = f"SELECT a.id, {sure}, {', '.join(_TEXTS)} FROM articles a WHERE {needed}"
    params = [*sure_params, *needed_params]
    expression = candidate_expression(norm_term)
    if expression is not None:
        sql += f" AND a.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)"
        params.append(expression)
    pattern = _pattern(norm_term)
    found: set[int] = set()
    for count, (article_id, is_sure, *texts) in enumerate(db.conn.execute(sql, params)):
        if count % _CHECK_EVERY == 0:
            cancel.check()
        if is_sure or any(pattern.search(text) for text in texts if text):
            found.add(article_id)
    return found


def _contains_any(needles: list[str]) -> tuple[str, list[str]]:
    """SQL true when any text column of ``a`` holds any of ``needles`` verbatim (false for none)."""
    if not needles:
        return "0", []
    tests = [f"instr(coalesce({column}, ''), ?) > 0" for _ in needles for column in _TEXTS]
    return "(" + " OR ".join(tests) + ")", [n for n in needles for _ in _TEXTS]


def verbatim(norm_term: str) -> list[str]:
    """Spellings of the term that normalise to it: as given, and with full-width ASCII punctuation."""
    candidates = dict.fromkeys([norm_term, norm_term.translate(_FULLWIDTH)])
    return [text for text in candidates if normalize(text) == norm_term]


@lru_cache(maxsize=64)
def _pattern(norm_term: str) -> re.Pattern[str]:
    """A regex that finds ``norm_term`` in un-normalised text (normalisation is per character)."""
    removed = "[" + re.escape("".join(_preimages().get("", ()))) + "]*"
    classes = ["[" + re.escape("".join(sorted(spellings(char)))) + "]" for char in norm_term]
    return re.compile(removed.join(classes))


def spellings(char: str) -> frozenset[str]:
    """Every character that normalises to ``char`` (itself included when it stays unchanged)."""
    return frozenset(_preimages().get(char, ())) | ({char} if normalize(char) == char else set())


@lru_cache(maxsize=1)
def _preimages() -> dict[str, tuple[str, ...]]:
    inverse: dict[str, list[str]] = {}
    for code, value in _table().items():
        inverse.setdefault(value or "", []).append(chr(code))
    return {value: tuple(chars) for value, chars in inverse.items()}


def id_condition(ids: set[int]) -> tuple[str, list]:
    """SQL true for articles ``a`` whose id is in ``ids`` (one JSON parameter, however many ids)."""
    return "a.id IN (SELECT value FROM json_each(?))", [json.dumps(sorted(ids))]
