#!/usr/bin/env bash
# End-to-end tests drive Debian's Chromium; test tools cannot download browsers here.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Chromium is missing: installing Debian's chromium package…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium is missing: run 'sudo apt-get update && sudo apt-get install -y chromium' (or set CHROMIUM_PATH), then run the tests again." >&2
exit 1
