"""RIS and BibTeX exports, so Zotero, EndNote, JabRef and LaTeX users can import the selected items.

The type follows the GB/T 7714 decision in :mod:`citation`: a newspaper (``[N]``) is RIS ``NEWS`` and
BibTeX ``@article`` with ``entrysubtype = {newspaper}`` (biblatex's convention); a numbered bulletin
(``[J]``) is ``JOUR`` / ``@article``; anything else is ``GEN`` / ``@misc``. Fields that are unknown are left
out rather than written empty. Authors are the bylines, else the contributing unit as a corporate author
(BibTeX: in extra braces, so it is not split into given and family names).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from gazette_reader.export.citation import document_type
from gazette_reader.export.common import Article, Steps, clean, date_parts, title_of

RIS_TYPES = {"N": "NEWS", "J": "JOUR", "Z": "GEN"}
BIBTEX_TYPES = {"N": "article", "J": "article", "Z": "misc"}
_BIBTEX_SPECIAL = re.compile(r"([&%$#_{}])")


def _one_line(value: object) -> str:
    """A field value on one line (RIS is line-based; BibTeX values read better that way too)."""
    return " ".join(clean(value).split())


def _authors(article: Article) -> tuple[list[str], bool]:
    """(names, corporate): the bylines, else the unit or compiler as one corporate author."""
    names = [_one_line(n) for n in article.get("bylines") or [] if _one_line(n)]
    if names:
        return names, False
    unit = _one_line(article.get("source_unit") or article.get("publisher"))
    return ([unit] if unit else []), True


def ris_record(article: Article) -> str:
    """One RIS record, ending with ``ER  -``."""
    year, month, day = date_parts(article)
    fields: list[tuple[str, object]] = [("TY", RIS_TYPES[document_type(article)])]
    fields += [("AU", name) for name in _authors(article)[0]]
    fields += [("TI", title_of(article)), ("T2", article.get("publication")), ("PY", year)]
    if year and month:
        fields.append(("DA", f"{year:04d}/{month:02d}/{day:02d}/" if day else f"{year:04d}/{month:02d}//"))
    fields += [("IS", article.get("issue_number")), ("SP", article.get("page")), ("CY", article.get("place")),
               ("PB", article.get("publisher")), ("N1", article.get("issue_title")), ("ID", article.get("id"))]
    lines = [f"{tag}  - {_one_line(value)}" for tag, value in fields if _one_line(value)]
    return "\n".join([*lines, "ER  - "])


def bibtex_escape(text: str) -> str:
    """Text safe inside a braced BibTeX value (LaTeX specials escaped, backslash as a command)."""
    text = text.replace("\\", "\x00")
    text = _BIBTEX_SPECIAL.sub(r"\\\1", text)
    text = text.replace("~", r"\textasciitilde{}").replace("^", r"\textasciicircum{}")
    return text.replace("\x00", r"\textbackslash{}")


def bibtex_entry(article: Article) -> str:
    """One BibTeX entry keyed ``gazette<id>``."""
    code = document_type(article)
    year, month, day = date_parts(article)
    names, corporate = _authors(article)
    authors = " and ".join("{" + bibtex_escape(n) + "}" if corporate else bibtex_escape(n) for n in names)
    venue = "journal" if code != "Z" else "howpublished"
    fields: list[tuple[str, object]] = [
        ("author", authors), ("title", "{" + bibtex_escape(title_of(article)) + "}"),
        (venue, bibtex_escape(_one_line(article.get("publication")))), ("year", year), ("month", month),
        ("date", _iso(year, month, day)), ("number", bibtex_escape(_one_line(article.get("issue_number")))),
        ("pages", article.get("page")), ("address", bibtex_escape(_one_line(article.get("place")))),
        ("entrysubtype", "newspaper" if code == "N" else None),
    ]
    body = ",\n".join(f"  {name} = {{{_one_line(value)}}}" for name, value in fields if _one_line(value))
    return f"@{BIBTEX_TYPES[code]}{{gazette{article.get('id', '')},\n{body}\n}}"


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    """An ISO 8601 date as precise as known (biblatex's ``date`` field)."""
    if not year:
        return None
    parts = [f"{year:04d}"] + ([f"{month:02d}"] if month else []) + ([f"{day:02d}"] if month and day else [])
    return "-".join(parts)


def write_ris(articles: Sequence[Article], path: Path, steps: Steps) -> None:
    """Write a RIS file (UTF-8, records separated by a blank line)."""
    records = [ris_record(article) for article in steps.each(articles)]
    path.write_text("\n\n".join(records) + "\n", encoding="utf-8")


def write_bibtex(articles: Sequence[Article], path: Path, steps: Steps) -> None:
    """Write a BibTeX file (UTF-8, for biber/biblatex or BibTeX with a UTF-8 aware style)."""
    entries = [bibtex_entry(article) for article in steps.each(articles)]
    path.write_text("\n\n".join(entries) + "\n", encoding="utf-8")
