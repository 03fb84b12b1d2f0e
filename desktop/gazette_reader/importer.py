"""The import pipeline: files → decode → parse → store → index → tag, with an honest report.

Transactions: the whole batch runs inside one outer transaction with a savepoint per file. A file that is
refused (cannot be decoded) or fails rolls back only its own savepoint; the other files still import.
Cancel, Ctrl-C or a killed process roll back the whole batch, so the library is exactly as it was.

Big imports read and parse in a helper process while this one writes, indexes and tags (two cores
overlap); only this process ever touches the database.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlite_utils import Database

from gazette_reader.bounds import bound_articles, text_too_big, too_big, warning_zh, without_controls
from gazette_reader.errors import Cancelled, GazetteError
from gazette_reader.ingest.decode import Decoded
from gazette_reader.ingest.model import UNSURE, ParsedIssue
from gazette_reader.ingest.parse import parse_text
from gazette_reader.ingest.readers import SUPPORTED_SUFFIXES, read_bytes
from gazette_reader.ingest.readers.model import Rendered
from gazette_reader.jobs import NEVER, CancelToken, Progress, StageClock, no_progress, signals_held
from gazette_reader.page_steps import PageProgress, PageStep, helper_step, start_helper, wait_for
from gazette_reader.paths import printable
from gazette_reader.search.index import IndexDocument, document
from gazette_reader.store.backend import database_errors, search_index
from gazette_reader.split_corrections import store as split_store
from gazette_reader.split_corrections.apply import Applied, apply_corrections
from gazette_reader.store import writer
from gazette_reader.store.packing import pack_text
from gazette_reader.tagging.ahead import recent_names
from gazette_reader.tagging.ids import TagIds
from gazette_reader.tagging.store import TagInput, known_leaders, spread_names, tag_articles, untag_articles

log = logging.getLogger(__name__)
KINDS = ", ".join(suffix.removeprefix(".") for suffix in SUPPORTED_SUFFIXES)
"""The files an import takes, as the refusal of an empty folder names them."""
IMPORTED, DUPLICATE, REFUSED = "imported", "duplicate", "refused"


@dataclass(frozen=True)
class ImportOptions:
    """User overrides of what the parser infers (``--publication``, ``--year``, ``--month``)."""

    publication: str | None = None
    year: int | None = None
    month: int | None = None
    place: str | None = None
    number: str | None = None

    def as_dict(self) -> dict:
        """Stored with the source so ``reparse`` applies the same overrides."""
        return {k: v for k, v in vars(self).items() if v is not None}


@dataclass
class Batch:
    """State shared by the files of one import or re-parse: stage timings and the leader names learned.

    Names learned from one file (``区长苏建设``) also tag older articles where they stand alone; that is
    done once per batch through the full-text index (:func:`finish_batch`), not once per file.
    """

    clock: StageClock = field(default_factory=StageClock)
    learned: set[str] = field(default_factory=set)
    known: set[str] | None = None
    """The library's known leader names, loaded at the first file and grown with what each file teaches
    (saves the tagger a database look-up per file)."""
    unindexed: list[IndexDocument] = field(default_factory=list)
    """Index documents of the files written so far, fed to FTS5 in big chunks (:func:`flush_index`)."""
    staged: list[IndexDocument] = field(default_factory=list)
    """Index documents of the file being written: they join :attr:`unindexed` once its savepoint holds."""
    tag_ids: TagIds = field(default_factory=TagIds)
    """The people and projects the batch's files were tagged with (forgotten when a file fails)."""
    merge_follows: bool = False
    """The search index is merged into one segment after the import (an empty library filled by an
    import that ends with :func:`gazette_reader.bulk.merge_after_import`): its chunks are indexed
    without FTS5's automerge (:func:`~gazette_reader.search.index.index_new_documents`)."""


@dataclass(slots=True)
class FileOutcome:
    """What happened to one file.

    Slotted, its warnings tuples (the empty one shared): an import of a million articles keeps 111,112
    of them, 58 → 31 MB."""

    path: str
    status: str
    reason: str = ""
    encoding: str | None = None
    issue_id: int | None = None
    articles: int = 0
    size: int = 0
    reason_zh: str = ""
    """The reason in Chinese, for the Chinese UI (the CLI prints ``reason``)."""
    layout: str | None = None
    """The layout the parser chose (``bulletin``, ``worklog``, ``newspaper`` …) for an imported file."""
    confidence: float | None = None
    """How sure it was, 0–1; see :attr:`unrecognised`."""
    warnings: tuple[str, ...] = ()
    """What the parser noticed that the user should check (columns read across the page, …)."""
    warnings_zh: tuple[str, ...] = ()

    @property
    def unrecognised(self) -> bool:
        """The parser found no layout it is sure of: the user should check the split."""
        return self.confidence is not None and self.confidence < UNSURE


@dataclass
class ImportReport:
    """The per-file outcomes of one import command, with the totals people want to read."""

    outcomes: list[FileOutcome] = field(default_factory=list)

    def by_status(self, status: str) -> list[FileOutcome]:
        """The outcomes with one status (imported, duplicate or refused)."""
        return [o for o in self.outcomes if o.status == status]

    @property
    def articles(self) -> int:
        """Articles added by this import."""
        return sum(o.articles for o in self.outcomes)

    @property
    def bytes(self) -> int:
        """Bytes read from the files that were imported."""
        return sum(o.size for o in self.by_status(IMPORTED))

    def summary(self) -> str:
        """One line: ``3 imported (42 articles), 1 already in the library, 1 refused``."""
        return (f"{len(self.by_status(IMPORTED))} imported ({self.articles} article{'' if self.articles == 1 else 's'}), "
                f"{len(self.by_status(DUPLICATE))} already in the library, {len(self.by_status(REFUSED))} refused")


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileOutcome]]:
    """Expand folders (recursively, supported suffixes only); report what cannot be imported.

    Reported, never skipped in silence: paths that do not exist, folders (or subfolders) that cannot be
    read, links to folders (not followed: a link may loop or leave the folder the user chose), and a
    folder given on the command line that holds nothing importable."""
    files: list[Path] = []
    refused: list[FileOutcome] = []
    for raw in paths:
        path = Path(raw)
        unreachable = _unreachable(path)
        if unreachable is not None:
            refused.append(unreachable)
        elif path.is_dir():
            found = sorted(_walk(path, refused))
            if not found and not any(o.path.startswith(printable(path)) for o in refused):
                refused.append(_refusal(path, f"no gazette files in this folder ({KINDS})",
                                        f"此文件夹中没有可导入的文件（{KINDS}）"))
            files += found
        elif path.is_file():
            files.append(path)
        elif os.path.lexists(path) and not path.is_symlink():
            refused.append(_refusal(path, "not a regular file", "不是普通文件"))
        else:
            refused.append(_refusal(path, "no such file or folder", "文件或文件夹不存在"))
    return files, refused


def _unreachable(path: Path) -> FileOutcome | None:
    """The refusal for a path the system will not even look at (a folder on the way without search
    permission, a name too long): ``is_file`` would call it missing."""
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None  # reported as missing below (a dangling link too)
    except OSError as exc:
        detail = exc.strerror or exc
        return _refusal(path, f"cannot reach it ({detail}: check the permissions of the folders on its path)",
                        f"无法访问（{detail}：请检查其所在各级文件夹的权限）")
    return None


def _walk(folder: Path, refused: list[FileOutcome]) -> list[Path]:
    """The importable files under ``folder`` in name order, noting unreadable and linked subfolders."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        detail = exc.strerror or exc
        refused.append(_refusal(folder, f"cannot read the folder ({detail})", f"无法读取文件夹（{detail}）"))
        return []
    files: list[Path] = []
    for entry in entries:
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            files += _walk(path, refused)
        elif entry.is_symlink() and path.is_dir():
            refused.append(_refusal(path, "a link to a folder, not followed (import the folder it points to)",
                                    "指向文件夹的链接，未跟随（请直接导入它指向的文件夹）"))
        elif path.suffix.lower() in SUPPORTED_SUFFIXES and path.is_file():
            files.append(path)
    return files


def _refusal(path: Path, reason: str, reason_zh: str) -> FileOutcome:
    """A path refused before reading, with the reason in both languages."""
    return FileOutcome(printable(path), REFUSED, reason, reason_zh=reason_zh)


def import_files(db: Database, paths: Iterable[str | Path], *, options: ImportOptions = ImportOptions(),
                 progress: Progress = no_progress, cancel: CancelToken = NEVER,
                 clock: StageClock | None = None, only_into_empty: bool = False,
                 merge_follows: bool = False) -> ImportReport:
    """Import files and folders into the library; see the module docstring for the transaction rules.

    ``clock`` (benchmark) receives the time spent per stage: read, decode, parse, tokenise, pack, store,
    index, tag, and ``wait`` (the writer waiting for the helper process that prepares big imports).
    ``only_into_empty``: import nothing (an empty report) unless the library has no sources when the
    write transaction starts (the first run's samples must not join another writer's data).
    ``merge_follows``: the caller ends the import with :func:`gazette_reader.bulk.merge_after_import`,
    which merges the whole index after filling an empty library (:attr:`Batch.merge_follows`).
    """
    batch = Batch(clock or StageClock())
    files, missing = collect_files(paths)
    report = ImportReport(list(missing))
    total = sum(_size(f) for f in files)
    done = 0
    pages = PageProgress(progress, cancel, total)
    with writer.import_cache(db), writer.write_transaction(db):
        if only_into_empty and db.execute("SELECT 1 FROM sources LIMIT 1").fetchone():
            return ImportReport()
        batch.merge_follows = merge_follows and library_is_empty(db)
        for prepared in prepare_all(files, options, batch.clock, pages, search_index(db).import_document):
            cancel.check()
            progress(done, total, printable(prepared.path.name))
            report.outcomes.append(import_prepared(db, prepared, options, batch))
            done += _size(prepared.path)
            pages.done = done
        cancel.check()
        finish_batch(db, batch)
    progress(total, total, report.summary())
    return report


def library_is_empty(db: Database) -> bool:
    """Whether the library has no articles (an import into it ends with the index merged)."""
    return db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None


@dataclass
class Prepared:
    """One file read, decoded and parsed (or the reason it could not be): everything but the writing."""

    path: Path
    size: int = 0
    sha256: str = ""
    decoded: Decoded | Rendered | None = None
    """The file's text: decoded (plain text) or rendered by its format's reader (with page starts)."""
    issue: ParsedIssue | None = None
    error: str = ""
    seconds: dict[str, float] = field(default_factory=dict)
    cpu_seconds: dict[str, float] = field(default_factory=dict)
    """The CPU time of each stage (:class:`StageClock`), as ``seconds`` holds its wall time."""
    documents: list = field(default_factory=list)
    """The articles' index documents (ids to be filled in), tokenised alongside the parse: what the
    library's search index takes (:data:`DocumentMaker`)."""
    packed: Packed | None = None
    """The source text and article bodies compressed for storage, also off the writer."""
    error_zh: str = ""
    """``error`` in Chinese."""
    tags: TagInput | None = None
    """What the tagger reads and finds in the articles without the library, also off the writer."""


@dataclass(frozen=True)
class Packed:
    """A prepared file's texts as the library stores them (:func:`pack_text`): compressing takes about
    as long per article as writing it, so the helper process does it while the writer writes."""

    text_z: bytes
    bodies_z: list[bytes]

    @classmethod
    def of(cls, text: str, issue: ParsedIssue) -> Packed:
        """Pack a source text and the bodies of the issue parsed from it (in article order)."""
        return cls(pack_text(text), [pack_text(article.body) for article in issue.articles])


DocumentMaker = Callable[[tuple], object]
"""The search index's ``import_document``: an article's index document from its ``(0, title, subtitle,
kicker, body, place, section, date)`` (FTS5's :func:`~gazette_reader.search.index.document`, or the
server's keys); module-level, so the helper processes receive it by name."""


def prepare(path: Path, options: ImportOptions, on_page: PageStep | None = None,
            leaders: Collection[str] = (), make_document: DocumentMaker = document) -> Prepared:
    """Read, decode and parse one file. Pure work with no database: big imports run it in a helper
    process, so parsing the next files overlaps with writing, indexing and tagging this one.

    ``on_page`` hears of each page of a paged file read (the progress and Cancel of a long PDF); in the
    helper process, the page steps go to the writer (:mod:`~gazette_reader.page_steps`). ``leaders``:
    names the writer learned lately, which help the tagging done here (:mod:`~gazette_reader.tagging.ahead`).
    ``make_document``: the library's search index's document maker (``search_index(db).import_document``)."""
    on_page = on_page or helper_step(path)
    clock = StageClock()
    if (refusal := too_big(_size(path), path.suffix)) is not None:
        return Prepared(path, error=refusal[0], error_zh=refusal[1])
    try:
        with clock.stage("read"):
            data = path.read_bytes()
        with clock.stage("decode"):
            decoded, dropped = without_controls(read_bytes(data, path.suffix, on_page=on_page))
            if (refusal := text_too_big(decoded.text)) is not None:
                return Prepared(path, error=refusal[0], error_zh=refusal[1], **_timings(clock))
            decoded.text_sha256  # computed here, once: the writer looks it up three times
    except Cancelled:
        raise
    except (OSError, GazetteError) as exc:
        reason, reason_zh = _reason(exc)
        return Prepared(path, error=reason, error_zh=reason_zh, **_timings(clock))
    try:
        with clock.stage("parse"):
            issue = parse_source(decoded.text, printable(path.name), options, sizes=sizes_of(decoded))
            issue.warnings += [dropped] if dropped else []
        with clock.stage("tokenise"):
            documents = [make_document((0, a.title, a.subtitle, a.kicker, a.body, issue.place, a.section,
                                        writer.article_date(issue, a))) for a in issue.articles]
        with clock.stage("pack"):
            packed = Packed.of(decoded.text, issue)
        with clock.stage("tag_texts"):
            tags = TagInput.of([(a.kicker, a.title, a.subtitle, a.body, writer.bylines_json(a))
                                for a in issue.articles], leaders)
    except Exception as exc:  # a bug here must not end the batch (parse_text itself never raises)
        log.exception("preparing %s failed", path)
        return Prepared(path, error=f"internal error while parsing ({exc!r}); please report it",
                        error_zh=f"解析时出现内部错误（{exc!r}），请报告")
    return Prepared(path, len(data), hashlib.sha256(data).hexdigest(), decoded, issue, "", documents=documents,
                    packed=packed, tags=tags, **_timings(clock))


POOL_MIN_FILES = 32
"""Below this many files, start-up of the helper process (~0.5 s) costs more than it saves."""
AHEAD = 64
"""Files the helper processes may have prepared ahead of the writer (bounds memory)."""


MAX_HELPERS = 8
"""Helper processes at most, however many cores (each holds its own parser and tagger tables)."""


def helper_count() -> int:
    """How many helper processes prepare files: one per core this process may run on, one fewer from
    three cores up so the writer keeps a core of its own (on two, the writer waits for the helpers
    often enough that two helpers overlap it best), at most :data:`MAX_HELPERS`."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on macOS or Windows
        cores = os.cpu_count() or 1
    return max(1, min(MAX_HELPERS, cores - 1 if cores >= 3 else cores))


def prepare_all(files: Sequence[Path], options: ImportOptions, clock: StageClock,
                pages: PageProgress | None = None, make_document: DocumentMaker = document) -> Iterator[Prepared]:
    """Prepared files in order: in this process for small imports, in a helper process for big ones.

    If the helper cannot run (e.g. a frozen app without multiprocessing support), the rest are prepared
    here; the result is the same either way. ``pages``: where the page steps of long files are reported
    (and Cancel checked between pages), in either case. ``make_document``: as :func:`prepare` takes it."""
    done = 0
    pages = pages or PageProgress()
    if len(files) >= POOL_MIN_FILES:
        try:
            for prepared in _prepare_in_helper(files, options, clock, pages, make_document):
                done += 1
                yield prepared
            return
        except (BrokenProcessPool, OSError) as exc:
            log.warning("helper process unavailable (%s); parsing in this process", exc)
    for path in files[done:]:
        prepared = prepare(path, options, pages.for_file(path, _size(path)), make_document=make_document)
        _add_seconds(clock, prepared)
        yield prepared


def _prepare_in_helper(files: Sequence[Path], options: ImportOptions, clock: StageClock,
                       pages: PageProgress, make_document: DocumentMaker) -> Iterator[Prepared]:
    context = multiprocessing.get_context("spawn")
    steps, cancelled = context.Queue(), context.Event()
    pool = ProcessPoolExecutor(max_workers=helper_count(), mp_context=context, initializer=start_helper,
                               initargs=(os.getpid(), steps, cancelled))
    try:
        with signals_held():  # the first submits start the helpers (jobs.signals_held says why)
            queue = deque((path, pool.submit(prepare, path, options, None, (), make_document))
                          for path in files[:AHEAD])
        following = iter(files[AHEAD:])
        while queue:
            path, future = queue.popleft()
            upcoming = next(following, None)
            if upcoming is not None:
                queue.append((upcoming, pool.submit(prepare, upcoming, options, None, recent_names(), make_document)))
            with clock.stage("wait"):
                prepared = wait_for(future, path, steps, pages.for_file(path, _size(path)), pages.cancel)
            _add_seconds(clock, prepared)
            yield prepared
    finally:
        cancelled.set()  # a file the helper is still reading stops at its next page
        pool.shutdown(wait=True, cancel_futures=True)
        steps.close()


def _timings(clock: StageClock) -> dict[str, dict[str, float]]:
    """A file's stage times as :class:`Prepared` carries them from the helper to the writer's clock."""
    return {"seconds": dict(clock.seconds), "cpu_seconds": dict(clock.cpu_seconds)}


def _add_seconds(clock: StageClock, prepared: Prepared) -> None:
    for stage, seconds in prepared.seconds.items():
        clock.seconds[stage] += seconds
    for stage, seconds in prepared.cpu_seconds.items():
        clock.cpu_seconds[stage] += seconds


def import_prepared(db: Database, prepared: Prepared, options: ImportOptions, batch: Batch) -> FileOutcome:
    """Write one prepared file in its own savepoint: imported, a duplicate, or refused with the reason."""
    path, decoded = prepared.path, prepared.decoded
    if decoded is None or prepared.issue is None:
        return FileOutcome(printable(path), REFUSED, prepared.error, reason_zh=prepared.error_zh)
    existing = writer.find_source(db, decoded.text_sha256)
    if existing:
        return FileOutcome(printable(path), DUPLICATE, f"same text as {existing['name']}", decoded.encoding,
                           size=prepared.size, reason_zh=f"与 {existing['name']} 内容相同")
    batch.staged = []
    try:
        with db.atomic():
            prepared, applied = with_corrections(db, prepared, options)
            issue_id, article_ids = store_gazette(db, prepared, options, batch, applied)
    except (Cancelled, *database_errors()):
        raise  # the database itself failed (full disk, lock, I/O): the batch cannot go on
    except Exception as exc:  # a parser or tagger bug must not cost the user the rest of the batch
        batch.tag_ids.clear()  # rows the file's savepoint dropped may be remembered
        if not db.conn.in_transaction:
            raise  # SQLite rolled back the whole transaction: files reported earlier are gone too
        log.exception("import of %s failed", path)
        return FileOutcome(printable(path), REFUSED,
                           f"internal error while importing ({exc!r}); please report it",
                           decoded.encoding, reason_zh=f"导入时出现内部错误（{exc!r}），请报告")
    _index_later(db, batch)
    issue = prepared.issue
    return FileOutcome(printable(path), IMPORTED, "", decoded.encoding, issue_id, len(article_ids), prepared.size,
                       layout=issue.layout, confidence=issue.confidence, warnings=tuple(issue.warnings),
                       warnings_zh=tuple(warning_zh(w) for w in issue.warnings))


def with_corrections(db: Database, prepared: Prepared, options: ImportOptions) -> tuple[Prepared, Applied | None]:
    """The prepared file with the split corrections its text has in the library (made before it was
    deleted, or on the same text in another encoding) applied; the helper process that parsed it has no
    database, so this runs here, before writing. Parsed again first when the user marked its layout."""
    assert prepared.decoded is not None and prepared.issue is not None
    decoded = prepared.decoded
    issue, applied = corrected_parse(db, decoded.text, decoded.text_sha256, printable(prepared.path.name),
                                     options, prepared.issue, sizes=sizes_of(decoded))
    return replace(prepared, issue=issue), applied


def corrected_parse(db: Database, text: str, text_sha256: str, name: str, options: ImportOptions,
                    parsed: ParsedIssue | None = None, *,
                    sizes: Mapping[int, float] | None = None) -> tuple[ParsedIssue, Applied | None]:
    """Parse a source text (or take ``parsed``, its parse without a forced layout) and apply the split
    corrections stored for it; ``None`` for ``Applied`` when it has none. ``sizes``: its headline
    type sizes (:func:`sizes_of`)."""
    corrections = split_store.for_text(db, text_sha256)
    if not corrections:
        return parsed if parsed is not None else parse_source(text, name, options, sizes=sizes), None
    layout = split_store.layout_of(corrections)
    if parsed is None or layout is not None:
        parsed = parse_source(text, name, options, layout=layout, sizes=sizes)
    applied = apply_corrections(parsed, text, corrections, layout=layout)
    return applied.issue, applied


def store_gazette(db: Database, prepared: Prepared, options: ImportOptions, batch: Batch,
                  applied: Applied | None = None) -> tuple[int, list[int]]:
    """Write one prepared file: source, parsed issue and articles, index entries and tags.

    With ``applied`` (its text has split corrections) the index documents and packed bodies the helper
    computed from the uncorrected parse are computed again from the corrected one."""
    decoded, packed = prepared.decoded, prepared.packed
    assert decoded is not None and prepared.issue is not None
    with batch.clock.stage("store"):
        source_id = writer.insert_source(
            db, name=printable(prepared.path.name), path=printable(prepared.path.resolve()),
            sha256=prepared.sha256, text_sha256=decoded.text_sha256, encoding=decoded.encoding,
            size=prepared.size, text=decoded.text, options=options.as_dict(),
            text_z=packed.text_z if packed else None, page_starts=getattr(decoded, "page_starts", ()),
            headline_sizes=getattr(decoded, "headline_sizes", ()),
        )
    if applied is not None:
        return store_parse(db, source_id, prepared.issue, batch, corrected=applied.corrected)
    bodies_z = packed.bodies_z if packed else None
    return store_parse(db, source_id, prepared.issue, batch, prepared.documents, bodies_z, tags=prepared.tags)


def sizes_of(decoded: Decoded | Rendered) -> dict[int, float] | None:
    """The headline type sizes a reader gave (PDF, Word), by offset; None for plain text."""
    return dict(sizes) if (sizes := getattr(decoded, "headline_sizes", ())) else None


def parse_source(text: str, name: str, options: ImportOptions, *, layout: str | None = None,
                 sizes: Mapping[int, float] | None = None) -> ParsedIssue:
    """Parse a source text (with the splitter of ``layout`` when the user marked one, reading decks by
    the headline type ``sizes`` when its reader gave them) and apply the user's overrides to what was
    inferred."""
    issue = parse_text(text, name=name, layout=layout, sizes=sizes)
    if options.publication:
        issue.publication = options.publication
    if options.year:
        issue.year = options.year
        for article in issue.articles:
            article.year = None
    if options.month:
        issue.month = options.month
    if options.place:
        issue.place = options.place
    if options.number:
        issue.number = options.number
    if options.year or options.month or options.number:
        issue.title = None  # rebuilt from the corrected fields
    return bound_articles(issue, text)


def store_parse(db: Database, source_id: int, issue: ParsedIssue, batch: Batch,
                documents: Sequence[IndexDocument] = (), bodies_z: Sequence[bytes] | None = None, *,
                corrected: Sequence[int] = (), issue_id: int | None = None,
                article_ids: Sequence[int | None] | None = None, tags: TagInput | None = None) -> tuple[int, list[int]]:
    """Insert an issue and its articles for a stored source, then index and tag them.

    ``documents``, ``bodies_z`` and ``tags``: the articles' index documents, packed bodies and tagging
    input when already computed (in the helper process). ``corrected``: indices of the articles a split
    correction made or changed.
    ``issue_id`` and ``article_ids``: the ids to keep (re-parse, see :func:`kept_ids`)."""
    clock = batch.clock
    with clock.stage("store"):
        issue_id = writer.insert_issue(db, source_id, issue, issue_id)
        bylines = tags.bylines if tags is not None else None  # the helper's bylines_json of each article
        article_ids = writer.insert_articles(db, issue_id, issue, bodies_z, article_ids, bylines)
        writer.set_article_pages(db, source_id, issue, article_ids)
        marked = [article_ids[n] for n in corrected if 0 <= n < len(article_ids)]
        for start in range(0, len(marked), 500):
            chunk = marked[start:start + 500]
            db.execute(f"UPDATE articles SET corrected = 1 WHERE id IN ({','.join('?' * len(chunk))})", chunk)
    with clock.stage("index"):
        if len(documents) == len(article_ids) and article_ids:
            batch.staged = [doc.with_id(i) for doc, i in zip(documents, article_ids)]
        else:
            search_index(db).index_articles(db, article_ids)
    with clock.stage("tag"):
        if batch.known is None:
            batch.known = known_leaders(db)
        learned = tag_articles(db, article_ids, batch.known, tags, batch.tag_ids)
        batch.known |= learned
        batch.learned |= learned
    return issue_id, article_ids


INDEX_CHUNK = 4000
"""Index documents fed to FTS5 at once. FTS5 writes its pending terms out as a new segment at every
savepoint (one per file) and merges segments as they pile up: feeding it a few thousand articles between
two savepoints makes fewer, bigger segments and far less merging (the index stage took a quarter of the
writer's time when each file was indexed in its own savepoint)."""


def _index_later(db: Database, batch: Batch) -> None:
    """Queue the index documents of the file just written (its savepoint held); index them all once
    :data:`INDEX_CHUNK` are waiting."""
    batch.unindexed += batch.staged
    batch.staged = []
    if len(batch.unindexed) >= INDEX_CHUNK:
        flush_index(db, batch)


def flush_index(db: Database, batch: Batch) -> None:
    """Index the articles written so far whose documents wait in :attr:`Batch.unindexed`. Runs outside
    any file's savepoint: only files that were written completely have documents there."""
    with batch.clock.stage("index"):
        # FTS5 writes its pending terms out inside this call (its own savepoint), timed as indexing
        search_index(db).index_new_documents(db, batch.unindexed, merge_follows=batch.merge_follows)
    batch.unindexed = []


def finish_batch(db: Database, batch: Batch) -> None:
    """Index what waits to be indexed, then tag newly learned leader names where they stand alone in any
    article, older ones included (found through the index)."""
    flush_index(db, batch)
    if batch.learned:
        with batch.clock.stage("tag"):
            spread_names(db, batch.learned, search_index(db).articles_containing(db, batch.learned))
        batch.learned.clear()


def reparse_sources(db: Database, source_ids: Sequence[int] | None = None, *,
                    progress: Progress = no_progress, cancel: CancelToken = NEVER) -> int:
    """Re-parse stored source texts (all, or some) with their stored options and split corrections;
    returns articles written.

    Runs in one transaction: a cancelled or failed re-parse leaves the library as it was.
    """
    if source_ids is None:
        source_ids = [row[0] for row in db.execute("SELECT id FROM sources ORDER BY id")]
    written = 0
    batch = Batch()
    with writer.write_transaction(db):
        for done, source_id in enumerate(source_ids):
            cancel.check()
            progress(done, len(source_ids), f"source {source_id}")
            written += len(_reparse_one(db, source_id, batch).article_ids)
        finish_batch(db, batch)
    return written


@dataclass(frozen=True)
class Reparsed:
    """One source parsed again: its issue, its articles in order, and what its split corrections did."""

    issue_id: int
    article_ids: list[int]
    applied: Applied | None


def reparse_source(db: Database, source_id: int) -> Reparsed:
    """Re-parse one stored source (after one of its corrections changed), tags spread as by an import."""
    batch = Batch()
    with writer.write_transaction(db):
        reparsed = _reparse_one(db, source_id, batch)
        finish_batch(db, batch)
    return reparsed


def _reparse_one(db: Database, source_id: int, batch: Batch) -> Reparsed:
    name, text, options = writer.source_text(db, source_id)
    sha = db.execute("SELECT text_sha256 FROM sources WHERE id = ?", [source_id]).fetchone()[0]
    issue, applied = corrected_parse(db, text, sha, name, ImportOptions(**options),
                                     sizes=writer.headline_sizes(db, source_id))
    old = [r[0] for r in db.execute("SELECT id FROM issues WHERE source_id = ?", [source_id])]
    bodies_z = [pack_text(article.body) for article in issue.articles]
    ids = kept_ids(db, source_id, issue, bodies_z)
    delete_issues_of_source(db, source_id)
    issue_id, article_ids = store_parse(db, source_id, issue, batch, bodies_z=bodies_z, article_ids=ids,
                                        corrected=applied.corrected if applied else (),
                                        issue_id=old[0] if len(old) == 1 else None)
    return Reparsed(issue_id, article_ids, applied)


def kept_ids(db: Database, source_id: int, issue: ParsedIssue, bodies_z: Sequence[bytes]) -> list[int | None]:
    """Which ids of a source's stored articles its new parse keeps: an article given again unchanged
    keeps its id, and so does one that still starts where it did or keeps its title (an edited, split
    or merged article, or one a parser change touched); the others get new ids (None).

    So a list, a script or the user's next command still finds every article a re-parse or a correction
    did not remove (a split's new part is new; the article merged into the one before is gone)."""
    rows = db.execute("SELECT a.id, a.title, a.span_start, a.span_end, a.body_z FROM articles a JOIN issues i "
                      "ON i.id = a.issue_id WHERE i.source_id = ? ORDER BY a.ord", [source_id]).fetchall()
    exact: dict[tuple, list[int]] = {}
    for article_id, title, start, end, body_z in rows:
        exact.setdefault((title, start, end, bytes(body_z or b"")), []).append(article_id)
    ids: list[int | None] = []
    for article, body_z in zip(issue.articles, bodies_z):
        same = exact.get((article.title, article.span[0], article.span[1], body_z))
        ids.append(same.pop(0) if same else None)
    taken = set(ids)
    free = [row for row in rows if row[0] not in taken]
    for n, article in enumerate(issue.articles):
        if ids[n] is None:
            match = next((row for row in free if row[2] == article.span[0]), None) or \
                next((row for row in free if row[1] and row[1] == article.title), None)
            if match is not None:
                ids[n] = match[0]
                free.remove(match)
    return ids


def delete_issues_of_source(db: Database, source_id: int) -> None:
    """Remove a source's issues and articles with their index entries and tags (not the source)."""
    issue_ids = [r[0] for r in db.execute("SELECT id FROM issues WHERE source_id = ?", [source_id])]
    for issue_id in issue_ids:
        ids = [r[0] for r in db.execute("SELECT id FROM articles WHERE issue_id = ?", [issue_id])]
        search_index(db).unindex_articles(db, ids)
        untag_articles(db, ids)
        db.execute("DELETE FROM articles WHERE issue_id = ?", [issue_id])
        db.execute("DELETE FROM issues WHERE id = ?", [issue_id])


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _reason(exc: BaseException) -> tuple[str, str]:
    """Why a file could not be read or decoded, in English and in Chinese."""
    if isinstance(exc, OSError):
        detail = exc.strerror or exc
        return f"cannot read the file ({detail})", f"无法读取文件（{detail}）"
    return str(exc), exc.text("zh") if isinstance(exc, GazetteError) else str(exc)
