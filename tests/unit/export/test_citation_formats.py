"""RIS and BibTeX exports read back as Zotero/BibTeX would parse them (tags, types, escaping)."""

from __future__ import annotations

from pathlib import Path

from gazette_reader.export import write_export
from gazette_reader.export.citation_formats import bibtex_entry, bibtex_escape, ris_record

from .conftest import BRIEF, BULLETIN, NEWSPAPER, TWO_REPORTERS, UNDATED


def _tags(record: str) -> list[tuple[str, str]]:
    return [(line[:2], line[6:]) for line in record.splitlines()]


def test_ris_newspaper_record() -> None:
    tags = _tags(ris_record(TWO_REPORTERS))
    assert tags[0] == ("TY", "NEWS") and tags[-1] == ("ER", "")
    assert ("AU", "张改华") in tags and ("AU", "张雅青") in tags
    assert ("T2", "二七区新闻") in tags and ("DA", "2019/06/26/") in tags and ("SP", "1") in tags


def test_ris_bulletin_is_a_journal_with_issue_and_page() -> None:
    tags = dict(_tags(ris_record(BULLETIN)))
    assert tags["TY"] == "JOUR" and tags["IS"] == "93" and tags["SP"] == "8" and tags["PY"] == "2020"
    assert tags["AU"] == "上街区地方史志办公室" and tags["TI"] == BULLETIN["title"]


def test_ris_file_has_one_record_per_article(articles: list[dict], tmp_path: Path) -> None:
    text = write_export(articles, "ris", tmp_path / "a.ris").read_text(encoding="utf-8")
    assert text.count("TY  - ") == len(articles) == text.count("ER  - ")
    assert "TY  - GEN" not in text or UNDATED["publication"] == ""


def test_bibtex_entries() -> None:
    entry = bibtex_entry(NEWSPAPER)
    assert entry.startswith("@article{gazette2101,")
    assert "entrysubtype = {newspaper}" in entry and "date = {2021-09-13}" in entry
    assert "author = {景静}" in entry and "journal = {二七区新闻}" in entry
    assert "author = {{区市场监管局}}" in bibtex_entry(BRIEF)  # corporate author kept whole
    assert "number = {93}" in bibtex_entry(BULLETIN) and "pages = {8}" in bibtex_entry(BULLETIN)


def test_bibtex_escapes_latex_specials(articles: list[dict], tmp_path: Path) -> None:
    assert bibtex_escape("50% & {x}_1 \\ ~") == r"50\% \& \{x\}\_1 \textbackslash{} \textasciitilde{}"
    articles[0]["title"] = "A}b{"
    text = write_export(articles, "bibtex", tmp_path / "a.bib").read_text(encoding="utf-8")
    assert text.count("@") == len(articles) and r"title = {{A\}b\{}}" in text
