#!/usr/bin/env node
// `pnpm mutation [fast|emulator|core|all]` (default all): StrykerJS from the repository root over scopes.mjs,
// failing below the scope's floor. The HTML report goes to artifacts/mutation/<scope>/index.html (git-ignored).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { scopes } from './scopes.mjs';

const scope = process.argv[2] ?? 'all';
if (!(scope in scopes)) {
  console.error(`usage: pnpm mutation [${Object.keys(scopes).join('|')}]`);
  process.exit(2);
}
const root = fileURLToPath(new URL('../../', import.meta.url));
const stryker = fileURLToPath(new URL('node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url));
const started = performance.now();
const { status } = spawnSync(process.execPath, [stryker, 'run', 'tests/mutation/stryker.config.mjs'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PROFILEKIT_MUTATION_SCOPE: scope },
});
const minutes = ((performance.now() - started) / 60_000).toFixed(1);
console.log(`mutation (${scope}): ${status === 0 ? 'floor held' : 'FAILED'} in ${minutes} min`);
process.exit(status ?? 1);
