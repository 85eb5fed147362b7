#!/usr/bin/env bash
# Review decisions in `agenda serve` on the bundled corpus as a reviewer makes them, in a fresh
# folder: each kind of decision timed from the POST to /api/report showing it
# (Scripts/bench_review.py).
#   Scripts/bench_review.sh [AGENDA_BINARY [ROUNDS]]
#   default .build/release/agenda (swift build -c release --product agenda), 3 rounds
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
agenda=$(realpath "${1:-$root/.build/release/agenda}")
rounds=${2:-3}
work=$(mktemp -d)
cp -r "$root/corpus" "$work/corpus"
cd "$work"
"$agenda" serve corpus --port 0 > serve.out 2> serve.err &
server=$!
trap 'kill -INT $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 3000); do grep -q '^open ' serve.out 2>/dev/null && break; sleep 0.02; done
address=$(grep -o 'http://[^ ]*' serve.out)
curl -s -o page.html "$address"
token=$(grep -o '"sessionToken":"[0-9a-f]*"' page.html | cut -d'"' -f4)
python3 "$root/Scripts/bench_review.py" "$address" "$token" "$rounds"
