"""Round 9 traditional-script gazettes: rules their parse needed (see tests/corpus/real/SOURCES.md)."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.dates import month_day

NEW_YEAR_MONTH = [
    ("基隆市政府元月1日清晨在基隆轉運站舉行升旗典禮，市長致詞。", (1, 1)),
    ("县政府于元月十五日召开全县经济工作会议。", (1, 15)),
    ("今年共发放补助500元月均每户一份。", (None, None)),  # 元 of a sum, no day after it
]


@pytest.mark.parametrize("body,expected", NEW_YEAR_MONTH)
def test_yuanyue_is_january(body: str, expected: tuple[int | None, int | None]) -> None:
    assert month_day(body) == expected
