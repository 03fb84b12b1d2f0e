"""``gazette --library postgresql://… bench``: PostgreSQL search against FTS5 on one synthetic library (the
same totals for every query of the mix), and 8 clients searching while one writer imports."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner

from gazette_reader.bench.corpus import seed_sentences
from gazette_reader.bench.pg_search import concurrent_load, run_pg_search_bench
from gazette_reader.cli import cli
from gazette_reader.errors import GazetteError
from tests.pg.server import PgServer


def test_the_cli_bench_compares_both_backends_and_leaves_the_database_empty(pg_server: PgServer,
                                                                            tmp_path: Path) -> None:
    name = pg_server.new_database("bench")
    result = CliRunner().invoke(cli, ["--library", pg_server.url(name), "bench", "--articles", "300", "--json",
                                      "--workdir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["articles"] == 300 and data["queries"] >= 200 and data["mismatches"] == 0
    assert data["sqlite_p50_ms"] > 0 and data["postgresql_p95_ms"] >= data["postgresql_p50_ms"] > 0
    loaded = data["concurrent"]
    assert loaded["clients"] == 8 and loaded["searches"] > 0 and loaded["written_articles"] == 100
    with psycopg.connect(pg_server.conninfo(name)) as conn:
        assert conn.execute("SELECT to_regclass('articles'), to_regclass('search_grams')").fetchone() == (None, None)
        left = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").fetchone()[0]
        assert left == 0


def test_the_bench_refuses_a_database_holding_a_library(pg_server: PgServer, tmp_path: Path) -> None:
    from gazette_reader.bench.pg_search import run_pg_library_bench

    name = pg_server.new_database("bench")
    with psycopg.connect(pg_server.conninfo(name), autocommit=True) as conn:
        conn.execute("CREATE TABLE articles (id bigint)")
        conn.execute("INSERT INTO articles VALUES (1)")
    with pytest.raises(GazetteError, match="empty"):
        run_pg_library_bench(pg_server.conninfo(name), 10, tmp_path, seed_sentences())
    with psycopg.connect(pg_server.conninfo(name)) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1  # untouched


def test_index_variants_agree_with_like(pg_server: PgServer, tmp_path: Path) -> None:
    """The keys, the tsvector phrases and pg_trgm's LIKE count the same articles for every term."""
    result = run_pg_search_bench(tmp_path / "lib.sqlite", pg_server.url(pg_server.new_database("bench")), 200,
                                 seed_sentences())
    assert result["mismatches"] == 0
    variants = result["variants"]
    assert variants["terms"] > 50 and variants["totals_differing_from_like"] == {"keys": 0, "tsvector": 0, "trgm": 0}


def test_concurrent_load_counts_searches_and_writes(pg_server: PgServer) -> None:
    from gazette_reader.library import Library
    from gazette_reader.store.packing import pack_text

    url = pg_server.url(pg_server.new_database("bench"))
    Library.open(url).close()  # the store makes the library
    rows = [(n, None, n, "article", f"标题{n}", None, None, None, "2020-01-01", pack_text(f"宋洁第{n}次调研"))
            for n in range(1, 251)]
    result = concurrent_load(url, rows, ["宋洁", "调研"], clients=2)
    assert result["written_articles"] == 250 and result["searches"] > 0
    library = Library.open(url)
    assert library.search("宋洁").total == 250
    library.close()
