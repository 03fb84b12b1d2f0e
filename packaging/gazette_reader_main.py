"""The bundle's entry point: ``gazette-reader`` (the window), ``--selftest``, or the CLI when invoked as ``gazette``.

PyInstaller needs a script, not a ``module:function`` entry point. ``--selftest`` is dispatched here
as well as in ``gui/app.py`` so that a bundle can prove itself even before any window code runs; on
Linux and macOS ``build.sh`` adds a ``gazette`` symlink, and a program started under that name is the
command line (one bundle, both front ends).
"""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    """Dispatch on the program name and ``--selftest``; everything else goes to the GUI."""
    if Path(argv[0]).stem == "gazette":
        from gazette_reader.cli import main as cli_main

        cli_main()  # click reads sys.argv and exits itself
        return 0
    if "--selftest" in argv[1:]:
        from gazette_reader.gui.selftest import run_selftest

        return run_selftest(argv[1:])
    from gazette_reader.gui.app import main as app_main

    return app_main() or 0


if __name__ == "__main__":
    # Big imports parse in a helper process ("spawn"); in a frozen app that process re-runs this
    # executable, and freeze_support() turns it into the helper instead of a second window.
    multiprocessing.freeze_support()
    sys.exit(main(sys.argv))
