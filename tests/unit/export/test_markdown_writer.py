"""Markdown export: table of contents with anchors, escaped text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gazette_reader.export import write_export
from gazette_reader.export.markdown_writer import escape


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def test_document_has_toc_titles_and_bodies(articles: list[dict], tmp_path: Path) -> None:
    text = write_export(articles, "md", tmp_path / "a.md").read_text(encoding="utf-8")
    plain = _unescape(text)
    assert text.startswith("# 文章汇编（共 5 篇）")
    for n, article in enumerate(articles, start=1):
        assert f"(#art-{n})" in text and f'<a id="art-{n}"></a>' in text
        assert f"## {article['title']}" in plain
        for paragraph in article["body"].splitlines():
            assert paragraph in plain
    assert "**项目**：老旧小区改造" in text


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("<script>x</script>", r"\<script\>x\</script\>"),
        ("a*b_c", r"a\*b\_c"),
        ("- 不是列表", r"\- 不是列表"),
        ("1. 不是编号", r"1\. 不是编号"),
        ("百城建设提质+文明城市创建", "百城建设提质+文明城市创建"),
        ("#话题", r"\#话题"),
    ],
)
def test_escape(raw: str, escaped: str) -> None:
    assert escape(raw) == escaped


def test_script_title_stays_text(articles: list[dict], tmp_path: Path) -> None:
    articles[0]["title"] = "<script>alert(1)</script>"
    text = write_export(articles, "md", tmp_path / "a.md").read_text(encoding="utf-8")
    assert "<script>" not in text


def test_escape_reads_a_long_blank_stretch_in_one_pass() -> None:
    """A line's indent stops at a newline: from each line start, ``\\s*`` ran over the whole blank stretch
    below (200,000 blank lines took minutes); the escapes themselves are unchanged."""
    from gazette_reader.export.markdown_writer import escape

    assert escape("\n" * 200_000 + "- x").endswith("\n\\- x")
    assert escape("- a\n  + b\n1. c\n\n  2) d") == "\\- a\n  \\+ b\n1\\. c\n\n  2\\) d"
