"""The benchmark's synthetic corpus parses into exactly the articles it was written with.

The speed figures are only comparable when every generated story is its own article; a parser change that
merged the synthetic newspaper stories (a byline line did not close a story) made the 100k benchmark time a
library of a third of its articles.
"""

from __future__ import annotations

from gazette_reader.bench.corpus import generate
from gazette_reader.ingest.parse import parse_text


def test_every_generated_file_parses_into_its_articles() -> None:
    for item in generate(120, seed=3):
        issue = parse_text(item.text, name=item.name)
        assert len(issue.articles) == item.articles, item.name
