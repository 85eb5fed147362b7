#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback, in a temporary data folder, for the tests and the
# benchmarks.
#
#   Scripts/postgres-server.sh start FOLDER   initialises FOLDER (one of its own, such as mktemp -d makes), starts the server, creates the
#                                             database `agenda`, prints its address
#   Scripts/postgres-server.sh stop FOLDER    stops the server and deletes FOLDER
#
# Needs Debian's `postgresql` package. Run as root, the server runs as the `postgres` user.
set -euo pipefail
command=${1:?start or stop}
folder=${2:?a folder for the server}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$bin" ] || bin=$(dirname "$(command -v pg_ctl || echo /nonexistent/pg_ctl)")
if [ ! -x "$bin/pg_ctl" ]; then
  echo "PostgreSQL's server programs are not installed; install them with: apt-get install postgresql" >&2
  exit 1
fi
as_owner=()
if [ "$(id -u)" = 0 ]; then as_owner=(runuser -u postgres --); fi

# The server runs as another user, who may not enter the caller's folder.
cd /
case "$command" in
  start)
    mkdir -p "$folder"
    [ "$(id -u)" = 0 ] && chown postgres "$folder"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "${as_owner[@]}" "$bin/initdb" -D "$folder/data" -U agenda --auth=trust -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
      || { cat "$folder/initdb.log" >&2; exit 1; }
    "${as_owner[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=on" start >/dev/null \
      || { cat "$folder/server.log" >&2; exit 1; }
    "${as_owner[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U agenda agenda
    echo "postgresql://agenda@127.0.0.1:$port/agenda?sslmode=disable"
    ;;
  stop)
    if [ -d "$folder/data" ]; then
      "${as_owner[@]}" "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$folder"
    ;;
  *)
    echo "usage: $0 start|stop FOLDER" >&2
    exit 2
    ;;
esac
