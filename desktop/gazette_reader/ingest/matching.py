"""One-to-one assignment maximising total score (Hungarian algorithm), for headline → article matching.

Newspaper pages have a handful of articles, so the O(n²·m) Hungarian method is instant; for pathological
inputs with very many rows a greedy assignment keeps the parser linear-ish and fast.
"""

from __future__ import annotations

from collections.abc import Sequence

_INF = float("inf")
_HUNGARIAN_LIMIT = 40
_FORBIDDEN = -1e9
"""Stand-in for a ``-inf`` score (a pair that must not be matched) inside the Hungarian method."""


def assign(scores: Sequence[Sequence[float]]) -> list[int]:
    """For each row, the column it gets (distinct columns, maximum total score); -1 when rows outnumber
    columns and a row is left without one. A ``-inf`` score marks a pair that is never worth matching."""
    if not scores or not scores[0]:
        return [-1] * len(scores)
    rows, cols = len(scores), len(scores[0])
    if rows > cols:
        by_col = assign([[scores[r][c] for r in range(rows)] for c in range(cols)])
        result = [-1] * rows
        for col, row in enumerate(by_col):
            if row >= 0:
                result[row] = col
        return result
    if rows > _HUNGARIAN_LIMIT:
        return _greedy(scores)
    return _hungarian([[-max(s, _FORBIDDEN) for s in row] for row in scores])


def _greedy(scores: Sequence[Sequence[float]]) -> list[int]:
    """Best pairs first: good enough where the Hungarian method would be too slow."""
    pairs = [(s, r, c) for r, row in enumerate(scores) for c, s in enumerate(row) if s != -_INF]
    pairs.sort(reverse=True)
    result = [-1] * len(scores)
    taken: set[int] = set()
    for _, row, col in pairs:
        if result[row] < 0 and col not in taken:
            result[row] = col
            taken.add(col)
    return result


def _hungarian(cost: Sequence[Sequence[float]]) -> list[int]:
    """Minimum-cost assignment of every row to a distinct column (rows <= columns), potentials method."""
    n, m = len(cost), len(cost[0])
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)
    for row in range(1, n + 1):
        owner[0], col0 = row, 0
        minv, used = [_INF] * (m + 1), [False] * (m + 1)
        while owner[col0]:
            used[col0] = True
            row0, delta, col1 = owner[col0], _INF, 0
            for col in range(1, m + 1):
                if used[col]:
                    continue
                reduced = cost[row0 - 1][col - 1] - u[row0] - v[col]
                if reduced < minv[col]:
                    minv[col], way[col] = reduced, col0
                if minv[col] < delta:
                    delta, col1 = minv[col], col
            for col in range(m + 1):
                if used[col]:
                    u[owner[col]] += delta
                    v[col] -= delta
                else:
                    minv[col] -= delta
            col0 = col1
        while col0:
            col1 = way[col0]
            owner[col0] = owner[col1]
            col0 = col1
    result = [-1] * n
    for col in range(1, m + 1):
        if owner[col]:
            result[owner[col] - 1] = col - 1
    return result
