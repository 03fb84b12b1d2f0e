"""Find projects and campaigns: gazetteer entries plus quoted campaign slogans.

Two sources, the gazetteer first (it knows the variants: ``老旧小区提升改造`` is ``老旧小区改造``):

* every alias in ``resources/dict/projects.txt`` matched literally;
* a phrase in Chinese quotes (“…” or ‘…’) that names a campaign: it is followed by a campaign word
  (``“全城清洁”行动``, ``“学在二七”品牌``) or is built of two or more separate number words
  (``“三送一强”``, ``“一环十横十纵”``); idioms, generic national terms and dates in
  ``not_projects.txt`` are never projects, nor is a quote that is a whole sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gazette_reader.tagging.lexicon import Gazetteer, gazetteer

QUOTE_RE = re.compile(r"[“‘\"]([^“”‘’\"\n]{2,16})[”’\"]")
CAMPAIGN_WORDS = ("工作", "活动", "行动", "建设", "工程", "品牌")
NUMBER_CHARS = "一二三四五六七八九十百千万两双"
NUMBER_RUN_RE = re.compile(f"[{NUMBER_CHARS}]+")
PLACE_NUMBERS = ("二七",)
"""Place names made of number characters, which do not count as number words (温暖二七)."""
SENTENCE_PUNCT = re.compile(r"[。；！？：]")


@dataclass(frozen=True)
class ProjectMention:
    """One project found in a text: canonical name, the form as written, and its span."""

    name: str
    alias: str
    start: int
    end: int


def number_groups(phrase: str) -> int:
    """How many separate runs of number characters a phrase has (三送一强 → 2, 七十华诞 → 1)."""
    for place in PLACE_NUMBERS:
        phrase = phrase.replace(place, "")
    return len(NUMBER_RUN_RE.findall(phrase))


def is_campaign(phrase: str, following: str, gaz: Gazetteer) -> bool:
    """Whether a quoted phrase names a campaign, given the text right after the closing quote."""
    if phrase in gaz.stop or SENTENCE_PUNCT.search(phrase) or len(phrase.strip()) < 2:
        return False
    return following.startswith(CAMPAIGN_WORDS) or number_groups(phrase) >= 2


def gazetteer_mentions(text: str, gaz: Gazetteer) -> list[ProjectMention]:
    """Every gazetteer alias in the text, longest first at each position."""
    if gaz.pattern is None:
        return []
    return [ProjectMention(gaz.canonical[m.group()], m.group(), m.start(), m.end())
            for m in gaz.pattern.finditer(text)]


def slogan_mentions(text: str, gaz: Gazetteer) -> list[ProjectMention]:
    """Quoted campaign slogans; a slogan that is a gazetteer form takes its canonical name."""
    found: list[ProjectMention] = []
    for m in QUOTE_RE.finditer(text):
        phrase = m.group(1).strip()
        if is_campaign(phrase, text[m.end():m.end() + 2], gaz):
            found.append(ProjectMention(gaz.canonical.get(phrase, phrase), phrase, m.start(1), m.end(1)))
    return found


def find_projects(text: str) -> list[ProjectMention]:
    """All projects in a text, in order, with overlapping finds of the same spot reported once."""
    gaz = gazetteer()
    kept = gazetteer_mentions(text, gaz)  # one regex pass: they never overlap one another, nor slogans do
    kept += [found for found in slogan_mentions(text, gaz)
             if not any(found.start < k.end and k.start < found.end for k in kept)]
    return sorted(kept, key=lambda k: k.start)
