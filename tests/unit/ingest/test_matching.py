"""The one-to-one assignment behind headline matching, checked against brute force."""

from __future__ import annotations

from itertools import permutations

from hypothesis import given
from hypothesis import strategies as st

from gazette_reader.ingest.matching import assign


def _total(scores: list[list[float]], result: list[int]) -> float:
    return sum(scores[r][c] for r, c in enumerate(result) if c >= 0)


def _brute(scores: list[list[float]]) -> float:
    rows, cols = len(scores), len(scores[0])
    if rows <= cols:
        return max(sum(scores[r][c] for r, c in enumerate(p)) for p in permutations(range(cols), rows))
    return max(sum(scores[r][c] for c, r in enumerate(p)) for p in permutations(range(rows), cols))


_matrix = st.integers(1, 5).flatmap(
    lambda r: st.integers(1, 5).flatmap(
        lambda c: st.lists(st.lists(st.integers(-20, 20).map(float), min_size=c, max_size=c), min_size=r, max_size=r)
    )
)


@given(_matrix)
def test_assignment_is_optimal_and_one_to_one(scores: list[list[float]]) -> None:
    result = assign(scores)
    used = [c for c in result if c >= 0]
    assert len(used) == len(set(used)) == min(len(scores), len(scores[0]))
    assert _total(scores, result) == _brute(scores)


def test_prefers_total_over_greedy() -> None:
    # greedy would give row 0 column 0 (0.9) and leave row 1 with 0.1
    assert assign([[0.9, 0.8], [0.85, 0.1]]) == [1, 0]


def test_empty() -> None:
    assert assign([]) == []
    assert assign([[], []]) == [-1, -1]


def test_forbidden_pairs_are_avoided_when_possible() -> None:
    inf = float("inf")
    assert assign([[-inf, 1.0], [2.0, -inf]]) == [1, 0]


def test_greedy_path_for_many_rows() -> None:
    n = 60
    scores = [[1.0 if r == c else -float("inf") for c in range(n)] for r in range(n)]
    assert assign(scores) == list(range(n))
