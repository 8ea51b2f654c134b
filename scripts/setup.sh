#!/usr/bin/env bash
# Sets up a machine with Node and npm for profilekit (Node 22 or 24; CI's fresh machine has 20): pnpm, then the
# workspace's dependencies. better-sqlite3 is compiled from source against Node's own headers (its prebuilt download
# is unreachable here); only Node 20 loads it: from 22.13 on, the emulator and the demo use the built-in node:sqlite.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.21.0
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm -v 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "profilekit setup: installing pnpm $PNPM_VERSION"
  npm install -g "pnpm@$PNPM_VERSION" --loglevel=error
fi

export npm_config_nodedir="${npm_config_nodedir:-/usr}"
log=$(mktemp)
if ! pnpm install --frozen-lockfile --reporter=append-only >"$log" 2>&1; then
  cat "$log" >&2
  echo "profilekit setup: pnpm install failed" >&2
  exit 1
fi
grep -v -e 'Unsupported engine' -e 'better-sqlite3 install: ' "$log" | tail -n 15
rm -f "$log"
