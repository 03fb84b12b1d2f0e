"""Write tags to the library: leaders, bylines and experts as ``mentions``, projects as ``project_mentions``.

Everything runs inside the caller's transaction (``db.atomic()`` nests as a savepoint; we never commit).
Tagging is two passes so that the library-level rule holds — *a name seen anywhere in the library with
a title (or in a list of officials) is a leader wherever it stands alone*:

1. titles, lists, bylines, experts and projects in the given articles;
2. every known leader name standing alone in those articles.

:func:`tag_articles` returns the names pass 1 just learned; the caller spreads them to *older* articles
with :func:`spread_names` once per import batch, on candidates found with the full-text index, so that
no step scans the library. Known leaders are never loaded wholesale either: only the substrings of the
texts at hand that could be names are looked up (people.name and mentions(person_id, role) are
indexed). Every step then re-applies the user's corrections to the articles it touched.

An import's helper processes find pass 1's titled and listed leaders ahead (:mod:`~gazette_reader.tagging.ahead`,
carried by :class:`TagInput`); :func:`tag_articles` then checks their finds, writes each file in a few
statements and runs pass 2 over the few known names each text holds: the same rows as finding
everything here.

Offsets (``start``/``end``) index :func:`article_text` — kicker, title, subtitle and body joined by
``\\n`` — so a headline naming a leader is tagged too. Byline mentions have no offsets.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from gazette_reader.jobs import NEVER, CancelToken, Progress, no_progress
from gazette_reader.store.packing import unpack_text
from gazette_reader.tagging import corrections
from gazette_reader.tagging.ahead import (
    SEPARATOR, Alone, Arrived, Found, Row, WriterKnown, alone_ahead, candidate_set, find_ahead, learned as note_learned,
    remember, settle_alone_rows, settle_rows,
)
from gazette_reader.tagging.ids import TagIds
from gazette_reader.tagging.leaders import (
    LEADER, Mention, NameIndex, alone_at, find_named, name_index,
)
from gazette_reader.tagging.lexicon import gazetteer
from gazette_reader.tagging.projects import ProjectMention, find_projects
from gazette_reader.tagging.script import simplified

CHUNK = 200
_TEXT_SQL = "SELECT id, kicker, title, subtitle, body_z, bylines_json FROM articles"


def article_text(kicker: str | None, title: str | None, subtitle: str | None, body: str | None) -> str:
    """The text tags are found in and their offsets refer to: the non-empty parts joined by ``\\n``."""
    return "\n".join(p for p in (kicker, title, subtitle, body) if p)


def _rows(db: Database, ids: Sequence[int]) -> list[tuple[int, str, str]]:
    """(id, tagging text, bylines_json) for the given articles, in chunks to stay under SQL limits.

    The text is :func:`simplified` (one character for one, so offsets hold in the stored text): names
    are looked up, found and stored in simplified form whatever the script of the article."""
    out: list[tuple[int, str, str]] = []
    for i in range(0, len(ids), 500):
        chunk = list(ids[i:i + 500])
        marks = ",".join("?" * len(chunk))
        for aid, kicker, title, subtitle, body_z, bylines in db.execute(f"{_TEXT_SQL} WHERE id IN ({marks})", chunk):
            text = simplified(article_text(kicker, title, subtitle, unpack_text(body_z)))
            out.append((aid, text, bylines or "[]"))
    return out


@dataclass(frozen=True)
class TagInput:
    """What tagging reads and finds in one file's articles without the library: their tagging texts
    (:func:`article_text`, simplified), bylines as stored and their projects, in article order.

    The importer's helper processes compute it while they parse, so the writer's tag stage neither reads
    the articles back nor searches them for projects. Made by the same functions from the same strings
    the writer stores, so the tags are the ones :func:`_rows` would lead to.

    ``found`` and ``candidates``: the leaders found ahead with the helper's guess of the known names, and
    the file's name-shaped substrings (:mod:`~gazette_reader.tagging.ahead`); the writer checks the
    former and reads the library's names off the latter (None: the writer finds them itself).
    ``alone``: pass 2 done ahead with the same guess, which the writer checks the same way.

    Crosses to the writer in plain values (:meth:`__reduce__`): the texts as ``str``, each project
    found as a :data:`ProjectRow`, the finds as :class:`~gazette_reader.tagging.ahead.Arrived`."""

    texts: list[str]
    bylines: list[str]
    projects: list[list[ProjectMention | ProjectRow]]
    found: list[Found | Arrived] | None = None
    candidates: str | None = None
    alone: Alone | None = None

    def __reduce__(self) -> tuple:
        """Pickled with the texts as plain strings (a ``str`` subclass unpickles through a call per text,
        and the finders take a simplified text for simplified anyway) and the projects as tuples (a
        dataclass per project unpickled five times slower): the writer unpickles every file's."""
        projects = [list(map(project_row, found)) for found in self.projects]
        return TagInput, ([str(text) for text in self.texts], self.bylines, projects, self.found, self.candidates,
                          self.alone)

    @classmethod
    def of(cls, articles: Iterable[tuple[str | None, str | None, str | None, str | None, str]],
           hints: Iterable[str] = ()) -> TagInput:
        """From ``(kicker, title, subtitle, body, bylines_json)`` per article, in order; ``hints``: leader
        names the writer learned lately (:func:`~gazette_reader.tagging.ahead.recent_names`)."""
        remember(hints)
        texts, bylines = [], []
        for kicker, title, subtitle, body, bylines_json in articles:
            texts.append(simplified(article_text(kicker, title, subtitle, body)))
            bylines.append(bylines_json or "[]")
        found, candidates = find_ahead(texts), candidate_set(texts)
        return cls(texts, bylines, [find_projects(t) for t in texts], found, SEPARATOR.join(candidates),
                   alone_ahead(texts, found, candidates))


ProjectRow = tuple[str, str, int, int]
"""A project found, as it crosses from a helper process: ``(name, alias, start, end)``."""


def project_row(project: ProjectMention | ProjectRow) -> ProjectRow:
    """A project found as a :data:`ProjectRow` (found here, or arrived from a helper as one)."""
    if isinstance(project, tuple):
        return project
    return project.name, project.alias, project.start, project.end


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


def _insert_bylines(db: Database, article_id: int, bylines_json: str, cache: dict[str, int] | None = None) -> None:
    """Byline names (reporter / correspondent / photographer) as mentions with their roles."""
    rows = [(article_id, person_id(db, b["name"], cache), b["role"])
            for b in json.loads(bylines_json) if b.get("name")]
    db.conn.executemany("INSERT INTO mentions (article_id, person_id, role) VALUES (?, ?, ?)", rows)


def _insert_projects(db: Database, article_id: int, text: str,
                     found: Sequence[ProjectMention | ProjectRow] | None = None) -> None:
    """Projects and campaigns of one article (``found``: :func:`find_projects` of its text, when known)."""
    db.conn.executemany(
        "INSERT INTO project_mentions (article_id, project_id, alias, start, end) VALUES (?, ?, ?, ?, ?)",
        [(article_id, project_id(db, name, alias), alias, start, end)
         for name, alias, start, end in map(project_row, find_projects(text) if found is None else found)],
    )


def _tag_named(db: Database, rows: Iterable[tuple[int, str, str]], known: set[str],
               projects: Sequence[list[ProjectMention | ProjectRow]] | None = None) -> None:
    """Pass 1: titles, lists, experts, bylines and projects (``projects``: found already, one list per row).

    The leaders each article names are known to the articles after it, so that where a name ends is
    decided by its earlier, clearer mention (区长赵豪志，… then 赵豪志向…: not 赵豪 + 志向)."""
    cache: dict[str, int] = {}
    known = set(known)
    for n, (aid, text, bylines) in enumerate(rows):
        found = find_named(text, known)
        known.update(m.name for m in found if m.role == LEADER)
        _insert_found(db, (aid, text, bylines), found, None if projects is None else projects[n], cache)


def _insert_found(db: Database, row: tuple[int, str, str], found: Iterable[Mention],
                  projects: list[ProjectMention | ProjectRow] | None, cache: dict[str, int]) -> None:
    """Store pass 1's finds in one article: its named people, its bylines and its projects."""
    aid, text, bylines = row
    _insert_mentions(db, aid, found, cache)
    _insert_bylines(db, aid, bylines, cache)
    _insert_projects(db, aid, text, projects)


def _taken(db: Database, article_ids: Sequence[int]) -> dict[int, list[tuple[int, int]]]:
    """Spans already tagged in these articles (any role), so standalone names do not double them: one
    query for a chunk of articles rather than one per article."""
    taken: dict[int, list[tuple[int, int]]] = {}
    for i in range(0, len(article_ids), 500):
        chunk = list(article_ids[i:i + 500])
        for aid, start, end in db.execute(
                f"SELECT article_id, start, end FROM mentions WHERE article_id IN ({','.join('?' * len(chunk))}) "
                "AND start IS NOT NULL", chunk):
            taken.setdefault(aid, []).append((start, end))
    return taken


def _tag_standalone(db: Database, rows: Iterable[tuple[int, str, str]], index: NameIndex | None) -> set[int]:
    """Pass 2: known leader names standing alone; returns the articles that got a mention."""
    if index is None:
        return set()
    cache: dict[str, int] = {}
    touched: set[int] = set()
    found_in = []
    for aid, text, _ in rows:
        text = simplified(text)
        spans = list(index.finditer(text))  # scanned once: the old occurs_in test scanned it twice
        if spans:
            found_in.append((aid, text, spans))
    taken = _taken(db, [aid for aid, _, _ in found_in])
    for aid, text, spans in found_in:
        found = alone_at(text, spans, taken.get(aid, ()))
        if found:
            _insert_mentions(db, aid, found, cache)
            touched.add(aid)
    return touched


def known_leaders(db: Database) -> set[str]:
    """Names that count as leaders library-wide: every leader mention's person, plus names the user
    renamed or merged away (they still appear in texts), minus names hidden everywhere.

    Reads every leader mention: for :func:`retag_all` only; per import use :func:`known_in`."""
    names = {r[0] for r in db.execute(
        "SELECT DISTINCT p.name FROM mentions m JOIN people p ON p.id = m.person_id WHERE m.role = ?", [LEADER])}
    return (names | corrections.renamed_leaders(db)) - corrections.hidden_leaders(db)


def _leaders_among(db: Database, names: Collection[str]) -> set[str]:
    """Which of ``names`` have at least one leader mention (index lookups, not a table scan)."""
    found: set[str] = set()
    names = list(names)
    for i in range(0, len(names), 500):
        chunk = names[i:i + 500]
        found.update(r[0] for r in db.execute(
            f"SELECT p.name FROM people p WHERE p.name IN ({','.join('?' * len(chunk))}) AND EXISTS "
            "(SELECT 1 FROM mentions m WHERE m.person_id = p.id AND m.role = ?)", [*chunk, LEADER]))
    return found


def known_in(db: Database, texts: Iterable[str]) -> set[str]:
    """The part of :func:`known_leaders` that can occur in ``texts``, at a cost that follows the texts.

    A known name occurring in a text either has the shape :func:`candidate_set` generates or came
    from a correction (a name the user added or renamed to), so those two sources are looked up."""
    renamed, hidden = corrections.renamed_leaders(db), corrections.hidden_leaders(db)
    wanted = candidate_set(texts) | corrections.leader_names(db)
    return (_leaders_among(db, wanted) | renamed) - hidden


def _known_among(db: Database, known: set[str], texts: Sequence[str]) -> set[str]:
    """What :func:`known_in` returns, from a known-leaders set instead of database look-ups."""
    wanted = candidate_set(texts) | corrections.leader_names(db)
    return wanted & known


def untag_articles(db: Database, article_ids: Sequence[int]) -> None:
    """Remove every tag of these articles (before the importer deletes or re-parses them).

    Articles newer than every tagged one (an import's new articles) have none: two index look-ups then
    replace two deletes per file."""
    ids = list(article_ids)
    if not ids or min(ids) > _last_tagged(db):
        return
    with db.atomic():
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            db.execute(f"DELETE FROM mentions WHERE article_id IN ({marks})", chunk)
            db.execute(f"DELETE FROM project_mentions WHERE article_id IN ({marks})", chunk)


def _last_tagged(db: Database) -> int:
    """The highest article id a mention or a project mention belongs to (0 when there is none): one
    statement, a round trip to a library server once a file."""
    return db.execute("SELECT max(last) FROM (SELECT max(article_id) AS last FROM mentions "
                      "UNION ALL SELECT max(article_id) FROM project_mentions) AS tagged").fetchone()[0] or 0


def _named_leaders(db: Database, ids: Sequence[int]) -> set[str]:
    """Leader names pass 1 wrote in these articles."""
    found: set[str] = set()
    for i in range(0, len(ids), 500):
        chunk = list(ids[i:i + 500])
        found.update(r[0] for r in db.execute(
            "SELECT DISTINCT p.name FROM mentions m JOIN people p ON p.id = m.person_id "
            f"WHERE m.role = ? AND m.article_id IN ({','.join('?' * len(chunk))})", [LEADER, *chunk]))
    return found


def tag_articles(db: Database, article_ids: Sequence[int], known: set[str] | None = None,
                 given: TagInput | None = None, ids_of: TagIds | None = None) -> set[str]:
    """Tag these articles, apply corrections to them, and return the leader names they taught the
    library (unknown before this call). Spread those to older articles with :func:`spread_names`.

    ``known``: the library's :func:`known_leaders`, when the caller keeps it up to date over a batch of
    files (the importer loads it once and adds what each file teaches); saves the per-call look-ups.
    ``given``: the articles' :class:`TagInput` (in the order of ``article_ids``, new distinct ids), so
    their texts are not read back and their projects not searched again.
    ``ids_of``: the people and projects the importer's earlier files of a batch wrote (with ``given``).
    """
    ids = list(dict.fromkeys(article_ids))
    if given is not None and (len(given.texts) != len(ids) or len(ids) != len(article_ids)):
        given = None
    if given is not None and given.found is not None and given.candidates is not None and known is not None:
        return _tag_given(db, ids, known, given, TagIds() if ids_of is None else ids_of)
    with db.atomic():
        untag_articles(db, ids)
        rows = _rows(db, ids) if given is None else list(zip(ids, given.texts, given.bylines))
        texts = [text for _, text, _ in rows]
        before = known_in(db, texts) if known is None else _known_among(db, known, texts)
        _tag_named(db, rows, before, None if given is None else given.projects)
        learned = _named_leaders(db, ids) - corrections.hidden_leaders(db) - before
        _tag_standalone(db, rows, name_index(before | learned))
        corrections.apply_to(db, ids)
    return learned


def _tag_given(db: Database, ids: list[int], known: set[str], given: TagInput, ids_of: TagIds) -> set[str]:
    """:func:`tag_articles` from what the helper found ahead: the same passes, the same writes in the
    same order, with the library's names read off the file's candidates and the helper's finds checked
    (:func:`~gazette_reader.tagging.ahead.settle_rows`) rather than searched for again. The corrections are
    read once (tagging writes none): three queries fewer a file, round trips to a library server."""
    stored = corrections.list_corrections(db)
    corrected, hidden = corrections.leader_names_among(stored), corrections.hidden_among(stored)
    before = known.intersection(given.candidates.split(SEPARATOR)) | (corrected & known)
    try:
        with db.atomic():
            untag_articles(db, ids)
            named, kept = settle_rows(given.texts, given.found, WriterKnown(before, set()))
            _insert_file(db, ids, given.bylines, named, given.projects, ids_of)
            learned = {row[0] for found in named for row in found if row[1] == LEADER} - hidden - before
            alone = settle_alone_rows(given.texts, named, kept, given.alone, before | learned)
            _insert_alone(db, ids, alone, ids_of)
            corrections.apply_to(db, ids, stored)
            ids_of.after_corrections(db, stored)
    except BaseException:
        ids_of.clear()  # the savepoint dropped rows it may remember
        raise
    note_learned(learned)
    return learned


def _insert_file(db: Database, ids: Sequence[int], bylines: Sequence[str], named: Sequence[list[Row]],
                 projects: Sequence[list[ProjectMention | ProjectRow]], ids_of: TagIds) -> None:
    """Pass 1's writes for one file in a few statements: the rows, ids and order of :func:`_insert_found`
    article by article (people made in the order first named, mentions then bylines per article, then
    the projects in order), without a query per name and per project."""
    rows: list[tuple] = []
    for aid, found, byline_json in zip(ids, named, bylines):
        rows += [(aid, *row) for row in found]
        rows += [(aid, b["name"], b["role"], None, None, None) for b in json.loads(byline_json) if b.get("name")]
    _insert_rows(db, rows, ids_of)
    found_in = [(aid, *project_row(p)) for aid, found in zip(ids, projects) for p in found]
    named_as = dict.fromkeys((name, alias) for _, name, alias, _, _ in found_in)  # in the order first met
    for name, alias in named_as:  # a project and alias met again changes nothing: asked once
        named_as[name, alias] = ids_of.project_id(db, name, alias)
    db.conn.executemany(
        "INSERT INTO project_mentions (article_id, project_id, alias, start, end) VALUES (?, ?, ?, ?, ?)",
        [(aid, named_as[name, alias], alias, start, end) for aid, name, alias, start, end in found_in])


def _insert_alone(db: Database, ids: Sequence[int], alone: Sequence[list[Row]], ids_of: TagIds) -> None:
    """Pass 2's writes for one file (:func:`~gazette_reader.tagging.ahead.settle_alone_rows`) in one
    statement, in the order :func:`_tag_standalone` writes them."""
    _insert_rows(db, [(aid, *row) for aid, found in zip(ids, alone) for row in found], ids_of)


def _insert_rows(db: Database, rows: Sequence[tuple], ids_of: TagIds) -> None:
    """Mentions given as ``(article_id, name, role, title, start, end)``, in one statement: the people
    made (in the order first named) and looked up by :meth:`TagIds.people_ids`."""
    people = ids_of.people_ids(db, [row[1] for row in rows])
    db.conn.executemany(
        "INSERT INTO mentions (article_id, person_id, role, title, start, end) VALUES (?, ?, ?, ?, ?, ?)",
        [(aid, people[name], *rest) for aid, name, *rest in rows])


def spread_names(db: Database, names: set[str], article_ids: Iterable[int]) -> None:
    """Tag ``names`` (leaders learned elsewhere) where they stand alone in these articles, skipping
    spans already tagged, then re-apply corrections to the articles that changed.

    The caller finds candidate articles (e.g. with the full-text index); any article may be passed,
    including ones already tagged with these names: nothing is doubled."""
    index = name_index(set(names) - corrections.hidden_leaders(db))
    ids = sorted(set(article_ids))
    if index is None or not ids:
        return
    with db.atomic():
        touched: set[int] = set()
        for i in range(0, len(ids), CHUNK):
            touched |= _tag_standalone(db, _rows(db, ids[i:i + CHUNK]), index)
        corrections.apply_to(db, touched)


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
        index = name_index(known_leaders(db))
        for i in range(0, len(ids), CHUNK):
            cancel.check()
            progress(len(ids) + i, total, "Finding leaders named alone")
            _tag_standalone(db, _rows(db, ids[i:i + CHUNK]), index)
        corrections.apply_all(db)
        _drop_orphans(db)
    progress(total, total, "Tags updated")


def _drop_orphans(db: Database) -> None:
    """Forget people and projects nothing refers to any more (e.g. after a parser fix)."""
    db.execute("DELETE FROM people WHERE id NOT IN (SELECT person_id FROM mentions)")
    db.execute("DELETE FROM projects WHERE id NOT IN (SELECT project_id FROM project_mentions)")
