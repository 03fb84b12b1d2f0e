"""Read queries over the library: issues, articles in the public JSON shape, the issue tree.

Tags (leaders, projects) are filled in by :mod:`gazette_reader.tagging.queries`; this module owns
the article/issue side.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlite_utils import Database

from gazette_reader.store.packing import unpack_text

_ARTICLE_SELECT = """
SELECT a.id, s.name AS source, i.place, p.name AS publication, i.publisher, a.issue_id, i.title AS issue_title,
       a.year, a.month, i.number AS issue_number, a.section, a.kind, a.title, a.subtitle, a.kicker,
       a.day, a.date, a.bylines_json, a.source_unit, a.body_z AS body, a.ord, a.corrected, a.page_first,
       a.page_last, s.encoding LIKE '%(ocr)' AS ocr, s.path AS source_path
FROM articles a
JOIN issues i ON i.id = a.issue_id
JOIN publications p ON p.id = i.publication_id
JOIN sources s ON s.id = i.source_id
"""

_ISSUE_SELECT = """
SELECT i.id, s.name AS source, p.name AS publication, i.place, i.publisher, i.year, i.month, i.number,
       i.printed, i.title, i.layout, s.encoding,
       (SELECT COUNT(*) FROM articles a WHERE a.issue_id = i.id) AS articles
FROM issues i JOIN publications p ON p.id = i.publication_id JOIN sources s ON s.id = i.source_id
"""


def issues(db: Database, issue_ids: Sequence[int] | None = None) -> list[dict]:
    """All issues (or the given ones), newest first, with their article counts."""
    where, params = _in_clause("i.id", issue_ids)
    sql = f"{_ISSUE_SELECT} {where} ORDER BY i.year DESC, i.month DESC, i.id"
    return [dict(row) for row in _rows(db, sql, params)]


def articles(db: Database, *, ids: Sequence[int] | None = None, issue_id: int | None = None,
             section: str | None = None, limit: int | None = None, offset: int = 0) -> list[dict]:
    """Articles in the public ``articles --json`` shape (without tags), in reading order.

    With ``ids`` the result follows the order of ``ids`` (search results keep their ranking).
    """
    if ids is not None and len(ids) > ID_CHUNK:
        return _chunked(ids, lambda chunk: articles(db, ids=chunk))
    clauses, params = [], []
    if ids is not None:
        where, id_params = _in_clause("a.id", ids)
        clauses.append(where.removeprefix("WHERE "))
        params += id_params
    if issue_id is not None:
        clauses.append("a.issue_id = ?")
        params.append(issue_id)
    if section is not None:
        clauses.append("a.section IS ?")
        params.append(section)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
    rows = [_article_dict(row) for row in _rows(db, f"{_ARTICLE_SELECT} {where} ORDER BY a.issue_id, a.ord{page}", params)]
    if ids is not None:
        position = {article_id: n for n, article_id in enumerate(ids)}
        rows.sort(key=lambda row: position[row["id"]])
    return rows


def article_ids(db: Database, *, issue_id: int | None = None) -> list[int]:
    """Ids of every article (or one issue's), in reading order."""
    if issue_id is None:
        return [r[0] for r in db.execute("SELECT id FROM articles ORDER BY issue_id, ord")]
    return [r[0] for r in db.execute("SELECT id FROM articles WHERE issue_id = ? ORDER BY ord", [issue_id])]


def tree_publications(db: Database) -> list[dict]:
    """Top level of the issue tree: publications with their issue and article counts."""
    sql = """SELECT p.id, p.name, p.place, COUNT(i.id) AS issues, COALESCE(SUM(i.article_count), 0) AS articles
             FROM publications p JOIN issues i ON i.publication_id = p.id GROUP BY p.id ORDER BY p.name"""
    return _rows(db, sql, [])


def tree_years(db: Database, publication_id: int) -> list[dict]:
    """A publication's years (newest first; None = year unknown, last) with counts."""
    sql = """SELECT year, COUNT(*) AS issues, COALESCE(SUM(article_count), 0) AS articles FROM issues
             WHERE publication_id = ? GROUP BY year ORDER BY year IS NULL, year DESC"""
    return _rows(db, sql, [publication_id])


_ALL = 2**62
"""A LIMIT meaning "no limit" on both backends."""


def tree_issues(db: Database, publication_id: int, year: int | None, *, limit: int | None = None,
                offset: int = 0) -> list[dict]:
    """The issues of one publication and year, in calendar order, with article counts (``limit`` of them
    from ``offset``: a daily paper of twenty years has thousands in its unknown-year node). The page is
    chosen before the sources are joined: joining first read a source row per issue of the year (50 ms
    a page for 15,000 issues, 10 ms this way). ``limit`` None: all of them (a number either backend
    takes: PostgreSQL refuses SQLite's ``LIMIT -1``)."""
    sql = """SELECT i.id, i.title, i.year, i.month, i.number, i.articles, s.name AS source
             FROM (SELECT id, title, year, month, number, article_count AS articles, source_id FROM issues
                   WHERE publication_id = ? AND year IS ? ORDER BY month, number, id LIMIT ? OFFSET ?) i
             JOIN sources s ON s.id = i.source_id ORDER BY i.month, i.number, i.id"""
    return _rows(db, sql, [publication_id, year, _ALL if limit is None or limit < 0 else int(limit), int(offset)])


def tree_sections(db: Database, issue_id: int) -> list[dict]:
    """An issue's sections in reading order (None when the issue has no sections) with counts."""
    sql = """SELECT section, COUNT(*) AS articles, MIN(ord) AS first FROM articles WHERE issue_id = ?
             GROUP BY section ORDER BY first"""
    return [{"section": r["section"], "articles": r["articles"]} for r in _rows(db, sql, [issue_id])]


_HEADER_SELECT = """SELECT a.id, a.title, a.subtitle, a.date, a.month, a.day, a.section, a.kind, a.issue_id,
       i.title AS issue_title, i.place, p.name AS publication, a.corrected, s.encoding LIKE '%(ocr)' AS ocr
FROM articles a JOIN issues i ON i.id = a.issue_id JOIN publications p ON p.id = i.publication_id
JOIN sources s ON s.id = i.source_id"""


_READING = "i.year DESC, i.month DESC, a.issue_id, a.ord"
"""The order of a node's list: newest issue first, each in reading order."""


def headers(db: Database, *, ids: Sequence[int] | None = None, publication_id: int | None = None,
            year: int | None = None, issue_id: int | None = None, section: str | None = None,
            limit: int = 500, offset: int = 0, all_years: bool = True) -> list[dict]:
    """Light article rows (no body) for list views, filtered by any tree node, in reading order.

    ``all_years=False`` with ``year=None`` selects the issues whose year is unknown. A node's page is
    chosen from the issue and article indexes alone (the ids of :func:`count_headers`'s join), then only
    its rows are read: sorting a publication's 121,144 header rows to keep 100 took 300–450 ms at a
    million articles, its ids 52 ms.
    """
    if ids is not None and len(ids) > ID_CHUNK:
        rows = _chunked(ids, lambda chunk: headers(db, ids=chunk, publication_id=publication_id, year=year,
                                                   issue_id=issue_id, section=section, limit=len(chunk),
                                                   all_years=all_years))
        return rows[offset:offset + limit]
    where, params = _header_filter(ids, publication_id, year, issue_id, section, all_years)
    if ids is None:  # the page's ids from the indexes alone, then their rows
        sql = (f"SELECT a.id FROM articles a JOIN issues i ON i.id = a.issue_id {where} "
               f"ORDER BY {_READING} LIMIT ? OFFSET ?")
        page = [row[0] for row in db.execute(sql, [*params, int(limit), int(offset)])]
        return headers(db, ids=page, limit=len(page)) if page else []
    sql = f"{_HEADER_SELECT} {where} ORDER BY {_READING} LIMIT ? OFFSET ?"
    rows = _rows(db, sql, [*params, int(limit), int(offset)])
    for row in rows:
        month, day = row.pop("month"), row.pop("day")
        row["month_day"] = f"{month:02d}-{day:02d}" if month and day else None
        row["corrected"] = bool(row["corrected"])
        row["ocr"] = bool(row["ocr"])  # read from a scan: the list row says so, as the reader does
    if ids is not None:
        position = {article_id: n for n, article_id in enumerate(ids)}
        rows.sort(key=lambda row: position[row["id"]])
    return rows


def count_headers(db: Database, *, publication_id: int | None = None, year: int | None = None,
                  issue_id: int | None = None, section: str | None = None, all_years: bool = True) -> int:
    """How many articles :func:`headers` would list without a limit."""
    where, params = _header_filter(None, publication_id, year, issue_id, section, all_years)
    sql = f"SELECT COUNT(*) FROM articles a JOIN issues i ON i.id = a.issue_id {where}"
    return db.execute(sql, params).fetchone()[0]


def node_ids(db: Database, ids: Sequence[int], *, publication_id: int | None = None, year: int | None = None,
             issue_id: int | None = None, section: str | None = None, all_years: bool = True) -> list[int]:
    """The ``ids`` that lie in a tree node (the filters of :func:`headers`), in the order of ``ids``.

    Only ids are read, so narrowing a common tag's hundred thousand articles to a node costs index
    look-ups, not a header row each; the list then pages its rows by id."""
    kept: set[int] = set()
    ids = list(ids)
    for start in range(0, len(ids), ID_CHUNK):
        where, params = _header_filter(ids[start:start + ID_CHUNK], publication_id, year, issue_id, section, all_years)
        kept.update(r[0] for r in db.execute(f"SELECT a.id FROM articles a JOIN issues i ON i.id = a.issue_id {where}",
                                             params))
    return [article_id for article_id in ids if article_id in kept]


def node_condition(*, publication_id: int | None = None, year: int | None = None, issue_id: int | None = None,
                   section: str | None = None, all_years: bool = True) -> tuple[str, list]:
    """A tree node (the filters of :func:`headers`) as one SQL condition on ``articles a`` and its
    parameters, so a search can be narrowed to the node and paged there (``"1"`` for no filter)."""
    clauses, params = [], []
    within: list[str] = []
    if publication_id is not None:
        within.append("publication_id = ?")
        params.append(publication_id)
    if year is not None or not all_years:
        within.append("year IS ?")
        params.append(year)
    if within:
        clauses.append(f"a.issue_id IN (SELECT id FROM issues WHERE {' AND '.join(within)})")
    if issue_id is not None:
        clauses.append("a.issue_id = ?")
        params.append(issue_id)
    if section is not None:
        clauses.append("a.section = ?")
        params.append(section)
    return " AND ".join(clauses) or "1", params


def _header_filter(ids, publication_id, year, issue_id, section, all_years) -> tuple[str, list]:
    clauses, params = [], []
    if ids is not None:
        clause, id_params = _in_clause("a.id", ids)
        clauses.append(clause.removeprefix("WHERE "))
        params += id_params
    for column, value in (("i.publication_id", publication_id), ("a.issue_id", issue_id)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if year is not None or not all_years:
        clauses.append("i.year IS ?")
        params.append(year)
    if section is not None:
        clauses.append("a.section = ?")
        params.append(section)
    return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), params


def sections(db: Database) -> list[str]:
    """Distinct section names (栏目) in the library, for the search pane's drop-down."""
    return [r[0] for r in db.execute("SELECT DISTINCT section FROM articles WHERE section IS NOT NULL ORDER BY section")]


def places(db: Database) -> list[str]:
    """Distinct places (地区) of the issues, for the search pane's drop-down."""
    return [r[0] for r in db.execute("SELECT DISTINCT place FROM issues WHERE place IS NOT NULL ORDER BY place")]


def counts(db: Database) -> dict[str, int]:
    """How many sources, issues and articles the library holds (status bar, ``gazette info``)."""
    return {table: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("sources", "issues", "articles")}


def _article_dict(row: dict) -> dict:
    row["body"] = unpack_text(row["body"])  # packed in the file, plain text in the public shape
    roles = json.loads(row.pop("bylines_json") or "[]")
    month, day = row.pop("month"), row.pop("day")
    row["month"] = month
    row["month_day"] = f"{month:02d}-{day:02d}" if month and day else None
    row["bylines"] = [b["name"] for b in roles]
    row["byline_roles"] = [{"name": b["name"], "role": b["role"]} for b in roles]
    row["leaders"], row["projects"] = [], []
    row["corrected"] = bool(row["corrected"])  # a split correction made or changed it (see split_corrections)
    row["ocr"] = bool(row["ocr"])  # read from a scan by OCR: the text may hold recognition errors
    row.pop("ord")
    return row


ID_CHUNK = 500
"""Ids per ``IN (…)`` list: SQLite builds for Windows/macOS allow 32,766 variables per statement."""


def _chunked(ids: Sequence[int], fetch) -> list[dict]:
    """Rows for many ids, fetched ``ID_CHUNK`` at a time and returned in the order of ``ids``."""
    ids = list(ids)
    rows = [row for start in range(0, len(ids), ID_CHUNK) for row in fetch(ids[start:start + ID_CHUNK])]
    position = {article_id: n for n, article_id in enumerate(ids)}
    return sorted(rows, key=lambda row: position[row["id"]])


def tagged_article_count(db: Database, entity: str, name: str) -> int:
    """How many articles carry a leader (``entity='leader'``) or project tag of this name."""
    if entity == "leader":
        sql = ("SELECT count(DISTINCT m.article_id) FROM mentions m JOIN people p ON p.id = m.person_id "
               "WHERE p.name = ? AND m.role = 'leader'")
    else:
        sql = ("SELECT count(DISTINCT pm.article_id) FROM project_mentions pm JOIN projects p "
               "ON p.id = pm.project_id WHERE p.name = ?")
    return db.execute(sql, [name]).fetchone()[0]


def _rows(db: Database, sql: str, params: Sequence) -> list[dict]:
    cursor = db.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values)) for values in cursor.fetchall()]


def _in_clause(column: str, values: Sequence[int] | None) -> tuple[str, list]:
    if values is None:
        return "", []
    values = list(values)
    if not values:
        return "WHERE 0", []
    return f"WHERE {column} IN ({', '.join('?' * len(values))})", values
