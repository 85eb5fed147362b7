#!/usr/bin/env bash
# A team server under load, as a user sets one up: a throwaway PostgreSQL server on loopback,
# the bundled corpus built in a fresh folder and copied into it (`agenda db copy`), 20 people
# added (`agenda users add`), `agenda serve --db postgresql://… --host 0.0.0.0`; then 20
# reviewers at once make 50 decisions each (Scripts/bench_team.py). With `kill`, the server is
# killed with SIGKILL during the burst and every decision answered 200 is looked for in the
# database, which then runs its own checks (`agenda db check`).
#   Scripts/bench_team.sh [AGENDA_BINARY [REVIEWERS [EACH [kill]]]]
#   default .build/release/agenda (swift build -c release --product agenda), 20 reviewers, 50 each
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
agenda=$(realpath "${1:-$root/.build/release/agenda}")
reviewers=${2:-20}
each=${3:-50}
mode=${4:-}
work=$(mktemp -d)
postgres=$(mktemp -d -t agenda-postgres.XXXXXX)
trap '[ -n "${server:-}" ] && kill -INT $server 2>/dev/null; wait 2>/dev/null; "$root/Scripts/postgres-server.sh" stop "$postgres"; rm -rf "$work"' EXIT
database=$("$root/Scripts/postgres-server.sh" start "$postgres")
cp -r "$root/corpus" "$work/corpus"
cd "$work"
"$agenda" build > /dev/null 2>&1
"$agenda" db copy --from agenda.sqlite --to "$database"
: > tokens.txt
for number in $(seq 1 "$reviewers"); do
  "$agenda" users add "Reviewer $number" --db "$database" | head -n 1 | awk -v name="Reviewer $number" '{ print name "\t" $NF }' >> tokens.txt
done
"$agenda" serve corpus --db "$database" --host 0.0.0.0 --port 0 > serve.out 2> serve.err &
server=$!
for _ in $(seq 1 3000); do grep -q '^open ' serve.out 2>/dev/null && break; sleep 0.02; done
address=$(grep -o 'http://[^ ]*' serve.out)
python3 "$root/Scripts/bench_team.py" "$address" tokens.txt "$each" "$agenda" "$database" "$server" "$mode"
if [ -n "$mode" ]; then server=""; fi
if grep -qE '[0-9a-f]{32}' serve.err; then echo "FAIL: a token is in the server's log"; exit 1; fi
echo "the server's log names no token"
