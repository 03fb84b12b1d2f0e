"""Page furniture in plain text: the page numbers and running heads a PDF-to-text conversion leaves.

A gazette saved as text from its PDF (``pdftotext``, a copy from a PDF viewer) keeps what the page
printed around the article text: a page number between two pages (``- 3 -``, ``— 3 —``, ``第3页``,
``3/8``), often a form feed, and at the top of the next page the running head (the masthead repeated,
``工作简报 2024年第3期``). Standing between two lines of a paragraph, such a line was read as a heading
and split an article, or landed in its body. The PDF reader drops them page by page (it knows the
pages); this module finds them in text and blanks them: a blank line is what the splitters already
read as a page or column gap. Where the gap falls inside a paragraph it is closed, so the text reads
on as printed. Every other line keeps its offset, and the furniture's texts are returned for the
issue's furniture, so nothing is lost.

Only lines that cannot be content are taken: a number set off by dashes or 第…页, a bare number only
in a run of page-numbered gaps (2, 3, 4 … each alone between blank lines), and a line next to a page
break only when the same line (digits aside) stands next to another page break as well.

A page saved from a paper's e-paper site or a news archive brings the site's navigation along: its
buttons (``3上一版 4下一版``, ``上一期 下一期``, ``放大 缩小 默认``, ``返回潍坊新闻网``, ``返回概览 <<上一记录
下一记录>> 打印预览 下载记录``), the day's page list (``01版:导读`` … ``16版:光影记录``, or ``第01版`` over
``要闻``) and the page's headline list under ``标题导航``. None of it is a story's; it is blanked too.

A government or media site's page saved as text brings its frame too, on lines of their own: the site's
banner (``长城新媒体集团  主办``), its footer (``…版权所有 2025 Copyright … 苏ICP备05016021号``,
``苏公网安备 32108402000515号``), the article's toolbar (``打印|关闭``, ``字体大小:``, ``分享:``), the
comment box under it (``评论一下``, ``评论 0人参与,0条评论``, ``还没有评论,快来抢沙发吧!``, ``最热评论``) and
the template's divider (``------分隔线------``), the site's top bar (``长者专区 无障碍阅读| 智能问答 | 登录 |
注册``) and a picture saved without its caption (``![]() |``). Pages saved one after another leave these between two
articles, where a splitter took them for the next one's headline or section: they are blanked as well.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from gazette_reader.ingest.layouts.cues import BREADCRUMB_RE
from gazette_reader.ingest.lines import CELL_END, Line, ends_sentence

_DASHES = "-－—–―‒─~～"
_PAGE_NUMBER_RE = re.compile(
    rf"[{_DASHES}]+\s*\d{{1,4}}\s*[{_DASHES}]+"  # - 3 -  — 3 —  －3－
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"  # 第3页  第3页 共8页
    r"|\d{1,4}\s*/\s*\d{1,4}"  # 3/8
    r"|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?"
    r"|[Pp]\.\s*\d{1,4}")  # P. 345: an ebook's or a scan's page label
_BARE_RE = re.compile(r"\d{1,3}")
_PRINTED_RE = re.compile(r"\d{1,4}")
_LABEL_RE = re.compile(r"[Pp](?:age|\.)")
"""A page label a file or an ebook viewer puts over a page (P. 346, Page 3), not the page's printed number."""
_VIEWER_TITLE_RE = re.compile(r"[Pp]age\s*(\d{1,4})\s*[-－—–]\s*\S.{0,60}")
"""A flipbook viewer's page title over its page label (``Page 313 - 《鹿城年鉴2018》`` over ``P. 313``): the
viewer's, naming the page and the book, never a headline of the page."""
_LAST = frozenset(_DASHES + "页0123456789")
"""The last character of every page-number line: one test sets aside almost every other line."""
_MAX_NUMBER_LINE = 24
_MIN_PAGE_LINES = 8
"""Lines between two bare page numbers at least (a page holds more; a numbered list's items do not)."""
_MIN_BARE = 3
_FULL = 0.8
"""How much of the column's width a line before a page gap fills at least to run on after it."""
_MIN_COLUMN = 8
_NEAR = 3
"""Lines looked at on each side of a page break for the running head."""
_MAX_HEAD = 40
_MIN_HEAD = 4
"""Characters (spaces aside) a running head has at least: ``1月`` heading two pages of a 大事记 is not
one, and ``简报`` alone is too common to find a masthead by."""
_MIN_KEY = 2
"""Characters besides digits and spaces a running head has at least (``2020年4月`` has two)."""
_HEAD_KEY_RE = re.compile(r"[\d\s]+")
_DIGITS_RE = re.compile(r"\d+")
_SENTENCE_RE = re.compile(r"[，。！？；、：,;!?]")


def blank_page_furniture(lines: Sequence[Line], fed: bool | None = None) -> tuple[list[Line], list[str]]:
    """``lines`` with their page numbers and running heads blanked and the page gaps inside paragraphs
    closed (:func:`_close_gaps`; the other lines keep their offsets), and the furniture's texts.

    ``fed``: whether the text holds a form feed, where the caller knows (one scan of the text is
    cheaper than a look at each line)."""
    numbers = _page_numbers(lines)
    fed = any("\f" in ln.raw for ln in lines) if fed is None else fed
    feeds = [i for i, ln in enumerate(lines) if "\f" in ln.raw] if fed else []
    breaks = sorted({*numbers, *feeds})
    paging = {*numbers, *_running_heads(lines, breaks, set(numbers)), *_heads_mid_sentence(lines, numbers)}
    navigation = {*_navigation(lines, paging), *_site_frame(lines), *_empty_fields(lines),
                  *_catalogue_rows(lines, paging), *_site_heads(lines, paging), *_list_menus(lines),
                  *_teaser_boxes(lines)}
    gone = sorted(paging | navigation)
    if not gone:
        return list(lines), []
    out = list(lines)
    for i in gone:
        out[i] = Line("", lines[i].start, "", lines[i].size)
    return _close_gaps(out, paging, navigation), [lines[i].text for i in gone]


def _close_gaps(lines: list[Line], gone: set[int], navigation: set[int]) -> list[Line]:
    """Drop the page gap that falls inside a paragraph: after a line filled to the column's width that
    ends no sentence, the page broke the paragraph, not an item. The blanked furniture and the blank
    lines before it (the page's foot) go, so the text reads on as the page printed it and no splitter
    takes the line before the gap for a deck of its own; blank lines after the furniture are the
    text's own and stay. After a saved web table's cell (``… |``) only the page's foot goes with the
    furniture: the page broke the table between rows, and a blank line of the text's own there parts
    two tables (see :func:`~gazette_reader.ingest.lines.web_tables`).
    Any other gap stays whole: after a sentence's end or a short line (a heading, a 大事记's ``7日``) it
    may part two items; so does a gap holding a site's navigation (``navigation``), which stands between
    stories, never inside a paragraph, and one with two blank lines of the text's own over the page's
    foot (:func:`_pages_apart`)."""
    width = _column_width(lines)
    out: list[Line] = []
    run: list[int] = []
    for i, line in enumerate(lines):
        if not line.text:
            run.append(i)
            continue
        furniture = gone.intersection(run)
        if furniture and out and _runs_on(out[-1].text, width) and not navigation.intersection(run) \
                and not _pages_apart(run, min(furniture)):
            run = [j for j in run if j > max(furniture)]
        elif furniture and out and out[-1].text[-1:] == CELL_END:  # the page's foot (one blank line) goes too
            run = [j for j in run if not min(furniture) - 1 <= j <= max(furniture)]
        out += [lines[j] for j in run]
        run = []
        out.append(line)
    return out + [lines[j] for j in run]


_PAGES_APART = 3


def _pages_apart(run: Sequence[int], furniture: int) -> bool:
    """Two blank lines or more over the page's foot (one blank line) before the furniture at ``furniture``:
    the gap between two saved web pages, the last line above closing its page with a credit that ends
    no sentence (…集中整治。 来源:通道融媒 编辑:redcloud). A paragraph the page broke has the foot alone."""
    return sum(1 for j in run if j < furniture) >= _PAGES_APART


def _runs_on(text: str, width: int) -> bool:
    """True when a line before a page gap continues after it: it fills the column and ends no sentence."""
    return len(text) >= _FULL * width and not ends_sentence(text)


def _column_width(lines: Sequence[Line]) -> int:
    """The most common length of the text's longer lines: a hard-wrapped text's column width."""
    lengths = Counter(len(ln.text) for ln in lines if len(ln.text) > _MIN_COLUMN)
    return lengths.most_common(1)[0][0] if lengths else _MIN_COLUMN


def _page_numbers(lines: Sequence[Line]) -> list[int]:
    """The indexes of page-number lines: decorated ones anywhere, bare ones in a page-like run."""
    short = [i for i, ln in enumerate(lines)
             if ln.text and len(ln.text) <= _MAX_NUMBER_LINE and ln.text[-1] in _LAST]
    decorated = [i for i in short if _PAGE_NUMBER_RE.fullmatch(lines[i].text)]
    return sorted({*decorated, *_bare_numbers(lines, short), *_printed_numbers(lines, decorated)})


def _printed_numbers(lines: Sequence[Line], decorated: Sequence[int]) -> list[int]:
    """A bare number right under a file's or viewer's page label (``P. 346`` / ``320``): the page's
    printed number, and a flipbook's page title right over it (``Page 346 - 《…年鉴》``); all are the same
    page's furniture. (Under a printed page number, ``- 3 -``, a
    bare number is the text's: a 大事记's day.)"""
    found = []
    for at in decorated:
        if _LABEL_RE.match(lines[at].text):
            found += [i for i in _neighbours(lines, at, 1) if _PRINTED_RE.fullmatch(lines[i].text)]
            found += [i for i in _neighbours(lines, at, -1) if _viewer_title(lines[i].text, lines[at].text)]
    return found


def _viewer_title(text: str, label: str) -> bool:
    """``text`` is a flipbook's page title (:data:`_VIEWER_TITLE_RE`) naming the page ``label`` names."""
    match = _VIEWER_TITLE_RE.fullmatch(text)
    return match is not None and _DIGITS_RE.findall(label) == [match.group(1)]


def _bare_numbers(lines: Sequence[Line], short: Sequence[int]) -> list[int]:
    """Bare numbers alone between gaps, taken when a form feed stands next to one (the page ends
    there), or when they count pages: at least :data:`_MIN_BARE`, each one more than the one before,
    each a page's worth of lines after it."""
    found = [i for i in short if _BARE_RE.fullmatch(lines[i].text) and _set_off(lines, i)]
    fed = [i for i in found if _at_feed(lines, i)]
    if len(found) < _MIN_BARE:
        return fed
    values = [int(lines[i].text) for i in found]
    steps = zip(found, found[1:], values, values[1:])
    counts = all(b - a >= _MIN_PAGE_LINES and w == v + 1 for a, b, v, w in steps)
    return found if counts else fed


def _at_feed(lines: Sequence[Line], i: int) -> bool:
    """True when a form feed opens the line at ``i`` or the next one."""
    return "\f" in lines[i].raw or (i + 1 < len(lines) and lines[i + 1].raw.startswith("\f"))


def _set_off(lines: Sequence[Line], i: int) -> bool:
    """True when the line at ``i`` has a gap (blank line, form feed, either end of the text) on each side."""
    before = i == 0 or lines[i - 1].blank or "\f" in lines[i].raw
    after = i + 1 == len(lines) or lines[i + 1].blank or "\f" in lines[i + 1].raw
    return before and after


def _running_heads(lines: Sequence[Line], breaks: Sequence[int], numbers: set[int]) -> list[int]:
    """Lines next to a page break (a page number or a form feed) whose text, digits and spaces aside,
    stands next to at least half the page breaks, and two at least (a section heading that happens to
    open two pages of ten is not a running head), and nowhere else in the text.

    The masthead over page 1 (the text's first line, kept) counts as one, and a line starting with it
    (``工作简报 第3期 第2页`` under ``工作简报``) is its repeat: so the head of a two-page file is found
    too."""
    first = next((i for i, ln in enumerate(lines) if ln.text), -1)
    masthead = _head_key(lines[first].text) if first >= 0 and breaks else ""
    near: dict[str, set[int]] = {masthead: {-1}} if masthead else {}
    for at in breaks:
        for i in {*_neighbours(lines, at, -1), *_neighbours(lines, at, 1)} - numbers - {first}:
            if key := _head_key(lines[i].text):
                near.setdefault(_group(key, masthead), set()).add(i)
    least = max(2, _pages(breaks) // 2)
    heads = {key: found - {-1} for key, found in near.items()
             if len(found) >= least and _numbered_alike(lines, sorted(found - {-1}))}
    return sorted(i for found in _only_at_breaks(lines, heads, first, masthead).values() for i in found)


def _heads_mid_sentence(lines: Sequence[Line], numbers: Sequence[int]) -> list[int]:
    """A short line right after a page number where the page broke a sentence (``…首次在`` / ``- 512 -`` /
    ``邵阳县志`` / ``《湖南日报》…``): the page's running head, though it is seen once; no heading stands
    inside a sentence."""
    if not numbers:
        return []
    width, is_number = _column_width(lines), set(numbers)
    found = []
    for at in numbers:
        before = [i for i in _neighbours(lines, at, -1) if i not in is_number]
        after = [i for i in _neighbours(lines, at, 1) if i not in is_number]
        if before and after and _runs_on(lines[before[0]].text, width) and _head_key(lines[after[0]].text) \
                and len(lines[after[0]].text) < _FULL * width:
            found.append(after[0])
    return found


def _pages(breaks: Sequence[int]) -> int:
    """How many page breaks ``breaks`` make (a page number and the form feed after it are one)."""
    return sum(1 for a, b in zip([-_NEAR - 1, *breaks], breaks) if b - a > _NEAR)


def _numbered_alike(lines: Sequence[Line], found: Sequence[int]) -> bool:
    """True when the numbers in these lines are the same on every page but for one, the page's own,
    which grows by one or two a page (``第2页``, ``第3页``): times that differ (``15時54分``,
    ``15時48分``) are two items' own lines."""
    numbers = [_DIGITS_RE.findall(lines[i].text) for i in found]
    if any(len(row) != len(numbers[0]) for row in numbers):
        return False
    varying = [column for column in zip(*numbers) if len(set(column)) > 1]
    if not varying:
        return True
    values = [int(n) for n in varying[0]]
    return len(varying) == 1 and all(0 < b - a <= 2 for a, b in zip(values, values[1:]))


def _group(key: str, masthead: str) -> str:
    """The running head a line's key belongs to: the masthead's when it starts with it."""
    return masthead if masthead and key.startswith(masthead) else key


def _only_at_breaks(lines: Sequence[Line], heads: dict[str, set[int]], first: int,
                    masthead: str) -> dict[str, set[int]]:
    """Those of ``heads`` whose text stands nowhere else: a line closing every press release
    (``香港時間15時54分``) may fall next to two page breaks, but it closes the other releases too."""
    if not heads:
        return heads
    taken = {first}.union(*heads.values())
    keys = {_head_key(lines[i].text): group for group, found in heads.items() for i in found}
    for i, ln in enumerate(lines):
        if ln.text and i not in taken and (key := _head_key(ln.text)) in keys:
            heads.pop(keys[key], None)
    return heads


def _head_key(text: str) -> str:
    """What a running head keeps from page to page (its text without digits and spaces); empty for a
    line too long or too short for one, or holding sentence punctuation."""
    if len(text) > _MAX_HEAD or _SENTENCE_RE.search(text):
        return ""
    key = _HEAD_KEY_RE.sub("", text)
    return key if len(key) >= _MIN_KEY and len("".join(text.split())) >= _MIN_HEAD else ""


def _neighbours(lines: Sequence[Line], at: int, step: int) -> list[int]:
    """The first non-blank line from ``at`` (a form feed's own line counts) going ``step``, within
    :data:`_NEAR` lines and not past another page number."""
    i = at if step > 0 and "\f" in lines[at].raw and lines[at].text else at + step
    for _ in range(_NEAR):
        if not 0 <= i < len(lines):
            return []
        if lines[i].text:
            return [i]
        i += step
    return []


_BUTTON_RE = re.compile(
    r"(?:\d*\s*(?:上一|下一)(?:版|期|篇|页|条|记录)\s*\d*|放大|缩小|默认|打印预览|打印本页|下载记录|关闭窗口|版面导航|标题导航"
    r"|返回(?:概览|目录|首页|顶部|列表|本版|[\u4e00-\u9fff]{2,10}网)"
    r"|PDF\s*版|阴影|通版阅读请点击[:：]?|展开通版|收缩通版|当前版\s*[:：]\s*[A-Z]?\d{1,3}\s*版|发布日期\s*[:：]$"
    r"|[^\s>]{2,24}>{2,}$)")
_BETWEEN_BUTTONS_RE = re.compile(r"[\s<>《》«»‹›〈〉|｜\[\]【】]*")
"""What may stand between buttons (``3 上一篇   下一篇4``, ``<‹上一记录 下一记录>>``)."""
_BUTTON_HINT_RE = re.compile("上一|下一|返回|放大|导航|打印|PDF|阴影|通版|当前版|日期|>>")
"""A word every button line holds: the cheap test before the buttons are cut out (one search in C per line)."""
_PAGE_ENTRY_RE = re.compile(r"第?\s*[A-Z]?\d{1,3}\s*版(?:\s*[:：]\s*[^\s，。：:][^，。：:]{0,15})?")
"""One entry of a day's page list (``01版:要闻``, ``第03版``, ``A2版：要闻``)."""
_PAGE_NAME_RE = re.compile(r"[^\s\d，。：:；！？,;!?]{1,10}")
"""A page's name on the line under a bare ``第01版`` in a page list (``要闻``, ``综合新闻``)."""
_MIN_PAGE_LIST = 3
HEADLINE_LIST = "标题导航"
"""The link to an e-paper page's list of headlines: its bar (``| 洛阳日报 | … | 标题导航 |``) stands under the list."""
_MAX_LISTED_HEADLINE = 40


def _navigation(lines: Sequence[Line], paging: set[int]) -> list[int]:
    """The e-paper's or the archive's navigation lines (see the module docstring): button lines, page
    lists of :data:`_MIN_PAGE_LIST` entries or more, and the headline list under ``标题导航``. A list
    runs on across a page break (``paging``: the page numbers and running heads found)."""
    found: list[int] = []
    buttons = [i for i, ln in enumerate(lines) if ln.text and _is_buttons(ln.text)]
    button_set = set(buttons)
    for i in buttons:
        found.append(i)
        if lines[i].text == HEADLINE_LIST:
            found += _listed_headlines(lines, i + 1, paging)
        elif HEADLINE_LIST in lines[i].text:
            found += _headlines_above(lines, i, button_set)
    return sorted({*found, *_page_lists(lines, paging)})


def _listed_headlines(lines: Sequence[Line], at: int, paging: set[int]) -> list[int]:
    """The headlines listed under ``标题导航``, one a line up to the first blank line, button line or
    sentence (the page's own text): links to the stories, each printed again over its text. The issue's
    date under the list, beside its buttons (``2014年02月12日`` / ``上一期 下一期``), goes with it."""
    found = []
    i = at
    while i < len(lines):
        text = lines[i].text
        if not text or i in paging:
            if (i := _past_break(lines, i, paging)) < 0:
                break
            continue
        if _PAGE_DATE_LINE_RE.fullmatch(text):
            after = _next(lines, i, paging)
            return found + [i] if after >= 0 and _is_buttons(lines[after].text) else found
        if len(text) > _MAX_LISTED_HEADLINE or _SENTENCE_RE.search(text) or _is_buttons(text):
            break
        found.append(i)
        i += 1
    return found


_PDF_BUTTON_RE = re.compile(r"PDF\s*版")


def _headlines_above(lines: Sequence[Line], bar: int, buttons: set[int]) -> list[int]:
    """The headline list an old e-paper page prints above its bar of links (``| 洛阳日报 | … | 标题导航 |``):
    the lines between the button line over it (``PDF 版PDF版``) and the bar, each a short line without a
    full stop (a headline may hold a comma or end in ! or ?: ``8日,洛阳理工学院“诞生”``); none when another
    line stands there. Only that button line tops the list: another (``上一篇 下一篇``) is an article's page's,
    and the short lines under it may be the article's own."""
    found = []
    i = bar - 1
    while i >= 0 and not (i in buttons and _PDF_BUTTON_RE.search(lines[i].text)):
        text = lines[i].text
        if text and (len(text) > _MAX_LISTED_HEADLINE or "。" in text):
            return []
        if text:
            found.append(i)
        i -= 1
    return found[::-1] if i >= 0 else []


def _past_break(lines: Sequence[Line], i: int, paging: set[int]) -> int:
    """The first line after the blank lines from ``i`` when a page break (a line of ``paging``) stands
    among them; -1 when none does (a blank line alone ends a list)."""
    crossed = False
    while i < len(lines) and (not lines[i].text or i in paging):
        crossed = crossed or i in paging
        i += 1
    return i if crossed and i < len(lines) else -1


def _is_buttons(text: str) -> bool:
    """A line of navigation buttons and nothing else."""
    if _BUTTON_HINT_RE.search(text) is None:
        return False
    rest, buttons = _BUTTON_RE.subn("", text)  # one pass: a pattern of repeated buttons backtracked exponentially
    return buttons > 0 and (_BETWEEN_BUTTONS_RE.fullmatch(rest) is not None or _link_bar(rest))


_BAR_RE = re.compile(r"[|｜]")
_LINK_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,8}")


def _link_bar(rest: str) -> bool:
    """What is left of a bar of links (``| 洛阳日报 | 洛阳晚报 | 版面导航 | 标题导航 |``) once its buttons are
    cut out: the site's names, one a cell between bars. An e-paper's bar links the group's papers."""
    cells = [cell.strip() for cell in _BAR_RE.split(rest)]
    return len(cells) > 2 and all(not cell or _LINK_NAME_RE.fullmatch(cell) for cell in cells)


_PAGE_DATE_LINE_RE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def _page_lists(lines: Sequence[Line], paging: set[int]) -> list[int]:
    """Runs of page-list entries (blank lines and page breaks between them aside), with the page name
    under a bare entry, :data:`_MIN_PAGE_LIST` entries at least: a single ``第02版:综合新闻`` is the
    page's own line."""
    found: list[int] = []
    run: list[int] = []
    entries = 0
    for i, ln in enumerate(lines):
        if not ln.text or i in paging:
            continue
        if "版" in ln.text and _PAGE_ENTRY_RE.fullmatch(ln.text):
            run.append(i)
            entries += 1
        elif run and _PAGE_NAME_RE.fullmatch(ln.text) and run[-1] == _previous(lines, i, paging) \
                and "版" in lines[run[-1]].text[-2:]:
            run.append(i)  # 第01版 / 要闻
        else:
            found += run if entries >= _MIN_PAGE_LIST else []
            run, entries = [], 0
    return found + (run if entries >= _MIN_PAGE_LIST else [])


def _previous(lines: Sequence[Line], i: int, paging: set[int]) -> int:
    """The index of the last line of text before ``i`` (-1 when there is none)."""
    return next((j for j in range(i - 1, -1, -1) if lines[j].text and j not in paging), -1)


def _next(lines: Sequence[Line], i: int, paging: set[int]) -> int:
    """The index of the first line of text after ``i`` (-1 when there is none)."""
    return next((j for j in range(i + 1, len(lines)) if lines[j].text and j not in paging), -1)


_FRAME_HINT_RE = re.compile(r"评论|版权|Copyright|ICP|公网安备|网站标识码|主办|打印|关闭|字号|字体|分享|分隔线|许可证|[|｜]")
"""A word every line of a site's frame holds: the cheap test before the frame patterns (one search in C per line)."""
_FRAME_RE = re.compile(
    r"(?:评论一下|发表评论|我要评论|网友评论|最热评论|最新评论|热门评论|全部评论)"
    r"|(?:已有)?\s*(?:评论\s*)?\d+\s*人参与\s*[,，]?\s*(?:\d+\s*条评论|点击查看更多.{0,8}评论)"
    r"|还没有评论[,，!！\s]*快来抢沙发吧?[!！]?"
    r"|(?:打印|关闭|收藏|分享)(?:\s*[|｜/]\s*(?:打印|关闭|收藏|分享))+"
    r"|(?:字号|字体大小|字体|分享到?)\s*[:：]\s*(?:T\s*[|｜]\s*T|\[\s*\]|【?\s*大\s*中\s*小\s*】?)?"
    r"|[-—_=]{3,}\s*分隔线\s*[-—_=]*")
"""A line of a site's toolbar, comment box, divider or banner, whole (see the module docstring)."""
_INFO_LABELS = "成文日期 发布日期 发布时间 更新日期 更新时间 浏览次数 访问次数 点击次数 阅读次数 浏览量 点击量 阅读量".split()
_EMPTY_FIELDS_RE = re.compile(
    r"(?:[•·]\s*)?(?:(?:" + "|".join(sorted(_INFO_LABELS, key=len, reverse=True)) + r")\s*[:：]\s*)+")
"""A page's info fields that the saved page left empty (``• 成文日期:``, ``浏览次数:``): their values were filled
in by the site's scripts, which the saved text lost. Nothing of it is the text's; an info line holding a
date keeps its line (a release's date is read off it). (The font buttons, ``字体:[ ]``, are the toolbar's:
the splitters know them, :data:`~gazette_reader.ingest.layouts.cues.WEB_TOOLBAR_RE`.)"""



def _empty_fields(lines: Sequence[Line]) -> list[int]:
    """The indexes of the lines of a page's info fields left empty (:data:`_EMPTY_FIELDS_RE`); each ends in
    its colon, the test before the pattern."""
    return [i for i, line in enumerate(lines) if line.text[-1:] in ":：" and _EMPTY_FIELDS_RE.fullmatch(line.text)]


_BANNER_RE = re.compile(r"[^\s，。；！？,;!?：:]{2,20}\s+主办")
"""A site's banner naming who runs it (``长城新媒体集团  主办``): the frame when it stands after an article's
text; over the first one it is a bulletin's masthead line (``县委办公室  主办``), whose publisher it names."""
_FOOTER_RE = re.compile(r"版权所有|Copyright|ICP\s*[备证]|公网安备|网站标识码|视听节目许可证")
_MAX_FOOTER = 120
"""A site's footer line is short of a paragraph, and holds no sentence (``声明:…版权所有,未经许可不得转载。``
is a notice that belongs to the article)."""


_ORGANISER_RE = re.compile(r"(?:主办|承办|协办|支持|指导)(?:单位)?$")


def _among_organisers(lines: Sequence[Line], i: int) -> bool:
    """The ``X  主办`` line at ``i`` has another organiser line right above or under it (``县文化馆  承办``): a
    notice's list of organisers, in its text, not a site's banner."""
    return any(0 <= j < len(lines) and lines[j].text and _ORGANISER_RE.search(lines[j].text) for j in (i - 1, i + 1))


def _site_frame(lines: Sequence[Line]) -> list[int]:
    """The indexes of the lines of a saved web page's frame: banner, footer, toolbar, comment box and
    divider (see the module docstring)."""
    found: list[int] = []
    if not _FRAME_HINT_RE.search("\n".join(line.text for line in lines)):
        return found  # no frame's word anywhere: the common case, told in one search
    read = False  # a sentence stands above: an article's text has begun
    for i, line in enumerate(lines):
        text = line.text
        if text and _FRAME_HINT_RE.search(text) and (_is_frame(text) or read and _BANNER_RE.fullmatch(text.strip())
                                                      and not _among_organisers(lines, i)):
            found.append(i)
        read = read or bool(text) and ends_sentence(text)
    return found


_TOOLBAR_LINKS = frozenset("登录 注册 无障碍 无障碍阅读 长者专区 长者模式 关怀版 长辈版 适老版 智能问答 繁体版 简体版 繁体 简体 "
                           "English 网站地图 设为首页 加入收藏 手机版 移动版 读屏".split())
"""The links of a site's top bar (``长者专区 无障碍阅读| 今日洪湖公众号| 智能问答 | 登录 | 注册``)."""
_MIN_TOOLBAR_LINKS = 2
_MAX_LINK = 10
_LINK_SPLIT_RE = re.compile(r"[|｜\s]+")
_EMPTY_IMAGE_RE = re.compile(r"!\[\]\([^()\s]*\)\s*\|?")
"""A picture saved as Markdown without its caption (``![]() |``): nothing of it is the text's."""


def _is_frame(text: str) -> bool:
    """A line of a site's frame and nothing else."""
    stripped = text.strip()
    if _FRAME_RE.fullmatch(stripped) or _is_top_bar(stripped):
        return True
    return len(stripped) <= _MAX_FOOTER and _FOOTER_RE.search(stripped) is not None \
        and _SENTENCE_RE.search(stripped) is None


def _is_top_bar(text: str) -> bool:
    """A site's top bar: short links set apart by bars, :data:`_MIN_TOOLBAR_LINKS` of them a site's own
    (登录, 注册, 无障碍阅读), or a caption-less picture."""
    if "|" not in text and "｜" not in text:
        return False
    if text.startswith("!["):
        return _EMPTY_IMAGE_RE.fullmatch(text) is not None
    links = [link for link in _LINK_SPLIT_RE.split(text) if link]
    return sum(link in _TOOLBAR_LINKS for link in links) >= _MIN_TOOLBAR_LINKS \
        and all(len(link) <= _MAX_LINK and _SENTENCE_RE.search(link) is None for link in links)


_BOX_HEADINGS = frozenset("新闻推荐 相关新闻 相关推荐 推荐阅读 相关阅读 热点推荐 猜你喜欢".split())
"""The heading of a site's box of teasers for its other stories, on a line of its own."""
_MAX_BOX_HEADING = 8
"""Characters of a box's heading line at most, spaces included (the cheap test before the set lookup)."""
_CUT_MARKS = ("...", "…")


def _teaser_boxes(lines: Sequence[Line]) -> list[int]:
    """The lines of a site's box of teasers under an article (``新闻推荐`` / ``近期,…入选`` / ``本报讯(…)…荣...``,
    or ``新闻推荐`` / ``...``): its heading and the teasers under it, each cut off with dots, a teaser's
    headline right over its text. The box links to other stories; none of it is an item. A heading over
    anything else (a related story printed whole) is the text's, and stays. One pass: the scan for the
    next heading goes on after a box's last line (a box's teasers are never read again for a later heading)."""
    found: list[int] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if 0 < len(line.text) <= _MAX_BOX_HEADING and line.text.strip() in _BOX_HEADINGS:
            teasers = _teasers(lines, i + 1)
            if teasers:
                found += [i, *teasers]
                i = teasers[-1]
        i += 1
    return found


def _teasers(lines: Sequence[Line], i: int) -> list[int]:
    """The teaser lines from line ``i`` on (blank lines between aside): lines cut off with dots, and a
    line that ends no sentence right over one (its headline). A teaser is cut off: the box's last one has
    nothing of its own after it, so a line cut off with dots that a paragraph runs straight on from (no
    blank line between) is a story's paragraph ending in dots (``村民们说：“日子越过越好了……`` over more of
    the story printed whole): it and its headline are the text's, and the box ends above them."""
    taken: list[int] = []
    j = _next_text(lines, i)
    while j < len(lines):
        below = _next_text(lines, j + 1)
        text = lines[j].text.strip()
        if not (text.endswith(_CUT_MARKS) or not ends_sentence(text) and below < len(lines)
                and lines[below].text.strip().endswith(_CUT_MARKS)):
            break
        taken.append(j)
        j = below
    if taken and _story_goes_on(lines, taken[-1]):
        taken.pop()  # the story's paragraph, cut short by nothing
        if taken and not lines[taken[-1]].text.strip().endswith(_CUT_MARKS):
            taken.pop()  # and its headline; the teaser above is cut off before another story's headline
    return taken


def _next_text(lines: Sequence[Line], i: int) -> int:
    """The index of the first line from ``i`` on that holds text (``len(lines)`` when none does)."""
    while i < len(lines) and not lines[i].text:
        i += 1
    return i


def _story_goes_on(lines: Sequence[Line], last: int) -> bool:
    """Whether a paragraph follows the box's last line ``last`` right under it, with no blank line between
    and no box heading (the next box's): the story the line belongs to goes on. A line of dots alone
    (``新闻推荐`` / ``...``, the teaser's text lost) is no story's: the box ends there whatever follows."""
    if last + 1 >= len(lines) or not (text := lines[last + 1].text) or not lines[last].text.strip().strip(".…"):
        return False
    return not (len(text) <= _MAX_BOX_HEADING and text.strip() in _BOX_HEADINGS)


def _spaced(word: str) -> str:
    """``word`` as a pattern that lets spaces stand between its characters (索 引 号, 名        称)."""
    return r"\s*".join(word)


_CATALOGUE_LABELS = ("索引号 主题分类 体裁分类 分类 发布机构 发文机关 公开日期 发文日期 成文日期 发布日期 上载日期 发文字号 "
                     "文号 名称 标题 有效性 关键词 主题词 公开范围 公开方式").split()
_CATALOGUE_LABEL_RE = re.compile("|".join(_spaced(w) for w in sorted(_CATALOGUE_LABELS, key=len, reverse=True)))
_CATALOGUE_ROW_RE = re.compile(rf"(?:{_CATALOGUE_LABEL_RE.pattern})(?:\s*[:：]|\s)")
"""A row of a 政务公开 page's catalogue table opens with one of its labels, letter-spaced or not, before
its value (``索 引 号: 11330683742010670P/2017-84094 主题分类: 其他``, ``名        称 齐齐哈尔市…的通知``)."""
_CATALOGUE_FIRSTS = frozenset(word[0] for word in _CATALOGUE_LABELS)
"""The first character of every catalogue row: the pre-test before its pattern."""
_MIN_CATALOGUE_LABELS = 3
_INDEX_RE = re.compile(_spaced("索引号"))


def _catalogue_rows(lines: Sequence[Line], paging: set[int]) -> list[int]:
    """The rows of a 政务公开 page's catalogue table (索引号, 发布机构, 名称, 文号 …), saved as lines of text
    over the document: consecutive lines each opening with a label, :data:`_MIN_CATALOGUE_LABELS` labels
    at least among them, the first 索引号 (the table's head). The page's furniture: the document's own head
    (title, 文号) follows it. Fields under a document's title (文号 … 索引号 …) are left where they stand,
    as is a line of a saved web table (``|``), which the table reader reads. Blank lines and a page break
    (``paging``) may stand between two rows."""
    found: list[int] = []
    if not any(line.text[:1] == "索" for line in lines):
        return found  # no table's head (索引号): the common case, told before any row is read
    run: list[int] = []
    for i, line in enumerate([*lines, Line("x", 0, "x", 0)]):
        text = line.text.strip()
        if not text or i in paging:
            continue
        if text[0] in _CATALOGUE_FIRSTS and "|" not in text and _CATALOGUE_ROW_RE.match(text):
            run.append(i)
            continue
        joined = " ".join(lines[j].text for j in run)
        if run and len(_CATALOGUE_LABEL_RE.findall(joined)) >= _MIN_CATALOGUE_LABELS and _INDEX_RE.match(joined):
            found += run
        run = []
    return found


_MAX_MENU_LINK = 12
_MIN_MENU = 3
_SITE_NAME_RE = re.compile(r"\S{2,10}(?:网站|门户|官网|新闻网)")
"""A site's name or slogan over its page (``黔东南州权威媒体门户网站``): a site, not an office (``牟定县人民政府`` names
the government that issued the page's document, which the metadata reads)."""
_CRUMB_FIRSTS = frozenset("您当现所首")
"""The first character of every breadcrumb (:data:`~gazette_reader.ingest.layouts.cues.BREADCRUMB_RE`): the pre-test."""


def _site_heads(lines: Sequence[Line], paging: set[int]) -> list[int]:
    """The site's head over a saved page's breadcrumb (``您当前的位置:首页 >>…``, or the menu bar ``首页 新闻 政务 …``):
    its menu, :data:`_MIN_MENU` short link names a line or more right above it (``移动端应用`` / ``政务微信`` /
    ``登录个人中心``), or its name or slogan (:data:`_SITE_NAME_RE`) with only blank lines between. Pages saved one
    after another put them between two articles, where a splitter took the menu for the next one's section or
    the slogan for the last line of the one above. A page break (``paging``: its number and running head) is
    a gap too."""
    found: list[int] = []
    for i, line in enumerate(lines):
        if line.text[:1] in _CRUMB_FIRSTS and BREADCRUMB_RE.match(line.text):
            found += _head_over(lines, i, paging)
    return found


def _head_over(lines: Sequence[Line], crumb: int, paging: set[int]) -> list[int]:
    """The site's head right over the breadcrumb at ``crumb`` (see :func:`_site_heads`); none when a line that
    is no link name stands there, or the run of names does not start after a blank line."""
    i = crumb - 1
    while i >= 0 and (lines[i].blank or i in paging):
        i -= 1
    run: list[int] = []
    while i >= 0 and i not in paging and _menu_link(lines[i].text):
        run.append(i)
        i -= 1
    if i >= 0 and not lines[i].blank and i not in paging:
        return []  # the lines run on from text above: a paragraph's, not a menu
    if len(run) >= _MIN_MENU or len(run) == 1 and _SITE_NAME_RE.fullmatch(lines[run[0]].text):
        return run
    return []


def _menu_link(text: str) -> bool:
    """A line that may be a site's link name: short, one word, no punctuation."""
    return 0 < len(text) <= _MAX_MENU_LINK and " " not in text and _SENTENCE_RE.search(text) is None


_LIST_BULLETS = frozenset("•·●◦▪")
"""The marks a saved web page's lists (``<li>``) are written out with."""
_MIN_LISTED = 3
_MIN_LISTED_TEXT = 50
"""Characters a news list's entry holds at least: a release's text or its excerpt, sentences long."""
_MAX_MENU_LINE = 30
_MIN_MENU_LISTED = 2


def _list_menus(lines: Sequence[Line]) -> list[int]:
    """A news list page's menus: the list lines over its entries that hold no sentence (``• 2023春联`` /
    ``兔年方斗春联 贺卡正面 贺卡背面`` / ``• 新冠肺炎专区 市政行程``, an empty ``•`` whose link was a picture) and the
    short lines among them, from the first list line to the first entry, set at another indent than the
    entries (the site's menu lists and its news list are lists of their own). The entries are
    :data:`_MIN_LISTED` list lines or more, each a release's text (its sentences); the menus
    :data:`_MIN_MENU_LISTED` list lines or more (one is the entries' section heading). Standing right over
    the first entry, the menu was read as its headline and section."""
    listed = [i for i, line in enumerate(lines) if line.text[:1] in _LIST_BULLETS]
    entries = [i for i in listed if _listed_text(lines[i].text)]
    if len(entries) < _MIN_LISTED or listed[0] == entries[0]:
        return []
    indent = _indent(lines[entries[0]].raw)
    menu = [i for i in range(listed[0], entries[0]) if lines[i].text]
    if sum(i in listed for i in menu) < _MIN_MENU_LISTED:
        return []  # one list line over the entries: their section's heading, not a menu of links
    if all(_menu_line(lines[i].text) and not (i in listed and _indent(lines[i].raw) == indent) for i in menu):
        return menu
    return []


def _listed_text(text: str) -> bool:
    """A list line holding sentences (:data:`_MIN_LISTED_TEXT` characters at least): a news list's entry."""
    return len(text) >= _MIN_LISTED_TEXT and _SENTENCE_RE.search(text) is not None


def _menu_line(text: str) -> bool:
    """A line of a site's menu: short, no sentence (a list mark or none)."""
    return len(text) <= _MAX_MENU_LINE and _SENTENCE_RE.search(text) is None


def _indent(raw: str) -> int:
    """How far in ``raw`` is set: its leading white space."""
    return len(raw) - len(raw.lstrip())
