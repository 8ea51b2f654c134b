#!/usr/bin/env bash
# The React package's tests (React Testing Library, server rendering and type tests) on React 18 and the oldest
# TanStack Query and react-hook-form the peer ranges admit. The workspace runs the newest; this copies the root
# config and packages/ into a scratch folder, pins react, react-dom and their types to 18, @tanstack/react-query
# to 5.90.1 and react-hook-form to 7.60.0 with pnpm overrides there, installs (hard links from pnpm's
# store: seconds once warm), runs `tsc` and the vitest `react` and `react-tests` projects, and removes the copy.
# Usage: bash scripts/test-react18.sh [vitest args…]   (PROFILEKIT_REACT18_KEEP=1 keeps the copy)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/profilekit-react18-XXXXXX")
if [ -z "${PROFILEKIT_REACT18_KEEP:-}" ]; then trap 'rm -rf "$scratch"' EXIT; else echo "react18: keeping $scratch"; fi

# Tracked and new (not ignored) files of the root, packages/ and tests/react: what the react projects need.
git ls-files -z --cached --others --exclude-standard -- ':(top,glob)*' ':(top)packages' ':(top)tests/react' ':(top).storybook' ':(top)docs/examples' \
  ':(top)tests/reliability/src/summary' ':(top)tests/reliability/src/support/domSetup.ts' | tar -C "$repo" --null -T - -cf - | tar -C "$scratch" -xf -
# Keep the copy's dependency on the workspace's versions of everything but React.
cat >"$scratch/pnpm-workspace.yaml" <<'EOF'
packages:
  - packages/*
  - tests/react

allowBuilds:
  better-sqlite3: true
  esbuild: true

overrides:
  react: 18.3.1
  react-dom: 18.3.1
  '@types/react': ^18.3.0
  '@types/react-dom': ^18.3.0
  # The oldest of every peer range @profilekit/react admits (the workspace runs the newest).
  '@tanstack/react-query': 5.90.1  # 5.90.0 was never published
  react-hook-form: 7.60.0
EOF

cd "$scratch"
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
log=$(mktemp)
if ! pnpm install --no-frozen-lockfile --prefer-offline --reporter=append-only >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
rm -f "$log"
versions=$(cd packages/react && node -e "for (const p of ['react', 'react-dom', '@types/react', '@tanstack/react-query', 'react-hook-form']) process.stdout.write(p + '@' + require(p + '/package.json').version + ' ')")
echo "react18: ${versions}"
case "$versions" in
  react@18.*react-dom@18.*@types/react@18.*@tanstack/react-query@5.90.1*react-hook-form@7.60.0*) ;;
  *) echo "react18: the overrides did not take: $versions" >&2; exit 1 ;;
esac

echo "react18: tsc over packages/react and tests/react"
pnpm --filter @profilekit/react --filter @profilekit/react-tests run --silent typecheck
echo "react18: vitest projects react and react-tests (RTL on the emulator, server rendering, type tests)"
pnpm exec vitest run --project react --project react-tests --reporter=default "$@"
