#!/usr/bin/env bash
# Load on `agenda serve` as a browser puts it: wrk (Debian's wrk) on loopback against the page and
# the report's JSON, bounded in time, with the server's memory (resident set) read before,
# during and after.
#   Scripts/bench_serve.sh [AGENDA_BINARY [SECONDS [CONNECTIONS]]]
#   default .build/release/agenda (swift build -c release --product agenda), 15 s, 8 connections
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
agenda=$(realpath "${1:-$root/.build/release/agenda}")
seconds=${2:-15}
connections=${3:-8}
work=$(mktemp -d)
cp -r "$root/corpus" "$work/corpus"
cd "$work"
"$agenda" serve corpus --port 0 > serve.out 2> serve.err &
server=$!
trap 'kill -INT $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do grep -q '^open ' serve.out 2>/dev/null && break; sleep 0.2; done
address=$(grep -o 'http://[^ ]*' serve.out)
rss() { awk '/VmRSS/ {print int($2 / 1024) " MB"}' "/proc/$server/status"; }
peak() { awk '/VmHWM/ {print int($2 / 1024) " MB"}' "/proc/$server/status"; }
curl -s -o /dev/null "$address"   # the first page is made on the first request
echo "server ready at $address; resident $(rss)"
for path in "" "api/report"; do
  echo "== GET /$path: $connections connections, 2 threads, $seconds s"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$address$path" | grep -E "Latency|50%|90%|99%|Requests/sec|requests in|Non-2xx"
  echo "   server resident after: $(rss) (peak $(peak))"
done
