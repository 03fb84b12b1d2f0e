"""Regenerate gazette_reader_en.ts from the GUI sources and compile it to .qm (run with the venv's python).

The UI's source strings are Chinese, written as ``tr("…")`` where each GUI module defines ``tr`` as
``QCoreApplication.translate("<Context>", text)``. This script finds those calls with :mod:`ast` (so it
knows each module's context, which pyside6-lupdate cannot infer for a module-level ``tr``), takes the
English from ``english.tsv`` (context, Chinese, English; tab-separated), writes the .ts, marks any string
without English as unfinished, and runs ``pyside6-lrelease``. A test fails when a string is unfinished.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
GUI = HERE.parent.parent / "desktop" / "gazette_reader" / "gui"
TS = HERE / "gazette_reader_en.ts"
TSV = HERE / "english.tsv"
# Labels kept in data tables and translated through a variable: (context, module, constant name).
TABLES = [("Dialogs", "settings.py", "SCRIPTS"), ("Dialogs", "settings.py", "LANGUAGES"),
          ("MainWindow", "tag_panel.py", "ENTITY_LABELS"), ("Dialogs", "dialogs.py", "LAYOUT_CHOICES"),
          ("Dialogs", "dialogs.py", "ORDER_CHOICES"), ("Dialogs", "dialogs.py", "SOURCE_CHOICES"),
          ("QueryKeys", "search_pane.py", "QUERY_KEYS"), ("ArticleEdit", "editing/article_edit.py", "KINDS"),
          ("Dialogs", "widgets/theme.py", "THEMES"), ("Dialogs", "dialogs.py", "FORMAT_LABELS")]


def module_context(tree: ast.Module) -> str | None:
    """The context a module's ``tr`` passes to QCoreApplication.translate."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and call.args and isinstance(call.args[0], ast.Constant):
                    return call.args[0].value
    return None


def messages() -> dict[str, list[str]]:
    """Context → source strings in first-seen order."""
    found: dict[str, list[str]] = {}
    for path in sorted(GUI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        context = module_context(tree)
        if context is None:
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                _add(found, context, node.args[0].value)
    for context, module, name in TABLES:
        tree = ast.parse((GUI / module).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            target = node.target if isinstance(node, ast.AnnAssign) else (node.targets[0] if isinstance(node, ast.Assign) else None)
            if isinstance(target, ast.Name) and target.id == name and isinstance(node.value, ast.Dict):
                for value in node.value.values:
                    _add(found, context, value.value)
    return found


def _add(found: dict[str, list[str]], context: str, text: str) -> None:
    bucket = found.setdefault(context, [])
    if text not in bucket:
        bucket.append(text)


def english() -> dict[tuple[str, str], str]:
    """(context, Chinese) → English from the TSV (backslash-n stands for a newline)."""
    table = {}
    for line in TSV.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            context, source, target = line.split("\t")
            table[(context, source.replace("\\n", "\n"))] = target.replace("\\n", "\n")
    return table


def write_ts(found: dict[str, list[str]], table: dict[tuple[str, str], str]) -> int:
    """Write the .ts; returns how many strings lack English."""
    missing = 0
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           '<TS version="2.1" language="en_US" sourcelanguage="zh_CN">']
    for context in sorted(found):
        out += ["<context>", f"    <name>{escape(context)}</name>"]
        for source in found[context]:
            target = table.get((context, source))
            missing += target is None
            status = "" if target else ' type="unfinished"'
            out += ["    <message>", f"        <source>{escape(source)}</source>",
                    f"        <translation{status}>{escape(target or '')}</translation>", "    </message>"]
        out.append("</context>")
    out.append("</TS>")
    TS.write_text("\n".join(out) + "\n", encoding="utf-8")
    return missing


def main() -> int:
    """Regenerate and compile; non-zero exit when strings lack English."""
    missing = write_ts(messages(), english())
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    subprocess.run([lrelease, str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    if missing:
        print(f"{missing} strings have no English yet: add them to {TSV.name}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
