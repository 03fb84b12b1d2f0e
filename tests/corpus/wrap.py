"""Hard-wrap text as PDF extraction does, for corpus documents assembled from web text.

``python tests/corpus/wrap.py WIDTH < plain.txt > wrapped.txt``: every paragraph line longer than WIDTH
characters is cut into lines of WIDTH characters (a CJK character or an ASCII character counts one);
paragraphs stay separated by the line breaks they had. Deterministic, so SOURCES.md can name the width.
"""

import sys


def wrap(text: str, width: int) -> str:
    """Cut each line of ``text`` into pieces of at most ``width`` characters."""
    out = []
    for line in text.split("\n"):
        if not line:
            out.append("")
        while line:
            out.append(line[:width])
            line = line[width:]
    return "\n".join(out)


if __name__ == "__main__":
    sys.stdout.write(wrap(sys.stdin.read(), int(sys.argv[1])))
