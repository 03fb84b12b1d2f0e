"""The article list: pages fetched through workers, stale pages dropped, model tester clean."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from gazette_reader.gui.article_model import PAGE, ROLE_ID, ArticleListModel, meta_line
from gazette_reader.gui.workers import Workers


def _rows(n: int) -> list[dict]:
    return [{"id": i, "title": f"标题{i}", "date": "2020-04-01"} for i in range(n)]


def _pager(all_rows: list[dict], calls: list[tuple[int, int]]):
    def fetch(offset: int, limit: int) -> list[dict]:
        calls.append((offset, limit))
        return all_rows[offset:offset + limit]
    return fetch


def test_model_tester_with_paging(qtmodeltester, workers: Workers) -> None:
    model = ArticleListModel(workers=workers)
    everything = _rows(PAGE * 2 + 7)
    model.show(everything[:PAGE], len(everything), _pager(everything, []))
    qtmodeltester.check(model)


def test_fetch_more_appends_pages_until_total(workers: Workers) -> None:
    model = ArticleListModel(workers=workers)
    everything, calls = _rows(PAGE * 2 + 7), []
    model.show(everything[:PAGE], len(everything), _pager(everything, calls))
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.ids() == [r["id"] for r in everything]
    assert calls == [(PAGE, PAGE), (2 * PAGE, PAGE)]
    assert model.index(5, 0).data(ROLE_ID) == 5


def test_load_all_fetches_the_rest_in_one_call(workers: Workers) -> None:
    model = ArticleListModel(workers=workers)
    everything, calls, done = _rows(PAGE + 50), [], []
    model.show(everything[:10], len(everything), _pager(everything, calls))
    model.load_all(lambda: done.append(True))
    assert done == [True] and calls == [(10, PAGE + 40)] and model.is_complete()


class _DeferredPool:
    """Holds jobs until told to run them, like a busy thread pool."""

    def __init__(self) -> None:
        self.jobs = []

    def start(self, runnable) -> None:
        self.jobs.append(runnable)


def test_a_page_for_a_replaced_list_is_dropped(qapp) -> None:
    pool = _DeferredPool()
    model = ArticleListModel(workers=Workers(pool=pool))
    old = _rows(PAGE + 5)
    model.show(old[:PAGE], len(old), _pager(old, []))
    model.fetchMore(QModelIndex())
    assert not model.canFetchMore(QModelIndex())  # one request at a time
    model.show([{"id": 999, "title": "新"}], 1, None)
    pool.jobs[0].run()
    assert model.ids() == [999]


def _ask_all_while_a_page_is_pending(first_done: int) -> ArticleListModel:
    pool = _DeferredPool()
    model = ArticleListModel(workers=Workers(pool=pool))
    everything = _rows(PAGE * 3 + 5)
    model.show(everything[:PAGE], len(everything), _pager(everything, []))
    model.fetchMore(QModelIndex())  # scrolled to the end: the next page is on its way
    model.load_all(lambda: None)  # then "select all results"
    assert len(pool.jobs) == 2
    pool.jobs.pop(first_done).run()
    pool.jobs.pop().run()
    return model


def test_select_all_while_a_page_is_pending_loads_each_row_once(qapp) -> None:
    for first_done in (0, 1):  # the page first, or the rest first
        model = _ask_all_while_a_page_is_pending(first_done)
        assert model.ids() == list(range(PAGE * 3 + 5)) and model.is_complete()


def test_meta_line_skips_missing_parts() -> None:
    assert meta_line({"date": "2020-04-01", "issue_title": "总第93期", "section": None}) == "2020-04-01 · 总第93期"
    assert meta_line({"month_day": "04-01", "place": "上街区"}) == "4月1日 · 上街区"


def test_an_uncounted_list_fetches_pages_until_one_comes_back_short(workers: Workers) -> None:
    """A search's first page shown before its count (total None): scrolling fetches pages until a short
    one ends the list; the count arriving meanwhile settles the total."""
    model = ArticleListModel(workers=workers)
    everything, calls = _rows(PAGE + 30), []
    model.show(everything[:50], None, _pager(everything, calls))
    assert model.total is None and model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.ids() == [r["id"] for r in everything] and model.total == len(everything)
    assert calls == [(50, PAGE)]
    counted = ArticleListModel(workers=workers)
    counted.show(everything[:50], None, _pager(everything, []))
    counted.set_total(len(everything))
    assert counted.total == len(everything) and not counted.is_complete()


def test_load_all_of_an_uncounted_list_asks_for_every_remaining_row(workers: Workers) -> None:
    model = ArticleListModel(workers=workers)
    everything, calls, done = _rows(PAGE + 50), [], []
    model.show(everything[:10], None, _pager(everything, calls))
    model.load_all(lambda: done.append(True))
    assert done == [True] and calls[0][0] == 10 and calls[0][1] >= len(everything) and model.is_complete()
