"""The parser's output: one :class:`ParsedIssue` per file, holding its :class:`ParsedArticle` items.

Every non-space character of the decoded text ends up in exactly one string of these objects (an
article's title/subtitle/kicker/body/byline/source unit, an issue metadata value, the table of contents
or the recognised page furniture); :func:`accounted_text` collects them so a test can check that.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ARTICLE = "article"
BRIEF = "brief"

REPORTER = "reporter"
CORRESPONDENT = "correspondent"
PHOTOGRAPHER = "photographer"
BYLINE_ROLES = (REPORTER, CORRESPONDENT, PHOTOGRAPHER)


@dataclass(frozen=True)
class Byline:
    """A name from a byline (记者 景静 / 通讯员 郭佳星/文 / 胡源浩/图) with its role.

    ``raw`` is the byline text exactly as written (e.g. ``通讯员 郭佳星/文``), kept for the no-loss check.
    """

    name: str
    role: str
    raw: str


@dataclass
class ParsedArticle:
    """One item of an issue: a full article or a brief (△ … （区农委）)."""

    title: str
    body: str
    """Reflowed text: paragraphs separated by a single ``\\n``, no layout spaces between CJK characters."""
    section: str | None = None
    kind: str = ARTICLE
    subtitle: str | None = None
    kicker: str | None = None
    """A newspaper 引题 (the line above the main title), when recognised."""
    bylines: list[Byline] = field(default_factory=list)
    source_unit: str | None = None
    """The reporting unit in parentheses at the end of a brief, e.g. ``区农委``."""
    source_unit_raw: str | None = None
    """The unit exactly as written, with its parentheses (``（区农委）``), for the no-loss check."""
    month: int | None = None
    day: int | None = None
    year: int | None = None
    """Only set when the text plainly dates the event; otherwise the issue's year applies."""
    span: tuple[int, int] = (0, 0)
    """Character offsets in the decoded source text: from the first to past the last character used."""
    title_derived: bool = False
    """True when the title is not text of its own but a label derived from the body (a brief's first
    clause): its characters are already counted in ``body``, so :func:`accounted_text` skips it."""

    @property
    def month_day(self) -> str | None:
        """``MM-DD`` or None."""
        if self.month and self.day:
            return f"{self.month:02d}-{self.day:02d}"
        return None


@dataclass
class ParsedIssue:
    """One gazette file: issue metadata plus its articles in reading order."""

    layout: str
    """``bulletin`` (TOC + sections), ``newsletter`` (run-on bulletin excerpt), ``newspaper`` (本报讯 pages)
    or ``feature`` (one long article)."""
    articles: list[ParsedArticle]
    place: str | None = None
    publisher: str | None = None
    publication: str | None = None
    year: int | None = None
    month: int | None = None
    number: str | None = None
    """The issue number as printed, e.g. ``总第93期`` → ``93``."""
    printed: str | None = None
    """Print date ``YYYY-MM-DD`` (``2020年5月10日 印``)."""
    title: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    """Header/footer lines keyed by a label (``主管``, ``电话``, ``印刷``, ``期号`` …); each value is the whole
    line exactly as written (``主管：上街区人民政府办公室``) so nothing is lost. Keys are labels only."""
    toc: list[str] = field(default_factory=list)
    """Table-of-contents lines as written (after joining wrapped entries)."""
    furniture: list[str] = field(default_factory=list)
    """Recognised page furniture that is dropped from articles: page numbers, running heads, dot leaders."""
    warnings: list[str] = field(default_factory=list)
    """What the parser noticed and the user should know (columns read across, …), in plain English."""
    confidence: float = 1.0
    """How sure the parser is of the layout (0–1); below :data:`UNSURE` the import reports the file as
    "layout not recognised" so the user can check and correct the split."""


UNSURE = 0.5

SEPARATED_COLUMNS = "two columns were read line by line; their lines were separated again"
MIXED_COLUMNS = "two columns stand side by side on the lines and could not be separated: check the split"
LAYOUT_DOES_NOT_FIT = "the text lacks what the chosen layout needs (a table of contents, datelines…); it was split by the layout detected instead"
WARNINGS_ZH = {
    SEPARATED_COLUMNS: "两栏文字被逐行交错读出，已重新分开",
    MIXED_COLUMNS: "两栏文字并排在同一行，无法分开，请检查拆分",
    LAYOUT_DOES_NOT_FIT: "文本缺少所选版式需要的内容（目录、电头等），已按自动识别的版式拆分",
}
"""The Chinese twin of every warning the parser gives (the window shows the UI language)."""


def accounted_text(issue: ParsedIssue) -> list[str]:
    """Every string the parse keeps, so ``Counter`` of their non-space characters can be compared with
    the input's: the no-loss invariant."""
    return [*issue_text(issue), *article_text(issue)]


def issue_text(issue: ParsedIssue) -> list[str]:
    """The issue's own strings: metadata lines, table of contents, page furniture."""
    return [*issue.metadata.values(), *issue.toc, *issue.furniture]


def article_text(issue: ParsedIssue) -> list[str]:
    """The articles' strings, article by article (in text order, which the no-loss test exploits)."""
    parts: list[str] = []
    for art in issue.articles:
        title = "" if art.title_derived else art.title
        parts += [title, art.body, art.subtitle or "", art.kicker or "", art.source_unit_raw or ""]
        parts += [b.raw for b in art.bylines]
    return parts
