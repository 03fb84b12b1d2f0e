"""The no-loss test, exact and cheap: do some strings hold the same non-space characters as a text?

Counting every character of both sides (``Counter``) costs about a tenth of a parse, because Python
builds a string object per CJK character. But a parse is mostly the text itself cut into pieces: an
article's title, body and bylines are, once white space is gone, substrings of the source. So each
piece is looked for in the space-free source (``str.find``, at C speed, near where the previous piece
ended) and claims that stretch; claimed stretches never overlap. Only what is left over — pieces not
found (``【】`` put together from two places, a reflowed number) and the source not claimed — is
counted. That is exact whatever the pieces matched: the claimed stretches equal their pieces, so the
two multisets are equal exactly when the leftovers' multisets are.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable

_RETRIES = 8
"""Further occurrences of a piece tried when the first one found is claimed already (short pieces that
repeat, such as a bullet); after that the piece is counted with the leftovers."""


def same_characters(text: str, pieces: Iterable[str]) -> bool:
    """True when ``pieces`` together hold exactly the non-space characters of ``text`` (as multisets;
    white space is what ``str.isspace`` says it is)."""
    source = "".join(text.split())
    cover = _Cover(source)
    total, unfound = 0, []
    for piece in pieces:
        piece = "".join(piece.split())
        total += len(piece)
        if piece and not cover.claim(piece):
            unfound.append(piece)
    if total != len(source):
        return False
    if not unfound:
        return True  # the claimed stretches hold as many characters as the source: they cover it all
    return dict.__eq__(Counter(cover.unclaimed()), Counter("".join(unfound)))


class _Cover:
    """Disjoint stretches ``[start, end)`` of ``source`` claimed by pieces equal to them."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.cursor = 0

    def claim(self, piece: str) -> bool:
        """Claim an occurrence of ``piece`` that no other piece holds, looking from where the previous
        piece ended first (pieces mostly come in text order), then from the start."""
        for origin in (self.cursor, 0) if self.cursor else (0,):
            pos = self.source.find(piece, origin)
            for _ in range(_RETRIES):
                if pos < 0:
                    break
                if self._free(pos, pos + len(piece)):
                    self._add(pos, pos + len(piece))
                    return True
                pos = self.source.find(piece, pos + 1)
        return False

    def _free(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        return (i == 0 or self.ends[i - 1] <= start) and (i == len(self.starts) or self.starts[i] >= end)

    def _add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        self.cursor = end

    def unclaimed(self) -> str:
        """The source characters outside every claimed stretch."""
        bounds = [0, *(x for pair in zip(self.starts, self.ends) for x in pair), len(self.source)]
        return "".join(self.source[bounds[i]:bounds[i + 1]] for i in range(0, len(bounds), 2))
