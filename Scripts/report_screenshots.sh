#!/usr/bin/env bash
# Builds the bundled corpus in a fresh folder and takes a picture of each view of its report
# with headless Chromium (Debian's chromium), to look at:
#   Scripts/report_screenshots.sh [OUTPUT_FOLDER]    default ./screenshots
# Writes kaart.png, groepen.png, agenda.png and netwerk.png (1280 × 1000).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
output=$(realpath -m "${1:-screenshots}")
agenda=${AGENDA:-$root/.build/debug/agenda}
[ -x "$agenda" ] || (cd "$root" && swift build --product agenda >/dev/null)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$root/corpus" "$work/corpus"
(cd "$work" && "$agenda" build >/dev/null)
mkdir -p "$output"
for view in kaart groepen agenda netwerk; do
  chromium --headless=new --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile" \
    --hide-scrollbars --window-size=1280,1000 --screenshot="$output/$view.png" "file://$work/out/index.html#$view" 2>/dev/null
  echo "wrote $output/$view.png"
done
