"""Write tags to the library: leaders, bylines and experts as ``mentions``, projects as ``project_mentions``.

Everything runs inside the caller's transaction (``db.atomic()`` nests as a savepoint; we never commit).
Tagging is two passes so that the library-level rule holds — *a name seen anywhere in the library with
a title (or in a list of officials) is a leader wherever it stands alone*:

1. titles, lists, bylines, experts and projects in the given articles;
2. every known leader name standing alone in those articles, and the names that pass 1 just learned
   standing alone in the *older* articles.

Then the user's corrections are re-applied, so mentions always reflect them.

Offsets (``start``/``end``) index :func:`article_text` — kicker, title, subtitle and body joined by
``\\n`` — so a headline naming a leader is tagged too. Byline mentions have no offsets.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence

from sqlite_utils import Database

from gazette_reader.jobs import NEVER, CancelToken, Progress, no_progress
from gazette_reader.tagging import corrections
from gazette_reader.tagging.leaders import LEADER, Mention, find_named, find_standalone, names_pattern
from gazette_reader.tagging.lexicon import gazetteer
from gazette_reader.tagging.projects import find_projects

CHUNK = 200
_TEXT_SQL = "SELECT id, kicker, title, subtitle, body, bylines_json FROM articles"


def article_text(kicker: str | None, title: str | None, subtitle: str | None, body: str | None) -> str:
    """The text tags are found in and their offsets refer to: the non-empty parts joined by ``\\n``."""
    return "\n".join(p for p in (kicker, title, subtitle, body) if p)


def _rows(db: Database, ids: Sequence[int]) -> list[tuple[int, str, str]]:
    """(id, tagging text, bylines_json) for the given articles, in chunks to stay under SQL limits."""
    out: list[tuple[int, str, str]] = []
    for i in range(0, len(ids), 500):
        chunk = list(ids[i:i + 500])
        marks = ",".join("?" * len(chunk))
        for aid, kicker, title, subtitle, body, bylines in db.execute(f"{_TEXT_SQL} WHERE id IN ({marks})", chunk):
            out.append((aid, article_text(kicker, title, subtitle, body), bylines or "[]"))
    return out


def person_id(db: Database, name: str, cache: dict[str, int] | None = None) -> int:
    """The id of the person called ``name``, created when new (``cache`` saves a query per mention)."""
    if cache is not None:
        if name not in cache:
            cache[name] = person_id(db, name)
        return cache[name]
    row = db.execute("SELECT id FROM people WHERE name = ?", [name]).fetchone()
    if row:
        return row[0]
    return db.execute("INSERT INTO people (name) VALUES (?)", [name]).lastrowid


def project_id(db: Database, name: str, alias: str | None = None) -> int:
    """The id of project ``name`` (created with its gazetteer aliases); records a new ``alias`` seen."""
    row = db.execute("SELECT id, aliases_json FROM projects WHERE name = ?", [name]).fetchone()
    if row is None:
        aliases = list(dict.fromkeys([*gazetteer().aliases.get(name, ()), *([alias] if alias else [])]))
        aliases = [a for a in aliases if a != name]
        return db.execute("INSERT INTO projects (name, aliases_json) VALUES (?, ?)",
                          [name, json.dumps(aliases, ensure_ascii=False)]).lastrowid
    aliases = json.loads(row[1] or "[]")
    if alias and alias != name and alias not in aliases:
        db.execute("UPDATE projects SET aliases_json = ? WHERE id = ?",
                   [json.dumps([*aliases, alias], ensure_ascii=False), row[0]])
    return row[0]


def _insert_mentions(db: Database, article_id: int, mentions: Iterable[Mention],
                     cache: dict[str, int] | None = None) -> None:
    """Store found people (leaders and experts) of one article."""
    db.conn.executemany(
        "INSERT INTO mentions (article_id, person_id, role, title, start, end) VALUES (?, ?, ?, ?, ?, ?)",
        [(article_id, person_id(db, m.name, cache), m.role, m.title, m.start, m.end) for m in mentions],
    )


def _insert_bylines(db: Database, article_id: int, bylines_json: str) -> None:
    """Byline names (reporter / correspondent / photographer) as mentions with their roles."""
    rows = [(article_id, person_id(db, b["name"]), b["role"]) for b in json.loads(bylines_json) if b.get("name")]
    db.conn.executemany("INSERT INTO mentions (article_id, person_id, role) VALUES (?, ?, ?)", rows)


def _insert_projects(db: Database, article_id: int, text: str) -> None:
    """Projects and campaigns of one article."""
    db.conn.executemany(
        "INSERT INTO project_mentions (article_id, project_id, alias, start, end) VALUES (?, ?, ?, ?, ?)",
        [(article_id, project_id(db, p.name, p.alias), p.alias, p.start, p.end) for p in find_projects(text)],
    )


def _tag_named(db: Database, rows: Iterable[tuple[int, str, str]], known: set[str]) -> None:
    """Pass 1: titles, lists, experts, bylines and projects."""
    cache: dict[str, int] = {}
    for aid, text, bylines in rows:
        _insert_mentions(db, aid, find_named(text, known), cache)
        _insert_bylines(db, aid, bylines)
        _insert_projects(db, aid, text)


def _taken(db: Database, article_id: int) -> list[tuple[int, int]]:
    """Spans already tagged in an article (any role), so standalone names do not double them."""
    return [tuple(r) for r in db.execute(
        "SELECT start, end FROM mentions WHERE article_id = ? AND start IS NOT NULL", [article_id])]


def _tag_standalone(db: Database, rows: Iterable[tuple[int, str, str]], pattern: re.Pattern[str] | None) -> None:
    """Pass 2: known leader names standing alone."""
    if pattern is None:
        return
    cache: dict[str, int] = {}
    for aid, text, _ in rows:
        if pattern.search(text):
            _insert_mentions(db, aid, find_standalone(text, pattern, _taken(db, aid)), cache)


def known_leaders(db: Database) -> set[str]:
    """Names that count as leaders library-wide: every leader mention's person, plus names the user
    renamed or merged away (they still appear in texts), minus names hidden everywhere."""
    names = {r[0] for r in db.execute(
        "SELECT DISTINCT p.name FROM mentions m JOIN people p ON p.id = m.person_id WHERE m.role = ?", [LEADER])}
    return (names | corrections.renamed_leaders(db)) - corrections.hidden_leaders(db)


def _articles_naming(db: Database, names: set[str], exclude: set[int]) -> list[int]:
    """Ids of articles (outside ``exclude``) whose text contains any of ``names``."""
    ids: set[int] = set()
    for name in names:
        ids.update(r[0] for r in db.execute(
            "SELECT id FROM articles WHERE instr(body, ?) OR instr(title, ?) OR instr(subtitle, ?) "
            "OR instr(kicker, ?)", [name] * 4))
    return sorted(ids - exclude)


def untag_articles(db: Database, article_ids: Sequence[int]) -> None:
    """Remove every tag of these articles (before the importer deletes or re-parses them)."""
    ids = list(article_ids)
    with db.atomic():
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            db.execute(f"DELETE FROM mentions WHERE article_id IN ({marks})", chunk)
            db.execute(f"DELETE FROM project_mentions WHERE article_id IN ({marks})", chunk)


def tag_articles(db: Database, article_ids: Sequence[int]) -> None:
    """Tag these articles, spread newly learned leader names to older articles, apply corrections."""
    ids = list(dict.fromkeys(article_ids))
    with db.atomic():
        untag_articles(db, ids)
        before = known_leaders(db)
        rows = _rows(db, ids)
        _tag_named(db, rows, before)
        known = known_leaders(db)
        _tag_standalone(db, rows, names_pattern(known))
        learned = known - before
        if learned:
            older = _rows(db, _articles_naming(db, learned, set(ids)))
            _tag_standalone(db, older, names_pattern(learned))
        corrections.apply_all(db)


def retag_all(db: Database, *, progress: Progress = no_progress, cancel: CancelToken = NEVER) -> None:
    """Re-tag the whole library (after ``gazette reparse`` or a dictionary change), corrections included."""
    ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]
    total = 2 * len(ids)
    with db.atomic():
        db.execute("DELETE FROM mentions")
        db.execute("DELETE FROM project_mentions")
        for i in range(0, len(ids), CHUNK):
            cancel.check()
            progress(i, total, "Finding leaders and projects")
            _tag_named(db, _rows(db, ids[i:i + CHUNK]), set())
        pattern = names_pattern(known_leaders(db))
        for i in range(0, len(ids), CHUNK):
            cancel.check()
            progress(len(ids) + i, total, "Finding leaders named alone")
            _tag_standalone(db, _rows(db, ids[i:i + CHUNK]), pattern)
        corrections.apply_all(db)
        _drop_orphans(db)
    progress(total, total, "Tags updated")


def _drop_orphans(db: Database) -> None:
    """Forget people and projects nothing refers to any more (e.g. after a parser fix)."""
    db.execute("DELETE FROM people WHERE id NOT IN (SELECT person_id FROM mentions)")
    db.execute("DELETE FROM projects WHERE id NOT IN (SELECT project_id FROM project_mentions)")
