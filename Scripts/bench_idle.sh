#!/usr/bin/env bash
# `agenda serve` on the bundled corpus, in a fresh folder, with IDLE connections held open by
# another process (loopback, closed at the end): how long the page takes (curl's time_total, 20
# requests once the server has accepted them all), the server's open descriptors and memory.
#   Scripts/bench_idle.sh [AGENDA_BINARY [IDLE]]   default .build/release/agenda, 10000
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
agenda=$(realpath "${1:-$root/.build/release/agenda}")
idle=${2:-10000}
work=$(mktemp -d)
cp -r "$root/corpus" "$work/corpus"
cd "$work"
"$agenda" serve corpus --port 0 --idle-timeout 600 > serve.out 2> serve.err &
server=$!
holder=
trap '[ -n "$holder" ] && kill $holder 2>/dev/null; kill -INT $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 1500); do grep -q '^open ' serve.out 2>/dev/null && break; sleep 0.02; done
address=$(grep -o 'http://[^ ]*' serve.out)
port=$(echo "$address" | sed -E 's|.*:([0-9]+)/.*|\1|')
time_page() {
  for _ in $(seq 1 20); do curl -s -o /dev/null -w '%{time_total}\n' "$address"; done | sort -n \
    | awk '{ t[NR] = $1 * 1000 } END { printf "p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", t[int(NR * 0.5 + 0.5)], t[int(NR * 0.95 + 0.5)], t[NR] }'
}
echo "page with no other connection: $(time_page)"
mkfifo hold
cat > holder.py <<'PY'
import resource, socket, sys, time
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
started = time.time()
held = [socket.create_connection(("127.0.0.1", int(sys.argv[1]))) for _ in range(int(sys.argv[2]))]
print(f"opened {len(held)} in {time.time() - started:.1f} s", flush=True)
sys.stdin.read()
PY
python3 holder.py "$port" "$idle" < hold > holder.out &
holder=$!
exec 3> hold
for _ in $(seq 1 600); do grep -q opened holder.out 2>/dev/null && break; sleep 0.1; done
start=$(date +%s.%N)
for _ in $(seq 1 600); do [ "$(ls "/proc/$server/fd" | wc -l)" -ge "$idle" ] && break; sleep 0.1; done
echo "$(cat holder.out); the server held them all $(echo "$(date +%s.%N) - $start" | bc | cut -c1-4) s later: $(ls "/proc/$server/fd" | wc -l) descriptors, resident $(awk '/VmRSS/ {print int($2 / 1024) " MB"}' "/proc/$server/status")"
echo "page beside $idle idle connections: $(time_page)"
echo "server CPU while they are idle (5 s): $(a=$(awk '{print $14 + $15}' "/proc/$server/stat"); sleep 5; b=$(awk '{print $14 + $15}' "/proc/$server/stat"); echo "$(( (b - a) * 100 / $(getconf CLK_TCK) / 5 )) %")"
exec 3>&-
wait $holder 2>/dev/null || true
holder=
kill -0 $server && echo "server still running (pid $server)"
