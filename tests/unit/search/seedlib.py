"""A small library built straight from the seed files, for search tests (the real parser is elsewhere).

Each seed is cut into articles of a few consecutive non-empty lines, keeping the original spaces and
line breaks; every fourth article is stored in traditional script and some have no date, so the index
and the oracle meet traditional text, scattered whitespace and undated rows.
"""

from __future__ import annotations

from pathlib import Path

import opencc
from sqlite_utils import Database

from gazette_reader.search.index import index_articles
from gazette_reader.store.schema import migrate
from tests.articles import stored

LINES_PER_ARTICLE = 6
SECTIONS = ("工作动态", "重要会议", "本月关注", None)
PLACES = ("二七区", "上街区")


def seed_articles(paths: list[Path]) -> list[dict]:
    """Article rows cut from the seed files (ids from 1)."""
    s2t = opencc.OpenCC("s2t")
    rows: list[dict] = []
    for path in paths:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for start in range(0, len(lines), LINES_PER_ARTICLE):
            title, *body = lines[start : start + LINES_PER_ARTICLE]
            n = len(rows) + 1
            if n % 4 == 0:
                title, body = s2t.convert(title), [s2t.convert(line) for line in body]
            rows.append(_row(n, title.strip()[:30], "\n".join(body), path))
    return rows


def _row(n: int, title: str, body: str, path: Path) -> dict:
    dated = n % 7 != 0
    return {
        "id": n, "issue_id": 1 + int(path.name[:3]), "ord": n, "title": title, "body": body,
        "subtitle": "副题" if n % 5 == 0 else None, "kicker": None,
        "section": SECTIONS[n % len(SECTIONS)], "kind": "article",
        "date": f"2020-{1 + n % 12:02d}-{1 + n % 28:02d}" if dated else None,
    }


def build_library(path: Path, seed_paths: list[Path]) -> Database:
    """A migrated library holding the seed articles, issues with places, and an index."""
    db = Database(path)
    migrate(db)
    db["issues"].insert_all({"id": i + 1, "place": PLACES[i % 2], "year": 2020, "month": 4} for i in range(5))
    rows = seed_articles(seed_paths)
    with db.atomic():
        db["articles"].insert_all(stored(row) for row in rows)
        index_articles(db, [row["id"] for row in rows])
    return db
