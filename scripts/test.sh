#!/usr/bin/env bash
# The whole test suite: set-up, lint + format, typecheck, build, every vitest project, a summary line.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
mkdir -p artifacts

echo "== lint (biome: lint + format)"
pnpm run lint
echo "== typecheck"
pnpm run typecheck
echo "== public API (api-report.md per package; every type in a public signature exported)"
node scripts/api-report.mjs
echo "== docs (every TypeScript example in the Markdown compiles; the emulator README's examples run)"
pnpm --filter @profilekit/docs-check run --silent check
echo "== build, and publint on what would be published"
pnpm run build
pnpm run publint
echo "== budgets (bundle sizes; renders per keystroke)"
node scripts/bench-size.mjs
pnpm run --silent bench:renders

echo "== tests"
bash scripts/ensure-chromium.sh
status=0
pnpm exec vitest run --reporter=default --reporter=json --reporter=./tests/reliability/src/summary/reporter.ts --outputFile.json=artifacts/vitest.json || status=$?
node scripts/summary.mjs artifacts/vitest.json || status=1
exit "$status"
