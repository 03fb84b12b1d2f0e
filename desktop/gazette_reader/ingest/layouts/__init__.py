"""Layouts: one splitter per gazette layout, each cutting lines into issue → section → article.

A splitter never reads bytes (the readers and the decoder do) and every splitter keeps the no-loss
invariant. :mod:`gazette_reader.ingest.parse` runs the candidates a text's cues allow, scores each
result (:mod:`gazette_reader.ingest.layouts.score`) and keeps the best, reporting how sure it was.
"""
