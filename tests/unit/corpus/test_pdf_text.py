"""Every real corpus document, as a PDF-to-text conversion would give it (page numbers, form feeds,
running heads between pages; headlines in tracked type, a space after every character), parses into
the same articles as the clean text.

A running head is known by its repeating, so each document is cut into three pages at least: the head of
a two-page file is found only when it repeats the masthead (tests/unit/ingest/test_pages.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gazette_reader.ingest.columns import unfold_columns
from gazette_reader.ingest.lines import split_lines
from gazette_reader.ingest.parse import parse_text

CORPUS = Path(__file__).resolve().parents[3] / "tests" / "corpus" / "real"
DOCUMENTS = sorted(CORPUS.glob("*/*.txt"))
HEAD = "内部资料 注意保存"
NUMBERS = ["- {n} -", "— {n} —", "{n}", "第 {n} 页 共 9 页"]


def paged(text: str, number: str, every: int = 23) -> str:
    """``text`` cut into pages of about ``every`` lines, each ended by a gap, its number and a form
    feed, each after the first opened by the running head (as ``pdftotext`` writes a PDF). A page
    breaks before a line of text: a blank line at a page's foot and one after the break are one gap
    to a reader, and whether it parted two paragraphs cannot be told."""
    lines, out, due, page = text.split("\n"), [], every, 1
    for i, line in enumerate(lines):
        if i >= due and line.strip():
            out += ["", number.format(n=page), f"\f{HEAD}"]
            due, page = i + every, page + 1
        out.append(line)
    return "\n".join(out)


def articles(text: str) -> list[tuple[str, str]]:
    """Each article's title and body, white space aside (a page gap may end a paragraph)."""
    return [(a.title, "".join(a.body.split())) for a in parse_text(text).articles]


@pytest.mark.parametrize("number", NUMBERS)
@pytest.mark.parametrize("path", DOCUMENTS, ids=[f"{p.parent.name}/{p.stem}" for p in DOCUMENTS])
def test_page_furniture_does_not_change_the_articles(path: Path, number: str) -> None:
    text = path.read_text(encoding="utf-8")
    lines = len(text.split("\n"))
    if lines < 15:
        pytest.skip("too short for three pages")
    if unfold_columns(split := split_lines(text)) is not split:
        pytest.skip("columns side by side: a page break inside the page cuts them, each part read on its own")
    with_pages = paged(text, number, every=min(23, lines // 3))  # three pages at least: a head repeats
    issue = parse_text(with_pages)
    assert articles(with_pages) == articles(text)
    assert HEAD not in "".join(a.body + a.title for a in issue.articles)


def tracked(text: str, titles: set[str]) -> str:
    """``text`` with each line that is one of ``titles`` set with a space after every character."""
    return "\n".join(" ".join(line.strip()) if line.strip() in titles else line for line in text.split("\n"))


@pytest.mark.parametrize("path", DOCUMENTS, ids=[f"{p.parent.name}/{p.stem}" for p in DOCUMENTS])
def test_headlines_in_tracked_type_read_as_printed(path: Path) -> None:
    gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    titles = {item["title"] for item in gold["items"] if item.get("title") and 3 <= len(item["title"]) <= 20}
    text = path.read_text(encoding="utf-8")
    if not any(line.strip() in titles for line in text.split("\n")):
        pytest.skip("no headline stands on a line of its own")
    assert articles(tracked(text, titles)) == articles(text)
