"""PDF export: extractable Chinese text in an embedded CJK font, with the documented fallback."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from gazette_reader.export import pdf_fonts, write_export
from gazette_reader.export.pdf_fonts import FALLBACK_CID, candidate_files, cjk_font

from .readback import needs_poppler, pdf_text

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


@pytest.fixture
def fresh_font_cache():
    cjk_font.cache_clear()
    yield
    cjk_font.cache_clear()


@needs_poppler
def test_pdftotext_gives_back_titles_and_bodies(articles: list[dict], tmp_path: Path) -> None:
    text = "".join(pdf_text(write_export(articles, "pdf", tmp_path / "a.pdf")).split())
    for article in articles:
        assert "".join(article["title"].split()) in text
        for paragraph in article["body"].splitlines():
            assert "".join(paragraph.split()) in text


@needs_poppler
def test_no_line_starts_with_a_full_width_comma(articles: list[dict], tmp_path: Path) -> None:
    lines = pdf_text(write_export(articles * 4, "pdf", tmp_path / "a.pdf")).splitlines()
    assert not [line for line in lines if line and line[0] in "，。；：、？！）”"]


@pytest.mark.skipif(not WQY.exists() or shutil.which("pdffonts") is None, reason="needs wqy-microhei and pdffonts")
def test_font_is_embedded(articles: list[dict], tmp_path: Path) -> None:
    path = write_export(articles, "pdf", tmp_path / "a.pdf")
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    row = next(line for line in fonts.splitlines() if "GazetteCJK" in line or "WenQuanYi" in line)
    assert " yes " in row  # the "emb" column


def test_candidates_follow_preference_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DroidSansFallback.ttf", "sub/simsun.ttc", "wqy-microhei.ttc", "unrelated.ttf"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(b"")
    monkeypatch.delenv(pdf_fonts.FONT_ENV, raising=False)
    assert [p.name for p in candidate_files([tmp_path])] == ["wqy-microhei.ttc", "simsun.ttc", "DroidSansFallback.ttf"]
    monkeypatch.setenv(pdf_fonts.FONT_ENV, str(tmp_path / "unrelated.ttf"))
    assert candidate_files([tmp_path])[0].name == "unrelated.ttf"


def test_broken_font_files_are_skipped_then_cid_fallback(
    articles: list[dict], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_font_cache: None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    broken = tmp_path / "wqy-microhei.ttc"
    broken.write_bytes(b"not a font")
    monkeypatch.setattr(pdf_fonts, "candidate_files", lambda dirs=None: [broken])
    font = cjk_font()
    assert font.name == FALLBACK_CID and not font.embedded
    assert "STSong-Light" in caplog.text and "not embedded" in caplog.text
    path = write_export(articles, "pdf", tmp_path / "a.pdf")
    if shutil.which("pdftotext"):
        assert articles[0]["title"] in "".join(pdf_text(path).split())


@pytest.mark.skipif(not WQY.exists(), reason="needs wqy-microhei")
def test_finds_the_system_font(fresh_font_cache: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(pdf_fonts.FONT_ENV, raising=False)
    font = cjk_font()
    assert font.embedded and font.path is not None and font.path.name.endswith((".ttc", ".ttf"))
