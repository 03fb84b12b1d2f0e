"""Where the 大事记 preview's edits are kept between exports: a JSON file beside the library.

Edits are keyed by :func:`chronicle.entry_key` (article ids), which only mean something inside one
library, so the file sits beside it (``library.sqlite.chronicle.json``) and travels with it. An edit is
``{"text": …, "date": "2020-04-03", "dropped": true}`` with only the changed fields. The file is replaced
atomically; a missing or unreadable file is no edits (the chronicle is then as computed).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from gazette_reader.errors import ExportError

Edits = dict[str, dict[str, Any]]


def edits_file(library_path: Path) -> Path:
    """The edits file of the library at ``library_path``."""
    return Path(f"{library_path}.chronicle.json")


def load_edits(path: Path) -> Edits:
    """The stored edits, or none when the file is missing or not an edits file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): dict(v) for k, v in data.items() if isinstance(v, dict)}


def save_edits(path: Path, edits: Mapping[str, Mapping[str, Any]]) -> None:
    """Replace the edits file atomically with ``edits`` (entries without changes left out)."""
    kept = {key: dict(edit) for key, edit in edits.items() if edit}
    name = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(kept, handle, ensure_ascii=False, indent=1, sort_keys=True)
        os.replace(name, path)
    except OSError as exc:
        raise ExportError(f"Could not keep the chronicle edits in {path}: {exc.strerror or exc}.",
                          zh=f"无法保存大事记的修改到 {path}：{exc.strerror or exc}。") from exc
    finally:
        if name:
            Path(name).unlink(missing_ok=True)
