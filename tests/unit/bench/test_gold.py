"""The gold-corpus scorer: alignment by title or lead, and the ratios it reports."""

from __future__ import annotations

import json
from pathlib import Path

from gazette_reader.bench.gold import score_corpus, score_document


def _article(title: str, body: str, month_day: str | None = None, leaders: list | None = None) -> dict:
    return {"title": title, "body": body, "month_day": month_day, "year": None, "leaders": leaders or []}


GOLD = [
    {"title": "区委常委会召开扩大会议", "lead": "10月23日上午", "date": "10-23", "year": None,
     "leaders": [{"name": "张刚", "title": "区委书记"}, {"name": "于晓东", "title": None}]},
    {"title": None, "lead": "5日，区长王俊", "date": "11-05", "year": None, "leaders": []},
    {"title": "第三条", "lead": "第三条的正文", "date": None, "year": None, "leaders": []},
]


def test_perfect_parse_scores_one() -> None:
    articles = [
        _article("区委常委会召开扩大会议", "10月23日上午，区委书记张刚主持。", "10-23",
                 [{"name": "张刚", "title": "区委书记"}, {"name": "于晓东", "title": None}]),
        _article("5日，区长王俊调研", "5日，区长王俊调研。", "11-05"),
        _article("第三条", "第三条的正文。"),
    ]
    tally, _ = score_document(GOLD, articles)
    figures = tally.figures()
    assert figures["article_f1"] == 1.0 and figures["exact_titles"] == 1.0 and figures["dates"] == 1.0
    assert figures["leaders_precision"] == 1.0 and figures["leaders_recall"] == 1.0
    assert figures["leader_titles_recall"] == 1.0


def test_collapsed_parse_finds_only_the_first_item() -> None:
    whole = _article("区委常委会召开扩大会议", "10月23日上午…5日，区长王俊…第三条的正文", "10-23")
    figures = score_document(GOLD, [whole])[0].figures()
    assert figures["article_recall"] == round(1 / 3, 3) and figures["article_precision"] == 1.0
    assert figures["leaders_recall"] == 0.0 and figures["dates"] == 0.5


def test_wrong_title_and_extra_leader_count_against() -> None:
    articles = [_article("区委常委会召开扩大", "10月23日上午，区委书记张刚主持。", "10-24",
                         [{"name": "张刚", "title": "书记"}, {"name": "会议", "title": None}])]
    figures = score_document(GOLD[:1], articles)[0].figures()
    assert figures["article_recall"] == 1.0  # found by its lead
    assert figures["exact_titles"] == 0.0 and figures["dates"] == 0.0
    assert figures["leaders_precision"] == 0.5 and figures["leaders_recall"] == 0.5
    assert figures["leader_titles_precision"] == 0.0


def test_traditional_titles_must_stay_traditional() -> None:
    gold = [{"title": "區委常委會召開", "lead": "10月23日", "date": None, "year": None, "leaders": []}]
    figures = score_document(gold, [_article("区委常委会召开", "10月23日，")])[0].figures()
    assert figures["article_recall"] == 1.0 and figures["exact_titles"] == 0.0


def test_score_corpus_imports_each_document(tmp_path: Path) -> None:
    folder = tmp_path / "worklog"
    folder.mkdir()
    (folder / "a.txt").write_text("区委常委会召开扩大会议\n10月23日上午，区委书记张刚主持会议。\n", encoding="utf-8")
    gold = {"layout": "worklog", "items": [{"title": "区委常委会召开扩大会议", "lead": "10月23日上午",
                                            "date": "10-23", "year": None, "section": None,
                                            "leaders": [{"name": "张刚", "title": "区委书记"}]}]}
    (folder / "a.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    result = score_corpus(tmp_path, details=True)
    assert result["layouts"]["worklog"]["article_f1"] == 1.0
    assert result["overall"]["leaders_recall"] == 1.0
    assert result["documents"][0]["document"] == "worklog/a.txt"
