#!/usr/bin/env bash
# Installs the Gazette Reader launcher, icons and AppStream metadata for the current user (no root):
#   ~/.local/share/applications/gazette-reader.desktop   (Exec= points at the real executable)
#   ~/.local/share/icons/hicolor/{scalable,16x16..512x512}/apps/gazette-reader.{svg,png}
#   ~/.local/share/metainfo/io.github.gazette_reader.GazetteReader.metainfo.xml
# Works from a source checkout (packaging/install-desktop.sh) and from an unpacked bundle
# (gazette-reader/install-desktop.sh). Honours XDG_DATA_HOME.
#
# Usage: install-desktop.sh [--exec /path/to/gazette-reader] [--uninstall]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
app_id="io.github.gazette_reader.GazetteReader"
exec_path=""
uninstall=0

while [ $# -gt 0 ]; do
  case "$1" in
    --exec) exec_path="$2"; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-desktop.sh: unknown argument $1" >&2; exit 64 ;;
  esac
done

apps="$data_home/applications"
icons="$data_home/icons/hicolor"
metainfo="$data_home/metainfo"

refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$apps" || true; fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -f -t "$icons" || true; fi
}

if [ "$uninstall" -eq 1 ]; then
  rm -f "$apps/gazette-reader.desktop" "$metainfo/$app_id.metainfo.xml" "$icons/scalable/apps/gazette-reader.svg"
  rm -f "$icons"/*/apps/gazette-reader.png
  refresh_caches
  echo "Removed the Gazette Reader launcher and icons from $data_home"
  exit 0
fi

# The resources folder: a bundle keeps it inside the package, a checkout at the repository root.
resources=""
for candidate in "$here/_internal/gazette_reader/resources" "$here/../resources" "$here/resources"; do
  if [ -f "$candidate/gazette-reader.desktop" ]; then resources="$(cd "$candidate" && pwd)"; break; fi
done
[ -n "$resources" ] || { echo "install-desktop.sh: cannot find resources/gazette-reader.desktop near $here" >&2; exit 1; }

# The executable: --exec, else the bundle next to this script, else a built bundle, else the PATH.
if [ -z "$exec_path" ]; then
  for candidate in "$here/gazette-reader" "$here/dist/gazette-reader/gazette-reader"; do
    if [ -x "$candidate" ] && [ -f "$candidate" ]; then exec_path="$candidate"; break; fi
  done
fi
[ -n "$exec_path" ] || exec_path="$(command -v gazette-reader || true)"
if [ -z "$exec_path" ] || [ ! -x "$exec_path" ]; then
  echo "install-desktop.sh: no gazette-reader executable found; build the bundle (packaging/build.sh)," >&2
  echo "  pip install the app, or pass --exec /path/to/gazette-reader" >&2
  exit 1
fi
exec_path="$(cd "$(dirname "$exec_path")" && pwd)/$(basename "$exec_path")"

mkdir -p "$apps" "$icons/scalable/apps" "$metainfo"

# Desktop entry with an absolute Exec (desktop sessions often lack ~/.local/bin on their PATH).
quoted="$exec_path"
case "$exec_path" in *[[:space:]\"\'\\\$\`]*) quoted="\"$(printf '%s' "$exec_path" | sed 's/[\\"`$]/\\\\&/g')\"" ;; esac
sed -e "s|^Exec=gazette-reader|Exec=$quoted|" -e "s|^TryExec=gazette-reader|TryExec=$exec_path|" \
  "$resources/gazette-reader.desktop" > "$apps/gazette-reader.desktop"
if command -v desktop-file-validate >/dev/null 2>&1; then desktop-file-validate "$apps/gazette-reader.desktop"; fi

cp "$resources/icons/gazette-reader.svg" "$icons/scalable/apps/gazette-reader.svg"
cp "$resources"/*.metainfo.xml "$metainfo/"

# PNG sizes: pre-rendered in a bundle; rendered with the project's Python in a checkout.
png_count=0
if [ -d "$resources/icons/hicolor" ]; then
  cp -r "$resources/icons/hicolor/." "$icons/"
else
  for py in "$here/../.venv/bin/python" python3; do
    if [ -f "$here/make_icons.py" ] && "$py" -c "import PySide6.QtSvg, PIL" >/dev/null 2>&1; then
      QT_QPA_PLATFORM=offscreen "$py" "$here/make_icons.py" --out-dir "$(mktemp -d)" --png-dir "$icons" >/dev/null
      break
    fi
  done
fi
png_count=$(find "$icons" -path '*x*/apps/gazette-reader.png' | wc -l)

refresh_caches
echo "Installed Gazette Reader for ${USER:-$(id -un)}: $apps/gazette-reader.desktop -> $exec_path"
echo "  icons: scalable SVG + $png_count PNG sizes in $icons; metadata in $metainfo"
