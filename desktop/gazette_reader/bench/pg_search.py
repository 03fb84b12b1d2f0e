"""Search on PostgreSQL against SQLite FTS5, on the same synthetic library, and the index designs tried.

:func:`run_pg_search_bench` writes the synthetic gazette corpus (:mod:`~gazette_reader.bench.corpus`) and
imports it with the real importer (``gazette --library … import``'s code path, timed by stage) into a
server library the store makes (``Library.open`` runs its migrations, as a first import does) and, for
the comparison, into a SQLite file. It then runs the bench's query mix on both in turn through the
Library's search path (:func:`~gazette_reader.store.backend.search_index`), query by query (the machine's
load hits both alike), first page in both sorts. Every query's total must agree between the two:
``mismatches`` counts those that do not.

:func:`index_variants` times the alternatives the issue names for the term part alone (exact
``count(*)`` of each term, the first step of every search): the ``bigint[]`` keys of
:mod:`~gazette_reader.search.pg_index`, a ``tsvector`` of the same bigrams with phrase queries, and
``pg_trgm`` over the normalised text; plus their sizes on disk.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlite_utils import Database

from gazette_reader.bench.corpus import write_corpus
from gazette_reader.bench.queries import _p95, query_mix
from gazette_reader.bench.run import MB, _measure_import
from gazette_reader.errors import GazetteError, QueryError
from gazette_reader.jobs import no_progress
from gazette_reader.library import Library
from gazette_reader.search.pg_index import META_TABLE, TABLE, add_field_keys, term_keys
from gazette_reader.search.postgres import SETTINGS
from gazette_reader.store.backend import search_index
from gazette_reader.text.ngrams import bigram_tokens, term_tokens
from gazette_reader.text.normalize import normalize


def build_pair(folder: Path, url: str, n_articles: int, *, against: Path | None = None,
               batch: int | None = None) -> tuple[Database, Library, dict]:
    """The synthetic corpus of ``n_articles`` imported into the (empty) PostgreSQL database at ``url`` by
    the importer (``batch``: as a bulk load, as ``gazette import --batch``), and into a new SQLite file in
    ``folder`` for the comparison; returns the file's database and the server library (close both) and
    the import figures: the server's by stage as ``gazette bench`` reports a file's, the file's MB/s beside.

    ``against``: a file library made from the same corpus (``gazette bench --articles N --keep-library``),
    read instead of importing the corpus a second time: at a million articles that import is 20 minutes
    that measure nothing new. It must hold exactly the corpus's files (:func:`_check_against`)."""
    files, raw_bytes = write_corpus(n_articles, folder / "corpus")
    figures: dict = {"articles": n_articles, "files": files, "raw_mb": round(raw_bytes / MB, 2)}
    if against is not None:
        sqlite, figures["sqlite_import_mb_per_s"] = _check_against(against, folder / "corpus"), None
    else:
        library = Library.open(folder / "bench.sqlite")
        try:
            figures["sqlite_import_mb_per_s"] = _measure_import(library, folder / "corpus", raw_bytes,
                                                                no_progress)["ingest_mb_per_s"]
        except BaseException:
            library.close()
            raise
        sqlite = library.db
    server = Library.open(url)
    try:
        imported = _measure_import(server, folder / "corpus", raw_bytes, no_progress, batch)
    except BaseException:
        sqlite.close()
        server.close()
        raise
    index_seconds = max(imported["stage_seconds"].get("index", 0.0), 0.01)
    figures.update({"import_mb_per_s": imported.pop("ingest_mb_per_s"), **imported,
                    "pg_index_seconds": round(index_seconds, 1),
                    "pg_index_mb_per_s": round(raw_bytes / MB / index_seconds, 2)})
    return sqlite, server, figures


def _check_against(path: Path, corpus: Path) -> Database:
    """The file library at ``path``, opened read-only, when its sources are exactly the files of
    ``corpus`` (by SHA-256); a clear error otherwise (another corpus size, seed or version)."""
    import hashlib
    import sqlite3

    if Library.needs_upgrade(path):
        raise GazetteError(f"{path} was written by an older version: open it once first (gazette --library {path} "
                           "info) to upgrade it, then compare", zh=f"{path} 由旧版本写入：请先打开一次以升级，然后再比较")
    db = Database(sqlite3.connect(path.resolve().as_uri() + "?immutable=1", uri=True))
    try:
        stored = sorted(row[0] for row in db.execute("SELECT sha256 FROM sources"))
    except sqlite3.DatabaseError as exc:
        db.close()
        raise GazetteError(f"{path} is not a Gazette Reader library ({exc})",
                           zh=f"{path} 不是地方简报阅读器的资料库（{exc}）") from exc
    wanted = sorted(hashlib.sha256(f.read_bytes()).hexdigest() for f in corpus.iterdir())
    if stored != wanted:
        db.close()
        raise GazetteError(f"{path} does not hold this corpus ({len(stored)} files, the corpus {len(wanted)}, "
                           "or other contents): make it with gazette bench --articles N --keep-library",
                           zh=f"{path} 中的文件与本次语料不同：请用 gazette bench --articles N --keep-library 生成")
    return db


def _timed(run: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    try:
        result = run()
    except QueryError:
        result = None
    return (time.perf_counter() - started) * 1000, result


def first_page(db, query: str, *, limit: int = 50, sort: str = "relevance", count: bool = True):
    """One first page by the Library's search path (either backend); ``count=False`` as the window asks
    it, the total left for later where that is slower."""
    return search_index(db).search(db, query, limit=limit, sort=sort, count=count)


def compare(fts, pg, queries: Sequence[str], *, limit: int = 50) -> dict:
    """Every query on both libraries (``fts``: the file, ``pg``: the server), taken in turn, and the
    totals that differ. The file answers page and total at once; the server is asked as the window asks
    it, the page first and then its total (:func:`_page_then_count`): ``postgresql_page_*`` time the
    page, ``postgresql_*`` until the total is known too."""
    times: dict[str, list[float]] = {"sqlite": [], "postgresql": [], "postgresql_page": []}
    mismatches: list[str] = []
    for query in queries:
        for sort in ("relevance", "date"):
            ms_a, a = _timed(lambda q=query, s=sort: first_page(fts, q, limit=limit, sort=s))
            page_ms, total_ms, total = _page_then_count(pg, query, sort, limit=limit)
            times["sqlite"].append(ms_a)
            times["postgresql"].append(total_ms)
            times["postgresql_page"].append(page_ms)
            if (a is None) != (total is None) or (a is not None and a.total != total):
                mismatches.append(f"{query} ({sort})")
    out: dict = {"queries": len(queries), "mismatches": len(mismatches), "mismatched": mismatches[:10]}
    for name, values in times.items():
        out[f"{name}_p50_ms"] = round(statistics.median(values), 2)
        out[f"{name}_p95_ms"] = round(_p95(values), 2)
        out[f"{name}_max_ms"] = round(max(values), 2)
    return out


_VARIANT_DDL = (
    "CREATE TABLE IF NOT EXISTS bench_tsv (id bigint PRIMARY KEY, doc tsvector)",
    "CREATE TABLE IF NOT EXISTS bench_keys (id bigint PRIMARY KEY, keys bigint[], body_norm text)",
    "CREATE INDEX IF NOT EXISTS bench_keys_gin ON bench_keys USING gin (keys)",
    "CREATE INDEX IF NOT EXISTS bench_tsv_gin ON bench_tsv USING gin (doc)",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS bench_trgm ON bench_keys USING gin (body_norm gin_trgm_ops)",
)


def index_variants(conn, terms: Sequence[str]) -> dict:
    """Build the alternative indexes beside the real one and time an exact count of each term on each."""
    _build_variants(conn)
    for name, value in SETTINGS.items():  # the search's own settings, for every design alike
        conn.execute("SELECT set_config(%s, %s, false)", [name, value])
    norms = [n for n in (normalize(t) for t in terms) if len(n) >= 2]
    timings: dict[str, list[float]] = {"keys": [], "tsvector": [], "trgm": []}
    differ = dict.fromkeys(timings, 0)
    for norm in norms:
        counts = {}
        for name, (sql, params) in _variant_queries(norm).items():
            started = time.perf_counter()
            counts[name] = conn.execute(sql, params).fetchone()[0]
            timings[name].append((time.perf_counter() - started) * 1000)
        differ.update({name: differ[name] + (count != counts["trgm"]) for name, count in counts.items()})
    out: dict = {"terms": len(norms), "totals_differing_from_like": differ}
    for name, values in timings.items():
        out[f"{name}_p50_ms"] = round(statistics.median(values), 2)
        out[f"{name}_p95_ms"] = round(_p95(values), 2)
    out.update(_sizes(conn))
    conn.execute("RESET ALL")
    return out


def _build_variants(conn) -> None:
    """The bigrams of the body as a ``tsvector`` (positions, for ``<->``), and a trigram index."""
    for statement in _VARIANT_DDL[:2]:
        conn.execute(statement)
    rows = conn.execute(f"SELECT id, body_norm FROM {TABLE}").fetchall()
    with conn.cursor() as cursor:
        cursor.executemany("INSERT INTO bench_tsv (id, doc) VALUES (%s, %s::tsvector) ON CONFLICT (id) DO NOTHING",
                           [(i, _tsvector(norm)) for i, norm in rows])
        cursor.executemany("INSERT INTO bench_keys (id, keys, body_norm) VALUES (%s, %s::bigint[], %s) "
                           "ON CONFLICT (id) DO NOTHING", [(i, _body_keys(norm), norm) for i, norm in rows])
    for statement in _VARIANT_DDL[2:]:
        conn.execute(statement)
    conn.execute("ANALYZE")


def _body_keys(norm: str) -> list[int]:
    keys: set[int] = set()
    add_field_keys(norm, keys)
    return sorted(keys)


def _tsvector(norm: str) -> str:
    """A ``tsvector`` literal of the bigram tokens at their positions, within PostgreSQL's limits (at most
    256 positions per lexeme, none past 16,383): the limits that make phrases miss in long articles."""
    positions: dict[str, list[int]] = {}
    for n, token in enumerate(bigram_tokens(norm).split(), start=1):
        positions.setdefault(token, []).append(min(n, 16383))
    return " ".join(f"{t}:{','.join(map(str, sorted(set(p))[:256]))}" for t, p in positions.items())


def _variant_queries(norm: str) -> dict[str, tuple[str, list]]:
    """Each design's exact count of the body articles containing ``norm``."""
    phrase = " <-> ".join(term_tokens(norm))
    like = "%" + norm.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    keys = "SELECT count(*) FROM bench_keys g WHERE g.keys @> %s::bigint[]"
    return {
        "keys": (keys + (" AND strpos(g.body_norm, %s) > 0" if len(norm) > 2 else ""),
                 [term_keys(norm), norm] if len(norm) > 2 else [term_keys(norm)]),
        "tsvector": ("SELECT count(*) FROM bench_tsv WHERE doc @@ %s::tsquery", [phrase]),
        "trgm": ("SELECT count(*) FROM bench_keys WHERE body_norm LIKE %s", [like]),
    }


def _sizes(conn) -> dict:
    sizes = {}
    relations = (("search_grams_mb", TABLE), ("search_grams_gin_mb", f"{TABLE}_keys"),
                 ("body_keys_gin_mb", "bench_keys_gin"), ("tsvector_table_mb", "bench_tsv"),
                 ("tsvector_gin_mb", "bench_tsv_gin"), ("trgm_gin_mb", "bench_trgm"))
    for name, relation in relations:
        size = conn.execute("SELECT pg_total_relation_size(%s::regclass)", [relation]).fetchone()[0]
        sizes[name] = round(size / 2**20, 1)
    return sizes


def run_pg_search_bench(folder: Path, url: str, n_articles: int, *, variants: bool = True) -> dict:
    """The whole comparison (module docstring) as one JSON-ready dict; the server library stays in the
    database at ``url`` (:func:`drop_bench_library` removes it)."""
    return _search_bench(folder, url, n_articles, variants=variants)[0]


def _search_bench(folder: Path, url: str, n_articles: int, *, variants: bool, against: Path | None = None,
                  batch: int | None = None) -> tuple[dict, list[str]]:
    """:func:`run_pg_search_bench`'s figures and the query mix it ran (the load test runs it again)."""
    sqlite, server, result = build_pair(folder, url, n_articles, against=against, batch=batch)
    try:
        queries = query_mix(sqlite)
        result.update(compare(sqlite, server.db, queries))
        if variants:
            terms = [q for q in queries if " " not in q and ":" not in q and not q.startswith("-")]
            result["variants"] = index_variants(server.db.raw, terms)
        return result, queries
    finally:
        sqlite.close()
        server.close()


# -- a PostgreSQL library under load: 8 searching clients while one writer imports ------------------

CLIENTS = 8
EXTRA_MIN = 100
"""Articles the writer imports under load at least (a tenth of the library otherwise)."""
EXTRA_MAX = 20_000
"""Articles the writer imports under load at most: what an editor's import adds (a tenth of a
million-article library would be an hour of the searching clients measuring the same thing)."""


def concurrent_load(url: str, corpus: Path, queries: Sequence[str], *, clients: int = CLIENTS) -> dict:
    """``clients`` connections searching (first pages, the query mix in turn) while one more imports the
    gazette files of ``corpus`` into the library at ``url`` with the real importer (one write transaction,
    as ``gazette import``); measured until the import is done."""
    import threading

    done = threading.Event()
    latencies: list[list[float]] = [[] for _ in range(clients)]
    threads = [threading.Thread(target=_client, args=(url, queries[n::clients] or queries, done, latencies[n]))
               for n in range(clients)]
    raw_bytes = sum(path.stat().st_size for path in corpus.iterdir())
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    try:
        written = _writer(url, corpus)
    finally:
        done.set()
        for thread in threads:
            thread.join()
    seconds = time.perf_counter() - started
    every = [ms for client in latencies for ms in client] or [0.0]
    return {"clients": clients, "load_seconds": round(seconds, 1), "searches": len(every),
            "searches_per_s": round(len(every) / seconds, 1), "loaded_p50_ms": round(statistics.median(every), 2),
            "loaded_p95_ms": round(_p95(every), 2), "written_articles": written,
            "written_articles_per_s": round(written / seconds, 1),
            "import_mb_per_s": round(raw_bytes / MB / seconds, 2)}


def _client(url: str, queries: Sequence[str], done, latencies: list[float]) -> None:
    from gazette_reader.store.pg.connection import PgDatabase

    db = PgDatabase.connect(url)
    try:
        n = 0
        while not done.is_set():
            ms, _ = _timed(lambda q=queries[n % len(queries)]: first_page(db, q, count=False))
            latencies.append(ms)
            n += 1
    finally:
        db.close()


def _writer(url: str, corpus: Path) -> int:
    """``gazette --library URL import CORPUS``'s code: the articles it imported."""
    library = Library.open(url)
    try:
        return library.import_files([corpus]).articles
    finally:
        library.close()


def run_pg_library_bench(url: str, n_articles: int, folder: Path, *, against: Path | None = None,
                         batch: int | None = None) -> dict:
    """``gazette --library postgresql://… bench``: the import, the comparison and the load test on an
    empty database.

    Refuses a database that already holds tables (it would mix the bench's articles into a library);
    drops the library it made when done, so the database is empty again."""
    _require_empty(url)
    try:
        result, queries = _search_bench(folder, url, n_articles, variants=False, against=against, batch=batch)
        extra = max(EXTRA_MIN, min(EXTRA_MAX, n_articles // 10))
        write_corpus(extra, folder / "more", seed=1)
        result["concurrent"] = concurrent_load(url, folder / "more", queries)
        return result
    finally:
        drop_bench_library(url)


def _require_empty(url: str) -> None:
    from gazette_reader.store.pg.connection import PgDatabase
    from gazette_reader.store.pg.schema import version

    db = PgDatabase.connect(url)
    try:
        empty = version(db) == 0
    finally:
        db.close()
    if not empty:
        raise GazetteError("the benchmark needs an empty PostgreSQL database; this one already has tables",
                           zh="基准测试需要一个空的 PostgreSQL 数据库；这个数据库里已有数据表")


def drop_bench_library(url: str) -> None:
    """Remove the library the bench made (the store's tables, its id function, the search index and the
    variants' tables), in one transaction."""
    from gazette_reader.store.copy import TABLES
    from gazette_reader.store.pg.connection import PgDatabase
    from gazette_reader.store.pg.schema import META

    db = PgDatabase.connect(url)
    try:
        with db.raw.transaction():
            for table in [*TABLES, META, TABLE, META_TABLE, "bench_tsv", "bench_keys"]:
                db.raw.execute(f"DROP TABLE IF EXISTS {table} CASCADE")
            db.raw.execute("DROP FUNCTION IF EXISTS gazette_fill_id()")
            db.raw.execute("DROP FUNCTION IF EXISTS gazette_title_keys(text)")
    finally:
        db.close()


# -- an existing server library against the file it was copied from -----------------------------------


def run_pg_existing(url: str, library_path: Path) -> dict:
    """``gazette --library postgresql://… bench --existing LIB.sqlite``: the query mix drawn from the file
    (:func:`~gazette_reader.bench.queries.query_mix`) run on the server library copied from it (``gazette
    copy``), both sorts, as the window asks: the page first (``count=False``), then the count when the
    page came without it. ``page_p50_ms``/``page_p95_ms`` time the first page, ``total_p50_ms``/
    ``total_p95_ms`` until the total is known too; every total is compared with the file's (read-only,
    FTS5) and ``mismatches`` counts those that differ. Neither library is changed."""
    import sqlite3

    from sqlite_utils import Database

    from gazette_reader.search.engine import search
    from gazette_reader.store.pg.connection import PgDatabase

    file_db = Database(sqlite3.connect(f"file:{library_path}?immutable=1", uri=True))
    server = PgDatabase.connect(url)
    try:
        queries = query_mix(file_db)
        pages, totals, mismatched = [], [], []
        for query in queries:
            for sort in ("relevance", "date"):
                page_ms, total_ms, total = _page_then_count(server, query, sort)
                pages.append(page_ms)
                totals.append(total_ms)
                _, expected = _timed(lambda q=query, s=sort: search(file_db, q, limit=0, sort=s))
                if (total is None) != (expected is None) or (total is not None and total != expected.total):
                    mismatched.append(f"{query} ({sort})")
        articles = server.raw.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        server.close()
        file_db.conn.close()
    return {"articles": articles, "searches": len(pages), "page_p50_ms": round(statistics.median(pages), 2),
            "page_p95_ms": round(_p95(pages), 2), "page_max_ms": round(max(pages), 2),
            "total_p50_ms": round(statistics.median(totals), 2), "total_p95_ms": round(_p95(totals), 2),
            "mismatches": len(mismatched), "mismatched": mismatched[:10]}


def _page_then_count(db, query: str, sort: str, *, limit: int = 50) -> tuple[float, float, int | None]:
    """Milliseconds to the first page, to its total, and the total (None: a query the language refuses)."""
    index = search_index(db)
    started = time.perf_counter()
    try:
        result = index.search(db, query, limit=limit, sort=sort, count=False)
        page_ms = (time.perf_counter() - started) * 1000
        total = result.total if result.total is not None else index.search(db, query, limit=0, sort=sort).total
    except QueryError:
        page_ms, total = (time.perf_counter() - started) * 1000, None
    return page_ms, (time.perf_counter() - started) * 1000, total
