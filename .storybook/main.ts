import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

/** The emulator's browser-safe entry: the HTTP app over the memory store (its index also exports the SQLite store and the Node server). */
const emulatorApp = fileURLToPath(new URL('../packages/emulator/src/emulator.ts', import.meta.url));

const config: StorybookConfig = {
  stories: ['../packages/react/src/**/*.stories.tsx'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      resolve: {
        conditions: ['@userkit/source', ...defaultClientConditions],
        alias: [{ find: /^@userkit\/emulator$/, replacement: emulatorApp }],
      },
    }),
};

export default config;
