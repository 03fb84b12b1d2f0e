"""Bounds on one file and one article: a huge unsplit text is cut into parts (nothing lost, leaders
still tagged), an oversized file is refused with its size before it is read."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from gazette_reader import bounds
from gazette_reader.bounds import LONG_ARTICLE_SPLIT, bound_articles, cut_point, too_big
from gazette_reader.ingest.model import WARNINGS_ZH, ParsedArticle, ParsedIssue, accounted_text
from gazette_reader.library import Library

SENTENCE = "区委书记宋洁实地督导老旧小区改造提升工作。"  # 21 characters, ends a sentence


def _nonspace(parts: list[str]) -> Counter[str]:
    return Counter(ch for part in parts for ch in part if not ch.isspace())


def test_a_long_article_is_cut_at_sentence_ends_and_loses_nothing() -> None:
    text = "头" + SENTENCE * 50  # 1,051 characters on one line
    article = ParsedArticle(title="标题", body=text[1:], span=(1, len(text)))
    issue = ParsedIssue(layout="unknown", articles=[article], furniture=["头"])
    before = _nonspace(accounted_text(issue))
    bounded = bound_articles(issue, text, limit=200)
    parts = bounded.articles
    assert len(parts) == 6 and "".join(p.body for p in parts) == SENTENCE * 50
    assert all(len(p.body) <= 200 and p.body.endswith("。") for p in parts)
    assert [p.title for p in parts[:3]] == ["标题", "标题（续2）", "标题（续3）"]
    assert [p.title_derived for p in parts[:2]] == [False, True]
    assert [text[s:e] for s, e in (p.span for p in parts)] == [p.body for p in parts]
    assert _nonspace(accounted_text(bounded)) == before
    assert bounded.warnings == [LONG_ARTICLE_SPLIT] and LONG_ARTICLE_SPLIT in WARNINGS_ZH


def test_without_breaks_the_cut_is_hard_and_short_articles_are_untouched() -> None:
    assert cut_point("字" * 1000, 0, 300) == 300
    assert cut_point("字" * 1000, 900, 300) == 1000
    issue = ParsedIssue(layout="x", articles=[ParsedArticle(title="t", body="短文")])
    assert bound_articles(issue, "短文", limit=200) is issue and issue.warnings == []


def test_an_oversized_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert too_big(bounds.MAX_FILE_BYTES) is None
    english, chinese = too_big(bounds.MAX_FILE_BYTES + 1) or ("", "")
    assert "files over 16 MB are not imported" in english and "16 MB" in chinese
    monkeypatch.setattr(bounds, "MAX_FILE_BYTES", 1000)
    (tmp_path / "big.txt").write_text(SENTENCE * 100, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(SENTENCE, encoding="utf-8")
    library = Library.open(tmp_path / "lib.sqlite")
    report = library.import_files([tmp_path / "big.txt", tmp_path / "ok.txt"])
    assert [o.status for o in report.outcomes] == ["refused", "imported"]
    assert "files over 0 MB are not imported" in report.outcomes[0].reason


def test_an_unsplittable_text_imports_in_parts_with_its_leaders(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bounds, "MAX_ARTICLE_CHARS", 1000)
    (tmp_path / "one-line.txt").write_text(SENTENCE * 200, encoding="utf-8")
    library = Library.open(tmp_path / "lib.sqlite")
    outcome = library.import_files([tmp_path / "one-line.txt"]).outcomes[0]
    assert outcome.status == "imported" and outcome.articles >= 5 and LONG_ARTICLE_SPLIT in outcome.warnings
    bodies = [a["body"] for a in library.articles(limit=100)]
    assert all(len(b) <= 1000 for b in bodies) and sum(map(len, bodies)) == len(SENTENCE) * 200
    assert all(any(leader["name"] == "宋洁" for leader in a["leaders"]) for a in library.articles(limit=100))
    library.reparse()
    assert len(library.articles(limit=100)) == outcome.articles


def test_dropped_controls_move_a_pdfs_page_and_headline_offsets() -> None:
    from gazette_reader.bounds import without_controls
    from gazette_reader.ingest.readers.model import Rendered

    text = "标题\x01\n\n正文。\n\n第二\x02\x03页标题\n\n正文。\n"
    cleaned, warning = without_controls(Rendered(text, "pdf", ((0, 1), (text.index("第二"), 2)),
                                                 ((0, 24.0), (text.index("第二"), 18.0))))
    second = cleaned.text.index("第二")
    assert warning and cleaned.page_starts == ((0, 1), (second, 2))
    assert cleaned.headline_sizes == ((0, 24.0), (second, 18.0))
