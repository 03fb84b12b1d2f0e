"""Inputs that were slow or lost text after round 9's rules (or older), each now read in one pass.

No timings (speed is measured by ``gazette bench``): the blank stretch below took minutes with the search
it replaced, so a regression shows as a hang rather than a pass."""

from __future__ import annotations

from gazette_reader.ingest.layouts import cues


def test_a_trailer_is_looked_for_over_the_non_blank_lines_only() -> None:
    """The trailer pre-test joined every line, blanked furniture too: from each line start its pattern's
    ``\\s*`` ran over the whole blank stretch below (20,000 blanked button lines: 4 s; 200,000: minutes)."""
    assert not cues.holds_trailer([""] * 200_000 + ["会议要求,抓好落实。"])
    assert cues.holds_trailer(["", "会议要求,抓好落实。", "", "编辑:张三"])
