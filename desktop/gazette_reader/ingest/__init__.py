"""Pure functions from bytes to parsed issues and articles: decode, reflow, split, metadata.

Nothing here touches the database or Qt; :func:`gazette_reader.ingest.parse.parse_text` is the entry.
"""
