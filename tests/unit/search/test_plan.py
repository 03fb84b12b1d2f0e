"""The backend-neutral plan: normalised atoms, the page checked once, the parts relevance uses."""

from __future__ import annotations

import pytest

from gazette_reader.errors import QueryError
from gazette_reader.search.plan import ALL, Filter, Term, make_plan
from gazette_reader.search.query import parse


def test_a_plan_holds_normalised_atoms_and_the_page() -> None:
    plan = make_plan("區委書記 宋洁 OR 耿勇军 -疫情 日期:2020-04", limit=7, offset=14, sort="date")
    assert [[(a.node.norm if isinstance(a.node, Term) else a.node, a.negated) for a in g] for g in plan.groups] == [
        [("区委书记", False)], [("宋洁", False), ("耿勇军", False)], [("疫情", True)],
        [(Filter("date", "2020-04-01..2020-04-31"), False)]]
    assert (plan.limit, plan.offset, plan.sort, plan.by_date) == (7, 14, "date", True)
    assert plan.highlight_terms == ["区委书记", "耿勇军", "宋洁"]  # longest first
    assert plan.ranking_terms == ["区委书记", "宋洁", "耿勇军"]
    assert plan.groups == make_plan(parse("區委書記 宋洁 OR 耿勇军 -疫情 日期:2020-04")).groups


def test_ranking_leaves_out_negations_and_groups_with_filters() -> None:
    assert make_plan("会 人物:宋洁 OR 区 -洁").ranking_terms == ["会"]
    assert make_plan("栏目:工作动态").ranking_terms == []


def test_unpaged_keeps_the_order_and_drops_the_page() -> None:
    plan = make_plan("宋洁", limit=5, offset=10, sort="oldest").unpaged()
    assert (plan.limit, plan.offset, plan.sort) == (ALL, 0, "oldest")


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"sort": "title"}, "sorted by"), ({"limit": -1}, "negative"), ({"offset": -1}, "negative"),
    ({"limit": 10**10}, "at most"),
])
def test_bad_pages_are_query_errors(kwargs: dict, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        make_plan("宋洁", **kwargs)
