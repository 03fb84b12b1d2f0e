"""``gazette --library postgresql://… bench``: the synthetic corpus imported by the real importer into the
server (and a file), PostgreSQL search against FTS5 on the result (the same totals for every query of the
mix), and 8 clients searching while one more import runs."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner

from gazette_reader.bench.corpus import write_corpus
from gazette_reader.bench.pg_search import concurrent_load, run_pg_library_bench, run_pg_search_bench
from gazette_reader.cli import cli
from gazette_reader.errors import GazetteError
from gazette_reader.library import Library
from tests.pg.server import PgServer


def test_the_cli_bench_imports_compares_both_backends_and_leaves_the_database_empty(pg_server: PgServer,
                                                                                    tmp_path: Path) -> None:
    name = pg_server.new_database("bench")
    result = CliRunner().invoke(cli, ["--library", pg_server.url(name), "bench", "--articles", "300", "--json",
                                      "--workdir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["articles"] == 300 and data["queries"] >= 200 and data["mismatches"] == 0
    assert data["articles_imported"] == 300 and data["files"] > 0 and data["raw_mb"] > 0
    assert data["import_mb_per_s"] > 0 and data["sqlite_import_mb_per_s"] > 0
    assert data["stage_seconds"]["index"] > 0 and data["pg_index_mb_per_s"] > 0
    assert data["sqlite_p50_ms"] > 0 and data["postgresql_p95_ms"] >= data["postgresql_p50_ms"] > 0
    loaded = data["concurrent"]
    assert loaded["clients"] == 8 and loaded["searches"] > 0 and loaded["written_articles"] == 100
    assert loaded["import_mb_per_s"] > 0
    with psycopg.connect(pg_server.conninfo(name)) as conn:
        left = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").fetchone()[0]
        assert left == 0
        assert conn.execute("SELECT to_regprocedure('gazette_fill_id()')").fetchone()[0] is None


def test_the_bench_refuses_a_database_holding_tables(pg_server: PgServer, tmp_path: Path) -> None:
    name = pg_server.new_database("bench")
    with psycopg.connect(pg_server.conninfo(name), autocommit=True) as conn:
        conn.execute("CREATE TABLE articles (id bigint)")
        conn.execute("INSERT INTO articles VALUES (1)")
    with pytest.raises(GazetteError, match="empty"):
        run_pg_library_bench(pg_server.url(name), 10, tmp_path)
    with psycopg.connect(pg_server.conninfo(name)) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1  # untouched


def test_the_server_library_is_the_importers_own(pg_server: PgServer, tmp_path: Path) -> None:
    """Same rows as ``gazette --library URL import`` of the same corpus makes; index variants agree with LIKE."""
    url = pg_server.url(pg_server.new_database("bench"))
    result = run_pg_search_bench(tmp_path / "run", url, 200)
    assert result["mismatches"] == 0 and result["articles_imported"] == 200
    variants = result["variants"]
    assert variants["terms"] > 50 and variants["totals_differing_from_like"] == {"keys": 0, "tsvector": 0, "trgm": 0}
    by_cli = pg_server.url(pg_server.new_database("cli"))
    done = CliRunner().invoke(cli, ["--library", by_cli, "import", str(tmp_path / "run" / "corpus")])
    assert done.exit_code == 0, done.output
    bench, imported = Library.open(url), Library.open(by_cli)
    try:
        assert bench.counts() == imported.counts()
        assert bench.search("建设", limit=0).total == imported.search("建设", limit=0).total > 0
    finally:
        bench.close()
        imported.close()


def test_concurrent_load_counts_searches_and_the_import(pg_server: PgServer, tmp_path: Path) -> None:
    url = pg_server.url(pg_server.new_database("bench"))
    Library.open(url).close()  # the store makes the library
    write_corpus(120, tmp_path / "corpus", seed=3)
    result = concurrent_load(url, tmp_path / "corpus", ["建设", "会议"], clients=2)
    assert result["written_articles"] == 120 and result["searches"] > 0 and result["import_mb_per_s"] > 0
    library = Library.open(url)
    try:
        assert library.counts()["articles"] == 120
    finally:
        library.close()


def test_the_cli_bench_measures_an_existing_server_library_against_its_file(pg_server: PgServer,
                                                                            tmp_path: Path) -> None:
    """``--existing LIB.sqlite`` with a server ``--library``: the file's query mix on the server copy, page
    first then count, every total equal to the file's; both libraries left as they were."""
    from tests.pg.fixtures import server_copy

    write_corpus(300, tmp_path / "corpus")
    source = Library.open(tmp_path / "lib.sqlite")
    source.import_files([tmp_path / "corpus"])
    url = pg_server.url(pg_server.new_database("existing"))
    server_copy(url, source.db).close()
    source.close()
    before = (tmp_path / "lib.sqlite").read_bytes()
    result = CliRunner().invoke(cli, ["--library", url, "bench", "--existing", str(tmp_path / "lib.sqlite"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["articles"] == 300 and data["searches"] >= 400 and data["mismatches"] == 0
    assert data["page_p95_ms"] >= data["page_p50_ms"] > 0 and data["total_p95_ms"] >= data["total_p50_ms"]
    assert (tmp_path / "lib.sqlite").read_bytes() == before


def test_the_bench_compares_with_a_kept_file_library_of_the_same_corpus(pg_server: PgServer,
                                                                        tmp_path: Path) -> None:
    """``--against LIB.sqlite``: the file ``--keep-library`` kept is read (not imported again, not changed)
    and every total of the mix equals the server's; ``--batch`` loads the server as a bulk import."""
    kept = tmp_path / "kept.sqlite"
    made = CliRunner().invoke(cli, ["bench", "--articles", "300", "--no-queries", "--keep-library", str(kept),
                                    "--workdir", str(tmp_path)])
    assert made.exit_code == 0, made.output
    before = kept.read_bytes()
    name = pg_server.new_database("against")
    result = CliRunner().invoke(cli, ["--library", pg_server.url(name), "bench", "--articles", "300", "--batch", "5",
                                      "--against", str(kept), "--json", "--workdir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["sqlite_import_mb_per_s"] is None and data["articles_imported"] == 300
    assert data["queries"] >= 200 and data["mismatches"] == 0
    assert data["postgresql_p95_ms"] >= data["postgresql_page_p95_ms"] >= data["postgresql_page_p50_ms"] > 0
    assert kept.read_bytes() == before


def test_the_bench_refuses_a_file_library_of_another_corpus(pg_server: PgServer, tmp_path: Path) -> None:
    kept = tmp_path / "kept.sqlite"
    made = CliRunner().invoke(cli, ["bench", "--articles", "200", "--no-queries", "--keep-library", str(kept),
                                    "--workdir", str(tmp_path)])
    assert made.exit_code == 0, made.output
    name = pg_server.new_database("other")
    result = CliRunner().invoke(cli, ["--library", pg_server.url(name), "bench", "--articles", "300",
                                      "--against", str(kept), "--workdir", str(tmp_path)])
    assert result.exit_code != 0 and "does not hold this corpus" in result.output
    with psycopg.connect(pg_server.conninfo(name)) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").fetchone()[0] == 0


def test_against_needs_a_server_library(tmp_path: Path) -> None:
    (tmp_path / "kept.sqlite").write_bytes(b"")
    result = CliRunner().invoke(cli, ["--library", str(tmp_path / "lib.sqlite"), "bench", "--articles", "10",
                                      "--against", str(tmp_path / "kept.sqlite")])
    assert result.exit_code == 2 and "--against compares a server library" in result.output
