"""How fast search normalisation is, against the OpenCC conversion it replaces (issue #3: "measure it").

:func:`gazette_reader.text.normalize.normalize` is one ``str.translate`` over a table that folds width,
case and whitespace *and* maps OpenCC's t2s characters, so text with no traditional character costs the
same as the folding alone: that single pass is the fast path. These figures make the claim checkable on
the benchmark's own corpus: ``normalize`` against ``opencc.OpenCC("t2s").convert`` (what a plain t2s
call would cost), the fold-only pass (what skipping t2s would save), and :func:`has_traditional`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from sqlite_utils import Database

from gazette_reader.store.packing import unpack_text
from gazette_reader.text import normalize as norm

SAMPLE_ARTICLES = 2000
OPENCC_CHARS = 200_000
"""OpenCC's pure-Python converter is slow: time it on this many characters only."""


def sample_bodies(db: Database, n: int = SAMPLE_ARTICLES) -> list[str]:
    """The bodies of ``n`` articles spread evenly over the library."""
    total = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    step = max(1, total // max(1, n))
    rows = db.execute("SELECT body_z FROM articles WHERE id % ? = 0 LIMIT ?", (step, n))
    return [unpack_text(body_z) for (body_z,) in rows]


def measure_normalize(text: str) -> dict:
    """Million characters per second of each way to normalise ``text`` (best of three runs)."""
    if not text:
        return {}
    import opencc

    converter = opencc.OpenCC("t2s")
    norm.normalize("")  # build the tables outside the timing
    fold = norm._fold_table()
    head = text[:OPENCC_CHARS]
    return {
        "normalize_mchars_per_s": _rate(text, lambda: norm.normalize(text)),
        "fold_only_mchars_per_s": _rate(text, lambda: text.translate(fold)),
        "has_traditional_mchars_per_s": _rate(text, lambda: norm.has_traditional(text)),
        "opencc_t2s_mchars_per_s": _rate(head, lambda: converter.convert(head), runs=1),
        "normalize_sample_mchars": round(len(text) / 1e6, 2),
    }


def _rate(text: Sequence[str], run: Callable[[], object], *, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return round(len(text) / best / 1e6, 2) if best else 0.0
