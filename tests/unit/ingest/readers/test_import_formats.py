"""Word, web and PDF files through the library: the guarantees of .txt import hold for every format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gazette_reader.library import Library
from tests.unit.ingest.readers.makedocs import bulletin_docx, seed_parse
from tests.unit.ingest.readers.makepdf import bulletin_pdf, newspaper_pdf
from tests.unit.ingest.readers.webpages import gbk_page, mhtml_page

FORMATS = {"docx": lambda: bulletin_docx(direct=False), "pdf": bulletin_pdf}
PAGES = {"htm": gbk_page, "mhtml": mhtml_page}


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return Library.open(tmp_path / "lib.sqlite")


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("suffix", sorted(FORMATS))
def test_import_reimport_and_reparse(library: Library, tmp_path: Path, suffix: str) -> None:
    path = _write(tmp_path, f"bulletin.{suffix}", FORMATS[suffix]())
    first = library.import_files([path]).outcomes[0]
    assert (first.status, first.encoding, first.articles) == ("imported", suffix, 28)
    pages = [(a["page_first"], a["page_last"]) for a in library.articles()]
    again = library.import_files([path]).outcomes[0]
    assert again.status == "duplicate"
    titles = [a["title"] for a in library.articles()]
    path.unlink()  # re-parse needs only the stored text
    assert library.reparse() == 28
    assert [a["title"] for a in library.articles()] == titles
    assert [(a["page_first"], a["page_last"]) for a in library.articles()] == pages  # kept without the file


def test_pdf_articles_keep_their_pages(library: Library, tmp_path: Path) -> None:
    library.import_files([_write(tmp_path, "b.pdf", bulletin_pdf())])
    pages = [(a["page_first"], a["page_last"]) for a in library.articles()]
    assert pages[0] == (3, 3) and pages == sorted(pages) and any(first < last for first, last in pages)
    pages_json = library.db.execute("SELECT pages_json FROM sources").fetchone()[0]
    assert pages_json.startswith("[[0, 1]")


def test_a_newspaper_pdf_keeps_its_decks_through_a_reparse(library: Library, tmp_path: Path) -> None:
    """The headline sizes are stored with the text: a re-parse without the file reads the decks alike."""
    path = _write(tmp_path, "page.pdf", newspaper_pdf())
    library.import_files([path])
    decks = [(a["kicker"], a["title"], a["subtitle"]) for a in library.articles()]
    assert decks[0] == (None, *[(a.title, a.subtitle) for a in seed_parse("002").articles][0])
    assert decks[2][0] == "精准对接群众需求 精细提升城市品质"
    stored = library.db.execute("SELECT headlines_json FROM sources").fetchone()[0]
    assert len(json.loads(stored)) == 8
    path.unlink()
    assert library.reparse() == 5
    assert [(a["kicker"], a["title"], a["subtitle"]) for a in library.articles()] == decks


def test_plain_text_stores_no_headline_sizes(library: Library, tmp_path: Path) -> None:
    library.import_files([_write(tmp_path, "a.txt", "区长调研城市建设工作\n\n4月1日，区长到工地察看进度。\n".encode())])
    assert library.db.execute("SELECT headlines_json FROM sources").fetchone()[0] is None


@pytest.mark.parametrize("suffix", sorted(FORMATS))
def test_a_damaged_file_is_refused_and_the_rest_of_the_batch_imports(library: Library, tmp_path: Path,
                                                                       suffix: str) -> None:
    bad = _write(tmp_path, f"bad.{suffix}", b"PK\x03\x04" + b"\x00garbage" * 20)
    good = _write(tmp_path, f"good.{suffix}", FORMATS[suffix]())
    report = library.import_files([bad, good])
    refused, imported = report.outcomes
    assert refused.status == "refused" and "\n" not in refused.reason and refused.reason_zh
    assert imported.status == "imported"
    assert library.counts()["sources"] == 1


def test_folders_collect_the_new_formats(library: Library, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    for suffix, make in FORMATS.items():
        _write(tmp_path / "a", f"x.{suffix.upper()}", make())
    report = library.import_files([tmp_path / "a"])
    assert sorted(Path(o.path).suffix.lower()[1:] for o in report.outcomes) == sorted(FORMATS)


def test_formats_without_pages_store_none(library: Library, tmp_path: Path) -> None:
    library.import_files([_write(tmp_path, "b.docx", bulletin_docx(direct=True))])
    assert {(a["page_first"], a["page_last"]) for a in library.articles()} == {(None, None)}


@pytest.mark.parametrize("suffix", sorted(PAGES))
def test_a_saved_page_imports_as_one_dated_article(library: Library, tmp_path: Path, suffix: str) -> None:
    outcome = library.import_files([_write(tmp_path, f"page.{suffix}", PAGES[suffix]())]).outcomes[0]
    assert (outcome.status, outcome.articles) == ("imported", 1)
    article = library.articles()[0]
    assert (article["title"], article["date"]) == ("上街区召开安全生产工作会议", "2024-04-22")
    assert library.import_files([tmp_path / f"page.{suffix}"]).outcomes[0].status == "duplicate"


def test_a_reader_bug_refuses_only_that_file(library: Library, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from gazette_reader.ingest.readers import pdf

    def broken(data: bytes, on_page=None):
        raise IndexError("layout bug")

    monkeypatch.setattr(pdf, "read_pdf", broken)
    bad = _write(tmp_path, "a.pdf", bulletin_pdf())
    good = _write(tmp_path, "b.docx", bulletin_docx(direct=False))
    refused, imported = library.import_files([bad, good]).outcomes
    assert refused.status == "refused" and "IndexError: layout bug" in refused.reason and "\n" not in refused.reason
    assert imported.status == "imported"


def test_show_prints_the_pages_of_a_pdf_article(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from gazette_reader.cli import cli

    lib = tmp_path / "lib.sqlite"
    path = _write(tmp_path, "b.pdf", bulletin_pdf())
    CliRunner().invoke(cli, ["--library", str(lib), "import", str(path)], catch_exceptions=False)
    library = Library.open(lib)
    article = next(a for a in library.articles() if a["page_last"] > a["page_first"])
    out = CliRunner().invoke(cli, ["--library", str(lib), "show", str(article["id"])], catch_exceptions=False).output
    assert f"pages: {article['page_first']}-{article['page_last']}" in out
