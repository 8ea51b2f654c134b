#!/usr/bin/env bash
# The node-side suites on a maintained Node LTS line (22 or 24), where the main suite runs on the machine's Node:
# the vitest projects core, emulator, server, clients and reliability (node), then `pnpm conformance` against
# the emulator. The emulator's SQLite store and the demo backend's accounts run on the built-in node:sqlite there;
# nothing loads better-sqlite3 (compiled for the machine's Node, whose ABI these lines do not share). The browser
# projects are left to the main run: they do not depend on Node's version.
# Node comes from the npm registry (`npm install node@<line>`: 22.23.3 and 24.21.0 in December 2026, ~190 MB, ~10 s)
# into the git-ignored .cache/node-<line>, once; a second run starts at once. Each leg takes ~3-5 min on 2 shared cores.
# Usage: bash scripts/test-node-lts.sh 22|24 [vitest args…]
set -euo pipefail
cd "$(dirname "$0")/.."

line="${1:-}"
case "$line" in
  22 | 24) shift ;;
  *)
    echo "usage: bash scripts/test-node-lts.sh 22|24 [vitest args…]" >&2
    exit 2
    ;;
esac

node_dir="${PROFILEKIT_NODE_CACHE:-$(pwd)/.cache}/node-$line"
if ! "$node_dir/node_modules/.bin/node" --version >/dev/null 2>&1; then
  echo "== installing Node $line into $node_dir (npm install node@$line)"
  rm -rf "$node_dir"
  mkdir -p "$node_dir"
  # Its own package.json, so npm installs here and not into the workspace above.
  echo '{ "private": true }' >"$node_dir/package.json"
  (cd "$node_dir" && npm install --no-save --no-package-lock --no-audit --no-fund --loglevel=error "node@$line" >/dev/null)
fi
export PATH="$node_dir/node_modules/.bin:$PATH"
# node:sqlite prints an ExperimentalWarning on these lines; the tests' own child processes inherit the flag.
export NODE_OPTIONS="${NODE_OPTIONS:+$NODE_OPTIONS }--disable-warning=ExperimentalWarning"

# Its reports go to artifacts/node-<line>/, beside (not over) the main run's.
out="artifacts/node-$line"
mkdir -p "$out"
status=0
echo "== Node $(node --version): core, emulator (node:sqlite), server, clients, reliability"
node node_modules/vitest/vitest.mjs run --project core --project emulator --project server --project clients \
  --project reliability --reporter=default --reporter=json --outputFile.json="$out/vitest.json" "$@" || status=1
echo "== Node $(node --version): conformance against the emulator"
CONFORMANCE_REPORT="$(pwd)/$out/conformance-emulator.json" pnpm conformance || status=1
exit "$status"
