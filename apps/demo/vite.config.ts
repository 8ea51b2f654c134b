import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { browserConfigFromEnv } from './server/env.ts';

const backend = process.env.DEMO_BACKEND_URL ?? 'http://127.0.0.1:3940';
const proxy = { '/api': { target: backend, changeOrigin: true } };

// Only the values browserConfigFromEnv picks reach the bundle (through `define`); envPrefix keeps every
// other variable out, COMETCHAT_REST_API_KEY included.
export default defineConfig({
  plugins: [react()],
  envPrefix: 'VITE_PROFILEKIT_DEMO_',
  define: {
    __PROFILEKIT_DEMO__: JSON.stringify(
      process.env.PROFILEKIT_EMULATOR_URL || process.env.COMETCHAT_APP_ID ? browserConfigFromEnv(process.env) : null,
    ),
  },
  resolve: { conditions: ['@profilekit/source', ...defaultClientConditions] },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, proxy },
  build: { sourcemap: true },
});
