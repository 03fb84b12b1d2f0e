"""Display-only script conversion (simplified → traditional) that keeps highlight offsets exact.

OpenCC converts by phrases and may change a string's length, so highlight and link offsets computed on the
stored simplified text would drift: :func:`convert_keeping_offsets` converts the pieces between the
offsets separately and returns where each offset moved to. (The other offset trap, Python code points vs.
QTextDocument's UTF-16 units, is avoided in the reader by inserting those pieces one by one and reading
Qt's own cursor positions.)
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache


@lru_cache(maxsize=4)
def _converter(config: str):  # noqa: ANN202 - opencc has no type hints
    import opencc

    return opencc.OpenCC(config)


def convert(text: str, script: str) -> str:
    """``text`` in the display script (``simplified`` returns it unchanged)."""
    if script == "simplified" or not text:
        return text
    return _converter(script).convert(text)


@lru_cache(maxsize=8192)
def convert_label(text: str, script: str) -> str:
    """:func:`convert` for the short labels item models show (a name, a title), cached: views ask for the
    same rows' text again on every repaint."""
    return convert(text, script)


def convert_keeping_offsets(text: str, script: str, offsets: Iterable[int]) -> tuple[str, dict[int, int]]:
    """Convert ``text`` and map each of ``offsets`` (code points) to its place in the converted text.

    The text is cut at every offset and each piece converted on its own, so a highlighted word keeps its
    exact bounds even when OpenCC changes a phrase's length elsewhere.
    """
    cuts = sorted({0, len(text), *(o for o in offsets if 0 <= o <= len(text))})
    if script == "simplified":
        return text, {cut: cut for cut in cuts}
    pieces, mapping, position = [], {0: 0}, 0
    for start, end in zip(cuts, cuts[1:]):
        piece = convert(text[start:end], script)
        pieces.append(piece)
        position += len(piece)
        mapping[end] = position
    return "".join(pieces), mapping


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Every non-overlapping ``[start, end)`` of ``needle`` in ``text`` (code points)."""
    spans, start = [], 0
    if not needle:
        return spans
    while (found := text.find(needle, start)) >= 0:
        spans.append((found, found + len(needle)))
        start = found + len(needle)
    return spans


class DisplayScript:
    """Mixin for the item models that show their text in the user's display script: the rows' data stays
    simplified (sorting, filtering and search work on it); only what ``data()`` returns is converted."""

    script = "simplified"

    def set_script(self, script: str) -> None:
        """Show the model's text in another display script."""
        if script != self.script:
            self.layoutAboutToBeChanged.emit()
            self.script = script
            self.layoutChanged.emit()
