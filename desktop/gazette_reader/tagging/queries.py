"""Read the tags back: leader and project lists for the side panel, per-article tags, timelines.

Dates: ``first``/``last`` are the earliest/latest article ``date`` (``YYYY-MM-DD``), None when no
article has one. Timelines bucket by month and fall back to the issue's year and month for undated
articles, so a bulletin whose items carry no day still shows up on the GUI's small timeline.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from gazette_reader.tagging.leaders import LEADER
from gazette_reader.tagging.summaries import by_count, leader_summaries, project_summaries

_MONTH = ("COALESCE(substr(a.date, 1, 7), "
          "CASE WHEN i.year <> 0 AND i.month <> 0 THEN printf('%04d-%02d', i.year, i.month) END)")


def leaders(db: Database, *, sort: str = "articles") -> list[dict]:
    """Every leader with titles over time, article count and first/last article date."""
    return [row.leader_dict() for row in by_count(leader_summaries(db), sort)]


def projects(db: Database, *, sort: str = "articles") -> list[dict]:
    """Every tagged project with its aliases, article count and first/last article date."""
    return [row.project_dict() for row in by_count(project_summaries(db), sort)]


def article_tags(db: Database, article_ids: Sequence[int]) -> dict[int, dict]:
    """``{id: {"leaders": [{"name", "title"}], "projects": [names]}}`` each once, titled leaders first."""
    out: dict[int, dict] = {aid: {"leaders": [], "projects": []} for aid in article_ids}
    for i in range(0, len(out), 500):
        chunk = list(out)[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for aid, name, title in db.execute(
                f"SELECT m.article_id, p.name, m.title FROM mentions m JOIN people p ON p.id = m.person_id "
                f"WHERE m.role = ? AND m.article_id IN ({marks}) ORDER BY m.article_id, m.title IS NULL, "
                f"COALESCE(m.start, 1e9)", [LEADER, *chunk]):
            _add_leader(out[aid]["leaders"], name, title)
        for aid, name in db.execute(
                f"SELECT pm.article_id, p.name FROM project_mentions pm JOIN projects p ON p.id = pm.project_id "
                f"WHERE pm.article_id IN ({marks}) ORDER BY pm.article_id, COALESCE(pm.start, 1e9)", chunk):
            if name not in out[aid]["projects"]:
                out[aid]["projects"].append(name)
    return out


def tag_spellings(db: Database, article_id: int, text: str) -> dict[str, dict[str, list[str]]]:
    """``{"leader": {name: [spelling, ...]}, "project": {...}}``: how each tag of one article is written
    in ``text`` (its :func:`~gazette_reader.tagging.store.article_text`, which the mention offsets index).

    A tag's name is not always its text: a project found by an alias (文明城市创建 for 全国文明城市创建),
    a leader renamed by a correction (the text still says the old name). The reader marks and links
    these spellings, not only the name."""
    out: dict[str, dict[str, list[str]]] = {"leader": {}, "project": {}}
    rows = [("leader", *r) for r in db.execute(
        "SELECT p.name, m.start, m.end FROM mentions m JOIN people p ON p.id = m.person_id "
        "WHERE m.article_id = ? AND m.role = ? AND m.start IS NOT NULL ORDER BY m.start", [article_id, LEADER])]
    rows += [("project", *r) for r in db.execute(
        "SELECT p.name, pm.start, pm.end FROM project_mentions pm JOIN projects p ON p.id = pm.project_id "
        "WHERE pm.article_id = ? AND pm.start IS NOT NULL ORDER BY pm.start", [article_id])]
    for entity, name, start, end in rows:
        spelled = text[start:end].strip()
        spellings = out[entity].setdefault(name, [])
        if spelled and "\n" not in spelled and spelled not in spellings:
            spellings.append(spelled)
    return out


def _add_leader(people: list[dict], name: str, title: str | None) -> None:
    """Keep one entry per leader and article, in text order, with the fullest title the article gives
    (a headline's 县长王殿忠 and the lead's 县委副书记、县长王殿忠: the latter); the first of equals."""
    for person in people:
        if person["name"] == name:
            if title and len(title) > len(person["title"] or ""):
                person["title"] = title
            return
    people.append({"name": name, "title": title})


def person_timeline(db: Database, name: str) -> list[tuple[str, int]]:
    """``[(YYYY-MM, articles)]`` for one leader, oldest month first."""
    return _timeline(db, "SELECT DISTINCT a.id, {month} FROM mentions m JOIN people p ON p.id = m.person_id "
                         "JOIN articles a ON a.id = m.article_id JOIN issues i ON i.id = a.issue_id "
                         "WHERE p.name = ? AND m.role = 'leader'", name)


def project_timeline(db: Database, name: str) -> list[tuple[str, int]]:
    """``[(YYYY-MM, articles)]`` for one project, oldest month first."""
    return _timeline(db, "SELECT DISTINCT a.id, {month} FROM project_mentions pm "
                         "JOIN projects p ON p.id = pm.project_id JOIN articles a ON a.id = pm.article_id "
                         "JOIN issues i ON i.id = a.issue_id WHERE p.name = ?", name)


def _timeline(db: Database, sql: str, name: str) -> list[tuple[str, int]]:
    """Count distinct articles per month; undatable articles are left out."""
    counts: dict[str, int] = {}
    for _, month in db.execute(f"SELECT id, m FROM ({sql.format(month=_MONTH + ' AS m')}) AS tagged", [name]):
        if month:
            counts[month] = counts.get(month, 0) + 1
    return sorted(counts.items())
