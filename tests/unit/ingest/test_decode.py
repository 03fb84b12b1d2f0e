"""Decoding: every common Chinese encoding, line ends, and clear refusals for what is not text."""

from __future__ import annotations

import random

import opencc
import pytest

from gazette_reader.errors import DecodeError
from gazette_reader.ingest.decode import decode_bytes
from tests.conftest import seed

TEXT = seed("001").read_text(encoding="utf-8")
_RNG = random.Random(7)
NOISE = bytes(_RNG.randrange(0x80, 0x100) for _ in range(4000))


@pytest.mark.parametrize(
    ("codec", "reported"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8 (BOM)"),
        ("utf-16", "utf-16 (BOM)"),
        ("gb18030", "gb18030"),
        ("gbk", "gb18030"),
    ],
)
def test_encodings_decode_to_the_same_text(codec: str, reported: str) -> None:
    decoded = decode_bytes(TEXT.encode(codec))
    assert decoded.encoding == reported
    assert decoded.text == TEXT


def test_big5_traditional_text() -> None:
    traditional = opencc.OpenCC("s2t").convert(seed("004").read_text(encoding="utf-8"))
    data = traditional.encode("big5", errors="replace").replace(b"?", b"")
    decoded = decode_bytes(data)
    assert decoded.encoding == "big5"
    assert "二七區" in decoded.text


@pytest.mark.parametrize("codec", ["gbk", "gb18030"])
def test_traditional_text_saved_as_gbk(codec: str) -> None:
    """A Windows PC set to simplified Chinese saves a traditional-script text as GBK: its characters
    are none of GB2312's, but they are common ones, not the rare ones random bytes decode to."""
    traditional = opencc.OpenCC("s2t").convert(seed("004").read_text(encoding="utf-8"))
    decoded = decode_bytes(traditional.encode(codec))
    assert decoded.encoding == "gb18030"
    assert decoded.text == traditional


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_ends_normalise_and_hash_the_same(newline: str) -> None:
    other = decode_bytes(TEXT.replace("\n", newline).encode("gb18030"))
    assert other.text == TEXT
    assert other.text_sha256 == decode_bytes(TEXT.encode("utf-8")).text_sha256


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \n\r\n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(500), "binary"),
        (NOISE, "not"),
        ("乙".encode("gb18030") * 300 + bytes([0x81, 0x30, 0x81, 0x30]) * 400, "unlikely"),
        ("正文".encode("utf-8") + b"\x01\x02\x03\x04\x05\x06\x07\x08" * 20, "binary"),
        (b"\xef\xbb\xbf" + b"\xff\xfe\xfd" * 10, "not valid"),
    ],
)
def test_refusals_have_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)


def test_control_class_is_category_cc_without_tab_newline_formfeed():
    # the binary check counts with a character class; it must be exactly what unicodedata calls Cc
    import sys
    import unicodedata

    from gazette_reader.ingest.decode import _CONTROL

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    expected = [ch for ch in every if unicodedata.category(ch) == "Cc" and ch not in "\n\t\f"]
    assert _CONTROL.findall(every) == expected
