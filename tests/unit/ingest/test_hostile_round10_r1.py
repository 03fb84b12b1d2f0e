"""Round 10 review: newspaper stories saved without their headlines from the text's first line on, and
lines a compilation's head dropped. Each case a short text of the kind, written here, with the parse it
must give."""

from __future__ import annotations

from gazette_reader.ingest.parse import is_lossless, parse_unchecked

PARAGRAPH = "该县召开专题会议，研究部署当前重点工作，会议要求各部门切实抓好落实。"
DATELINE = "本报讯 县里召开会议，部署工作。"


def _openings(text: str) -> list[str]:
    issue = parse_unchecked(text)
    assert is_lossless(text, issue)
    return ["".join(article.body.split())[:5] for article in issue.articles]


def test_headless_dateline_stories_from_the_first_line_stay_apart() -> None:
    """Stories a site stored without headlines, the first at the text's first line: each dateline opens
    its own story, parted by blank lines or not, as where a masthead stands above the first."""
    story = DATELINE + PARAGRAPH + "\n" + PARAGRAPH + "\n"
    assert _openings(story + "\n" + story + "\n" + DATELINE + PARAGRAPH + "\n") == ["本报讯县里"] * 3
    assert _openings(story + story + DATELINE + PARAGRAPH + "\n") == ["本报讯县里"] * 3


def test_datelines_naming_their_reporters_open_stories() -> None:
    """本报讯（记者 王明） and 本报讯（通讯员 李强）: two stories, not one."""
    text = f"本报讯（记者 王明）{PARAGRAPH}\n{PARAGRAPH}\n\n本报讯（通讯员 李强）{PARAGRAPH}\n{PARAGRAPH}\n"
    assert _openings(text) == ["本报讯（记", "本报讯（通"]


def test_dateline_stories_parted_by_page_numbers() -> None:
    """Each page of a press office's releases opens with its dateline (【李仁義訊】) under the page number
    of the one before (- 3 -): the page's end is no paragraph's, the release above closed its sentence."""
    text = ("【李仁義訊】" + PARAGRAPH + "\n\n- 3 -\n") * 4
    assert _openings(text) == ["【李仁義訊"] * 4


def test_one_line_dateline_stories_of_even_width() -> None:
    """Each story a dateline paragraph and one more, every line as wide as the others (as if wrapped at a
    column): a dateline line that closes its sentence under a closed line is a story's start."""
    text = ("本报讯 " + PARAGRAPH + "\n" + PARAGRAPH + "\n") * 6
    assert _openings(text) == ["本报讯该县"] * 6


def _lines_kept(text: str) -> list[tuple[str, str, str | None]]:
    issue = parse_unchecked(text)
    assert is_lossless(text, issue)
    return [(article.title, "".join(article.body.split()), article.source_unit) for article in issue.articles]


def test_a_headline_under_a_clippings_source_line_is_its_title() -> None:
    """A clipping opens with its source line, its headline under it (附件, 图片新闻, a bare page number):
    that line is the item's title, not lost to a title derived from the text, under any page line."""
    story = "本报讯 该县召开专题会议，研究部署当前重点工作。\n"
    for page_line in ("2024年01月27日 第02版:要闻", "某县日报 2024年1月27日 第2版"):
        for headline in ("附件", "图片新闻"):
            text = f"{page_line}\n\n来源:黔东南信息港\n{headline}\n{story}"
            assert _lines_kept(text) == [(headline, "本报讯该县召开专题会议，研究部署当前重点工作。", "来源:黔东南信息港")]
    # 【党建讯】 names a column, not a reporter: no story opens there, and every line is still kept
    assert "".join("".join(kept[:2]) for kept in _lines_kept("来源:,各部门:\n3\n【党建讯】")) == "来源:,各部门:3【党建讯】"


def test_a_clipping_that_opens_with_its_source_keeps_a_second_source_line() -> None:
    """A clipping's source line opens it; a second one closing it (来源2008年1月7) stays in its text
    rather than standing in for the first, which was lost."""
    text = f"县委召开常委会\n{PARAGRAPH}\n\n来源:闻\n1991年6月0日\n来源2008年1月7\n"
    issue = parse_unchecked(text)
    assert is_lossless(text, issue)
    assert issue.articles[-1].source_unit == "来源:闻"
