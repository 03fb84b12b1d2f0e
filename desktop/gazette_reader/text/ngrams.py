"""Index tokens: character bigrams inside runs of word characters, spelled as ASCII words FTS5 keeps whole.

A *word character* is one ``str.isalnum`` accepts after normalisation (CJK ideographs, letters, digits).
Chinese gazette text is ~11-15% punctuation, and indexing the bigrams that start with it cost ~10% of the
index for queries almost nobody types, so punctuation and symbols emit no token at all. Inside a run of
word characters every character starts exactly one token: a bigram with the next character, or, for the
run's last character, a pair with the end sentinel. Hence:

* a term made only of word characters, two or more long, is a substring exactly when its bigrams occur
  at consecutive positions (an FTS5 phrase; it cannot span runs, since it holds no sentinel), and a single
  word character is a substring exactly when some token starts with it (a prefix query);
* a term containing punctuation has no exact expression. :func:`candidate_expression` gives a superset:
  its runs with their sentinels, as one phrase (no tokens stand between two runs in the document either),
  which the caller verifies against the normalised text. A term of punctuation only has no candidates.

A character is spelled as four base-36 digits (36**4 > 0x10FFFF), lower case because FTS5's tokenizers
fold case; a bigram is eight. ``zzzz`` (beyond Unicode) is the sentinel.
"""

from __future__ import annotations

from itertools import groupby

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


def is_word(char: str) -> bool:
    """True for characters that are indexed (letters, digits, ideographs); false for punctuation."""
    return char.isalnum()


class _CodeTable(dict[int, str]):
    """A translate table that spells any character, learning codes on first sight."""

    def __missing__(self, code: int) -> str:
        spelled = char_code(chr(code))
        self[code] = spelled
        return spelled


class _DocumentTable(dict[int, str]):
    """Like :class:`_CodeTable`, but spells every non-word character as the sentinel."""

    def __missing__(self, code: int) -> str:
        spelled = char_code(chr(code)) if is_word(chr(code)) else SENTINEL
        self[code] = spelled
        return spelled


_CODES = _CodeTable()
_DOCUMENT_CODES = _DocumentTable()


def spell(norm: str) -> str:
    """All characters of ``norm`` spelled back to back (``4 * len(norm)`` ASCII letters)."""
    return norm.translate(_CODES)


def bigram_tokens(norm: str) -> str:
    """The index document for normalised text: one token per word character, space-separated.

    Non-word characters are spelled as the sentinel, so the word character before one pairs with it and
    the slices that would start with one are dropped. Empty text (or punctuation only) gives no tokens.
    """
    spelled = norm.translate(_DOCUMENT_CODES) + SENTINEL
    width = CODE_WIDTH
    return " ".join([spelled[i : i + 2 * width] for i in range(0, len(spelled) - width, width)
                     if spelled[i : i + width] != SENTINEL])


def term_tokens(norm_term: str) -> list[str]:
    """The bigram tokens a term of two or more characters must match, in order."""
    spelled = spell(norm_term)
    width = CODE_WIDTH
    return [spelled[i : i + 2 * width] for i in range(0, len(spelled) - width, width)]


def needs_verification(norm_term: str) -> bool:
    """True when the index can only narrow the term down: it contains a non-word character."""
    return not norm_term.isalnum()


def match_expression(norm_term: str) -> str:
    """An FTS5 expression matching exactly the documents that contain the word-character term.

    Two or more characters: a phrase of bigrams. One character: a prefix query on its code, which the
    FTS5 answers by merging the doclists of every bigram that starts with it (no prefix index: it
    would add ~2.5 bytes per indexed character; measured 1.2x vs 2.1x of the raw text at 100k articles).
    Terms with punctuation have no exact expression: see :func:`candidate_expression`.
    """
    if not norm_term:
        raise ValueError("empty term")
    if needs_verification(norm_term):
        raise ValueError(f"{norm_term!r} contains non-word characters: use candidate_expression and verify")
    return candidate_expression(norm_term) or ""


def candidate_expression(norm_term: str) -> str | None:
    """An FTS5 phrase matching every document that contains ``norm_term`` (exactly those, when the term
    is all word characters; see :func:`needs_verification`), or None when no token can narrow it down.

    Each word run contributes its bigrams, plus its sentinel pair when punctuation follows it in the
    term; a final single-character run becomes a prefix token (FTS5 applies ``*`` to a phrase's last one).
    """
    tokens: list[str] = []
    pending = ""  # the last character of the latest word run, until we know what follows it
    for word, chars in groupby(norm_term, is_word):
        run = "".join(chars)
        if word:
            tokens += term_tokens(run)
            pending = run
        elif pending:
            tokens.append(char_code(pending[-1]) + SENTINEL)
            pending = ""
    if len(pending) == 1:
        return '"' + " ".join([*tokens, char_code(pending)]) + '"*'
    return '"' + " ".join(tokens) + '"' if tokens else None
