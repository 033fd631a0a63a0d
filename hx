#!/usr/bin/env bash
# hx — HealthExchange's entry script. Installs what is missing (Debian packages, NuGet restore), builds,
# keeps a private PostgreSQL cluster under .hx/, and runs the `hx` CLI. `./hx demo` and `./hx test` are
# all a fresh Debian 12 machine with the .NET 10 SDK needs.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STATE="${HX_STATE:-$ROOT/.hx}"
PG_PORT="${HX_PG_PORT:-55432}"
PG_HOME="${HX_PG_HOME:-$STATE/pg}"
CONFIG="${HX_CONFIGURATION:-Release}"
HOST_DLL="$ROOT/src/Host/bin/$CONFIG/net10.0/hx.dll"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '\033[2mhx:\033[0m %s\n' "$*" >&2; }
die() { printf 'hx: %s\n' "$*" >&2; exit 3; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_packages() {
  local missing=()
  # The Kafka client's native librdkafka comes from NuGet (librdkafka.redist), not from Debian.
  for pkg in postgresql "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing ${missing[*]} (apt)"
  as_root apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >&2
  # Debian's package starts a system cluster on 5432; ours is private, so that one is not needed.
}

ensure_dotnet() { command -v dotnet >/dev/null || die "the .NET 10 SDK is required (dotnet not on PATH)"; }

# The build is skipped when no source, project or schema file is newer than the stamp the last good build left: a
# warm command then starts in well under a second instead of paying msbuild's ≈ 8–20 s no-op build each time.
STAMP="$STATE/build-$CONFIG.stamp"

# Prints the first input newer than the stamp (or why there is no usable build); prints nothing when up to date.
stale_input() {
  [ -f "$STAMP" ] || { echo "no earlier build"; return; }
  [ -f "$HOST_DLL" ] || { echo "no $HOST_DLL"; return; }
  find "$ROOT/src" "$ROOT/tests" "$ROOT/schemas" "$ROOT/HealthExchange.sln" "$ROOT"/Directory.*.props \
    \( -name bin -o -name obj -o -name node_modules -o -name TestResults \) -prune -o \
    -type f -newer "$STAMP" -print -quit 2>/dev/null | sed "s|^$ROOT/||"
}

build() {
  local reason="${1:-}"
  [ -n "$reason" ] || reason="$(stale_input)"
  [ -n "$reason" ] || return 0
  ensure_dotnet
  say "building ($CONFIG): $reason"
  mkdir -p "$STATE"
  # Stamped with the time the build started, so a file edited during the build still counts as changed next time.
  local started="$STAMP.new"; touch "$started"
  dotnet build "$ROOT/HealthExchange.sln" -c "$CONFIG" -nologo -v quiet -clp:ErrorsOnly >&2 || { rm -f "$started"; die "build failed"; }
  mv -f "$started" "$STAMP"
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# Runs a PostgreSQL tool as the cluster's owner: PostgreSQL refuses to run as root.
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# PostgreSQL runs as the `postgres` user when we are root; a checkout inside a private (0700) folder is out of its
# reach, so the cluster then lives in a folder of its own under /var/tmp, named after the checkout. That folder is made
# with mkdir (which never follows a symlink someone planted there) and used only if it is a real directory owned by
# `postgres`.
pg_paths() {
  mkdir -p "$PG_HOME"
  if [ "$(id -u)" -eq 0 ]; then
    chown -h postgres:postgres "$PG_HOME"
    if ! runuser -u postgres -- test -w "$PG_HOME"; then
      PG_HOME="/var/tmp/hx-pg-$(printf '%s' "$ROOT" | md5sum | cut -c1-12)"
      mkdir -m 0700 "$PG_HOME" 2>/dev/null && chown -h postgres:postgres "$PG_HOME"
      if [ -L "$PG_HOME" ] || [ ! -d "$PG_HOME" ] || [ "$(stat -c %U "$PG_HOME")" != postgres ]; then
        die "refusing $PG_HOME: it is a symlink or not a directory owned by postgres (remove it and run again)"
      fi
    fi
  fi
  PG_DATA="$PG_HOME/data"; PG_SOCKET="$PG_HOME/socket"; PG_LOG="$PG_HOME/postgres.log"
}

# The private cluster is not open to every local user: TCP needs a password (scram-sha-256), generated once and kept
# in the state folder with mode 0600; the socket admits only the cluster's own OS user (peer).
pg_password() {
  local file="$STATE/pg-password"
  if [ ! -s "$file" ]; then
    mkdir -p "$STATE"
    (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$file")
  fi
  chmod 0600 "$file"
  cat "$file"
}

pg_secure_hba() {
  cat > "$PG_DATA/pg_hba.conf.hx" <<HBA
# Written by ./hx: the socket for the cluster's OS user only, TCP with the generated password.
local all postgres peer
host  all all 127.0.0.1/32 scram-sha-256
host  all all ::1/128 scram-sha-256
HBA
  chown postgres:postgres "$PG_DATA/pg_hba.conf.hx" 2>/dev/null || true
  mv "$PG_DATA/pg_hba.conf.hx" "$PG_DATA/pg_hba.conf"
}

start_postgres() {
  local bin; bin="$(pg_bin)"; [ -n "$bin" ] || die "PostgreSQL binaries not found"
  pg_paths
  local password; password="$(pg_password)"
  if [ ! -s "$PG_DATA/PG_VERSION" ]; then
    say "creating a private PostgreSQL cluster in $PG_DATA"
    local pwfile; pwfile="$(mktemp)"; printf '%s\n' "$password" > "$pwfile"; chmod 0644 "$pwfile"
    pg_as_owner "$bin/initdb" -D "$PG_DATA" -U postgres --auth-local=peer --auth-host=scram-sha-256 --pwfile="$pwfile" \
      -E UTF8 --locale=C.UTF-8 >/dev/null || { rm -f "$pwfile"; die "initdb failed"; }
    rm -f "$pwfile"
  fi
  pg_as_owner mkdir -p "$PG_SOCKET"
  [ -f "$PG_LOG" ] || { pg_as_owner touch "$PG_LOG" 2>/dev/null || true; }
  if ! pg_as_owner "$bin/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    say "starting PostgreSQL on 127.0.0.1:$PG_PORT"
    pg_as_owner "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 \
      -o "-p $PG_PORT -k $PG_SOCKET -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null \
      || { tail -n 20 "$PG_LOG" >&2; die "PostgreSQL did not start"; }
  fi
  # A cluster an older hx created with trust authentication gets the password and the strict rules once.
  if grep -qE '^[^#]*[[:space:]]trust[[:space:]]*$' "$PG_DATA/pg_hba.conf" 2>/dev/null; then
    say "securing the private cluster: password authentication for TCP, peer for the socket"
    "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qtAc "ALTER ROLE postgres PASSWORD '$password'" >/dev/null
    pg_secure_hba
    pg_as_owner "$bin/pg_ctl" -D "$PG_DATA" reload >/dev/null
  fi
  export PGPASSWORD="$password"
  "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='hx'" | grep -q 1 \
    || "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres hx
  export HX_Database__ConnectionString="${HX_Database__ConnectionString:-Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=$password;Database=hx}"
}

stop_postgres() {
  local bin; bin="$(pg_bin)"
  pg_paths
  [ -s "$PG_DATA/PG_VERSION" ] && pg_as_owner "$bin/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1 || true
  say "PostgreSQL stopped"
}

run_cli() { exec dotnet "$HOST_DLL" "$@"; }

cmd="${1:-help}"
case "$cmd" in
  test)
    shift
    # Tests always build (msbuild decides what is stale), so CI and a clean clone never run on an old build.
    # The dashboard's browser test drives Debian's chromium (no browser download); CJK fonts so Chinese renders.
    ensure_packages chromium fonts-noto-cjk; build "tests build every time"; start_postgres
    say "running tests"
    log="$(mktemp)"
    set +e
    dotnet test "$ROOT/HealthExchange.sln" -c "$CONFIG" --no-build -nologo "$@" 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    set -e
    # One plain closing line for CI and people: the totals over every test project.
    awk '/(Passed|Failed)!  - /{ for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
         END { printf "tests: %d passed, %d failed\n", p, f }' FS='[ ,]+' "$log"
    rm -f "$log"
    exit "$status"
    ;;
  bench)
    shift
    ensure_packages; build; start_postgres
    exec dotnet "$ROOT/tests/Benchmarks/bin/$CONFIG/net10.0/HealthExchange.Benchmarks.dll" "$@"
    ;;
  build)
    # `./hx build` rebuilds unconditionally; `./hx build --check` only says whether a command would rebuild, and why.
    if [ "${2:-}" = --check ]; then reason="$(stale_input)"; echo "${reason:-up to date}"; [ -z "$reason" ]; exit; fi
    ensure_packages; build "asked for"
    ;;
  db)
    case "${2:-}" in
      start) ensure_packages; start_postgres; echo "$HX_Database__ConnectionString" ;;
      stop) stop_postgres ;;
      *) echo "usage: ./hx db start|stop" >&2; exit 2 ;;
    esac
    ;;
  cda)
    # `hx cda validate` is offline; `hx cda get` reads the database.
    ensure_packages; build
    [ "${2:-}" = validate ] || start_postgres
    run_cli "$@"
    ;;
  broker|validate|catalogue|help|--help|-h)
    ensure_packages; build; run_cli "$@"
    ;;
  *)
    ensure_packages; build; start_postgres; run_cli "$@"
    ;;
esac
