"""The export benchmark and its synthetic articles; 1,000-article runs of the document formats."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazette_reader.bench.export_bench import BODY_CHARS, run_export_bench, synthetic_articles
from gazette_reader.export import FORMATS, write_export
from gazette_reader.export.chronicle import chronicle_entries

from .readback import docx_text, needs_poppler, parse_html, pdf_text


def test_synthetic_articles_are_realistic_and_reproducible() -> None:
    many = synthetic_articles(50)
    assert many == synthetic_articles(50)
    assert len({a["title"] for a in many}) == 50
    assert all(len(a["body"].replace("\n", "")) == BODY_CHARS for a in many)
    assert any(a["date"] is None for a in synthetic_articles(200))
    assert set(many[0]) >= {"id", "title", "body", "bylines", "byline_roles", "leaders", "projects", "page"}


def test_bench_times_every_format(tmp_path: Path) -> None:
    result = run_export_bench(10, out_dir=tmp_path)
    assert result["articles"] == 10
    assert set(result) == {"articles", *FORMATS}
    assert all(isinstance(result[f], float) and result[f] >= 0 for f in FORMATS)
    assert len(list(tmp_path.iterdir())) == len(FORMATS)


def _all_titles_in(text: str, many: list[dict], fmt: str = "") -> None:
    """Every title is in the text; for a 大事记, every article's entry (entries are events, not titles)."""
    flat = "".join(text.split())
    if fmt.startswith("chronicle"):
        entries = chronicle_entries(many)
        assert sorted(a["id"] for e in entries for a in e.articles) == [a["id"] for a in many]
        missing = [e.text for e in entries if "".join(e.text.split()) not in flat]
    else:
        missing = [a["title"] for a in many if "".join(a["title"].split()) not in flat]
    assert not missing


@pytest.mark.parametrize("fmt", ["md", "html", "chronicle-md", "citations"])
def test_thousand_articles_text_formats(fmt: str, tmp_path: Path) -> None:
    many = synthetic_articles(1000)
    path = write_export(many, fmt, tmp_path / f"many{FORMATS[fmt][1]}")
    text = "".join(parse_html(path).text) if fmt == "html" else path.read_text(encoding="utf-8")
    _all_titles_in(text, many, fmt)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["docx", "chronicle", pytest.param("pdf", marks=needs_poppler)])
def test_thousand_articles_documents(fmt: str, tmp_path: Path) -> None:
    many = synthetic_articles(1000)
    path = write_export(many, fmt, tmp_path / f"many{FORMATS[fmt][1]}")
    _all_titles_in(pdf_text(path) if fmt == "pdf" else docx_text(path), many, fmt)
