"""jieba stays unloaded until someone segments: importing the core must be fast."""

from __future__ import annotations

import subprocess
import sys

from gazette_reader.text import segment


def test_importing_the_tagger_does_not_load_jieba() -> None:
    code = ("import sys, gazette_reader.tagging.store, gazette_reader.tagging.queries, "
            "gazette_reader.tagging.corrections; from gazette_reader.text import segment; "
            "print(segment.is_loaded(), 'jieba' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_user_dictionary_keeps_titles_whole() -> None:
    assert "区委副书记" in segment.cut("区委副书记李新军宣读")


def test_word_lookup() -> None:
    assert segment.is_word("超过") and not segment.is_word("宋洁")


def test_person_words_are_the_dictionary_s_names_only() -> None:
    words = segment.person_words()
    assert {"高峰", "文明", "向阳"} <= words  # common words jieba also tags as personal names
    assert not {"明确", "高度", "全面", "建设"} & words  # an adverb, nouns, a verb
