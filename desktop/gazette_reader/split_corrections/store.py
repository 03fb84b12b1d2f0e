"""Split corrections in the library: recorded as rows of ``corrections``, beside the tag corrections.

A split correction row: ``action`` is ``edit``, ``split``, ``merge`` or ``layout``; ``entity`` is
``article`` (or ``source`` for a layout); ``target`` is the source text's ``text_sha256`` (the key that
survives re-import in another encoding and re-parse); ``article_key`` is the JSON :class:`Anchor` of the
article as the user saw it; ``value`` is the JSON of the correction's values (see
:class:`~gazette_reader.split_corrections.apply.Correction`). Tag corrections use the same table with
``entity`` ``leader`` or ``project``, so both kinds share one numbering (``corrections.id``), which is
what ``gazette corrections`` lists and ``gazette corrections revert N`` takes.

The ``record_*`` functions check what the user asked for against the article as stored and write the row;
the caller re-parses the source, which applies it (``Library`` does both in one transaction). A
correction is kept when its source is deleted, so a re-import of the same text gets it again.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone

from sqlite_utils import Database

from gazette_reader.errors import GazetteError
from gazette_reader.ingest.model import ARTICLE, BRIEF
from gazette_reader.split_corrections.anchors import Anchor, anchor_of, locate
from gazette_reader.split_corrections.apply import EDIT, EDIT_FIELDS, LAYOUT, MERGE, SPLIT, Correction
from gazette_reader.store.packing import unpack_text

ARTICLE_ENTITY, SOURCE_ENTITY = "article", "source"
SPLIT_ENTITIES = (ARTICLE_ENTITY, SOURCE_ENTITY)
KINDS = (ARTICLE, BRIEF)
DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


class SplitCorrectionError(GazetteError):
    """A correction of the split cannot be made (unknown article, bad paragraph, not the next article)."""


def _layouts() -> tuple[str, ...]:
    """The layouts a file can be marked with (the parser's splitters)."""
    from gazette_reader.ingest import parse

    return tuple(getattr(parse, "LAYOUTS", ()))


# --- the stored article ----------------------------------------------------------------------------------

_ARTICLE_SQL = """SELECT a.id, a.issue_id, a.ord, a.title, a.body_z, a.span_start, a.span_end, s.id, s.text_sha256,
       s.name, s.text_z FROM articles a JOIN issues i ON i.id = a.issue_id JOIN sources s ON s.id = i.source_id
       WHERE a.id = ?"""


def stored_article(db: Database, article_id: int) -> dict:
    """The article as the library holds it, with its source; a readable error when there is none."""
    row = db.execute(_ARTICLE_SQL, [article_id]).fetchone()
    if row is None:
        raise SplitCorrectionError(f"There is no article with id {article_id} in the library.",
                                   zh=f"资料库中没有编号为 {article_id} 的文章。")
    keys = ("id", "issue_id", "ord", "title", "body", "start", "end", "source_id", "sha", "source", "text")
    article = dict(zip(keys, row))
    article["body"] = unpack_text(article["body"])
    return article


def _anchor(article: dict) -> Anchor:
    return anchor_of(article["title"], article["body"], (article["start"], article["end"]), article["ord"])


def _insert(db: Database, action: str, entity: str, sha: str, anchor: Anchor | None, values: dict) -> int:
    return db.execute(
        "INSERT INTO corrections (action, entity, target, value, article_key, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        [action, entity, sha, json.dumps(values, ensure_ascii=False),
         json.dumps(anchor.to_json(), ensure_ascii=False) if anchor else None,
         datetime.now(timezone.utc).isoformat(timespec="seconds")]).lastrowid


# --- recording -------------------------------------------------------------------------------------------

def record_edit(db: Database, article_id: int, fields: dict) -> tuple[int, int]:
    """Record new values for an article's title, subtitle, date, section or kind; returns the correction
    number and the source id (to re-parse)."""
    values = _edit_values(fields)
    article = stored_article(db, article_id)
    values["source"] = article["source"]
    return _insert(db, EDIT, ARTICLE_ENTITY, article["sha"], _anchor(article), values), article["source_id"]


def _edit_values(fields: dict) -> dict:
    """The edit's values, checked: at least one field, a non-empty title, a real date, a known kind."""
    unknown = sorted(set(fields) - set(EDIT_FIELDS))
    if unknown:
        raise SplitCorrectionError(f"Cannot edit {', '.join(unknown)}; an article has: {', '.join(EDIT_FIELDS)}.",
                                   zh=f"不能修改 {'、'.join(unknown)}；可修改：标题、副题、日期、栏目、类型。")
    values = {k: v.strip() for k, v in fields.items() if v is not None}
    if not values:
        raise SplitCorrectionError("Say what to change: --title, --subtitle, --date, --section or --kind.",
                                   zh="请指明要修改什么：标题、副题、日期、栏目或类型。")
    if "title" in values and not values["title"]:
        raise SplitCorrectionError("A title cannot be empty.", zh="标题不能为空。")
    if "date" in values:
        values["date"] = check_date(values["date"])
    if "kind" in values and values["kind"] not in KINDS:
        raise SplitCorrectionError(f"Unknown kind {values['kind']!r}; use 'article' or 'brief'.",
                                   zh=f"没有 {values['kind']!r} 这种类型，可选 article（文章）或 brief（简讯）。")
    return values


def check_date(text: str) -> str:
    """``YYYY-MM-DD`` as typed, checked (a day up to 31 in any month: gazettes print 2月30日)."""
    match = DATE_RE.fullmatch(text.strip())
    year, month, day = (int(g) for g in match.groups()) if match else (0, 0, 0)
    if not (1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        raise SplitCorrectionError(f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2020-04-03.",
                                   zh=f"“{text}”不是日期，请写成 年-月-日，例如 2020-04-03。")
    return f"{year:04d}-{month:02d}-{day:02d}"


def record_split(db: Database, article_id: int, at: int, title: str | None = None) -> tuple[int, int]:
    """Record that a new article starts at paragraph ``at`` (1-based) of this article's body."""
    article = stored_article(db, article_id)
    paragraphs = article["body"].split("\n")
    if not 2 <= at <= len(paragraphs):
        if len(paragraphs) < 2:
            raise SplitCorrectionError(f"Article {article_id} has only one paragraph: there is nothing to split off.",
                                       zh=f"第 {article_id} 篇文章只有一段，无法拆分。")
        raise SplitCorrectionError(
            f"Paragraph {at} is not one to split at: article {article_id} has paragraphs 1 to {len(paragraphs)} "
            f"and the new article starts at paragraph 2 to {len(paragraphs)}.",
            zh=f"不能从第 {at} 段拆分：第 {article_id} 篇文章共 {len(paragraphs)} 段，新文章只能从第 2 至第 "
               f"{len(paragraphs)} 段开始。")
    paragraph = paragraphs[at - 1]
    text = unpack_text(article["text"])
    values = {"at": at, "paragraph": paragraph, "before": paragraphs[at - 2],
              "offset": locate(text, paragraph, article["start"] or 0, article["end"]),
              "title": (title or "").strip() or None, "source": article["source"]}
    return _insert(db, SPLIT, ARTICLE_ENTITY, article["sha"], _anchor(article), values), article["source_id"]


def record_merge(db: Database, article_id: int, next_id: int) -> tuple[int, int]:
    """Record that ``next_id``, the next article of the same issue, belongs to ``article_id``."""
    article, following = stored_article(db, article_id), stored_article(db, next_id)
    if following["issue_id"] != article["issue_id"] or following["ord"] != article["ord"] + 1:
        actual = db.execute("SELECT id FROM articles WHERE issue_id = ? AND ord = ?",
                            [article["issue_id"], article["ord"] + 1]).fetchone()
        hint = f" (the next one is {actual[0]})" if actual else " (it is the last of its issue)"
        hint_zh = f"（下一篇是第 {actual[0]} 篇）" if actual else "（它是本期最后一篇）"
        raise SplitCorrectionError(
            f"Article {next_id} is not the article after {article_id} in the same issue{hint}; "
            "only an article and the next one can be merged.",
            zh=f"第 {next_id} 篇不是同一期中紧接第 {article_id} 篇的文章{hint_zh}；只能与下一篇合并。")
    values = {"next": _anchor(following).to_json(), "source": article["source"]}
    return _insert(db, MERGE, ARTICLE_ENTITY, article["sha"], _anchor(article), values), article["source_id"]


def record_layout(db: Database, issue_id: int, layout: str) -> tuple[int, int]:
    """Record the layout the user says an issue's file has (the parser then uses that splitter)."""
    layouts = _layouts()
    if layout not in layouts:
        raise SplitCorrectionError(f"Unknown layout {layout!r}; use one of: {', '.join(layouts)}.",
                                   zh=f"没有 {layout!r} 这种版式，可选：{'、'.join(layouts)}。")
    row = db.execute("SELECT s.id, s.text_sha256, s.name FROM issues i JOIN sources s ON s.id = i.source_id "
                     "WHERE i.id = ?", [issue_id]).fetchone()
    if row is None:
        raise SplitCorrectionError(f"There is no issue {issue_id} in the library.", zh=f"资料库中没有第 {issue_id} 号简报。")
    return _insert(db, LAYOUT, SOURCE_ENTITY, row[1], None, {"layout": layout, "source": row[2]}), row[0]


# --- reading back ----------------------------------------------------------------------------------------

def for_text(db: Database, text_sha256: str) -> list[Correction]:
    """The split corrections of one source text, in the order they were made."""
    rows = db.execute(
        "SELECT id, action, article_key, value FROM corrections WHERE target = ? AND entity IN (?, ?) ORDER BY id",
        [text_sha256, *SPLIT_ENTITIES]).fetchall()
    return [Correction(cid, action, Anchor.from_json(json.loads(key)) if key else None, json.loads(value or "{}"))
            for cid, action, key, value in rows]


def layout_of(corrections: list[Correction]) -> str | None:
    """The layout the user marked last, if any."""
    return next((c.values.get("layout") for c in reversed(corrections) if c.action == LAYOUT), None)


def is_split(row: dict) -> bool:
    """Whether a ``corrections`` row is a split correction (not a tag correction)."""
    return row.get("entity") in SPLIT_ENTITIES


def split_rows(db: Database) -> list[dict]:
    """Every split correction as its stored row (values and anchor decoded), oldest first."""
    cursor = db.execute("SELECT id, action, entity, target, value, article_key, created_at FROM corrections "
                        f"WHERE entity IN ({', '.join('?' * len(SPLIT_ENTITIES))}) ORDER BY id", list(SPLIT_ENTITIES))
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, r)) for r in cursor.fetchall()]
    for row in rows:
        row["value"] = json.loads(row["value"] or "{}")
        row["article_key"] = json.loads(row["article_key"]) if row["article_key"] else None
    return rows


def source_of(db: Database, text_sha256: str) -> tuple[int, str] | None:
    """``(id, name)`` of the source holding this text, when it is in the library."""
    row = db.execute("SELECT id, name FROM sources WHERE text_sha256 = ?", [text_sha256]).fetchone()
    return (row[0], row[1]) if row else None
