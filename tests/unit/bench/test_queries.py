"""The benchmark query mix and runner, on a small synthetic library."""

from __future__ import annotations

import re
from pathlib import Path

from sqlite_utils import Database

from gazette_reader.bench.normalize_bench import measure_normalize, sample_bodies
from gazette_reader.bench.queries import query_mix, run_queries, synthesize_articles
from gazette_reader.search.query import Filter, parse
from gazette_reader.store.schema import migrate

SENTENCES = ["区委书记宋洁主持召开高品质城市建设工作推进会。", "会议强调，要加快推进老旧小区改造工作。",
             "2019年度5G网络建设取得新进展。", "区长耿勇军到北大培文实地查验高三复学工作。"]


def _library(path: Path) -> Database:
    db = Database(path)
    migrate(db)
    synthesize_articles(db, SENTENCES, 1500, seed=1)
    return db


def test_query_mix_is_deterministic_and_covers_the_language(tmp_path: Path) -> None:
    db = _library(tmp_path / "lib.sqlite")
    mix = query_mix(db, seed=3)
    assert mix == query_mix(db, seed=3) and len(mix) >= 200
    parsed = [parse(q) for q in mix]
    fields = {a.node.field for p in parsed for g in p.groups for a in g if isinstance(a.node, Filter)}
    assert {"section", "date", "place"} <= fields
    assert any(" OR " in q for q in mix) and any(" -" in q for q in mix) and any('"' in q for q in mix)
    assert {len(q) for q in mix if q.isalnum()} >= {1, 2, 3, 4}
    assert "建设" in mix and "工作" in mix


def test_run_queries_reports_timings_and_no_mismatch(tmp_path: Path) -> None:
    db = _library(tmp_path / "lib.sqlite")
    report = run_queries(db, query_mix(db)[:60], scanned=10)
    assert report["queries"] == 60 and report["scanned"] == 10
    assert report["mismatches"] == 0
    assert 0 < report["query_p50_ms"] <= report["query_p95_ms"]
    assert report["query_p50_ms"] <= report["total_p50_ms"] and report["query_p95_ms"] <= report["total_p95_ms"]
    assert 0 <= report["counted_after"] <= 120
    assert report["scan_p50_ms"] > 0 and report["speedup_p50"] > 0


def test_normalisation_figures_come_from_the_library_text(tmp_path: Path) -> None:
    db = _library(tmp_path / "lib.sqlite")
    bodies = sample_bodies(db, 100)
    assert len(bodies) == 100 and all(re.match(r"\d+ 月 \d+ 日，", body) for body in bodies)
    text = "\n".join(bodies)
    figures = measure_normalize(text)
    assert set(figures) == {"normalize_mchars_per_s", "fold_only_mchars_per_s", "has_traditional_mchars_per_s",
                            "opencc_t2s_mchars_per_s", "normalize_sample_mchars"}
    assert all(value > 0 for value in figures.values())
    assert measure_normalize("") == {}
