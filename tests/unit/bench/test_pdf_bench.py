"""``gazette bench --pdf``: made pages are read and imported, figures reported as JSON."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from gazette_reader.bench.pdf_bench import write_pdfs
from gazette_reader.cli import cli
from gazette_reader.ingest.readers.pdf import read_pdf


def test_bench_pdf_reports_pages_per_second(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--library", str(tmp_path / "x.sqlite"), "bench", "--pdf", "--pages", "4",
                                      "--workdir", str(tmp_path), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["pdf_pages"] >= 4 and figures["pdf_pages_per_s"] > 0 and figures["pdf_import_pages_per_s"] > 0
    assert figures["pdf_articles"] > 0
    assert not (tmp_path / "x.sqlite").exists()  # the user's library is never touched


def test_made_pages_carry_headlines_running_heads_and_page_numbers(tmp_path: Path) -> None:
    files, pages = write_pdfs(3, tmp_path)
    document = read_pdf(files[0].read_bytes())
    kinds = {block.kind for block in document.blocks}
    assert kinds == {"heading", "body", "furniture"} and pages >= 3


def test_scan_of_a_page_has_no_text_layer(tmp_path: Path, monkeypatch) -> None:
    from gazette_reader.bench.pdf_bench import measure_ocr, scan_of
    from gazette_reader.ingest.readers import ocr

    files, _pages = write_pdfs(1, tmp_path)
    monkeypatch.setattr(ocr, "available", lambda: False)
    assert measure_ocr(files[0], 1) == {"ocr_available": False}
    import pypdfium2 as pdfium

    scan = pdfium.PdfDocument(scan_of(files[0], 1))
    assert len(scan) == 1 and scan[0].get_textpage().count_chars() == 0
