"""Scanned PDF pages → text lines, with the optional OCR extra (``pip install 'gazette-reader[ocr]'``).

RapidOCR 3 on onnxruntime, with the detection and recognition models that ship inside its wheel (nothing
is downloaded at run time). The angle classifier is off: with it on, whole lines vanished. Pages are
rendered by PDFium at 200 dpi, and the OCR boxes go through the same layout code as a text layer's
characters (:mod:`.layout`), the box height standing in for the font size.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

from gazette_reader.ingest.readers.layout import Line

DPI = 200
_POINTS_PER_PIXEL = 72 / DPI
MIN_SCORE = 0.5
"""Recognitions the model itself doubts more than this are left out."""


def available() -> bool:
    """Whether the OCR extra (rapidocr and onnxruntime) is installed."""
    return all(importlib.util.find_spec(name) is not None for name in ("rapidocr", "onnxruntime"))


@lru_cache(maxsize=1)
def _engine():
    from rapidocr import RapidOCR

    return RapidOCR(params={"Global.use_cls": False, "Global.log_level": "error"})


def page_lines(page) -> tuple[list[Line], float]:
    """The text lines OCR finds on a PDF page (points, origin top left) and the page height."""
    import numpy as np

    height = page.get_height()
    image = page.render(scale=DPI / 72, grayscale=True).to_pil().convert("RGB")
    result = _engine()(np.asarray(image))
    lines = []
    for box, text, score in zip(result.boxes if result.boxes is not None else (), result.txts or (),
                                result.scores or ()):
        text = "".join(text.split())
        if text and score >= MIN_SCORE:
            lines.append(_line(box, text))
    return lines, height


def _line(box, text: str) -> Line:
    """A recognised box as a line; its height stands in for the type size (OCR gives no character boxes)."""
    xs = [float(point[0]) * _POINTS_PER_PIXEL for point in box]
    ys = [float(point[1]) * _POINTS_PER_PIXEL for point in box]
    x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
    return Line(len(text), text, x0, top, x1, bottom, bottom - top, False)
