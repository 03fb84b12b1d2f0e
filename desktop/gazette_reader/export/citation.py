"""GB/T 7714-2015 references for articles, and the numbered citation list export.

Rules (GB/T 7714-2015 §4.4 连续出版物中的析出文献 and §8, 顺序编码制):

* **Type code.** ``[N]`` (报纸) when the publication's name is a newspaper's (ends in 报, 日报, 新闻…,
  but not 简报/通报/快报/情况/动态, which are bulletins); ``[J]`` (期刊) for a serial bulletin whose year
  or issue number is known; ``[Z]`` (其他未说明的文献类型) for anything else.
* **Responsible party.** The bylines (at most three, then ``, 等`` per §8.1.2), else the contributing
  unit (``source_unit``, e.g. ``区农委`` for a brief), else the issue's compiler (``publisher``, e.g.
  ``上街区地方史志办公室``). With neither, the field is omitted and the entry
  starts with the title, as §8.1.1 allows for 顺序编码制 lists (instead of writing 佚名).
* **Title.** The main title only; subtitles and kickers are 其他题名信息, which §8.2.2 leaves optional,
  and gazette subtitles are slogans rather than bibliographic information. A final 。 is dropped.
* **Newspaper:** ``作者. 题名[N]. 报纸名, 出版日期(版次).`` The date is ISO (``2021-09-13``) and as
  precise as known (``2021-09``, ``2021``); ``(版次)`` is the page when known.
* **Bulletin:** ``作者. 题名[J]. 刊名, 年(期): 页码.`` — no volume (gazettes have none); missing parts
  are left out with their punctuation (``2020(93).``, ``2020.``, ``(93): 8.``).
* **Other:** ``作者. 题名[Z]. 出处, 日期: 页码.`` with whatever of the publication, date and page is known.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from gazette_reader.export.common import Article, Steps, clean, date_parts, date_text, title_of

_NEWSPAPER = re.compile(r"(报|新闻|时讯)$")
_BULLETIN = re.compile(r"(简报|通报|快报|情况|动态|汇报)$")
_MAX_AUTHORS = 3


def citation(article: Article) -> str:
    """The GB/T 7714-2015 reference for one article (rules in the module docstring)."""
    code = document_type(article)
    head = f"{_title(article)}[{code}]. "
    author = _authors(article)
    if author:
        head = f"{author}. {head}"
    source = {"N": _newspaper_source, "J": _journal_source}.get(code, _other_source)(article)
    return f"{head}{source}." if source else head.rstrip()


def document_type(article: Article) -> str:
    """``N`` for newspapers, ``J`` for numbered or dated bulletins, ``Z`` otherwise."""
    name = clean(article.get("publication")).strip()
    if _NEWSPAPER.search(name) and not _BULLETIN.search(name):
        return "N"
    year, _, _ = date_parts(article)
    if name and (year or article.get("issue_number")):
        return "J"
    return "Z"


def _authors(article: Article) -> str:
    """Up to three byline names (then ``, 等``), else the contributing unit, else nothing."""
    names = [clean(n).strip() for n in article.get("bylines") or [] if clean(n).strip()]
    if not names:
        return clean(article.get("source_unit") or article.get("publisher")).strip()
    text = ", ".join(names[:_MAX_AUTHORS])
    return text + ", 等" if len(names) > _MAX_AUTHORS else text


def _title(article: Article) -> str:
    """The main title without a trailing full stop (the reference adds its own punctuation)."""
    return title_of(article).rstrip("。.")


def _newspaper_source(article: Article) -> str:
    """``报纸名, 出版日期(版次)``."""
    where = clean(article.get("publication")).strip()
    when = date_text(article)
    if when and article.get("page"):
        when += f"({article['page']})"
    return ", ".join(p for p in (where, when) if p)


def _journal_source(article: Article) -> str:
    """``刊名, 年(期): 页码``."""
    year, _, _ = date_parts(article)
    number = clean(article.get("issue_number")).strip()
    issue = (str(year) if year else "") + (f"({number})" if number else "")
    if issue and article.get("page"):
        issue += f": {article['page']}"
    where = clean(article.get("publication")).strip()
    return ", ".join(p for p in (where, issue) if p)


def _other_source(article: Article) -> str:
    """``出处, 日期`` with whatever is known."""
    parts = (clean(article.get("publication")).strip(), date_text(article))
    text = ", ".join(p for p in parts if p)
    return f"{text}: {article['page']}" if text and article.get("page") else text


def citation_list(articles: Sequence[Article], steps: Steps | None = None) -> str:
    """The numbered list (``[1] …``), one reference per line, in selection order."""
    steps = steps or Steps(len(articles))
    lines = [f"[{n}] {citation(a)}" for n, a in enumerate(steps.each(articles), start=1)]
    return "\n".join(lines) + "\n"


def write_citations(articles: Sequence[Article], path: Path, steps: Steps) -> None:
    """Write the numbered reference list as UTF-8 text."""
    path.write_text(citation_list(articles, steps), encoding="utf-8")
