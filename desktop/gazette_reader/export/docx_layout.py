"""Word page and type setup, and a body writer that appends in linear time.

**Official layout** follows GB/T 9704-2012 (党政机关公文格式) as chronicle offices expect it: A4 portrait
(``w:pgSz`` 11906×16838 twips), top margin 37 mm and left 28 mm around a 156 × 225 mm text block (so
right 26 mm, bottom 35 mm), 正文 in 仿宋 三号 (16 pt) with a two-character first-line indent and a fixed
line pitch that fits 22 lines in the block, headings in 黑体 (level 1) and 楷体 (level 2), the title in
宋体 bold as the installed stand-in for 方正小标宋 (which few machines have), and page numbers ``— 1 —``
in 宋体 四号 at the foot. Fonts are named by their Chinese names in the ``eastAsia`` slot, so Word on a
Chinese Windows uses 仿宋/黑体/楷体/宋体 and other systems substitute what they have.
**Plain layout** keeps the earlier simple style (宋体 五号, no indent) on A4.

:class:`BodyWriter` exists because python-docx's ``add_paragraph`` inserts each paragraph before the
section properties with ``insert_element_before``, which scans the body: 10,000 articles took minutes.
Appending to the body with ``sectPr`` detached and re-attached at the end is linear.
"""

from __future__ import annotations

import re

from docx import Document
from docx.document import Document as DocumentType
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor, Twips
from docx.styles.style import BaseStyle
from docx.text.paragraph import Paragraph
from docx.text.run import Run

_PLAIN = re.compile(r"^[^\t\n\r]*$")
A4_TWIPS = (11906, 16838)
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
"""GB/T 9704: top 37 mm, left 28 mm, text block 156 × 225 mm on A4 (210 × 297 mm)."""

BODY_FONT = "仿宋"
HEADING_FONT = "黑体"
SUBHEADING_FONT = "楷体"
TITLE_FONT = "宋体"
PLAIN_BODY_FONT = "宋体"
LATIN_FONT = "Times New Roman"
BODY_SIZE = Pt(16)  # 三号
TITLE_SIZE = Pt(22)  # 二号
LINE_PITCH = Twips(578)  # 28.9 pt: 22 lines in the 225 mm block
META_STYLE = "Gazette Meta"
TOC_STYLE = "Gazette TOC"
_THEME_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def set_style_font(style: BaseStyle, east_asian: str, *, size: Pt | None = None) -> None:
    """Set a style's Latin and East Asian fonts, dropping theme fonts that would override them."""
    style.font.name = LATIN_FONT
    if size is not None:
        style.font.size = size
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in _THEME_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:hint"), "eastAsia")


FONT_TABLE = {"宋体": ("SimSun", "02010600030101010101"), "仿宋": ("FangSong", "02010609060101010101"),
              "黑体": ("SimHei", "02010609060101010101"), "楷体": ("KaiTi", "02010609060101010101")}
"""Chinese font name → (English name, PANOSE): entries in ``fontTable.xml`` with the GB2312 charset, so a
Word without the exact font substitutes a Chinese one of the same family rather than a Latin font."""


def new_document(title: str, layout: str = "official") -> DocumentType:
    """An A4 document in ``layout`` with ``title`` as its core property."""
    document = Document()
    _declare_fonts(document)
    section = document.sections[0]
    section.page_width, section.page_height = Twips(A4_TWIPS[0]), Twips(A4_TWIPS[1])
    _add_styles(document)
    if layout == "official":
        _official(document)
    else:
        _plain(document)
    document.core_properties.title = title
    return document


def _declare_fonts(document: DocumentType) -> None:
    """Add the Chinese fonts to the document's font table (see :data:`FONT_TABLE`)."""
    from lxml import etree

    part = next(rel.target_part for rel in document.part.rels.values() if rel.reltype.endswith("/fontTable"))
    fonts = etree.fromstring(part.blob)
    for name, (english, panose) in FONT_TABLE.items():
        font = etree.SubElement(fonts, qn("w:font"), {qn("w:name"): name})
        for tag, value in (("w:altName", english), ("w:panose1", panose), ("w:charset", "86"),
                           ("w:family", "modern" if name != "宋体" else "auto"), ("w:pitch", "variable")):
            etree.SubElement(font, qn(tag), {qn("w:val"): value})
    part._blob = etree.tostring(fonts, xml_declaration=True, encoding="UTF-8", standalone=True)


def _add_styles(document: DocumentType) -> None:
    """The metadata-line and table-of-contents paragraph styles both layouts use."""
    for name in (META_STYLE, TOC_STYLE):
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.paragraph_format.first_line_indent = Pt(0)
    document.styles[META_STYLE].font.size = Pt(12)
    document.styles[META_STYLE].font.color.rgb = RGBColor(0x44, 0x44, 0x44)


def _official(document: DocumentType) -> None:
    """GB/T 9704-like margins, 仿宋 三号 body with indent and fixed pitch, 黑体/楷体 headings, page numbers."""
    section = document.sections[0]
    for side, millimetres in MARGINS_MM.items():
        setattr(section, f"{side}_margin", Mm(millimetres))
    section.footer_distance = Mm(22)
    normal = document.styles["Normal"]
    set_style_font(normal, BODY_FONT, size=BODY_SIZE)
    body = normal.paragraph_format
    body.first_line_indent = Pt(32)
    body.line_spacing_rule, body.line_spacing = WD_LINE_SPACING.EXACTLY, LINE_PITCH
    body.space_before = body.space_after = Pt(0)
    body.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    _indent_in_characters(normal, 200)
    _heading(document, "Title", TITLE_FONT, TITLE_SIZE, bold=True, centred=True)
    _no_border(document.styles["Title"])
    _heading(document, "Heading 1", HEADING_FONT, BODY_SIZE)
    _heading(document, "Heading 2", SUBHEADING_FONT, BODY_SIZE)
    _heading(document, "Heading 3", SUBHEADING_FONT, BODY_SIZE)
    set_style_font(document.styles[META_STYLE], BODY_FONT, size=Pt(12))
    _page_numbers(document)


def _plain(document: DocumentType) -> None:
    """The simple layout: 宋体 五号 body, 黑体 headings, Word's default spacing and margins."""
    set_style_font(document.styles["Normal"], PLAIN_BODY_FONT, size=Pt(10.5))
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        set_style_font(document.styles[name], HEADING_FONT)
        document.styles[name].font.color.rgb = RGBColor(0, 0, 0)


def _heading(document: DocumentType, name: str, font: str, size: Pt, *, bold: bool = False,
             centred: bool = False) -> None:
    """A heading style in the official layout: black, no indent, on the body's line pitch."""
    style = document.styles[name]
    set_style_font(style, font, size=size)
    style.font.bold, style.font.italic = bold, False
    style.font.color.rgb = RGBColor(0, 0, 0)
    fmt = style.paragraph_format
    fmt.first_line_indent = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(36) if centred else LINE_PITCH
    fmt.space_before, fmt.space_after = (Pt(0), Pt(14)) if centred else (Pt(8), Pt(0))
    if centred:
        fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _indent_in_characters(style, 0)


def _no_border(style: BaseStyle) -> None:
    """Drop the default template's rule under the title (公文 titles have none)."""
    ppr = style.element.pPr
    border = ppr.find(qn("w:pBdr")) if ppr is not None else None
    if border is not None:
        ppr.remove(border)


def _indent_in_characters(style: BaseStyle, hundredths: int) -> None:
    """``w:ind/@w:firstLineChars``: Word indents by characters of the paragraph's own font size."""
    ind = style.element.get_or_add_pPr().get_or_add_ind()
    ind.set(qn("w:firstLineChars"), str(hundredths))


def _page_numbers(document: DocumentType) -> None:
    """``— N —`` centred in the footer, N a PAGE field in 宋体 四号."""
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.first_line_indent = Pt(0)
    _footer_run(paragraph, "— ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    paragraph._p.append(field)
    field.append(_footer_run(paragraph, "1")._r)
    _footer_run(paragraph, " —")


def _footer_run(paragraph: Paragraph, text: str) -> Run:
    """A run in the footer's font (宋体 四号)."""
    run = paragraph.add_run(text)
    run.font.size = Pt(14)
    run.font.name = LATIN_FONT
    run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), TITLE_FONT)
    return run


class BodyWriter:
    """Append paragraphs to a document's body in constant time each (see the module docstring).

    Use as a context manager: ``sectPr`` is detached on entry and put back as the body's last child on
    exit, where Word requires it.
    """

    def __init__(self, document: DocumentType) -> None:
        self.document = document
        self.body = document.element.body
        self.sect_pr = self.body.sectPr

    def __enter__(self) -> BodyWriter:
        if self.sect_pr is not None:
            self.body.remove(self.sect_pr)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.sect_pr is not None:
            self.body.append(self.sect_pr)

    def paragraph(self, text: str = "", style: str | None = None) -> Paragraph:
        """A new last paragraph with ``text`` in the style with id ``style`` (e.g. ``Heading1``).

        The elements are built directly: python-docx's ``run.text`` walks the text character by character
        (for tabs and breaks) and its ``style`` setter searches for insertion points, which together took
        most of the export's time. Text with a tab or line break still goes through python-docx.
        """
        p = OxmlElement("w:p")
        if style:
            ppr = OxmlElement("w:pPr")
            ppr.append(OxmlElement("w:pStyle", {qn("w:val"): style}))
            p.append(ppr)
        self.body.append(p)
        paragraph = Paragraph(p, self.document._body)
        if text and _PLAIN.match(text):
            p.append(text_run(text))
        elif text:
            paragraph.add_run(text)
        return paragraph

    def page_break(self) -> None:
        """Start a new page after the last paragraph (a break in it, so no empty line opens the page)."""
        run = OxmlElement("w:r")
        br = OxmlElement("w:br")
        br.set(qn("w:type"), "page")
        run.append(br)
        last = self.body[-1] if len(self.body) else None
        (last if last is not None and last.tag == qn("w:p") else self.paragraph()._p).append(run)


def text_run(text: str) -> OxmlElement:
    """``<w:r><w:t xml:space="preserve">text</w:t></w:r>`` for text without tabs or line breaks."""
    run = OxmlElement("w:r")
    t = OxmlElement("w:t", {qn("xml:space"): "preserve"})
    t.text = text
    run.append(t)
    return run


def style_id(document: DocumentType, name: str) -> str:
    """The style id Word stores for a style name (``Heading 1`` → ``Heading1``)."""
    return document.styles[name].style_id


def add_toc(writer: BodyWriter, titles: list[str]) -> None:
    """A Word table of contents (a TOC field over level-1 headings) prefilled with ``titles``.

    Word fills in page numbers when the field is updated (``updateFields`` asks it to on opening);
    until then, and in viewers that never update fields, the prefilled titles are the contents.
    """
    toc_style = style_id(writer.document, TOC_STYLE)
    writer.paragraph("目　录", style_id(writer.document, "Heading 1")).alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraphs = [writer.paragraph(style=toc_style) for _ in titles] or [writer.paragraph(style=toc_style)]
    first, last = paragraphs[0]._p, paragraphs[-1]._p
    first.append(_field_char("begin"))
    instr = OxmlElement("w:r")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = ' TOC \\o "1-1" \\h \\z \\u '
    instr.append(text)
    first.append(instr)
    first.append(_field_char("separate"))
    for paragraph, title in zip(paragraphs, titles):
        paragraph.add_run(title)
    last.append(_field_char("end"))
    _ask_to_update_fields(writer.document)


def _ask_to_update_fields(document: DocumentType) -> None:
    """``w:updateFields`` in settings, placed before ``w:compat`` as the schema's sequence requires."""
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings = document.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is not None:
        compat.addprevious(update)
    else:
        settings.append(update)


def _field_char(kind: str) -> OxmlElement:
    """A run holding ``w:fldChar`` of ``kind`` (begin / separate / end)."""
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run.append(char)
    return run
