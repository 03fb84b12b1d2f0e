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


def test_gaps_that_fit_no_column_unfold_nothing() -> None:
    """Gap positions chained into one smeared cluster (20, 24, 38) made a layout no line fits: the empty
    block raised IndexError and the text fell back to one article."""
    from gazette_reader.ingest.model import accounted_text
    from gazette_reader.ingest.parse import parse_unchecked

    a = "县委书记张三主持，    会议研究部署工，    确保各项工作落到实处。"
    b = "会议强调各级部门要求，    抓好落实，    确保各项工作落到实处。"
    text = "\n".join([a, b] * 3)
    pieces = accounted_text(parse_unchecked(text))
    assert sorted(c for c in text if not c.isspace()) == sorted(c for s in pieces for c in s if not c.isspace())


def test_a_photo_story_under_picture_labels_is_one_article() -> None:
    """One story's pictures, each under a label (图片), carry its paragraphs on without a day of their own:
    no card list (the card rule split it in three)."""
    from gazette_reader.ingest.parse import parse_text

    text = ("图片\n\n　　3月5日，县委书记张三到某镇调研春耕生产。他强调，要抓好粮食安全。\n\n"
            "　　张三一行先后来到某村、某合作社，详细了解情况。\n\n图片\n\n　　在某合作社，张三察看了育秧大棚。\n\n"
            "图片\n\n　　调研中，张三要求各级各部门提高认识。\n")
    assert len(parse_text(text).articles) == 1
