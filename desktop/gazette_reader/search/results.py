"""What a search returns, whichever backend ran it: the exact total and a page of hits with snippets.

A hit's snippet and highlights are computed in Python from the stored (original script) text
(:mod:`snippets`), so every backend shows the same excerpt for the same article and terms.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from gazette_reader.search.snippets import Span, find_spans, snippet
from gazette_reader.store.packing import unpack_text

HIT_COLUMNS = "a.id, a.title, a.date, i.place, a.issue_id, a.section, a.body_z"
"""What :func:`make_hit` reads, from ``articles a LEFT JOIN issues i ON i.id = a.issue_id``."""


@dataclass
class Hit:
    """One result. Offsets are Python str indices; Qt needs UTF-16 units for non-BMP text."""

    id: int
    title: str
    date: str | None
    place: str | None
    issue_id: int
    section: str | None
    snippet: str
    highlights: list[Span]
    score: float
    body_highlights: list[Span] = field(default_factory=list)
    title_highlights: list[Span] = field(default_factory=list)

    def to_json(self) -> dict:
        """The JSON shape the CLI prints and the bench reads (the issue's keys, plus where every hit is in
        the body and the title, so a script can mark each occurrence as the reader does)."""
        keys = ("id", "title", "date", "place", "issue_id", "section", "snippet", "highlights", "score")
        data = {key: getattr(self, key) for key in keys}
        for key in ("highlights", "body_highlights", "title_highlights"):
            data[key] = [list(span) for span in getattr(self, key)]
        return data


@dataclass
class SearchResult:
    """The exact number of matching articles and the requested page of hits.

    ``total`` is None only for a search asked for its page first (``count=False``) where counting would
    have cost more than the page: the caller counts after (``Library.search_total``)."""

    total: int | None
    hits: list[Hit]

    def to_json(self) -> dict:
        return {"total": self.total, "hits": [hit.to_json() for hit in self.hits]}


def make_hit(row: Sequence, score: float, terms: Sequence[str]) -> Hit:
    """A hit from a :data:`HIT_COLUMNS` row: its snippet and highlights of the normalised ``terms``."""
    article_id, title, date, place, issue_id, section, body_z = row
    body = unpack_text(bytes(body_z) if isinstance(body_z, memoryview) else body_z)
    body_spans = find_spans(body, terms)
    text, highlights = snippet(body, body_spans)
    return Hit(
        id=article_id, title=title or "", date=date, place=place, issue_id=issue_id, section=section,
        snippet=text, highlights=highlights, score=round(float(score), 4), body_highlights=body_spans,
        title_highlights=find_spans(title or "", terms),
    )
