"""The ``gazette bench`` benchmark: a deterministic synthetic corpus and the measurements made on it."""
