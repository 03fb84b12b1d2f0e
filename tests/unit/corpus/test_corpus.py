"""The real development corpus (tests/corpus/real): its shape, its gold, and the parser held to the targets.

The scores are what ``gazette bench --corpus tests/corpus/real`` prints: every document imported through
the normal import path, aligned with its hand-read gold. Issue #12's targets are the assertions.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from gazette_reader.bench.gold import gold_documents, score_corpus

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "tests" / "corpus" / "real"
LAYOUTS = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())
DOCUMENTS = gold_documents(CORPUS)


@pytest.fixture(scope="module")
def scores() -> dict:
    return score_corpus(CORPUS)


def test_the_corpus_is_big_and_varied_enough() -> None:
    assert len(DOCUMENTS) >= 40
    assert len(LAYOUTS) >= 10


def test_every_document_names_its_source() -> None:
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    for path, _ in DOCUMENTS:
        if path.parent.name != "seeds_traditional":  # made by tests/corpus/make_seeds_traditional.py
            assert f"### {path.parent.name}/{path.name}" in sources, path


@pytest.mark.parametrize(("path", "gold"), DOCUMENTS, ids=[f"{p.parent.name}/{p.stem}" for p, _ in DOCUMENTS])
def test_gold_quotes_the_text(path: Path, gold: dict) -> None:
    """Each lead and title occurs in the text (spaces and line breaks aside): the gold was read off it."""
    text = "".join(path.read_text(encoding="utf-8").split())
    assert gold["items"], "a gold file lists at least one item"
    for item in gold["items"]:
        assert "".join(item["lead"].split()) in text, item["lead"]
        if item.get("title"):
            assert "".join(item["title"].split()) in text, item["title"]
        if item.get("date"):
            assert re.fullmatch(r"\d\d-\d\d", item["date"]), item["date"]


def test_overall_targets(scores: dict) -> None:
    overall = scores["overall"]
    assert overall["article_f1"] >= 0.95, json.dumps(overall)
    assert overall["exact_titles"] >= 0.90
    assert overall["dates"] >= 0.95
    assert overall["leaders_precision"] >= 0.95
    assert overall["leaders_recall"] >= 0.90


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_splits_well(scores: dict, layout: str) -> None:
    assert scores["layouts"][layout]["article_f1"] >= 0.90, json.dumps(scores["layouts"][layout])


KNOWN_COLLAPSES: dict[str, str] = {}
"""Documents the parser still reads as one article, each with why; the list must be exactly what fails, so
a fix (take it off) and a new collapse both fail the test."""


def test_no_document_collapses_into_one_article(scores: dict) -> None:
    assert scores["overall"]["collapsed_documents"] == sorted(KNOWN_COLLAPSES)
