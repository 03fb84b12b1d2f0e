"""Manual tag corrections: one code path for the CLI and the GUI, re-applied after every tagging run.

A correction is stored in ``corrections`` and applied at once; :func:`apply_all` replays every
correction in the order it was made, after ``retag_all``, and :func:`apply_to` replays them on just
the articles ``tag_articles`` / ``spread_names`` touched, so mentions always reflect the user's edits
even after re-parsing.

Actions (entity ``leader`` or ``project``):

* ``hide`` — a false tag: everywhere, or only in one article when ``article_id`` is given;
* ``rename`` — ``target`` becomes ``value`` (merging when ``value`` already exists);
* ``merge`` — ``target`` into the existing ``value``;
* ``add`` — tag one article with ``target`` (for a leader, ``value`` is the title as written there).

Article key: ``<source text_sha256>:<order>:<title hash>``. The source text hash is stable across
re-import and re-parse (same text, same hash). A parser improvement can shift article order (a split
fixed) or change a title (a displaced headline re-assigned), rarely both, so an article is found again
by its title hash first and by its order when no title matches.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone

from sqlite_utils import Database

from gazette_reader.errors import GazetteError
from gazette_reader.text.normalize import to_simplified

ACTIONS = ("hide", "rename", "merge", "add")
ENTITIES = ("leader", "project")
LEADER = "leader"


class CorrectionError(GazetteError):
    """A tag correction cannot be made (unknown name, missing article, bad action)."""


def _title_hash(title: str | None) -> str:
    """A short, stable hash of an article title (whitespace ignored)."""
    return hashlib.sha1("".join((title or "").split()).encode("utf-8")).hexdigest()[:12]


def article_key(db: Database, article_id: int) -> str:
    """The re-parse-proof key of an article; raises when the article does not exist."""
    row = db.execute(
        "SELECT s.text_sha256, a.ord, a.title FROM articles a JOIN issues i ON i.id = a.issue_id "
        "JOIN sources s ON s.id = i.source_id WHERE a.id = ?", [article_id]).fetchone()
    if row is None:
        raise CorrectionError(f"There is no article with id {article_id} in the library.",
                              zh=f"资料库中没有编号为 {article_id} 的文章。")
    return f"{row[0]}:{row[1]}:{_title_hash(row[2])}"


def resolve_key(db: Database, key: str) -> int | None:
    """The current id of the article a key names, or None when its source is no longer imported."""
    sha, _, rest = key.partition(":")
    order, _, title_hash = rest.partition(":")
    rows = db.execute(
        "SELECT a.id, a.ord, a.title FROM articles a JOIN issues i ON i.id = a.issue_id "
        "JOIN sources s ON s.id = i.source_id WHERE s.text_sha256 = ?", [sha]).fetchall()
    by_title = [r[0] for r in rows if _title_hash(r[2]) == title_hash]
    if len(by_title) == 1:
        return by_title[0]
    by_order = [r[0] for r in rows if str(r[1]) == order]
    return by_order[0] if by_order else (by_title[0] if by_title else None)


def _exists(db: Database, entity: str, name: str) -> bool:
    """Whether a leader / project of that name is currently tagged somewhere."""
    if entity == LEADER:
        sql = ("SELECT 1 FROM mentions m JOIN people p ON p.id = m.person_id "
               "WHERE p.name = ? AND m.role = 'leader' LIMIT 1")
    else:
        sql = ("SELECT 1 FROM project_mentions pm JOIN projects p ON p.id = pm.project_id "
               "WHERE p.name = ? LIMIT 1")
    return db.execute(sql, [name]).fetchone() is not None


def _validate(db: Database, action: str, entity: str, target: str, value: str | None,
              article_id: int | None) -> None:
    """Raise a readable error for anything the user got wrong."""
    what = "leader" if entity == LEADER else "project"
    zh_what = "人物" if entity == LEADER else "项目"
    if action not in ACTIONS:
        raise CorrectionError(f"Unknown correction {action!r}; use one of: {', '.join(ACTIONS)}.",
                              zh=f"没有 {action!r} 这种更正，可选：{'、'.join(ACTIONS)}。")
    if entity not in ENTITIES:
        raise CorrectionError(f"Unknown kind of tag {entity!r}; use 'leader' or 'project'.",
                              zh=f"没有 {entity!r} 这种标签，可选 leader（人物）或 project（项目）。")
    if not target or not target.strip():
        raise CorrectionError(f"Say which {what} to correct.", zh=f"请指明要更正的{zh_what}。")
    if action == "add" and article_id is None:
        raise CorrectionError(f"Say which article to tag with the {what} {target!r}.",
                              zh=f"请指明要标注{zh_what}“{target}”的文章。")
    if action != "add" and not _exists(db, entity, target):
        raise CorrectionError(f"There is no {what} called {target!r} in the library.",
                              zh=f"资料库中没有名为“{target}”的{zh_what}。")
    if action in ("rename", "merge") and not (value and value.strip()):
        raise CorrectionError(f"Say what to {action} the {what} {target!r} {'to' if action == 'rename' else 'into'}.",
                              zh=f"请指明要把{zh_what}“{target}”{'改名为' if action == 'rename' else '合并到'}什么。")
    if action == "merge" and not _exists(db, entity, value or ""):
        raise CorrectionError(f"There is no {what} called {value!r} to merge {target!r} into.",
                              zh=f"没有名为“{value}”的{zh_what}，无法把“{target}”合并进去。")
    if action in ("rename", "merge") and value == target:
        raise CorrectionError(f"The {what} {target!r} already has that name.", zh=f"{zh_what}“{target}”已经是这个名字。")


def correct(db: Database, action: str, entity: str, target: str, value: str | None = None,
            article_id: int | None = None) -> int:
    """Record a correction and apply it now (same function for CLI and GUI); returns its number (the
    ``corrections`` row id, what ``Library.revert_correction`` takes, so the window can undo it).

    Leader names are stored simplified (the tagger's canonical key), so a leader typed in traditional
    characters (黃偉哲) names the same person; a rename's new name is kept as the user typed it."""
    target, value = target.strip() if target else target, value.strip() if value else value
    if entity == LEADER and target:
        target = to_simplified(target)
        value = to_simplified(value) if action == "merge" and value else value
    _validate(db, action, entity, target, value, article_id)
    key = article_key(db, article_id) if article_id is not None else None
    row = {"action": action, "entity": entity, "target": target, "value": value, "article_key": key,
           "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    with db.atomic():
        number = db.execute("INSERT INTO corrections (action, entity, target, value, article_key, created_at) "
                            "VALUES (:action, :entity, :target, :value, :article_key, :created_at)", row).lastrowid
        apply_one(db, row)
    return int(number)


def list_corrections(db: Database) -> list[dict]:
    """Every stored tag correction, oldest first (what ``apply_all`` replays). The table also holds the
    corrections of the split (``entity`` ``article`` or ``source``, see :mod:`gazette_reader.split_corrections`),
    which are applied to the parse, not to the tags."""
    cur = db.execute("SELECT id, action, entity, target, value, article_key, created_at FROM corrections "
                     "WHERE entity IN (?, ?) ORDER BY id", list(ENTITIES))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def apply_all(db: Database) -> None:
    """Replay every correction in order; safe to run any number of times."""
    for row in list_corrections(db):
        apply_one(db, row)


def apply_to(db: Database, article_ids: Iterable[int], rows: Sequence[dict] | None = None) -> None:
    """Replay every correction in order, but only on the mentions of these articles.

    Every path that writes mentions re-applies corrections to what it wrote, so the rest of the library
    already reflects them; replaying only on the new or re-tagged articles gives the same result as
    :func:`apply_all` at a cost that follows the batch and the number of corrections, not the library.
    ``rows``: :func:`list_corrections` when the caller read it already (in the same transaction).
    """
    scope = sorted(set(article_ids))
    if not scope:
        return
    for row in list_corrections(db) if rows is None else rows:
        apply_one(db, row, scope)


def apply_one(db: Database, row: dict, scope: Sequence[int] | None = None) -> None:
    """Apply one stored correction to the current mentions (of the ``scope`` articles when given)."""
    article = resolve_key(db, row["article_key"]) if row.get("article_key") else None
    if row.get("article_key") and article is None:
        return  # its article is gone (source deleted); keep the correction for a re-import
    if article is not None and scope is not None and article not in scope:
        return
    table = _LEADERS if row["entity"] == LEADER else _PROJECTS
    table[row["action"]](db, row["target"], row.get("value"), article, scope)


def _in_scope(db: Database, sql: str, params: list, scope: Sequence[int] | None) -> None:
    """Run a DELETE/UPDATE as is, or once per chunk of ``scope`` with ``AND article_id IN (…)`` added."""
    if scope is None:
        db.execute(sql, params)
        return
    for i in range(0, len(scope), 500):
        chunk = list(scope[i:i + 500])
        db.execute(f"{sql} AND article_id IN ({','.join('?' * len(chunk))})", [*params, *chunk])


# --- leaders -------------------------------------------------------------------------------------------

def _person(db: Database, name: str) -> int:
    """Person id by name, created when new."""
    found = db.execute("SELECT id FROM people WHERE name = ?", [name]).fetchone()
    return found[0] if found else db.execute("INSERT INTO people (name) VALUES (?)", [name]).lastrowid


def _hide_leader(db: Database, target: str, value: str | None, article: int | None,
                 scope: Sequence[int] | None = None) -> None:
    sql = "DELETE FROM mentions WHERE role = 'leader' AND person_id IN (SELECT id FROM people WHERE name = ?)"
    if article:
        db.execute(sql + " AND article_id = ?", [target, article])
    else:
        _in_scope(db, sql, [target], scope)


def _rename_leader(db: Database, target: str, value: str | None, article: int | None,
                   scope: Sequence[int] | None = None) -> None:
    if not value or not db.execute("SELECT 1 FROM people WHERE name = ?", [target]).fetchone():
        return
    sql = ("UPDATE mentions SET person_id = ? WHERE role = 'leader' "
           "AND person_id IN (SELECT id FROM people WHERE name = ?)")
    _in_scope(db, sql, [_person(db, value), target], scope)


def _add_leader(db: Database, target: str, value: str | None, article: int | None,
                scope: Sequence[int] | None = None) -> None:
    pid = _person(db, target)
    if not db.execute("SELECT 1 FROM mentions WHERE article_id = ? AND person_id = ? AND role = 'leader'",
                      [article, pid]).fetchone():
        db.execute("INSERT INTO mentions (article_id, person_id, role, title) VALUES (?, ?, 'leader', ?)",
                   [article, pid, value])


# --- projects ------------------------------------------------------------------------------------------

def _project(db: Database, name: str) -> int:
    """Project id by name, created when new."""
    found = db.execute("SELECT id FROM projects WHERE name = ?", [name]).fetchone()
    return found[0] if found else db.execute(
        "INSERT INTO projects (name, aliases_json) VALUES (?, '[]')", [name]).lastrowid


def _hide_project(db: Database, target: str, value: str | None, article: int | None,
                  scope: Sequence[int] | None = None) -> None:
    sql = "DELETE FROM project_mentions WHERE project_id IN (SELECT id FROM projects WHERE name = ?)"
    if article:
        db.execute(sql + " AND article_id = ?", [target, article])
    else:
        _in_scope(db, sql, [target], scope)


def _rename_project(db: Database, target: str, value: str | None, article: int | None,
                    scope: Sequence[int] | None = None) -> None:
    old = db.execute("SELECT id, aliases_json FROM projects WHERE name = ?", [target]).fetchone()
    if not value or old is None:
        return
    new = _project(db, value)
    new_aliases = json.loads(db.execute("SELECT aliases_json FROM projects WHERE id = ?", [new]).fetchone()[0] or "[]")
    merged = [a for a in dict.fromkeys([*new_aliases, target, *json.loads(old[1] or "[]")]) if a != value]
    db.execute("UPDATE projects SET aliases_json = ? WHERE id = ?", [json.dumps(merged, ensure_ascii=False), new])
    _in_scope(db, "UPDATE project_mentions SET project_id = ? WHERE project_id = ?", [new, old[0]], scope)
    if not db.execute("SELECT 1 FROM project_mentions WHERE project_id = ? LIMIT 1", [old[0]]).fetchone():
        db.execute("DELETE FROM projects WHERE id = ?", [old[0]])


def _add_project(db: Database, target: str, value: str | None, article: int | None,
                 scope: Sequence[int] | None = None) -> None:
    pid = _project(db, target)
    if not db.execute("SELECT 1 FROM project_mentions WHERE article_id = ? AND project_id = ?",
                      [article, pid]).fetchone():
        db.execute("INSERT INTO project_mentions (article_id, project_id, alias) VALUES (?, ?, ?)",
                   [article, pid, target])


_LEADERS = {"hide": _hide_leader, "rename": _rename_leader, "merge": _rename_leader, "add": _add_leader}
_PROJECTS = {"hide": _hide_project, "rename": _rename_project, "merge": _rename_project, "add": _add_project}


def renamed_leaders(db: Database) -> set[str]:
    """Leader names the user renamed or merged away: still leaders when they stand alone in a text."""
    return {r[0] for r in db.execute(
        "SELECT target FROM corrections WHERE entity = 'leader' AND action IN ('rename', 'merge')")}


def hidden_leaders(db: Database) -> set[str]:
    """Leader names hidden everywhere: never spread to other articles."""
    return hidden_among(list_corrections(db))


def hidden_among(rows: Iterable[dict]) -> set[str]:
    """:func:`hidden_leaders` read off :func:`list_corrections`' rows (a caller holding them saves the
    query: a round trip to a library server each file)."""
    return {r["target"] for r in rows if r["entity"] == LEADER and r["action"] == "hide" and r["article_key"] is None}


def leader_names(db: Database) -> set[str]:
    """Every leader name a correction mentions (added, renamed or merged, either side): the names that
    need not look like a surname plus a given name, so lookups by shape alone would miss them."""
    return leader_names_among(list_corrections(db))


def leader_names_among(rows: Iterable[dict]) -> set[str]:
    """:func:`leader_names` read off :func:`list_corrections`' rows (as :func:`hidden_among`)."""
    return {name for r in rows if r["entity"] == LEADER for name in (r["target"], r["value"]) if name}


def forget(db: Database, row: dict) -> None:
    """Undo what a project rename or merge left behind besides the mentions (which a re-tag rebuilds):
    the old name among the new project's aliases."""
    if row["entity"] == LEADER or row["action"] not in ("rename", "merge") or not row.get("value"):
        return
    found = db.execute("SELECT id, aliases_json FROM projects WHERE name = ?", [row["value"]]).fetchone()
    if found:
        aliases = [a for a in json.loads(found[1] or "[]") if a != row["target"]]
        db.execute("UPDATE projects SET aliases_json = ? WHERE id = ?", [json.dumps(aliases, ensure_ascii=False), found[0]])
