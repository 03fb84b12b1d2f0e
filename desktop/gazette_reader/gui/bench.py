"""``gazette bench --gui``: how fast the real window opens, answers typing, and stays alive during an import.

Issue #5 asks three things of the GUI at 100,000 articles, and each is measured where the user feels it:

* **window shown** — a fresh ``gazette-reader --library L`` process; the parent puts ``time.time()`` in
  ``GAZETTE_BENCH_T0`` and the app prints ``shown <seconds>`` on stderr at the main window's first paint
  (:func:`install_shown_marker`), so interpreter start, imports, preflight and opening the library count;
* **as-you-type** — the real :class:`MainWindow` with the real thread pool; queries typed one character at
  a time, each timed from the moment the debounced search starts to the first paint of its first page (or
  its error line), with the debounce itself reported apart;
* **import heartbeat** — a 10 ms ``QTimer`` on the GUI thread while ``window.import_paths`` runs in its
  worker; a gap much longer than 10 ms is a time the GUI thread could not run (the GIL or its own work).

The corpus import through the window is also what builds the library the other two measurements use: a
second, identical import of 100,000 articles would double a run that already takes many minutes.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from gazette_reader.tagging.summaries import TagSummary, by_count

BENCH_T0_ENV = "GAZETTE_BENCH_T0"
SHOWN_PREFIX = "shown "
HEARTBEAT_MS = 10
LAUNCH_TIMEOUT_S = 120.0
STEP_TIMEOUT_S = 60.0
WINDOW_SIZE = (1400, 880)
TYPED_WORDS: tuple[str, ...] = ("宋洁", "老旧小区", "建设", "疫情防控", "会议", "区长")
"""Plain words typed character by character (宋 → 宋洁); field filters are added from the library."""


# -- window shown (the app side) ----------------------------------------------------------------------
class _ShownMarker(QObject):
    """Prints ``shown <seconds since T0>`` once, at the first paint of the watched window."""

    def __init__(self, *, window: QWidget, t0: float, stream: TextIO) -> None:
        super().__init__(window)
        self.t0, self.stream, self.done = t0, stream, False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Override QObject.eventFilter: report the first Paint event, then stop watching."""
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            watched.removeEventFilter(self)
            print(f"{SHOWN_PREFIX}{time.time() - self.t0:.4f} jieba={int(_jieba_loaded())}", file=self.stream,
                  flush=True)
        return False


def _jieba_loaded() -> bool:
    """Whether jieba's dictionary was loaded in this process (without importing anything to find out)."""
    segment = sys.modules.get("gazette_reader.text.segment")
    return bool(segment is not None and segment.is_loaded())


def install_shown_marker(window: QWidget, *, environ: dict[str, str] | None = None,
                         stream: TextIO | None = None) -> _ShownMarker | None:
    """When ``GAZETTE_BENCH_T0`` is set, arrange for ``shown <s>`` on stderr at the window's first paint.

    Returns the marker (keep a reference: PySide may otherwise drop its Python ``eventFilter``), or None
    when the variable is unset or not a number."""
    raw = (os.environ if environ is None else environ).get(BENCH_T0_ENV)
    try:
        t0 = float(raw) if raw else None
    except ValueError:
        t0 = None
    if t0 is None:
        return None
    return _ShownMarker(window=window, t0=t0, stream=stream or sys.stderr)


# -- window shown (the benchmark side) ----------------------------------------------------------------
def gui_command() -> list[str]:
    """How to launch ``gazette-reader`` with this interpreter (the console script when installed)."""
    script = Path(sys.executable).with_name("gazette-reader")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "gazette_reader.gui.app"]


def launch_once(library: Path, *, config_dir: Path, timeout_s: float = LAUNCH_TIMEOUT_S) -> tuple[float, bool]:
    """Start the app on ``library``; return (seconds until its window painted, jieba loaded by then).

    The process is terminated as soon as it has reported: only the time to the first paint matters."""
    env = dict(os.environ, XDG_CONFIG_HOME=str(config_dir), **{BENCH_T0_ENV: repr(time.time())})
    if not _has_display():
        env["QT_QPA_PLATFORM"] = "offscreen"
    proc = subprocess.Popen([*gui_command(), "--library", str(library)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace")
    try:
        return _read_shown(proc, timeout_s)
    finally:
        proc.kill()
        proc.wait(timeout=30)
        assert proc.stderr is not None
        proc.stderr.close()


def _read_shown(proc: subprocess.Popen, timeout_s: float) -> tuple[float, bool]:
    """Read stderr until the ``shown`` line; a process that exits or hangs first is an error."""
    found: list[str] = []
    lines: list[str] = []

    def reader() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append(line.rstrip())
            if line.startswith(SHOWN_PREFIX):
                found.append(line)
                return

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    thread.join(timeout_s)
    if not found:
        raise RuntimeError("gazette-reader did not report its window: " + " | ".join(lines[-5:]))
    seconds, jieba = found[0][len(SHOWN_PREFIX):].split()
    return float(seconds), jieba.endswith("1")


def measure_window_shown(library: Path, *, runs: int = 3, config_dir: Path) -> dict:
    """Median of ``runs`` launches to first paint, and whether any launch loaded jieba before it."""
    results = [launch_once(library, config_dir=config_dir) for _ in range(runs)]
    return {"window_shown_s": round(statistics.median(s for s, _ in results), 3),
            "window_shown_runs_s": [round(s, 3) for s, _ in results],
            "window_jieba_loaded": any(j for _, j in results)}


def _has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) or sys.platform in ("win32", "darwin")


# -- event-loop helpers -------------------------------------------------------------------------------
def wait_until(predicate: Callable[[], bool], timeout_s: float) -> bool:
    """Run the real event loop until ``predicate()`` holds (polled every 5 ms) or the timeout passes."""
    if predicate():
        return True
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    poll = QTimer(interval=5)
    poll.timeout.connect(lambda: loop.quit() if predicate() or time.monotonic() > deadline else None)
    poll.start()
    loop.exec()
    poll.stop()
    return predicate()


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0–100) by nearest rank; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, round(q / 100 * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


class Heartbeat(QObject):
    """A precise 10 ms timer on the GUI thread that keeps the gaps between its ticks."""

    def __init__(self, *, interval_ms: int = HEARTBEAT_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.gaps_ms: list[float] = []
        self._last = 0.0

    def start(self) -> None:
        """Begin recording (earlier gaps are forgotten)."""
        self.gaps_ms = []
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> list[float]:
        """Stop recording, counting the time since the last tick as a final gap; returns the gaps."""
        self._tick()
        self.timer.stop()
        return self.gaps_ms

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps_ms.append((now - self._last) * 1000)
        self._last = now


def gap_summary(gaps: Sequence[float], prefix: str) -> dict:
    """``<prefix>_max_gap_ms`` and ``<prefix>_p99_gap_ms`` rounded for the report."""
    return {f"{prefix}_max_gap_ms": round(max(gaps, default=0.0), 1),
            f"{prefix}_p99_gap_ms": round(percentile(gaps, 99), 1)}


# -- import heartbeat ---------------------------------------------------------------------------------
def measure_import(window: Any, corpus: Path, *, timeout_s: float) -> dict:
    """Import ``corpus`` through the window while a heartbeat runs; then the refresh that follows it."""
    heartbeat = Heartbeat(parent=window)
    window.last_report = None
    started = time.perf_counter()
    heartbeat.start()
    window.import_paths([str(corpus)])
    if not wait_until(lambda: window.last_report is not None, timeout_s):
        raise RuntimeError(f"the import did not finish within {timeout_s:.0f} s")
    seconds = time.perf_counter() - started
    during = heartbeat.stop()
    heartbeat.start()
    wait_until(lambda: window.workers.is_idle(), STEP_TIMEOUT_S)
    after = heartbeat.stop()
    _close_dialog(window)
    return {"import_seconds": round(seconds, 2), "import_articles": window.last_report.articles,
            **gap_summary(during, "import_heartbeat"), **gap_summary(after, "refresh_heartbeat")}


def _close_dialog(window: Any) -> None:
    message = getattr(window, "last_message", None)
    if message is not None:
        message.close()


# -- as-you-type ----------------------------------------------------------------------------------------
def typing_steps(word: str, *, key: str = "") -> list[str]:
    """What the box holds after each keystroke: ``人物:宋洁`` → ``人物:宋``, ``人物:宋洁`` (a field key is
    committed at once, like an input method does; its value is typed one character at a time)."""
    return [key + word[:n] for n in range(1, len(word) + 1)]


def typing_queries(library: Any, leaders: list[TagSummary] | None = None) -> list[list[str]]:
    """The typed sequences: common words, the two most tagged officials, a month, a place filter.

    ``leaders``: the rows the window's panel already holds, so the bench does not load every leader a
    second time into the process whose memory it measures)."""
    sequences = [typing_steps(word) for word in TYPED_WORDS]
    rows = by_count(library.tag_summaries("leader") if leaders is None else leaders)
    for leader in rows[:2]:
        sequences.append(typing_steps(leader.name, key="人物:"))
    sequences.append(typing_steps("2020-04", key="日期:"))
    sequences.append(typing_steps("建设", key=_first_place_filter(library)))
    return sequences


def _first_place_filter(library: Any) -> str:
    places = library.places()
    return f"地区:{places[0]} " if places else ""


class TypingProbe(QObject):
    """Times each debounced search of the window from its start to the first paint of its answer."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.key_at = self.started_at = self.ended_at = 0.0
        self._reset_seen = False
        window.search.query_changed.disconnect(window.run_query)
        window.search.query_changed.connect(self._start)
        window.articles.modelReset.connect(self._reset)
        window.workers.busy_changed.connect(self._maybe_error)
        window.list.viewport().installEventFilter(self)

    def detach(self) -> None:
        """Give the window its own search wiring back."""
        self.window.search.query_changed.disconnect(self._start)
        self.window.search.query_changed.connect(self.window.run_query)
        self.window.articles.modelReset.disconnect(self._reset)
        self.window.workers.busy_changed.disconnect(self._maybe_error)
        self.window.list.viewport().removeEventFilter(self)

    def type_char(self, char: str) -> None:
        """Send one character to the query box as the keyboard would."""
        self.key_at, self.started_at, self.ended_at, self._reset_seen = time.perf_counter(), 0.0, 0.0, False
        box = self.window.search.box
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(box, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))

    def _start(self, query: str, sort: str) -> None:
        self.started_at = time.perf_counter()
        self.window.run_query(query, sort)

    def _reset(self) -> None:
        if self.started_at and not self.ended_at:
            self._reset_seen = True
            self.window.list.viewport().update()

    def _maybe_error(self, _running: int) -> None:
        if self.started_at and not self.ended_at and self.window.search.error_label.isVisible():
            self.ended_at = time.perf_counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Override QObject.eventFilter: the first list paint after the new rows ends the measurement."""
        if self._reset_seen and not self.ended_at and event.type() == QEvent.Type.Paint:
            self.ended_at = time.perf_counter()
        return False


def measure_typing(window: Any, sequences: Sequence[Sequence[str]]) -> dict:
    """Type every sequence into a cleared box, one keystroke per step, waiting for each answer."""
    probe = TypingProbe(window)
    latencies, debounces = [], []
    try:
        for steps in sequences:
            _clear_query(window)
            typed = ""
            for text in steps:
                for char in text[len(typed):]:
                    probe.type_char(char)
                typed = text
                if not wait_until(lambda: bool(probe.ended_at) and window.workers.is_idle(), STEP_TIMEOUT_S):
                    raise RuntimeError(f"no answer to the typed query {text!r} within {STEP_TIMEOUT_S:.0f} s")
                latencies.append((probe.ended_at - probe.started_at) * 1000)
                debounces.append((probe.started_at - probe.key_at) * 1000)
    finally:
        probe.detach()
    return {"type_p50_ms": round(percentile(latencies, 50), 1), "type_p95_ms": round(percentile(latencies, 95), 1),
            "type_max_ms": round(max(latencies), 1), "type_queries": len(latencies),
            "debounce_ms": round(statistics.median(debounces), 1)}


def _clear_query(window: Any) -> None:
    window.search.set_text("", run=False)
    window.search.timer.stop()
    wait_until(window.workers.is_idle, STEP_TIMEOUT_S)


# -- browsing: the tree, a node's first page, a tag click on it ------------------------------------------
class PaintProbe(QObject):
    """The first paint of a view's viewport after its model changed (reset or rows inserted) since
    :meth:`arm`: when the user sees the new rows."""

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.view = view
        self.changed = False
        self.painted_at = 0.0
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted):
            signal.connect(self._changed)
        view.viewport().installEventFilter(self)

    def arm(self) -> float:
        """Forget earlier changes; returns the start time."""
        self.changed, self.painted_at = False, 0.0
        return time.perf_counter()

    def detach(self) -> None:
        """Stop watching the view."""
        self.view.viewport().removeEventFilter(self)

    def _changed(self, *_args: Any) -> None:
        self.changed = True
        self.view.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Override QObject.eventFilter: note the first paint after the change."""
        if self.changed and not self.painted_at and event.type() == QEvent.Type.Paint:
            self.painted_at = time.perf_counter()
        return False


def _wait_painted(probe: PaintProbe, started: float, window: Any, what: str) -> float:
    """Milliseconds from ``started`` to the probe's paint, once the workers are idle too."""
    if not wait_until(lambda: bool(probe.painted_at) and window.workers.is_idle(), STEP_TIMEOUT_S):
        raise RuntimeError(f"{what} did not show within {STEP_TIMEOUT_S:.0f} s")
    return (probe.painted_at - started) * 1000


def click_index(view: Any, index: Any) -> None:
    """A left click on the middle of ``index``'s row in ``view``, as the user's mouse does it."""
    from PySide6.QtTest import QTest

    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.visualRect(index).center())


def measure_tree(window: Any) -> tuple[dict, Any]:
    """The tree shown afresh, then the largest publication, its newest year and that year's first issue
    opened in turn, each timed to the paint of its rows; returns the figures and the publication."""
    tree, model = window.tree, window.tree_model
    probe = PaintProbe(tree)
    try:
        started = probe.arm()
        model.set_library(window.library)
        steps = [_wait_painted(probe, started, window, "the tree")]
        publication = max((model.index(row, 0) for row in range(model.rowCount())),
                          key=lambda i: model.node(i).count or 0)
        index = publication
        for _level in ("publication", "year", "issue"):
            if not model.hasChildren(index):
                break
            started = probe.arm()
            tree.expand(index)
            steps.append(_wait_painted(probe, started, window, "a tree level"))
            index = model.index(0, 0, index)
    finally:
        probe.detach()
    return {"tree_open_ms": round(max(steps), 1), "tree_open_steps_ms": [round(s, 1) for s in steps]}, publication


def measure_tag_clicks(window: Any, node: Any) -> dict:
    """Click ``node`` in the tree (its first page), then the most frequent leader and project in the tag
    panel while it is listed (node ∩ tag), each timed from the click to the paint of the list."""
    probe = PaintProbe(window.list)
    result: dict[str, Any] = {}
    try:
        started = probe.arm()
        click_index(window.tree, node)
        result["browse_first_page_ms"] = round(_wait_painted(probe, started, window, "the node's list"), 1)
        for tag_list in (window.tags.leaders, window.tags.projects):
            if not tag_list.proxy.rowCount():
                continue
            if window.browse_tags:  # back to the whole node, as a click on it does
                click_index(window.tree, node)
                wait_until(window.workers.is_idle, STEP_TIMEOUT_S)
            started = probe.arm()
            click_index(tag_list.view, tag_list.proxy.index(0, 0))
            key = f"tag_click_{tag_list.entity}_ms"
            result[key] = round(_wait_painted(probe, started, window, "the tag's list"), 1)
            result[f"tag_click_{tag_list.entity}_listed"] = window.articles.total
    finally:
        probe.detach()
    clicks = [v for k, v in result.items() if k.startswith("tag_click_") and k.endswith("_ms")]
    if clicks:
        result["tag_click_ms"] = max(clicks)
    return result


def peak_rss_mb() -> float | None:
    """This process's peak resident memory in MB (the window and the library it holds); None where the
    platform cannot tell (Windows has no ``resource`` module)."""
    try:
        import resource
    except ImportError:
        return None
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes there, KiB elsewhere
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale, 1)


# -- the whole benchmark --------------------------------------------------------------------------------
@contextmanager
def isolated_settings(folder: Path) -> Iterator[None]:
    """QSettings in an INI file under ``folder`` for the duration (the user's settings stay untouched)."""
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    QCoreApplication.setOrganizationName("GazetteReaderBench")
    QCoreApplication.setApplicationName("GazetteReaderBench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    try:
        yield
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])


def application() -> QApplication:
    """The running QApplication, or a new one (offscreen when there is no display)."""
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    if not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication([sys.argv[0] if sys.argv else "gazette"])


def run_gui_bench(n_articles: int, *, workdir: Path | None = None, runs: int = 3,
                  import_timeout_s: float = 6 * 3600) -> dict:
    """Build the corpus, import it through the window, time typing, then time cold launches; JSON-ready."""
    from gazette_reader.bench.corpus import write_corpus

    app = application()
    with tempfile.TemporaryDirectory(prefix="gazette-gui-bench-", dir=workdir) as tmp:
        folder = Path(tmp)
        write_corpus(n_articles, folder / "corpus")
        library_path = folder / "library.sqlite"
        result: dict[str, Any] = {"articles": n_articles}
        with isolated_settings(folder / "qsettings"):
            result.update(_in_process(app, library_path, folder / "corpus", import_timeout_s))
        result.update(measure_window_shown(library_path, runs=runs, config_dir=folder / "config"))
    return result


def run_gui_bench_on(library_path: Path, *, runs: int = 3) -> dict:
    """Time cold launches and typing on an existing library (e.g. the 1,000,000-article one a core
    benchmark left behind), without importing: the library is only read."""
    from gazette_reader.library import Library

    if Library.needs_upgrade(library_path):  # the window would upgrade (write) it and time that instead
        raise RuntimeError(f"{library_path} was written by an older version: open it once first "
                           f"(gazette --library {library_path} info) to upgrade it, then measure")
    app = application()
    with tempfile.TemporaryDirectory(prefix="gazette-gui-bench-") as tmp:
        folder = Path(tmp)
        result: dict[str, Any] = {"library": str(library_path)}
        result.update(measure_window_shown(library_path, runs=runs, config_dir=folder / "config"))
        with isolated_settings(folder / "qsettings"):
            result.update(_in_process(app, library_path, None, 0.0))
    return result


def _in_process(app: QApplication, library_path: Path, corpus: Path | None, import_timeout_s: float) -> dict:
    """The import heartbeat and the typing latencies, on one real window with the real thread pool."""
    from gazette_reader.gui.main_window import MainWindow
    from gazette_reader.gui.workers import Workers

    workers = Workers(parent=app)
    window = MainWindow(workers=workers)
    window.resize(*WINDOW_SIZE)
    window.show()
    try:
        if not window.open_library(library_path):
            raise RuntimeError(f"could not open {library_path}")
        wait_until(lambda: window.workers.is_idle(), STEP_TIMEOUT_S)  # first run: the seeds
        assert window.library is not None
        if corpus is not None:
            result = measure_import(window, corpus, timeout_s=import_timeout_s)
        else:
            result = {"articles": window.library.counts()["articles"]}
        result.update(measure_typing(window, typing_queries(window.library, window.tags.leaders.model.all_rows)))
        _clear_query(window)
        tree, publication = measure_tree(window)
        result.update(tree)
        result.update(measure_tag_clicks(window, publication))
        result["peak_rss_mb"] = peak_rss_mb()
        return result
    finally:
        window.close()
        wait_until(lambda: window.workers.is_idle(), STEP_TIMEOUT_S)
        if window.library is not None:
            window.library.close()
        window.deleteLater()
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    """``python -m gazette_reader.gui.bench (--articles N [--workdir D] | --library PATH)``: print JSON.

    ``gazette bench --gui`` runs this in a child process, so the core CLI never imports Qt."""
    import argparse
    import json

    parser = argparse.ArgumentParser(prog="gazette_reader.gui.bench")
    parser.add_argument("--articles", type=int)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--library", type=Path, help="measure this existing library instead (no import)")
    args = parser.parse_args(argv)
    if (args.articles is None) == (args.library is None):
        parser.error("give --articles N (a new corpus) or --library PATH (an existing library)")
    result = (run_gui_bench_on(args.library) if args.library is not None
              else run_gui_bench(args.articles, workdir=args.workdir))
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
