import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './chromium.config';

const sourceCondition = {
  resolve: { conditions: ['@profilekit/source'] },
  ssr: { resolve: { conditions: ['@profilekit/source'] } },
};

export default defineConfig({
  test: {
    passWithNoTests: true,
    reporters: ['default', './tests/reliability/src/summary/reporter.ts'],
    projects: [
      {
        ...sourceCondition,
        test: {
          name: 'core',
          root: 'packages/core',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: 'tsconfig.json' },
        },
      },
      {
        ...sourceCondition,
        test: {
          name: 'emulator',
          root: 'packages/emulator',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...sourceCondition,
        test: {
          name: 'server',
          root: 'packages/server',
          environment: 'node',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        ...sourceCondition,
        test: {
          name: 'react',
          root: 'packages/react',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          // The first test of a file also pays for its imports: 5 s is too little on a busy 2-core machine.
          testTimeout: 20_000,
          typecheck: { enabled: true, include: ['src/**/*.test-d.{ts,tsx}'], tsconfig: 'tsconfig.json' },
        },
      },
      {
        // @profilekit/react's hooks and forms against the emulator (the package itself does not depend on it).
        ...sourceCondition,
        test: {
          name: 'react-tests',
          root: 'tests/react',
          environment: 'jsdom',
          setupFiles: ['src/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}'],
          // The first test of a file also pays for its imports: 5 s is too little on a busy 2-core machine.
          testTimeout: 20_000,
        },
      },
      {
        // The client contract suite: HTTP client, REST admin client and SDK adapter over the emulator.
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
          name: 'reliability',
          root: 'tests/reliability',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          // The memory checks call gc() before they read the heap, so garbage is not counted as growth.
          execArgv: ['--expose-gc'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...sourceCondition,
        test: {
          name: 'reliability-dom',
          root: 'tests/reliability',
          environment: 'jsdom',
          setupFiles: ['src/support/domSetup.ts'],
          include: ['src/**/*.test.tsx'],
          testTimeout: 30_000,
        },
      },
      {
        // The built demo, its backend and the emulator in Debian's Chromium (apps/demo/e2e).
        ...sourceCondition,
        test: {
          name: 'e2e',
          root: 'apps/demo',
          environment: 'node',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/globalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // One emulator and backend for every file: files one after another, so counts stay exact.
          fileParallelism: false,
        },
      },
      {
        // apps/next-example built with `next build` (the packages' dist, as an app installs them), in Chromium.
        ...sourceCondition,
        test: {
          name: 'next-e2e',
          root: 'apps/next-example',
          environment: 'node',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/globalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 300_000,
        },
      },
      {
        // Every story's play function and axe checks, in Debian's Chromium (TOOLCHAIN.md).
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: chromiumLaunchOptions,
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
