"""Apply the split corrections of one source text to the issue the splitter made of it (pure, no I/O).

:func:`apply_corrections` replays the corrections in the order they were made, each on the result of the
ones before (a correction's anchor was taken from that state), and never raises: a correction whose
article is not found in this parse is skipped (and kept, for a later parse), a bug in one is logged and
skipped.

No character is lost or doubled (the parser's invariant, :func:`accounted_text`):

* **merge** — the next article's kicker, title (unless it was only a label derived from its body) and
  subtitle become paragraphs of the merged body, before its body; a source unit that no longer ends the
  article stays where it stood, as a paragraph;
* **split** — the paragraph becomes the new article's title, or, when the user typed a title, stays the
  first paragraph of its body (a typed title is a label, like a derived one: not source text);
* **edit** — a headline or subtitle from the source that the user replaced is kept with the issue's page
  furniture (text the reader does not show as the article's), a typed one is a label;
* section, kind and date are labels: changing them moves no text.

:func:`check` verifies the result against the parse; when it fails the uncorrected parse is kept.
"""

from __future__ import annotations

import copy
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from gazette_reader.ingest.dates import event_year, month_day, year_for_issue_month
from gazette_reader.ingest.model import ParsedArticle, ParsedIssue, accounted_text
from gazette_reader.split_corrections.anchors import Anchor, find, locate, squash

log = logging.getLogger(__name__)

EDIT, SPLIT, MERGE, LAYOUT = "edit", "split", "merge", "layout"
ACTIONS = (EDIT, SPLIT, MERGE, LAYOUT)
EDIT_FIELDS = ("title", "subtitle", "date", "section", "kind")


@dataclass(frozen=True)
class Correction:
    """One stored split correction: its number, what it does, the article it names and its values.

    ``values``: edit — any of ``EDIT_FIELDS`` (``date`` as ``YYYY-MM-DD``; an empty subtitle or section
    clears it); split — ``paragraph`` (its text), ``before`` (the paragraph before it), ``offset`` (where
    it starts in the source text), ``title`` (typed, or None); merge — ``next`` (the anchor of the
    article merged in); layout — ``layout``."""

    id: int
    action: str
    anchor: Anchor | None = None
    values: dict = field(default_factory=dict)


@dataclass
class Applied:
    """The corrected issue and what became of each correction."""

    issue: ParsedIssue
    corrected: list[int] = field(default_factory=list)
    """Indices of the articles a correction made or changed (the “已校正” mark)."""
    targets: dict[int, list[int]] = field(default_factory=dict)
    """Correction id → indices of the articles it resulted in (an edit: one, a split: two)."""
    skipped: list[int] = field(default_factory=list)
    """Corrections whose article this parse does not have (kept for the next one)."""
    typed: list[str] = field(default_factory=list)
    """Text the user typed that the issue now holds outside a title (subtitles): not source text."""

    @property
    def changed(self) -> bool:
        """Whether any correction changed the issue (its index documents must then be computed anew)."""
        return bool(self.corrected)


class _State:
    """One run of :func:`apply_corrections`: the issue being corrected and its bookkeeping."""

    def __init__(self, issue: ParsedIssue, text: str) -> None:
        self.issue = issue
        self.text = text
        self.typed_subtitles: dict[int, str] = {}
        """``id(article)`` → the subtitle the user typed for it."""

    @property
    def articles(self) -> list[ParsedArticle]:
        return self.issue.articles

    def set_aside(self, text: str | None) -> None:
        """Keep source text the user removed from a headline with the issue's page furniture."""
        if text and text.strip():
            self.issue.furniture.append(text)

    def typed_subtitle(self, article: ParsedArticle) -> bool:
        """Whether the article's subtitle is one the user typed (not source text)."""
        typed = self.typed_subtitles.get(id(article))
        return typed is not None and typed == article.subtitle


def apply_corrections(issue: ParsedIssue, text: str, corrections: Sequence[Correction], *,
                      layout: str | None = None) -> Applied:
    """``issue`` (parsed from ``text``, with ``layout`` forced when the user marked one) corrected.

    The input issue is left as it was; see the module docstring for the rules."""
    if not corrections:
        return Applied(issue)
    state = _State(copy.deepcopy(issue), text)
    results: dict[int, list[ParsedArticle]] = {}
    whole_issue = False
    last_layout = next((c.id for c in reversed(corrections) if c.action == LAYOUT), None)
    for correction in corrections:
        if correction.action == LAYOUT:
            if correction.id == last_layout and correction.values.get("layout") == layout:
                whole_issue = True
                results[correction.id] = list(state.articles)
            continue
        handler = _HANDLERS.get(correction.action)
        try:
            made = handler(state, correction) if handler else None
        except Exception:  # one faulty correction must not cost the user the file or the others
            log.exception("split correction %s could not be applied", correction.id)
            made = None
        if made is not None:
            results[correction.id] = made
    applied = _result(state, corrections, results, whole_issue)
    if not check(issue, applied):
        log.error("split corrections would lose or double characters; keeping the parse as it is")
        return Applied(issue, skipped=[c.id for c in corrections])
    return applied


def _result(state: _State, corrections: Sequence[Correction], results: dict[int, list[ParsedArticle]],
            whole_issue: bool) -> Applied:
    """Object identities → article indices of the final issue."""
    position = {id(article): n for n, article in enumerate(state.articles)}
    targets = {cid: [position[id(a)] for a in made if id(a) in position] for cid, made in results.items()}
    corrected = set(range(len(state.articles))) if whole_issue else {n for ns in targets.values() for n in ns}
    typed = [a.subtitle for a in state.articles if a.subtitle and state.typed_subtitle(a)]
    skipped = [c.id for c in corrections if c.id not in results]
    return Applied(state.issue, sorted(corrected), targets, skipped, typed)


def nonspace(parts: Iterable[str]) -> Counter[str]:
    """Counts of the non-space characters of ``parts``."""
    counts: Counter[str] = Counter()
    for part in parts:
        counts.update(ch for ch in part if not ch.isspace())
    return counts


def check(parsed: ParsedIssue, applied: Applied) -> bool:
    """The invariant: the corrected issue accounts for exactly the characters the parse accounted for,
    plus what the user typed outside titles."""
    return nonspace(accounted_text(parsed)) + nonspace(applied.typed) == nonspace(accounted_text(applied.issue))


# --- edit ----------------------------------------------------------------------------------------------

def _edit(state: _State, correction: Correction) -> list[ParsedArticle] | None:
    index = find(state.articles, correction.anchor) if correction.anchor else None
    if index is None:
        return None
    article, values = state.articles[index], correction.values
    if values.get("title"):
        _retitle(state, article, values["title"])
    if "subtitle" in values:
        _resubtitle(state, article, values["subtitle"] or None)
    if values.get("date"):
        article.year, article.month, article.day = (int(part) for part in values["date"].split("-"))
    if "section" in values:
        article.section = values["section"] or None
    if values.get("kind"):
        article.kind = values["kind"]
    return [article]


def _retitle(state: _State, article: ParsedArticle, title: str) -> None:
    if squash(title) == squash(article.title):
        article.title = title  # the same characters, spaced otherwise: still the same text
        return
    if not article.title_derived:
        state.set_aside(article.title)
    article.title, article.title_derived = title, True


def _resubtitle(state: _State, article: ParsedArticle, subtitle: str | None) -> None:
    typed = state.typed_subtitle(article)
    if subtitle and article.subtitle and squash(subtitle) == squash(article.subtitle):
        article.subtitle = subtitle
        if typed:
            state.typed_subtitles[id(article)] = subtitle
        return
    if not typed:
        state.set_aside(article.subtitle)
    article.subtitle = subtitle
    if subtitle:
        state.typed_subtitles[id(article)] = subtitle
    else:
        state.typed_subtitles.pop(id(article), None)


# --- merge ---------------------------------------------------------------------------------------------

def _merge(state: _State, correction: Correction) -> list[ParsedArticle] | None:
    following = correction.values.get("next")
    if correction.anchor is None or not following:
        return None
    first, last = find(state.articles, correction.anchor), find(state.articles, Anchor.from_json(following))
    if first is None or last is None or last < first:
        return None
    article = state.articles[first]
    for other in state.articles[first + 1:last + 1]:
        _absorb(state, article, other)
    del state.articles[first + 1:last + 1]
    return [article]


def _absorb(state: _State, article: ParsedArticle, other: ParsedArticle) -> None:
    """Append ``other`` to ``article`` (see the module docstring)."""
    parts = [article.body, article.source_unit_raw or ""]
    parts += [other.kicker or "", "" if other.title_derived else other.title]
    parts += ["" if state.typed_subtitle(other) else other.subtitle or "", other.body]
    article.body = "\n".join(part for part in parts if part)
    article.source_unit, article.source_unit_raw = other.source_unit, other.source_unit_raw
    article.bylines = [*article.bylines, *other.bylines]
    article.span = (min(article.span[0], other.span[0]), max(article.span[1], other.span[1]))
    state.typed_subtitles.pop(id(other), None)


# --- split ---------------------------------------------------------------------------------------------

def _split(state: _State, correction: Correction) -> list[ParsedArticle] | None:
    found = _paragraph(state, correction)
    if found is None:
        return None
    index, number = found
    article = state.articles[index]
    if number == 0:
        return [article]  # an article starts there already (the parser learned it)
    paragraphs = article.body.split("\n")
    start, end = article.span
    offset = locate(state.text, paragraphs[number], start, end)
    offset = end if offset is None else offset
    typed = (correction.values.get("title") or "").strip()
    rest = paragraphs[number:] if typed else paragraphs[number + 1:]
    body = "\n".join(rest)
    month, day = month_day(body)
    new = ParsedArticle(
        title=typed or paragraphs[number], body=body, section=article.section, kind=article.kind,
        source_unit=article.source_unit, source_unit_raw=article.source_unit_raw, month=month, day=day,
        year=_year(state.issue, body, month), span=(offset, end), title_derived=bool(typed))
    article.body = "\n".join(paragraphs[:number])
    article.source_unit = article.source_unit_raw = None
    article.span = (start, max(start, min(offset, end)))
    state.articles.insert(index + 1, new)
    return [article, new]


def _year(issue: ParsedIssue, body: str, month: int | None) -> int | None:
    """A split-off article's year, as the parser dates one: from the issue, else from its own text."""
    if month is None:
        return None
    if issue.year is not None:
        return year_for_issue_month(issue.year, issue.month, month)
    return event_year(body)


def _paragraph(state: _State, correction: Correction) -> tuple[int, int] | None:
    """``(article index, paragraph number)`` where the split goes; number 0 when an article already
    starts at that paragraph (it is an article's title, or the first paragraph of a body)."""
    values = correction.values
    wanted = squash(values.get("paragraph"))
    if not wanted:
        return None
    home = find(state.articles, correction.anchor) if correction.anchor else None
    for index, article in enumerate(state.articles):
        if not article.title_derived and squash(article.title) == wanted:
            return index, 0
    before = squash(values.get("before"))
    near = home if home is not None else (correction.anchor.order if correction.anchor else 0)
    candidates = []
    for index, article in enumerate(state.articles):
        paragraphs = [squash(p) for p in article.body.split("\n")]
        for number, paragraph in enumerate(paragraphs):
            if paragraph == wanted:
                previous = paragraphs[number - 1] if number else ""
                key = (bool(before) and previous == before, index == home, -abs(index - near))
                candidates.append((key, index, number))
    if candidates:
        _, index, number = max(candidates)
        return index, number
    return _paragraph_at(state, values.get("offset"))


def _paragraph_at(state: _State, offset: int | None) -> tuple[int, int] | None:
    """The paragraph that starts at ``offset`` of the source text (its text changed: a new reflow)."""
    if offset is None:
        return None
    for index, article in enumerate(state.articles):
        start, end = article.span
        if start <= offset < end:
            for number, paragraph in enumerate(article.body.split("\n")):
                if number and locate(state.text, paragraph, start, end) == offset:
                    return index, number
    return None


_HANDLERS: dict[str, Callable[[_State, Correction], list[ParsedArticle] | None]] = {
    EDIT: _edit, SPLIT: _split, MERGE: _merge,
}
