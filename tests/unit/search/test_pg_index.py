"""The PostgreSQL index keeps in step with the articles: index, unindex + delete, re-parse in place, rebuild
(with progress, and undone by Cancel), the tagger's look-up; every probe agrees with the SQLite scan of the
same rows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlite_utils import Database

from gazette_reader.errors import Cancelled
from gazette_reader.jobs import CancelToken
from gazette_reader.search.engine import scan
from gazette_reader.search.pg_index import INDEX_VERSION, document, import_document, index_is_current, term_keys
from gazette_reader.store.packing import pack_text
from gazette_reader.text.normalize import normalize
from tests.articles import bodies
from tests.pg.fixtures import BoundSearch
from tests.pg.server import PgServer
from tests.unit.search.test_backends import postgres_copy
from tests.unit.search.test_index import PROBES


@pytest.fixture
def pg(pg_server: PgServer, fresh_db: Database) -> Iterator[BoundSearch]:
    """A PostgreSQL copy of a private seed library (``fresh_db``), indexed, searched by the Library's path."""
    library = postgres_copy(pg_server, fresh_db)
    yield BoundSearch(library.db)
    library.close()


def assert_agrees(pg: BoundSearch, db: Database) -> None:
    """Every probe finds on PostgreSQL what a scan of the SQLite rows finds; no index row is stale."""
    for probe in PROBES:
        assert pg.search(probe, limit=0).total == scan(db, probe, limit=0).total, probe
    assert pg.stale_articles() == []


def delete(pg: BoundSearch, db: Database, ids: list[int]) -> None:
    with pg.db.write_transaction():
        pg.unindex_articles(ids)
        pg.db.raw.execute("DELETE FROM mentions WHERE article_id = ANY(%s)", [ids])
        pg.db.raw.execute("DELETE FROM project_mentions WHERE article_id = ANY(%s)", [ids])
        pg.db.raw.execute("DELETE FROM articles WHERE id = ANY(%s)", [ids])
    db.execute(f"DELETE FROM articles WHERE id IN ({','.join(map(str, ids))})")


def rewrite(pg: BoundSearch, db: Database, ids: list[int], body: str, title: str) -> None:
    """The importer's re-parse: unindex, rewrite the rows, index them again (one transaction)."""
    with pg.db.write_transaction():
        pg.unindex_articles(ids)
        pg.db.raw.execute("UPDATE articles SET body_z = %s, title = %s WHERE id = ANY(%s)", [pack_text(body), title, ids])
        pg.index_articles(ids)
    db.conn.executemany("UPDATE articles SET body_z = ?, title = ? WHERE id = ?", [(pack_text(body), title, i)
                                                                                  for i in ids])


def test_the_copy_agrees_and_records_its_version(pg: BoundSearch, fresh_db: Database) -> None:
    assert_agrees(pg, fresh_db)
    assert index_is_current(pg.db.raw)
    assert pg.db.raw.execute("SELECT value FROM search_meta").fetchone()[0] == INDEX_VERSION


def test_unindex_then_delete(pg: BoundSearch, fresh_db: Database) -> None:
    delete(pg, fresh_db, [i for i, body in bodies(fresh_db).items() if "宋洁" in body])
    assert pg.search("宋洁").total == scan(fresh_db, "宋洁").total
    assert_agrees(pg, fresh_db)


def test_reparse_in_place(pg: BoundSearch, fresh_db: Database) -> None:
    rewrite(pg, fresh_db, [1, 2], "新内容：量子纠缠", "新标题")
    assert {h.id for h in pg.search("量子纠缠").hits} == {1, 2}
    assert [h.id for h in pg.search("新标题 OR 量子纠缠").hits][:2] == [1, 2]  # title hits first
    assert_agrees(pg, fresh_db)


def test_a_row_changed_without_reindexing_is_reported_stale(pg: BoundSearch) -> None:
    pg.db.raw.execute("UPDATE articles SET body_z = %s WHERE id = 3", [pack_text("改过的正文：量子")])
    assert pg.stale_articles() == [3]
    pg.index_articles([3])
    assert pg.stale_articles() == []
    assert [h.id for h in pg.search("量子").hits] == [3]


def test_indexing_twice_is_a_no_op(pg: BoundSearch, fresh_db: Database) -> None:
    pg.index_articles([1, 2, 3])
    assert_agrees(pg, fresh_db)
    assert pg.db.raw.execute("SELECT count(*) FROM search_grams").fetchone()[0] == len(bodies(fresh_db))


def test_rebuild_reports_progress(pg: BoundSearch, fresh_db: Database) -> None:
    seen: list[tuple[int, int]] = []
    pg.rebuild_index(progress=lambda done, total, _message: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] == len(bodies(fresh_db))
    assert_agrees(pg, fresh_db)


def test_a_cancelled_rebuild_leaves_the_index_untouched(pg: BoundSearch, fresh_db: Database) -> None:
    before = pg.search("建设", limit=0).total
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        pg.rebuild_index(cancel=token)
    assert pg.search("建设", limit=0).total == before
    assert_agrees(pg, fresh_db)


@pytest.mark.parametrize("terms", [["宋洁"], ["宋洁", "耿勇军", "不存在的名字"], ["區委書記"], ["洁"], []])
def test_articles_containing_equals_a_substring_scan(pg: BoundSearch, fresh_db: Database,
                                                     terms: list[str]) -> None:
    texts = {row[0]: [normalize(part or "") for part in row[1:]]
             for row in fresh_db.execute("SELECT id, title, subtitle, kicker FROM articles")}
    for article_id, body in bodies(fresh_db).items():
        texts[article_id].append(normalize(body))
    expected = {i for i, fields in texts.items() if any(normalize(t) in f for t in terms for f in fields)}
    assert pg.articles_containing(terms) == expected


def test_many_terms_in_small_chunks_equal_a_substring_scan(pg: BoundSearch, fresh_db: Database) -> None:
    """Terms of one to five characters (and some found nowhere) cut from the bodies, looked up a few per
    statement: each chunk's terms are probed one by one and the ids merged."""
    import random

    from gazette_reader.search.pg_index import articles_containing

    texts = {i: normalize(body) for i, body in bodies(fresh_db).items()}
    for row in fresh_db.execute("SELECT id, title, subtitle, kicker FROM articles"):
        texts[row[0]] += "\n" + "\n".join(normalize(part or "") for part in row[1:])
    rng = random.Random(7)
    terms = ["量子纠缠", "鑫鑫鑫"]
    for _ in range(60):
        text = rng.choice([t for t in texts.values() if len(t) > 10])
        start, length = rng.randrange(len(text) - 6), rng.randint(1, 5)
        terms.append(text[start : start + length])
    terms = [t for t in terms if "\n" not in t]
    expected = {i for i, text in texts.items() if any(normalize(t) in text for t in terms)}
    assert articles_containing(pg.db.raw, terms, chunk=7) == expected
    assert articles_containing(pg.db.raw, terms) == expected


def test_no_key_or_match_spans_two_fields() -> None:
    """Title 宋 and subtitle 洁 make neither the bigram 宋洁 nor a text match of it."""
    doc = document((1, "宋", "洁", None, "区", None))
    assert not set(term_keys("宋洁")) <= set(doc.keys) and "宋洁" not in doc.title_norm
    assert set(term_keys("宋")) <= set(doc.keys)


def test_the_document_an_import_helper_makes_is_the_stored_rows() -> None:
    """What the helper process makes before the row has an id equals what indexing the stored row makes."""
    made = import_document((0, "區長宋洁", "副题", "引题", "正文\x00第二段", "上街区", "要闻", "2020-04-01"))
    assert made.with_id(7) == document((7, "區長宋洁", "副题", "引题", "正文\x00第二段", "2020-04-01"))
    assert made.with_id(7).fields[0] == 7 and made.id == 0


def test_an_import_copies_in_the_helpers_documents_without_reading_the_articles_back(
        pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from gazette_reader.library import Library
    from gazette_reader.search import pg_index
    from tests.conftest import SEEDS

    library = Library.open(pg_url)
    monkeypatch.setattr(pg_index, "_rows", lambda *args: pytest.fail("the articles were read back to index them"))
    library.import_files(SEEDS)
    monkeypatch.undo()
    assert library.counts()["articles"] > 0 and BoundSearch(library.db).stale_articles() == []
    library.close()


def test_a_failed_index_write_keeps_the_rows_it_would_replace(pg: BoundSearch, monkeypatch) -> None:
    """Outside a transaction too, the old rows' delete and the new rows' COPY are both or neither."""
    from gazette_reader.search import pg_index

    def lost(cursor, rows) -> None:
        raise ConnectionError("server closed the connection")

    monkeypatch.setattr(pg_index, "_copy_rows", lost)
    with pytest.raises(ConnectionError):
        pg.index_articles([1, 2])
    monkeypatch.undo()
    assert pg.stale_articles() == []


def test_a_document_given_twice_is_written_once(pg: BoundSearch, fresh_db: Database) -> None:
    from gazette_reader.search.pg_index import _rows, index_new_documents

    docs = [document(row) for row in _rows(pg.db.raw, [1, 2])]
    index_new_documents(pg.db.raw, docs + docs[:1])
    assert pg.stale_articles() == []
    assert_agrees(pg, fresh_db)


def test_a_rebuild_keeps_the_title_index(pg: BoundSearch) -> None:
    pg.rebuild_index()
    assert pg.db.raw.execute("SELECT to_regclass('search_grams_title_keys') IS NOT NULL").fetchone()[0]


def test_a_large_write_merges_the_gin_pending_lists_and_restores_the_settings(pg: BoundSearch,
                                                                              fresh_db: Database) -> None:
    """A write of many rows ends with both GIN indexes' pending lists merged into their trees by its own
    last insert (any role can: no ``gin_clean_pending_list``), and ``work_mem``/``gin_pending_list_limit``
    as they were."""
    from gazette_reader.search.pg_index import MERGED_WRITE, _rows, index_new_documents

    raw = pg.db.raw
    ids = [row[0] for row in raw.execute("SELECT id FROM articles ORDER BY id")]
    docs = [document(row) for row in _rows(raw, ids)] * (MERGED_WRITE // len(ids) + 1)
    raw.execute("CREATE EXTENSION IF NOT EXISTS pgstattuple")
    with raw.transaction(force_rollback=True):  # leaves the fixture's library as it was
        raw.execute("SET LOCAL gin_pending_list_limit = '1MB'")
        before = raw.execute("SELECT current_setting('work_mem'), current_setting('gin_pending_list_limit')").fetchone()
        index_new_documents(raw, [doc.with_id(n) for n, doc in enumerate(docs, start=1_000_000)])
        pending = raw.execute("SELECT (pgstatginindex('search_grams_keys')).pending_pages, "
                              "(pgstatginindex('search_grams_title_keys')).pending_pages").fetchone()
        after = raw.execute("SELECT current_setting('work_mem'), current_setting('gin_pending_list_limit')").fetchone()
    assert len(docs) >= MERGED_WRITE and pending == (0, 0)
    assert after == before == (before[0], "1MB")


def test_an_index_write_raises_the_servers_memory_settings_but_never_lowers_them(pg: BoundSearch) -> None:
    from gazette_reader.search.pg_index import SETTINGS_SQL, WRITE_MEMORY

    raw = pg.db.raw
    with raw.transaction(force_rollback=True):
        raw.execute("SET LOCAL work_mem = '256MB'")
        raw.execute("SET LOCAL gin_pending_list_limit = '1MB'")
        raw.execute(SETTINGS_SQL, {"size": WRITE_MEMORY})
        now = raw.execute("SELECT current_setting('work_mem'), current_setting('gin_pending_list_limit')").fetchone()
    assert now == ("256MB", WRITE_MEMORY)
