"""The work the window sends to worker threads: plain functions over the Library facade, no Qt.

Each function takes the library first and returns plain data the GUI thread can show; they are the only
place the GUI composes facade calls (a search page joined with its issue titles, a tag timeline built
from the ids a tag filter finds), so they can be tested without any widget.
"""

from __future__ import annotations

from dataclasses import asdict, is_dataclass
from typing import Any

from gazette_reader.gui.timeline import month_histogram
from gazette_reader.jobs import CancelToken

ENTITY_KEYS = {"leader": "人物", "project": "项目"}
MAX_SECTION_ISSUES = 300


def hit_row(hit: Any) -> dict:
    """A search hit as a list row dict (dataclass or dict alike)."""
    row = asdict(hit) if is_dataclass(hit) else dict(hit)
    for key in ("highlights", "body_highlights", "title_highlights"):
        row[key] = [list(span) for span in row.get(key) or []]
    return row


def search_page(library: Any, query: str, sort: str, offset: int, limit: int,
                cancel: CancelToken | None = None) -> tuple[int, list[dict]]:
    """One page of hits as rows, each completed with its issue title and month-day from ``headers``."""
    result = library.search(query, limit=limit, offset=offset, sort=sort, cancel=cancel)
    rows = [hit_row(hit) for hit in result.hits]
    if rows:
        light = {h["id"]: h for h in library.headers(ids=[r["id"] for r in rows], limit=len(rows))}
        for row in rows:
            extra = light.get(row["id"], {})
            for key in ("issue_title", "month_day", "subtitle", "publication"):
                row.setdefault(key, extra.get(key))
            row["title"] = row.get("title") or extra.get("title") or ""
    return result.total, rows


def browse_page(library: Any, filters: dict, offset: int, limit: int) -> tuple[int, list[dict]]:
    """One page of a tree node's articles and (on the first page) their exact total."""
    total = library.count_headers(**filters) if offset == 0 else -1
    return total, library.headers(**filters, limit=limit, offset=offset)


def tags(library: Any) -> tuple[list[dict], list[dict]]:
    """Leaders and projects for the side panel."""
    return library.leaders(), library.projects()


def timeline(library: Any, entity: str, name: str) -> tuple[dict[str, int], int]:
    """Articles per month mentioning a tag, and how many of them have no date.

    Built from the search facade (``人物:NAME``) until the library offers a timeline call of its own.
    """
    ids = library.search_ids(f"{ENTITY_KEYS[entity]}:{_quoted(name)}")
    if not ids:
        return {}, 0
    dates = [row.get("date") for row in library.headers(ids=ids, limit=len(ids))]
    return month_histogram(dates), sum(1 for d in dates if not d)


def choices(library: Any) -> tuple[list[str], list[str]]:
    """Places and section names offered by the search pane's drop-downs."""
    publications = library.tree_publications()
    places = sorted({p["place"] for p in publications if p.get("place")})
    sections: set[str] = set()
    for issue in library.issues()[:MAX_SECTION_ISSUES]:
        sections.update(s["section"] for s in library.tree_sections(issue["id"]) if s["section"])
    return places, sorted(sections)


def status(library: Any) -> dict[str, int]:
    """Counts for the status bar."""
    return library.counts()


def _quoted(value: str) -> str:
    return f'"{value}"' if any(ch.isspace() for ch in value) else value
