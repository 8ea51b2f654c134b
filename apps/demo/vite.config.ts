import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { contentSecurityPolicyPlugin } from './server/contentSecurityPolicy.ts';
import { browserConfigFromEnv } from './server/env.ts';

const backend = process.env.DEMO_BACKEND_URL ?? 'http://127.0.0.1:3940';
// Avatars keep the page's Host, so the URLs the backend gives them are on the page's origin (CSP img-src 'self').
const proxy = {
  '/api/avatars': { target: backend, changeOrigin: false },
  '/api': { target: backend, changeOrigin: true },
};

// Only the values browserConfigFromEnv picks reach the bundle (through `define`); envPrefix keeps every
// other variable out, COMETCHAT_REST_API_KEY included. A production build gets no Auth Key either.
export default defineConfig(({ command }) => {
  const production = command === 'build';
  const hasTarget = Boolean(process.env.PROFILEKIT_EMULATOR_URL || process.env.COMETCHAT_APP_ID);
  const config = hasTarget ? browserConfigFromEnv(process.env, { production }) : null;
  // The built HTML carries the policy as a <meta> tag; frame-ancestors only works as a header.
  const securityHeaders = {
    'Content-Security-Policy': "frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
  };
  return {
    plugins: [react(), contentSecurityPolicyPlugin(config)],
    envPrefix: 'VITE_PROFILEKIT_DEMO_',
    define: { __PROFILEKIT_DEMO__: JSON.stringify(config) },
    resolve: { conditions: ['@profilekit/source', ...defaultClientConditions] },
    server: { port: 5173, strictPort: true, proxy },
    preview: { port: 4173, proxy, headers: securityHeaders },
    build: { sourcemap: true },
  };
});
