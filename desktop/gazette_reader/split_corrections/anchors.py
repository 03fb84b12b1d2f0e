"""How a split correction names its article so that it finds it again after any re-parse.

Article ids change with every re-parse, and article order and boundaries change when the parser
improves (a headline recognised, a misplaced one re-assigned), so a correction never names an article by
id. It keeps an :class:`Anchor` — several independent facts about the article as the user saw it — and
:func:`find` takes the article of a new parse that agrees with enough of them:

* the start of its span in the source text (stable while the parser still starts the article there);
* its title (stable while the headline is still recognised as this article's);
* the head of its body, its first ``HEAD`` non-space characters (stable while the body starts there; when
  the parser moved the start, the article whose body *contains* that head is still found);
* its order in the issue, which only breaks ties.

A split names its paragraph by the paragraph's own text (see :mod:`.apply`), with its offset in the
source text (:func:`locate`) as the fallback when a new reflow changed that text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from gazette_reader.ingest.model import ParsedArticle

HEAD = 24
"""Non-space characters of a body's start kept in an anchor: enough to be unique in an issue."""
LOCATE = 16
"""Non-space characters of a paragraph searched for in the source text by :func:`locate`."""
ENOUGH = 3
"""The score :func:`find` needs: one strong fact (title, head), or the span start and an overlap."""


def squash(text: str | None) -> str:
    """``text`` without any white space: how the reflow and the user's typing may differ."""
    return "".join((text or "").split())


def body_head(body: str | None) -> str:
    """The first ``HEAD`` non-space characters of a body."""
    return squash((body or "")[: HEAD * 4])[:HEAD]


@dataclass(frozen=True)
class Anchor:
    """What a correction remembers of its article (see the module docstring)."""

    start: int
    end: int
    title: str
    head: str
    order: int

    def to_json(self) -> dict:
        """The anchor as stored (``corrections.article_key`` or inside ``value``)."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Anchor:
        """The stored form back; unknown keys are ignored, missing ones take neutral values."""
        return cls(int(data.get("start") or 0), int(data.get("end") or 0), str(data.get("title") or ""),
                   str(data.get("head") or ""), int(data.get("order") or 0))


def anchor_of(title: str | None, body: str | None, span: tuple[int, int], order: int) -> Anchor:
    """The anchor of an article with this title, body, source span and order."""
    return Anchor(int(span[0] or 0), int(span[1] or 0), title or "", body_head(body), int(order))


def score(article: ParsedArticle, anchor: Anchor) -> int:
    """How many of the anchor's facts ``article`` agrees with, weighted (title and head 3, start 2,
    a head found further in the body 2, an overlapping span 1)."""
    points = 0
    if squash(anchor.title) and squash(article.title) == squash(anchor.title):
        points += 3
    if article.span[0] == anchor.start:
        points += 2
    if anchor.head:
        if body_head(article.body) == anchor.head:
            points += 3
        elif len(anchor.head) >= 8 and anchor.head in squash(article.body):
            points += 2
    if min(article.span[1], anchor.end) > max(article.span[0], anchor.start):
        points += 1
    return points


def find(articles: Sequence[ParsedArticle], anchor: Anchor) -> int | None:
    """The index of the article ``anchor`` names, or None when no article agrees with enough of it.

    The best score wins; among equals, the one nearest the anchor's order."""
    best: int | None = None
    best_key: tuple[int, int] | None = None
    for index, article in enumerate(articles):
        points = score(article, anchor)
        key = (points, -abs(index - anchor.order))
        if points >= ENOUGH and (best_key is None or key > best_key):
            best, best_key = index, key
    return best


def locate(text: str, paragraph: str, start: int = 0, end: int | None = None) -> int | None:
    """Where ``paragraph`` (reflowed: line breaks and layout spaces gone) starts in the source ``text``
    between ``start`` and ``end``, or None. Its first ``LOCATE`` non-space characters are searched for
    with any white space between them."""
    chars = squash(paragraph)[:LOCATE]
    if not chars:
        return None
    pattern = re.compile(r"\s*".join(map(re.escape, chars)))
    found = pattern.search(text, max(start, 0), len(text) if end is None else max(end, start))
    return found.start() if found else None
