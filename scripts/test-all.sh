#!/usr/bin/env bash
# `npm test`: every unit and end-to-end test on SQLite, then again on PostgreSQL when it is installed (a throwaway
# cluster, scripts/throwaway-postgres.sh), then one total per engine and for the whole run (scripts/test-summary.mjs).
# `npm test -- sqlite` or `npm test -- postgres` runs one engine.
set -uo pipefail
cd "$(dirname "$0")/.."
engines=${1:-all}
status=0
rm -rf reports

run_suite() {
  REPORTS_DIR="reports/$1" npx vitest run || status=1
  REPORTS_DIR="reports/$1" npx playwright test || status=1
}

if [ "$engines" != postgres ]; then
  echo "── SQLite ──"
  run_suite sqlite
fi

if [ "$engines" != sqlite ]; then
  if ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
    echo "── PostgreSQL ──"
    eval "$(scripts/throwaway-postgres.sh start)" || exit 1
    trap 'scripts/throwaway-postgres.sh stop "$PARTNER_CONSOLE_PG_DIR"' EXIT
    E2E_DATABASE_URL="${DATABASE_URL%/*}/e2e_partner_console" run_suite postgres
  elif [ "$engines" = postgres ]; then
    echo "PostgreSQL is not installed (Debian: apt-get install postgresql)." && exit 1
  else
    echo "PostgreSQL is not installed: its run is left out (Debian: apt-get install postgresql)."
  fi
fi

node scripts/test-summary.mjs "$engines" || status=1
exit $status
