"""Corrections of the split: merge, split, edited title/subtitle/date/section/kind, a file's layout.

The user repairs what the parser got wrong; the repair is stored like a tag correction (a row of
``corrections``, keyed by the source text's ``text_sha256``) and applied after the splitter every time
that text is parsed: on import, on a re-import of the same text (in any encoding), on ``reparse`` and
after a parser upgrade.

* :mod:`.anchors` — how a correction names its article without its id (which a re-parse changes) and
  finds it again when the parser has moved article boundaries;
* :mod:`.apply` — the pure step: a :class:`~gazette_reader.ingest.model.ParsedIssue` and the corrections
  of its text in, the corrected issue out, every character of the source still in exactly one place;
* :mod:`.store` — recording, listing and reverting corrections in the library.
"""
