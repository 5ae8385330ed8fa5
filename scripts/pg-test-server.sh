#!/bin/sh
# A throwaway local PostgreSQL for tests, CI and benches.
#
#   eval "$(scripts/pg-test-server.sh [start])"  # start; exports CROSSCHECK_TEST_PG and CROSSCHECK_TEST_PG_DIR
#   scripts/pg-test-server.sh stop "$CROSSCHECK_TEST_PG_DIR"   # stop and delete it
#   scripts/pg-test-server.sh --install          # apt-get install postgresql first when missing (root only)
#
# It initdb's a cluster in a temp dir (owned by the postgres user when run as
# root: postgres refuses to run as root), starts it on a free port of
# 127.0.0.1 with durability off (tests only), creates the database
# `crosscheck` and prints shell `export` lines on stdout. Everything else goes
# to stderr. Exits 3 when no PostgreSQL binaries are installed.
set -eu

log() { echo "pg-test-server: $*" >&2; }

find_bin() {
  if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/initdb" ]; then echo "$PG_BIN"; return 0; fi
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  done
  if command -v pg_config >/dev/null 2>&1; then
    d=$(pg_config --bindir)
    if [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
  fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

# Run a command as the cluster's owner: postgres when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%s ' "$@")"; fi
  else
    "$@"
  fi
}

if [ "${1:-}" = "stop" ]; then
  dir=${2:-${CROSSCHECK_TEST_PG_DIR:-}}
  [ -n "$dir" ] && [ -d "$dir" ] || { log "no such server dir: '$dir'"; exit 1; }
  bin=$(find_bin) || { log "no PostgreSQL binaries"; exit 3; }
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  log "stopped and removed $dir"
  exit 0
fi

[ "${1:-}" = "start" ] && shift

if [ "${1:-}" = "--install" ]; then
  shift
  if ! find_bin >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      log "installing postgresql (Debian package)"
      (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql) >&2
    else
      log "PostgreSQL is not installed and cannot be installed here (needs root and apt-get)"
      exit 3
    fi
  fi
fi

bin=$(find_bin) || { log "PostgreSQL not installed (no initdb/pg_ctl under /usr/lib/postgresql/*/bin): install the Debian package postgresql"; exit 3; }

dir=$(mktemp -d "${TMPDIR:-/tmp}/crosscheck-pg.XXXXXX")
chmod 755 "$dir"
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || { log "running as root but there is no postgres user to run the server as"; rm -rf "$dir"; exit 3; }
  chown postgres "$dir"
fi

# A free port, asked of the kernel (node is always here: this is a node project).
port=${PGTEST_PORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}

as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 || {
  log "initdb failed:"; cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1
}
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 60 \
  -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=128MB" \
  start >/dev/null || {
  log "pg_ctl start failed:"; cat "$dir/data/server.log" >&2 || true; rm -rf "$dir"; exit 1
}
as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres crosscheck

url="postgres://postgres@127.0.0.1:$port/crosscheck"
log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') running at $url (data in $dir; stop with: scripts/pg-test-server.sh stop $dir)"
echo "export CROSSCHECK_TEST_PG='$url'"
echo "export CROSSCHECK_TEST_PG_DIR='$dir'"
