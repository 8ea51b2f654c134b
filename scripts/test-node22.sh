#!/usr/bin/env bash
# The emulator on Node 22: its store, store-parity, durability (kill -9) and CLI tests on the built-in
# node:sqlite, where the main suite (Node 20) runs them on better-sqlite3. Node 22 comes from the npm
# registry (`npm install node@22`) into a cache folder, once (~185 MB, ~45 s); the tests take ~1 min.
set -euo pipefail
cd "$(dirname "$0")/.."

node22_dir="${PROFILEKIT_NODE22_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/profilekit-node22}"
if [ ! -x "$node22_dir/node_modules/.bin/node" ]; then
  echo "== installing Node 22 into $node22_dir (npm install node@22)"
  mkdir -p "$node22_dir"
  (cd "$node22_dir" && npm install --no-save --no-package-lock --no-audit --no-fund node@22 >/dev/null)
fi
export PATH="$node22_dir/node_modules/.bin:$PATH"
echo "== emulator store, parity, durability and CLI tests on Node $(node --version) (node:sqlite)"
node --disable-warning=ExperimentalWarning node_modules/vitest/vitest.mjs run --project emulator \
  test/store.test.ts test/storeParity.test.ts test/durability.test.ts test/cli.test.ts
