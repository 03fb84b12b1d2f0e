"""The article reader: header, reflowed body, search hits marked with next/previous, tags as links.

The document is built with a QTextCursor, piece by piece between every highlight and link boundary. That
is what keeps the marks exact: offsets from the core count Python code points, the document counts UTF-16
units, and converting to traditional characters may change lengths; by inserting pieces and reading the
cursor's own positions, neither mismatch can shift a mark.

Links and grey lines take their colours from the palette when the article is rendered, so a theme change
at run time (a ``PaletteChange``) renders the article again rather than leave light-theme blue on a dark
background.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import (QAction, QColor, QFont, QPalette, QTextBlockFormat, QTextCharFormat, QTextCursor,
                           QTextDocument)
from PySide6.QtWidgets import (QLabel, QMenu, QSizePolicy, QTextBrowser, QTextEdit, QToolBar, QToolButton,
                               QVBoxLayout, QWidget)

from gazette_reader.gui import open_original as original
from gazette_reader.gui.article_model import day_label
from gazette_reader.gui.colours import CURRENT_HIT, HIT, HIT_TEXT, secondary_text
from gazette_reader.gui.script import convert, convert_keeping_offsets, find_all


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("Reader", text)


def pages_label(article: dict) -> str:
    """``第 3 页`` or ``第 3–4 页`` for an article of a paged file (PDF); empty otherwise."""
    first, last = article.get("page_first"), article.get("page_last")
    if not first:
        return ""
    if last and last != first:
        return tr("第 {first}–{last} 页").format(first=first, last=last)
    return tr("第 {first} 页").format(first=first)


@dataclass
class Marks:
    """Search hits to mark in one article: ``[start, end)`` code-point spans into title and body."""

    title: Sequence[Sequence[int]] = ()
    body: Sequence[Sequence[int]] = ()
    tags: Sequence[tuple[str, str]] = ()
    """``(entity, name)`` of the tags the list is filtered by (``人物:宋洁``): their spellings are marked
    as hits too, since a filter alone gives the search no words to highlight."""


@dataclass
class _Built:
    """What rendering an article produced: hit positions (Qt units) and link targets by index."""

    hits: list[tuple[int, int]] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)


class ReaderView(QWidget):
    """Shows one article; emits ``filter_requested(entity, name, add)`` when a leader/project link is
    clicked (``add``: with Ctrl, to add the tag to the filters rather than replace them), and
    ``past_end(step)`` when F3 passes the last hit (+1) or Shift+F3 the first (-1)."""

    filter_requested = Signal(str, str, bool)
    past_end = Signal(int)

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article: dict | None = None
        self.marks = Marks()
        self.script = "simplified"
        self.font_family = ""
        self.font_size = 13
        self.current_hit = -1
        self._built = _Built()
        self._notice = ""
        """What the reader says while it shows no article (see :meth:`clear`)."""
        self._colours: tuple[str, ...] = ()
        """The palette colours the shown document was rendered with (see :meth:`changeEvent`)."""
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_anchor)
        self.click_modifiers = Qt.KeyboardModifier.NoModifier
        self.browser.viewport().installEventFilter(self)
        self._build_bar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.bar)
        layout.addWidget(self.browser)
        self.clear()

    def _build_bar(self) -> None:
        self.previous_button = QToolButton(self, text=tr("◀ 上一处"), toolTip=tr("上一个命中 (Shift+F3)"))
        self.next_button = QToolButton(self, text=tr("下一处 ▶"), toolTip=tr("下一个命中 (F3)"))
        self.hit_label = QLabel(self)
        self.previous_button.clicked.connect(self.previous_hit)
        self.next_button.clicked.connect(self.next_hit)
        # A tool bar, not a row of buttons: in a narrow reader (1024 px wide, English labels) the buttons
        # that do not fit go behind its » button instead of setting the reader's minimum width.
        self.bar = QToolBar(self)
        self.bar.setContentsMargins(4, 0, 4, 0)
        for widget in (self.previous_button, self.next_button, self.hit_label):
            self.bar.addWidget(widget)
        spacer = QWidget(self.bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.bar.addWidget(spacer)

    def add_bar_menu(self, text: str, menu: QMenu) -> QToolButton:
        """A button at the right of the hit bar that pops ``menu`` up (the article's corrections)."""
        button = QToolButton(self, text=text)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.bar.addWidget(button)
        return button

    def add_bar_action(self, action: QAction) -> None:
        """Show a window action (e.g. "copy citation") as a button at the right of the hit bar."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        self.bar.addWidget(button)

    # -- public -------------------------------------------------------------------------------------
    def show_article(self, article: dict, marks: Marks | None = None) -> None:
        """Display ``article`` (the facade's full dict) with ``marks`` highlighted; first hit in view."""
        self.article, self.marks = article, marks or Marks()
        self._render()
        self.current_hit = -1
        if self._built.hits:
            self.go_to_hit(0)
        else:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            self._update_bar()

    def clear(self, notice: str = "") -> None:
        """Show no article but ``notice`` (by default the hint for an empty reader), in body text.

        A fresh document, not ``setPlainText``: that keeps the cursor's character format, so the hint
        came out in the last article's big bold title format."""
        self.article, self.marks, self._built, self.current_hit = None, Marks(), _Built(), -1
        self._notice = notice or tr("选择左侧的简报或文章，或在上方输入检索词。")
        self._render()
        self._update_bar()

    def set_script(self, script: str) -> None:
        """Display in another script (``simplified``, ``s2t``, ``s2tw``, ``s2hk``) and re-render."""
        self.script = script
        self._rerender()

    def set_font(self, family: str, size: int) -> None:
        """Use ``family`` (empty = application font) at ``size`` points and re-render."""
        self.font_family, self.font_size = family, max(6, min(size, 48))
        self._rerender()

    def zoom(self, steps: int) -> None:
        """Make the text ``steps`` points larger (negative: smaller), within 6–48 pt."""
        self.set_font(self.font_family, self.font_size + steps)

    def hit_count(self) -> int:
        """How many hits are marked in the current article."""
        return len(self._built.hits)

    def next_hit(self) -> None:
        """Move to the next hit; past the last one, ask for the next article (``past_end(1)``)."""
        if self.current_hit + 1 < len(self._built.hits):
            self.go_to_hit(self.current_hit + 1)
        elif self.article is not None:
            self.past_end.emit(1)

    def previous_hit(self) -> None:
        """Move to the previous hit; before the first one, ask for the previous article (``past_end(-1)``)."""
        if self.current_hit > 0:
            self.go_to_hit(self.current_hit - 1)
        elif self.article is not None:
            self.past_end.emit(-1)

    def go_to_last_hit(self) -> None:
        """Show the last hit (Shift+F3 arriving from the next article)."""
        if self._built.hits:
            self.go_to_hit(len(self._built.hits) - 1)

    def go_to_hit(self, number: int) -> None:
        """Select hit ``number``, mark it as current and scroll it into view."""
        start, end = self._built.hits[number]
        self.current_hit = number
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        extra = QTextEdit.ExtraSelection()
        extra.cursor = cursor
        extra.format.setBackground(CURRENT_HIT)
        extra.format.setForeground(HIT_TEXT)
        self.browser.setExtraSelections([extra])
        plain = QTextCursor(self.browser.document())
        plain.setPosition(end)
        self.browser.setTextCursor(plain)
        self.browser.ensureCursorVisible()
        self._update_bar()

    def hit_text(self, number: int) -> str:
        """The document text of hit ``number`` (as displayed, so in the display script)."""
        start, end = self._built.hits[number]
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def link_targets(self) -> list[tuple[str, str]]:
        """``(entity, name)`` of every link in the current document, in order."""
        return list(self._built.links)

    # -- rendering ----------------------------------------------------------------------------------
    def _rerender(self) -> None:
        if self.article is None:
            self._render()  # the notice, in the new font or colours
            return
        keep = max(self.current_hit, 0)
        self._render()
        if self._built.hits:
            self.go_to_hit(min(keep, len(self._built.hits) - 1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: note the modifiers of a click (``anchorClicked`` does not carry
        them; Ctrl+click on a link adds its tag to the filters)."""
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            self.click_modifiers = event.modifiers()  # type: ignore[attr-defined]
        return False

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget.changeEvent: render again in the new palette's colours (a theme switch)."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            if self._palette_colours() != self._colours:  # both events come for one switch: render once
                self._rerender()

    def _palette_colours(self) -> tuple[str, ...]:
        palette = self.palette()
        return (palette.color(QPalette.ColorRole.Link).name(), self._grey().name(),
                palette.color(QPalette.ColorRole.Text).name())

    def _grey(self) -> QColor:
        return secondary_text(self.palette())

    def _render(self) -> None:
        """Build the document anew: the article, or the notice when there is none."""
        self._colours = self._palette_colours()
        document = QTextDocument(self.browser)
        font = QFont(self.font_family) if self.font_family else QFont(self.browser.font())
        font.setPointSize(self.font_size)
        document.setDefaultFont(font)
        document.setDocumentMargin(16)
        self._built = _Built()
        cursor = QTextCursor(document)
        if self.article is None:
            cursor.setBlockFormat(_block(self.font_size * 0.6))
            cursor.insertText(self._notice, _chars(self.font_size, colour=self._grey()))
        else:
            self._write_header(cursor, self.article)
            self._write_body(cursor, self.article)
        self.browser.setDocument(document)
        self.browser.setExtraSelections([])

    def _write_header(self, cursor: QTextCursor, article: dict) -> None:
        size = self.font_size
        if article.get("kicker"):
            self._paragraph(cursor, self._plain(article["kicker"]), size - 1, bold=False, first=True)
            cursor.insertBlock(_block(size * 0.3))
        else:
            cursor.setBlockFormat(_block(size * 0.3))
        title = article.get("title") or tr("（无标题）")
        hits = _with_tag_hits(title, self.marks.title, self._tag_needles(article))
        self._marked(cursor, title, hits, [], _chars(size * 1.6, bold=True))
        if article.get("subtitle"):
            self._paragraph(cursor, self._plain(article["subtitle"]), size * 1.15, bold=False)
        corrected = tr("已校正") if article.get("corrected") else ""
        meta = " · ".join(str(x) for x in (day_label(article), article.get("publication"),
                                           article.get("issue_title"), article.get("section"),
                                           pages_label(article),
                                           tr("OCR 识别，可能有误") if article.get("ocr") else None, corrected) if x)
        self._paragraph(cursor, self._plain(meta), size * 0.9, colour=self._grey())
        if link := original.link_text(article):  # 打开原文件第 N 页
            cursor.insertText("  " if meta else "", _chars(size * 0.9))
            colour = self.palette().color(QPalette.ColorRole.Link)
            cursor.insertText(link, original.link_format(_chars(size * 0.9), colour, article))
        if article.get("bylines"):
            self._paragraph(cursor, self._plain(_byline_text(article)), size * 0.9, colour=self._grey())
        self._write_tag_line(cursor, article)

    def _write_tag_line(self, cursor: QTextCursor, article: dict) -> None:
        tags = _tags(article)
        if not tags:
            return
        cursor.insertBlock(_block(4))
        cursor.insertText(tr("人物与项目："), _chars(self.font_size * 0.9, colour=self._grey()))
        for n, (entity, name) in enumerate(tags):
            if n:
                cursor.insertText("、", _chars(self.font_size * 0.9, colour=self._grey()))
            cursor.insertText(self._plain(name), self._link_format(entity, name, self.font_size * 0.9))

    def _write_body(self, cursor: QTextCursor, article: dict) -> None:
        body = article.get("body") or ""
        links = _link_spans(body, _needles(article, _tags(article)))
        hits = _with_tag_hits(body, self.marks.body, self._tag_needles(article))
        cursor.insertBlock(_block(self.font_size * 0.6, indent=True))
        first_block = cursor.block().blockNumber()
        self._marked(cursor, body, hits, links, _chars(self.font_size))
        self._style_subheadings(cursor.document(), first_block, body.split("\n"))
        if article.get("source_unit"):
            cursor.insertBlock(_block(self.font_size * 0.3))
            cursor.insertText(self._plain(f"（{article['source_unit']}）"),
                              _chars(self.font_size * 0.95, colour=self._grey()))

    def _style_subheadings(self, document: QTextDocument, first_block: int, paragraphs: list[str]) -> None:
        """Set a feature's subheadings (short unpunctuated lines before a paragraph) in bold with air above,
        after the text is in, so hit and link positions stay as recorded."""
        for n, paragraph in enumerate(paragraphs):
            following = paragraphs[n + 1] if n + 1 < len(paragraphs) else ""
            if not is_subheading(paragraph, following):
                continue
            block = document.findBlockByNumber(first_block + n)
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            cursor.mergeCharFormat(bold)
            spaced = QTextBlockFormat()
            spaced.setTopMargin(self.font_size * 1.2)
            cursor.mergeBlockFormat(spaced)

    def _tag_needles(self, article: dict) -> list[tuple[str, str, str]]:
        """The spellings of the tags the list is filtered by, to be marked as hits."""
        return _needles(article, list(self.marks.tags))

    def _marked(self, cursor: QTextCursor, text: str, hits: Sequence[Sequence[int]],
                links: list[tuple[int, int, str, str]], base: QTextCharFormat) -> None:
        """Insert ``text`` with hit backgrounds and link anchors, recording each hit's Qt positions."""
        hits = [(int(s), int(e)) for s, e in hits if 0 <= int(s) < int(e) <= len(text)]
        offsets = [o for s, e in hits for o in (s, e)] + [o for s, e, _, _ in links for o in (s, e)]
        shown, moved = convert_keeping_offsets(text, self.script, offsets)
        cuts = sorted(moved)
        position_at: dict[int, int] = {0: cursor.position()}
        for start, end in zip(cuts, cuts[1:]):
            fmt = QTextCharFormat(base)
            link = next((lk for lk in links if lk[0] <= start and end <= lk[1]), None)
            if link is not None:
                fmt = self._link_format(link[2], link[3], base.fontPointSize(), base)
            if any(s <= start and end <= e for s, e in hits):
                fmt.setBackground(HIT)
                fmt.setForeground(HIT_TEXT)
            cursor.insertText(shown[moved[start]:moved[end]], fmt)
            position_at[end] = cursor.position()
        self._built.hits += [(position_at[s], position_at[e]) for s, e in hits]

    def _paragraph(self, cursor: QTextCursor, text: str, size: float, *, bold: bool = False,
                   colour: QColor | None = None, first: bool = False) -> None:
        if not first:
            cursor.insertBlock(_block(2))
        cursor.insertText(text, _chars(size, bold=bold, colour=colour))

    def _link_format(self, entity: str, name: str, size: float,
                     base: QTextCharFormat | None = None) -> QTextCharFormat:
        fmt = QTextCharFormat(base) if base is not None else _chars(size)
        fmt.setAnchor(True)
        fmt.setAnchorHref(f"tag:{len(self._built.links)}")
        fmt.setForeground(self.palette().color(QPalette.ColorRole.Link))
        fmt.setFontUnderline(True)
        fmt.setToolTip(tr("按此筛选：") + name)
        self._built.links.append((entity, name))
        return fmt

    def _plain(self, text: str) -> str:
        return convert(text, self.script)

    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text == original.HREF and self.article is not None and not original.open_original(self.article):
            self._rerender()  # the file is gone since: the link goes
        if text.startswith("tag:") and text[4:].isdigit() and int(text[4:]) < len(self._built.links):
            add = bool(self.click_modifiers & Qt.KeyboardModifier.ControlModifier)
            self.filter_requested.emit(*self._built.links[int(text[4:])], add)

    def _update_bar(self) -> None:
        count = len(self._built.hits)
        self.previous_button.setEnabled(count > 0)
        self.next_button.setEnabled(count > 0)
        if count:
            self.hit_label.setText(tr("命中 %1 / %2").replace("%1", str(self.current_hit + 1)).replace("%2", str(count)))
        else:
            self.hit_label.setText(tr("无命中") if self.article is not None and self.marks.body else "")


SENTENCE_MARKS = set("，。；！？：,;!?:…")
ENDING_MARKS = SENTENCE_MARKS | set("”）)、")


def is_subheading(paragraph: str, following: str) -> bool:
    """A feature's subheading: a short line with no sentence punctuation, followed by a paragraph that
    starts afresh (a line the reflow broke, ``强化生态优先、绿色发`` + ``展，打造…``, is not one)."""
    text = paragraph.strip()
    if not 4 <= len(text) <= 40 or text[-1] in ENDING_MARKS or SENTENCE_MARKS & set(text):
        return False
    head = following.strip()[:3]
    return bool(head) and not (SENTENCE_MARKS | set("、")) & set(head)


def _tags(article: dict) -> list[tuple[str, str]]:
    """``(entity, name)`` of every leader and project of the article."""
    return ([("leader", leader["name"]) for leader in article.get("leaders", [])]
            + [("project", name) for name in article.get("projects", [])])


def _needles(article: dict, tags: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """``(entity, name, spelling)`` for each tag: its name and every way the article spells it (the
    ``spellings`` the window loads with the article: an alias, a renamed leader's old name)."""
    spellings = article.get("spellings") or {}
    out = []
    for entity, name in tags:
        for needle in dict.fromkeys([name, *spellings.get(entity, {}).get(name, [])]):
            out.append((entity, name, needle))
    return out


def _with_tag_hits(text: str, hits: Sequence[Sequence[int]],
                   needles: list[tuple[str, str, str]]) -> list[tuple[int, int]]:
    """``hits`` plus each occurrence of a filtered tag's spelling that overlaps none of them, in order."""
    out = [(int(s), int(e)) for s, e in hits]
    for start, end, _entity, _name in _link_spans(text, needles):
        if all(end <= s or start >= e for s, e in out):
            out.append((start, end))
    return sorted(out)


def _link_spans(body: str, needles: list[tuple[str, str, str]]) -> list[tuple[int, int, str, str]]:
    """Non-overlapping ``(start, end, entity, name)`` for every occurrence of each tag spelling in
    ``body``; longer spellings win where two overlap (a project name containing a person's name)."""
    spans = [(s, e, entity, name) for entity, name, needle in needles for s, e in find_all(body, needle)]
    spans.sort(key=lambda sp: (-(sp[1] - sp[0]), sp[0]))
    chosen: list[tuple[int, int, str, str]] = []
    for span in spans:
        if all(span[1] <= c[0] or span[0] >= c[1] for c in chosen):
            chosen.append(span)
    return sorted(chosen)


def _byline_text(article: dict) -> str:
    roles = {"reporter": tr("记者"), "correspondent": tr("通讯员"), "photographer": tr("摄影")}
    parts = [f"{roles.get(b.get('role'), '')} {b['name']}".strip() for b in article.get("byline_roles") or []]
    return "　".join(parts) or "　".join(article.get("bylines") or [])


def _block(top: float, *, indent: bool = False) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setBottomMargin(top)
    fmt.setLineHeight(160 if indent else 120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    if indent:
        fmt.setTextIndent(0)
    return fmt


def _chars(size: float, *, bold: bool = False, colour: QColor | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontPointSize(size)
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if colour is not None:
        fmt.setForeground(colour)
    return fmt
