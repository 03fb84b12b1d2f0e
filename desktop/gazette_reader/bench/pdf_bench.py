"""``gazette bench --pdf``: how many A4 pages per second the PDF reader and the PDF import manage.

The pages are made here with reportlab from the synthetic corpus (:mod:`.corpus`): one column, headlines
in larger type, first-line indents, a running head and a page number on every page — the shape of a
district bulletin. Reading is timed alone (pypdfium2 characters → layout → rendered text) and as part
of a whole import (parse, store, index and tag as well).
"""

from __future__ import annotations

import re
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from gazette_reader import importer
from gazette_reader.bench.corpus import generate
from gazette_reader.export.pdf_fonts import cjk_font
from gazette_reader.ingest.readers.pdf import read_pdf
from gazette_reader.library import Library

PAGES_PER_FILE = 20
_MARGIN = 64
_HEADLINE_RE = re.compile(r"^[^。，；！？]{2,32}$")


class _Writer:
    """One-column A4 pages, lines set from the top; a new page when the next line does not fit."""

    def __init__(self, path: Path, font: str) -> None:
        self.pdf = canvas.Canvas(str(path), pagesize=A4)
        self.font = font
        self.width, self.height = A4
        self.pages = 0
        self._start_page()

    def _start_page(self) -> None:
        self.pages += 1
        self.y = self.height - _MARGIN
        self._text("地方简报　基准测试", _MARGIN, self.height - 36, 9)
        label = f"— {self.pages} —"
        self._text(label, (self.width - pdfmetrics.stringWidth(label, self.font, 9)) / 2, 30, 9)

    def _text(self, text: str, x: float, y: float, size: float) -> None:
        self.pdf.setFont(self.font, size)
        self.pdf.drawString(x, y, text)

    def line(self, text: str, size: float, *, centre: bool = False, indent: float = 0) -> None:
        if self.y - size * 1.6 < _MARGIN:
            self.pdf.showPage()
            self._start_page()
        width = pdfmetrics.stringWidth(text, self.font, size)
        x = (self.width - width) / 2 if centre else _MARGIN + indent
        self.y -= size * 1.6
        self._text(text, x, self.y, size)

    def paragraph(self, text: str, size: float) -> None:
        room = self.width - 2 * _MARGIN
        line, used, indent = "", 2 * size, 2 * size
        for char in text:
            advance = pdfmetrics.stringWidth(char, self.font, size)
            if line and used + advance > room:
                self.line(line, size, indent=indent)
                line, used, indent = "", 0, 0
            line += char
            used += advance
        if line:
            self.line(line, size, indent=indent)

    def close(self) -> None:
        self.pdf.showPage()
        self.pdf.save()


def write_pdfs(pages: int, folder: Path) -> tuple[list[Path], int]:
    """PDF files of :data:`PAGES_PER_FILE` pages (about ``pages`` in all); returns them and the page count."""
    font = cjk_font().name
    folder.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    total = 0
    corpus = generate(pages * 12)
    while total < pages:
        path = folder / f"bench_{len(files):04d}.pdf"
        writer = _Writer(path, font)
        while writer.pages < min(PAGES_PER_FILE, pages - total):
            for raw in next(corpus).text.split("\n"):
                text = raw.strip()
                if text:
                    writer.line(text, 15, centre=True) if _HEADLINE_RE.match(text) else writer.paragraph(text, 10.5)
        writer.close()
        files.append(path)
        total += writer.pages
    return files, total


def scan_of(pdf_path: Path, pages: int) -> bytes:
    """The first ``pages`` pages of a PDF as a scan would have them: images at the OCR resolution."""
    import io

    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader

    from gazette_reader.ingest.readers.ocr import DPI

    source = pdfium.PdfDocument(pdf_path.read_bytes())
    buffer = io.BytesIO()
    scan = canvas.Canvas(buffer, pagesize=A4)
    for n in range(min(pages, len(source))):
        image = source[n].render(scale=DPI / 72, grayscale=True).to_pil()
        scan.drawImage(ImageReader(image), 0, 0, *A4)
        scan.showPage()
    scan.save()
    return buffer.getvalue()


def measure_ocr(pdf_path: Path, pages: int) -> dict:
    """Seconds per page for reading scanned pages by OCR (needs the ``[ocr]`` extra)."""
    from gazette_reader.ingest.readers import ocr

    if not ocr.available():
        return {"ocr_available": False}
    data = scan_of(pdf_path, pages)
    start = time.perf_counter()
    document = read_pdf(data)
    seconds = time.perf_counter() - start
    return {"ocr_available": True, "ocr_pages": int(document.meta["pages"]),
            "ocr_seconds_per_page": round(seconds / int(document.meta["pages"]), 1)}


def run_pdf_bench(pages: int = 100, *, workdir: Path | None = None, ocr_pages: int = 0) -> dict:
    """Pages per second for reading text PDFs alone and for importing them, and (``ocr_pages``) seconds
    per page for scans read by OCR; JSON-ready figures."""
    with tempfile.TemporaryDirectory(prefix="gazette-pdf-bench-", dir=workdir) as tmp:
        folder = Path(tmp)
        files, total = write_pdfs(pages, folder / "pdf")
        data = [path.read_bytes() for path in files]
        start = time.perf_counter()
        blocks = sum(len(read_pdf(item).blocks) for item in data)
        read_seconds = time.perf_counter() - start
        library = Library.open(folder / "library.sqlite")
        start = time.perf_counter()
        report = importer.import_files(library.db, files)
        import_seconds = time.perf_counter() - start
        library.close()
        ocr = measure_ocr(files[0], ocr_pages) if ocr_pages else {}
    return ocr | {
        "pdf_pages": total, "pdf_files": len(files), "pdf_blocks": blocks,
        "pdf_read_seconds": round(read_seconds, 2), "pdf_pages_per_s": round(total / read_seconds, 1),
        "pdf_import_seconds": round(import_seconds, 2),
        "pdf_import_pages_per_s": round(total / import_seconds, 1), "pdf_articles": report.articles,
    }
