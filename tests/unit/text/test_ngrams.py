"""Bigram tokens: fixed-width ASCII spellings, one token per character, phrases for terms."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gazette_reader.text.ngrams import (SENTINEL, TITLE_CHAR_PREFIX, bigram_tokens, char_code, distinct_char_tokens,
                                       match_expression, term_tokens)


@pytest.mark.parametrize("char", ["a", "宋", "，", "\U0010ffff", "𠮷", "0"])
def test_char_code_is_four_lowercase_alnum(char: str) -> None:
    assert re.fullmatch(r"[0-9a-z]{4}", char_code(char))
    assert char_code(char) != SENTINEL


def test_char_codes_are_distinct() -> None:
    codes = {char_code(chr(c)) for c in range(0x4E00, 0x9FFF)}
    assert len(codes) == 0x9FFF - 0x4E00


@pytest.mark.parametrize(("norm", "count"), [("", 0), ("宋", 1), ("宋洁", 2), ("区委书记宋洁", 6)])
def test_one_token_per_character(norm: str, count: int) -> None:
    tokens = bigram_tokens(norm).split()
    assert len(tokens) == count
    assert all(len(t) == 8 for t in tokens)
    if tokens:
        assert tokens[-1].endswith(SENTINEL)


def test_term_tokens_are_consecutive_document_tokens() -> None:
    doc = bigram_tokens("区委书记宋洁主持")
    assert " ".join(term_tokens("书记宋洁")) in doc


@pytest.mark.parametrize(
    ("term", "expected"),
    [("宋", f'"{char_code("宋")}"*'), ("宋洁", f'"{char_code("宋")}{char_code("洁")}"'),
     ("5g", f'"{char_code("5")}{char_code("g")}"')],
)
def test_match_expression(term: str, expected: str) -> None:
    assert match_expression(term) == expected


def test_match_expression_rejects_empty() -> None:
    with pytest.raises(ValueError):
        match_expression("")


EXACTNESS_DOCS = ["书记，区委书记宋洁。", "“三送一强”活动", "5G站点、5G+应用", "区", "。", "a_b，c"]
EXACTNESS_TERMS = ["，区", "记，", "书记，区委", "“三送", "”活", "。", "，", "5g+", "g+应", "、5", "区", "洁。", "_b",
                   "宋洁", "洁", "a_", "送一强”"]


@pytest.mark.parametrize("term", EXACTNESS_TERMS)
def test_phrases_of_term_tokens_match_exactly_the_substrings(term: str) -> None:
    """Punctuation is a unigram token and word runs are bigrams: an FTS5 phrase is then exactly
    "contains this substring", including terms that start, end or consist of punctuation."""
    import sqlite3

    from gazette_reader.text.ngrams import bigram_tokens, match_expression
    from gazette_reader.text.normalize import normalize

    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='ascii')")
    docs = [normalize(d) for d in EXACTNESS_DOCS]
    db.executemany("INSERT INTO t(rowid, body) VALUES (?, ?)", [(i, bigram_tokens(d)) for i, d in enumerate(docs)])
    norm = normalize(term)
    found = {r[0] for r in db.execute("SELECT rowid FROM t WHERE t MATCH ?", [match_expression(norm)])}
    assert found == {i for i, d in enumerate(docs) if norm in d}


def _bigrams_one_by_one(norm: str) -> list[str]:
    """The definition the one-pass spelling must keep: each character's code with the next one's
    (the sentinel after the last)."""
    codes = [char_code(c) for c in norm] + [SENTINEL]
    return [codes[i] + codes[i + 1] for i in range(len(norm))]


@given(st.text(max_size=40))
def test_bigram_tokens_are_each_character_with_the_next(norm: str) -> None:
    assert bigram_tokens(norm).split(" ") == (_bigrams_one_by_one(norm) or [""])


@given(st.text(max_size=40), st.sampled_from(["", TITLE_CHAR_PREFIX]))
def test_distinct_char_tokens_are_the_sorted_distinct_characters(norm: str, prefix: str) -> None:
    expected = " ".join(prefix + char_code(c) for c in sorted(set(norm)))
    assert distinct_char_tokens(norm, prefix) == expected


def test_distinct_char_tokens_take_surrogates_and_astral_characters() -> None:
    norm = "宋\ud800𠮷宋\U0010ffff"
    assert distinct_char_tokens(norm) == " ".join(char_code(c) for c in sorted(set(norm)))


def test_list_tables_spell_every_character_as_char_code():
    # below U+A000 the tables translate as lists; above (or with any such character) as dicts
    import sys

    from gazette_reader.text.ngrams import char_code, distinct_char_tokens

    for text in ("".join(map(chr, range(0xA000))), "".join(map(chr, range(0x9F00, 0xA100))),
                 "".join(map(chr, range(0xA000, sys.maxunicode + 1, 97)))):
        codes = [char_code(ch) for ch in text]
        assert bigram_tokens(text) == " ".join(a + b for a, b in zip(codes, [*codes[1:], "zzzz"]))
        assert distinct_char_tokens(text, "xt") == " ".join("xt" + code for code in sorted(set(codes), key=lambda c: int(c, 36)))


@pytest.mark.parametrize("norm", ["宋", "宋宋", "宋洁宋", "a", "\ufffe", "宋\ufffe", "𠮷𠮷"])
def test_distinct_char_tokens_of_one_or_few_characters(norm: str) -> None:
    """One distinct character (a bare item from the list pick) and characters beyond the list."""
    assert distinct_char_tokens(norm, "xt") == " ".join("xt" + char_code(c) for c in sorted(set(norm)))
    assert bigram_tokens(norm).split(" ") == _bigrams_one_by_one(norm)
