"""Saved web tables: a page's table copied as text, one cell a line with the ``|`` the table tool
leaves after each cell. A table is one item's text (an agenda, a page's details), never a list of
headlines; a page's next table, set apart by a blank line, is the next item."""

from __future__ import annotations

from gazette_reader.ingest.lines import cells_apart, web_tables
from gazette_reader.ingest.parse import is_lossless, parse_text

AGENDA = """區議會會議記錄
荷花區區議會第五次會議
日期: | 2019-03-07 (星期四) |
時間: | 下午2時30分 |
地點: |
荷花道8號 政府大樓3樓 區議會會議室 |
議程 | 討論時間 | |
1 |
通過會議議程
|
|
2 |
通過二○一八年十二月六日荷花區區議會第四次會議紀錄
|
(約1分鐘) |
3 |
荷花區區議會轄下各委員會的組成
(荷花區區議會文件第1/2019號) |
(約10分鐘) |
4 |
主席報告
|
(約1分鐘) |


|
工作進展:民政事務專員表示,荷花區的社區工程進展良好
|
民政事務專員表示,荷花區的社區工程進展良好,多個項目已經完成。
專員今天出席區議會會議時表示,會繼續與區議會緊密合作。
返回頁頂
|
"""


def test_a_saved_table_is_the_text_of_the_item_headed_above_it() -> None:
    """Row numbers, cells and a cell's wrapped words head nothing; the table's date row dates the item;
    the page's next table, after a blank line, is an item of its own."""
    issue = parse_text(AGENDA)
    assert is_lossless(AGENDA, issue)
    assert [(a.title, a.year, a.month_day) for a in issue.articles] == [
        ("荷花區區議會第五次會議", 2019, "03-07"), ("", None, None)]
    assert issue.articles[0].body.startswith("日期:")
    assert "民政事務專員表示" in issue.articles[1].body[:60]


def test_a_table_is_a_run_of_cell_lines_without_a_blank_line() -> None:
    texts = ["標題", "日期: | 2019-03-07 |", "1 |", "一個格子", "換行的字", "|", "正文，不在表裏。",
             "|", "下一表 |"]
    gaps = [False] * 7 + [True, False]
    assert web_tables(texts, gaps) == [(1, 5), (7, 8)]
    assert web_tables(["一行 | 兩格 |", "正文。"], [False, False]) == []  # one cell line in prose is no table


def test_a_table_row_reads_as_fields_set_off_by_spaces() -> None:
    assert cells_apart("日期: | 2019-03-07 (星期四) |") == "日期: 2019-03-07 (星期四)"
    assert cells_apart("沒有格子") == "沒有格子"


def test_a_page_break_between_a_table_s_rows_parts_nothing() -> None:
    """A PDF of the page breaks the table between rows: its foot, number and the next page's head go,
    and the table stays one item's text; a blank line of the text's own still parts two tables."""
    for row in ("4 |\n", "|\n工作進展"):  # inside the first table; right before the second one
        head, tail = AGENDA.split(row, 1)
        paged = head + "\n- 1 -\n\f區議會會議記錄\n" + row + tail.replace("返回頁頂", "返回頁頂\n\n- 2 -\n\f區議會會議記錄")

        def titles(text: str) -> list[tuple[str, str]]:
            return [(a.title, "".join(a.body.split())) for a in parse_text(text).articles]

        assert titles(paged) == titles(AGENDA), row
