"""Index tokens: one per character of the normalised text, spelled as ASCII words FTS5 keeps whole.

* A *word character* (``str.isalnum`` after normalisation: ideographs, letters, digits) starts a bigram
  with the next character when that one is a word character too, else a pair with the end sentinel.
* Any other character (punctuation, symbols) is a unigram token of its own.

Every character starts exactly one token at its own position, so a term is a substring of the text
exactly when its tokens occur at consecutive positions (an FTS5 phrase): inside a word run the bigrams
pin each next character, a word character before punctuation carries the sentinel, and punctuation
matches itself. A term's last word character, when its run is a single character, becomes a prefix token
(FTS5 allows ``*`` on a phrase's last token). Punctuation (~12% of gazette text) thus costs one short
token instead of two bigrams: the index is ~5% smaller than with bigrams over all characters, and no
query ever needs checking against the text.

A character is spelled as four base-36 digits (36**4 > 0x10FFFF), lower case because FTS5's tokenizers
fold case; a bigram is eight. ``zzzz`` (beyond Unicode) is the sentinel.
"""

from __future__ import annotations

import re

CODE_WIDTH = 4
SENTINEL = "zzzz"
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def char_code(char: str) -> str:
    """The four-letter ASCII spelling of one character."""
    value = ord(char)
    digits = []
    for _ in range(CODE_WIDTH):
        value, rest = divmod(value, 36)
        digits.append(_DIGITS[rest])
    return "".join(reversed(digits))


class _CodeTable(dict[int, str]):
    """A translate table that spells any character, learning codes on first sight."""

    def __missing__(self, code: int) -> str:
        spelled = char_code(chr(code))
        self[code] = spelled
        return spelled


_CODES = _CodeTable()


def spell(norm: str) -> str:
    """All characters of ``norm`` spelled back to back (``4 * len(norm)`` ASCII letters)."""
    return norm.translate(_CODES)


_RUNS = re.compile(r"[^\W_]+|[\W_]", re.UNICODE)
"""A run of word characters, or one other character (``_`` counts as punctuation, like ``isalnum``)."""


def _runs(norm: str) -> list[str]:
    return _RUNS.findall(norm)


def _is_word_run(run: str) -> bool:
    return run[0].isalnum()


def bigram_tokens(norm: str) -> str:
    """The index document for normalised text: its tokens, space-separated (empty text: no tokens)."""
    tokens: list[str] = []
    width = CODE_WIDTH
    for run in _runs(norm):
        spelled = run.translate(_CODES)
        if not _is_word_run(run):
            tokens.append(spelled)
            continue
        spelled += SENTINEL
        tokens += [spelled[i : i + 2 * width] for i in range(0, len(spelled) - width, width)]
    return " ".join(tokens)


def distinct_char_tokens(norm: str) -> str:
    """Each distinct character of ``norm`` once, spelled (the character index behind one-character terms)."""
    spelled = "".join(sorted(set(norm))).translate(_CODES)  # sorted: the digest must not depend on hash seeds
    return " ".join(spelled[i : i + CODE_WIDTH] for i in range(0, len(spelled), CODE_WIDTH))


def term_tokens(norm_term: str) -> list[str]:
    """The tokens a term must match at consecutive positions; a trailing ``*`` marks a prefix token.

    Inside a word run: its bigrams, then the last character paired with the sentinel when punctuation
    follows it in the term; at the end of the term a one-character run becomes a prefix token (a longer
    run's last character is already pinned by its last bigram). Punctuation: its unigram.
    """
    tokens: list[str] = []
    runs = _runs(norm_term)
    for n, run in enumerate(runs):
        spelled = run.translate(_CODES)
        if not _is_word_run(run):
            tokens.append(spelled)
            continue
        width = CODE_WIDTH
        tokens += [spelled[i : i + 2 * width] for i in range(0, len(spelled) - width, width)]
        if n + 1 < len(runs):
            tokens.append(spelled[-width:] + SENTINEL)
        elif len(run) == 1:
            tokens.append(spelled + "*")
    return tokens


def match_expression(norm_term: str) -> str:
    """An FTS5 expression matching exactly the documents that contain the normalised term.

    A single word character is a prefix query on its code, which FTS5 answers by merging the doclists
    of every token starting with it (a prefix index would add ~2.5 bytes per indexed character).
    """
    if not norm_term:
        raise ValueError("empty term")
    tokens = term_tokens(norm_term)
    prefix = tokens[-1].endswith("*")
    if prefix:
        tokens[-1] = tokens[-1][:-1]
    return '"' + " ".join(tokens) + '"' + ("*" if prefix else "")
