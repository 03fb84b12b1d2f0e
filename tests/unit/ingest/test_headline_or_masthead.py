"""A headline that ends like a publication's name, or follows a story's byline, still starts its story.

Found on the benchmark's newspaper pages (headline, 本报讯 story, byline line, next headline): a byline line
did not close the story above it, and headlines ending in 汇报 / 通报 / 信息 / 海报 were taken for mastheads.
"""

from __future__ import annotations

import pytest

from gazette_reader.ingest import metadata as meta
from gazette_reader.ingest.parse import parse_text


def _page(*headlines: str) -> str:
    stories = []
    for n, head in enumerate(headlines, start=1):
        stories.append(f"{head}\n\n本报讯 3月{n}日，区委书记宋洁主持召开\n会议，研究部署相关工作。\n\n会议要求，"
                       f"各单位要抓好\n落实。\n记者 郝红志 通讯员 邓林")
    return "\n\n".join(stories) + "\n"


@pytest.mark.parametrize("headline", [
    "区委副书记李新军宣读了表彰通报",
    "中原区认真听取汇报",
    "管城区投放海报",
    "惠济区积极搜寻招商线索和信息",
    "金水区加快推进高品质城市建设",
])
def test_each_story_under_a_byline_is_its_own_article(headline: str) -> None:
    issue = parse_text(_page("上街区召开环境整治推进会", headline, "二七区启动春季植树活动"))
    assert [a.title for a in issue.articles] == ["上街区召开环境整治推进会", headline, "二七区启动春季植树活动"]


@pytest.mark.parametrize(("line", "name"), [
    ("环翠区政务信息", "环翠区政务信息"),
    ("郑州日报", "郑州日报"),
    ("上街区简报", "上街区简报"),
    ("区委副书记李新军宣读了表彰通报", None),
    ("中原区认真听取汇报", None),
    ("企业项目申报", None),
])
def test_masthead_names(line: str, name: str | None) -> None:
    assert meta.masthead_name(line) == name


def test_a_masthead_over_its_date_line_stays_a_masthead() -> None:
    text = ("环翠区政务信息\n2024年1月5日\n\n区委召开常委会议\n\n1月3日，区委书记张刚主持召开区委常委会议。\n\n"
            "区政府召开常务会议\n\n1月4日，区长李明主持召开区政府常务会议。\n")
    issue = parse_text(text)
    assert [a.title for a in issue.articles] == ["区委召开常委会议", "区政府召开常务会议"]
    assert issue.publication == "环翠区政务信息"
