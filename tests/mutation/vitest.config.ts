import { defineConfig } from 'vitest/config';

/**
 * The killing tests StrykerJS runs for `pnpm mutation`: the conformance suite (one test per cell), the client
 * contract suite, and the unit tests of core and the emulator that exercise the mutated files
 * (not fieldsFromTable.test.ts: it reads the source text, which Stryker rewrites). Paths are
 * relative to the repository root, where Stryker runs.
 */
const sourceCondition = {
  resolve: { conditions: ['@profilekit/source'] },
  ssr: { resolve: { conditions: ['@profilekit/source'] } },
};

export default defineConfig({
  test: {
    passWithNoTests: true,
    projects: [
      {
        ...sourceCondition,
        test: {
          name: 'conformance',
          root: 'tests/mutation',
          environment: 'node',
          include: ['src/conformance.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...sourceCondition,
        test: {
          name: 'clients',
          root: 'tests/clients',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...sourceCondition,
        test: {
          name: 'core',
          root: 'packages/core',
          environment: 'node',
          include: [
            'src/__tests__/{schemas,payload.property,payload.edges,policy,wireUser}.test.ts',
            'src/__tests__/clients/{wireProtocol,sdkParity}.test.ts',
          ],
          // The property tests' 2,000 runs through instrumented code take longer than vitest's default 5 s.
          testTimeout: 60_000,
        },
      },
      {
        ...sourceCondition,
        test: {
          name: 'emulator',
          root: 'packages/emulator',
          environment: 'node',
          include: ['test/{users,errors,http,client,store,storeParity}.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // @private metadata hidden from other logged-in users: the presenter's rule, asserted over HTTP.
        ...sourceCondition,
        test: {
          name: 'reliability',
          root: 'tests/reliability',
          environment: 'node',
          include: ['src/security/privateMetadata.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
