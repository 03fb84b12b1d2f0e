"""Bytes → text: encoding detection, binary rejection and line-end normalisation.

Chinese gazettes arrive as UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK or Big5. We try the
unambiguous ones first (BOMs, strict UTF-8), then let charset-normalizer choose between GB18030 and Big5,
and refuse anything that is empty, binary or decodes to mostly non-Chinese noise.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from functools import cached_property
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

from gazette_reader.errors import DecodeError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CJK_CODECS = ("gb18030", "big5")
_MAX_CONTROL_RATIO = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f]")
"""The control characters (Unicode category Cc: U+0000–U+001F and U+007F–U+009F) other than tab, line
feed and form feed: what marks a file as binary. A character class, so the count runs in C."""


@dataclass(frozen=True)
class Decoded:
    """A decoded file: normalised text, the encoding it was in, and a hash of the text itself."""

    text: str
    encoding: str

    @cached_property
    def text_sha256(self) -> str:
        """Hash of the normalised text: the same gazette in another encoding or with other line ends
        hashes the same, which is how re-imports are recognised. Computed once (the import's helper
        computes it, and the value travels with the decoded file to the writer, which looks it up)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def decode_bytes(data: bytes) -> Decoded:
    """Decode a gazette file or raise :class:`DecodeError` with a one-line reason."""
    if not data.strip():
        raise DecodeError("the file is empty", zh="文件是空的")
    encoding, text = _detect(data)
    text = normalize_newlines(text)
    _reject_binary(text)
    if not text.strip():
        raise DecodeError("the file contains only white space", zh="文件里只有空白")
    return Decoded(text=text, encoding=encoding)


def normalize_newlines(text: str) -> str:
    """CRLF and CR → LF; NFC so that composed and decomposed forms hash the same; no BOM."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return unicodedata.normalize("NFC", text)


def _detect(data: bytes) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data, codec, f"{codec} (BOM)")
    if b"\x00" in data[:4096]:
        raise DecodeError("the file looks binary (it contains NUL bytes and no UTF-16 byte-order mark)",
                          zh="看起来不是文本文件（含有空字节，又没有 UTF-16 字节序标记）")
    try:
        return "utf-8", data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _guess_cjk(data)


def _strict(data: bytes, codec: str, label: str) -> tuple[str, str]:
    try:
        return label.replace("utf-8-sig", "utf-8"), data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"the file says it is {label} but byte {exc.start} is not valid",
                          zh=f"文件标明是 {label} 编码，但第 {exc.start} 个字节不合这种编码") from None


def _guess_cjk(data: bytes) -> tuple[str, str]:
    """GB18030 vs Big5: the one whose strict decoding succeeds; if both do, charset-normalizer's pick."""
    decodable = {}
    for codec in _CJK_CODECS:
        try:
            decodable[codec] = data.decode(codec)
        except UnicodeDecodeError:
            continue
    if not decodable:
        raise DecodeError("the bytes are not valid UTF-8, GB18030/GBK or Big5 text",
                          zh="无法识别编码：不是 UTF-8、GB18030/GBK 或 Big5 文本")
    decodable = {codec: text for codec, text in decodable.items() if _plausible(text, codec)}
    if not decodable:
        raise DecodeError("the bytes decode only to unlikely characters: not a Chinese text file",
                          zh="解码后只有生僻字符，不像中文文本文件")
    if len(decodable) == 1:
        return next(iter(decodable.items()))
    best = from_bytes(data, cp_isolation=list(_CJK_CODECS)).best()
    codec = _canonical(best.encoding) if best else "gb18030"
    return codec, decodable[codec]


def _plausible(text: str, codec: str) -> bool:
    """Random bytes decode "successfully" as GB18030 into rare characters; real gazettes use common ones.

    Common means: in Big5's frequent-character block, or for GB18030 also in the basic GB2312 set. A
    traditional-script text saved as GBK (a Windows PC set to simplified Chinese does so) holds
    traditional characters, none of which GB2312 has, but they are Big5's frequent ones.
    """
    cjk = [ch for ch in text if ord(ch) > 0x7F]
    if not cjk:
        return True
    common = sum(1 for ch in cjk if _is_common(ch, codec))
    return common >= 0.7 * len(cjk)


def _is_common(ch: str, codec: str) -> bool:
    return (codec == "gb18030" and _in_gb2312(ch)) or _frequent_big5(ch)


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _frequent_big5(ch: str) -> bool:
    try:
        encoded = ch.encode("big5")
    except UnicodeEncodeError:
        return False
    return encoded[0] < 0xC7 or ch in "，。、；：？！“”‘’（）《》"


def _canonical(name: str) -> str:
    name = name.lower().replace("_", "")
    return "big5" if "big5" in name or name == "cp950" else "gb18030"


def _reject_binary(text: str) -> None:
    limit = max(2, len(text) * _MAX_CONTROL_RATIO)
    controls = 0
    for controls, _ in enumerate(_CONTROL.finditer(text), start=1):  # stops past the limit: no list of them
        if controls > limit:
            break
    if controls > limit:
        raise DecodeError("the file looks binary (too many control characters for a text file)",
                          zh="看起来不是文本文件（控制字符太多）")
    if "\ufffd" in text:
        raise DecodeError("the file contains undecodable bytes (replacement characters)",
                          zh="文件含有无法解码的字节（替换字符）")
