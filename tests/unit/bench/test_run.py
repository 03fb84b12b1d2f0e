"""``gazette bench``'s import figures: per-stage seconds (wall and CPU) and MB/s, the memory peaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazette_reader import importer
from gazette_reader.bench.run import run_bench


def test_the_import_figures_give_each_stage_its_seconds_and_rate(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "POOL_MIN_FILES", 1)  # through the helper processes, as big imports go
    result = run_bench(120, workdir=tmp_path, queries=False)
    seconds, rates = result["stage_seconds"], result["stage_mb_per_s"]
    assert {"parse", "tokenise", "pack", "store", "index"} <= set(rates)
    assert "wait" not in rates
    for stage, rate in rates.items():
        if seconds[stage] >= 0.1:  # shorter ones are rounded away
            assert rate == pytest.approx(result["raw_mb"] / seconds[stage], rel=0.25, abs=0.006)  # both rounded to 0.01
    cpu = result["stage_cpu_seconds"]
    assert set(cpu) == set(seconds) and cpu["parse"] > 0 and cpu["wait"] <= seconds["wait"] + 0.01
    assert result["peak_rss_mb"] > 0 and result["peak_rss_helpers_mb"] > 0
    assert "merge" in seconds  # a first import is the whole library: it ends by merging the index


def test_a_bulk_bench_imports_in_commits_and_merges_at_the_end(tmp_path: Path) -> None:
    from gazette_reader.library import Library
    from gazette_reader.search import upkeep

    kept = tmp_path / "kept.sqlite"
    result = run_bench(120, workdir=tmp_path, queries=False, batch=3, keep_library=kept)
    assert result["articles_imported"] == 120 and "merge" in result["stage_seconds"]
    library = Library.open(kept)
    assert library.counts()["articles"] == 120 and upkeep.segments(library.db, "search_fts") == 1
