#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks: data in a new temp folder, on a free port, run as the
# `postgres` user when we are root (PostgreSQL refuses to run as root). Durability is off: nothing here outlives the run.
#   eval "$(scripts/throwaway-postgres.sh start)"   # exports DATABASE_URL and PARTNER_CONSOLE_PG_DIR
#   scripts/throwaway-postgres.sh stop "$PARTNER_CONSOLE_PG_DIR"
#   scripts/throwaway-postgres.sh down|up "$PARTNER_CONSOLE_PG_DIR"   # stops it as an outage would, starts it again
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (Debian: apt-get install postgresql)." >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

case "${1:-}" in
  start)
    dir=$(mktemp -d /tmp/partner-console-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    # Not console.log: it colours numbers when FORCE_COLOR is set (Playwright sets it).
    port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{process.stdout.write(s.address().port + "\n");s.close()})')
    as_owner "$bin/initdb -D $dir/data -A trust -U postgres -E UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    echo "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off \
      -c synchronous_commit=off -c full_page_writes=off" >"$dir/options"
    "$0" up "$dir"
    echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres PARTNER_CONSOLE_PG_DIR=$dir PARTNER_CONSOLE_PG_BIN=$bin"
    ;;
  up)
    dir=${2:?the folder start printed}
    as_owner "$bin/pg_ctl -D $dir/data -l $dir/server.log -w -o \"$(cat "$dir/options")\" start" >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    ;;
  down)
    dir=${2:?the folder start printed}
    as_owner "$bin/pg_ctl -D $dir/data -m fast -w stop" >/dev/null
    ;;
  stop)
    dir=${2:?the folder start printed}
    as_owner "$bin/pg_ctl -D $dir/data -m immediate stop" >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start | stop DIR | down DIR | up DIR" >&2
    exit 2
    ;;
esac
