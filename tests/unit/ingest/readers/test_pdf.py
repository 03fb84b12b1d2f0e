"""PDF reader: the bulletin 001 as a one-column booklet and the newspaper page 002 in three columns."""

from __future__ import annotations

import io
import os
import shutil
import subprocess

import pytest
from reportlab.pdfgen import canvas

from gazette_reader.errors import DecodeError
from gazette_reader.ingest.parse import is_lossless, parse_text
from gazette_reader.ingest.readers import ocr, read_bytes
from gazette_reader.ingest.readers.model import BODY, FURNITURE, HEADING, pages_of
from gazette_reader.ingest.readers.pdf import read_pdf
from tests.unit.ingest.readers.makepdf import (RUNNING_HEAD, Flow, _font, bulletin_pdf, draw, newspaper_pdf,
                                               story_paragraphs, width)
from tests.unit.ingest.readers.makedocs import seed_parse

KICKED = "区领导督导调研“一环十横十纵”道路综合改造三期工程"


@pytest.fixture(scope="module")
def bulletin() -> bytes:
    return bulletin_pdf()


def test_bulletin_pdf_gives_the_articles_of_the_text(bulletin: bytes) -> None:
    rendered = read_bytes(bulletin, ".pdf")
    issue = parse_text(rendered.text)
    expected = seed_parse("001")
    assert (issue.layout, len(issue.articles)) == ("bulletin", 28)
    assert [(a.section, a.title) for a in issue.articles] == [(a.section, a.title) for a in expected.articles]
    assert [a.body for a in issue.articles] == [a.body for a in expected.articles]
    assert (issue.year, issue.month, issue.number, issue.printed) == (2020, 4, "93", "2020-05-10")
    assert is_lossless(rendered.text, issue)


def test_running_heads_and_page_numbers_are_furniture(bulletin: bytes) -> None:
    document = read_pdf(bulletin)
    furniture = [b.text.replace(" ", "") for b in document.blocks if b.kind == FURNITURE]
    pages = int(document.meta["pages"])
    head = RUNNING_HEAD.replace("\u3000", "")
    assert furniture.count(head) == pages - 1
    assert sorted(t for t in furniture if t != head) == sorted(f"—{n}—" for n in range(2, pages + 1))
    text = read_bytes(bulletin, ".pdf").text
    assert "第4期" not in text and "— 3 —" not in text


def test_headlines_are_told_by_size(bulletin: bytes) -> None:
    blocks = [b for b in read_pdf(bulletin).blocks if b.kind != FURNITURE and b.page > 2]
    titles = {a.title for a in seed_parse("001").articles} | {a.section for a in seed_parse("001").articles}
    assert {b.text.replace(" ", "") for b in blocks if b.kind == HEADING} == {t.replace(" ", "") for t in titles}
    assert all(b.bold for b in blocks if b.kind == HEADING)  # faked with render mode 2
    assert not any(b.bold for b in blocks if b.kind == BODY)


def test_articles_know_their_pages(bulletin: bytes) -> None:
    rendered = read_bytes(bulletin, ".pdf")
    issue = parse_text(rendered.text)
    pages = [pages_of(a.span, rendered.page_starts) for a in issue.articles]
    assert pages[0] == (3, 3)
    assert all(first <= last for first, last in pages) and pages == sorted(pages)
    assert any(first < last for first, last in pages)  # some article runs over a page break
    assert pages[-1][1] == len(rendered.page_starts)


def test_bookmarks_mark_headlines_set_in_body_size() -> None:
    flow = Flow(running_head=False)
    flow.add("区长调研城市建设工作", 10.5, bookmark=False)
    flow.add("4月1日，区长到工地察看进度，要求加快建设，确保按期完成。", 10.5, indent=2)
    plain = [(b.kind, b.kept_lines) for b in read_pdf(draw(flow.pages)).blocks]
    flow.pages[0].bookmarks.append(("区长调研城市建设工作", 0))
    marked = [(b.kind, b.kept_lines) for b in read_pdf(draw(flow.pages)).blocks]
    assert (plain, marked) == ([(BODY, True)], [(HEADING, False), (BODY, False)])  # without: a plain print


HARD_WRAPPED = ["信息快报", "第21期", None, "市中区举行招商引资项目集中签约仪式", "2月25日下午，2021年第一季度市",
                "中区招商引资项目集中签约仪式在市中区", "档案馆二楼会议室隆重举行。区委书记王", "辉等区领导出席仪式。",
                None, "总投资118.5亿元！河东区10个招", "商引资项目集中签约！", "4月19日，河东区举行签约仪式。"]


def test_a_text_printed_as_is_keeps_its_lines_and_blank_lines() -> None:
    """A .txt printed to PDF (one type size, no weight): its line ends and blank lines are the author's,
    the reader's paragraph cues (short lines, indents) would join a headline to its text or cut a
    sentence, so the lines are handed over as printed, a blank line where the page has a gap."""
    flow = Flow(running_head=False)
    blank = 0.0
    for line in HARD_WRAPPED:
        if line is None:
            blank = 10.5 * 1.6
        else:
            flow.add(line, 10.5, before=blank)
            blank = 0.0
    rendered = read_bytes(draw(flow.pages), ".pdf")
    expected = "\n".join(line or "" for line in HARD_WRAPPED).replace("\n\n\n", "\n\n")
    assert rendered.text == expected + "\n"
    assert rendered.headline_sizes == ()
    titles = [a.title for a in parse_text(rendered.text).articles]
    assert titles == ["市中区举行招商引资项目集中签约仪式", "总投资118.5亿元！河东区10个招商引资项目集中签约！"]


def test_producer_spaces_between_digits_and_cjk_are_ignored() -> None:
    flow = Flow(running_head=False)
    flow.add("4 月 21 日，郑好豫见 上街有礼活动启动。", 10.5)
    assert read_bytes(draw(flow.pages), ".pdf").text == "4月21日，郑好豫见 上街有礼活动启动。\n"


@pytest.fixture(scope="module")
def newspaper_blocks() -> list[list[tuple[str, str]]]:
    return [[(b.kind, b.text) for b in read_pdf(newspaper_pdf(shuffled=shuffled)).blocks] for shuffled in (False, True)]


def _stories() -> list[list[tuple[str, str]]]:
    """What the newspaper page holds, story by story, in reading order."""
    out = []
    for n, article in enumerate(seed_parse("002").articles):
        heads = [("精准对接群众需求 精细提升城市品质", KICKED)] if n == 2 else [(article.title,)]
        story = [(HEADING, h) for h in heads[0]] + ([(HEADING, article.subtitle)] if article.subtitle else [])
        story += [(BODY, p) for p in story_paragraphs(article.body)]
        out.append(story + [(BODY, " ".join(b.raw for b in article.bylines))])
    return out


def _joined(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(kind, text.replace("\n", "")) for kind, text in blocks]


def test_newspaper_columns_and_spanning_headlines_read_in_order(newspaper_blocks) -> None:
    expected = [block for story in _stories() for block in story]
    assert _joined(newspaper_blocks[0]) == expected


def test_drawing_order_does_not_change_the_reading(newspaper_blocks) -> None:
    assert newspaper_blocks[1] == newspaper_blocks[0]


def test_kicker_headline_and_subtitle_keep_their_sizes() -> None:
    blocks = read_pdf(newspaper_pdf()).blocks
    sizes = {b.text: b.size for b in blocks if b.kind == HEADING}
    assert sizes["精准对接群众需求 精细提升城市品质"] < sizes[KICKED] > sizes["突出重点 分类推进 全力加快灾后恢复重建"]


def _newspaper_decks(sizes: bool) -> list[tuple[str | None, str, str | None]]:
    rendered = read_bytes(newspaper_pdf(), ".pdf")
    issue = parse_text(rendered.text, sizes=dict(rendered.headline_sizes) if sizes else None)
    assert is_lossless(rendered.text, issue)
    return [(a.kicker, a.title, a.subtitle) for a in issue.articles]


def test_newspaper_pdf_parses_into_five_articles_with_their_headlines() -> None:
    """The title is the biggest deck: a smaller one above it is the kicker, below it the subtitle."""
    expected = [(None, a.title, a.subtitle) for a in seed_parse("002").articles]
    expected[2] = ("精准对接群众需求 精细提升城市品质", KICKED, None)
    assert _newspaper_decks(sizes=True) == expected


def test_without_the_sizes_the_upper_deck_of_a_newspaper_story_is_its_kicker() -> None:
    """What the sizes change: the text alone follows the newspaper's order (引题 above 主题)."""
    got = _newspaper_decks(sizes=False)
    assert got[0] == (seed_parse("002").articles[0].title, seed_parse("002").articles[0].subtitle, None)


def test_headline_sizes_point_at_the_headline_lines() -> None:
    rendered = read_bytes(newspaper_pdf(), ".pdf")
    lines = {rendered.text[at:rendered.text.index("\n", at)]: size for at, size in rendered.headline_sizes}
    assert (lines[KICKED], lines["精准对接群众需求 精细提升城市品质"]) == (24, 15)
    assert len(lines) == 5 + 3  # five titles, two subtitles, one kicker


def test_a_damaged_pdf_is_refused_in_one_line() -> None:
    with pytest.raises(DecodeError) as caught:
        read_bytes(b"%PDF-1.4\n1 0 obj <<>> garbage", ".pdf")
    assert str(caught.value).startswith("not a readable PDF file") and "\n" not in str(caught.value)


def test_a_pdf_without_text_names_the_ocr_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "available", lambda: False)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.rect(50, 50, 400, 600, fill=1)  # a page that is all picture, as a scan is
    pdf.showPage()
    pdf.save()
    with pytest.raises(DecodeError, match=r"gazette-reader\[ocr\]") as caught:
        read_bytes(buffer.getvalue(), ".pdf")
    assert "扫描件" in caught.value.zh


def test_type_scaled_by_the_text_matrix_keeps_its_size() -> None:
    """A producer that sets 1-point type and scales it with the matrix: sizes are what the page shows."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for text, size, y in (("区长调研城市建设工作", 18, 760), ("4月1日，区长到工地察看进度，要求加快建设。", 10, 730)):
        obj = pdf.beginText()
        obj.setTextTransform(size, 0, 0, size, 72, y)
        obj.setFont(_font(), 1)
        obj.textOut(text)
        pdf.drawText(obj)
    pdf.showPage()
    pdf.save()
    blocks = read_pdf(buffer.getvalue()).blocks
    assert [(b.kind, b.size) for b in blocks] == [(HEADING, 18.0), (BODY, 10.0)]


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_a_pdf_written_by_libreoffice_gives_the_articles_of_the_text(tmp_path) -> None:
    """Another producer: no first-line indents, paragraph spacing instead, tabs before the TOC's page
    numbers, a running head from the Word header, paragraphs running over page breaks."""
    from tests.unit.ingest.readers.makedocs import bulletin_docx

    (tmp_path / "b.docx").write_bytes(bulletin_docx(direct=False))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "b.docx")],
                   capture_output=True, timeout=180, check=True, env={**os.environ, "HOME": str(tmp_path)})
    rendered = read_bytes((tmp_path / "b.pdf").read_bytes(), ".pdf")
    issue = parse_text(rendered.text)
    expected = seed_parse("001")
    assert [(a.section, a.title) for a in issue.articles] == [(a.section, a.title) for a in expected.articles]
    assert [a.body for a in issue.articles] == [a.body for a in expected.articles]
    assert "上街区简报" not in rendered.text  # the Word header on every page is a running head


def test_a_printed_line_too_long_for_the_page_is_joined_again() -> None:
    """The printer wraps a text's long line at the right margin: that break is not the author's. A line
    that stops short, or ends a sentence at the margin, keeps its end."""
    long = "保安局发言人今日表示，大亚灣核電運營管理有限責任公司今日在其网站内通报了一则有关岭澳核电站的运行事件，" \
        "对电站的安全运作并无构成任何影响"
    full = "在一月九日，受到气候和潮汐变化影响，岭澳核电站二号机组海水取水口聚集了大量海洋生物。"
    flow = Flow(running_head=False)
    room = flow.width - 2 * flow.margin
    while width(full, 10.5) < room - 10.5:  # a sentence that ends right at the margin
        full = "大" + full
    assert width(full, 10.5) <= room
    for line in ("嶺澳核電站運行事件", long, full, "大亚湾运营公司会于其网站向公众发放信息。"):
        flow.add(line, 10.5)
    printed = [run.text for run in flow.pages[0].runs]
    assert len(printed) == 5  # the long line took two
    rendered = read_bytes(draw(flow.pages), ".pdf")
    assert rendered.text.split("\n") == ["嶺澳核電站運行事件", long, full, "大亚湾运营公司会于其网站向公众发放信息。", ""]
