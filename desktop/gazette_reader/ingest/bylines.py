"""Bylines: ``记者 景静``, ``记者 景静 通讯员 胡伟``, ``通讯员 郭佳星/文``, ``胡源浩/图``, and with the
reporter's paper (``东方今报记者 刘长征/文``, ``新华社记者 熊家林``).

A byline is a whole line made only of byline tokens, or tokens glued after an article's last sentence
(``…专题讲座。记者 张改华``). Each token keeps its raw text so the no-loss check can find it.
"""

from __future__ import annotations

import re

from gazette_reader.ingest.model import CORRESPONDENT, PHOTOGRAPHER, REPORTER, Byline

_TOKEN_RE = re.compile(
    r"(?:(?P<pub>本报|新华社|[\u4e00-\u9fff]{1,6}(?:报|网|台))?(?P<role>特约记者|见习记者|记者|通讯员|实习生|摄影)\s*)?"
    r"(?P<name>[\u4e00-\u9fff·]{2,4})(?:\s*/\s*(?P<kind>文|图))?"
)
_GLUED_RE = re.compile(
    r"^(?P<body>.*[。！？!?”])\s*(?P<byline>(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}"
    r"(?:\s+(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4})*)$"
)
_NOT_IN_NAMES = frozenset("了的在是和从到对为与及等这那我们说表示称指出要将就")
_ROLES = {"记者": REPORTER, "见习记者": REPORTER, "实习生": REPORTER, "通讯员": CORRESPONDENT}
_MAX_LINE = 40
BYLINE_MARKS = "□■◎◇◆"
"""A mark some papers print before the byline under a headline (□晚报记者 马治卫, ■本报记者 王明)."""


def has_byline_word(text: str) -> bool:
    """True when ``text`` holds a word every byline has (记者, 通讯员, 实习生, 摄影, or the ``/`` of ``/文``):
    a cheap test before the byline patterns, which most lines fail. Substring tests, not a pattern
    (``记者|通讯员|…``): the pattern engine tries each word at each character, ``in`` runs a C search."""
    return "记者" in text or "通讯员" in text or "/" in text or "摄影" in text or "实习生" in text


def parse_byline_line(line: str) -> list[Byline] | None:
    """The bylines when the whole (stripped) line is byline tokens, else None.

    Every token needs a role word (记者/通讯员 …) or a ``/文`` ``/图`` mark: a bare name is not a byline."""
    text = line.strip()
    if not text or len(text) > _MAX_LINE or not has_byline_word(text):
        return None
    if text[0] in _OPENING_BRACKETS and text[-1] in _CLOSING_BRACKETS:
        return _bracketed(text)
    if text[-1] in "导道" and (reported := _REPORTED_RE.match(text)):
        return _reported(reported)
    found: list[Byline] = []
    pos = 1 if text[0] in BYLINE_MARKS else 0
    while pos < len(text) and text[pos].isspace():
        pos += 1
    while pos < len(text):
        match = _TOKEN_RE.match(text, pos)
        if not match or not _valid_token(match, text):
            return None
        found.append(_to_byline(match, text[:match.start()] if not found else ""))
        pos = match.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return found or None


_REPORTED_RE = re.compile(
    r"^(?P<pub>[\u4e00-\u9fff]{2,8}\s*[|｜/／]\s*)?(?P<role>记者)\s*"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:[、\s]+[\u4e00-\u9fff·]{2,4})*)\s*[/／∕]\s*[\u4e00-\u9fff]{2,8}(?:报导|报道)$"
)
"""A Taiwan paper's reporter line, the paper set before a bar or a slash (``墨新聞|記者張游舜/台北報導``,
``聯合報／ 記者李宗祐／嘉義即時報導``, ``記者林中行／花蓮報導``): the reporters and where they wrote from."""


def _reported(match: re.Match[str]) -> list[Byline] | None:
    """The reporters of a reporter line (:data:`_REPORTED_RE`); the paper and the place stay in the raw
    text (the first name's and the last name's), for the no-loss check."""
    found = list(_NAME_RE.finditer(match.group(0), match.start("names"), match.end("names")))
    if any(_NOT_IN_NAMES & set(name.group(0)) for name in found):
        return None
    cuts = [0, *(name.end() for name in found[:-1]), len(match.group(0))]  # each raw runs to its name's end
    return [Byline(name=name.group(0), role=REPORTER, raw=match.group(0)[start:stop])
            for name, start, stop in zip(found, cuts, cuts[1:])]


_NAME_RE = re.compile(r"[\u4e00-\u9fff·]+")


_OPENING_BRACKETS = "（("
_CLOSING_BRACKETS = "）)"


def _bracketed(text: str) -> list[Byline] | None:
    """A byline set in brackets after a story's last paragraph (``（记者 陈文广）``), as many papers close a
    story: the brackets stay in the first and last tokens' raw text, for the no-loss check."""
    inner = text[1:-1].strip()
    found = parse_byline_line(inner) if inner[:1] not in _OPENING_BRACKETS else None
    if not found:
        return None
    found[0] = Byline(name=found[0].name, role=found[0].role, raw=text[0] + found[0].raw)
    found[-1] = Byline(name=found[-1].name, role=found[-1].role, raw=found[-1].raw + text[-1])
    return found


def _valid_token(match: re.Match[str], text: str) -> bool:
    """A token ends at white space or the end of line, has a role or a mark, and a plausible name."""
    end_ok = match.end() == len(text) or text[match.end()].isspace()
    marked = bool(match.group("role") or match.group("kind"))
    return end_ok and marked and not (_NOT_IN_NAMES & set(match.group("name")))


def _to_byline(match: re.Match[str], mark: str = "") -> Byline:
    """Map a token to its role: ``/图`` or 摄影 → photographer, 通讯员 → correspondent, else reporter. A mark
    before the line's first token stays in that token's raw text (the no-loss check finds it there)."""
    role_word = match.group("role") or ""
    if match.group("kind") == "图" or role_word == "摄影":
        role = PHOTOGRAPHER
    else:
        role = _ROLES.get(role_word, REPORTER)
    return Byline(name=match.group("name"), role=role, raw=mark + match.group(0))


def split_glued(line: str) -> tuple[str, list[Byline]] | None:
    """``…专题讲座。记者 张改华`` → (``…专题讲座。``, [Byline(张改华)]); None when nothing is glued."""
    if "记者" not in line and "通讯员" not in line:
        return None
    match = _GLUED_RE.match(line.strip())
    if not match:
        return None
    found = parse_byline_line(match.group("byline"))
    return (match.group("body"), found) if found else None


_ROLE_END_RE = re.compile(r"^[\u4e00-\u9fff]{0,16}(?:特约记者|见习记者|记者|通讯员|实习生)$")
_NAMES_RE = re.compile(r"^[\u4e00-\u9fff·]{2,4}(?:[\s、]+[\u4e00-\u9fff·]{2,4})*$")


def byline_wrapped(line: str, next_line: str) -> bool:
    """A byline whose names wrapped onto the next line (``安顺日报社大数据智慧全媒体记者`` / ``王小欢``): the
    reporter's paper and role on one line, only names on the next. The first line is a credit closing the
    story, never a headline, though alone it reads as one."""
    text = line.strip()
    if text[-1:] not in "者员生" or not _ROLE_END_RE.match(text):  # (the cheap test first: most lines fail it)
        return False
    names = next_line.strip()
    return _NAMES_RE.match(names) is not None and not any(
        _NOT_IN_NAMES & set(name) for name in re.split(r"[\s、]+", names))
