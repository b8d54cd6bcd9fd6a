#!/usr/bin/env bash
# Prints the path of nginx for the reverse-proxy test, installing Debian's package if needed (as root).
# Prints nothing when none can be had: the test then puts node's own small proxy in front instead.
set -uo pipefail
for candidate in "${NGINX_PATH:-}" /usr/sbin/nginx /usr/bin/nginx; do
	if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
	{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light; } >&2 || true
	# The package may start a system nginx on port 80; the test runs its own and needs none.
	{ command -v service >/dev/null && service nginx stop; } >/dev/null 2>&1 || true
	if [ -x /usr/sbin/nginx ]; then echo /usr/sbin/nginx; exit 0; fi
fi
exit 0
