"""Review of round 10: a site's box of teasers (新闻推荐, 相关新闻) found in one pass, not once per heading
over the rest of the text; a story printed whole whose first paragraph ends in …… under such a heading
stays the text's; and a paper's issue whose first page's stories come before its first page line keeps
its date when its masthead dates it or its page lines all carry one date."""

from __future__ import annotations

from collections.abc import Sequence

from gazette_reader.ingest.lines import Line, split_lines
from gazette_reader.ingest.pages import _teaser_boxes, blank_page_furniture
from gazette_reader.ingest.parse import is_lossless, parse_text

P = "该县召开专题会议，研究部署当前重点工作，会议要求各部门切实抓好落实。"


class _Counted(Sequence[Line]):
    """The lines, counting every line read (a slice counts each line it holds)."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines, self.read = lines, 0

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, at):  # type: ignore[no-untyped-def]
        got = self.lines[at]
        self.read += len(got) if isinstance(got, list) else 1
        return got


def _lines_read(unit: list[str], count: int) -> tuple[int, int]:
    """Lines read by :func:`_teaser_boxes` over ``unit`` repeated to ``count`` lines, and the lines."""
    text = "\n".join((unit * (count // len(unit) + 1))[:count]) + "\n"
    lines = _Counted(split_lines(text))
    _teaser_boxes(lines)
    return lines.read, len(lines)


def test_a_chain_of_boxes_to_the_texts_end_is_read_in_one_pass() -> None:
    """Box after box, each teaser run reaching the next box: each line read a few times, not once per
    heading above it."""
    read, count = _lines_read(["新闻推荐", "近期,我县多个项目入选...", "本报讯 县委召开..."], 3000)
    assert read <= 10 * count


def test_headings_over_prose_are_read_in_one_pass() -> None:
    """A box heading over prose, many times: each heading reads the line under it, not the rest of the text."""
    read, count = _lines_read(["新闻推荐", P, ""], 3000)
    assert read <= 10 * count


STORY_UNDER_TEASER = ("县委召开常委会\n" + P + "\n\n相关新闻\n县长调研春耕...\n\n乡镇开展环境整治\n"
                      "村民们说：“日子越过越好了……\n" + P + "\n\n县人大视察\n" + P + "\n")


def test_a_story_whose_first_paragraph_ends_in_dots_is_no_teaser() -> None:
    """After the box's teaser, a story printed whole: its first paragraph ends in …… and its next paragraph
    runs on right under it. The headline and the paragraph are the text's; the teaser above is the box's."""
    _, furniture = blank_page_furniture(split_lines(STORY_UNDER_TEASER))
    assert furniture == ["相关新闻", "县长调研春耕..."]
    issue = parse_text(STORY_UNDER_TEASER)
    assert is_lossless(STORY_UNDER_TEASER, issue)
    body = "".join(a.title + a.body for a in issue.articles)
    assert "乡镇开展环境整治" in body and "村民们说：“日子越过越好了……" in body


def test_a_related_story_printed_whole_under_its_heading_stays() -> None:
    """相关阅读 over a related story printed whole, its first paragraph ending in ……: no box."""
    text = "县委召开常委会\n" + P + "\n\n相关阅读\n县长主持召开政府常务会\n会议指出，要……\n" + P + "\n"
    _, furniture = blank_page_furniture(split_lines(text))
    assert furniture == []


def test_a_box_over_the_next_boxs_heading_is_still_a_box() -> None:
    """A teaser right over the next box's heading is cut off there: both boxes are the site's."""
    text = "新闻推荐\n近期,我县多个项目入选...\n相关新闻\n县长调研春耕...\n"
    _, furniture = blank_page_furniture(split_lines(text))
    assert furniture == ["新闻推荐", "近期,我县多个项目入选...", "相关新闻", "县长调研春耕..."]


ISSUE = ("某县日报\n2024年1月27日 星期六\n\n县委召开常委会\n本报讯 " + P + "\n" + P
         + "\n\n某县日报 2024年1月27日 第2版\n\n乡镇开展环境整治\n本报讯 " + P + "\n" + P + "\n\n")


def test_an_issue_dated_by_its_masthead_keeps_its_date() -> None:
    """Page 1's stories stand before the first page line (第2版); the masthead's date is that line's: one issue."""
    issue = parse_text(ISSUE)
    assert (issue.year, issue.month) == (2024, 1)


def test_an_issue_whose_page_lines_carry_one_date_keeps_it() -> None:
    """No date at the top, but every page line carries 2024-01-27: one issue's pages."""
    text = ISSUE.replace("2024年1月27日 星期六\n", "") + ("某县日报 2024年1月27日 第3版\n\n县人大视察\n本报讯 " + P + "\n")
    issue = parse_text(text)
    assert (issue.year, issue.month) == (2024, 1)


def test_a_story_above_pages_of_another_date_still_splits_the_dates() -> None:
    """The guard: a story dated otherwise at the top, then page lines: stories saved one after another."""
    text = ISSUE.replace("2024年1月27日 星期六", "2021-12-18 07:44")
    issue = parse_text(text)
    assert issue.year is None and issue.month is None


def test_a_box_whose_teaser_lost_its_text_is_still_a_box() -> None:
    """新闻推荐 over a line of dots alone (the teaser's text lost), the site's slogan right under it: no
    story's paragraph ends in dots alone, so the box is the site's."""
    text = "本报讯 " + P + "\n新闻推荐\n...\n天水新闻,新鲜有料。世界很大,期待在此相遇。\n"
    _, furniture = blank_page_furniture(split_lines(text))
    assert furniture == ["新闻推荐", "..."]
