#!/usr/bin/env bash
# The report as a user makes and opens it: `agenda build` on the bundled corpus, and `agenda
# ingest` + `agenda export html` on 10,000 synthetic notes (../shared/bench/make_notes.py), each
# in a fresh folder; then each page opened in headless Chromium (Debian's chromium).
#   Scripts/bench_report.sh [AGENDA_BINARY]     default .build/release/agenda
# Prints the page's size, the time to write it, and Chromium's time to a finished page: the
# page's own clock (performance.now() when its script is done, `data-render-ms`) and the wall
# time of the whole headless run, browser start included.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
agenda=$(realpath "${1:-$root/.build/release/agenda}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

open_page() {  # open_page PAGE
  local start end dom
  start=$(date +%s.%N)
  dom=$(chromium --headless=new --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile" --dump-dom "file://$1" 2>/dev/null)
  end=$(date +%s.%N)
  printf '  opened in Chromium: page ready after %s ms, %.2f s wall; script errors: %s\n' \
    "$(grep -o 'data-render-ms="[0-9]*"' <<<"$dom" | grep -o '[0-9]*')" "$(echo "$end - $start" | bc)" \
    "$(grep -o 'data-script-errors="[0-9]*"' <<<"$dom" | grep -o '[0-9]*' || echo none)"
}

mkdir "$work/corpus" && cp -r "$root/corpus" "$work/corpus/"
start=$(date +%s.%N)
(cd "$work/corpus" && "$agenda" build >/dev/null 2>&1)
end=$(date +%s.%N)
printf 'bundled corpus: agenda build %.1f s; index.html %s bytes\n' "$(echo "$end - $start" | bc)" "$(stat -c %s "$work/corpus/out/index.html")"
open_page "$work/corpus/out/index.html"

mkdir "$work/large"
python3 "$root/../shared/bench/make_notes.py" --n 10000 --k 20 --seed 42 --out "$work/large/notes.csv" --labels "$work/large/labels.csv" >/dev/null
(cd "$work/large" && "$agenda" ingest notes.csv >/dev/null)
start=$(date +%s.%N)
(cd "$work/large" && "$agenda" export html --corpus "$root/corpus" >/dev/null 2>&1)
end=$(date +%s.%N)
printf '10,000 notes: agenda export html %.1f s; index.html %s bytes\n' "$(echo "$end - $start" | bc)" "$(stat -c %s "$work/large/out/index.html")"
open_page "$work/large/out/index.html"
open_page "$work/large/out/index.html"
