"""Index tokens: one per character of the normalised text, spelled as ASCII words FTS5 keeps whole.

Every character starts one token at its own position: the bigram of it and the next character, or of it
and the end sentinel when it is the last character of its field. A term of two or more characters is then
a substring of the text exactly when its bigrams occur at consecutive positions (an FTS5 phrase): each
bigram pins the next character, and no query ever needs checking against the text. A one-character term
is a prefix query on its code (the search engine answers those from the character index instead).

Punctuation is paired like any other character. An earlier scheme gave punctuation one-character tokens
(~5% smaller index) but then a term ending in a lone character after punctuation (``，区``) had to end in
a prefix token, which FTS5 answers by merging the doclists of every bigram starting with that character:
up to half a second at 100,000 articles, against milliseconds for plain bigrams.

A character is spelled as four base-36 digits (36**4 > 0x10FFFF), lower case because FTS5's tokenizers
fold case; a bigram is eight. ``zzzz`` (beyond Unicode) is the sentinel. Codes of real characters start
with a digit or a letter up to ``n`` (0x10FFFF // 36**3 = 23), so tokens starting with ``x`` are free for
other uses: the facet tokens (:mod:`gazette_reader.search.facets`) and, in the character index, ``xt`` +
code for a character of a title (:func:`title_char_token`), which lets one-character terms rank title hits
first.
"""

from __future__ import annotations

import codecs
from array import array
from itertools import islice, product
from operator import itemgetter

from gazette_reader.text.normalize import NATIVE_UTF32

CODE_WIDTH = 4
SENTINEL = "zzzz"
TITLE_CHAR_PREFIX = "xt"
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
    """A translate table that spells any character, learning spellings on first sight.

    ``before`` and ``after`` frame each code: one table spells plain codes, others spell a whole
    document in one call at C speed (no Python loop per token)."""

    def __init__(self, before: str = "", after: str = "", *, twice: bool = False) -> None:
        super().__init__()
        self.before, self.after, self.twice = before, after, twice
        self._listed: list[bytes] | None = None

    def __missing__(self, code: int) -> str:
        spelled = self._frame(char_code(chr(code)))
        self[code] = spelled
        return spelled

    def _frame(self, spelled: str) -> str:
        return self.before + spelled + self.after + (spelled if self.twice else "")

    def listed(self) -> list[bytes]:
        """The spellings of the code points below :data:`_LISTED_END` as ASCII bytes, indexed by code
        point (built on first use)."""
        if self._listed is None:
            codes = islice(product(_DIGITS, repeat=CODE_WIDTH), _LISTED_END)  # in code point order
            self._listed = [self._frame("".join(digits)).encode("ascii") for digits in codes]
        return self._listed

    def translate(self, text: str) -> str:
        """``text`` spelled with this table.

        Text without characters from :data:`_LISTED_END` on (almost every normalised Chinese text) is
        spelled by the charmap codec over :meth:`listed`, which copies each character's bytes: 2.5x as
        fast on the bench corpus's bodies as ``str.translate`` writing each character's string (and no
        regex pass to look for other characters first). Any other character makes the codec fail, and
        the text is spelled through the table itself, which spells every character."""
        try:
            return codecs.charmap_encode(text, "strict", self.listed())[0].decode("ascii")
        except UnicodeEncodeError:
            return text.translate(self)

    def spell_codes(self, codes: list[int]) -> str:
        """The code points ``codes`` (ascending) spelled one after another, picked from :meth:`listed`
        by one :func:`operator.itemgetter` call when they are all listed (no string of the characters
        is made only to be spelled)."""
        if not codes or codes[-1] >= _LISTED_END:
            return "".join(map(self.__getitem__, codes))
        picked = itemgetter(*codes)(self.listed())
        return (picked if len(codes) == 1 else b"".join(picked)).decode("ascii")


_LISTED_END = 0xA000
"""The list form of a :class:`_CodeTable` covers the code points below this: CJK ideographs end at
U+9FFF and normalising folds the full-width forms (U+FF01–FF5E) to ASCII."""


_CODES = _CodeTable()
_PAIRED = _CodeTable(after=" ", twice=True)
"""Spells a character as ``code + " " + code``: the end of one bigram token and the start of the next."""
_SPACED: dict[str, _CodeTable] = {}
"""Per prefix, spells a character as ``" " + prefix + code`` (one token of the character index)."""


def spell(norm: str) -> str:
    """All characters of ``norm`` spelled back to back (``4 * len(norm)`` ASCII letters)."""
    return norm.translate(_CODES)


def bigram_tokens(norm: str) -> str:
    """The index document for normalised text: its tokens, space-separated (empty text: no tokens).

    The tokens ``c0c1 c1c2 … cNzzzz`` are the first code followed, for every later character, by
    ``code + " " + code``, then the sentinel: one translate of the text, no loop over its tokens."""
    if not norm:
        return ""
    return _CODES[ord(norm[0])] + _PAIRED.translate(norm[1:]) + SENTINEL


def distinct_char_tokens(norm: str, prefix: str = "") -> str:
    """Each distinct character of ``norm`` once, spelled after ``prefix`` (the character index behind
    one-character terms; :data:`TITLE_CHAR_PREFIX` for the characters of a title)."""
    table = _SPACED.get(prefix)
    if table is None:
        table = _SPACED[prefix] = _CodeTable(" " + prefix)
    return table.spell_codes(_distinct(norm))[1:]


def _distinct(norm: str) -> list[int]:
    """The distinct code points of ``norm`` in ascending order (sorted: the index digest must not depend
    on hash seeds). Deduplicated as code points, which is twice as fast as a set of one-character strings
    (each of those is a new object with its own hash)."""
    return sorted(set(array("I", norm.encode(NATIVE_UTF32, "surrogatepass"))))


def title_char_token(char: str) -> str:
    """The character index's token for ``char`` occurring in a title (title, subtitle or kicker)."""
    return TITLE_CHAR_PREFIX + char_code(char)


def term_tokens(norm_term: str) -> list[str]:
    """The tokens a term must match at consecutive positions; a trailing ``*`` marks a prefix token.

    Two or more characters: their bigrams (the last character is pinned by the last bigram). One
    character: a prefix token, since the document pairs it with whatever follows.
    """
    spelled = norm_term.translate(_CODES)
    width = CODE_WIDTH
    if len(norm_term) == 1:
        return [spelled + "*"]
    return [spelled[i : i + 2 * width] for i in range(0, len(spelled) - width, width)]


def match_expression(norm_term: str) -> str:
    """An FTS5 expression matching exactly the documents that contain the normalised term.

    A single character is a prefix query on its code, which FTS5 answers by merging the doclists of
    every token starting with it; the search engine sends those to the character index instead.
    """
    if not norm_term:
        raise ValueError("empty term")
    tokens = term_tokens(norm_term)
    prefix = tokens[-1].endswith("*")
    if prefix:
        tokens[-1] = tokens[-1][:-1]
    return '"' + " ".join(tokens) + '"' + ("*" if prefix else "")
