"""Round 10: items without a headline of their own across a page's end. Each case a short text of the
kind, written here, with the items it must give."""

from __future__ import annotations

from gazette_reader.ingest.parse import is_lossless, parse_text

RELEASES = (
    "副市长带队检查节前安全生产工作\n"
    "9月25日上午,副市长王明带队深入燃气公司抢维修中心、自来水西区水厂检查节前安全生产工作。\n"
    "检查中,王明详细询问企业节前安全部署情况。\n"
    "最后,王明慰问了企业一线员工。\n"
    "\n"
    "\n"
    "3月23日上午,市长徐华勤主持召开市政府第二十四次常务会议,听取一季度全市安全生产工作情况汇报。\n"
    "会议听取了市应急管理局局长王国权的汇报。\n"
    "会议强调要守住安全生产底线。\n"
    "\n"
    "\n"
    "{foot}"
    "9月18日上午,市政府召开安委会全体成员扩大会议,推进全市开展安全生产大检查,周伟强出席。\n"
    "周伟强指出,要全面推进安全生产年各项工作。\n"
    "会议要求落实企业主体责任。\n"
)


def _articles(text: str) -> list[tuple[str, str]]:
    return [(a.title, "".join(a.body.split())) for a in parse_text(text).articles]


def test_items_parted_by_two_blank_lines_at_a_page_end_stay_apart() -> None:
    """Releases saved one after another, two blank lines between them, printed with page numbers: where a
    page ends in that gap (a page number and a form feed after the two blank lines), the release under it
    is still an item of its own, as it is without the page's end."""
    plain = RELEASES.format(foot="")
    paged = RELEASES.format(foot="\n- 1 -\n\f")
    assert len(parse_text(plain).articles) == 3
    assert _articles(paged) == _articles(plain)
    assert is_lossless(paged, parse_text(paged))

