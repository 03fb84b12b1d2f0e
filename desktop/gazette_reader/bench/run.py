"""``gazette bench``: build the synthetic corpus, import it through the normal path, run the query mix.

Everything happens in a temporary folder (or ``workdir``); the user's library is never touched.
"""

from __future__ import annotations

import resource
import shutil
import tempfile
import time
from pathlib import Path

from gazette_reader import bulk, importer
from gazette_reader.bench.corpus import write_corpus
from gazette_reader.bench.normalize_bench import measure_normalize, sample_bodies
from gazette_reader.errors import GazetteError
from gazette_reader.jobs import NEVER, Progress, StageClock, no_progress
from gazette_reader.library import Library

MB = 1024 * 1024


def run_bench(n_articles: int, *, workdir: Path | None = None, queries: bool = True, scanned: int = 20,
              progress: Progress = no_progress, keep_library: Path | None = None, batch: int | None = None) -> dict:
    """Measure corpus import (and searches) at ``n_articles``; returns the JSON-ready figures. ``batch``:
    import as a bulk load (``gazette import --batch``), what a collection this size is loaded with.

    ``keep_library``: move the library built there before the temporary folder goes, so the slow part of
    a 1,000,000-article run need not be repeated to measure its queries or its window again
    (:func:`run_bench_on`, ``gazette bench --gui --existing``)."""
    with tempfile.TemporaryDirectory(prefix="gazette-bench-", dir=workdir) as tmp:
        folder = Path(tmp)
        files, raw_bytes = write_corpus(n_articles, folder / "corpus")
        library = Library.open(folder / "library.sqlite")
        result = {"articles": n_articles, "files": files, "raw_mb": round(raw_bytes / MB, 2)}
        result.update(_measure_import(library, folder / "corpus", raw_bytes, progress, batch))
        result.update(_measure_size(library, raw_bytes))
        if queries:
            result.update(_measure_queries(library, scanned))
        result.update(measure_normalize("\n".join(sample_bodies(library.db))))
        result.update(_peak_rss())
        library.close()
        if keep_library is not None:
            shutil.move(str(folder / "library.sqlite"), str(keep_library))
            result["library"] = str(keep_library)
    return result


def run_bench_on(library_path: Path, *, scanned: int = 20) -> dict:
    """The query mix (first pages, both sorts, ``scanned`` of them against the scan oracle) and the
    normalisation figures on an existing library, which is only read: no corpus, no import.

    A library an older version wrote is refused rather than upgraded (opening it would rewrite it and
    time that instead)."""
    if Library.needs_upgrade(library_path):
        raise GazetteError(f"{library_path} was written by an older version: open it once first "
                           f"(gazette --library {library_path} info) to upgrade it, then measure",
                           zh=f"{library_path} 由旧版本写入：请先打开一次以升级，然后再测量")
    library = Library.open(library_path)
    try:
        result: dict = {"library": str(library_path), "articles": library.counts()["articles"]}
        result.update(_measure_queries(library, scanned))
        result.update(measure_normalize("\n".join(sample_bodies(library.db))))
        result.update(_peak_rss())
    finally:
        library.close()
    return result


def _measure_import(library: Library, corpus: Path, raw_bytes: int, progress: Progress,
                    batch: int | None = None) -> dict:
    """Import the corpus as ``Library.import_files`` does (one transaction, or with ``batch`` a bulk load
    committing as it goes), the index merge that ends it included, timed by stage."""
    clock = StageClock()
    start = time.perf_counter()
    if batch is None:
        report = importer.import_files(library.db, [corpus], progress=progress, clock=clock, merge_follows=True)
        bulk.merge_after_import(library.db, report.articles, progress, NEVER, clock)
    else:
        report = bulk.import_in_commits(library.db, [corpus], batch_files=batch, progress=progress, clock=clock)
    elapsed = time.perf_counter() - start
    # The writer's wall time spent outside indexing and tagging: reading, decoding and parsing run in a
    # helper process for big imports, so this is what the import path costs without index and tags.
    parse_store = elapsed - clock.seconds["index"] - clock.seconds["tag"] - clock.seconds["merge"]
    return {
        "articles_imported": report.articles,
        "import_seconds": round(elapsed, 2),
        "ingest_mb_per_s": round(raw_bytes / MB / elapsed, 2),
        "parse_store_mb_per_s": round(raw_bytes / MB / parse_store, 2) if parse_store else None,
        "stage_seconds": {name: round(sec, 2) for name, sec in sorted(clock.seconds.items())},
        "stage_mb_per_s": _stage_rates(clock, raw_bytes),
        "stage_cpu_seconds": {name: round(sec, 2) for name, sec in sorted(clock.cpu_seconds.items())},
    }


def _stage_rates(clock: StageClock, raw_bytes: int) -> dict[str, float]:
    """Raw megabytes per second of each stage's summed time: how fast one core runs that stage (``wait``,
    the writer idle, is no stage of its own)."""
    return {name: round(raw_bytes / MB / sec, 2) for name, sec in sorted(clock.seconds.items())
            if name != "wait" and sec > 0}


def _peak_rss() -> dict[str, float]:
    """The peak resident memory of this process (the writer) and of the largest helper process it ran."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    helpers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_rss_mb": round(own, 1), "peak_rss_helpers_mb": round(helpers, 1)}


def _measure_size(library: Library, raw_bytes: int) -> dict:
    library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = library.path.stat().st_size
    return {"db_mb": round(size / MB, 2), "db_to_raw": round(size / raw_bytes, 2)}


def _measure_queries(library: Library, scanned: int) -> dict:
    from gazette_reader.bench.queries import query_mix, run_queries

    return run_queries(library.db, query_mix(library.db), scanned=scanned)
