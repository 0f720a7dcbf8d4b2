#!/usr/bin/env bash
# Seedbed's one test command (README, .ci/run). On a fresh Debian machine it installs what the tests need
# (PostgreSQL, Chromium, CJK fonts), starts a throwaway PostgreSQL server for this run only, builds the
# solution and runs every test project. Ends with the runner's summaries and one line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DEBIAN_FRONTEND=noninteractive
t0=$SECONDS

# 1. System packages, installed only when missing.
missing=()
compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
fonts="$(fc-list 2>/dev/null || true)"   # captured first: `fc-list | grep -q` fails under pipefail (SIGPIPE)
grep -q "Noto Sans CJK" <<<"$fonts" || missing+=(fonts-noto-cjk)
grep -qi "WenQuanYi Zen Hei" <<<"$fonts" || missing+=(fonts-wqy-zenhei)
if [ ${#missing[@]} -gt 0 ]; then
  echo "[test] installing: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q >/dev/null
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2. A throwaway PostgreSQL server on a free loopback port, removed at exit.
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
pgdir="$(mktemp -d /tmp/seedbed-pg.XXXXXX)"
port=$(( 20000 + RANDOM % 20000 ))
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$pgdir"
cleanup() { as_pg "$PGBIN/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
trap cleanup EXIT
as_pg "$PGBIN/initdb" -D "$pgdir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w \
  -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
export SEEDBED_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
echo "[test] PostgreSQL $(basename "$(dirname "$PGBIN")") on port $port after $((SECONDS - t0)) s"

# 3. Build once, then run every test project.
dotnet build Seedbed.slnx -c Release -v q -nologo -clp:ErrorsOnly
echo "[test] build done after $((SECONDS - t0)) s"
log="$(mktemp)"
set +e
dotnet test Seedbed.slnx -c Release --no-build -v q -nologo --logger "console;verbosity=minimal" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e

# 4. One closing line summed over all test projects.
sum() { grep -E '^(Passed|Failed)!  - ' "$log" | grep -oE "$1: +[0-9]+" | awk '{s+=$2} END {print s+0}'; }
passed=$(sum Passed); failed=$(sum Failed); skipped=$(sum Skipped)
rm -f "$log"
echo "[test] total $((SECONDS - t0)) s"
if [ "$rc" -eq 0 ] && [ "$passed" -eq 0 ]; then echo "no tests ran"; rc=1; fi
if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
exit "$rc"
