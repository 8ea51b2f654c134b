import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { type BrowserConfig, browserConfigFromEnv } from './server/env.ts';

const backend = process.env.DEMO_BACKEND_URL ?? 'http://127.0.0.1:3940';
const proxy = { '/api': { target: backend, changeOrigin: true } };

/**
 * What the browser is told. The Auth Key is an opt-in development switch: only `vite` (dev server) with
 * `PROFILEKIT_DEMO_AUTH_KEY=1` puts it in, for the "log in as any uid" panel; `vite build` never does.
 */
function browserConfig(command: 'serve' | 'build'): BrowserConfig | null {
  if (!process.env.PROFILEKIT_EMULATOR_URL && !process.env.COMETCHAT_APP_ID) return null;
  const config = browserConfigFromEnv(process.env);
  const withAuthKey = command === 'serve' && process.env.PROFILEKIT_DEMO_AUTH_KEY === '1';
  return { ...config, authKey: withAuthKey ? config.authKey : null } as BrowserConfig;
}

// Only the values browserConfig picks reach the bundle (through `define`); envPrefix keeps every
// other variable out, COMETCHAT_REST_API_KEY included.
export default defineConfig(({ command }) => ({
  plugins: [react()],
  envPrefix: 'VITE_PROFILEKIT_DEMO_',
  define: { __PROFILEKIT_DEMO__: JSON.stringify(browserConfig(command)) },
  resolve: { conditions: ['@profilekit/source', ...defaultClientConditions] },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, proxy },
  build: { sourcemap: true },
}));
