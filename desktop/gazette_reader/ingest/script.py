"""Traditional-script gazettes: parse the simplified form, keep the original characters.

Every cue the splitters know (本报讯, 记者, 目录, 区委书记 …) is written in simplified characters. Rather than
doubling every pattern, the parser reads ``to_simplified(text)`` — the same length, one character for one
— and :func:`restore` then puts the original characters back into every string of the parse. A string of
the parse is made of pieces of the source with white space dropped or added (reflow joins lines), so each
piece is found again in the source's non-space characters and copied from the original at the same
offsets. Derived labels (an issue title 2020年4月 总第93期) are restored the same way where their
characters occur in the source, and left as they are otherwise.
"""

from __future__ import annotations

import bisect
import dataclasses
from functools import lru_cache

from gazette_reader.ingest.model import ParsedIssue


class _Source:
    """The simplified source without white space, with each character's offset in the original."""

    def __init__(self, simple: str, original: str) -> None:
        self.positions = [i for i, ch in enumerate(simple) if not ch.isspace()]
        self.simple = "".join(simple[i] for i in self.positions)
        self.original = original

    def offset_of(self, position: int) -> int:
        """The index in :attr:`simple` of the first character at or after source ``position``."""
        return bisect.bisect_left(self.positions, position)

    def restore(self, text: str, hint: int = 0) -> str:
        """``text`` (simplified, from the parse) with its characters taken from the original source."""
        return self._restored(text, hint)[0]

    def restore_apart(self, pieces: list[str]) -> list[str]:
        """``pieces`` restored, each from a stretch of the source no piece before it was restored from.
        Page furniture comes from everywhere in the file, and one simplified string may stand in it in
        both scripts (a page line ``第 1 页 共 9 页`` added over a traditional text's own ``第 1 頁``): taken
        from the first occurrence each time, two pieces would get one line's characters and the other
        line's be lost. A piece that repeats (a running head) is looked for after its last copy."""
        claimed: set[int] = set()
        resume: dict[str, int] = {}
        out = []
        for piece in pieces:
            compact = "".join(piece.split())
            at = self._unclaimed(compact, resume.get(compact, 0), claimed)
            if at < 0:
                out.append(self.restore(piece))  # not whole in the source (joined or derived): as before
                continue
            resume[compact] = at + 1
            claimed.update(range(at, at + len(compact)))
            out.append(self._restored(piece, at)[0])
        return out

    def _unclaimed(self, compact: str, start: int, claimed: set[int]) -> int:
        """The first occurrence of ``compact`` in :attr:`simple` from ``start`` that overlaps no claimed
        index; -1 when none."""
        at = self.simple.find(compact, start)
        while at >= 0 and not claimed.isdisjoint(range(at, at + len(compact))):
            at = self.simple.find(compact, at + 1)
        return at

    def _restored(self, text: str, hint: int) -> tuple[str, int]:
        """``text`` restored, and where in :attr:`simple` its last piece was found to end."""
        chars = [ch for ch in text if not ch.isspace()]
        originals, end = self._originals("".join(chars), hint)
        out, it = [], iter(originals)
        for ch in text:
            out.append(ch if ch.isspace() else next(it))
        return "".join(out), end

    def _originals(self, wanted: str, hint: int) -> tuple[list[str], int]:
        """The original characters for ``wanted``, piece by piece (longest piece found first), and the
        index in :attr:`simple` after the last piece found."""
        out: list[str] = []
        while wanted:
            length, at = self._longest_prefix(wanted, hint)
            if length == 0:
                out.append(wanted[0])  # not from the source (a derived label's own character)
                wanted = wanted[1:]
                continue
            out += [self.original[self.positions[at + j]] for j in range(length)]
            wanted, hint = wanted[length:], at + length
        return out, hint

    def _longest_prefix(self, wanted: str, hint: int) -> tuple[int, int]:
        """(length, index) of the longest prefix of ``wanted`` found in the source, near ``hint`` first."""
        at = self._find(wanted, hint)
        if at >= 0:
            return len(wanted), at
        low, high, best = 1, len(wanted) - 1, (0, -1)
        while low <= high:
            mid = (low + high) // 2
            at = self._find(wanted[:mid], hint)
            if at >= 0:
                best, low = (mid, at), mid + 1
            else:
                high = mid - 1
        return best

    def _find(self, piece: str, hint: int) -> int:
        at = self.simple.find(piece, hint)
        return at if at >= 0 else self.simple.find(piece)


def restore(issue: ParsedIssue, simple: str, original: str) -> None:
    """Put the original characters back into every string of ``issue`` (parsed from ``simple``)."""
    source = _Source(simple, original)
    issue.metadata = {key: source.restore(value) for key, value in issue.metadata.items()}
    issue.toc = [source.restore(line) for line in issue.toc]
    issue.furniture = source.restore_apart(issue.furniture)
    for name in ("place", "publisher", "title"):
        value = getattr(issue, name)
        if value:
            setattr(issue, name, source.restore(value))
    if issue.publication:
        issue.publication = _s2t(source.restore(issue.publication))
    for article in issue.articles:
        hint = source.offset_of(article.span[0])
        for name in ("title", "subtitle", "kicker", "body", "section", "source_unit", "source_unit_raw"):
            value = getattr(article, name)
            if value:
                setattr(article, name, source.restore(value, hint))
        article.bylines = [dataclasses.replace(b, name=source.restore(b.name, hint), raw=source.restore(b.raw, hint))
                           for b in article.bylines]


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("s2t")


def _s2t(text: str) -> str:
    """A derived label (上街區简报) in traditional script, to match the gazette it names."""
    return _converter().convert(text)
