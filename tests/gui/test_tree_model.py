"""The lazy issue tree over a seeded library."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from gazette_reader.gui.tree_model import ROLE_ARTICLE_ID, ROLE_FILTERS, ROLE_KIND, IssueTreeModel


def _fetch_all(model: IssueTreeModel, parent: QModelIndex = QModelIndex()) -> int:
    """Open every node like a user expanding everything; returns the number of article leaves."""
    while model.canFetchMore(parent):
        model.fetchMore(parent)
    articles = 0
    for row in range(model.rowCount(parent)):
        child = model.index(row, 0, parent)
        if child.data(ROLE_KIND) == "article":
            articles += 1
        else:
            articles += _fetch_all(model, child)
    return articles


def test_passes_model_tester_fully_expanded(qtmodeltester, seeded) -> None:
    model = IssueTreeModel(library=seeded)
    _fetch_all(model)
    qtmodeltester.check(model)


def test_is_lazy_until_opened(seeded) -> None:
    model = IssueTreeModel(library=seeded)
    assert model.rowCount() == 0 and model.hasChildren() and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    publications = model.rowCount()
    assert publications == len(seeded.tree_publications())
    first = model.index(0, 0)
    assert model.rowCount(first) == 0 and model.hasChildren(first)


def test_every_article_appears_once_and_counts_add_up(seeded) -> None:
    model = IssueTreeModel(library=seeded)
    assert _fetch_all(model) == seeded.counts()["articles"]
    total = sum(int(model.index(r, 1).data()) for r in range(model.rowCount()))
    assert total == seeded.counts()["articles"]


def test_unknown_year_label_and_filters(seeded) -> None:
    model = IssueTreeModel(library=seeded)
    _fetch_all(model)
    labels = {}
    for row in range(model.rowCount()):
        pub = model.index(row, 0)
        for year_row in range(model.rowCount(pub)):
            year = model.index(year_row, 0, pub)
            labels[year.data()] = year.data(ROLE_FILTERS)
    unknown = [filters for label, filters in labels.items() if label == "年份不详"]
    assert unknown and all(f["year"] is None and f["all_years"] is False for f in unknown)
    for label, filters in labels.items():
        assert seeded.count_headers(**filters) > 0, label


def test_article_leaf_carries_its_id(seeded) -> None:
    model = IssueTreeModel(library=seeded)
    _fetch_all(model)
    leaves = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            child = model.index(row, 0, parent)
            if child.data(ROLE_KIND) == "article":
                leaves.append(child.data(ROLE_ARTICLE_ID))
                assert not model.hasChildren(child)
            walk(child)

    walk(QModelIndex())
    assert sorted(leaves) == sorted(seeded.article_ids())


def test_refresh_resets_to_lazy(seeded) -> None:
    model = IssueTreeModel(library=seeded)
    _fetch_all(model)
    model.refresh()
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())


def test_a_year_s_issues_come_in_batches_as_the_view_scrolls(qtmodeltester, seeded, monkeypatch) -> None:
    """A daily paper's year holds thousands of issues: they are fetched ``ISSUE_BATCH`` at a time, in the
    same order as all at once, and the model stays valid between batches."""
    from gazette_reader.gui import tree_model

    whole = IssueTreeModel(library=seeded)
    _fetch_all(whole)
    years = [whole.index(y, 0, whole.index(p, 0)) for p in range(whole.rowCount())
             for y in range(whole.rowCount(whole.index(p, 0)))]
    year = max(years, key=whole.rowCount)
    expected = [whole.index(r, 0, year).data() for r in range(whole.rowCount(year))]
    assert len(expected) >= 2
    monkeypatch.setattr(tree_model, "ISSUE_BATCH", 1)
    model = IssueTreeModel(library=seeded)
    path = whole.path_of(year)
    index = model.find_path(path)
    model.fetchMore(index)
    assert model.rowCount(index) == 1 and model.canFetchMore(index)
    qtmodeltester.check(model)
    while model.canFetchMore(index):
        model.fetchMore(index)
    assert [model.index(r, 0, index).data() for r in range(model.rowCount(index))] == expected


def test_tree_issues_pages_partition_the_year(seeded) -> None:
    pub = seeded.tree_publications()[0]["id"]
    for year in seeded.tree_years(pub):
        every = seeded.tree_issues(pub, year["year"])
        pages = [seeded.tree_issues(pub, year["year"], limit=2, offset=n) for n in range(0, len(every) + 2, 2)]
        assert [i for page in pages for i in page] == every
