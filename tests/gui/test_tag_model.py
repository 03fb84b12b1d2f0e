"""Leaders/projects table model and its filter proxy."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gazette_reader.gui.tag_model import ROLE_NAME, TagFilterProxy, TagModel, latest_title
from gazette_reader.tagging.summaries import TagSummary, TitleSpan



def _leader(name: str, titles: list[tuple[str, str, str]], articles: int) -> TagSummary:
    spans = tuple(TitleSpan(*t) for t in titles)
    dates = [d for t in titles for d in t[1:]]
    text = " ".join([name, *(t[0] for t in titles)]).casefold()
    return TagSummary(name, articles, min(dates, default=None), max(dates, default=None), spans, filter_text=text)


def _project(name: str, aliases: list[str], articles: int) -> TagSummary:
    return TagSummary(name, articles, None, None, aliases=tuple(aliases),
                      filter_text=" ".join([name, *aliases]).casefold())


LEADERS = [_leader("宋洁", [("区长", "2019-01-01", "2019-06-01"), ("区委书记", "2020-01-01", "2020-05-10")], 9),
           _leader("耿勇军", [("区长", "2020-04-01", "2020-05-10")], 12),
           _leader("张三", [], 2)]
PROJECTS = [_project("老旧小区改造", ["老旧小区综合改造"], 4), _project("三送一强", [], 10)]


@pytest.mark.parametrize("entity,rows", [("leader", LEADERS), ("project", PROJECTS)])
def test_model_tester(qtmodeltester, entity: str, rows: list[dict]) -> None:
    model = TagModel(entity=entity)
    model.set_rows(rows)
    qtmodeltester.check(model)
    proxy = TagFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_leader_columns_show_latest_title_and_count() -> None:
    model = TagModel(entity="leader")
    model.set_rows(LEADERS)
    assert [model.index(0, c).data() for c in range(3)] == ["宋洁", "区委书记", "9"]
    assert model.index(2, 1).data() == ""


@pytest.mark.parametrize("text,expected", [
    ("", ["宋洁", "耿勇军", "张三"]),
    ("宋", ["宋洁"]),
    ("区长", ["宋洁", "耿勇军"]),   # matches any title held, not only the latest
    ("李", []),
])
def test_filter_matches_name_and_titles(text: str, expected: list[str]) -> None:
    model = TagModel(entity="leader")
    model.set_rows(LEADERS)
    proxy = TagFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text(text)
    assert [proxy.index(r, 0).data(ROLE_NAME) for r in range(proxy.rowCount())] == expected


def test_project_filter_matches_aliases_and_count_sorts_numerically() -> None:
    model = TagModel(entity="project")
    model.set_rows(PROJECTS)
    proxy = TagFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(2)] == ["三送一强", "老旧小区改造"]  # 10 > 4 numerically
    proxy.set_text("综合改造")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["老旧小区改造"]


def test_latest_title_and_unknown_entity() -> None:
    assert latest_title(LEADERS[0]) == "区委书记"
    assert latest_title(LEADERS[2]) == ""
    with pytest.raises(ValueError):
        TagModel(entity="place")


@pytest.mark.parametrize("column,order,expected", [
    (2, Qt.SortOrder.DescendingOrder, ["耿勇军", "宋洁", "张三"]),
    (2, Qt.SortOrder.AscendingOrder, ["张三", "宋洁", "耿勇军"]),
    (0, Qt.SortOrder.AscendingOrder, sorted(["宋洁", "耿勇军", "张三"])),
    (1, Qt.SortOrder.DescendingOrder, ["耿勇军", "宋洁", "张三"]),  # 区长 > 区委书记 > (none), code points
])
def test_model_sorts_itself_and_keeps_the_order_on_reload(column: int, order: Qt.SortOrder,
                                                          expected: list[str]) -> None:
    model = TagModel(entity="leader")
    proxy = TagFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(column, order)
    model.set_rows(LEADERS)
    assert [proxy.index(r, 0).data(ROLE_NAME) for r in range(3)] == expected
    model.set_rows(list(reversed(LEADERS)))
    assert model.names() == expected


def test_sorting_keeps_the_selected_row(qtmodeltester) -> None:
    from PySide6.QtCore import QPersistentModelIndex

    model = TagModel(entity="leader")
    model.set_rows(LEADERS)
    kept = QPersistentModelIndex(model.index(2, 1))  # 张三, as a view's selection holds it
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert kept.row() == 2 and kept.column() == 1 and model.index(kept.row(), 0).data() == "张三"
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.index(kept.row(), 0).data() == "张三"
    qtmodeltester.check(model)


def test_filter_moves_the_selected_row_and_drops_it_when_filtered_out(qtmodeltester) -> None:
    from PySide6.QtCore import QPersistentModelIndex

    model = TagModel(entity="leader")
    model.set_rows(LEADERS)
    kept = QPersistentModelIndex(model.index(1, 0))  # 耿勇军
    model.set_filter("耿")
    assert model.names() == ["宋洁", "耿勇军", "张三"] and model.rowCount() == 1
    assert kept.row() == 0 and kept.data() == "耿勇军"
    qtmodeltester.check(model)
    model.set_filter("宋")
    assert not kept.isValid()
    model.set_rows(LEADERS)  # a reload keeps the filter
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["宋洁"]


def test_filter_matches_the_casefolded_text_the_worker_prepared() -> None:
    model = TagModel(entity="project")
    model.set_rows([_project("ABC 改造", ["Xyz"], 1), *PROJECTS])
    model.set_filter("xYZ")
    assert model.names()[0] == "ABC 改造" and [model.index(0, 0).data()] == ["ABC 改造"]
    model.set_filter("三送")
    assert model.rowCount() == 1 and model.index(0, 0).data() == "三送一强"


def test_tags_task_sorts_by_count_then_name(seeded) -> None:
    from gazette_reader.gui.tasks import tags

    leaders, projects = tags(seeded)
    assert [(r.name, r.articles) for r in leaders] == [(r["name"], r["articles"]) for r in seeded.leaders()]
    assert [r.project_dict() for r in projects] == seeded.projects()
    assert all(r.filter_text == r.filter_text.casefold() and r.name in r.filter_text for r in leaders)
