"""The people and project ids tagging writes, remembered across the files of one import batch.

Every file's tagging needs the person id of each name it writes (about eight mentions an article) and
the id and aliases of each project it names. A county's leaders, reporters and campaigns recur in every
issue, so most were looked up, or created, by an earlier file of the same batch: :class:`TagIds` keeps
them, and a file looks up only the names and projects new to the batch. The rows, ids and order written
are those of looking everything up per file.

What is remembered stays true while the batch's transaction holds, because tagging never deletes or
renames a person, and nothing but a project correction deletes a project or changes its aliases (the
projects are forgotten after every file when the library has one). A file whose tagging fails has its
savepoint rolled back, rows it created included: the caller then calls :meth:`TagIds.clear`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlite_utils import Database

LIMIT = 50_000
"""People or projects remembered at most (all forgotten at once past this): bounds the memory of a
million-article load. A name forgotten is read back from the people index with its file's others (one
query a file); 206,900 remembered names held 36 MB of the writer's 409 MB at a million articles."""


class TagIds:
    """Person ids by name and ``(id, aliases)`` of projects by name, as the library has them."""

    def __init__(self) -> None:
        self.people: dict[str, int] = {}
        self.projects: dict[str, tuple[int, list[str]]] = {}

    def clear(self) -> None:
        """Forget everything (a savepoint rolled back rows this may hold)."""
        self.people.clear()
        self.projects.clear()

    def people_ids(self, db: Database, names: Sequence[str]) -> dict[str, int]:
        """The person id of each of ``names``, the missing ones created in the order first named."""
        wanted = list(dict.fromkeys(names))
        ids = {name: self.people[name] for name in wanted if name in self.people}
        rest = [name for name in wanted if name not in ids]
        if not rest:
            return ids
        found = _people_named(db, rest)
        missing = [name for name in rest if name not in found]
        db.conn.executemany("INSERT INTO people (name) VALUES (?)", [(name,) for name in missing])
        found |= _people_named(db, missing)
        if len(self.people) > LIMIT:
            self.people.clear()
        self.people.update(found)
        return ids | found

    def project_id(self, db: Database, name: str, alias: str) -> int:
        """:func:`gazette_reader.tagging.store.project_id` of one project mention, each project read
        once: the same rows, aliases and ids as calling that per mention."""
        from gazette_reader.tagging.store import project_id

        if name not in self.projects:
            pid = project_id(db, name, alias)
            row = db.execute("SELECT aliases_json FROM projects WHERE id = ?", [pid]).fetchone()
            if len(self.projects) > LIMIT:
                self.projects.clear()
            self.projects[name] = (pid, json.loads(row[0] or "[]"))
            return pid
        pid, aliases = self.projects[name]
        if alias and alias != name and alias not in aliases:
            aliases.append(alias)
            db.execute("UPDATE projects SET aliases_json = ? WHERE id = ?", [json.dumps(aliases, ensure_ascii=False), pid])
        return pid

    def after_corrections(self, db: Database, stored: Sequence[dict] | None = None) -> None:
        """Forget the projects when the library has project corrections: replaying them on a file's
        mentions may have merged projects or changed their aliases. ``stored``: the tag corrections
        (``corrections.list_corrections``) when the caller read them already."""
        if not self.projects:
            return
        if stored is not None:
            corrected = any(row["entity"] == "project" for row in stored)
        else:
            corrected = bool(db.execute("SELECT 1 FROM corrections WHERE entity = 'project' LIMIT 1").fetchone())
        if corrected:
            self.projects.clear()


def _people_named(db: Database, names: Sequence[str]) -> dict[str, int]:
    """The ids of those of ``names`` that are people already."""
    ids: dict[str, int] = {}
    for i in range(0, len(names), 500):
        chunk = names[i:i + 500]
        ids.update((name, pid) for pid, name in db.execute(
            f"SELECT id, name FROM people WHERE name IN ({','.join('?' * len(chunk))})", chunk))
    return ids
