"""The reader marks exactly the hit text, whatever the script and however many UTF-16 units precede it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFont, QPalette, QTextCursor, QTextFormat

from gazette_reader.gui.colours import secondary_text
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


def test_next_and_previous_go_on_to_the_next_article_at_the_ends(reader: ReaderView, qtbot) -> None:
    reader.show_article(ARTICLE, Marks(body=find_all(BODY, "宋洁")))
    assert reader.hit_count() == 2
    reader.next_hit()
    assert reader.current_hit == 1
    with qtbot.waitSignal(reader.past_end) as past:
        reader.next_hit()
    assert past.args == [1] and reader.current_hit == 1
    reader.previous_hit()
    assert reader.current_hit == 0
    with qtbot.waitSignal(reader.past_end) as past:
        reader.previous_hit()
    assert past.args == [-1]
    assert "1 / 2" in reader.hit_label.text()


def test_tag_links_request_filters(reader: ReaderView, qtbot) -> None:
    reader.show_article(ARTICLE)
    targets = reader.link_targets()
    assert ("leader", "宋洁") in targets and ("project", "老旧小区改造") in targets
    index = targets.index(("project", "老旧小区改造"))
    with qtbot.waitSignal(reader.filter_requested) as signal:
        reader.browser.anchorClicked.emit(f"tag:{index}")
    assert signal.args == ["project", "老旧小区改造", False]


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


def dark_palette(base: QPalette) -> QPalette:
    """A dark theme as a desktop might switch to it while the app runs."""
    palette = QPalette(base)
    role = QPalette.ColorRole
    for which, colour in ((role.Window, "#2b2b2b"), (role.Base, "#1e1e1e"), (role.Text, "#e0e0e0"),
                          (role.WindowText, "#e0e0e0"), (role.Link, "#6cb4ff"), (role.PlaceholderText, "#909090"),
                          (role.Highlight, "#2a82da"), (role.HighlightedText, "#ffffff")):
        palette.setColor(which, QColor(colour))
    return palette


def char_colours(reader: ReaderView, *, anchors: bool) -> set[str]:
    """Foreground colours of the document's link fragments (or of its other coloured fragments)."""
    found = set()
    block = reader.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor() == anchors and fmt.hasProperty(QTextFormat.Property.ForegroundBrush):
                found.add(fmt.foreground().color().name())
            it += 1
        block = block.next()
    return found


def test_a_theme_switch_renders_links_and_grey_in_the_new_palette(reader: ReaderView, qapp, qtbot) -> None:
    reader.show_article(ARTICLE)
    light = qapp.palette()
    assert char_colours(reader, anchors=True) == {light.color(QPalette.ColorRole.Link).name()}
    dark = dark_palette(light)
    qapp.setPalette(dark)  # the widgets hear of it through posted events
    try:
        qtbot.waitUntil(lambda: char_colours(reader, anchors=True) == {"#6cb4ff"}, timeout=2000)
        assert secondary_text(dark).name() in char_colours(reader, anchors=False)
    finally:
        qapp.setPalette(light)
    qtbot.waitUntil(lambda: char_colours(reader, anchors=True) == {light.color(QPalette.ColorRole.Link).name()},
                    timeout=2000)


def first_char_format(reader: ReaderView):
    cursor = QTextCursor(reader.browser.document())
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    return cursor.charFormat()


@pytest.mark.parametrize("notice", ["", "没有找到与“龘”匹配的文章。"])
def test_the_empty_reader_speaks_in_body_text(reader: ReaderView, notice: str) -> None:
    reader.show_article(ARTICLE)
    reader.clear(notice) if notice else reader.clear()
    assert reader.article is None and reader.hit_count() == 0
    assert reader.browser.toPlainText() == (notice or "选择左侧的简报或文章，或在上方输入检索词。")
    fmt = first_char_format(reader)
    assert fmt.fontWeight() == QFont.Weight.Normal and fmt.fontPointSize() == reader.font_size  # not the title's
