#!/usr/bin/env bash
# Sets up a development environment from nothing: system libraries Qt needs, a CJK font, the PDF tools
# the tests use, then a virtualenv in .venv with the app installed in editable mode (plus test tools).
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  fonts-wqy-microhei            # a CJK font: Chinese text must not render as boxes
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxrender1 libxi6
  xvfb xauth                     # a virtual screen for the GUI tests and screenshots
  poppler-utils poppler-data     # pdftotext/pdftoppm: the export tests read the PDFs back (poppler-data: CID fonts)
  desktop-file-utils             # desktop-file-validate for the .desktop entry
  python3-venv
  postgresql                     # the server library tests (#18) start a throwaway server (initdb, pg_ctl) in a temp dir
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[dev,ocr]'   # ocr: the scanned-PDF tests
echo "Ready: .venv/bin/gazette-reader (the app), .venv/bin/gazette (the CLI)"
