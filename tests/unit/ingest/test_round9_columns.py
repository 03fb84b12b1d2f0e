"""Columns set side by side by a layout-keeping PDF extraction (a flipbook's page text): read column 1
top to bottom, then column 2, and never taken for columns where a text only has a wide space or two."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.columns import unfold_columns
from gazette_reader.ingest.layouts.chronology import entry_title, looks_like_chronology
from gazette_reader.ingest.lines import split_lines, span_of
from gazette_reader.ingest.parse import is_lossless, parse_text

# A 县志's 大事记 page: two columns, every token spaced; where column 1's line is full the extraction
# parts it from column 2's by one space only (the sixth row).
TWO_COLUMNS = "\n".join([
    "大事记",
    "",
    "            3 月 2 日 , 县委书记李明到东港镇          4 月 1 日 , 县委召开全县组织",
    "        调研海岛旅游发展工作 。                   工作会议 , 部署基层党建工作 。",
    "            3 月 9 日 , 县人民政府召开全县            4 月 8 日 , 县总工会表彰全县",
    "        安全生产工作会议 。                       劳动模范 。",
    "            3 月 15 日 , 县第十届人民代表             4 月 20 日 , 县政协召开常委",
    "        大会第三次会议在县大会堂开幕 。 会议 , 协商全县重点工作 。",
    "            3 月 28 日 , 全县春季植树活               4 月 26 日 , 县妇联召开",
    "        动在大门镇举行 。                         第十次代表大会 。",
])

# A 年鉴's 大事记 page from the middle of a month: three columns, each entry labelled by its day alone,
# the top of column 2 ending an entry of column 1, the last row holding column 2 only.
THREE_COLUMNS = "\n".join([
    "Page 124 - 《某区年鉴2015》",
    "",
    "              5日 区委召开全区          区文明办通报表彰了                  26日 区总工会举",
    "          经济工作会议,部署             一批先进典型。                  办职工运动会,千余",
    "          全年工作。                        18日 区人大常委             名职工参加。",
    "              12日 区政府与             会召开第十次会议,                   29日 区委理论学",
    "          八个街道签订安全生            审议有关报告。                  习中心组开展专题学",
    "          产目标责任书。                    21日 区政协召开             习。",
    "                                        主席会议。",
])


def test_two_columns_side_by_side_are_read_column_after_column() -> None:
    issue = parse_text(TWO_COLUMNS)
    assert issue.layout == "chronology"
    assert [(a.month, a.day) for a in issue.articles] == [
        (3, 2), (3, 9), (3, 15), (3, 28), (4, 1), (4, 8), (4, 20), (4, 26)]
    bodies = [a.body for a in issue.articles]
    assert bodies[2] == "3月15日,县第十届人民代表大会第三次会议在县大会堂开幕。"
    assert bodies[6] == "4月20日,县政协召开常委会议,协商全县重点工作。"
    assert is_lossless(TWO_COLUMNS, issue)


def test_three_columns_of_day_labelled_entries_make_a_chronology_page() -> None:
    issue = parse_text(THREE_COLUMNS)
    assert issue.layout == "chronology"
    assert [a.body.split("日", 1)[0] for a in issue.articles] == ["5", "12", "18", "21", "26", "29"]
    twelfth = issue.articles[1].body.replace("\n", "")  # column 1's entry runs on at the top of column 2
    assert twelfth == "12日区政府与八个街道签订安全生产目标责任书。区文明办通报表彰了一批先进典型。"
    assert issue.articles[3].body.endswith("区政协召开主席会议。")
    assert is_lossless(THREE_COLUMNS, issue)


@pytest.mark.parametrize("text", [TWO_COLUMNS, THREE_COLUMNS])
def test_each_piece_is_the_stretch_of_the_file_it_came_from(text: str) -> None:
    lines = split_lines(text)
    pieces = unfold_columns(lines)
    assert pieces is not lines
    assert all(text[ln.start:ln.start + len(ln.raw)] == ln.raw and ln.text == ln.raw.strip() for ln in pieces)
    assert sorted("".join("".join(ln.raw.split()) for ln in pieces)) == sorted("".join(text.split()))


def test_an_entry_running_from_one_column_into_the_next_spans_both() -> None:
    issue = parse_text(THREE_COLUMNS)
    start, end = issue.articles[1].span  # 12日 in column 1, its end at the top of column 2
    assert start < end
    assert start <= THREE_COLUMNS.index("12日") and THREE_COLUMNS.index("一批先进典型") < end


MASTHEAD_AND_PROSE = "\n".join([
    "工作简报",
    "县委办公室    2024年1月2日",
    "",
    "    1月2日，县委常委会召开会议，传达学习全省经济工作会议精神，研究部署",
    "今年重点工作。会议强调，要坚持稳中求进工作总基调。  全县上下要",
    "",
    "    1月3日，县政府召开常务会议。",
] * 3)
WEB_TABLE = "\n".join(["序号    | 事项                    | 责任单位        |"] * 8)
DATED_LIST = "\n".join([f"    {m}月{d}日    省长某某来某市视察工作，看望慰问基层干部群众。"
                        for m, d in [(1, 9), (1, 28), (3, 14), (3, 24), (4, 17), (5, 11), (5, 31), (6, 16)]])
CONTENTS = "\n".join([f"关于做好全县第{n}季度安全生产工作的通知              {n * 3}" for n in range(1, 9)])


@pytest.mark.parametrize("text", [MASTHEAD_AND_PROSE, WEB_TABLE, DATED_LIST, CONTENTS])
def test_a_wide_space_or_a_table_is_no_column(text: str) -> None:
    lines = split_lines(text)
    assert unfold_columns(lines) is lines


def test_days_set_off_by_a_space_make_a_chronology_without_a_heading() -> None:
    page = "\n".join([
        "9日 区龙舟联赛在会昌湖开赛,共27支队伍参加。",
        "13日 七都街道举行“最美人物”颁奖典礼。",
        "22日 区召开创建全国文明城市推进大会。",
        "26日 区图书馆新馆正式开馆。",
    ])
    prose = page.replace("日 ", "日，")
    assert looks_like_chronology(split_lines(page))
    assert not looks_like_chronology(split_lines(prose))


def test_lines_in_file_order_keep_their_span() -> None:
    lines = split_lines("  甲乙\n丙丁  \n戊")
    assert span_of(lines) == (2, 11)
    assert span_of([lines[2], lines[0]]) == (2, 11)


def test_a_flipbook_page_title_over_its_label_is_furniture() -> None:
    text = "\n".join([
        "Page 313 - 《某区年鉴2018》",
        "P. 313",
        "",
        "五马街道",
        "",
        "    五马街道位于市核心区域,是区政府驻地,城市管理和社会维稳任务繁重。",
        "    2017年,街道荣获“全国社区教育示范街道”等11项市级及以上荣誉。",
    ])
    issue = parse_text(text)
    assert [a.title for a in issue.articles] == ["五马街道"]
    assert "Page 313 - 《某区年鉴2018》" in issue.furniture


def test_a_page_title_naming_another_page_is_kept() -> None:
    text = "Page 3 - 工作简报\nP. 4\n\n区委常委会召开扩大会议\n10月23日，区委常委会召开扩大会议。"
    assert "Page 3 - 工作简报" not in parse_text(text).furniture


PHOTO_PAGE = "\n".join([
    "五马街道",
    "",
    "                    五马街道位于市核心区域,是区政府驻地,",
    "                城市管理和社会维稳任务繁重。辖区东至",
    "                灰桥浦,西至信河街,区域面积4.65平方公",
    "                                                             1",
    "                里,下辖14个社区。",
    "                    2017年,街道荣获“全国社区教育示范街",
    "                道”等11项市级及以上荣誉,获评市残疾人工作先进集            2",
    "                体。",
    "",
    "",
    "                1. 4月6日,市长张耕(前中)带队调研",
    "                 五马街道剿灭劣v类水工作",
    "                2. 11月1日,成立全区第一家与媒体合作的",
    "                 民间调解工作室",
])


def test_numbered_captions_of_the_photos_the_text_marks_stay_in_the_entry() -> None:
    issue = parse_text(PHOTO_PAGE)
    assert [a.title for a in issue.articles] == ["五马街道"]
    assert "市长张耕(前中)带队调研" in issue.articles[0].body


def test_numbered_items_without_photo_marks_above_stay_items() -> None:
    text = "\n".join(line for line in PHOTO_PAGE.split("\n") if line.strip() not in ("1",)).replace(
        "先进集            2", "先进集")
    assert [a.title for a in parse_text(text).articles][1].startswith("市长张耕(前中)带队调研")


@pytest.mark.parametrize(("body", "title"), [
    ("12月25—27日,中共洞头县第九次代表大会召开。任玉明当选。", "中共洞头县第九次代表大会召开"),
    ("9月19日22时左右,洞头县东屏镇岙仔村单拖渔轮沉没。", "洞头县东屏镇岙仔村单拖渔轮沉没"),
    ("3日，区委召开会议。", "区委召开会议"),
    ("7月28日上午，区委召开会议。", "区委召开会议"),
])
def test_an_entry_is_titled_by_its_event_after_a_range_or_an_hour(body: str, title: str) -> None:
    assert entry_title(body) == title


def test_each_page_of_columns_is_read_on_its_own() -> None:
    body = TWO_COLUMNS.split("\n", 2)[2]
    second = body.replace("3 月", "5 月").replace("4 月", "6 月")
    text = f"Page 1 - 某县志\nP. 1\n\n大事记\n\n{body}\nPage 2 - 某县志\nP. 2\n\n{second}"
    issue = parse_text(text)
    assert [a.month for a in issue.articles] == [3] * 4 + [4] * 4 + [5] * 4 + [6] * 4
    assert "Page 2 - 某县志" in issue.furniture


def test_a_form_feed_ends_a_page_of_columns() -> None:
    body = TWO_COLUMNS.split("\n", 2)[2]
    second = body.replace("3 月", "5 月").replace("4 月", "6 月")
    issue = parse_text(f"大事记\n\n{body}\n\f{second}")
    assert [a.month for a in issue.articles] == [3] * 4 + [4] * 4 + [5] * 4 + [6] * 4


def test_a_table_of_long_cells_is_no_column() -> None:
    rows = [f"        关于做好全县第{n}季度安全生产工作的通知              县安全生产委员会办公室" for n in "一二三四五六七八"]
    lines = split_lines("\n".join(rows))
    assert unfold_columns(lines) is lines


def test_a_full_width_cell_rule_makes_a_table_row_not_columns() -> None:
    """A row with a full-width ``｜`` is a table's, as one with ``|`` is (the module docstring's rule)."""
    text = "\n".join(["县委书记张三主持召开会议，研究部署工作。｜    会议强调各级部门要抓好落实，确保实效。"] * 8)
    lines = split_lines(text)
    assert unfold_columns(lines) is lines
