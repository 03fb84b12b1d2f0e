"""The core never imports Qt: checked statically (imports in the source) and at run time."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import gazette_reader

PACKAGE = Path(gazette_reader.__file__).parent
CORE_FILES = [p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts]


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_sources_do_not_import_qt() -> None:
    assert len(CORE_FILES) > 20
    offenders = {str(p.relative_to(PACKAGE)): sorted(m for m in _imported_modules(p)
                                                    if m.split(".")[0] in {"PySide6", "shiboken6"}
                                                    or m.startswith("gazette_reader.gui"))
                 for p in CORE_FILES}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_importing_the_core_loads_neither_qt_nor_jieba() -> None:
    """The CLI and the GUI's start-up path must not pay for Qt (CLI) or jieba's dictionary (both)."""
    code = (
        "import sys, gazette_reader.library, gazette_reader.cli, gazette_reader.importer;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'jieba')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
