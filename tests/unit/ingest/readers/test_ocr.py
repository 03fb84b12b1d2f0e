"""Scanned PDFs: refused naming the [ocr] extra without it, read by RapidOCR with it (one small page)."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen import canvas

from gazette_reader.errors import DecodeError
from gazette_reader.ingest.readers import ocr, read_bytes
from gazette_reader.ingest.readers.layout import Line
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


def rescanned(data: bytes, pages: list[int] | None = None) -> bytes:
    """A PDF's pages (all, or these 0-based ones) as a 200-dpi scan: rendered in grey and put back as
    image-only pages of the same size."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader

    source = pdfium.PdfDocument(data)
    scan = io.BytesIO()
    pdf = canvas.Canvas(scan)
    for n in pages if pages is not None else range(len(source)):
        width, height = source.get_page_size(n)
        image = source[n].render(scale=ocr.DPI / 72, grayscale=True).to_pil()
        pdf.setPageSize((width, height))
        pdf.drawImage(ImageReader(image), 0, 0, width, height)
        pdf.showPage()
    pdf.save()
    return scan.getvalue()


def pages_of_pdf(data: bytes, pages: list[int]) -> bytes:
    """The text PDF cut down to these 0-based pages (the reference the scan of them is held to)."""
    import pypdfium2 as pdfium

    cut = pdfium.PdfDocument.new()
    cut.import_pages(pdfium.PdfDocument(data), pages)
    out = io.BytesIO()
    cut.save(out)
    return out.getvalue()


def _key(text: str | None) -> str | None:
    """Text without whitespace: OCR drops the spaces between words (``记者 景静`` reads ``记者景静``)."""
    return None if text is None else "".join(text.split())


def character_accuracy(expected: list[str], got: list[str]) -> float:
    """How much of the bodies' text is right, whitespace aside (difflib's similarity ratio)."""
    import difflib

    return difflib.SequenceMatcher(None, _key("".join(expected)), _key("".join(got)), autojunk=False).ratio()


def _scan_and_text(data: bytes) -> tuple:
    from gazette_reader.ingest.parse import parse_text

    def parsed(rendered):
        return parse_text(rendered.text, sizes=dict(rendered.headline_sizes))

    scanned = read_bytes(rescanned(data), ".pdf")
    assert scanned.encoding == "pdf (ocr)"
    return parsed(scanned), parsed(read_bytes(data, ".pdf"))


BULLETIN_PAGES = [1, 2, 3]
"""The 目录 and the first two pages of articles: the whole nine-page bulletin takes 2–3 minutes to OCR
on two cores (measured once: 28 articles, sections and titles right, 99.3 % of characters)."""


@pytest.mark.slow
@pytest.mark.skipif(not ocr.available(), reason="the [ocr] extra is not installed")
def test_a_scanned_newspaper_page_gives_the_articles_of_its_text_layer() -> None:
    from tests.unit.ingest.readers.makepdf import newspaper_pdf

    scanned, text = _scan_and_text(newspaper_pdf())
    assert len(text.articles) == 5
    assert [(_key(a.kicker), _key(a.title)) for a in scanned.articles] == \
        [(_key(a.kicker), _key(a.title)) for a in text.articles]
    accuracy = character_accuracy([a.body for a in text.articles], [a.body for a in scanned.articles])
    assert accuracy >= 0.99, f"{accuracy:.4f} of characters right"


@pytest.mark.slow
@pytest.mark.skipif(not ocr.available(), reason="the [ocr] extra is not installed")
def test_a_scanned_bulletin_gives_the_articles_of_its_text_layer() -> None:
    from tests.unit.ingest.readers.makepdf import bulletin_pdf

    scanned, text = _scan_and_text(pages_of_pdf(bulletin_pdf(), BULLETIN_PAGES))
    assert len(text.articles) >= 4 and all(a.section for a in text.articles)
    assert [(_key(a.section), _key(a.title)) for a in scanned.articles] == \
        [(_key(a.section), _key(a.title)) for a in text.articles]
    accuracy = character_accuracy([a.body for a in text.articles], [a.body for a in scanned.articles])
    assert accuracy >= 0.99, f"{accuracy:.4f} of characters right"


def _box(text: str, x0: float, top: float, x1: float, bottom: float) -> Line:
    return Line(len(text), text, x0, top, x1, bottom, ocr.type_size(text, x1 - x0, bottom - top), False)


def test_an_ocr_line_is_as_large_as_its_width_per_em_not_its_height() -> None:
    """Two 10-point body lines whose boxes came out 9.6 and 15.6 points high (as measured on a scan)."""
    assert ocr.type_size("议，学习讨论市委工作会议精神，进一步把思想和行动", 241.0, 11.4) == pytest.approx(10.04, abs=0.01)
    assert ocr.type_size("本报讯9月15日下午", 10 * 7 + 5.5 * 3, 12.0) == pytest.approx(10.0)
    assert ocr.type_size("动力。", 28.7, 15.6) < 10.5  # the box's height would make it a headline
    assert ocr.type_size("研", 10.0, 14.4) == 14.4  # too short to measure: the height it is


def test_pieces_of_a_broken_headline_are_joined_but_columns_are_not() -> None:
    pieces = [_box("重要讲话精神", 577.1, 990.7, 725.4, 1018.4), _box("二七区党史夜校开讲从严从实学习", 116.3, 992.2, 487.1, 1018.1),
              _box("“七一”", 472.3, 987.1, 574.6, 1019.5)]
    columns = [_box("强化项目为王、产业为基，推动高质量发展。抓住", 59.8, 333.7, 282.2, 344.2),
               _box("合“文旅文创融合战略”，加快推进侯寨郊野公园等30", 293.8, 333.7, 540.7, 344.5)]
    joined = ocr.joined_rows(pieces + columns)
    assert [ln.text for ln in joined] == [columns[0].text, columns[1].text, "二七区党史夜校开讲从严从实学习“七一”重要讲话精神"]
    assert joined[2].size == pytest.approx(24, abs=1.5)  # set in 24 points; the quoted piece alone measured 33


def test_a_character_read_in_both_of_two_overlapping_boxes_is_kept_once() -> None:
    left, right = _box("从严从实学习", 300, 990, 450, 1016), _box("习“七一”", 437, 990, 540, 1016)
    assert ocr.joined_rows([left, right])[0].text == "从严从实学习“七一”"
    apart = _box("习近平", 452, 990, 527, 1016)  # the same character starting a box that does not overlap
    assert ocr.joined_rows([left, apart])[0].text == "从严从实学习习近平"


@pytest.mark.parametrize("turned", [0.0, 2.5, -3.0, 1.25])
def test_a_page_fed_askew_is_straightened(turned: float) -> None:
    """The skew of a rendered page of text is found (projection profile) and turned back."""
    pytest.importorskip("numpy")
    import pypdfium2 as pdfium

    from tests.unit.ingest.readers.makepdf import bulletin_pdf

    page = pdfium.PdfDocument(bulletin_pdf())[1].render(scale=100 / 72, grayscale=True).to_pil()
    askew = page.rotate(turned, resample=3, fillcolor=255)
    assert ocr.skew_angle(askew) == pytest.approx(-turned, abs=0.3)
    assert ocr.skew_angle(ocr.straightened(askew)) == pytest.approx(0.0, abs=0.3)
