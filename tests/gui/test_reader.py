"""The reader marks exactly the hit text, whatever the script and however many UTF-16 units precede it."""

from __future__ import annotations

import pytest

from gazette_reader.gui.reader import Marks, ReaderView
from gazette_reader.gui.script import convert, find_all

BODY = "𠀀𠀁区委书记宋洁督导老旧小区改造提升工作。\n复工复产稳步推进，宋洁要求抓好复工复产。"
ARTICLE = {"id": 1, "title": "宋洁督导复工复产", "subtitle": None, "kicker": None, "date": "2020-04-23",
           "publication": "上街区简报", "issue_title": "2020年4月 总第93期", "section": "工作动态",
           "bylines": ["张三"], "byline_roles": [{"name": "张三", "role": "reporter"}], "body": BODY,
           "leaders": [{"name": "宋洁", "title": "区委书记"}], "projects": ["老旧小区改造"]}


@pytest.fixture
def reader(qtbot) -> ReaderView:
    view = ReaderView()
    qtbot.addWidget(view)
    return view


@pytest.mark.parametrize("script", ["simplified", "s2t", "s2tw", "s2hk"])
def test_every_hit_is_marked_exactly(reader: ReaderView, script: str) -> None:
    reader.script = script
    body_hits = find_all(BODY, "复工复产")
    reader.show_article(ARTICLE, Marks(title=find_all(ARTICLE["title"], "复工复产"), body=body_hits))
    assert reader.hit_count() == 3
    for n in range(3):
        assert reader.hit_text(n) == convert("复工复产", script)
    assert reader.current_hit == 0


def test_next_and_previous_wrap(reader: ReaderView) -> None:
    reader.show_article(ARTICLE, Marks(body=find_all(BODY, "宋洁")))
    assert reader.hit_count() == 2
    reader.next_hit()
    assert reader.current_hit == 1
    reader.next_hit()
    assert reader.current_hit == 0
    reader.previous_hit()
    assert reader.current_hit == 1
    assert "2 / 2" in reader.hit_label.text()


def test_tag_links_request_filters(reader: ReaderView, qtbot) -> None:
    reader.show_article(ARTICLE)
    targets = reader.link_targets()
    assert ("leader", "宋洁") in targets and ("project", "老旧小区改造") in targets
    index = targets.index(("project", "老旧小区改造"))
    with qtbot.waitSignal(reader.filter_requested) as signal:
        reader.browser.anchorClicked.emit(f"tag:{index}")
    assert signal.args == ["project", "老旧小区改造"]


def test_header_and_body_are_shown(reader: ReaderView) -> None:
    reader.show_article(ARTICLE)
    text = reader.browser.toPlainText()
    for part in ("宋洁督导复工复产", "2020年4月 总第93期", "工作动态", "张三", "稳步推进"):
        assert part in text
    assert reader.hit_count() == 0 and reader.hit_label.text() == ""


def test_zoom_changes_size_within_bounds(reader: ReaderView) -> None:
    reader.show_article(ARTICLE)
    size = reader.font_size
    reader.zoom(2)
    assert reader.font_size == size + 2
    reader.zoom(-100)
    assert reader.font_size == 6


def test_out_of_range_marks_are_ignored(reader: ReaderView) -> None:
    reader.show_article(ARTICLE, Marks(body=[(5, 3), (0, 10_000), (-1, 2)]))
    assert reader.hit_count() == 0
