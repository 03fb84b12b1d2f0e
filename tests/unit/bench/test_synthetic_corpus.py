"""The benchmark's synthetic corpus parses into exactly the articles it was written with.

The speed figures are only comparable when every generated story is its own article; a parser change that
merged the synthetic newspaper stories (a byline line did not close a story) made the 100k benchmark time a
library of a third of its articles.
"""

from __future__ import annotations

import pytest

from gazette_reader.bench.corpus import generate
from gazette_reader.ingest.parse import parse_text


@pytest.mark.parametrize("seed", [0, 1, 3])
def test_every_generated_file_parses_into_its_articles(seed: int) -> None:
    """Seeds 0 (the benchmark's) and 1 (its concurrent load's) too: two stories the generator ran under the
    same headline were once read as one (a headline's copy over its own story)."""
    for item in generate(300, seed=seed):
        issue = parse_text(item.text, name=item.name)
        assert len(issue.articles) == item.articles, item.name
