"""Scanned PDFs: refused naming the [ocr] extra without it, read by RapidOCR with it (one small page)."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen import canvas

from gazette_reader.errors import DecodeError
from gazette_reader.ingest.readers import ocr, read_bytes
from tests.unit.ingest.readers.makepdf import _font

TITLE = "区长调研城市建设工作"
LINES = ["4月1日，区长到工地察看进度，要求加快建设，", "确保按期完成。会议强调，要压实责任。"]


def scanned_page() -> bytes:
    """A small page whose text is only pixels: drawn, rendered at 200 dpi, and put back as an image."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader

    drawn = io.BytesIO()
    pdf = canvas.Canvas(drawn, pagesize=(420, 300))
    pdf.setFont(_font(), 18)
    pdf.drawString(40, 250, TITLE)
    pdf.setFont(_font(), 10.5)
    pdf.drawString(61, 210, LINES[0])
    pdf.drawString(40, 194, LINES[1])
    pdf.showPage()
    pdf.save()
    image = pdfium.PdfDocument(drawn.getvalue())[0].render(scale=200 / 72, grayscale=True).to_pil()
    scan = io.BytesIO()
    pdf = canvas.Canvas(scan, pagesize=(420, 300))
    pdf.drawImage(ImageReader(image), 0, 0, 420, 300)
    pdf.showPage()
    pdf.save()
    return scan.getvalue()


def test_without_the_extra_a_scan_is_refused_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "available", lambda: False)
    with pytest.raises(DecodeError, match=r"no text layer.*pip install 'gazette-reader\[ocr\]'") as caught:
        read_bytes(scanned_page(), ".pdf")
    assert "\n" not in str(caught.value) and "OCR" in caught.value.zh


@pytest.mark.slow
@pytest.mark.skipif(not ocr.available(), reason="the [ocr] extra is not installed")
def test_a_scanned_page_is_read_by_ocr_into_title_and_paragraph() -> None:
    rendered = read_bytes(scanned_page(), ".pdf")
    assert rendered.encoding == "pdf (ocr)" and rendered.page_starts == ((0, 1),)
    assert rendered.text == f"{TITLE}\n\n{''.join(LINES)}\n"


def test_articles_read_by_ocr_are_marked(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The OCR engine replaced by its result for the page: the marking goes all the way to the article."""
    from gazette_reader.ingest.readers.layout import Line
    from gazette_reader.library import Library

    def line(text: str, x: float, top: float, size: float) -> Line:
        return Line(len(text), text, x, top, x + len(text) * size, top + size, size, False)

    found = [line(TITLE, 40, 30, 24), line(LINES[0], 61, 72, 14), line(LINES[1], 40, 90, 14)]
    monkeypatch.setattr(ocr, "available", lambda: True)
    monkeypatch.setattr(ocr, "page_lines", lambda page: (found, page.get_height()))
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_page())
    library = Library.open(tmp_path / "lib.sqlite")
    outcome = library.import_files([path]).outcomes[0]
    assert (outcome.status, outcome.encoding) == ("imported", "pdf (ocr)"), outcome.reason
    article = library.articles()[0]
    assert article["ocr"] is True and article["title"] == TITLE and (article["page_first"], article["page_last"]) == (1, 1)
