"""The parser's entry point: decoded text → :class:`ParsedIssue`.

Layout comes from the text itself, never the file name: a table of contents with dot leaders means a
bulletin, ``本报讯`` lines a newspaper page, ``△`` briefs (or a first line ``<title> <date>``) a
newsletter, anything else a feature. The result always satisfies the no-loss invariant: if a splitter
raised or lost a character (a bug, or input no gazette looks like), the whole text becomes one article.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping, Sequence

from gazette_reader.ingest import metadata as meta
from gazette_reader.ingest.layouts.bulletin import has_toc, split_bulletin
from gazette_reader.ingest.layouts.chronology import looks_like_chronology, split_chronology
from gazette_reader.ingest.layouts.govdoc import looks_like_govdoc, split_govdoc
from gazette_reader.ingest.layouts.compilation import (
    compilation_confidence,
    compilation_kind,
    count_sources,
    info_line_date,
    split_bullets,
    split_clippings,
    split_compilation,
    split_yearbook,
)
from gazette_reader.ingest.dates import (
    closing_date,
    date_before,
    dateline_day,
    event_after_dateline,
    event_year,
    month_day,
    reported_day,
    source_date,
    tells_ongoing,
    this_month_day,
    year_for_issue_month,
)
from gazette_reader.ingest.layouts.feature import split_feature
from gazette_reader.ingest.columns import unfold_columns
from gazette_reader.ingest.lines import Line, ends_sentence, span_of, split_lines
from gazette_reader.ingest.lossless import same_characters
from gazette_reader.ingest.spacing import close_letter_spacing
from gazette_reader.ingest.pages import blank_page_furniture
from gazette_reader.ingest.model import LAYOUT_DOES_NOT_FIT, ParsedArticle, ParsedIssue, article_text, issue_text
from gazette_reader.ingest.layouts.newsletter import (
    BRIEF_MARK,
    card_labels,
    has_briefs,
    opens_with_dated_title,
    split_newsletter,
)
from gazette_reader.ingest.layouts.newspaper import (
    count_markers,
    has_records,
    headlines_in_order,
    is_dateline,
    is_headline_like,
    is_page_nav,
    split_newspaper,
    split_records,
    titles_by_listing,
)
from gazette_reader.ingest.reflow import reflow
from gazette_reader.ingest.script import original_lines, restore
from gazette_reader.text.normalize import has_traditional, to_simplified

log = logging.getLogger(__name__)

WHITESPACE = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000").union(
    chr(c) for c in range(0x2000, 0x200B)
)
"""Every character for which ``str.isspace()`` is true (a test checks the list against Python): the white
space the no-loss test ignores, which ``str.split()`` drops."""

_SPLITTERS: dict[str, Callable[[Sequence[Line]], ParsedIssue]] = {
    "bulletin": split_bulletin,
    "newspaper": split_newspaper,
    "newsletter": split_newsletter,
    "worklog": split_compilation,
    "bullets": split_bullets,
    "yearbook": split_yearbook,
    "clippings": split_clippings,
    "chronology": split_chronology,
    "govdoc": split_govdoc,
    "feature": split_feature,
}
LAYOUTS = tuple(_SPLITTERS)
"""Every layout a user may mark a file with (``parse_text(..., layout=...)``)."""


def parse_text(text: str, *, name: str = "", layout: str | None = None,
               sizes: Mapping[int, float] | None = None) -> ParsedIssue:
    """Parse one decoded gazette. Pure and total: never raises, never loses a non-space character.

    ``name`` (the file name) is only used to label a log message when the fallback is taken; ``layout``
    forces a splitter (the user marked the file's layout) instead of detecting one; ``sizes`` are the
    type sizes of headline lines by offset, where the file's reader knew them
    (:attr:`~gazette_reader.ingest.readers.model.Rendered.headline_sizes`): plain text has none."""
    try:
        issue = parse_unchecked(text, layout=layout, sizes=sizes)
        if is_lossless(text, issue):
            return issue
        log.warning("parser lost characters in %s; keeping the whole text as one article", name or "input")
    except Exception:  # the importer must get a result for any text; the bug is logged, not raised
        log.exception("parser failed on %s; keeping the whole text as one article", name or "input")
    return fallback(text)


def parse_unchecked(text: str, *, layout: str | None = None, sizes: Mapping[int, float] | None = None) -> ParsedIssue:
    """Detect the layout, split, then derive metadata and dates; no safety net (tests use this).

    Traditional text is parsed in its simplified form (same length, so every offset holds) and its
    original characters are put back afterwards (see :mod:`gazette_reader.ingest.script`)."""
    # a simplified text (most gazettes) is its own simplified form; telling so is cheaper than translating
    simple = to_simplified(text) if has_traditional(text) else text
    # a page's columns set side by side are read one after the other, each page's on its own: before its
    # furniture (a page's title line, which parts two pages) is blanked
    unfolded = unfold_columns(split_lines(simple, sizes))
    blanked, furniture = blank_page_furniture(unfolded, "\f" in simple)
    lines = close_letter_spacing(simple, blanked)
    issue = choose_layout(lines) if layout is None else _forced(lines, layout)
    titles_by_listing(issue, furniture)
    _derive(issue, simple)
    if simple != text:
        restore(issue, simple, text)
        furniture = original_lines(furniture, unfolded, blanked, simple, text)
    issue.furniture += furniture
    return issue


def _forced(lines: Sequence[Line], layout: str) -> ParsedIssue:
    """Split with the layout the user marked the file with. A splitter needs its layout's cues (a bulletin
    its table of contents, a newspaper page its datelines) and fails on a text without them: then the
    detected layout splits it, with a warning saying so, instead of the safety net's one article."""
    try:
        issue = _SPLITTERS[layout](lines)
    except (StopIteration, IndexError):
        issue = choose_layout(lines)
        issue.warnings.append(LAYOUT_DOES_NOT_FIT)
        return issue
    issue.confidence = 1.0
    return issue


def choose_layout(lines: Sequence[Line]) -> ParsedIssue:
    """Split with the layout the text's cues call for, and say how sure that choice is.

    Strong cues decide outright (a table of contents, 本报讯 datelines, △ briefs); otherwise the headline
    splitter runs and wins when it finds a compilation of items; a single article is a feature, confident
    only when it looks like one (a headline, bylines)."""
    if has_toc(lines):
        return _with(_SPLITTERS["bulletin"](lines), 0.95)
    if looks_like_govdoc(lines):
        return _with(_SPLITTERS["govdoc"](lines), 0.85)
    if looks_like_chronology(lines):
        return _with(_SPLITTERS["chronology"](lines), 0.85)
    if has_records(lines):
        return _with(split_records(lines), 0.9)  # a news archive's records: each names its own title and date
    if markers := count_markers(lines):
        if markers == 1 or headlines_in_order(lines) or _clipping_sources(lines) >= 2 or _unwrapped_datelines(lines):
            # one dateline is one story: no columns to sort headlines out of; the headlines split the rest
            paged = split_compilation(lines, layout="newspaper", kicker_first=True)
            return _with(paged, min(0.95, 0.6 + 0.1 * markers))
        return _with(_SPLITTERS["newspaper"](lines), min(0.95, 0.6 + 0.1 * markers))
    if has_briefs(lines) and not _captions_only(lines) or opens_with_dated_title(lines) or card_labels(lines):
        return _with(_SPLITTERS["newsletter"](lines), 0.8)
    compiled = _SPLITTERS["worklog"](lines)
    heading = _heading_over_roster(lines, compiled.articles[0].title) if len(compiled.articles) == 1 else None
    if heading:
        compiled.articles[0].section = compiled.articles[0].section or heading
    if len(compiled.articles) >= 2 or heading:
        compiled.layout = compilation_kind(compiled)
        return _with(compiled, compilation_confidence(compiled))
    feature = _SPLITTERS["feature"](lines)
    looks = bool(feature.articles and feature.articles[0].title) and (feature.articles[0].bylines or len(lines) < 400)
    return _with(feature, 0.6 if looks else 0.2)


def _unwrapped_datelines(lines: Sequence[Line]) -> bool:
    """Most lines that open with a dateline (本报讯…) end a sentence, and no dateline stands under a
    headline: each paragraph on one line, as a web page saved as text has it, of stories the site stored
    without their headlines. The newspaper splitter sorts out headlines a PDF's columns displaced (there
    the dateline's line breaks at the column's edge, mid-sentence) and hands every short line it finds
    to a story as its headline; here there are none to hand, and the headline splitter reads the stories
    where they stand (an untitled one at each dateline)."""
    datelines = [k for k, ln in enumerate(lines) if ln.text and is_dateline(ln.text)]
    closed = sum(1 for k in datelines if ends_sentence(lines[k].text))
    return 2 * closed > len(datelines) and not any(_under_headline(lines, k) for k in datelines)


def _under_headline(lines: Sequence[Line], k: int) -> bool:
    """The line over line ``k`` (a blank line between at most) is a headline: short, no clause in it, and
    no page line (甘南日报 2017年6月20日 第01版, 第A02版:烟台民意通), which heads a page, not a story."""
    above = k - 1 if k and lines[k - 1].text else k - 2
    if above < 0 or not (text := lines[above].text):
        return False
    return is_headline_like([lines[above]]) and not meta.header_label(text) and not is_page_nav(text)


_SOURCE_LABEL = "来源"


def _clipping_sources(lines: Sequence[Line]) -> int:
    """How many lines name where an item was clipped from: source lines (:func:`count_sources`), and a
    reposted web story's info line that labels its source and dates it (``来源:红网 作者:宋国强 编辑:…
    2016-07-06 09:40:05``). Two make the text a compilation of clippings, whose items each keep their
    own source, even where some open with a newspaper's dateline (本报讯): the headline splitter cuts it,
    an item without a dateline included, not the newspaper splitter, which reads every story from one."""
    reposted = sum(1 for ln in lines if ln.text.startswith(_SOURCE_LABEL) and info_line_date(ln.text)
                   and not count_sources([ln]))
    return count_sources(lines) + reposted


_MAX_HEADING = 20


def _heading_over_roster(lines: Sequence[Line], title: str) -> str | None:
    """The heading of a 年鉴 entry whose one item is a marked run-in entry (``【概况】2008年,…``) under a
    heading and a list without a sentence (the place's leadership roster: ``书 记 白维国``): the heading
    names the place the entry describes, the list is no item, so the entry is a compilation's, not a
    feature whose headline is the place. None for any other text."""
    texts = [ln.text for ln in lines if ln.text]
    marked = f"【{title}】"
    entry = next((k for k, text in enumerate(texts) if text.startswith(marked)), None) if title else None
    if entry is None or entry < 2 or len(texts[0]) > _MAX_HEADING:
        return None
    return texts[0] if not any(_CLAUSE_RE.search(text) for text in texts[:entry]) else None


_MAX_CAPTION = 40
_CLAUSE_RE = re.compile(r"[，。；！？,;!?]")


def _captions_only(lines: Sequence[Line]) -> bool:
    """Whether the text's ``△`` lines are all photo captions (``△ 镇长某某作政府工作报告``), set under the
    pictures of a web release whose paragraphs carry the text: each is a short phrase with no clause in
    it, standing apart (a blank line, another caption or an indented paragraph under it). A newsletter's
    brief is a sentence at least (``△6月11日，…``), and its first line, when wrapped, runs on into the
    next; a text of nothing but △ lines has no prose for them to caption."""
    marked = [i for i, ln in enumerate(lines) if ln.text.startswith(BRIEF_MARK)]
    prose = any(ends_sentence(ln.text) for ln in lines if not ln.blank and not ln.text.startswith(BRIEF_MARK))
    return prose and all(_caption_at(lines, i) for i in marked)


def _caption_at(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` (a △ line) is a short clause-free phrase with nothing running on under it."""
    text = lines[i].text
    if len(text) > _MAX_CAPTION or _CLAUSE_RE.search(text) is not None:
        return False
    below = lines[i + 1] if i + 1 < len(lines) else None
    return below is None or below.blank or below.text.startswith(BRIEF_MARK) or below.raw[:1].isspace()


def _with(issue: ParsedIssue, confidence: float) -> ParsedIssue:
    issue.confidence = round(confidence, 2)
    return issue


def detect_layout(lines: Sequence[Line]) -> str:
    """The layout :func:`choose_layout` picks for these lines."""
    return choose_layout(lines).layout


def is_lossless(text: str, issue: ParsedIssue) -> bool:
    """The invariant: the multiset of non-space characters is the same in the input and the parse.

    The articles' strings go first: they come in text order, so each is found right where the previous
    one ended (see :mod:`~gazette_reader.ingest.lossless`)."""
    return same_characters(text, [*article_text(issue), *issue_text(issue)])


def fallback(text: str) -> ParsedIssue:
    """The worst case: one untitled article holding the whole text."""
    article = ParsedArticle(title="", body=reflow(text.split("\n")), span=span_of(split_lines(text)))
    issue = ParsedIssue(layout="feature", articles=[article])
    try:
        _derive(issue, text)
    except Exception:  # metadata is a nicety; the text itself must always come through
        log.exception("metadata derivation failed on fallback parse")
    return issue


def _derive(issue: ParsedIssue, text: str) -> None:
    """Fill the derived values: issue facts, place, publication, title, article dates."""
    facts = meta.issue_facts(issue.metadata)
    if facts.year is not None or issue.year is None:  # a splitter may have read the year (大事记 headings)
        issue.year, issue.month = facts.year, facts.month
    issue.number = facts.number
    issue.publisher, issue.printed = facts.publisher, facts.printed
    issue.place = meta.find_place(text, facts.publisher or facts.masthead)
    issue.publication = facts.masthead or meta.default_publication(issue.place, issue.layout)
    issue.title = meta.issue_title(facts)
    pages = meta.page_dates(text)
    if several_dates := _pages_after_items(issue, pages, text):
        issue.year = issue.month = None
    for article in issue.articles:
        if article.month is None and (clipped := source_date(article.body)):
            article.year, article.month, article.day = clipped
        if article.month is None:  # a splitter that read the date elsewhere (a source line) has set it
            article.month, article.day = _opening_date(article.body, _files_by_event(issue))
        else:
            _date_by_report(article)
        if article.year is None:
            _date_by_closing(article)
        if pages:
            _date_by_page(article, pages)
        if article.month is None and issue.month is not None and (day := this_month_day(article.body)):
            article.month, article.day = issue.month, day  # 今（15）日 in an issue of a known month
    if issue.layout in meta.BULLETIN_LAYOUTS or issue.year is not None:
        for article in issue.articles:
            if article.year is None:
                article.year = year_for_issue_month(issue.year, issue.month, article.month) \
                    if issue.year is not None else event_year(article.body)
    else:
        _date_newspaper(issue, dates_issue=not several_dates)


def _pages_after_items(issue: ParsedIssue, pages: list[tuple[int, tuple[int, int, int]]], text: str) -> bool:
    """Whether the issue's year and month are those of a page line that items come before: a file of
    stories saved one after another (a site's story, then a paper's page line and its stories) has no one
    issue date; each story takes the date of the page line above it (:func:`_date_by_page`) and a story
    above the first page line none of it (烟台晚报 2021 photo spread, then the 2023-02-21 page). A paper's
    issue prints its first page's stories before its first page line too: one issue when a date at its
    top (the masthead's) is that page line's, or when its page lines (two or more) all carry one date."""
    if not pages or (issue.year, issue.month) != pages[0][1][:2]:
        return False
    if _top_date(text) == pages[0][1] or len(pages) > 1 and all(date == pages[0][1] for _, date in pages):
        return False  # one issue, dated at its top or by every page line alike
    return any(article.span[0] < pages[0][0] for article in issue.articles)


_TOP_LINES = 3
"""Lines holding text at the top of a file that its masthead's date stands among (某县日报 / 2024年1月27日 星期六)."""
_TOP_DATE_RE = re.compile(r"(\d{4})\s*(?:年|-)\s*(\d{1,2})\s*(?:月|-)\s*(\d{1,2})")


def _top_date(text: str) -> tuple[int, int, int] | None:
    """The first full date in the first :data:`_TOP_LINES` lines of ``text`` that hold text, if any."""
    top = [line for line in text[:1000].split("\n", 20) if line.strip()][:_TOP_LINES]
    if match := _TOP_DATE_RE.search("\n".join(top)):
        return int(match.group(1)), int(match.group(2)), int(match.group(3))
    return None


_WORK_RECORD_RE = re.compile(r"(?:工作|政务)(?:简报|信息|动态)$")
"""An office's record of its work by name (教育工作简报, 纪检监察工作信息, 工作动态, 政务信息)."""


def _files_by_event(issue: ParsedIssue) -> bool:
    """Whether the issue files its items by the day things were done: a work log, by its layout or by a
    masthead that names one (教育工作简报 / 第4期 / 教育局办公室编). A press digest (新闻摘编, 舆情汇编, 媒体看基层),
    a newspaper or a press release files a story by its dateline, as README's chronicle editor does."""
    return issue.layout == "worklog" or bool(issue.publication and _WORK_RECORD_RE.search(issue.publication))


def _opening_date(body: str, by_event: bool) -> tuple[int | None, int | None]:
    """The month and day the opening states. A story is filed by its dateline (本报5月21日讯); an issue filed
    by event (see :func:`_files_by_event`) takes the date of what was done in an item it reprints from a
    news site (鲁网2月10日讯 2月3日，平邑县召开…: the site posted on the 10th what was held on the 3rd)."""
    if by_event and (event := event_after_dateline(body)):
        return event
    return month_day(body)


def _date_by_report(article: ParsedArticle) -> None:
    """The event's day for a reporter's story a splitter dated by its posting stamp (星期三, 4月30, 2025 /
    【記者…報導】…檢察長29日率同…): the day the story names, on or before the stamp's within its month."""
    if article.year is None or article.day is None or (day := reported_day(article.body)) is None:
        return
    if day < article.day:
        article.day = day


def _date_by_closing(article: ParsedArticle) -> None:
    """The year of an item that closes with its full date in brackets (…（2022年5月5日）), and its date
    when its text names none: a digest of items written up over several years."""
    if (closing := closing_date(article.body)) is None or article.month not in (None, closing[1]):
        return
    article.year = closing[0]
    if article.month is None:
        article.month, article.day = closing[1], closing[2]


def _date_by_page(article: ParsedArticle, pages: list[tuple[int, tuple[int, int, int]]]) -> None:
    """Date a story by the page line above it (a file may hold pages of several issues): a dateline
    with only a day (新华社重庆十四日电) takes the page's month, a dateline with no date at all (本报讯 近日，…)
    the page's date unless it tells doings of many days (本报讯 连日来，…), and every other story the page's year."""
    printed = next((date for offset, date in reversed(pages) if offset <= article.span[0]), None)
    if printed is None or article.year is not None:
        return
    if article.month is None and (day := dateline_day(article.body)) is not None:
        article.year, article.month, article.day = date_before(printed, day)
    elif article.month is None and is_dateline(article.body) and not tells_ongoing(article.body):
        article.year, article.month, article.day = printed  # 本报讯 近日…: news of the page's day
    elif article.month is not None:
        article.year = printed[0] - 1 if article.month > printed[1] else printed[0]
    else:
        article.year = printed[0]  # a photo or a column without a date: it ran in the page's year


def _date_newspaper(issue: ParsedIssue, *, dates_issue: bool) -> None:
    """Article years only where the text plainly dates the event; the issue's year when those agree (in a
    gathering of items, when most items state it: see :func:`_years_date_issue`) and the file is one
    issue (``dates_issue``), not pages of several dates."""
    years = set()
    stated = 0
    for article in issue.articles:
        if article.year is None:
            article.year = event_year(article.body)
        if article.year is not None:
            years.add(article.year)
            stated += 1
    if dates_issue and issue.year is None and len(years) == 1 and _years_date_issue(issue, stated):
        issue.year = years.pop()


def _years_date_issue(issue: ParsedIssue, stated: int) -> bool:
    """Whether the items' one stated year is the issue's, which every item without one inherits. A
    newspaper's stories came out together; any other file gathers items from several places and times (a
    work log's 兴县 in 2020 and 临澧 in 2017, a bullet list of four cities' leaders' doings, a press digest's
    clippings of several papers), so one item's year is its own, and the issue's only when most items
    state it."""
    return (issue.layout == "newspaper" and not _press_digest(issue)) or stated * 2 > len(issue.articles)


_DIGEST_RE = re.compile(r"剪辑|剪报|摘编|摘报|汇编|选编|舆情")
"""A masthead naming a digest of other papers' stories (县政新闻剪辑, 新闻摘编, 舆情汇编)."""


def _press_digest(issue: ParsedIssue) -> bool:
    """Whether the masthead names a press digest: its stories were clipped from several papers and days,
    though the layout reads them as one paper's stories."""
    heads = [value for label, value in issue.metadata.items() if label.startswith("报头")]
    return any(_DIGEST_RE.search(text) for text in [issue.publication or "", *heads])
