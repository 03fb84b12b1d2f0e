"""Compressed text columns (``articles.body_z``, ``sources.text_z``): one marker byte, then a zlib stream.

Why GB18030 first: the library must stay under 3x the raw text, and article bodies are almost all CJK.
GB18030 spells a CJK character in 2 bytes where UTF-8 needs 3, so zlib has less to chew: on the 100k
bench corpus it gives 0.507 of the UTF-8 size (UTF-8 + zlib 0.627, UTF-16 + zlib 0.59).

Why a fallback: GB18030 cannot spell lone surrogates (Python ``str`` can hold them), and a few code
points have been mapped differently by different editions of the standard (2000, 2005, 2022) and thus
by different codec versions: the private use area, U+1E3F (Python still follows 2000 there), the
vertical forms U+FE10–FE19 and U+9FB4–9FBB. A text holding any of them is stored as UTF-8 instead, so
a blob written today reads back the same under a later Python whose codec follows a newer edition.
That check is one regex search (~2 us for a 500-character body), much cheaper than decoding the result
again to compare; the tests prove the round trip for every other code point and pin the codec's output.

Why ISA-L writes the streams (python-isal): compressing took 7 of an import's ~144 CPU s at 100,000
articles with zlib, and ISA-L's deflate writes the same zlib format about 3x as fast as zlib at level 6
(bench corpus: 0.085 against 0.26 CPU s for 5,000 articles and their sources), for streams 1.5% larger
(0.443 of the UTF-8 size against 0.436). The stdlib's zlib reads them (and reads every blob): only
packing (done in the import's helper processes) needs isal, and without it (an environment that lacks
it) packing falls back to zlib, which the bundle's self-test reports as a failure (:data:`DEFLATE`).

Formats, by first byte:

- ``g`` (0x67): zlib of the GB18030 encoding;
- ``u`` (0x75): zlib of UTF-8 with ``surrogatepass`` (exact for any ``str``, lone surrogates included);
- ``x`` (0x78, the zlib header itself): legacy, a bare zlib stream of UTF-8, what ``sources.text_z``
  held before migration ``m004``. Such rows are read as they are and never rewritten.
"""

from __future__ import annotations

import re
import zlib

from gazette_reader.errors import LibraryError

GB18030 = b"g"
UTF8 = b"u"
LEGACY_ZLIB = 0x78
"""First byte of a zlib stream with the default 32 KB window: a legacy blob has no marker."""
try:
    from isal.isal_zlib import compress as _deflate

    DEFLATE = "ISA-L"
    """Which library writes the streams (the bundle's self-test says it, so a bundle that lost isal shows)."""
    LEVEL = 2
    """ISA-L level (0-3): 1 and 2 are as fast and give the same body streams; 2 makes sources 1.3% smaller;
    3 costs a third more time for 0.5%; 0 makes streams half as large again."""
except ImportError as exc:  # pragma: no cover - the dependency is declared; this keeps a bare checkout writing
    from zlib import compress as _deflate

    DEFLATE = f"zlib ({exc})"
    LEVEL = 6

UNSTABLE_IN_GB18030 = re.compile("[\u1e3f\u9fb4-\u9fbb\ue000-\uf8ff\ufe10-\ufe19\ud800-\udfff]")
"""Characters whose GB18030 bytes differ between editions of the standard (or that GB18030 cannot
spell at all: surrogates); a text holding one is stored as UTF-8."""


def pack_text(text: str) -> bytes:
    """The stored form of ``text``: GB18030 when that is exact across codec versions, else UTF-8."""
    if UNSTABLE_IN_GB18030.search(text) is None:
        return GB18030 + _deflate(text.encode("gb18030"), LEVEL)
    return UTF8 + _deflate(text.encode("utf-8", "surrogatepass"), LEVEL)


def unpack_text(blob: bytes | None) -> str:
    """The text :func:`pack_text` (or the legacy source writer) stored; ``None`` reads as ``""``.

    A blob in no known format, or whose stream or text is broken, raises :class:`LibraryError` rather
    than a zlib or codec traceback: the user can act on "damaged" (restore a backup, re-import)."""
    if blob is None:
        return ""
    if not isinstance(blob, (bytes, bytearray, memoryview)) or not blob:
        raise _damaged(f"expected compressed bytes, found {type(blob).__name__} {blob!r:.40}")
    blob = bytes(blob)
    marker = blob[0]
    if marker == LEGACY_ZLIB:
        return _decode(_inflate(blob), "utf-8", "strict")
    if marker == GB18030[0]:
        return _decode(_inflate(blob[1:]), "gb18030", "strict")
    if marker == UTF8[0]:
        return _decode(_inflate(blob[1:]), "utf-8", "surrogatepass")
    raise _damaged(f"unknown format marker 0x{marker:02x}")


def _inflate(stream: bytes) -> bytes:
    """The whole zlib stream, which must end exactly where the blob ends (no truncation, no tail)."""
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(stream)
    except zlib.error as exc:
        raise _damaged(f"broken zlib stream: {exc}") from None
    if not inflater.eof:
        raise _damaged("the zlib stream is truncated")
    if inflater.unused_data:
        raise _damaged(f"{len(inflater.unused_data)} stray bytes after the zlib stream")
    return data


def _decode(data: bytes, encoding: str, errors: str) -> str:
    try:
        return data.decode(encoding, errors)
    except UnicodeDecodeError as exc:
        raise _damaged(f"not valid {encoding} text: {exc.reason}") from None


def _damaged(detail: str) -> LibraryError:
    return LibraryError(f"The library holds a damaged compressed text ({detail}); restore a backup of the library "
                        "or re-import the gazette it came from.",
                        zh=f"资料库中有一段压缩文本已损坏（{detail}）；请恢复资料库的备份，或重新导入它所属的简报。")
