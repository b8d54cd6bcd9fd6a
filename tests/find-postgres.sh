#!/usr/bin/env bash
# Prints the bin directory of a PostgreSQL server (initdb, pg_ctl, postgres) for the PostgreSQL
# tests, installing Debian's package if needed (as root). The tests start their own throwaway
# cluster from it on a free port and stop it afterwards; no system service is used.
set -uo pipefail
find_bin() {
	for candidate in "${POSTGRES_BIN:-}" $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
		if [ -n "$candidate" ] && [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then echo "$candidate"; return 0; fi
	done
	return 1
}
find_bin && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
	{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >&2 || true
	# The package starts a system cluster on port 5432; the tests run their own and need none.
	{ command -v service >/dev/null && service postgresql stop; } >/dev/null 2>&1 || true
	find_bin && exit 0
fi
echo "No PostgreSQL server found and none could be installed" >&2
exit 1
