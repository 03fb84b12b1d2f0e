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
from collections.abc import Sequence
from functools import lru_cache

from gazette_reader.ingest.lines import Line
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
        chars = [ch for ch in text if not ch.isspace()]
        originals = self._originals("".join(chars), hint)
        out, it = [], iter(originals)
        for ch in text:
            out.append(ch if ch.isspace() else next(it))
        return "".join(out)

    def _originals(self, wanted: str, hint: int) -> list[str]:
        """The original characters for ``wanted``, piece by piece (longest piece found first)."""
        out: list[str] = []
        done = 0
        while done < len(wanted):
            length, at = self._longest_prefix(wanted, done, hint)
            if length == 0:
                out.append(wanted[done])  # not from the source (a derived label's own character)
                done += 1
                continue
            out += [self.original[self.positions[at + j]] for j in range(length)]
            done, hint = done + length, at + length
        return out

    def _longest_prefix(self, wanted: str, done: int, hint: int) -> tuple[int, int]:
        """(length, index) of the longest prefix of ``wanted[done:]`` found in the source, near ``hint``
        first. A prefix found is found shorter too, so the search climbs from one found already — the
        characters matching where the prefix's first character is found — doubling, then halving: a
        piece that runs on in the source costs one failed search, not a search of every halving of the
        rest of an article (a paged article then took seconds per thousand pages)."""
        rest = len(wanted) - done
        start = self._find(wanted[done], hint)
        if start < 0:
            return 0, -1
        found = self._common(wanted, done, start)
        step, missing = 1, rest + 1
        while found < rest and found + 1 < missing:
            probe = min(found + step, rest, missing - 1)
            if self._find(wanted[done:done + probe], hint) >= 0:
                found, step = probe, step * 2
            else:
                missing, step = probe, 1
        return found, self._find(wanted[done:done + found], hint)

    def _common(self, wanted: str, done: int, at: int) -> int:
        """How many characters of ``wanted[done:]`` the source holds from index ``at`` on (doubling, then
        halving, with comparisons in C)."""
        limit = min(len(wanted) - done, len(self.simple) - at)
        same, step = 0, 1
        while step:
            length = min(same + step, limit)
            if length > same and wanted[done + same:done + length] == self.simple[at + same:at + length]:
                same, step = length, step * 2
            else:
                step //= 2
        return same

    def _find(self, piece: str, hint: int) -> int:
        """The first index of ``piece`` from ``hint`` on, else the first before it."""
        at = self.simple.find(piece, hint)
        return at if at >= 0 else self.simple.find(piece, 0, hint + len(piece) - 1)


def restore(issue: ParsedIssue, simple: str, original: str) -> None:
    """Put the original characters back into every string of ``issue`` (parsed from ``simple``)."""
    source = _Source(simple, original)
    issue.metadata = {key: source.restore(value) for key, value in issue.metadata.items()}
    issue.toc = [source.restore(line) for line in issue.toc]
    issue.furniture = [source.restore(piece) for piece in issue.furniture]
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


def original_lines(furniture: Sequence[str], before: Sequence[Line], after: Sequence[Line],
                   simple: str, original: str) -> list[str]:
    """The page furniture's texts (``furniture``: the lines of ``before`` that ``after`` blanked, in their
    order) copied from the ``original`` at their offsets: ``simple`` has the same offsets. A search for each
    string, as :func:`restore` makes for the parse's, would take a page line in simplified script (``第 1 页
    共 9 页``, added by a converter) for a traditional text's own (``第 1 頁``), give both one line's characters
    and lose the other's. Where the lines are not the furniture's (never expected), the search it is."""
    kept = {line.start for line in after if line.text}
    gone = [line for line in before if line.text and line.start not in kept]
    if [line.text for line in gone] != list(furniture):
        source = _Source(simple, original)
        return [source.restore(piece) for piece in furniture]
    return [original[start:end] for start, end in (line.content_span for line in gone)]


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("s2t")


def _s2t(text: str) -> str:
    """A derived label (上街區简报) in traditional script, to match the gazette it names."""
    return _converter().convert(text)
