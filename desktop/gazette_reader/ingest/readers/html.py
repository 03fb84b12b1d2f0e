"""Saved web pages (``.html``/``.htm``, and ``.mhtml``/``.mht`` through the standard ``email`` parser) →
:class:`Document`, with selectolax (lexbor).

Government sites put one article on a page, framed by navigation, a 当前位置 trail, 打印/关闭窗口
buttons and an ICP/版权所有 footer. The article is the element holding the most CJK text in its own
paragraphs (link text does not count); its title comes from the ``ArticleTitle`` meta tag, else the
first ``<h1>``, else ``<title>`` cut at ``_``, ``--`` or ``|``; its date from ``PubDate``, else a
发布日期/发布时间 label. The page is rendered as the title, a date line (``2024年4月22日``, which the
splitters read as the article's date) and the paragraphs.

GB2312/GBK-declared pages are decoded as GB18030, the superset that real pages need (喆, 镕 …).
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Iterator

from gazette_reader.errors import DecodeError
from gazette_reader.ingest.decode import decode_bytes
from gazette_reader.ingest.readers.model import BODY, HEADING, Block, Document

_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
_GB = {"gb2312", "gbk", "gb18030", "x-gbk", "gb_2312-80", "cp936", "euc-cn"}
_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SKIP = {"script", "style", "noscript", "iframe", "form", "button", "select", "input", "nav", "textarea",
         "-comment", "head", "object", "svg"}
_BLOCK = {"p", "div", "section", "article", "td", "th", "tr", "table", "tbody", "thead", "li", "ul", "ol",
          "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "center", "dd", "dt", "dl", "pre", "header",
          "footer", "main", "br", "hr", "aside", "figure", "figcaption"}
_TITLE_SPLIT_RE = re.compile(r"\s*(?:_|--|\||｜|—{2})\s*")
_DATE_RE = re.compile(r"(?:发布日期|发布时间|发文日期|日期|时间)\s*[：:]\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
_ISO_DATE_RE = re.compile(r"(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})")
_TRAIL_RE = re.compile(r"^(?:当前位置|您的位置|你的位置|您现在的位置|位置)\s*[：:]|^(?:上一篇|下一篇)\s*[：:]")
_FOOTER_RE = re.compile(r"ICP备|ICP证|版权所有|Copyright|©|公网安备|网站标识码|主办单位\s*[：:]")
_SEP = r"[\s【】\[\]()（）|｜/：:·]*"
_BUTTONS_RE = re.compile(rf"{_SEP}(?:(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|收藏本页|加入收藏|分享到|返回顶部|"
                         rf"字体|字号|[大中小]){_SEP})+")
_HEADER_LINE_RE = re.compile(r"^(?:发布日期|发布时间|来源|信息来源|文章来源|作者|浏览次数|点击数|阅读次数|发布机构)\s*[：:]")
_MAX_FURNITURE_LINE = 80
_GAP_RE = re.compile(r"\s+")
_WIDE = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
_CJK_GAP_RE = re.compile(rf"(?<=[{_WIDE}])\s+(?=[{_WIDE}])")


def read_html(data: bytes) -> Document:
    """A saved web page's bytes, decoded by its declared charset (GB2312/GBK as GB18030)."""
    encoding, text = decode_page(data)
    return page_document(text, f"html ({encoding})")


def read_mhtml(data: bytes) -> Document:
    """A web archive (MIME multipart): its first HTML part, decoded by the part's charset."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
    if part is None:
        raise DecodeError("no web page found in this .mhtml file (it has no text/html part)",
                          zh="这个 .mhtml 文件里没有网页（缺少 text/html 部分）")
    payload = part.get_payload(decode=True) or b""
    encoding, text = decode_page(payload, part.get_content_charset())
    return page_document(text, f"mhtml ({encoding})")


def decode_page(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(encoding, text): the declared charset (the MIME part's, else the page's ``<meta>``) when the
    bytes are valid in it, else the plain-text detection of :mod:`..decode`."""
    if declared is None and (found := _CHARSET_RE.search(data[:4096])):
        declared = found.group(1).decode("ascii", "replace")
    codec = _codec(declared)
    if codec == "gb18030" and _is_utf8(data):
        codec = "utf-8"  # re-saved as UTF-8 with the old declaration kept: GBK text is never valid UTF-8 by chance
    if codec:
        try:
            return codec, data.decode(codec).lstrip("\ufeff")
        except (UnicodeDecodeError, LookupError):
            pass
    decoded = decode_bytes(data)
    return decoded.encoding, decoded.text


def _is_utf8(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _codec(declared: str | None) -> str | None:
    if not declared:
        return None
    name = declared.strip().lower()
    if name in _GB:
        return "gb18030"
    return {"utf8": "utf-8", "utf-8": "utf-8", "big5": "big5", "big5-hkscs": "big5hkscs"}.get(name, name)


def page_document(text: str, label: str) -> Document:
    """The article of a decoded page as blocks: title, date line, paragraphs."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(text)
    meta = _meta(tree)
    body = tree.body
    if body is None:
        raise DecodeError("the web page has no body", zh="网页没有正文部分")
    content = _content_element(body)
    paragraphs = [p for p in _paragraphs(content)] if content is not None else []
    title = meta.get("ArticleTitle") or _h1(body) or _title_tag(tree)
    date = _date(meta.get("PubDate", ""), _ISO_DATE_RE) or _date(body.text(separator="\n"), _DATE_RE)
    kept = [p for p in paragraphs if not _furniture(p, title)]
    blocks = [Block(title, HEADING)] if title else []
    if date:
        blocks.append(Block(f"{date[0]}年{date[1]}月{date[2]}日"))
        meta["date"] = f"{date[0]:04d}-{date[1]:02d}-{date[2]:02d}"
    blocks += [Block(p, BODY) for p in kept]
    return Document(blocks, label, meta)


def _meta(tree) -> dict[str, str]:
    """The government-site meta tags (ArticleTitle, PubDate, ContentSource, SiteName, …)."""
    found = {}
    for node in tree.css("meta[name]"):
        name, content = node.attributes.get("name"), node.attributes.get("content")
        if name and content and content.strip():
            found.setdefault(name, _clean(content))
    return found


def _content_element(body):
    """The element whose own paragraphs (text children, ``<p>``/inline children; not links) hold the
    most CJK characters."""
    best, best_score = None, 0
    for node in body.traverse(include_text=False):
        if node.tag in _SKIP or node.tag in ("a", "-text"):
            continue
        score = sum(_own_cjk(child) for child in node.iter(include_text=True))
        if score > best_score:
            best, best_score = node, score
    return best


_INLINE = frozenset(("p", "span", "font", "strong", "b", "em", "i", "u"))
_CONTAINERS = frozenset(("div", "section", "article", "table", "ul", "ol", "td", "tr", "li", "dl", "form"))


def _own_cjk(child) -> int:
    """CJK characters a child adds as a paragraph of its parent: text, inline elements and ``<p>``, or a
    ``<div>`` that is itself just a paragraph (no containers inside; some editors wrap every paragraph)."""
    if child.tag == "-text":
        return len(_CJK_RE.findall(child.text_content or ""))
    if child.tag in _INLINE or child.tag == "div" and _is_paragraph_div(child):
        return len(_CJK_RE.findall(_text_without_links(child)))
    return 0


def _is_paragraph_div(node) -> bool:
    inside = list(node.traverse(include_text=False))[1:]  # the first is the node itself
    return not any(inner.tag in _CONTAINERS or inner.tag == "a" for inner in inside)


def _text_without_links(node) -> str:
    return "".join(part for part in _texts(node, links=False))


def _texts(node, *, links: bool = True) -> Iterator[str]:
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            yield child.text_content or ""
        elif child.tag not in _SKIP and (links or child.tag != "a"):
            yield from _texts(child, links=links)


def _paragraphs(node) -> list[str]:
    """The element's text cut at block elements and ``<br>``, white space folded."""
    out: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = _clean("".join(buffer))
        if text:
            out.append(text)
        buffer.clear()

    def walk(parent) -> None:
        for child in parent.iter(include_text=True):
            if child.tag == "-text":
                buffer.append(child.text_content or "")
            elif child.tag in _SKIP:
                continue
            elif child.tag in _BLOCK:
                flush()
                walk(child)
                flush()
            else:
                walk(child)

    walk(node)
    flush()
    return out


def _clean(text: str) -> str:
    """Folded white space: none between CJK characters (a hard-wrapped page source), one elsewhere."""
    text = _CJK_GAP_RE.sub("", text.replace("\u00a0", " ").strip(" \t\r\n\u3000"))
    return _GAP_RE.sub(" ", text)


def _h1(body) -> str:
    for node in body.css("h1"):
        text = _clean(node.text())
        if _CJK_RE.search(text):
            return text
    return ""


def _title_tag(tree) -> str:
    node = tree.css_first("title")
    if node is None:
        return ""
    parts = [p for p in _TITLE_SPLIT_RE.split(_clean(node.text())) if p]
    return parts[0] if parts else ""


def _date(text: str, pattern: re.Pattern) -> tuple[int, int, int] | None:
    found = pattern.search(text)
    if not found:
        return None
    year, month, day = (int(g) for g in found.groups())
    return (year, month, day) if 1900 < year < 2200 and 1 <= month <= 12 and 1 <= day <= 31 else None


def _furniture(paragraph: str, title: str) -> bool:
    """Navigation, 打印/关闭窗口, ICP/版权 and header lines (date, source) inside the article element, and
    the title repeated there."""
    if paragraph == title:
        return True
    short = len(paragraph) <= _MAX_FURNITURE_LINE
    return short and any((_TRAIL_RE.search(paragraph), _FOOTER_RE.search(paragraph),
                          _BUTTONS_RE.fullmatch(paragraph), _HEADER_LINE_RE.match(paragraph)))
