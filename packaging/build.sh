#!/usr/bin/env bash
# Builds the one-folder desktop app with PyInstaller into packaging/dist/gazette-reader/.
# Needs the dev environment (bash packaging/setup-dev.sh); installs PyInstaller into .venv if missing.
#
# Usage: bash packaging/build.sh [--selftest]     (--selftest runs the built app's self-test afterwards)
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
[ -x "$PY" ] || { echo "build.sh: no .venv; run: bash packaging/setup-dev.sh" >&2; exit 1; }
if ! "$PY" -c "import PyInstaller" >/dev/null 2>&1; then
  echo "Installing PyInstaller into .venv"
  "$PY" -m pip install -q -e '.[bundle]'   # editable, so the dev install stays editable
fi

start=$(date +%s)
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"  # icon rendering and PyInstaller's Qt probes need no display

# Icon PNGs for the Linux launcher, shipped inside the bundle (install-desktop.sh copies them).
rm -rf packaging/build/icons
"$PY" packaging/make_icons.py --out-dir packaging/build/icons --png-dir packaging/build/icons/hicolor >/dev/null

"$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath packaging/dist --workpath packaging/build/pyinstaller packaging/gazette-reader.spec

dist=packaging/dist/gazette-reader
cp packaging/install-desktop.sh "$dist/install-desktop.sh"
case "$(uname -s)" in
  Linux|Darwin) ln -sf gazette-reader "$dist/gazette" ;;  # the same program started as `gazette` is the CLI
esac

echo "Built $dist in $(( $(date +%s) - start )) s, $(du -sh "$dist" | cut -f1)"
if [ "${1:-}" = "--selftest" ]; then
  "$dist/gazette-reader" --selftest
fi
