#!/usr/bin/env bash
# The test command: starts a throwaway PostgreSQL server on loopback (for the store tests that
# run on PostgreSQL as on SQLite), runs `swift test` with any arguments given, and stops the
# server again, whatever the tests did.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${AGENDA_TEST_POSTGRES:-}" ]; then
  server=$(mktemp -d -t agenda-postgres.XXXXXX)
  trap 'Scripts/postgres-server.sh stop "$server"' EXIT
  AGENDA_TEST_POSTGRES=$(Scripts/postgres-server.sh start "$server")
  export AGENDA_TEST_POSTGRES
  echo "PostgreSQL for the tests: $AGENDA_TEST_POSTGRES"
fi
swift test "$@"
