"""Every correction of the library — tag and split — as one numbered list, described in both languages.

The number is the row's id in ``corrections``: it stays the same while other corrections come and go, so
``gazette corrections revert 7`` means the same correction whenever it is typed. Each entry carries an
English ``summary`` (the CLI's) and its Chinese twin ``summary_zh`` (the window's, in a Chinese UI).
"""

from __future__ import annotations

from sqlite_utils import Database

from gazette_reader.split_corrections.apply import EDIT, LAYOUT, MERGE, SPLIT
from gazette_reader.split_corrections.store import source_of, split_rows
from gazette_reader.tagging.corrections import list_corrections, resolve_key

TAG, SPLIT_KIND = "tag", "split"
FIELD_NAMES = {"title": ("title", "标题"), "subtitle": ("subtitle", "副题"), "date": ("date", "日期"),
               "section": ("section", "栏目"), "kind": ("kind", "类型")}
KIND_NAMES = {"article": ("article", "文章"), "brief": ("brief", "简讯")}
ENTITY_NAMES = {"leader": ("leader", "人物"), "project": ("project", "项目")}
QUOTE_CUT = 16


def all_corrections(db: Database) -> list[dict]:
    """Tag and split corrections, oldest first, each with ``number``, ``kind`` (``tag`` or ``split``),
    ``action``, ``source`` and ``in_library`` (whether the text it applies to is imported), ``article``
    (the title it was made on), ``created_at``, ``summary`` and ``summary_zh``; tag corrections add
    ``entity``, ``target`` and ``value``, split corrections ``values``."""
    entries = [_tag_entry(db, row) for row in list_corrections(db)] + [_split_entry(db, row) for row in split_rows(db)]
    return sorted(entries, key=lambda entry: entry["number"])


def find(db: Database, number: int) -> dict | None:
    """The listed correction with this number, or None."""
    return next((entry for entry in all_corrections(db) if entry["number"] == number), None)


def _cut(text: str | None) -> str:
    text = (text or "").strip()
    return text if len(text) <= QUOTE_CUT else text[:QUOTE_CUT] + "…"


# --- tag corrections -------------------------------------------------------------------------------------

def _tag_entry(db: Database, row: dict) -> dict:
    key = row.get("article_key")
    article_id = resolve_key(db, key) if key else None
    title = db.execute("SELECT title FROM articles WHERE id = ?", [article_id]).fetchone()[0] if article_id else None
    source = source_of(db, key.partition(":")[0]) if key else None
    summary, summary_zh = _tag_summary(row, title)
    return {"number": row["id"], "kind": TAG, "action": row["action"], "entity": row["entity"],
            "target": row["target"], "value": row["value"], "source": source[1] if source else None,
            "in_library": source is not None if key else True, "article": title, "created_at": row["created_at"],
            "summary": summary, "summary_zh": summary_zh}


def _tag_summary(row: dict, title: str | None) -> tuple[str, str]:
    what, what_zh = ENTITY_NAMES.get(row["entity"], (row["entity"], row["entity"]))
    target, value, action = row["target"], row["value"], row["action"]
    where = f" in «{_cut(title)}»" if title else ""
    where_zh = f"（在《{_cut(title)}》中）" if title else ""
    if action == "hide":
        return f"hide {what} {target}{where}", f"隐藏{what_zh}“{target}”{where_zh}"
    if action == "rename":
        return f"rename {what} {target} → {value}", f"把{what_zh}“{target}”改名为“{value}”"
    if action == "merge":
        return f"merge {what} {target} into {value}", f"把{what_zh}“{target}”合并到“{value}”"
    extra, extra_zh = (f" ({value})", f"（{value}）") if value else ("", "")
    return (f"tag «{_cut(title)}» with {what} {target}{extra}", f"给《{_cut(title)}》标注{what_zh}“{target}”{extra_zh}")


# --- split corrections -----------------------------------------------------------------------------------

def _split_entry(db: Database, row: dict) -> dict:
    values, anchor = row["value"], row["article_key"] or {}
    source = source_of(db, row["target"])
    summary, summary_zh = _split_summary(row["action"], values, anchor.get("title") or "")
    public = {k: v for k, v in values.items() if k not in ("source", "next", "before", "offset")}
    if row["action"] == MERGE:
        public["next_title"] = (values.get("next") or {}).get("title")
    return {"number": row["id"], "kind": SPLIT_KIND, "action": row["action"], "entity": row["entity"],
            "values": public, "source": source[1] if source else values.get("source"),
            "in_library": source is not None, "article": anchor.get("title"), "created_at": row["created_at"],
            "summary": summary, "summary_zh": summary_zh}


def _split_summary(action: str, values: dict, title: str) -> tuple[str, str]:
    name = f"«{_cut(title)}»"
    name_zh = f"《{_cut(title)}》"
    if action == EDIT:
        changes = [(FIELD_NAMES[k], _field_value(k, values[k])) for k in FIELD_NAMES if k in values]
        english = ", ".join(f"{label} {shown[0]}" for (label, _), shown in changes)
        chinese = "，".join(f"{label_zh} {shown[1]}" for (_, label_zh), shown in changes)
        return f"edit {name}: {english}", f"修改{name_zh}：{chinese}"
    if action == SPLIT:
        at, paragraph = values.get("at"), _cut(values.get("paragraph"))
        typed = values.get("title")
        extra, extra_zh = (f", new title «{_cut(typed)}»", f"，新标题“{_cut(typed)}”") if typed else ("", "")
        return (f"split {name} at paragraph {at} («{paragraph}»){extra}",
                f"从第 {at} 段（“{paragraph}”）拆分{name_zh}{extra_zh}")
    if action == MERGE:
        following = _cut((values.get("next") or {}).get("title"))
        return f"merge {name} with the next article «{following}»", f"把{name_zh}与下一篇《{following}》合并"
    if action == LAYOUT:
        layout, source = values.get("layout"), values.get("source")
        return f"mark {source} as layout {layout}", f"把 {source} 标为版式 {layout}"
    return action, action


def _field_value(key: str, value: str) -> tuple[str, str]:
    """How a field's new value reads in English and in Chinese."""
    if key == "kind":
        return KIND_NAMES.get(value, (value, value))
    if not value:
        return "cleared", "清除"
    if key == "date":
        return value, value
    return f"«{_cut(value)}»", f"“{_cut(value)}”"
