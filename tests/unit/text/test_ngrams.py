"""Bigram tokens: fixed-width ASCII spellings, one token per word character, phrases for terms."""

from __future__ import annotations

import re

import pytest

from gazette_reader.text.ngrams import (
    SENTINEL, bigram_tokens, candidate_expression, char_code, match_expression, needs_verification, term_tokens,
)


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


# -- punctuation: no tokens, candidates instead of exact expressions --------------------------------

def _spelled(*pairs: str) -> str:
    return " ".join("".join(char_code(c) if c != "$" else SENTINEL for c in pair) for pair in pairs)


@pytest.mark.parametrize(
    ("norm", "pairs"),
    [("，。", []), ("区委，书记。", ["区委", "委$", "书记", "记$"]), ("“宋”", ["宋$"]), ("5g+", ["5g", "g$"]),
     ("a,b", ["a$", "b$"]), ("区委书记", ["区委", "委书", "书记", "记$"])],
)
def test_only_word_characters_start_tokens(norm: str, pairs: list[str]) -> None:
    assert bigram_tokens(norm) == _spelled(*pairs)
    assert len(bigram_tokens(norm).split()) == sum(c.isalnum() for c in norm)


@pytest.mark.parametrize(
    ("term", "expected"),
    [("宋", f'"{char_code("宋")}"*'), ("宋洁", f'"{_spelled("宋洁")}"'), ("，", None), ("“”", None),
     ("，区委", f'"{_spelled("区委")}"'), ("区委，", f'"{_spelled("区委", "委$")}"'),
     ("，区", f'"{char_code("区")}"*'), ("区，", f'"{_spelled("区$")}"'),
     ("“三送一强”", f'"{_spelled("三送", "送一", "一强", "强$")}"'),
     ("a，b", f'"{_spelled("a$")} {char_code("b")}"*'), ("区委，书记", f'"{_spelled("区委", "委$", "书记")}"')],
)
def test_candidate_expression(term: str, expected: str | None) -> None:
    assert candidate_expression(term) == expected


@pytest.mark.parametrize(("term", "verify"), [("宋洁", False), ("5g", False), ("宋", False), ("，", True),
                                               ("5g+", True), ("“宋洁”", True)])
def test_needs_verification(term: str, verify: bool) -> None:
    assert needs_verification(term) is verify


def test_match_expression_refuses_punctuated_terms() -> None:
    with pytest.raises(ValueError, match="candidate_expression"):
        match_expression("区委，")
