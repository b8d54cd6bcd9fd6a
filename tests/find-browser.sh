#!/usr/bin/env bash
# Prints the path of a Chromium for Playwright, installing one if needed:
# Debian's package where apt works (no downloads from elsewhere here), Playwright's own otherwise.
set -euo pipefail
for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
	if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
	{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >&2 || true
	if [ -x /usr/bin/chromium ]; then echo /usr/bin/chromium; exit 0; fi
fi
npx playwright install chromium >&2 && echo "" && exit 0
echo "No browser found and none could be installed" >&2
exit 1
