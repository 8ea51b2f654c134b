import { defineConfig } from 'vitest/config';

const sourceCondition = {
  resolve: { conditions: ['@userkit/source'] },
  ssr: { resolve: { conditions: ['@userkit/source'] } },
};

export default defineConfig({
  test: {
    passWithNoTests: true,
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
          name: 'react',
          root: 'packages/react',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          typecheck: { enabled: true, include: ['src/**/*.test-d.{ts,tsx}'], tsconfig: 'tsconfig.json' },
        },
      },
    ],
  },
});
