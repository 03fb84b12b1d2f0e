"""What the title index (``search_titles``) must hold, read back token by token (FTS5's ``fts5vocab``
lists a contentless table's tokens with their positions), for the tests of every path that writes it."""

from __future__ import annotations

from collections import defaultdict

from sqlite_utils import Database

from gazette_reader.search.index import FTS_TABLE, TITLES_TABLE, title_document
from gazette_reader.text.normalize import normalize


def indexed_titles(db: Database, table: str = TITLES_TABLE) -> dict[int, list[str]]:
    """``{article id: its title tokens in order}`` as ``table``'s title column holds them."""
    vocab = f"temp.vocab_{table}"
    db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {vocab} USING fts5vocab(main, {table}, instance)")
    docs: dict[int, list[str]] = defaultdict(list)
    for doc, term in db.execute(f"SELECT doc, term FROM {vocab} WHERE col = 'title' ORDER BY doc, offset"):
        docs[doc].append(term)
    return dict(docs)


def scanned_titles(db: Database) -> dict[int, list[str]]:
    """The same from the article rows (articles whose title fields hold no token are left out)."""
    rows = db.execute("SELECT id, title, subtitle, kicker FROM articles")
    docs = {row[0]: title_document([normalize(part or "") for part in row[1:]]).split() for row in rows}
    return {article_id: tokens for article_id, tokens in docs.items() if tokens}


def assert_titles_match(db: Database) -> None:
    """The title index holds every article's title document and nothing else: the same tokens as the
    article rows give and as ``search_fts``'s title column, one row per indexed article, and it is sound."""
    titles = indexed_titles(db)
    assert titles == scanned_titles(db)
    assert titles == indexed_titles(db, FTS_TABLE)
    listed = {row[0] for row in db.execute(f"SELECT rowid FROM {TITLES_TABLE}")}
    assert listed == {row[0] for row in db.execute("SELECT id FROM search_docs")}
    db.execute(f"INSERT INTO {TITLES_TABLE}({TITLES_TABLE}, rank) VALUES ('integrity-check', 1)")
