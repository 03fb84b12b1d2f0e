"""The window imports Word, web and PDF files: dropped (a folder of them) or chosen in the dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from gazette_reader.gui.main_window import MainWindow, import_filter
from tests.unit.ingest.readers.makedocs import bulletin_docx
from tests.unit.ingest.readers.makepdf import bulletin_pdf
from tests.unit.ingest.readers.webpages import gbk_page


def test_dropping_a_folder_of_docx_pdf_and_web_pages_imports_them(window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "b.docx").write_bytes(bulletin_docx(direct=True))
    (folder / "b.pdf").write_bytes(bulletin_pdf(bookmarks=True))
    (folder / "page.htm").write_bytes(gbk_page())
    before = window.library.counts()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))
    after = window.library.counts()
    assert after["sources"] == before["sources"] + 3
    assert after["articles"] == before["articles"] + 28 + 28 + 1


def test_the_import_dialog_offers_every_format() -> None:
    first = import_filter().split(";;")[0]
    assert all(f"*{suffix}" in first for suffix in (".txt", ".pdf", ".docx", ".html", ".htm", ".mhtml", ".mht"))


def test_the_reader_shows_the_pages_of_a_pdf_article(window: MainWindow, tmp_path: Path, qtbot) -> None:
    path = tmp_path / "b.pdf"
    path.write_bytes(bulletin_pdf())
    window.import_paths([path])
    article = next(a for a in window.library.articles() if a["page_first"] and a["page_last"] > a["page_first"])
    window.search.set_text(f'"{article["title"]}"')
    view = window.list
    index = view.model().index(window.articles.ids().index(article["id"]), 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    shown = window.reader.browser.toPlainText()
    assert f"第 {article['page_first']}–{article['page_last']} 页" in shown


def test_the_result_list_marks_text_read_by_ocr(window: MainWindow, tmp_path: Path, qtbot,
                                                  monkeypatch) -> None:
    """A scan's articles say “OCR 识别” in their list row, found by a search or listed by the tree."""
    from gazette_reader.gui.article_model import ROLE_ROW
    from gazette_reader.gui.delegates import row_html
    from gazette_reader.ingest.readers import ocr
    from gazette_reader.ingest.readers.layout import Line
    from tests.unit.ingest.readers.test_ocr import LINES, TITLE, scanned_page

    def line(text: str, x: float, top: float, size: float) -> Line:
        return Line(len(text), text, x, top, x + len(text) * size, top + size, size, False)

    found = [line(TITLE, 40, 30, 24), line(LINES[0], 61, 72, 14), line(LINES[1], 40, 90, 14)]
    monkeypatch.setattr(ocr, "available", lambda: True)
    monkeypatch.setattr(ocr, "page_lines", lambda page: (found, page.get_height()))
    (tmp_path / "scan.pdf").write_bytes(scanned_page())
    window.import_paths([tmp_path / "scan.pdf"])
    window.search.set_text("区长")  # the scan's article and seed articles
    model = window.list.model()
    rows = {model.index(n, 0).data(ROLE_ROW)["title"]: model.index(n, 0).data(ROLE_ROW) for n in range(model.rowCount())}
    assert len(rows) > 1 and "OCR 识别" in row_html(rows[TITLE], grey="#888888")
    assert not any("OCR 识别" in row_html(row, grey="#888888") for title, row in rows.items() if title != TITLE)
    scan = next(a for a in window.library.articles() if a["title"] == TITLE)
    assert window.library.headers(issue_id=scan["issue_id"])[0]["ocr"] is True  # the tree's list rows too
