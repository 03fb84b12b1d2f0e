"""Word export read back with python-docx: headings, metadata, body, tags and CJK fonts on the styles."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from gazette_reader.export import ExportOptions, write_export
from gazette_reader.export.docx_layout import PLAIN_BODY_FONT
from gazette_reader.export.docx_writer import BODY_FONT, HEADING_FONT

from .readback import docx_text


@pytest.fixture
def document(articles: list[dict], tmp_path: Path) -> docx.document.Document:
    return docx.Document(str(write_export(articles, "docx", tmp_path / "a.docx")))


def _plain(articles: list[dict], tmp_path: Path, **options: str) -> docx.document.Document:
    path = write_export(articles, "docx", tmp_path / "p.docx", options=ExportOptions(**options))
    return docx.Document(str(path))


def test_every_article_has_a_heading_and_its_body_in_date_order(articles: list[dict], document) -> None:
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    by_date = [articles[i]["title"] for i in (2, 0, 3, 1, 4)]  # 2019-06, 2020-04, 2020-06, 2021-09, undated
    assert headings == ["目　录", *by_date]
    texts = {p.text for p in document.paragraphs}
    for article in articles:
        for paragraph in article["body"].splitlines():
            assert paragraph in texts


def test_metadata_subtitle_and_tags(document) -> None:
    texts = [p.text for p in document.paragraphs]
    assert "二七区新闻 · 2021-09-13 · 记者 景静" in texts
    assert "突出重点 分类推进 全力加快灾后恢复重建" in texts
    assert "领导：宋洁（区委书记）、耿勇军（区长）、张向奥" in texts
    assert "项目：老旧小区改造" in texts


def test_list_order_on_request(articles: list[dict], tmp_path: Path) -> None:
    document = _plain(articles, tmp_path, order="list")
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[1:] == [a["title"] for a in articles]


def test_a4_portrait_with_gbt_9704_margins(document) -> None:
    section = document.element.body.sectPr
    size, margins = section.find(qn("w:pgSz")), section.find(qn("w:pgMar"))
    assert (size.get(qn("w:w")), size.get(qn("w:h"))) == ("11906", "16838")
    twips = {side: int(margins.get(qn(f"w:{side}"))) for side in ("top", "bottom", "left", "right")}
    mm = {side: round(value / 1440 * 25.4) for side, value in twips.items()}
    assert mm == {"top": 37, "bottom": 35, "left": 28, "right": 26}
    assert 210 - mm["left"] - mm["right"] == 156 and 297 - mm["top"] - mm["bottom"] == 225


def test_body_is_fangsong_sanhao_indented_two_characters_at_a_fixed_pitch(document) -> None:
    normal = document.styles["Normal"]
    assert normal.element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋"
    assert normal.font.size.pt == 16
    ind = normal.element.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "200" and normal.paragraph_format.first_line_indent.pt == 32
    spacing = normal.element.pPr.find(qn("w:spacing"))
    assert spacing.get(qn("w:lineRule")) == "exact" and 22 * int(spacing.get(qn("w:line"))) / 20 <= 225 / 25.4 * 72
    body = next(p for p in document.paragraphs if p.text.startswith("宋洁指出"))
    assert body.style.name == "Normal"


def test_page_number_footer_and_toc_field(document) -> None:
    footer = document.sections[0].footer.paragraphs[0]
    assert footer._p.xpath("string(.)") == "— 1 —"
    assert footer._p.find(qn("w:fldSimple")).get(qn("w:instr")) == "PAGE"
    instr = "".join(t.text for t in document.element.body.iter(qn("w:instrText")))
    assert "TOC" in instr
    assert document.settings.element.find(qn("w:updateFields")) is not None
    assert document.element.body[-1].tag == qn("w:sectPr")


def test_plain_layout_keeps_the_simple_style_on_a4(articles: list[dict], tmp_path: Path) -> None:
    document = _plain(articles, tmp_path, layout="plain")
    assert document.styles["Normal"].element.rPr.rFonts.get(qn("w:eastAsia")) == PLAIN_BODY_FONT
    assert document.element.body.sectPr.find(qn("w:pgSz")).get(qn("w:w")) == "11906"
    assert "目　录" not in docx_text(tmp_path / "p.docx")


@pytest.mark.parametrize(
    ("style", "font"),
    [("Normal", BODY_FONT), ("Title", "宋体"), ("Heading 1", HEADING_FONT), ("Heading 3", "楷体")],
)
def test_styles_set_the_east_asian_font_without_theme_override(document, style: str, font: str) -> None:
    fonts = document.styles[style].element.rPr.rFonts
    assert fonts.get(qn("w:eastAsia")) == font
    assert fonts.get(qn("w:eastAsiaTheme")) is None and fonts.get(qn("w:asciiTheme")) is None


def test_control_characters_from_pdf_text_do_not_break_the_file(articles: list[dict], tmp_path: Path) -> None:
    articles[0]["title"] = "标题\x0c带换页符"
    articles[0]["body"] = "正文\x00一\x0b段"
    text = docx_text(write_export(articles, "docx", tmp_path / "a.docx"))
    assert "标题带换页符" in text and "正文一段" in text


def test_body_is_built_by_appending_not_by_scanning_inserts(articles: list[dict], tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """python-docx's insert_element_before scans the body for sectPr on every paragraph: quadratic."""
    from docx.oxml.xmlchemy import BaseOxmlElement

    original, body_inserts = BaseOxmlElement.insert_element_before, []

    def spy(self, elm, *tagnames):  # noqa: ANN001, ANN202
        if self.tag == qn("w:body"):
            body_inserts.append(elm.tag)
        return original(self, elm, *tagnames)

    monkeypatch.setattr(BaseOxmlElement, "insert_element_before", spy)
    for fmt in ("docx", "chronicle"):
        write_export(articles * 20, fmt, tmp_path / f"{fmt}.docx")
    assert body_inserts == []


def test_title_has_no_rule_and_articles_start_on_a_new_page_without_an_empty_line(document) -> None:
    assert document.styles["Title"].element.pPr.find(qn("w:pBdr")) is None
    paragraphs = document.paragraphs
    breaks = [i for i, p in enumerate(paragraphs) if p._p.xpath(".//w:br[@w:type='page']")]
    assert len(breaks) == 1 and paragraphs[breaks[0]].style.name == "Gazette TOC"
    assert paragraphs[breaks[0] + 1].style.name == "Heading 1" and paragraphs[breaks[0] + 1].text


def test_chinese_fonts_are_declared_with_their_english_names_and_gb2312_charset(articles: list[dict],
                                                                                 tmp_path: Path) -> None:
    import zipfile

    from lxml import etree

    path = write_export(articles, "docx", tmp_path / "f.docx")
    fonts = etree.fromstring(zipfile.ZipFile(path).read("word/fontTable.xml"))
    declared = {f.get(qn("w:name")): (f.find(qn("w:altName")), f.find(qn("w:charset"))) for f in fonts}
    for name, english in (("仿宋", "FangSong"), ("黑体", "SimHei"), ("楷体", "KaiTi"), ("宋体", "SimSun")):
        alt, charset = declared[name]
        assert alt.get(qn("w:val")) == english and charset.get(qn("w:val")) == "86"


def test_text_with_a_tab_and_special_characters_reads_back(articles: list[dict], tmp_path: Path) -> None:
    articles[0]["body"] = "第一栏\t第二栏\n<标签> & “引号”"
    text = docx_text(write_export(articles, "docx", tmp_path / "t.docx"))
    assert "第一栏\t第二栏" in text.splitlines() and "<标签> & “引号”" in text.splitlines()
