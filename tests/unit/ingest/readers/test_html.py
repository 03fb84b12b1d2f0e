"""Saved web pages: title, date and paragraphs exact, no navigation, buttons or footer."""

from __future__ import annotations

import pytest

from gazette_reader.errors import DecodeError
from gazette_reader.ingest.parse import is_lossless, parse_text
from gazette_reader.ingest.readers import read_bytes
from gazette_reader.ingest.readers.html import read_html, read_mhtml
from gazette_reader.ingest.readers.model import HEADING
from tests.unit.ingest.readers.webpages import PARAGRAPHS, TITLE, gbk_page, mhtml_page, utf8_page

PAGES = {"utf8": (utf8_page, read_html, "html (utf-8)"), "gbk": (gbk_page, read_html, "html (gb18030)"),
         "mhtml": (mhtml_page, read_mhtml, "mhtml (utf-8)")}
BOILERPLATE = ["首页", "当前位置", "打印", "关闭窗口", "ICP", "版权所有", "字体", "来源", "主办单位", "脚本"]


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_title_date_and_paragraphs_exact(kind: str) -> None:
    make, read, label = PAGES[kind]
    document = read(make())
    assert document.format == label
    assert [(b.kind, b.text) for b in document.blocks] == [
        (HEADING, TITLE), ("body", "2024年4月22日"), *[("body", p) for p in PARAGRAPHS]]
    assert document.meta["date"] == "2024-04-22"


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_no_boilerplate_in_the_rendered_text(kind: str) -> None:
    make, _read, _label = PAGES[kind]
    suffix = ".mhtml" if kind == "mhtml" else ".html"
    text = read_bytes(make(), suffix).text
    assert not [word for word in BOILERPLATE if word in text]


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_the_page_parses_as_one_dated_article(kind: str) -> None:
    make, _read, _label = PAGES[kind]
    text = read_bytes(make(), ".mhtml" if kind == "mhtml" else ".htm").text
    issue = parse_text(text)
    assert [a.title for a in issue.articles] == [TITLE]
    article = issue.articles[0]
    assert (article.year, article.month, article.day) == (2024, 4, 22)
    assert article.body.split("\n")[1:] == PARAGRAPHS
    assert is_lossless(text, issue)


def test_meta_tags_are_read() -> None:
    meta = read_html(utf8_page()).meta
    assert (meta["ArticleTitle"], meta["ContentSource"]) == (TITLE, "上街区应急管理局")


def test_gb2312_declared_page_is_decoded_as_gb18030() -> None:
    data = gbk_page()
    with pytest.raises(UnicodeDecodeError):
        data.decode("gb2312")  # 喆 is GBK only: a strict GB2312 decoder would fail or truncate
    assert "王喆" in read_bytes(data, ".html").text


def test_title_tag_is_cut_at_the_site_name() -> None:
    page = "<html><head><title>区长调研城市建设 -- 上街区人民政府 | 政务</title></head><body><div><p>" + \
        "区长到工地察看进度，要求加快建设，确保按期完成。" * 3 + "</p></div></body></html>"
    assert read_html(page.encode()).blocks[0].text == "区长调研城市建设"


def test_an_mhtml_without_a_page_is_refused() -> None:
    with pytest.raises(DecodeError, match="no web page"):
        read_bytes(b"MIME-Version: 1.0\nContent-Type: text/plain\n\nhello", ".mhtml")


def test_a_page_without_text_is_refused() -> None:
    with pytest.raises(DecodeError, match="no text found"):
        read_bytes(b"<html><body><img src=x></body></html>", ".html")


def test_paragraphs_each_wrapped_in_a_div_are_one_article() -> None:
    body = "".join(f"<div><p>{p}</p></div>" if n % 2 else f"<div>{p}</div>" for n, p in enumerate(PARAGRAPHS))
    page = (f"<html><head><title>{TITLE}_上街区人民政府</title></head><body><div class=nav>"
            "<div><a>首页</a></div><div><a>政务公开</a></div></div>"
            f"<div class=content>{body}</div><div class=foot>版权所有：上街区人民政府</div></body></html>")
    blocks = read_html(page.encode()).blocks
    assert [b.text for b in blocks] == [TITLE, *PARAGRAPHS]


def test_a_page_resaved_as_utf8_under_its_old_gb2312_declaration_reads_right() -> None:
    from tests.unit.ingest.readers.webpages import page

    data = page(charset="gb2312", meta=False).encode("utf-8")
    assert read_bytes(data, ".html").encoding == "html (utf-8)"
    assert PARAGRAPHS[0] in read_bytes(data, ".html").text
