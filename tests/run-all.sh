#!/usr/bin/env bash
# The one test command: types, unit + integration (vitest), then the built app in a browser (Playwright).
# Ends with "N passed, N failed" and exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p tests/.tmp
rm -f tests/.tmp/durability.json tests/.tmp/vitest.json tests/.tmp/vitest-pg.json tests/.tmp/playwright.json
status=0

CHROMIUM_PATH="$(bash tests/find-browser.sh)" || { echo "0 passed, 1 failed"; exit 1; }
export CHROMIUM_PATH
NGINX_PATH="$(bash tests/find-nginx.sh)"
export NGINX_PATH
# The PostgreSQL tests start their own throwaway server from these binaries (installed if missing).
POSTGRES_BIN="$(bash tests/find-postgres.sh)" || echo "No PostgreSQL server: the PostgreSQL tests will fail" >&2
export POSTGRES_BIN

echo "== svelte-check"
npx svelte-kit sync && npx svelte-check --tsconfig ./tsconfig.json --threshold error --output machine > tests/.tmp/check.txt 2>&1
check_rc=$?
tail -n 3 tests/.tmp/check.txt
[ $check_rc -eq 0 ] || { grep -E 'ERROR' tests/.tmp/check.txt | head -40; status=1; }

echo "== vitest"
npx vitest run --reporter=default --reporter=json --outputFile.json=tests/.tmp/vitest.json || status=1

echo "== vitest: the integration suite again, on PostgreSQL (a throwaway server, a schema per database)"
TEST_BACKEND=postgres npx vitest run tests/integration --reporter=dot --reporter=json --outputFile.json=tests/.tmp/vitest-pg.json || status=1

echo "== build"
npx vite build > tests/.tmp/build.log 2>&1 || { tail -40 tests/.tmp/build.log; status=1; }

echo "== kill -9 durability"
npx tsx tests/durability/kill9.ts --cycles "${DURABILITY_CYCLES:-5}" || status=1

echo "== playwright"
npx playwright test -c tests/playwright.config.ts || status=1

node tests/summarise.mjs $check_rc
summary_rc=$?
[ $summary_rc -eq 0 ] || status=1
exit $status
