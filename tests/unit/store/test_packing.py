"""Packed text columns: exact round trips for any ``str``, legacy blobs, and damage reported as such."""

from __future__ import annotations

import hashlib
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gazette_reader.errors import LibraryError
from gazette_reader.store.packing import UNSTABLE_IN_GB18030, pack_text, unpack_text

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
GAZETTE = "本报讯 4月3日，区委书记宋洁实地督导我区老旧小区改造提升工作。\n（区农委）△ 2020年"


@settings(max_examples=500)
@given(st.text(st.characters()))
def test_any_text_round_trips(text: str) -> None:
    """Any code point sequence, astral characters and lone surrogates included."""
    assert unpack_text(pack_text(text)) == text


@given(st.text(st.one_of(CJK, st.characters(max_codepoint=0x7F), st.sampled_from("，。、；：“”（）《》　"))))
def test_chinese_text_is_stored_as_gb18030(text: str) -> None:
    blob = pack_text(text)
    assert blob[:1] == b"g" and unpack_text(blob) == text


@pytest.mark.parametrize("text", ["", "\ud800", "a\udfffb", "\ud83d\ude00", "私用区\ue5e5", "\u1e3f", "︐竖排", "\u9fb4"])
def test_text_gb18030_cannot_keep_exactly_is_stored_as_utf8(text: str) -> None:
    blob = pack_text(text)
    assert blob[:1] == (b"g" if text == "" else b"u")
    assert unpack_text(blob) == text


def test_gb18030_is_smaller_than_utf8_for_chinese() -> None:
    text = GAZETTE * 20
    assert len(pack_text(text)) < len(zlib.compress(text.encode("utf-8"), 6))


@pytest.mark.parametrize("text", ["", GAZETTE, GAZETTE * 200, "\ud800" + GAZETTE])
def test_the_streams_are_plain_zlib_that_the_stdlib_reads(text: str) -> None:
    """Written by ISA-L, read by the stdlib's zlib: any Python reads a library without python-isal."""
    blob = pack_text(text)
    encoding = ("gb18030", "strict") if blob[:1] == b"g" else ("utf-8", "surrogatepass")
    assert zlib.decompress(blob[1:]).decode(*encoding) == text


def test_the_writer_is_isal() -> None:
    """The dependency is installed and used (the zlib fallback is only for a bare checkout)."""
    from gazette_reader.store import packing

    assert packing._deflate.__module__.startswith("isal")


def test_every_stable_code_point_round_trips_and_the_codec_output_is_pinned() -> None:
    """Why the regex guard suffices: GB18030 is prefix-free, so per-character exactness gives exactness
    for every string. The digest pins the bytes: if a Python upgrade changes any mapping the packer relies
    on, blobs written before would read back differently, and this must fail before such a build ships."""
    stable = "".join(c for c in map(chr, range(0x110000)) if not UNSTABLE_IN_GB18030.match(c))
    encoded = stable.encode("gb18030")
    assert encoded.decode("gb18030") == stable
    assert hashlib.sha256(encoded).hexdigest() == "81f2fbb43e16444e64351a1de2b13da62622d02ac213c784c92cc311b50d5a5d"


def test_none_reads_as_empty() -> None:
    assert unpack_text(None) == ""


@pytest.mark.parametrize("level", [1, 6, 9])
def test_legacy_source_blobs_still_read(level: int) -> None:
    """``sources.text_z`` before m004: a bare zlib stream of UTF-8 (first byte 0x78 at any level)."""
    legacy = zlib.compress(GAZETTE.encode("utf-8"), level)
    assert legacy[0] == 0x78
    assert unpack_text(legacy) == GAZETTE
    assert unpack_text(memoryview(legacy)) == GAZETTE


GOOD = pack_text(GAZETTE)
DAMAGED = {
    "empty": b"",
    "unknown marker": b"z" + GOOD[1:],
    "truncated": GOOD[:-5],
    "checksum": GOOD[:-1] + bytes([GOOD[-1] ^ 1]),
    "stray tail": GOOD + b"\x00",
    "not gb18030": b"g" + zlib.compress(b"\xff\xff\x81"),
    "not utf-8": b"u" + zlib.compress(b"\xc3"),
    "legacy not utf-8": zlib.compress("文字".encode("gb18030")),
    "plain text": "正文",
}


@pytest.mark.parametrize("blob", DAMAGED.values(), ids=DAMAGED.keys())
def test_damaged_blobs_raise_a_readable_library_error(blob) -> None:
    with pytest.raises(LibraryError, match="damaged"):
        unpack_text(blob)


@given(st.integers(0, len(GOOD) - 1), st.integers(1, 255))
def test_a_flipped_byte_is_never_a_traceback(position: int, mask: int) -> None:
    blob = bytearray(GOOD)
    blob[position] ^= mask
    try:
        unpack_text(bytes(blob))
    except LibraryError:
        pass


def test_without_isal_packing_falls_back_to_zlib_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib
    import sys

    from gazette_reader.store import packing

    monkeypatch.setitem(sys.modules, "isal.isal_zlib", None)  # as if isal were not installed
    try:
        fallback = importlib.reload(packing)
        assert fallback.DEFLATE.startswith("zlib (") and fallback.LEVEL == 6
        blob = fallback.pack_text(GAZETTE)
        assert blob[1:] == zlib.compress(GAZETTE.encode("gb18030"), 6) and fallback.unpack_text(blob) == GAZETTE
    finally:
        monkeypatch.undo()
        assert importlib.reload(packing).DEFLATE == "ISA-L"
