#!/usr/bin/env bash
# Times `agenda ingest` on the bundled report in every format it reads, and on the hostile
# Word and LibreOffice files, each in a fresh folder with a fresh database, as a user runs it.
#   Scripts/bench_readers.sh [AGENDA_BINARY]     default .build/release/agenda (build it first:
#                                                swift build -c release --product agenda)
# Prints one line per file: outcome, wall seconds and peak memory (GNU time's maximum RSS).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
agenda=$(realpath "${1:-$root/.build/release/agenda}")
fixtures=$root/Tests/DocumentsTests/Fixtures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() {  # run NAME SOURCE [ingest arguments…]
  local name=$1 source=$2; shift 2
  local folder=$work/$name
  mkdir -p "$folder" && cp "$source" "$folder/$name" && cp "$root/corpus/lexicon.yaml" "$folder/"
  local status=0
  ( cd "$folder" && /usr/bin/time -f "%e %M" -o time.txt "$agenda" ingest "$name" "$@" > out.txt 2> err.txt ) || status=$?
  read -r seconds kilobytes < <(tail -n 1 "$folder/time.txt")  # GNU time first says a non-zero exit
  local outcome
  if [ "$status" = 0 ]; then outcome=$(cut -d, -f4- "$folder/out.txt" | sed 's/^ //'); else outcome="refused: $(sed "s|^error: .*/$name: ||" "$folder/err.txt" | cut -c1-60)…"; fi
  printf '%-34s %6.2f s %6d MB  %s\n' "$name" "$seconds" $((kilobytes / 1024)) "$outcome"
}

run report.txt "$root/corpus/bpa-werkateliers-2018.txt" --kind workshop-report
run report.docx "$fixtures/docx/report.docx" --kind workshop-report
run report-styled.docx "$fixtures/docx/report-styled.docx" --kind workshop-report
run report.odt "$fixtures/odt/report.odt" --kind workshop-report
for name in external-entity billion-laughs zip-bomb truncated; do
  run "$name.docx" "$fixtures/docx/$name.docx" --kind workshop-report
  run "$name.odt" "$fixtures/odt/$name.odt" --kind workshop-report
done
run zip-bomb-lying.odt "$fixtures/odt/zip-bomb-lying.odt" --kind workshop-report
run huge-spaces.odt "$fixtures/odt/huge-spaces.odt" --kind notes
