"""The query language: what each string parses to, and the readable errors for malformed ones."""

from __future__ import annotations

import pytest

from gazette_reader.errors import QueryError
from gazette_reader.search.query import MAX_ATOMS, MAX_QUERY_CHARS, Atom, Filter, Term, parse


def t(text: str, norm: str | None = None, negated: bool = False) -> Atom:
    return Atom(Term(text, norm if norm is not None else text), negated)


def f(field: str, value: str, negated: bool = False) -> Atom:
    return Atom(Filter(field, value), negated)


@pytest.mark.parametrize(
    ("query", "groups"),
    [
        ("宋洁", [[t("宋洁")]]),
        ("宋洁 老旧小区", [[t("宋洁")], [t("老旧小区")]]),
        ("宋洁 OR 耿勇军", [[t("宋洁"), t("耿勇军")]]),
        ("建设 宋洁 OR 耿勇军 -疫情", [[t("建设")], [t("宋洁"), t("耿勇军")], [t("疫情", negated=True)]]),
        ("a OR b OR c", [[t("a"), t("b"), t("c")]]),
        ("宋洁 or 耿勇军", [[t("宋洁")], [t("or")], [t("耿勇军")]]),
        ('"OR"', [[t("OR", "or")]]),
        ('"4 月 3 日"', [[t("4 月 3 日", "4月3日")]]),
        ("“老旧 小区”", [[t("老旧 小区", "老旧小区")]]),
        ('-"三项 工程"', [[t("三项 工程", "三项工程", negated=True)]]),
        ("區委書記", [[t("區委書記", "区委书记")]]),
        ("ＡＢＣ", [[t("ＡＢＣ", "abc")]]),
        ("5G", [[t("5G", "5g")]]),
        ("10:30", [[t("10:30")]]),
        ("foo:bar", [[t("foo:bar")]]),
        ("人物:宋洁", [[f("leader", "宋洁")]]),
        ("leader:宋潔", [[f("leader", "宋洁")]]),
        ("项目:老旧小区改造", [[f("project", "老旧小区改造")]]),
        ("project:\"老旧 小区\"", [[f("project", "老旧小区")]]),
        ("栏目：工作动态", [[f("section", "工作动态")]]),
        ("欄目:工作動態", [[f("section", "工作动态")]]),
        ("section:工作动态", [[f("section", "工作动态")]]),
        ("地区:二七区", [[f("place", "二七区")]]),
        ("place:二七区 -栏目:本月关注", [[f("place", "二七区")], [f("section", "本月关注", True)]]),
        ("日期:2020-04", [[f("date", "2020-04-01..2020-04-31")]]),
        ("日期:2020", [[f("date", "2020-01-01..2020-12-31")]]),
        ("date:2020-02", [[f("date", "2020-02-01..2020-02-31")]]),
        ("日期:2020-4-1", [[f("date", "2020-04-01..2020-04-01")]]),
        ("日期:2020-04-01..2020-06-30", [[f("date", "2020-04-01..2020-06-30")]]),
        ("日期:2020-04..", [[f("date", "2020-04-01..")]]),
        ("日期:..2020-06", [[f("date", "..2020-06-31")]]),
        ("日期:2020/04..2020/06", [[f("date", "2020-04-01..2020-06-31")]]),
        ("宋洁 OR 栏目:工作动态", [[t("宋洁"), f("section", "工作动态")]]),
        ("  -  宋洁 ", [[t("-")], [t("宋洁")]]),
        ("宋洁 \u200b", [[t("宋洁")]]),  # an invisible word is no word
    ],
)
def test_parse(query: str, groups: list[list[Atom]]) -> None:
    assert [list(g) for g in parse(query).groups] == groups


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("OR 宋洁", "OR must stand between"),
        ("宋洁 OR", "OR must stand between"),
        ("宋洁 OR OR 耿勇军", "OR must stand between"),
        ('"宋洁', "never closed"),
        ('""', "empty quoted term"),
        ('" "', "empty quoted term"),
        ("“”", "empty quoted term"),
        ("\u200b", "The query is empty"),  # nothing was quoted: the empty-query sentence
        ("\u200b \ufeff", "The query is empty"),
        ("人物:", "needs a value"),
        ('栏目:""', "needs a value"),
        ("日期:abc", "is not a date"),
        ("日期:2020-13", "not a valid date"),
        ("日期:2020-02-30", "not a valid date"),
        ("日期:..", "has no dates"),
        ("日期:2020-06..2020-04", "ends before it starts"),
    ],
)
def test_parse_errors(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse(query)


def test_highlight_terms_are_positive_terms_longest_first() -> None:
    query = parse("宋洁 OR 区委书记宋洁 -疫情 栏目:工作动态 洁")
    assert query.highlight_terms == ["区委书记宋洁", "宋洁", "洁"]


@pytest.mark.parametrize(
    ("query", "groups"),
    [
        # A Chinese-quoted whole word groups like ASCII quotes; the marks are not searched for.
        ("“美丽上街”", [[t("美丽上街")]]),
        ("“美丽上街” 建设", [[t("美丽上街")], [t("建设")]]),
        ("-“美丽上街”", [[t("美丽上街", negated=True)]]),
        ("栏目:“工作动态”", [[f("section", "工作动态")]]),
        # Touching other characters of the word, the marks are characters of the term (pasted text).
        ("“美丽上街”建设", [[t("“美丽上街”建设")]]),
        ("开展“全城清洁”行动", [[t("开展“全城清洁”行动")]]),
        ("“美丽", [[t("“美丽")]]),
        ("美丽”", [[t("美丽”")]]),
        ("”美丽上街”", [[t("”美丽上街”")]]),  # only “ opens a quotation
        ("“", [[t("“")]]),
        ("“老旧 小区”建设", [[t("“老旧")], [t("小区”建设")]]),
        ("栏目:“工作”动态", [[f("section", "“工作”动态")]]),
        ("-“美丽", [[t("“美丽", negated=True)]]),
        # ASCII quotes always group, whatever follows.
        ('"美丽上街"建设', [[t("美丽上街")], [t("建设")]]),
    ],
)
def test_chinese_quotes_group_only_a_whole_word(query: str, groups: list[list[Atom]]) -> None:
    assert [list(g) for g in parse(query).groups] == groups


def test_size_caps() -> None:
    assert len(parse(" ".join(["宋洁"] * MAX_ATOMS)).groups) == MAX_ATOMS
    assert parse("宋" * MAX_QUERY_CHARS).groups
    with pytest.raises(QueryError, match=f"97 terms and filters; at most {MAX_ATOMS}"):
        parse("宋洁 " + " ".join(["-疫情"] * 96))
    with pytest.raises(QueryError, match=f"at most {MAX_ATOMS}"):
        parse(" OR ".join(["栏目:工作动态"] * (MAX_ATOMS + 1)))
    with pytest.raises(QueryError, match=f"at most {MAX_QUERY_CHARS:,}"):
        parse("宋" * (MAX_QUERY_CHARS + 1))


@pytest.mark.parametrize(("query", "zh"), [
    ("宋洁 OR", "宋洁 OR 耿勇军"), ("人物:", "人物:宋洁"), ("日期:2020-13", "2020-04..2020-06"), ("", "栏目:工作动态"),
    ('"宋洁', "引号"), ("宋洁 " * 65, "64"),
])
def test_errors_have_a_chinese_twin_with_the_same_examples(query: str, zh: str) -> None:
    with pytest.raises(QueryError) as error:
        parse(query)
    assert zh in error.value.zh and error.value.text("zh_CN") == error.value.zh
