"""Index maintenance keeps the index equal to the articles: re-index, unindex + delete, rebuild."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from gazette_reader.errors import Cancelled
from gazette_reader.jobs import CancelToken
from gazette_reader.search.engine import scan, search
from gazette_reader.search.index import (INDEX_VERSION, _rows, document, index_articles, index_version,
                                         rebuild_index, stale_articles, unindex_articles)
from gazette_reader.search.facets import TOKENS_PER_ARTICLE
from gazette_reader.text.ngrams import char_code, match_expression, title_char_token
from tests.articles import bodies, set_body
from tests.unit.search.titles import assert_titles_match, indexed_titles

PROBES = ["宋洁", "洁", "建设", "区委书记", "2019年", "，", "量子", "量", "宋", "-洁", "洁 日期:2020", "地区:二七区",
          "栏目:工作动态 建设", "建设 -日期:2020", "日期:2020-04..2020-06-15"]


def assert_consistent(db: Database) -> None:
    """Every probe finds in the index exactly what a scan of the stored articles finds."""
    for probe in PROBES:
        assert search(db, probe, limit=0).total == scan(db, probe, limit=0).total, probe
    assert stale_articles(db) == []
    indexed = db.execute("SELECT count(*) FROM search_docs").fetchone()[0]
    assert indexed == db.execute("SELECT count(*) FROM articles").fetchone()[0]
    db.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")  # raises if corrupt
    db.execute("INSERT INTO search_chars(search_chars) VALUES ('integrity-check')")
    assert_titles_match(db)


def test_index_then_delete_then_reindex(fresh_db: Database) -> None:
    assert_consistent(fresh_db)
    victims = [article_id for article_id, body in bodies(fresh_db).items() if "宋洁" in body]
    with fresh_db.atomic():
        unindex_articles(fresh_db, victims)
        fresh_db.execute(f"DELETE FROM articles WHERE id IN ({','.join(map(str, victims))})")
    assert search(fresh_db, "宋洁").total == scan(fresh_db, "宋洁").total
    assert_consistent(fresh_db)


def test_reparse_in_place(fresh_db: Database) -> None:
    """The importer's re-parse: unindex, rewrite the rows, index them again."""
    with fresh_db.atomic():
        unindex_articles(fresh_db, [1, 2])
        set_body(fresh_db, [1, 2], "新内容：量子纠缠")
        fresh_db.execute("UPDATE articles SET title = '新标题' WHERE id IN (1, 2)")
        index_articles(fresh_db, [1, 2])
    assert {h.id for h in search(fresh_db, "量子纠缠").hits} == {1, 2}
    assert_consistent(fresh_db)


def test_indexing_twice_is_a_no_op(fresh_db: Database) -> None:
    index_articles(fresh_db, [1, 2, 3])
    assert_consistent(fresh_db)


def test_broken_contract_rebuilds_instead_of_corrupting(fresh_db: Database) -> None:
    """A row changed without unindexing first cannot be deleted from a contentless index exactly."""
    set_body(fresh_db, [3], "改过的正文：量子")
    index_articles(fresh_db, [3])
    assert_consistent(fresh_db)
    set_body(fresh_db, [4], "又改过：冰淇淋")
    unindex_articles(fresh_db, [4])
    fresh_db.execute("DELETE FROM articles WHERE id = 4")
    assert_consistent(fresh_db)


def test_rebuild_reports_progress_and_matches(fresh_db: Database) -> None:
    seen: list[tuple[int, int]] = []
    rebuild_index(fresh_db, progress=lambda done, total, _msg: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] == fresh_db.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert_consistent(fresh_db)


def test_cancelled_rebuild_leaves_index_untouched(fresh_db: Database) -> None:
    before = search(fresh_db, "建设", limit=0).total
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        rebuild_index(fresh_db, cancel=token)
    assert search(fresh_db, "建设", limit=0).total == before
    assert_consistent(fresh_db)


@pytest.mark.parametrize("terms", [["宋洁"], ["宋洁", "耿勇军", "不存在的名字"], ["區委書記"], ["洁"],
                                   ["宋洁", "宋洁指出", "区委书记宋洁", "洁指"], ["洁", "宋洁", "区委书记", "区委"]])
def test_articles_containing_equals_a_substring_scan(seed_db: Database, terms: list[str]) -> None:
    from gazette_reader.search.index import articles_containing
    from gazette_reader.text.normalize import normalize

    def contains(row: tuple) -> bool:
        text = normalize("".join(part or "" for part in row[1:]))
        return any(normalize(t) in text for t in terms)

    text = bodies(seed_db)
    rows = [(*row, text[row[0]]) for row in seed_db.execute("SELECT id, title, subtitle, kicker FROM articles")]
    assert articles_containing(seed_db, terms) == {row[0] for row in rows if contains(row)}


def test_index_documents_do_not_depend_on_the_hash_seed() -> None:
    """Digests are compared across processes (import helper, later deletes): no set-order in tokens."""
    import subprocess
    import sys

    code = ("from gazette_reader.search.index import document; "
            "print(document((1, '区委书记宋洁', None, None, '宋洁指出，要加快推进老旧小区改造。', '二七区', "
            "'工作动态', '2020-04-03')).digest)")
    digests = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**__import__("os").environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2", "3")}
    assert len(digests) == 1


def test_rebuild_records_the_index_version(fresh_db: Database) -> None:
    assert index_version(fresh_db) == INDEX_VERSION  # migrate built the (empty) index
    fresh_db.execute("DELETE FROM search_meta")
    assert index_version(fresh_db) is None
    rebuild_index(fresh_db)
    assert index_version(fresh_db) == INDEX_VERSION


def test_the_character_index_carries_title_characters_apart() -> None:
    doc = document((1, "宋洁", "副题", None, "区委书记宋洁", None, None, None))
    tokens = doc.char_document.split()
    assert {title_char_token(c) for c in "宋洁副题"} <= set(tokens)
    assert title_char_token("区") not in tokens and char_code("区") in tokens
    assert len(tokens) == len(set(tokens)) + TOKENS_PER_ARTICLE - 1  # the five facet fillers are one token


def test_a_document_given_its_id_keeps_its_tokens_and_digest_and_a_changed_one_is_digested_again() -> None:
    import pickle
    from dataclasses import replace

    doc = document((0, "区委书记宋洁", None, None, "宋洁指出", "二七区", "工作动态", "2020-04-03"))
    given = pickle.loads(pickle.dumps(doc)).with_id(42)  # as the writer gets it from the helper
    assert given.id == 42 and (given.digest, given.char_document) == (doc.digest, doc.char_document)
    assert vars(given) == {**vars(doc), "id": 42} and vars(pickle.loads(pickle.dumps(given))) == vars(given)
    assert given == replace(doc, id=42)
    changed = replace(doc, title_chars="")
    assert changed.digest != doc.digest and changed.char_document != doc.char_document


def test_only_terms_holding_no_other_term_are_queried() -> None:
    from gazette_reader.search.index import shortest_terms

    assert shortest_terms({"张伟", "张伟明", "伟明", "李伟明说", "王五", " ", "王"}) == ["伟明", "张伟", "王", "王五"]
    assert shortest_terms({"宋洁指出", "洁指"}) == ["洁指"]


def test_the_title_index_follows_a_title_and_notices_a_lost_row(fresh_db: Database) -> None:
    """The title index holds the title fields alone (a body word is not there), follows an edited title,
    and :func:`assert_titles_match` (what the other tests lean on) fails when a row is lost."""
    assert indexed_titles(fresh_db)
    with fresh_db.atomic():
        unindex_articles(fresh_db, [1, 2])
        fresh_db.execute("UPDATE articles SET title = '量子纠缠', subtitle = NULL, kicker = '冰淇淋' WHERE id = 1")
        set_body(fresh_db, [2], "正文里的量子纠缠")
        index_articles(fresh_db, [1, 2])
    titled = "SELECT rowid FROM search_titles WHERE search_titles MATCH ?"
    assert [r[0] for r in fresh_db.execute(titled, [match_expression("量子纠缠")])] == [1]
    assert_consistent(fresh_db)
    lost = document(next(_rows(fresh_db, [3])))
    fresh_db.execute("INSERT INTO search_titles(search_titles, rowid, title) VALUES ('delete', ?, ?)",
                     [lost.id, lost.title])
    with pytest.raises(AssertionError):
        assert_titles_match(fresh_db)


def test_imports_corrections_reparses_and_deletes_keep_the_title_index(tmp_path) -> None:
    from gazette_reader.library import Library
    from tests.conftest import SEEDS

    library = Library.open(tmp_path / "lib.sqlite")
    library.import_files(SEEDS)
    assert_titles_match(library.db)
    first = library.articles()[0]["id"]
    library.edit_article(first, title="量子纠缠的标题", subtitle="副题")
    assert_titles_match(library.db)
    longest = max(library.articles(), key=lambda a: a["body"].count("\n"))
    library.split_article(longest["id"], 2)
    assert_titles_match(library.db)
    library.merge_articles(first, library.articles(issue_id=library.articles(ids=[first])[0]["issue_id"])[1]["id"])
    assert_titles_match(library.db)
    library.reparse()
    assert_titles_match(library.db)
    library.delete_issue(library.issues()[0]["id"])
    assert_titles_match(library.db)
    assert [h.id for h in library.search("量子纠缠的标题").hits][:1] == [first]
    library.close()


def _config(db: Database) -> dict[str, list[tuple]]:
    return {t: db.execute(f"SELECT k, v FROM {t}_config ORDER BY k").fetchall()
            for t in ("search_fts", "search_chars", "search_titles")}


def _big_documents(first_id: int, count: int = 60) -> list:
    """Documents whose tokens pass FTS5's default 1 MB buffer several times over."""
    import random

    rng = random.Random(7)
    return [document((first_id + n, f"标题{n}", None, None, "".join(chr(rng.randrange(0x4E00, 0x5000)) for _ in range(5000)),
                      "二七区", "工作动态", "2020-04-01")) for n in range(count)]


def test_new_documents_are_written_as_one_segment_and_the_buffer_setting_is_put_back(fresh_db: Database) -> None:
    from gazette_reader.search.index import index_new_documents
    from gazette_reader.search.paging import segments

    fresh_db.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
    before, first = _config(fresh_db), fresh_db.execute("SELECT max(id) FROM articles").fetchone()[0] + 1
    with fresh_db.atomic():
        index_new_documents(fresh_db, _big_documents(first))
    assert _config(fresh_db) == before  # no hashsize row left behind
    assert segments(fresh_db, "search_fts") == 2  # the optimized one and the new one, not one per MB
    fresh_db.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")


def test_a_rolled_back_index_write_keeps_the_buffer_setting(fresh_db: Database) -> None:
    from gazette_reader.search.index import PENDING_BYTES, bulk_settings

    before = _config(fresh_db)
    with pytest.raises(RuntimeError), fresh_db.atomic(), bulk_settings(fresh_db, {"hashsize": PENDING_BYTES, "automerge": 0}):
        assert {("hashsize", PENDING_BYTES), ("automerge", 0)} <= set(_config(fresh_db)["search_fts"])
        raise RuntimeError("crash while indexing")
    assert _config(fresh_db) == before


@pytest.mark.parametrize("merge_follows", [True, False])
def test_chunks_followed_by_a_merge_are_left_unmerged_until_then(fresh_db: Database, merge_follows: bool) -> None:
    from gazette_reader.search.index import index_new_documents
    from gazette_reader.search.paging import segments

    fresh_db.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
    before, first = _config(fresh_db), fresh_db.execute("SELECT max(id) FROM articles").fetchone()[0] + 1
    with fresh_db.atomic():
        for chunk in range(6):
            index_new_documents(fresh_db, _big_documents(first + 20 * chunk, 20), merge_follows=merge_follows)
    assert _config(fresh_db) == before
    assert (segments(fresh_db, "search_fts") == 7) is merge_follows  # automerge merges four of a level
    fresh_db.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
