"""HTML export: standalone, escaped, parseable, with a working table of contents."""

from __future__ import annotations

from pathlib import Path

from gazette_reader.export import write_export

from .readback import parse_html


def test_page_has_every_title_and_body_and_a_linked_toc(articles: list[dict], tmp_path: Path) -> None:
    path = write_export(articles, "html", tmp_path / "a.html")
    page = parse_html(path)
    text = "".join(page.text)
    for article in articles:
        assert text.count(article["title"]) >= 2  # table of contents + heading (a brief repeats it)
        for paragraph in article["body"].splitlines():
            assert paragraph in text
    assert page.hrefs == [f"#{i}" for i in page.ids]
    assert len(page.ids) == len(articles)
    raw = path.read_text(encoding="utf-8")
    assert raw.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in raw
    assert "Noto Serif CJK SC" in raw and "SimSun" in raw


def test_markup_in_library_text_is_escaped(articles: list[dict], tmp_path: Path) -> None:
    articles[0]["title"] = "<script>alert('x')</script>标题"
    articles[0]["body"] = "A & B <b>不是粗体</b>"
    path = write_export(articles, "html", tmp_path / "a.html")
    page = parse_html(path)
    assert "script" not in page.tags
    assert "&lt;b&gt;不是粗体&lt;/b&gt;" in path.read_text(encoding="utf-8")
    text = "".join(page.text)
    assert "<script>alert('x')</script>标题" in text
    assert "A & B <b>不是粗体</b>" in text
