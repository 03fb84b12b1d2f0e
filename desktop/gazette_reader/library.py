"""The one facade over a library file, used by both the CLI and the GUI.

Each thread gets its own SQLite connection (the GUI runs queries on worker threads; sqlite3 connections
must stay on the thread that made them). The file runs in WAL mode, so searches keep answering from the
last committed state while an import writes.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from contextlib import closing
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from gazette_reader import bulk, importer, paths
from gazette_reader.errors import GazetteError, LibraryError
from gazette_reader.jobs import NEVER, CancelToken, Progress, no_progress
from gazette_reader.store import check as check_module
from gazette_reader.store import collections as collection_store
from gazette_reader.store import queries
from gazette_reader.store.backend import is_server_url, search_index
from gazette_reader.store.failures import explain  # re-exported for the window (gui/messages.py)
from gazette_reader.store.identity import check_file, stamp
from gazette_reader.store.schema import migrate, needs_upgrade
from gazette_reader.store.writer import write_transaction

if TYPE_CHECKING:
    from gazette_reader.export.common import ExportOptions
    from gazette_reader.tagging.summaries import TagSummary


IMPORT_SUFFIXES = importer.SUPPORTED_SUFFIXES
"""The file suffixes an import reads: plain text, Word .docx, saved web pages and PDF (the window's file
dialog offers these)."""

PAGE_SIZE = 16384
"""Larger pages waste less space around article rows of 1–3 KB and compressed source texts of 5–20 KB
than SQLite's default 4 KB (measured: 3.48x → 3.43x of the raw text at 5,000 articles)."""


def _library_path(path: str | Path | None) -> Path:
    """The library file for ``path`` (the default one for None); an empty string is a mistake."""
    if path is not None and not str(path).strip():
        raise LibraryError("the library path is empty; give a file name or leave --library out for the default",
                           zh="资料库路径为空；请给出文件名，或不指定以使用默认资料库")
    return Path(path).expanduser() if path else paths.default_library_path()


def _make_folder(path: Path) -> None:
    """Create the folder a new library goes in, or say why it cannot be."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise explain(exc, path) or LibraryError(
            f"cannot create the folder for the library {path}: {exc.strerror}",
            zh=f"无法为资料库创建文件夹 {path}：{exc.strerror}") from None


def _open_failure(path: Path, exc: OSError | sqlite3.Error) -> BaseException:
    """What to raise when opening failed: the explained error, else for SQLite a plain refusal; any
    other OS error goes on as it is (a bug or a failure we cannot name)."""
    explained = explain(exc, path)
    if explained is not None:
        return explained
    if not isinstance(exc, sqlite3.Error):
        return exc
    return LibraryError(f"{path} cannot be opened as a Gazette Reader library ({exc})",
                        zh=f"{path} 无法作为地方简报阅读器的资料库打开（{exc}）")


LOCK_WAIT = 30.0
"""Seconds a command waits for another writer to finish before it gives up and says who holds the lock."""


class Library:
    """A gazette library file: import, read, search, tag corrections and export."""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        """The library file, or for a server library its ``postgresql://`` URL (as given: libpq reads a
        password from PGPASSFILE/.pgpass; one written in the URL stays in memory only)."""
        self._local = threading.local()
        self.created = False
        """True when :meth:`open` created this library (no file or an empty one): only such a library
        gets the sample gazettes on a first run."""

    @classmethod
    def open(cls, path: str | Path | None = None, *, progress: Progress = no_progress,
             cancel: CancelToken = NEVER, create: bool = True) -> Library:
        """Open (creating if needed and ``create``) the library at ``path`` or the default location, migrated.

        Refuses another program's SQLite file (:mod:`gazette_reader.store.identity`), an empty path, and,
        without ``create``, a missing file (read-only commands never create files or folders).
        ``progress``/``cancel`` serve the upgrade of a library an older version wrote (see
        :meth:`needs_upgrade`); a cancelled upgrade raises :class:`Cancelled` and changes nothing more.
        A ``postgresql://`` URL opens a server library (:mod:`gazette_reader.store.pg`)."""
        if is_server_url(path):
            return cls._open_server(str(path).strip(), progress=progress, cancel=cancel, create=create)
        path = _library_path(path)
        try:
            created = check_file(path, create=create)
        except (OSError, sqlite3.Error) as exc:
            raise _open_failure(path, exc) from None
        _make_folder(path)
        library = cls(path)
        library.created = created
        try:
            migrate(library.db, progress=progress, cancel=cancel)
            stamp(library.db)
        except (OSError, sqlite3.Error) as exc:
            library.close()
            raise _open_failure(path, exc) from None
        except BaseException:
            library.close()
            raise
        return library

    @classmethod
    def _open_server(cls, url: str, *, progress: Progress, cancel: CancelToken, create: bool) -> Library:
        """Open a library on a PostgreSQL server, creating its tables in an empty database when allowed."""
        from gazette_reader.store.pg.schema import migrate as migrate_server

        library = cls(url)
        try:
            library.created = migrate_server(library.db, progress=progress, cancel=cancel, create=create)
        except BaseException:
            library.close()
            raise
        return library

    @staticmethod
    def is_server_location(location: str | Path | None) -> bool:
        """Whether ``location`` names a library on a server (a ``postgresql://`` URL) rather than a file."""
        return is_server_url(location)

    @property
    def is_server(self) -> bool:
        """Whether this library lives on a database server (PostgreSQL) rather than in a file."""
        return is_server_url(self.path)

    @property
    def shown_path(self) -> str:
        """Where the library is, for messages (a server URL without any password written in it)."""
        if not self.is_server:
            return str(self.path)
        from gazette_reader.store.pg.connection import redacted

        return redacted(str(self.path))

    def read_only(self) -> bool:
        """Whether this connection may only read (a server role without write grants, or a replica):
        the window then shows the library as read-only. A file library is writable here."""
        if not self.is_server:
            return False
        from gazette_reader.store.pg.roles import may_write

        return not may_write(self.db)

    @staticmethod
    def check(path: str | Path | None = None, *, repair: bool = False) -> check_module.CheckReport:
        """Check the library file (see :mod:`gazette_reader.store.check`); with ``repair``, rebuild a
        bad search index in place, or read a damaged file (or one with broken invariants) into a new
        library beside it, never writing over the original. A server library is the server's to check."""
        if is_server_url(path):
            return Library._check_server(str(path).strip(), repair=repair)
        path = _library_path(path)
        try:
            check_file(path, create=False)
        except sqlite3.DatabaseError:
            pass  # too damaged to tell whose it is: the check below only reads, and says so
        report = check_module.check(path)
        if not repair or report.ok:
            return report
        if report.damaged or report.invariants:
            target = check_module.recovered_name(path)
            recovered = Library.open(target)
            salvaged = check_module.salvage(path, recovered.db)
            check_module.rebuild_indexes(recovered.db)
            if salvaged.incomplete:
                importer.reparse_sources(recovered.db, salvaged.incomplete)
                report.repaired.append(f"{len(salvaged.incomplete)} sources parsed again from their stored "
                                       "text (their articles were lost)")
            report.recovered_rows = recovered.counts() | {"mentions": recovered.db.execute(
                "SELECT count(*) FROM mentions").fetchone()[0]}
            recovered.close()
            report.recovered_to = str(target)
        else:
            library = Library.open(path)
            check_module.rebuild_indexes(library.db)
            library.close()
            report.repaired.append("search index rebuilt")
        return report

    @staticmethod
    def _check_server(url: str, *, repair: bool) -> check_module.CheckReport:
        """What applies to a server library (:mod:`gazette_reader.store.pg.check`): its search index and
        invariants; its storage is PostgreSQL's to check (pg_amcheck), which the report says."""
        from gazette_reader.store.pg.check import check_server, repair_server
        from gazette_reader.store.pg.connection import PgDatabase

        db = PgDatabase.connect(url)  # not Library.open: a check reads, it neither creates nor upgrades
        try:
            report = check_server(db)
            return repair_server(db, report) if repair and not report.ok else report
        finally:
            db.close()

    @staticmethod
    def needs_upgrade(path: str | Path | None = None) -> bool:
        """Whether opening the library at ``path`` will first upgrade articles an older version wrote
        (minutes for a big library: callers with a window show progress). False for a new or unreadable
        file; :meth:`open` reports those."""
        if is_server_url(path):
            return False  # the server upgrades inside :meth:`open`'s one transaction (no file to look at)
        path = Path(path).expanduser() if path else paths.default_library_path()
        if not path.is_file():
            return False
        try:
            with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
                return needs_upgrade(Database(conn))
        except sqlite3.DatabaseError:
            return False

    @property
    def db(self) -> Database:
        """This thread's connection (opened on first use)."""
        db = getattr(self._local, "db", None)
        if db is not None and getattr(db, "broken", False):
            db = self._local.db = None  # a server connection that was lost: the next call reconnects
        if db is None and self.is_server:
            from gazette_reader.store.pg.connection import PgDatabase

            db = self._local.db = PgDatabase.connect(str(self.path))
        if db is None:
            conn = sqlite3.connect(str(self.path), timeout=LOCK_WAIT)
            db = Database(conn)
            db.execute(f"PRAGMA page_size = {PAGE_SIZE}")  # only takes effect on a new, empty file
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA synchronous = NORMAL")
            self._local.db = db
        return db

    def close(self) -> None:
        """Close this thread's connection."""
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

    # -- import -----------------------------------------------------------------------------------
    def import_files(self, files: Iterable[str | Path], *, publication: str | None = None,
                     year: int | None = None, month: int | None = None, progress: Progress = no_progress,
                     cancel: CancelToken = NEVER, batch: int | None = None) -> importer.ImportReport:
        """Import gazette files or folders; see :mod:`gazette_reader.importer` for the guarantees.

        ``batch``: None for one all-or-nothing transaction; a number of files (0: sized by text) for a
        bulk load that commits as it goes and resumes (:mod:`gazette_reader.bulk`)."""
        options = importer.ImportOptions(publication=publication, year=year, month=month)
        if batch is not None:
            return bulk.import_in_commits(self.db, files, options=options, batch_files=batch, progress=progress,
                                          cancel=cancel)
        report = importer.import_files(self.db, files, options=options, progress=progress, cancel=cancel,
                                       merge_follows=True)
        bulk.merge_after_import(self.db, report.articles, progress, cancel)
        return report

    def import_seeds(self, *, progress: Progress = no_progress, cancel: CancelToken = NEVER) -> importer.ImportReport:
        """Fill an empty library with the bundled sample gazettes (first run).

        "Empty" is decided inside the import's write transaction: a ``gazette import`` that got there
        first (the window was just opening the new library) keeps the library free of the samples,
        and the report is then empty."""
        return importer.import_files(self.db, paths.seed_files(), progress=progress, cancel=cancel,
                                     only_into_empty=True)

    def reparse(self, *, progress: Progress = no_progress, cancel: CancelToken = NEVER) -> int:
        """Re-parse every stored source with the current parser; returns the number of articles."""
        from gazette_reader.tagging.store import retag_all

        with write_transaction(self.db):  # all or nothing: parse and tags together
            written = importer.reparse_sources(self.db, progress=progress, cancel=cancel)
            retag_all(self.db, progress=progress, cancel=cancel)
            collection_store.prune(self.db)  # members and notes of articles a re-parse removed
        return written

    def set_issue_metadata(self, issue_id: int, **fields: object) -> int:
        """Correct an issue's publication/place/year/month/number; stored with its source, so it survives
        re-parsing. Returns the new issue id (the issue is re-parsed with the correction)."""
        allowed = {"publication", "place", "year", "month", "number"}
        unknown = set(fields) - allowed
        if unknown:
            raise GazetteError(f"cannot set {', '.join(sorted(unknown))}; allowed: {', '.join(sorted(allowed))}",
                               zh=f"不能设置 {'、'.join(sorted(unknown))}；可设置：{'、'.join(sorted(allowed))}")
        source_id, options = self._source_of_issue(issue_id)
        options.update({k: v for k, v in fields.items() if v not in (None, "")})
        with write_transaction(self.db):
            self.db.execute("UPDATE sources SET options_json = ? WHERE id = ?",
                            [json.dumps(options, ensure_ascii=False), source_id])
            importer.reparse_sources(self.db, [source_id])
        return self.db.execute("SELECT id FROM issues WHERE source_id = ?", [source_id]).fetchone()[0]

    def delete_issue(self, issue_id: int) -> None:
        """Remove an issue, its articles and its source text from the library."""
        source_id, _ = self._source_of_issue(issue_id)
        with write_transaction(self.db):
            importer.delete_issues_of_source(self.db, source_id)
            self.db.execute("DELETE FROM sources WHERE id = ?", [source_id])
            collection_store.prune(self.db)

    def _source_of_issue(self, issue_id: int) -> tuple[int, dict]:
        row = self.db.execute(
            "SELECT s.id, s.options_json FROM issues i JOIN sources s ON s.id = i.source_id WHERE i.id = ?",
            [issue_id]).fetchone()
        if row is None:
            raise GazetteError(f"there is no issue {issue_id} in this library", zh=f"资料库中没有第 {issue_id} 号简报")
        return row[0], json.loads(row[1] or "{}")

    # -- reading ----------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Numbers of sources, issues and articles."""
        return queries.counts(self.db)

    def is_empty(self) -> bool:
        """True when nothing was ever imported (first run)."""
        return self.counts()["sources"] == 0

    def issues(self) -> list[dict]:
        """Every issue with its metadata and article count."""
        return queries.issues(self.db)

    def articles(self, *, ids: Sequence[int] | None = None, issue_id: int | None = None,
                 section: str | None = None, limit: int | None = None, offset: int = 0) -> list[dict]:
        """Articles in the public JSON shape, tags included."""
        rows = queries.articles(self.db, ids=ids, issue_id=issue_id, section=section, limit=limit, offset=offset)
        return self._with_tags(rows)

    def tree_publications(self) -> list[dict]:
        """Issue tree, level 1: publications with issue and article counts."""
        return queries.tree_publications(self.db)

    def tree_years(self, publication_id: int) -> list[dict]:
        """Issue tree, level 2: a publication's years (``year`` None = unknown) with counts."""
        return queries.tree_years(self.db, publication_id)

    def tree_issues(self, publication_id: int, year: int | None, *, limit: int | None = None,
                    offset: int = 0) -> list[dict]:
        """Issue tree, level 3: the issues of a publication in one year (``limit`` from ``offset``; None: all)."""
        return queries.tree_issues(self.db, publication_id, year, limit=limit, offset=offset)

    def tree_sections(self, issue_id: int) -> list[dict]:
        """Issue tree, level 4: an issue's sections (``section`` None when it has none)."""
        return queries.tree_sections(self.db, issue_id)

    def headers(self, **filters: object) -> list[dict]:
        """Light article rows (id, title, subtitle, date, month_day, section, kind, issue_title, place,
        publication) for list views; filters: ids, publication_id, year, issue_id, section, limit, offset,
        all_years (False with year=None = the unknown-year issues), collection (a collection's name: its
        articles in the order added)."""
        collection = filters.pop("collection", None)
        if collection is not None:  # paged in the order added (``queries.headers`` pages in reading order)
            offset, limit = int(filters.pop("offset", 0)), int(filters.pop("limit", 500))
            page = self.collection_ids(str(collection))[offset:offset + limit]
            return queries.headers(self.db, ids=page, limit=len(page), offset=0) if page else []
        return queries.headers(self.db, **filters)

    def count_headers(self, **filters: object) -> int:
        """How many rows :meth:`headers` lists for these filters, without limit."""
        collection = filters.pop("collection", None)
        if collection is not None:
            return len(self.collection_ids(str(collection)))
        return queries.count_headers(self.db, **filters)

    def node_ids(self, ids: list[int], **filters: object) -> list[int]:
        """Which of ``ids`` lie in a tree node (the filters of :meth:`headers`), in the order given."""
        collection = filters.pop("collection", None)
        if collection is not None:
            members = set(self.collection_ids(str(collection)))
            return [article_id for article_id in ids if article_id in members]
        return queries.node_ids(self.db, ids, **filters)

    def article_ids(self, *, issue_id: int | None = None) -> list[int]:
        """Ids of every article (or one issue's) in reading order."""
        return queries.article_ids(self.db, issue_id=issue_id)

    def article(self, article_id: int) -> dict:
        """One article, or a GazetteError if there is none with that id."""
        rows = self.articles(ids=[article_id])
        if not rows:
            raise GazetteError(f"there is no article {article_id} in this library",
                               zh=f"资料库中没有编号为 {article_id} 的文章")
        return rows[0]

    def tag_spellings(self, article_id: int) -> dict[str, dict[str, list[str]]]:
        """How each leader and project of an article is written in it (an alias, a renamed leader's old
        name): ``{"leader": {name: [spellings]}, "project": {...}}``, for marking and linking them."""
        from gazette_reader.tagging.queries import tag_spellings
        from gazette_reader.tagging.store import article_text

        article = self.article(article_id)
        text = article_text(article.get("kicker"), article.get("title"), article.get("subtitle"), article.get("body"))
        return tag_spellings(self.db, article_id, text)

    def _with_tags(self, rows: list[dict]) -> list[dict]:
        from gazette_reader.tagging.queries import article_tags

        tags = article_tags(self.db, [row["id"] for row in rows]) if rows else {}
        for row in rows:
            found = tags.get(row["id"], {})
            row["leaders"] = found.get("leaders", [])
            row["projects"] = found.get("projects", [])
        return rows

    def optimize_index(self, *, progress: Progress = no_progress, cancel: CancelToken = NEVER) -> int:
        """Merge the search index into one segment, as a bulk import does at its end (many commits leave
        many segments; a search seeks in each). Returns the merge steps taken (0: nothing to merge)."""
        return search_index(self.db).optimize_index(self.db, progress=progress, cancel=cancel)

    # -- search -----------------------------------------------------------------------------------
    def search(self, query: str, *, limit: int = 50, offset: int = 0, sort: str = "relevance",
               cancel: CancelToken | None = None, within: dict | None = None, count: bool = True):
        """Run a query in the search language; returns a ``SearchResult`` (total + ranked hits).

        ``within``: a tree node's filters (those of :meth:`headers`, a collection excepted): only its
        articles match, counted and paged by the database (a tag clicked while a node is listed).
        ``count=False``: the page first; the total may then be None, to be had from :meth:`search_total`
        (a common term's page at a million articles costs a fraction of its count)."""
        node = queries.node_condition(**within) if within else None
        return search_index(self.db).search(self.db, query, limit=limit, offset=offset, sort=sort, cancel=cancel,
                                            within=node, count=count)

    def search_total(self, query: str, *, cancel: CancelToken | None = None, within: dict | None = None) -> int:
        """The exact number of articles matching ``query`` (``within`` a node: as in :meth:`search`)."""
        total = self.search(query, limit=0, cancel=cancel, within=within).total
        if total is None:  # an empty page is always counted: this would be a backend's bug
            raise RuntimeError("the search backend left a count uncounted")
        return total

    def search_ids(self, query: str, *, sort: str = "relevance", cancel: CancelToken | None = None) -> list[int]:
        """Every matching article id, ranked (for "export all hits" and "select all results")."""
        return search_index(self.db).matching_ids(self.db, query, sort=sort, cancel=cancel)

    # -- tags -------------------------------------------------------------------------------------
    def leaders(self, *, sort: str = "articles") -> list[dict]:
        """Tagged officials with their titles over time and article counts."""
        from gazette_reader.tagging.queries import leaders

        return leaders(self.db, sort=sort)

    def projects(self, *, sort: str = "articles") -> list[dict]:
        """Tagged projects and campaigns with aliases and article counts."""
        from gazette_reader.tagging.queries import projects

        return projects(self.db, sort=sort)

    def tag_summaries(self, entity: str) -> list[TagSummary]:
        """Leaders (``entity="leader"``) or projects as compact rows, unsorted: what the window's tag panel
        holds (a million-article library names 200,000 leaders; :meth:`leaders`' dicts took 2 KB each)."""
        from gazette_reader.tagging.summaries import leader_summaries, project_summaries

        if entity not in ("leader", "project"):
            raise ValueError(f"unknown tag entity {entity!r}")
        return leader_summaries(self.db) if entity == "leader" else project_summaries(self.db)

    def correct(self, action: str, entity: str, target: str, value: str | None = None,
                article_id: int | None = None) -> int:
        """Apply and store a manual tag correction (hide, rename, merge, add); returns its number (see
        :meth:`corrections`, :meth:`revert_correction`)."""
        from gazette_reader.tagging.corrections import correct

        with write_transaction(self.db):
            return correct(self.db, action, entity, target, value, article_id)

    # -- corrections of the split ------------------------------------------------------------------
    def edit_article(self, article_id: int, **fields: str | None) -> dict:
        """Correct an article's title, subtitle, date (``YYYY-MM-DD``), section or kind (``article`` or
        ``brief``); an empty subtitle or section clears it. Returns ``{"correction": N, "articles":
        [the article]}``. Kept across re-parse and re-import (its source is re-parsed now; articles keep
        their ids, see ``importer.kept_ids``)."""
        from gazette_reader.split_corrections.store import record_edit

        return self._correct_split(lambda db: record_edit(db, article_id, fields))

    def split_article(self, article_id: int, at: int, title: str | None = None) -> dict:
        """Start a new article at paragraph ``at`` (1-based, of the body) of this one; that paragraph
        becomes its title, or stays its first paragraph when ``title`` is given. Returns the correction
        number and both articles."""
        from gazette_reader.split_corrections.store import record_split

        return self._correct_split(lambda db: record_split(db, article_id, at, title))

    def merge_articles(self, article_id: int, next_id: int) -> dict:
        """Merge an article with the next one of its issue; returns the correction number and the
        merged article."""
        from gazette_reader.split_corrections.store import record_merge

        return self._correct_split(lambda db: record_merge(db, article_id, next_id))

    def set_layout(self, issue_id: int, layout: str) -> dict:
        """Mark an issue's file as having ``layout`` (one of ``ingest.parse.LAYOUTS``): it is split with
        that layout's splitter from now on. Returns the correction number, the issue and its articles."""
        from gazette_reader.split_corrections.store import record_layout

        result = self._correct_split(lambda db: record_layout(db, issue_id, layout))
        issue_ids = {a["issue_id"] for a in result["articles"]}
        result["issue"] = queries.issues(self.db, sorted(issue_ids))[0] if issue_ids else None
        return result

    def _correct_split(self, record) -> dict:
        """Record a split correction and re-parse its source, all or nothing; refuses (and records
        nothing) when the re-parse cannot apply it."""
        from gazette_reader.split_corrections.store import SplitCorrectionError

        with write_transaction(self.db):
            number, source_id = record(self.db)
            reparsed = importer.reparse_source(self.db, source_id)
            made = reparsed.applied.targets.get(number) if reparsed.applied else None
            if made == [] and not reparsed.article_ids:
                raise SplitCorrectionError("Split with that layout, the file gives no article; choose another layout.",
                                           zh="按这种版式拆分，这份文件得不到任何文章，请选择其他版式。")
            if not made:
                raise SplitCorrectionError(
                    "The correction could not be applied: the parser no longer gives that article. "
                    "Run 'gazette reparse' and try again.",
                    zh="无法应用这项校正：解析程序已找不到这篇文章。请先重新解析资料库后再试。")
            ids = [reparsed.article_ids[n] for n in made]
        return {"correction": number, "articles": self.articles(ids=ids)}

    def corrections(self) -> list[dict]:
        """Every tag and split correction, numbered (see :mod:`gazette_reader.split_corrections.listing`)."""
        from gazette_reader.split_corrections.listing import all_corrections

        return all_corrections(self.db)

    def revert_correction(self, number: int, *, progress: Progress = no_progress,
                          cancel: CancelToken = NEVER) -> dict:
        """Undo correction ``number`` and apply the others again: a split correction's source is
        re-parsed, a tag correction re-tags the library. Returns the correction as it was listed, with
        ``issue_id`` (the re-parsed issue, for a split correction whose text is in the library)."""
        from gazette_reader.split_corrections.listing import find
        from gazette_reader.split_corrections.store import SplitCorrectionError, source_of
        from gazette_reader.tagging.corrections import forget
        from gazette_reader.tagging.store import retag_all

        with write_transaction(self.db):
            entry = find(self.db, number)
            if entry is None:
                raise SplitCorrectionError(f"There is no correction number {number}; 'gazette corrections' lists them.",
                                           zh=f"没有第 {number} 号校正；请查看校正列表。")
            row = dict(zip(("entity", "action", "target", "value"), self.db.execute(
                "SELECT entity, action, target, value FROM corrections WHERE id = ?", [number]).fetchone()))
            self.db.execute("DELETE FROM corrections WHERE id = ?", [number])
            entry["issue_id"] = None
            if entry["kind"] == "split":
                source = source_of(self.db, row["target"])
                if source is not None:
                    entry["issue_id"] = importer.reparse_source(self.db, source[0]).issue_id
            else:
                forget(self.db, row)
                retag_all(self.db, progress=progress, cancel=cancel)
        return entry

    def timeline(self, entity: str, name: str) -> tuple[dict[str, int], int]:
        """Articles per month (``YYYY-MM``) tagged with a leader or project, and how many of its articles
        have no known month (they cannot be placed on the timeline)."""
        from gazette_reader.tagging.queries import person_timeline, project_timeline

        months = dict((person_timeline if entity == "leader" else project_timeline)(self.db, name))
        tagged = queries.tagged_article_count(self.db, entity, name)
        return months, max(tagged - sum(months.values()), 0)

    def sections(self) -> list[str]:
        """Distinct section names, for filters."""
        return queries.sections(self.db)

    def places(self) -> list[str]:
        """Distinct places, for filters."""
        return queries.places(self.db)

    def citation(self, article_id: int) -> str:
        """The GB/T 7714-2015 reference for one article (the reader's "copy citation")."""
        from gazette_reader.export.citation import citation

        return citation(self.article(article_id))

    # -- collections and notes ---------------------------------------------------------------------
    def collections(self) -> list[dict]:
        """Every collection (专题) by name: ``{id, name, articles}``."""
        return collection_store.listing(self.db)

    def collect(self, name: str, article_ids: Sequence[int]) -> int:
        """Put articles into the collection ``name`` (made if new); returns how many were new to it."""
        with write_transaction(self.db):
            return collection_store.add(self.db, name, article_ids)

    def uncollect(self, name: str, article_ids: Sequence[int]) -> int:
        """Take articles out of a collection; returns how many were in it."""
        with write_transaction(self.db):
            return collection_store.remove(self.db, name, article_ids)

    def collection_ids(self, name: str) -> list[int]:
        """The ids of a collection's articles in the order they were added (for listing and export)."""
        return collection_store.members(self.db, name)

    def rename_collection(self, name: str, new_name: str) -> None:
        """Rename a collection."""
        with write_transaction(self.db):
            collection_store.rename(self.db, name, new_name)

    def delete_collection(self, name: str) -> None:
        """Remove a collection; its articles stay in the library."""
        with write_transaction(self.db):
            collection_store.delete(self.db, name)

    def note(self, article_id: int) -> str:
        """An article's note ('' when it has none)."""
        return collection_store.notes(self.db, [article_id]).get(article_id, "")

    def set_note(self, article_id: int, text: str) -> str:
        """Write an article's note (blank removes it); kept across re-parse. Returns the stored text."""
        with write_transaction(self.db):
            return collection_store.set_note(self.db, article_id, text)

    def notes(self, article_ids: Sequence[int]) -> dict[int, str]:
        """The notes of these articles, by id (only those that have one)."""
        return collection_store.notes(self.db, article_ids)

    # -- export -----------------------------------------------------------------------------------
    def export(self, article_ids: Sequence[int], fmt: str, path: str | Path, *, force: bool = False,
               progress: Progress = no_progress, cancel: CancelToken = NEVER,
               options: ExportOptions | None = None) -> Path:
        """Export the given articles (in that order) to a file in one of ``export.FORMATS``;
        ``options`` is an ``export.ExportOptions`` (layout, order, 大事记 sources and edits)."""
        from gazette_reader.export import write_export

        articles = self.articles(ids=list(article_ids))
        found = collection_store.notes(self.db, [article["id"] for article in articles])
        for article in articles:
            article["note"] = found.get(article["id"], "")
        return write_export(articles, fmt, Path(path), force=force, progress=progress, cancel=cancel,
                            options=options)
