"""Traditional-script gazettes parse like their simplified twins and keep their own characters."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from gazette_reader.ingest.parse import is_lossless, parse_text, parse_unchecked
from gazette_reader.ingest.script import restore
from gazette_reader.text.normalize import has_traditional, to_simplified

ROOT = Path(__file__).resolve().parents[3]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_traditional_seed_splits_like_the_simplified(seed: Path, s2t: opencc.OpenCC) -> None:
    text = seed.read_text(encoding="utf-8")
    traditional = s2t.convert(text)
    simple, trad = parse_text(text), parse_text(traditional)
    assert trad.layout == simple.layout
    assert is_lossless(traditional, trad)
    assert len(trad.articles) == len(simple.articles)
    for a, b in zip(simple.articles, trad.articles):
        assert to_simplified(b.title) == to_simplified(s2t.convert(a.title))
        assert (b.month_day, b.year, b.kind, b.span) == (a.month_day, a.year, a.kind, a.span)
        assert to_simplified(b.section or "") == to_simplified(s2t.convert(a.section or ""))
        assert [to_simplified(x.name) for x in b.bylines] == [to_simplified(s2t.convert(x.name)) for x in a.bylines]
        assert [x.role for x in b.bylines] == [x.role for x in a.bylines]
    assert (trad.year, trad.month, trad.number) == (simple.year, simple.month, simple.number)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_traditional_parse_keeps_the_original_characters(seed: Path, s2t: opencc.OpenCC) -> None:
    traditional = s2t.convert(seed.read_text(encoding="utf-8"))
    issue = parse_text(traditional)
    assert any(has_traditional(a.title + a.body) for a in issue.articles)
    for article in issue.articles:
        squeezed = "".join(traditional.split())
        assert "".join(article.body.split())[:30] in squeezed
        if not article.title_derived:
            assert "".join(article.title.split()) in squeezed


def test_simplified_text_is_untouched() -> None:
    text = SEEDS[1].read_text(encoding="utf-8")
    assert to_simplified(text) == text
    assert parse_text(text).articles[0].title == "“郑好豫见 上街有礼 欢乐消费季”活动启动"


@pytest.mark.parametrize("original", [
    "本報訊 9月15日，區委書記陳紅民主持會議。\n會議指出，要發展。",
    "髮型 頭髮 發展 乾淨 幹部",
])
def test_restore_round_trips_a_whole_text(original: str) -> None:
    issue = parse_unchecked(original)
    assert is_lossless(original, issue)
    joined = "".join(a.title + a.body for a in issue.articles)
    assert "".join(joined.split()) == "".join(original.split())


def test_restore_takes_each_piece_from_where_it_stands() -> None:
    # the same simplified word 发 stands for 髮 in one place and 發 in another: each piece keeps its own
    original = "理髮店開業\n區裏發展經濟"
    simple = to_simplified(original)
    issue = parse_unchecked(simple)
    restore(issue, simple, original)
    text = "".join(a.title + a.body for a in issue.articles)
    assert "理髮店" in text and "發展" in text


def test_page_lines_in_both_scripts_keep_their_own_characters() -> None:
    """Page lines added in simplified script (第 2 页 共 3 页) over a traditional text's own (第 1 頁): in the
    simplified form both read 第…页, and each furniture piece used to be restored from the first occurrence,
    so the 頁 lines were lost and the whole text fell back to one article."""
    paragraph = "桃園市議會今天舉行新春團拜，議長邱奕勝致詞，感謝各界支持。"
    pages = [f"第 {n} 页 共 3 页\n\f{paragraph}\n第 {n} 頁\n" for n in range(1, 4)]
    original = "新春團拜\n\n" + "\n".join(pages)
    issue = parse_unchecked(original)
    assert is_lossless(original, issue)
    assert sorted(f for f in issue.furniture if "頁" in f) == ["第 1 頁", "第 2 頁", "第 3 頁"]


def test_a_paged_article_is_restored_with_a_few_searches_a_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """An article's body runs across page lines the parse drops: each piece between two of them used to be
    found by halving the whole rest of the article, a failed search of the text at every halving (20,000
    lines of prose and 第N頁 took 20 s). The searches are counted, not timed; the characters stay the
    original's."""
    from gazette_reader.ingest import script

    calls = []
    real_find = script._Source._find
    monkeypatch.setattr(script._Source, "_find", lambda self, piece, hint: calls.append(1) or real_find(self, piece, hint))
    pages = 600
    prose = "臺灣縣政府舉辦活動，縣長出席並致詞，強調發展觀光的重要性。"
    original = "縣政簡訊\n\n" + "\n".join(f"{prose}\n第{n}頁" for n in range(1, pages + 1))
    issue = parse_text(original)
    assert is_lossless(original, issue)
    assert "".join(a.body for a in issue.articles).count("發展觀光") == pages
    assert len(calls) < 8 * pages
