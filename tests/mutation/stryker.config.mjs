// @ts-check
import { floors, scopes } from './scopes.mjs';

/** Which of `scopes.mjs` to mutate: set by `run.mjs` (`pnpm mutation [fast|emulator|core|all]`). */
const scope = /** @type {keyof typeof scopes} */ (process.env.PROFILEKIT_MUTATION_SCOPE ?? 'all');
if (!(scope in scopes))
  throw new Error(`Unknown mutation scope "${scope}": use one of ${Object.keys(scopes).join(', ')}.`);
const out = `artifacts/mutation/${scope}`;

/**
 * StrykerJS for `pnpm mutation`, run from the repository root. In place, not in a sandbox: the workspace
 * packages reach each other through pnpm's symlinks, which in a sandbox copy would still point at the
 * unmutated originals. Stryker restores every file when it ends (a backup stays in .stryker-tmp/ until then).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'tests/mutation/vitest.config.ts', related: false },
  inPlace: true,
  coverageAnalysis: 'perTest',
  concurrency: 2,
  incremental: true,
  incrementalFile: `${out}/incremental.json`,
  timeoutMS: 20_000,
  // The initial run (every killing test once, ~640 tests) took over Stryker's default 5 min on a loaded machine.
  dryRunTimeoutMinutes: 30,
  mutate: scopes[scope],
  thresholds: { high: 95, low: floors[scope], break: floors[scope] },
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  htmlReporter: { fileName: `${out}/index.html` },
  jsonReporter: { fileName: `${out}/mutation.json` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
