#!/usr/bin/env bash
# The whole test suite, from a clean checkout: installs what is missing, then lint, format,
# typecheck, unit tests, API tests on the embedded PostgreSQL and on Debian's PostgreSQL,
# and the browser walkthroughs in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
results=$root/.tmp/test-results
rm -rf "$results" && mkdir -p "$results"

step() { printf '\n=== %s ===\n' "$*"; }

need_apt=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
fc-list 2>/dev/null | grep -qi 'noto.*cjk' || need_apt+=(fonts-noto-cjk)
# the walkthroughs read the PDFs they print as text
command -v pdftotext >/dev/null || need_apt+=(poppler-utils)
if [ ${#need_apt[@]} -gt 0 ]; then
  step "apt-get install ${need_apt[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
fi

step "npm ci"
npm ci --no-audit --no-fund

step "lint, format, typecheck"
npm run lint
npm run format:check
npm run typecheck

run_vitest() { # name, project, extra env…
  local name=$1 project=$2
  shift 2
  env "$@" npx vitest run --project "$project" --reporter=default \
    --reporter=json --outputFile.json="$results/$name.json"
}

step "unit tests"
run_vitest unit unit

step "API tests on the embedded PostgreSQL"
run_vitest api-embedded api

step "API tests on Debian's PostgreSQL"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/yibao-debian-pg.XXXXXX)
chmod 755 "$pgdir"
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$pgdir"
stop_pg() { as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
trap stop_pg EXIT
as_pg "$pgbin/initdb" -D "$pgdir/data" -U yibao --auth=trust -E UTF8 --locale=C >/dev/null
as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w \
  -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on port $port"
run_vitest api-debian api TEST_DATABASE_URL="postgres://yibao@127.0.0.1:$port/postgres"
stop_pg
trap - EXIT

step "browser walkthroughs"
npm run build
run_vitest e2e e2e

step "summary"
node scripts/summarize-results.mjs "$results"
