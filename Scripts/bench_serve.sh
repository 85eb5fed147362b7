#!/usr/bin/env bash
# `agenda serve` on the bundled corpus as a person uses it, in a fresh folder: how long until it
# answers, how long a correction takes to show (Scripts/bench_corrections.py: POST, then
# /api/report showing it), then load from wrk (Debian's wrk) on loopback against the page and
# the report's JSON, bounded in time, with the server's memory (resident set) read before,
# during and after.
#   Scripts/bench_serve.sh [AGENDA_BINARY [SECONDS [CONNECTIONS [ROUNDS [--no-check]]]]]
#   default .build/release/agenda (swift build -c release --product agenda), 15 s, 8 connections, 3 rounds;
#   --no-check times corrections without checking where the note went (for older versions)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
agenda=$(realpath "${1:-$root/.build/release/agenda}")
seconds=${2:-15}
connections=${3:-8}
rounds=${4:-3}
check=${5:-}
work=$(mktemp -d)
cp -r "$root/corpus" "$work/corpus"
cd "$work"
start=$(date +%s.%N)
"$agenda" serve corpus --port 0 > serve.out 2> serve.err &
server=$!
trap 'kill -INT $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do grep -q '^open ' serve.out 2>/dev/null && break; sleep 0.02; done
address=$(grep -o 'http://[^ ]*' serve.out)
curl -s -o page.html "$address"
ready=$(date +%s.%N)
echo "ready (listening, first page answered) after $(echo "$ready - $start" | bc) s; resident $(awk '/VmRSS/ {print int($2 / 1024) " MB"}' "/proc/$server/status")"
# The same start again with the database it left: what a second `agenda serve` takes.
kill -INT $server; wait $server 2>/dev/null || true
start=$(date +%s.%N)
"$agenda" serve corpus --port 0 > serve.out 2> serve.err &
server=$!
for _ in $(seq 1 600); do grep -q '^open ' serve.out 2>/dev/null && break; sleep 0.02; done
address=$(grep -o 'http://[^ ]*' serve.out)
curl -s -o page.html "$address"
ready=$(date +%s.%N)
echo "ready again on the same database after $(echo "$ready - $start" | bc) s"
token=$(grep -o '"sessionToken":"[0-9a-f]*"' page.html | cut -d'"' -f4)
python3 "$root/Scripts/bench_corrections.py" "$address" "$token" "$rounds" $check
rss() { awk '/VmRSS/ {print int($2 / 1024) " MB"}' "/proc/$server/status"; }
peak() { awk '/VmHWM/ {print int($2 / 1024) " MB"}' "/proc/$server/status"; }
if command -v wrk >/dev/null; then
  for path in "" "api/report"; do
    echo "== GET /$path: $connections connections, 2 threads, $seconds s"
    wrk -t2 -c"$connections" -d"${seconds}s" --latency "$address$path" | grep -E "Latency|50%|90%|99%|Requests/sec|requests in|Non-2xx"
    echo "   server resident after: $(rss) (peak $(peak))"
  done
fi
