"""A deterministic synthetic corpus of gazette files built from the seeds.

Sentences of the seed gazettes are recombined, names and numbers permuted, and the result written as
files laid out like the seeds: newspaper pages (headline, ``本报讯 …``, hard-wrapped narrow columns,
byline) and monthly bulletins (header, table of contents, sections, titles, paragraphs). The same
``(n, seed)`` always gives the same bytes, so benchmark runs are comparable.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from gazette_reader import paths
from gazette_reader.ingest.lines import visual_width

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建红民国荣新志海林晓勇斌雪慧翔宇晨阳鑫"
TITLES = ("区委书记", "区长", "区委副书记", "副区长", "区人大常委会主任", "区政协主席", "区委常委、宣传部长",
          "区委常委、组织部部长", "市委常委", "副市长", "区委常委、政法委书记", "常务副区长")
PLACES = ("二七区", "上街区", "中原区", "金水区", "管城区", "惠济区")
SECTIONS = ("本月关注", "重要会议", "工作动态", "通用航空", "基层实录")
ARTICLES_PER_PAGE = 8
ARTICLES_PER_BULLETIN = 12
_SENTENCE = re.compile(r"[^。！？；]+[。！？；]")
_CJK_ONLY = re.compile(r"[\s　]+")


@dataclass(frozen=True)
class CorpusFile:
    """One generated gazette: its file name, text, and how many articles it holds."""

    name: str
    text: str
    articles: int


def seed_sentences() -> list[str]:
    """Full sentences of the seeds' article text, without layout spaces or line breaks."""
    sentences: list[str] = []
    for path in paths.seed_files():
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            flat = _CJK_ONLY.sub("", block)
            sentences += [s for s in _SENTENCE.findall(flat) if 12 <= len(s) <= 120 and "本报讯" not in s
                          and "记者" not in s and "....." not in s and "△" not in s]
    return sentences


class _Maker:
    """Random source with the helpers both layouts share."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.sentences = seed_sentences()

    def name(self) -> str:
        return self.rng.choice(SURNAMES) + "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2, 2))))

    def numbers(self, sentence: str) -> str:
        return re.sub(r"\d+(?![\d月日年])", lambda m: str(self.rng.randrange(1, 10 ** len(m.group()))), sentence)

    def body(self, month: int, day: int, place: str) -> tuple[str, list[str]]:
        """Paragraphs of one article: a dated lead with an official, then recombined seed sentences."""
        leader = f"{self.rng.choice(TITLES)}{self.name()}"
        topic = self.numbers(self.rng.choice(self.sentences)).rstrip("。！？；")
        lead = f"{month}月{day}日，{place}{leader}主持召开会议，{topic}。"
        paragraphs = [lead]
        for _ in range(self.rng.randint(2, 5)):
            count = self.rng.randint(1, 4)
            paragraphs.append("".join(self.numbers(self.rng.choice(self.sentences)) for _ in range(count)))
        return topic, paragraphs

    def headline(self, topic: str, place: str) -> str:
        words = re.split(r"[，、：“”,;:《》（）()]", topic)
        words = [w for w in words if 4 <= len(w) <= 18] or [topic[:14]]
        return f"{place}{self.rng.choice(words)}"


_NO_LINE_START = set("，。、；：？！”’）》")


def _wrap(paragraph: str, width: int) -> list[str]:
    """Hard-wrap like a narrow newspaper column: by printed width (a digit takes half a cell, as in a real
    column, so a line with numbers holds more characters); closing punctuation never starts a line."""
    lines, start = [], 0
    while start < len(paragraph):
        end, used = start, 0.0
        while end < len(paragraph) and used + visual_width(paragraph[end]) <= width:
            used += visual_width(paragraph[end])
            end += 1
        while end < len(paragraph) and paragraph[end] in _NO_LINE_START:
            end += 1
        lines.append(paragraph[start:end])
        start = end
    return lines


def newspaper_page(maker: _Maker, index: int, count: int) -> CorpusFile:
    """A district newspaper page: headline, ``本报讯`` article in narrow columns, byline; repeated."""
    place = maker.rng.choice(PLACES)
    month = maker.rng.randint(1, 12)
    blocks = []
    for _ in range(count):
        topic, paragraphs = maker.body(month, maker.rng.randint(1, 28), place)
        paragraphs[0] = "本报讯 " + paragraphs[0]
        lines = [maker.headline(topic, place), ""]
        for paragraph in paragraphs:
            lines += _wrap(paragraph, 13) + [""]
        lines[-1] = f"记者 {maker.name()} 通讯员 {maker.name()}"
        blocks.append("\n".join(lines))
    text = "\n\n".join(blocks) + "\n"
    return CorpusFile(f"page_{index:06d}.txt", text, count)


def bulletin(maker: _Maker, index: int, count: int) -> CorpusFile:
    """A monthly bulletin: header, table of contents by section, then the sections' articles."""
    place = maker.rng.choice(PLACES)
    year, month = maker.rng.randint(2015, 2023), maker.rng.randint(1, 12)
    items = []
    for n in range(count):
        topic, paragraphs = maker.body(month, maker.rng.randint(1, 28), place)
        items.append((SECTIONS[n * len(SECTIONS) // count], maker.headline(topic, "我区") + f"（{n + 1}）", paragraphs))
    header = [f"{year}年{month}月", f"(总第{index + 1}期)", "", f"{place}地方史志办公室编", "",
              f"{year}年{month + 1 if month < 12 else 12}月10日 印", ""]
    toc, body, section = [], [], None
    for page, (sec, title, paragraphs) in enumerate(items, start=1):
        if sec != section:
            toc += ["", sec, ""]
            body += [sec, ""]
            section = sec
        toc.append(f"{title}..... {page}")
        body += [title, ""] + [line for p in paragraphs for line in (p, "")]
    footer = ["(内部资料 注意保存)", "", f"主管：{place}人民政府办公室", "", "(共印 130 份)"]
    text = "\n".join(header + toc + [""] + body + footer) + "\n"
    return CorpusFile(f"bulletin_{index:06d}.txt", text, count)


def generate(n_articles: int, *, seed: int = 0) -> Iterator[CorpusFile]:
    """Yield files holding exactly ``n_articles`` articles: about 3/4 in newspaper pages, 1/4 in bulletins."""
    maker = _Maker(seed)
    left, index = n_articles, 0
    while left > 0:
        if index % 4 == 3:
            count = min(ARTICLES_PER_BULLETIN, left)
            yield bulletin(maker, index, count)
        else:
            count = min(ARTICLES_PER_PAGE, left)
            yield newspaper_page(maker, index, count)
        left -= count
        index += 1


def write_corpus(n_articles: int, folder: Path, *, seed: int = 0) -> tuple[int, int]:
    """Write the corpus as UTF-8 files into ``folder``; returns (files, bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = size = 0
    for item in generate(n_articles, seed=seed):
        data = item.text.encode("utf-8")
        (folder / item.name).write_bytes(data)
        files += 1
        size += len(data)
    return files, size
