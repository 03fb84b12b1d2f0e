"""The SQLite search backend as :func:`gazette_reader.store.backend.search_index` hands it out: the FTS5
index and engine modules, unchanged."""

from __future__ import annotations

from gazette_reader.search.engine import matching_ids, search
from gazette_reader.search.upkeep import merge_index as optimize_index
from gazette_reader.search.index import (articles_containing, index_articles, index_is_current,
                                         index_new_documents, rebuild_index, unindex_articles)
from gazette_reader.search.index import document as import_document

__all__ = ["articles_containing", "import_document", "index_articles", "index_is_current", "index_new_documents",
           "matching_ids", "optimize_index", "rebuild_index", "search", "unindex_articles"]
