"""The cheap no-loss test must agree with plain character counting, on any text and any pieces."""

from __future__ import annotations

import random
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from gazette_reader.ingest.lossless import same_characters


def _counted(text: str, pieces: list[str]) -> bool:
    """The definition: equal multisets of non-space characters."""
    def nonspace(s: str) -> Counter[str]:
        return Counter(c for c in s if not c.isspace())
    return nonspace(text) == nonspace("".join(pieces))


_CHARS = st.sampled_from(list("区委书记召开会议。，●【】 \n\u3000\t12"))


def _cut(text: str, rng: random.Random) -> list[str]:
    """``text`` in pieces, shuffled a little, as a parse returns it."""
    cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randint(0, 6))))
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)])]
    if len(pieces) > 1 and rng.random() < 0.5:
        i, j = rng.randrange(len(pieces)), rng.randrange(len(pieces))
        pieces[i], pieces[j] = pieces[j], pieces[i]
    return pieces


@settings(max_examples=400, deadline=None)
@given(st.text(_CHARS, max_size=40), st.integers(0, 10_000), st.sampled_from(["keep", "drop", "add", "swap"]))
def test_agrees_with_counting(text: str, seed: int, change: str) -> None:
    rng = random.Random(seed)
    pieces = _cut(text, rng)
    if change == "drop" and text:
        i = rng.randrange(len(text))
        pieces = _cut(text[:i] + text[i + 1:], rng)
    elif change == "add":
        pieces.insert(rng.randrange(len(pieces) + 1), rng.choice("区。●【 "))
    elif change == "swap" and text:
        i = rng.randrange(len(text))
        pieces = _cut(text[:i] + rng.choice("委会】1") + text[i + 1:], rng)
    assert same_characters(text, pieces) == _counted(text, pieces)


def test_pieces_out_of_order_and_put_together() -> None:
    text = "●  我区召开会议\n\n【概况】 全区 2023年，完成。\n记者 王明"
    pieces = ["记者 王明", "概况", "全区2023年，完成。", "我区召开 会议", "●", "【】"]
    assert same_characters(text, pieces)
    assert not same_characters(text, [*pieces[:-1], "【【"])
    assert not same_characters(text, pieces[1:])


def test_a_repeated_piece_claims_its_own_place() -> None:
    text = "目录 工作动态 工作动态 正文。"
    assert same_characters(text, ["工作动态", "目录", "工作动态", "正文。"])
    assert not same_characters(text, ["工作动态", "目录", "工作动态工作动态"])
