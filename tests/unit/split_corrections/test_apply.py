"""Applying split corrections to a parse: each action, anchors that survive a parser change, and the
no-loss invariant (every character of the source in exactly one place) after any correction."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.model import ParsedArticle, ParsedIssue, accounted_text
from gazette_reader.ingest.parse import parse_text
from gazette_reader.split_corrections.anchors import Anchor, anchor_of, find, locate
from gazette_reader.split_corrections.apply import Correction, apply_corrections, check, nonspace
from tests.conftest import SEEDS

TEXT = ("区委召开常委会议\n\n4月3日，区委书记宋洁主持召开\n常委会议。\n会议研究了老旧小区改造。\n"
        "区长调研防汛工作\n4月5日，区长耿勇军到\n河道调研防汛。\n他要求压实责任。\n（区水利局）\n"
        "街道开展清洁行动\n4月8日，中心路街道开展全城清洁行动。\n")


def _article(title: str, paragraphs: list[str], unit: str | None = None) -> ParsedArticle:
    """An article of TEXT with its real span (from its title to past its last paragraph or unit)."""
    start = TEXT.index(title)
    last = unit or paragraphs[-1][-6:]
    end = TEXT.index(last, start) + len(last)
    return ParsedArticle(title=title, body="\n".join(paragraphs), span=(start, end), source_unit_raw=unit,
                         source_unit=unit.strip("（）") if unit else None)


def issue() -> ParsedIssue:
    """TEXT as a parser that missed one headline (区长调研防汛工作 is a paragraph of the first article)."""
    first = _article("区委召开常委会议", ["4月3日，区委书记宋洁主持召开常委会议。", "会议研究了老旧小区改造。",
                                         "区长调研防汛工作", "4月5日，区长耿勇军到河道调研防汛。", "他要求压实责任。"],
                     "（区水利局）")
    second = _article("街道开展清洁行动", ["4月8日，中心路街道开展全城清洁行动。"])
    return ParsedIssue(layout="worklog", articles=[first, second], year=2020, month=4)


def anchor(parsed: ParsedIssue, index: int) -> Anchor:
    article = parsed.articles[index]
    return anchor_of(article.title, article.body, article.span, index)


def split(parsed: ParsedIssue, index: int, at: int, cid: int = 1, title: str | None = None) -> Correction:
    """A split correction as ``store.record_split`` makes it (``at`` is 1-based)."""
    paragraphs = parsed.articles[index].body.split("\n")
    start, end = parsed.articles[index].span
    return Correction(cid, "split", anchor(parsed, index), {
        "at": at, "paragraph": paragraphs[at - 1], "before": paragraphs[at - 2],
        "offset": locate(TEXT, paragraphs[at - 1], start, end), "title": title})


def assert_lossless(parsed: ParsedIssue, applied) -> None:
    assert check(parsed, applied)
    assert nonspace([TEXT]) + nonspace(applied.typed) == nonspace(accounted_text(applied.issue))


def test_a_split_makes_the_paragraph_the_new_title_and_keeps_every_character() -> None:
    parsed = issue()
    applied = apply_corrections(parsed, TEXT, [split(parsed, 0, 3)])
    first, new, last = applied.issue.articles
    assert (first.title, first.body) == ("区委召开常委会议", "4月3日，区委书记宋洁主持召开常委会议。\n会议研究了老旧小区改造。")
    assert (new.title, new.body) == ("区长调研防汛工作", "4月5日，区长耿勇军到河道调研防汛。\n他要求压实责任。")
    assert (new.month, new.day, new.year) == (4, 5, 2020)
    assert new.source_unit == "区水利局" and first.source_unit is None  # the unit ends the second part
    assert TEXT[new.span[0]:].startswith("区长调研防汛工作") and first.span == (parsed.articles[0].span[0], new.span[0])
    assert applied.targets == {1: [0, 1]} and applied.corrected == [0, 1] and applied.skipped == []
    assert last.title == "街道开展清洁行动"
    assert_lossless(parsed, applied)
    assert len(parsed.articles) == 2  # the input parse is left as it was


def test_a_split_with_a_typed_title_keeps_the_paragraph_in_the_body() -> None:
    parsed = issue()
    applied = apply_corrections(parsed, TEXT, [split(parsed, 0, 4, title="耿勇军调研防汛")])
    new = applied.issue.articles[1]
    assert new.title == "耿勇军调研防汛" and new.body.startswith("4月5日，区长耿勇军")
    assert applied.issue.articles[0].body.endswith("区长调研防汛工作")
    assert_lossless(parsed, applied)


def test_merge_undoes_a_split() -> None:
    parsed = issue()
    once = apply_corrections(parsed, TEXT, [split(parsed, 0, 3)]).issue
    merge = Correction(2, "merge", anchor(once, 0), {"next": anchor(once, 1).to_json()})
    applied = apply_corrections(parsed, TEXT, [split(parsed, 0, 3), merge])
    assert [a.body for a in applied.issue.articles] == [a.body for a in parsed.articles]
    assert applied.issue.articles[0].source_unit == "区水利局"
    assert applied.targets == {1: [0], 2: [0]}
    assert_lossless(parsed, applied)


def test_merge_puts_the_second_title_and_a_unit_between_them_in_the_body() -> None:
    parsed = issue()
    merge = Correction(1, "merge", anchor(parsed, 0), {"next": anchor(parsed, 1).to_json()})
    applied = apply_corrections(parsed, TEXT, [merge])
    (merged,) = applied.issue.articles
    assert merged.body.endswith("他要求压实责任。\n（区水利局）\n街道开展清洁行动\n4月8日，中心路街道开展全城清洁行动。")
    assert merged.source_unit is None and merged.span == (parsed.articles[0].span[0], parsed.articles[1].span[1])
    assert_lossless(parsed, applied)


def test_an_edited_title_keeps_the_old_one_with_the_furniture_and_dates_and_labels_change() -> None:
    parsed = issue()
    edit = Correction(1, "edit", anchor(parsed, 1), {"title": "中心路街道清洁行动", "subtitle": "全城清洁",
                                                     "date": "2020-04-09", "section": "工作动态", "kind": "brief"})
    applied = apply_corrections(parsed, TEXT, [edit])
    article = applied.issue.articles[1]
    assert (article.title, article.subtitle, article.section, article.kind) == ("中心路街道清洁行动", "全城清洁", "工作动态", "brief")
    assert (article.year, article.month, article.day) == (2020, 4, 9)
    assert applied.issue.furniture == ["街道开展清洁行动"] and applied.typed == ["全城清洁"]
    assert applied.corrected == [1]
    assert_lossless(parsed, applied)
    again = Correction(2, "edit", anchor(applied.issue, 1), {"title": "再改", "subtitle": ""})
    twice = apply_corrections(parsed, TEXT, [edit, again])
    assert twice.issue.articles[1].title == "再改" and twice.issue.articles[1].subtitle is None
    assert twice.issue.furniture == ["街道开展清洁行动"] and twice.typed == []  # typed text is no source text
    assert_lossless(parsed, twice)


def moved_boundary() -> ParsedIssue:
    """A 'better parser': it found the missed headline, and took the unit into the last article."""
    first = _article("区委召开常委会议", ["4月3日，区委书记宋洁主持召开常委会议。", "会议研究了老旧小区改造。"])
    second = _article("区长调研防汛工作", ["4月5日，区长耿勇军到河道调研防汛。", "他要求压实责任。"])
    third = _article("街道开展清洁行动", ["（区水利局）", "4月8日，中心路街道开展全城清洁行动。"])
    second.span = (second.span[0], TEXT.index("（区水利局）"))
    return ParsedIssue(layout="worklog", articles=[first, second, third], year=2020, month=4)


def test_an_edit_finds_its_article_after_the_parser_moved_boundaries() -> None:
    parsed, better = issue(), moved_boundary()
    edit = Correction(1, "edit", anchor(parsed, 1), {"title": "中心路街道清洁行动"})
    applied = apply_corrections(better, TEXT, [edit])
    assert [a.title for a in applied.issue.articles] == ["区委召开常委会议", "区长调研防汛工作", "中心路街道清洁行动"]
    assert applied.targets == {1: [2]}


def test_a_split_the_parser_has_learned_changes_nothing() -> None:
    parsed, better = issue(), moved_boundary()
    applied = apply_corrections(better, TEXT, [split(parsed, 0, 3)])
    assert [a.body for a in applied.issue.articles] == [a.body for a in better.articles]
    assert applied.targets == {1: [1]} and applied.skipped == []


def test_a_split_follows_its_paragraph_into_another_article() -> None:
    """The new parser put the paragraph in the next article: the split is made there."""
    parsed = issue()
    correction = split(parsed, 0, 5)  # 他要求压实责任。 starts a new article
    shifted = issue()
    first, second = shifted.articles
    paragraphs = first.body.split("\n")
    first.body, second.body = "\n".join(paragraphs[:3]), "\n".join([*paragraphs[3:], second.body])
    second.title = ""
    applied = apply_corrections(shifted, TEXT, [correction])
    assert [a.title for a in applied.issue.articles] == ["区委召开常委会议", "", "他要求压实责任。"]
    assert applied.targets == {1: [1, 2]}


def test_a_split_falls_back_to_the_paragraphs_offset_when_its_text_changed() -> None:
    parsed = issue()
    correction = split(parsed, 0, 4)
    reflowed = issue()
    paragraphs = reflowed.articles[0].body.split("\n")
    paragraphs[3:] = ["".join(paragraphs[3:])]  # another reflow joined two paragraphs: same start offset
    reflowed.articles[0].body = "\n".join(paragraphs)
    applied = apply_corrections(reflowed, TEXT, [correction])
    assert applied.issue.articles[1].title == "4月5日，区长耿勇军到河道调研防汛。他要求压实责任。"
    assert applied.targets == {1: [0, 1]}


def test_a_correction_whose_article_is_gone_is_skipped_and_the_rest_apply() -> None:
    parsed = issue()
    lost = Correction(1, "edit", Anchor(9999, 9999, "没有这篇", "没有这样的正文开头的文章啊啊", 7), {"title": "x"})
    kept = Correction(2, "edit", anchor(parsed, 0), {"section": "要闻"})
    applied = apply_corrections(parsed, TEXT, [lost, kept])
    assert applied.skipped == [1] and applied.targets == {2: [0]}
    assert applied.issue.articles[0].section == "要闻"


def test_a_faulty_correction_is_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    parsed = issue()
    broken = Correction(1, "edit", anchor(parsed, 0), {"date": "not-a-date"})
    applied = apply_corrections(parsed, TEXT, [broken])
    assert applied.skipped == [1] and "could not be applied" in caplog.text


def test_a_layout_correction_marks_every_article() -> None:
    parsed = issue()
    applied = apply_corrections(parsed, TEXT, [Correction(1, "layout", None, {"layout": "worklog"})], layout="worklog")
    assert applied.corrected == [0, 1] and applied.targets == {1: [0, 1]}


def test_find_prefers_the_title_and_the_start_and_needs_enough_agreement() -> None:
    parsed = issue()
    first = parsed.articles[0]
    assert find(parsed.articles, anchor(parsed, 1)) == 1
    assert find(parsed.articles, Anchor(first.span[0], first.span[1], "", "", 5)) == 0  # start + overlap
    assert find(parsed.articles, Anchor(-5, -1, "", "", 0)) is None


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_every_split_and_merge_of_the_seeds_keeps_every_character(path) -> None:
    text = path.read_text(encoding="utf-8")
    parsed = parse_text(text, name=path.name)
    for index, article in enumerate(parsed.articles):
        paragraphs = article.body.split("\n")
        for at in range(2, len(paragraphs) + 1):
            correction = Correction(1, "split", anchor_of(article.title, article.body, article.span, index),
                                    {"at": at, "paragraph": paragraphs[at - 1], "before": paragraphs[at - 2],
                                     "offset": locate(text, paragraphs[at - 1], *article.span), "title": None})
            applied = apply_corrections(parsed, text, [correction])
            assert applied.targets.get(1) and check(parsed, applied), (index, at)
        if index + 1 < len(parsed.articles):
            following = parsed.articles[index + 1]
            merge = Correction(2, "merge", anchor_of(article.title, article.body, article.span, index),
                               {"next": anchor_of(following.title, following.body, following.span, index + 1).to_json()})
            applied = apply_corrections(parsed, text, [merge])
            assert applied.targets == {2: [index]} and len(applied.issue.articles) == len(parsed.articles) - 1
            assert check(parsed, applied)
