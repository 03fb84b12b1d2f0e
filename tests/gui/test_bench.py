"""The GUI benchmark: its report's shape end to end at a tiny size, and the pieces it is built from."""

from __future__ import annotations

import io
import json
import sys

import pytest
from click.testing import CliRunner
from PySide6.QtWidgets import QWidget

from gazette_reader.gui import bench

KEYS = ("articles", "window_shown_s", "type_p50_ms", "type_p95_ms", "type_max_ms", "debounce_ms",
        "import_heartbeat_max_gap_ms", "import_heartbeat_p99_gap_ms", "import_seconds", "tree_open_ms",
        "browse_first_page_ms", "tag_click_ms", "tag_click_leader_ms", "peak_rss_mb")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, qapp) -> dict:
    """One real run at 200 articles (corpus, import through the window, typing, two cold launches)."""
    return bench.run_gui_bench(200, workdir=tmp_path_factory.mktemp("guibench"), runs=2)


def test_report_has_every_key_with_positive_numbers(report: dict) -> None:
    for key in KEYS:
        assert isinstance(report[key], (int, float)) and report[key] > 0, (key, report[key])
    assert report["articles"] == report["import_articles"] == 200


def test_report_counts_every_typed_step_and_every_launch(report: dict) -> None:
    assert len(report["window_shown_runs_s"]) == 2
    assert report["type_queries"] >= sum(len(word) for word in bench.TYPED_WORDS)
    assert report["type_p50_ms"] <= report["type_p95_ms"] <= report["type_max_ms"]
    assert report["window_jieba_loaded"] is False
    assert len(report["tree_open_steps_ms"]) >= 3  # the tree, then the publication and its year opened
    assert report["tag_click_ms"] == max(report["tag_click_leader_ms"], report.get("tag_click_project_ms", 0))


def test_cli_option_prints_the_gui_report(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """``gazette bench --gui`` runs ``python -m gazette_reader.gui.bench`` in a child process."""
    import subprocess

    from gazette_reader.cli import cli

    calls: list[list[str]] = []

    def fake_run(command, **kwargs):
        calls.append(command)
        return subprocess.CompletedProcess(command, 0, stdout='noise\n{"articles": 7}\n')

    monkeypatch.setattr(subprocess, "run", fake_run)
    result = CliRunner().invoke(cli, ["bench", "--gui", "--articles", "7", "--json", "--workdir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {"articles": 7}
    assert calls[0][1:] == ["-m", "gazette_reader.gui.bench", "--articles", "7", "--workdir", str(tmp_path)]


def test_cli_existing_library_is_passed_to_the_gui_bench(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    import subprocess

    from gazette_reader.cli import cli

    calls: list[list[str]] = []
    monkeypatch.setattr(subprocess, "run", lambda command, **kwargs: calls.append(command)
                        or subprocess.CompletedProcess(command, 0, stdout='{"articles": 45}\n'))
    library = tmp_path / "lib.sqlite"
    library.write_bytes(b"")
    result = CliRunner().invoke(cli, ["bench", "--gui", "--existing", str(library), "--json"])
    assert result.exit_code == 0, result.output
    assert calls[0][1:] == ["-m", "gazette_reader.gui.bench", "--library", str(library)]
    assert len(calls) == 1


def test_cli_existing_library_without_gui_runs_the_query_mix_on_it(tmp_path) -> None:
    """``gazette bench --existing LIB`` (no --gui): the query mix on that library, which is only read."""
    from gazette_reader.cli import cli
    from gazette_reader.library import Library
    from tests.conftest import SEEDS

    library = Library.open(tmp_path / "lib.sqlite")
    library.import_files(SEEDS)
    library.close()
    before = (tmp_path / "lib.sqlite").read_bytes()
    result = CliRunner().invoke(cli, ["bench", "--existing", str(tmp_path / "lib.sqlite"), "--scanned", "1", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["articles"] == 45 and report["queries"] >= 12 and report["scanned"] == 1
    assert report["mismatches"] == 0 and report["query_p95_ms"] > 0 and report["peak_rss_mb"] > 0
    assert "import_seconds" not in report
    assert (tmp_path / "lib.sqlite").read_bytes() == before


def test_cli_keep_library_keeps_what_the_bench_built(tmp_path) -> None:
    from gazette_reader.cli import cli
    from gazette_reader.library import Library

    kept = tmp_path / "kept.sqlite"
    result = CliRunner().invoke(cli, ["bench", "--articles", "30", "--no-queries", "--keep-library", str(kept),
                                      "--workdir", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["library"] == str(kept)
    library = Library.open(kept)
    assert library.counts()["articles"] == 30
    library.close()
    again = CliRunner().invoke(cli, ["bench", "--articles", "30", "--keep-library", str(kept)])
    assert again.exit_code != 0 and "does not exist yet" in again.output  # never overwritten


def test_module_entry_prints_json(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setattr(bench, "run_gui_bench", lambda n, workdir=None: {"articles": n})
    assert bench.main(["--articles", "3"]) == 0
    assert json.loads(capsys.readouterr().out) == {"articles": 3}


def test_an_existing_library_is_measured_without_importing(tmp_path, qapp) -> None:
    from gazette_reader.library import Library
    from tests.conftest import SEEDS

    library = Library.open(tmp_path / "lib.sqlite")
    library.import_files(SEEDS)
    library.close()
    before = (tmp_path / "lib.sqlite").read_bytes()
    report = bench.run_gui_bench_on(tmp_path / "lib.sqlite", runs=1)
    assert report["articles"] == 45 and report["window_shown_s"] > 0 and report["type_p95_ms"] > 0
    assert "import_seconds" not in report
    assert (tmp_path / "lib.sqlite").read_bytes() == before  # only read


def test_a_library_needing_an_upgrade_is_refused_not_rewritten(tmp_path, qapp) -> None:
    import sqlite3

    from gazette_reader.library import Library

    Library.open(tmp_path / "lib.sqlite").close()
    with sqlite3.connect(tmp_path / "lib.sqlite") as conn:
        conn.execute("UPDATE search_meta SET value = 'tokens 1, normalization 1' WHERE key = 'index_version'")
    conn.close()
    before = (tmp_path / "lib.sqlite").read_bytes()
    with pytest.raises(RuntimeError, match="older version"):
        bench.run_gui_bench_on(tmp_path / "lib.sqlite", runs=1)
    assert (tmp_path / "lib.sqlite").read_bytes() == before


def test_module_entry_takes_a_library_or_a_size(monkeypatch: pytest.MonkeyPatch, capsys, tmp_path) -> None:
    monkeypatch.setattr(bench, "run_gui_bench_on", lambda path: {"library": str(path)})
    assert bench.main(["--library", str(tmp_path)]) == 0
    assert json.loads(capsys.readouterr().out) == {"library": str(tmp_path)}
    for argv in ([], ["--articles", "3", "--library", str(tmp_path)]):
        with pytest.raises(SystemExit):
            bench.main(argv)


@pytest.mark.parametrize("word,key,expected", [
    ("宋洁", "", ["宋", "宋洁"]),
    ("老旧小区", "", ["老", "老旧", "老旧小", "老旧小区"]),
    ("宋洁", "人物:", ["人物:宋", "人物:宋洁"]),
    ("2020-04", "日期:", ["日期:2", "日期:20", "日期:202", "日期:2020", "日期:2020-", "日期:2020-0", "日期:2020-04"]),
])
def test_typing_steps(word: str, key: str, expected: list[str]) -> None:
    assert bench.typing_steps(word, key=key) == expected


@pytest.mark.parametrize("values,q,expected", [
    ([], 50, 0.0), ([5.0], 99, 5.0), ([1.0, 2.0, 3.0, 4.0], 50, 2.0), ([1.0, 2.0, 3.0, 4.0], 95, 4.0),
    (list(map(float, range(1, 101))), 99, 99.0), ([3.0, 1.0, 2.0], 0, 1.0),
])
def test_percentile_is_nearest_rank(values: list[float], q: float, expected: float) -> None:
    assert bench.percentile(values, q) == expected


@pytest.mark.parametrize("environ,installed", [
    ({}, False), ({bench.BENCH_T0_ENV: "not a time"}, False), ({bench.BENCH_T0_ENV: "0"}, True),
])
def test_shown_marker_only_with_a_start_time(qtbot, environ: dict, installed: bool) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    stream = io.StringIO()
    marker = bench.install_shown_marker(widget, environ=environ, stream=stream)
    assert (marker is not None) is installed
    widget.show()
    qtbot.waitExposed(widget)
    widget.repaint()
    qtbot.wait(50)
    lines = stream.getvalue().splitlines()
    assert len(lines) == (1 if installed else 0)
    if installed:
        seconds, jieba = lines[0].removeprefix(bench.SHOWN_PREFIX).split()
        assert float(seconds) > 0 and jieba in ("jieba=0", "jieba=1")


def test_heartbeat_records_a_blocked_gui_thread(qtbot) -> None:
    heartbeat = bench.Heartbeat()
    heartbeat.start()
    qtbot.wait(40)
    import time

    time.sleep(0.15)  # the GUI thread is busy: no tick can run
    qtbot.wait(30)
    gaps = heartbeat.stop()
    assert max(gaps) >= 150 and len(gaps) >= 3


def test_cli_bench_without_gui_does_not_load_qt() -> None:
    import subprocess

    code = ("import sys; import gazette_reader.cli, gazette_reader.cli_features; "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_typing_takes_the_leaders_the_panel_already_holds(seeded) -> None:
    """The same typed sequences from the panel's rows as from the library (no second load of every leader
    into the process whose memory is measured)."""
    from gazette_reader.gui.bench import typing_queries

    rows = list(reversed(seeded.tag_summaries("leader")))  # the panel may hold them in another order
    assert typing_queries(seeded, rows) == typing_queries(seeded)
