"""Scanned PDF pages → text lines, with the optional OCR extra (``pip install 'gazette-reader[ocr]'``).

RapidOCR 3 on onnxruntime, with the detection and recognition models that ship inside its wheel (nothing
is downloaded at run time). The angle classifier is off: with it on, whole lines vanished. Pages are
rendered by PDFium at 200 dpi and straightened when fed askew (:func:`straightened`), and the OCR boxes
go through the same layout code as a text layer's characters (:mod:`.layout`), with the type size
measured from a box's width (:func:`type_size`) after the pieces of a line the detector broke are joined
(:func:`joined_rows`).
"""

from __future__ import annotations

import importlib.util
import unicodedata
from functools import lru_cache

from gazette_reader.ingest.readers.layout import Line

GUTTER = 0.5
"""Boxes on one row this many type sizes apart or closer are one line: the pieces of a headline the
detector broke stood 0.1–0.2 sizes apart, the lines of columns 16 points apart on 10-point type 1.1 sizes
(OCR boxes reach beyond the ink by uneven margins)."""

DPI = 200
_POINTS_PER_PIXEL = 72 / DPI
MAX_SIDE = 3400
"""RapidOCR shrinks a larger image to 2,000 pixels (its default) before detection: an A3 page at 200 dpi
(3,307 pixels) went to 60 %, where a headline's detected box broke at its quotation marks and the quoted
words (“七一”) were lost. This keeps A3 and smaller at the resolution they were rendered at."""
UNCLIP = 2.0
"""How far the detector grows a found text region (RapidOCR's default is 1.6): at 1.6 the opening
quotation mark of a headline fell outside its box and was not read (“郑好豫见… read 郑好豫见…)."""
MIN_SCORE = 0.5
"""Recognitions the model itself doubts more than this are left out."""


def available() -> bool:
    """Whether the OCR extra (rapidocr and onnxruntime) is installed."""
    return all(importlib.util.find_spec(name) is not None for name in ("rapidocr", "onnxruntime"))


@lru_cache(maxsize=1)
def _engine():
    from rapidocr import RapidOCR

    return RapidOCR(params={"Global.use_cls": False, "Global.log_level": "error", "Global.max_side_len": MAX_SIDE,
                            "Det.unclip_ratio": UNCLIP})


def page_lines(page) -> tuple[list[Line], float]:
    """The text lines OCR finds on a PDF page (points, origin top left) and the page height."""
    import numpy as np

    height = page.get_height()
    image = straightened(page.render(scale=DPI / 72, grayscale=True).to_pil()).convert("RGB")
    result = _engine()(np.asarray(image))
    lines = []
    for box, text, score in zip(result.boxes if result.boxes is not None else (), result.txts or (),
                                result.scores or ()):
        text = "".join(text.split())
        if text and score >= MIN_SCORE:
            lines.append(_line(box, text))
    return joined_rows(lines), height


def joined_rows(lines: list[Line]) -> list[Line]:
    """Boxes standing side by side on one row, closer than a column gutter, as one line. The detector
    breaks a line of large type at a wide gap (around quotation marks: “七一” came out as a box of its
    own); left apart, the pieces of a headline were cut into columns and read out of order."""
    out: list[Line] = []
    for line in sorted(lines, key=lambda ln: ln.x0):
        at = next((k for k in range(len(out) - 1, -1, -1) if _beside(out[k], line)), None)
        if at is None:
            out.append(line)
        else:
            out[at] = _join(out[at], line)
    return sorted(out, key=lambda ln: (ln.top, ln.x0))


def _beside(left: Line, right: Line) -> bool:
    """Whether ``right`` goes on ``left``'s row: overlapping it by most of the shorter box's height,
    reaching further right, and starting nearer than a gutter after it (or inside it: the boxes of a
    broken headline can overlap)."""
    overlap = min(left.bottom, right.bottom) - max(left.top, right.top)
    shorter = min(left.bottom - left.top, right.bottom - right.top)
    return overlap >= 0.6 * shorter and right.x1 > left.x1 and \
        right.x0 - left.x1 <= GUTTER * max(left.size, right.size)


def _join(left: Line, right: Line) -> Line:
    """The two boxes as one line; where they overlap by the width of characters that end the one and
    start the other, those were read twice (学习 + 习“七一” is 学习“七一”)."""
    size = max(left.size, right.size)
    overlap = left.x1 - right.x0
    twice = next((k for k in range(min(len(left.text), len(right.text)), 0, -1)
                  if left.text[-k:] == right.text[:k] and overlap >= (k - 0.5) * size), 0)
    text = left.text + right.text[twice:]
    x0, top, x1, bottom = left.x0, min(left.top, right.top), max(left.x1, right.x1), max(left.bottom, right.bottom)
    return Line(len(text), text, x0, top, x1, bottom, type_size(text, x1 - x0, bottom - top), False)


def _line(box, text: str) -> Line:
    """A recognised box as a line, with the type size it was set in (see :func:`type_size`)."""
    xs = [float(point[0]) * _POINTS_PER_PIXEL for point in box]
    ys = [float(point[1]) * _POINTS_PER_PIXEL for point in box]
    x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
    return Line(len(text), text, x0, top, x1, bottom, type_size(text, x1 - x0, bottom - top), False)


_HALF_WIDTH = 0.55
"""The advance of a digit or Latin letter in ems (CJK characters and full-width punctuation take one)."""
MIN_EMS = 2.0


def type_size(text: str, width: float, height: float) -> float:
    """The type size of an OCR line: its width over its length in ems, since CJK characters are set
    one em apart. The box's height is a poor measure: it follows the ink of the line's tallest and
    deepest glyphs and varies by ±20 % between lines of one column (a body line then passed for a
    headline, and a paragraph broke at every change). Only a line too short to measure falls back
    on its height."""
    ems = sum(1.0 if unicodedata.east_asian_width(char) in "WF" else _HALF_WIDTH for char in text)
    return width / ems if ems >= MIN_EMS else height


MAX_SKEW = 5.0
"""Degrees a scan may be turned and still be straightened (a page fed askew; more is a rotated page)."""
_SKEW_STEP = 0.25
_SKEW_SIDE = 1000
"""Pixels of the longer side the skew is measured at (the angle, not the detail, matters)."""


def skew_angle(image) -> float:
    """The angle (degrees, counter-clockwise) that makes the text lines of a page image horizontal.

    Rows of text make the dark pixels' row profile peaky when the lines run straight across; of the angles
    within :data:`MAX_SKEW`, the one whose rotated profile varies most is taken (projection profile)."""
    import numpy as np

    small = image.convert("L")
    small.thumbnail((_SKEW_SIDE, _SKEW_SIDE))
    ink = small.point(lambda v: 255 if v < 128 else 0)  # dark pixels as white on black, for rotation
    best, best_score = 0.0, -1.0
    for step in range(int(-MAX_SKEW / _SKEW_STEP), int(MAX_SKEW / _SKEW_STEP) + 1):
        angle = step * _SKEW_STEP
        profile = np.asarray(ink.rotate(angle, fillcolor=0), dtype=np.float32).sum(axis=1)
        score = float(np.var(profile))
        if score > best_score + 1e-6 or (abs(score - best_score) <= 1e-6 and abs(angle) < abs(best)):
            best, best_score = angle, score
    return best


def straightened(image):
    """The page image turned so its text lines are horizontal (a scan fed askew), white where it turned in."""
    angle = skew_angle(image)
    if abs(angle) < _SKEW_STEP:
        return image
    return image.rotate(angle, resample=_BICUBIC, fillcolor=255 if image.mode == "L" else "white")


_BICUBIC = 3
"""PIL's bicubic resampling (Image.Resampling.BICUBIC), named without importing PIL at module load."""
