"""Highlights and snippets, computed in Python on the stored (original script) text.

Terms are found in the normalised text and mapped back through :class:`OffsetMap`, so a simplified query
highlights ``區委書記宋潔`` in a traditional article and ``4月3日`` highlights ``4 月 3 日`` including the
spaces between. Offsets are Python ``str`` indices (code points); Qt's ``QTextCursor`` counts UTF-16
code units, so convert (``len(text[:i].encode('utf-16-le')) // 2``) when non-BMP characters occur.
"""

from __future__ import annotations

from collections.abc import Iterable

from gazette_reader.text.normalize import normalize_with_map

Span = tuple[int, int]
SNIPPET_CHARS = 100
LEAD_CHARS = 20
ELLIPSIS = "…"
_LINE_BREAKS = str.maketrans(dict.fromkeys("\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029", " "))


def find_spans(text: str, terms: Iterable[str]) -> list[Span]:
    """Every occurrence of every normalised term in ``text``, as merged, sorted original spans."""
    norm, offsets = normalize_with_map(text)
    spans: list[Span] = []
    for term in terms:
        start = norm.find(term)
        while start >= 0:
            spans.append(offsets.span(start, start + len(term)))
            start = norm.find(term, start + 1)
    return _merge(spans)


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def best_window(spans: list[Span], length: int, size: int = SNIPPET_CHARS) -> tuple[int, int]:
    """The ``size``-character window of the text holding the most highlights (the densest cluster).

    The window always holds the whole of the cluster's first hit, growing past ``size`` when that hit is
    longer than ``size - LEAD_CHARS`` (a pasted sentence): a highlight cut short would show the reader
    less than they searched for."""
    if not spans:
        return 0, min(length, size)
    best, best_count, last = 0, 0, 0
    for first, (start, _end) in enumerate(spans):
        last = max(last, first)
        while last + 1 < len(spans) and spans[last + 1][1] <= start + size - LEAD_CHARS:
            last += 1
        if last - first + 1 > best_count:
            best, best_count = first, last - first + 1
    start = max(0, min(spans[best][0] - LEAD_CHARS, length - size))
    return start, min(length, max(start + size, spans[best][1]))


def snippet(text: str, spans: list[Span], size: int = SNIPPET_CHARS) -> tuple[str, list[Span]]:
    """A one-line excerpt around the densest cluster, with ``…`` at cut ends, and its highlight spans."""
    start, end = best_window(spans, len(text), size)
    lead = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if end < len(text) else ""
    excerpt = lead + text[start:end].translate(_LINE_BREAKS) + tail
    shift = len(lead) - start
    inside = [(max(s, start) + shift, min(e, end) + shift) for s, e in spans if s < end and e > start]
    return excerpt, inside
