"""Search benchmark: a deterministic query mix drawn from the library, timed against the scan oracle.

``gazette bench`` calls :func:`query_mix` then :func:`run_queries`. :func:`synthesize_articles` fills a
migrated library with article rows directly (no parser), for measuring search at 100,000 articles.
"""

from __future__ import annotations

import random
import re
import statistics
import time
from collections.abc import Sequence

from sqlite_utils import Database

from gazette_reader.errors import QueryError
from gazette_reader.jobs import NEVER, CancelToken, Progress, no_progress
from gazette_reader.search.engine import scan, search
from gazette_reader.search.index import index_articles
from gazette_reader.store.packing import pack_text, unpack_text
from gazette_reader.text.normalize import normalize

COMMON = ("建设", "工作", "会议", "发展", "我区", "推进")
NOTHING = ("量子纠缠", "xyzzy", "鑫鑫鑫鑫", "冰淇淋火锅", "zq9", "龘")
_NAME_AFTER_TITLE = re.compile(r"(?:区长|书记|主任|主席)([\u4e00-\u9fff]{2,3}?)(?=[，、。主出在到带调督实指要表讲强])")
_SCANNED = 20


def query_mix(db: Database, *, seed: int = 0) -> list[str]:
    """At least 200 queries of every kind the search language has, reproducible for a given seed."""
    rng = random.Random(seed)
    texts = _sample_texts(db, rng, 120)
    if not texts:
        return list(COMMON + NOTHING)
    pick = _Picker(rng, texts)
    names = _names(db, texts)
    queries = [pick.term(n) for n in (1, 2, 3, 4, 5, 7) for _ in range(18)]
    queries += [rng.choice(names) for _ in range(15)] if names else []
    queries += [f'"{t[:2]} {t[2:]}"' for t in (pick.term(4) for _ in range(10))]
    queries += [f"{pick.term(2)} OR {pick.term(3)}" for _ in range(10)]
    queries += [f"{pick.term(2)} -{pick.term(2)}" for _ in range(10)]
    queries += [f"{pick.term(2)} {pick.term(3)}" for _ in range(10)]
    queries += _filters(db, rng, pick) + list(COMMON) + list(NOTHING)
    return queries


class _Picker:
    """Random substrings of the sampled article text, whitespace removed (their source never has any)."""

    def __init__(self, rng: random.Random, texts: list[str]) -> None:
        self.rng, self.texts = rng, [re.sub(r"\s+", "", t) for t in texts if len(t) > 10]

    def term(self, length: int) -> str:
        """A substring of ``length`` characters, quoted when it would read as syntax (``-x``, ``OR``)."""
        while True:
            text = self.rng.choice(self.texts)
            start = self.rng.randrange(0, max(1, len(text) - length))
            term = text[start : start + length]
            if not any(c in term for c in '"“”') and normalize(term):
                break
        return f'"{term}"' if term.startswith("-") or term == "OR" or ":" in term or "：" in term else term


def _sample_texts(db: Database, rng: random.Random, n: int) -> list[str]:
    ids = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]
    chosen = sorted(rng.sample(ids, min(n, len(ids))))
    marks = ",".join("?" * len(chosen))
    rows = db.execute(f"SELECT title, body_z FROM articles WHERE id IN ({marks})", chosen) if chosen else []
    return [f"{title or ''}\n{unpack_text(body_z)}" for title, body_z in rows]


def _names(db: Database, texts: list[str]) -> list[str]:
    """Leader names from the tags, or else 2–3 characters after 区长/书记 in the text."""
    names = [row[0] for row in db.execute(
        "SELECT DISTINCT p.name FROM people p JOIN mentions m ON m.person_id = p.id ORDER BY p.name LIMIT 50")]
    return names or sorted({m for t in texts for m in _NAME_AFTER_TITLE.findall(t)})


def _filters(db: Database, rng: random.Random, pick: _Picker) -> list[str]:
    sections = [r[0] for r in db.execute("SELECT DISTINCT section FROM articles WHERE section <> '' LIMIT 20")]
    places = [r[0] for r in db.execute("SELECT DISTINCT place FROM issues WHERE place <> '' LIMIT 20")]
    years = [r[0] for r in db.execute("SELECT DISTINCT substr(date, 1, 4) FROM articles WHERE date <> ''")]
    out: list[str] = []
    for _ in range(6):
        out += [f"栏目:{rng.choice(sections)}"] if sections else []
        out += [f"地区:{rng.choice(places)} {pick.term(2)}"] if places else []
        if years:
            year = rng.choice(years)
            out += [f"日期:{year}", f"{pick.term(2)} 日期:{year}-{rng.randint(1, 12):02d}",
                    f"日期:{year}-03..{year}-08", f"{pick.term(3)} 日期:{year}.."]
    return out


def run_queries(db: Database, queries: Sequence[str], *, limit: int = 50, scanned: int = _SCANNED) -> dict:
    """Time each query's first page in both sorts, as the window asks for it (the page first, its total
    counted after when that costs more: ``total_*`` is the time until both are known); check ``scanned``
    of them against the scan oracle.

    The scan normalises every article per query (seconds at 100k articles), so only an evenly spaced
    subset is scanned. A mismatch is a query whose total, or date-sorted first page, differs.
    """
    timings = [_page_then_total(db, q, s, limit) for q in queries for s in ("relevance", "date")]
    times = [t[0] if t else None for t in timings]
    step = max(1, len(queries) // max(1, scanned))
    subset = list(queries)[::step][:scanned]
    mismatches, scan_times, checked = 0, [], 0
    for query in subset:
        started = time.perf_counter()
        expected = scan(db, query, limit=limit, sort="date")
        scan_times.append((time.perf_counter() - started) * 1000)
        got = search(db, query, limit=limit, sort="date")
        first = search(db, query, limit=limit, sort="date", count=False)
        mismatches += got.total != expected.total or [h.id for h in got.hits] != [h.id for h in expected.hits]
        mismatches += [h.id for h in first.hits] != [h.id for h in expected.hits] or first.total not in (
            None, expected.total)
        checked += 1
    query_ms = [t for t in times if t is not None]
    summary = _summary(len(queries), query_ms, scan_times, mismatches, checked)
    total_ms = [t[1] for t in timings if t]
    summary.update(total_p50_ms=round(statistics.median(total_ms), 2) if total_ms else 0.0,
                   total_p95_ms=round(_p95(total_ms), 2), counted_after=sum(1 for t in timings if t and t[2]))
    return summary


def _page_then_total(db: Database, query: str, sort: str, limit: int) -> tuple[float, float, bool] | None:
    """Milliseconds to the first page (asked first), to its total (counted after when the page came
    uncounted), and whether it was; None for a query the language refuses."""
    started = time.perf_counter()
    try:
        result = search(db, query, limit=limit, sort=sort, count=False)
        page_ms = (time.perf_counter() - started) * 1000
        if result.total is None:
            search(db, query, limit=0, sort=sort)
    except QueryError:
        return None
    return page_ms, (time.perf_counter() - started) * 1000, result.total is None


def _summary(n: int, query_ms: list[float], scan_ms: list[float], mismatches: int, checked: int) -> dict:
    query_p50 = statistics.median(query_ms) if query_ms else 0.0
    scan_p50 = statistics.median(scan_ms) if scan_ms else 0.0
    return {
        "queries": n, "query_p50_ms": round(query_p50, 2), "query_p95_ms": round(_p95(query_ms), 2),
        "query_max_ms": round(max(query_ms, default=0.0), 2), "scan_p50_ms": round(scan_p50, 2),
        "speedup_p50": round(scan_p50 / query_p50, 1) if query_p50 else 0.0,
        "scanned": checked, "mismatches": mismatches,
    }


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] if ordered else 0.0


# -- a synthetic library, for measuring before (or without) the parser ------------------------------

_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建红民国荣新志海林晓斌雪慧翔宇晨阳鑫洁"
_TITLES = ("区委书记", "区长", "副区长", "区委副书记", "区人大常委会主任", "区政协主席")
_SECTIONS = ("本月关注", "重要会议", "工作动态", "基层实录", "通用航空")
_PLACES = ("二七区", "上街区", "中原区", "金水区", "管城区", "惠济区")


def synthesize_articles(
    db: Database, sentences: Sequence[str], n: int, *, seed: int = 0, index: bool = True,
    progress: Progress = no_progress, cancel: CancelToken = NEVER,
) -> None:
    """Append ``n`` articles recombined from ``sentences`` with permuted leader names (plus their
    issues, people and leader mentions) to a migrated library, indexing them as the importer would."""
    rng = random.Random(seed)
    people = sorted({rng.choice(_SURNAMES) + "".join(rng.choices(_GIVEN, k=rng.choice((1, 2, 2))))
                     for _ in range(400)})
    db["people"].insert_all(({"name": name} for name in people), ignore=True)
    person_ids = dict(db.execute("SELECT name, id FROM people").fetchall())
    first = (db.execute("SELECT max(id) FROM articles").fetchone()[0] or 0) + 1
    for start in range(first, first + n, 1000):
        cancel.check()
        stop = min(first + n, start + 1000)
        with db.atomic():
            _synthesize_batch(db, rng, sentences, people, person_ids, range(start, stop))
            if index:
                index_articles(db, list(range(start, stop)))
        progress(stop - first, n, "Synthesising articles")


def _synthesize_batch(db: Database, rng: random.Random, sentences: Sequence[str], people: list[str],
                      person_ids: dict[str, int], ids: range) -> None:
    issue_id = db["issues"].insert({"place": rng.choice(_PLACES), "year": 2015 + ids[0] % 9}).last_pk
    articles, mentions = [], []
    for article_id in ids:
        leader = rng.choice(people)
        lead = f"{rng.choice(_TITLES)}{leader}"
        paragraphs = ["".join(rng.choices(sentences, k=rng.randint(1, 5))) for _ in range(rng.randint(1, 5))]
        paragraphs[0] = f"{rng.randint(1, 12)} 月 {rng.randint(1, 28)} 日，{lead}{paragraphs[0]}"
        date = None if rng.random() < 0.05 else f"{rng.randint(2015, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        articles.append({"id": article_id, "issue_id": issue_id, "ord": article_id, "kind": "article",
                         "section": rng.choice(_SECTIONS), "title": f"{lead}{rng.choice(sentences)[:16]}",
                         "date": date, "body_z": pack_text("\n".join(paragraphs))})
        mentions.append({"article_id": article_id, "person_id": person_ids[leader], "role": "leader"})
    db["articles"].insert_all(articles)
    db["mentions"].insert_all(mentions)
