"""“打开原文件第 N 页”: the viewer's command line at the page, the link in the reader; no viewer is started."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl

from gazette_reader.gui import open_original as original
from gazette_reader.gui.main_window import MainWindow
from gazette_reader.gui.open_original import Launch, link_text, plan
from tests.unit.ingest.readers.makepdf import bulletin_pdf

ON_PATH = {"evince": "/usr/bin/evince", "okular": "/usr/bin/okular", "zathura": "/usr/bin/zathura"}
PDF = Path("/docs/简报 4.pdf")
PLANS = [
    # default PDF app (desktop file; None: cannot be asked), on PATH, page → program and arguments
    ("evince is the default", "org.gnome.Evince.desktop", ON_PATH, 3, ("/usr/bin/evince", ("--page-index=3", str(PDF)))),
    ("okular is the default", "okularApplication_pdf.desktop", ON_PATH, 7, ("/usr/bin/okular", ("-p", "7", str(PDF)))),
    ("zathura is the default", "org.pwmt.zathura-pdf-mupdf.desktop", ON_PATH, 2,
     ("/usr/bin/zathura", ("--page=2", str(PDF)))),
    ("no default can be asked", None, {"okular": "/usr/bin/okular"}, 5, ("/usr/bin/okular", ("-p", "5", str(PDF)))),
    ("another default viewer", "firefox.desktop", ON_PATH, 3, ("", ())),
    ("the default is not installed", "org.gnome.Evince.desktop", {"okular": "/usr/bin/okular"}, 3, ("", ())),
    ("nothing set", "", ON_PATH, 3, ("", ())),
    ("no page", "org.gnome.Evince.desktop", ON_PATH, None, ("", ())),
]


@pytest.mark.parametrize(("name", "default", "found", "page", "expected"), PLANS, ids=[p[0] for p in PLANS])
def test_a_pdf_opens_at_its_page_in_a_viewer_that_takes_one(name, default, found, page, expected) -> None:
    launch = plan(PDF, page, default=default, which=found.get)
    assert (launch.program, launch.args) == expected and launch.path == PDF


def test_word_and_web_files_open_with_the_default_application() -> None:
    assert plan(Path("/docs/a.docx"), 3, default=None, which=ON_PATH.get) == Launch(Path("/docs/a.docx"))


def test_the_link_names_the_page_and_goes_with_the_file(tmp_path: Path) -> None:
    path = tmp_path / "b.pdf"
    path.write_bytes(b"%PDF")
    article = {"source_path": str(path), "page_first": 4, "page_last": 5}
    assert link_text(article) == "打开原文件第 4 页"
    assert link_text({**article, "page_first": None}) == "打开原文件"
    path.unlink()
    assert link_text(article) == ""
    assert link_text({"source_path": None}) == ""


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list:
    """What would have been started or opened (nothing is)."""
    calls: list = []
    monkeypatch.setattr(original, "default_pdf_viewer", lambda: "org.gnome.Evince.desktop")
    monkeypatch.setattr(original.shutil, "which", lambda name: f"/usr/bin/{name}" if name == "evince" else None)
    monkeypatch.setattr(original, "start_detached", lambda program, args: calls.append((program, args)) or True)
    monkeypatch.setattr(original, "open_url", lambda url: calls.append(url) or True)
    return calls


def _show_pdf_article(window: MainWindow, tmp_path: Path, qtbot) -> tuple[dict, Path]:
    path = tmp_path / "b.pdf"
    path.write_bytes(bulletin_pdf())
    window.import_paths([path])
    article = next(a for a in window.library.articles() if a["page_first"] and a["page_first"] > 3)
    window.search.set_text(f'"{article["title"]}"')
    view = window.list
    index = view.model().index(window.articles.ids().index(article["id"]), 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    return article, path


def _click_link(window: MainWindow, qtbot, text: str) -> None:
    browser = window.reader.browser
    found = browser.document().find(text)
    assert not found.isNull(), browser.toPlainText()[:200]
    found.setPosition(found.selectionStart() + 2)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=browser.cursorRect(found).center())


def test_clicking_the_link_opens_the_pdf_at_the_articles_page(window: MainWindow, tmp_path: Path, qtbot,
                                                               launched: list) -> None:
    article, path = _show_pdf_article(window, tmp_path, qtbot)
    _click_link(window, qtbot, f"打开原文件第 {article['page_first']} 页")
    assert launched == [("/usr/bin/evince", [f"--page-index={article['page_first']}", str(path.resolve())])]


def test_a_viewer_that_does_not_start_falls_back_to_the_default_application(window: MainWindow, tmp_path: Path,
                                                                            qtbot, launched: list,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(original, "start_detached", lambda program, args: False)
    article, path = _show_pdf_article(window, tmp_path, qtbot)
    _click_link(window, qtbot, f"打开原文件第 {article['page_first']} 页")
    assert launched == [QUrl.fromLocalFile(str(path.resolve()))]


def test_a_moved_original_loses_its_link(window: MainWindow, tmp_path: Path, qtbot, launched: list) -> None:
    article, path = _show_pdf_article(window, tmp_path, qtbot)
    link = f"打开原文件第 {article['page_first']} 页"
    path.unlink()
    _click_link(window, qtbot, link)
    assert launched == [] and link not in window.reader.browser.toPlainText()
