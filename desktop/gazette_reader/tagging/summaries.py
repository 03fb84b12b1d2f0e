"""The tag lists: every leader or project with its article count, first/last date and titles or aliases.

Compact on purpose. A million-article library names ~200,000 leaders; as dicts of dicts (titles with
dates) each leader took ~2 KB and the side panel's list 414 MB. Here a leader is one tuple whose titles
are tuples of shared strings (titles and dates repeat across leaders): ~0.5 KB. The rows are streamed:
the leaders and their titles come from two queries in person-id order, merged as they are read, so no
per-name dict of every title is built first.

``first``/``last`` are the earliest/latest article ``date`` (``YYYY-MM-DD``), None when no article has one.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import NamedTuple

from sqlite_utils import Database

from gazette_reader.tagging.leaders import LEADER


class TitleSpan(NamedTuple):
    """A title as written, with the first and last dated article that gives it."""

    title: str
    first: str | None
    last: str | None


class TagSummary(NamedTuple):
    """One leader or project as the tag lists show it."""

    name: str
    articles: int
    first: str | None
    last: str | None
    titles: tuple[TitleSpan, ...] = ()
    """A leader's titles over time, oldest first (empty for projects)."""
    aliases: tuple[str, ...] = ()
    """A project's other names (empty for leaders)."""
    filter_text: str = ""
    """What a filter box over tags matches, casefolded: the name, every title held and every alias."""

    def leader_dict(self) -> dict:
        """A leader's row as ``Library.leaders()`` returns it (and ``gazette leaders --json`` prints)."""
        return {"name": self.name, "titles": [t._asdict() for t in self.titles], "articles": self.articles,
                "first": self.first, "last": self.last}

    def project_dict(self) -> dict:
        """A project's row as ``Library.projects()`` returns it."""
        return {"name": self.name, "aliases": list(self.aliases), "articles": self.articles,
                "first": self.first, "last": self.last}


def _filter_text(name: str, titles: tuple[TitleSpan, ...], aliases: tuple[str, ...]) -> str:
    """:attr:`TagSummary.filter_text`, made once in the loading worker: a filter keystroke over 200,000
    leaders is then one substring test a row on the GUI thread."""
    return " ".join([name, *(t.title or "" for t in titles), *aliases]).casefold()


class _Shared(dict):
    """One copy of each repeated string (titles, dates): ``shared(s)`` returns the first equal one seen."""

    def __call__(self, text: str | None) -> str | None:
        return text if text is None else self.setdefault(text, text)


_DATES = "INDEXED BY idx_articles_id_date"
"""Each mention's article date read from the id→date index (migration m012), not the article row: with
grouping by the person id (the mentions index is in that order, so no sort of every mention), the leader
list of the million-article library took 5.5 s of CPU instead of 13.2."""


def leader_summaries(db: Database) -> list[TagSummary]:
    """Every leader, unsorted (person-id order)."""
    shared = _Shared()
    titles = _titles_by_person(db, shared)
    pending = next(titles, None)
    out = []
    for person_id, name, articles, first, last in db.execute(
            "SELECT m.person_id, MIN(p.name), COUNT(DISTINCT m.article_id), MIN(a.date), MAX(a.date) "
            "FROM mentions m JOIN people p ON p.id = m.person_id "
            f"JOIN articles a {_DATES} ON a.id = m.article_id WHERE m.role = ? "
            "GROUP BY m.person_id ORDER BY m.person_id", [LEADER]):
        while pending is not None and pending[0] < person_id:
            pending = next(titles, None)
        held: tuple[TitleSpan, ...] = ()
        if pending is not None and pending[0] == person_id:
            held, pending = pending[1], next(titles, None)
        out.append(TagSummary(name, articles, shared(first), shared(last), held,
                              filter_text=_filter_text(name, held, ())))
    return out


def _titles_by_person(db: Database, shared: _Shared) -> Iterator[tuple[int, tuple[TitleSpan, ...]]]:
    """``(person id, titles)`` in person-id order, each person's titles by first date, then first article.

    ``NOT INDEXED``: through the person index SQLite read each titled mention's row at random to get its
    title, 15 s of CPU at a million articles; a scan of the table and one sort, 4.4 s."""
    person, spans = None, []
    for person_id, title, first, last, _ in db.execute(
            "SELECT m.person_id, m.title, MIN(a.date), MAX(a.date), MIN(a.id) FROM mentions m NOT INDEXED "
            f"JOIN articles a {_DATES} ON a.id = m.article_id WHERE m.role = ? AND m.title IS NOT NULL "
            "GROUP BY m.person_id, m.title ORDER BY 1, 3, 5", [LEADER]):
        if person_id != person and spans:
            yield person, tuple(spans)
            spans = []
        person = person_id
        spans.append(TitleSpan(shared(title), shared(first), shared(last)))
    if spans:
        yield person, tuple(spans)


def project_summaries(db: Database) -> list[TagSummary]:
    """Every tagged project with its aliases, unsorted."""
    shared = _Shared()
    out = []
    for name, aliases_json, articles, first, last in db.execute(
            "SELECT p.name, p.aliases_json, COUNT(DISTINCT pm.article_id), MIN(a.date), MAX(a.date) "
            "FROM project_mentions pm JOIN projects p ON p.id = pm.project_id "
            f"JOIN articles a {_DATES} ON a.id = pm.article_id GROUP BY p.id"):
        aliases = tuple(json.loads(aliases_json or "[]"))
        out.append(TagSummary(name, articles, shared(first), shared(last), aliases=aliases,
                              filter_text=_filter_text(name, (), aliases)))
    return out


def by_count(rows: list[TagSummary], sort: str = "articles") -> list[TagSummary]:
    """Most articles first (then name), or by name when ``sort == "name"``."""
    if sort == "name":
        return sorted(rows, key=lambda r: r.name)
    return sorted(rows, key=lambda r: (-r.articles, r.name))
