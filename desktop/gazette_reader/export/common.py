"""What every export format shares: walking the selection, and turning article fields into text.

Every writer receives the same ``articles: Sequence[dict]`` (the public ``articles --json`` shape) and a
:class:`Steps` that reports progress and polls cancellation between articles. The field formatters live
here so that DOCX, HTML, PDF and the spreadsheets describe an article in the same words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from gazette_reader.jobs import NEVER, CancelToken, Progress, no_progress

Article = Mapping[str, Any]

ROLE_LABELS: dict[str, str] = {
    "reporter": "记者",
    "correspondent": "通讯员",
    "photographer": "图",
    "author": "作者",
    "editor": "编辑",
}
"""Chinese labels for byline roles, as the papers print them (``记者 景静 通讯员 胡伟``)."""

KIND_LABELS: dict[str, str] = {"article": "文章", "brief": "简讯"}

# Characters XML 1.0 forbids (PDF extraction leaves form feeds and other control codes behind); lxml,
# python-docx and openpyxl refuse them outright, so they are dropped before any XML-based format sees them.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")
_MONTH_DAY = re.compile(r"^\s*(\d{1,2})-(\d{1,2})\s*$")


@dataclass(frozen=True)
class ExportOptions:
    """Choices that shape a document (the writers ignore those that do not apply to their format).

    ``layout``: ``official`` (A4, GB/T 9704-like margins and type) or ``plain`` (the simple layout).
    ``order``: ``date`` (ascending, undated last) or ``list`` (as selected). ``source``: how a 大事记
    entry names its source — ``short`` (《刊名》2020年总第93期), ``citation`` (GB/T 7714) or ``none``.
    ``edits``: 大事记 entry edits from the preview, keyed by :func:`chronicle.entry_key`.
    ``language``: ``zh`` or ``en`` for the labels people read in spreadsheets (类型 文章/简讯).
    """

    layout: str = "official"
    order: str = "date"
    source: str = "short"
    edits: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    language: str = "zh"


LAYOUTS = ("official", "plain")
ORDERS = ("date", "list")
SOURCES = ("short", "citation", "none")


@dataclass
class Steps:
    """Progress and cancellation for one export: the writer calls :meth:`each` over its articles.

    Cancellation is checked *before* each article so nothing is started after the user pressed Cancel;
    progress is reported *after* it, so ``done`` counts finished articles.
    """

    total: int
    progress: Progress = no_progress
    cancel: CancelToken = field(default=NEVER)
    done: int = 0
    options: ExportOptions = field(default_factory=ExportOptions)

    def each(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Yield the articles one by one, checking cancellation before and reporting after each."""
        for article in articles:
            self.cancel.check()
            yield article
            self.advance(article)

    def advance(self, article: Article) -> None:
        """Count one finished article (for writers that finish articles outside :meth:`each`)."""
        self.done += 1
        self.progress(self.done, self.total, title_of(article))


def clean(text: object) -> str:
    """A value as text that is safe in any XML-based format (control characters removed)."""
    if text is None:
        return ""
    return _XML_ILLEGAL.sub("", str(text))


def title_of(article: Article) -> str:
    """The article's title on one line (PDF titles sometimes keep a hard line break)."""
    return " ".join(clean(article.get("title")).split()) or "（无标题）"


def paragraphs(article: Article) -> list[str]:
    """The body split into non-empty paragraphs: the store keeps one paragraph per line."""
    return [line.strip() for line in clean(article.get("body")).splitlines() if line.strip()]


def date_parts(article: Article) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) as far as known: ``date`` first, then ``month_day``, then the issue's year/month.

    ``month_day`` wins over the issue month because a bulletin for April may report a meeting on 5 May.
    """
    year = month = day = None
    match = _DATE.match(str(article.get("date") or ""))
    if match:
        year, month, day = (int(g) if g else None for g in match.groups())
    if day is None:
        md = _MONTH_DAY.match(str(article.get("month_day") or ""))
        if md:
            month, day = int(md.group(1)), int(md.group(2))
    return year or _int_or_none(article.get("year")), month or _int_or_none(article.get("month")), day


def full_date(article: Article) -> dt.date | None:
    """The article's date as a real date when year, month and day are all known and valid."""
    year, month, day = date_parts(article)
    if year and month and day:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return None


def date_text(article: Article) -> str:
    """The best-known date as ISO text, as precise as the data: ``2020-04-03``, ``2020-04``, ``2020``."""
    year, month, day = date_parts(article)
    if year is None:
        return f"{month:02d}-{day:02d}" if month and day else ""
    text = f"{year:04d}"
    if month:
        text += f"-{month:02d}"
        if day:
            text += f"-{day:02d}"
    return text


def issue_label(article: Article) -> str:
    """The issue as printed (``2020年4月 总第93期``); rebuilt from its parts only when it has a number.

    A newspaper page has no issue title or number, and "2021年9月" would just repeat its date.
    """
    if article.get("issue_title"):
        return clean(article["issue_title"])
    if not article.get("issue_number"):
        return ""
    when = f"{article['year']}年" if article.get("year") else ""
    if when and article.get("month"):
        when += f"{article['month']}月"
    return f"{when} 总第{clean(article['issue_number'])}期".strip()


def bylines_text(article: Article) -> str:
    """Bylines with their printed roles (``记者 景静 通讯员 胡伟``), or the bare names if roles are unknown."""
    roles = article.get("byline_roles") or []
    if roles:
        return " ".join(_role_name(entry) for entry in roles)
    return "、".join(clean(name) for name in article.get("bylines") or [])


def _role_name(entry: Mapping[str, Any]) -> str:
    """One byline as ``记者 景静`` (just the name when the role has no label)."""
    label = ROLE_LABELS.get(str(entry.get("role") or ""), "")
    name = clean(entry.get("name"))
    return f"{label} {name}" if label else name


def leaders_text(article: Article) -> str:
    """Leaders as ``宋洁（区委书记）、耿勇军`` in the order the article mentions them."""
    out = []
    for leader in article.get("leaders") or []:
        name, title = clean(leader.get("name")), clean(leader.get("title"))
        out.append(f"{name}（{title}）" if title else name)
    return "、".join(out)


def projects_text(article: Article) -> str:
    """Projects and campaigns joined with the Chinese enumeration comma."""
    return "、".join(clean(p) for p in article.get("projects") or [])


def metadata_line(article: Article) -> str:
    """One line that places the article: publication · issue · date · section · page · bylines · unit."""
    page = article.get("page")
    parts = [
        clean(article.get("publication")),
        issue_label(article),
        date_text(article),
        clean(article.get("section")),
        f"第{page}页" if page else "",
        bylines_text(article),
        clean(article.get("source_unit")),
    ]
    return " · ".join(p for p in parts if p)


def note_text(article: Article) -> str:
    """The user's note (the library's ``notes``) on one line: its lines joined with ；."""
    return "；".join(line.strip() for line in clean(article.get("note")).splitlines() if line.strip())


def tag_lines(article: Article) -> list[tuple[str, str]]:
    """The labelled tag lines shown under an article (only those that have content)."""
    lines = [("领导", leaders_text(article)), ("项目", projects_text(article)), ("备注", note_text(article))]
    return [(label, text) for label, text in lines if text]


def _int_or_none(value: object) -> int | None:
    """An int from an int or digit string; None for anything else."""
    try:
        return int(value) if value is not None and str(value).strip() else None  # type: ignore[arg-type]
    except ValueError:
        return None


def date_order(articles: Sequence[Article]) -> list[Article]:
    """The articles by date ascending (year, month, day; unknown parts last), ties in selection order."""

    def key(article: Article) -> tuple[int, int, int]:
        year, month, day = date_parts(article)
        return (year or 10_000, month or 99, day or 99)

    return sorted(articles, key=key)


def ordered(articles: Sequence[Article], options: ExportOptions) -> list[Article]:
    """The articles in the order the options ask for (date ascending by default)."""
    return date_order(articles) if options.order == "date" else list(articles)


_FORMULA_START = tuple("=+-@\t\r＝＋－＠")


def neutralise_formula(value: Any) -> Any:
    """Text a spreadsheet would run as a formula gets a leading apostrophe (OWASP: CSV injection).

    Excel and LibreOffice treat a cell starting with = + - @ (also after a tab or CR, and their full-width
    forms, which some IMEs turn into ASCII) as a formula: ``=HYPERLINK(...)`` or ``=cmd|' /C calc'!A0``.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def count(articles: Sequence[Article]) -> str:
    """``共 N 篇`` for document headers."""
    return f"共 {len(articles)} 篇"
