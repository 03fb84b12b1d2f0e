"""Page furniture in plain text: page numbers and running heads blanked, content never taken."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gazette_reader.ingest.lines import split_lines
from gazette_reader.ingest.pages import blank_page_furniture
from gazette_reader.ingest.parse import parse_text

PARAGRAPH = ["　　10月23日上午，区委常委会召开扩大会议，传达学习", "省委全会精神。区委书记宋洁主持会议并讲话。"]


def blanked(text: str) -> list[str]:
    """The texts of the lines taken out of ``text`` as furniture; every other line of text is kept,
    at its own offset."""
    lines, gone = blank_page_furniture(split_lines(text))
    original = {(ln.start, ln.text) for ln in split_lines(text) if ln.text}
    kept = {(ln.start, ln.text) for ln in lines if ln.text}
    assert kept <= original
    assert sorted(text for _, text in original - kept) == sorted(gone)
    return gone


@pytest.mark.parametrize("number", ["- 3 -", "— 3 —", "－3－", "―3―", "第3页", "第 3 页 共 8 页", "3/8", "~ 3 ~",
                                    "Page 3", "  — 12 —  ", "P. 345", "p.12"])
def test_a_decorated_page_number_is_blanked_anywhere(number: str) -> None:
    text = "\n".join(["工作动态", PARAGRAPH[0], "", number, "", PARAGRAPH[1]])
    assert blanked(text) == [number.strip()]


@pytest.mark.parametrize("line", ["3", "2024", "一、重要会议", "（3）", "第3期", "2024年3月5日", "3月5日", "- 3", "共8页",
                                  "第三页"])
def test_content_and_lone_numbers_are_kept(line: str) -> None:
    assert blanked("\n".join([PARAGRAPH[0], "", line, "", PARAGRAPH[1]])) == []


def pages(numbers: list[str], lines_per_page: int = 10, feed: str = "") -> str:
    """A text of pages of paragraph lines, each page ended by a gap and its number."""
    out = ["工作简报"]
    for number in numbers:
        out += [f"第{number}页的一行文字，写满了内容。"] * lines_per_page + ["", number, feed]
    return "\n".join(out)


def test_bare_numbers_counting_pages_are_blanked() -> None:
    assert blanked(pages(["1", "2", "3"])) == ["1", "2", "3"]


@pytest.mark.parametrize(("numbers", "per_page"), [(["1", "2"], 10), (["1", "3", "4"], 10), (["1", "2", "3"], 2)])
def test_bare_numbers_that_do_not_count_pages_are_kept(numbers: list[str], per_page: int) -> None:
    """Two alone, a skip, or a number every few lines (a numbered list, a table's rows)."""
    assert blanked(pages(numbers, per_page)) == []


def test_the_printed_page_number_under_a_page_label_goes_with_it() -> None:
    """An ebook's page label and the page's printed number under it (``P. 346`` / ``320``): both the
    page's; a bare number under a printed page number (a 大事记's day) stays."""
    text = "\n".join([PARAGRAPH[0], "", "P. 346", "", "  320", PARAGRAPH[1], "", "- 3 -", "", "4", PARAGRAPH[0]])
    assert blanked(text) == ["P. 346", "320", "- 3 -"]


def test_a_bare_number_before_a_form_feed_is_a_page_number() -> None:
    text = "\n".join([PARAGRAPH[0], "", "1", "\f" + PARAGRAPH[1]])
    assert blanked(text) == ["1"]


def test_a_running_head_repeated_at_the_page_breaks_is_blanked_and_the_masthead_kept() -> None:
    text = "\n".join(["城关镇工作简报", "第3期", PARAGRAPH[0], "", "- 1 -", "\f城关镇工作简报  第2页", PARAGRAPH[1],
                      "", "- 2 -", "\f城关镇工作简报  第3页", "镇党委召开会议。"])
    assert sorted(blanked(text)) == ["- 1 -", "- 2 -", "城关镇工作简报  第2页", "城关镇工作简报  第3页"]


def test_the_head_of_a_two_page_file_is_found_through_its_masthead() -> None:
    text = "\n".join(["城关镇工作简报", PARAGRAPH[0], "", "- 1 -", "城关镇工作简报 2024年第3期", PARAGRAPH[1]])
    assert sorted(blanked(text)) == ["- 1 -", "城关镇工作简报 2024年第3期"]


def test_a_heading_opening_two_pages_of_many_is_not_a_running_head() -> None:
    body = [PARAGRAPH[0], PARAGRAPH[1]]
    text = ["工作简报"]
    for n in range(1, 9):
        text += [*body, "", f"- {n} -"] + (["【领导活动】"] if n in (2, 5) else [])
    assert "【领导活动】" not in blanked("\n".join(text))


def test_a_page_break_inside_a_paragraph_no_longer_splits_the_article() -> None:
    clean = "\n".join(["区委常委会召开扩大会议", *PARAGRAPH, "", "区政府召开常务会议", "11月2日，区政府召开常务会议。"])
    paged = "\n".join(["区委常委会召开扩大会议", PARAGRAPH[0], "", "— 2 —", "", PARAGRAPH[1], "",
                       "区政府召开常务会议", "11月2日，区政府召开常务会议。"])
    want = [(a.title, a.body) for a in parse_text(clean).articles]
    issue = parse_text(paged)
    assert [(a.title, a.body) for a in issue.articles] == want
    assert "— 2 —" in issue.furniture


def test_a_gap_inside_a_paragraph_closes_and_one_after_a_sentence_or_heading_stays() -> None:
    top, full = "近期，自来桥镇不断加大秸秆禁烧巡查力度", "为严格贯彻落实上级关于秸秆禁烧工作的"
    lines, _ = blank_page_furniture(split_lines("\n".join([top, full, "", "- 4 -", "\f要求，有效。"])))
    assert [ln.text for ln in lines] == [top, full, "要求，有效。"] and lines[2].raw == "\f要求，有效。"
    for before in ("秸秆禁烧工作成效明显。", "7日"):
        lines, _ = blank_page_furniture(split_lines("\n".join([top, before, "", "- 4 -", "", "要求，有效。"])))
        assert [ln.text for ln in lines] == [top, before, "", "", "", "要求，有效。"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["", "1", "2", "3", "- 2 -", "第2页", "\f", "\f工作简报", "工作简报 第2页", "一、会议",
                                 "区委书记宋洁主持。", "区委书记宋洁主持", "  ", "3/8"]), max_size=40))
def test_furniture_taken_out_is_all_that_is_lost(pieces: list[str]) -> None:
    text = "\n".join(pieces)
    lines, gone = blank_page_furniture(split_lines(text))
    starts = [ln.start for ln in lines]
    assert starts == sorted(set(starts)), "lines keep their order and offsets"
    kept = "".join(ln.text for ln in lines) + "".join(gone)
    assert sorted("".join(kept.split())) == sorted("".join(text.split()))


def test_an_items_closing_line_next_to_two_breaks_is_not_a_running_head() -> None:
    """Press releases close with their time: two may fall at page feet, but their times differ."""
    text = ["新闻公报"]
    for n, time in enumerate(["15時54分", "15時48分", "15時40分"], 1):
        text += ["保安局發言人今日表示，已通報運行事件。", "2016年1月11日（星期一）", f"香港時間{time}", "", f"- {n} -"]
    assert blanked("\n".join(text)) == ["- 1 -", "- 2 -", "- 3 -"]


def test_a_dated_running_head_is_found_though_dates_stand_in_the_text() -> None:
    text = ["2020年4月", "一、重要会议"]
    for n in range(1, 4):
        text += [f"4月{n}日，区委召开常委会议。", "", str(n), "\f2020年4月"]
    assert blanked("\n".join(text)) == ["1", "2020年4月", "2", "2020年4月", "3", "2020年4月"]


def test_a_head_seen_once_where_the_page_broke_a_sentence_is_furniture() -> None:
    """A short line right after a page number, where the page broke a sentence, is the page's running
    head even on a two-page file; after a sentence's end such a line may be a heading and stays."""
    body = "1988年,县内报道谷洲乡青年科技合作社的新闻稿首次在\n"
    text = ("  通讯 1978年,中共邵阳县委宣传部设有新闻通讯组,负责采编县内\n" + body
            + "\n- 512 -\n\n邵阳县志\n\n《湖南日报》和《中国青年报》头版头条发表。\n")
    lines, furniture = blank_page_furniture(split_lines(text))
    assert furniture == ["- 512 -", "邵阳县志"]
    ended = text.replace("首次在\n", "首次发表。\n")
    assert blank_page_furniture(split_lines(ended))[1] == ["- 512 -"]
