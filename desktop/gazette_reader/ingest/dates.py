"""Event dates from an article's opening: ``4月3日``, ``9月 15日下午``, and a year only when plainly given.

Gazette articles open with the date of the event (``4月1日，…``); the year is usually left to the issue.
A four-digit year in the opening counts only when it dates the event itself: part of a full date
(``2019年6月26日``) or right before the event it names (``召开2019年精神文明建设…推进会``). A year named as
the past (``2017年被评为…``) or as a reporting period (``2019年度``) does not.
"""

from __future__ import annotations

import re

_MONTH_DAY_RE = re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_FULL_DATE_RE = re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ROC_DATE_RE = re.compile(r"(?:民国|中华民国)\s*(\d{2,3})\s*年\s*\d{1,2}\s*月|(?<!\d)(1[0-4]\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_EVENT_YEAR_RE = re.compile(
    r"(?:召开|举行|举办|开展|启动|部署|召开了|举行了)\s*(\d{4})\s*年(?!\s*度)(?!\s*(?:被|以来|获|荣获|曾|底|初|末))"
)
_SENTENCE_RE = re.compile(r"[^。！？!?]*[。！？!?]?")
_OPENING_SENTENCES = 2
_OPENING_CHARS = 120


def opening(body: str) -> str:
    """The first two sentences (at most 120 characters): where an article states when things happened."""
    text = body[: _OPENING_CHARS * 2]
    sentences = [s for s in _SENTENCE_RE.findall(text) if s][:_OPENING_SENTENCES]
    return "".join(sentences)[:_OPENING_CHARS]


def month_day(body: str) -> tuple[int | None, int | None]:
    """Month and day of the first valid ``M月D日`` in the opening, else (None, None)."""
    for match in _MONTH_DAY_RE.finditer(opening(body)):
        month, day = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12 and 1 <= day <= 31:
            return month, day
    return None, None


def event_year(body: str) -> int | None:
    """The year of the event when the opening plainly states it, else None (see the module docstring).

    A year of the Republic of China calendar (民國114年3月5日, or 114年3月5日 in Taiwan's press
    releases) is converted: 114 → 2025."""
    text = opening(body)
    full = _FULL_DATE_RE.search(text)
    if full:
        return _plausible(int(full.group(1)))
    if roc := _ROC_DATE_RE.search(text):
        return _plausible(int(roc.group(1) or roc.group(2)) + 1911)
    event = _EVENT_YEAR_RE.search(text)
    return _plausible(int(event.group(1))) if event else None


def _plausible(year: int) -> int | None:
    """Reject OCR noise: gazettes of interest lie between 1949 and 2100."""
    return year if 1949 <= year <= 2100 else None


def year_for_issue_month(issue_year: int | None, issue_month: int | None, month: int | None) -> int | None:
    """An article's year in a dated issue: the issue's, or the year before when the article's month
    lies more than half a year after the issue's (a January issue reporting on late December)."""
    if issue_year is None or month is None:
        return None
    if issue_month is not None and month - issue_month > 6:
        return issue_year - 1
    return issue_year
