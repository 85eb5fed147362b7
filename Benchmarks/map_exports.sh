#!/usr/bin/env bash
# Times every graph export of a 10,000-note graph as a user runs it: the release `agenda` in a
# fresh folder, a board export of synthetic notes ingested, then each `agenda export FORMAT`
# under /usr/bin/time, three times. Prints one line per run: format, seconds, peak KB.
#
#   swift build -c release --product agenda
#   Benchmarks/map_exports.sh [N]          # N notes, default 10000
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
agenda="$root/.build/release/agenda"
n=${1:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
python3 "$root/../shared/bench/make_notes.py" --n "$n" --k 20 --seed 7 --out notes.csv --labels labels.csv >/dev/null
# A board export as Miro or a spreadsheet gives it: text, group (tables of 150), theme (the planted topic).
python3 - <<'PY'
import csv
notes = list(csv.DictReader(open("notes.csv", encoding="utf-8")))
labels = list(csv.DictReader(open("labels.csv", encoding="utf-8")))
with open("board.csv", "w", newline="", encoding="utf-8") as out:
    writer = csv.writer(out)
    writer.writerow(["text", "group", "theme"])
    for index, (note, label) in enumerate(zip(notes, labels)):
        writer.writerow([note["text"], f"Groep {index // 150 + 1}", label["label"]])
PY
"$agenda" ingest board.csv
for run in 1 2 3; do
  for format in graphml gexf cytoscape vosviewer qdpx; do
    /usr/bin/time -f "$format %e s %M KB" "$agenda" export "$format" >/dev/null
  done
done
