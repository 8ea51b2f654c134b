import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type ProxyOptions } from 'vite';
import { contentSecurityPolicyPlugin } from './server/contentSecurityPolicy.ts';
import { browserConfigFromEnv } from './server/env.ts';

// `pnpm dev:cluster` gives several backends (DEMO_BACKEND_URLS, comma-separated): each request goes to the next.
const backends = (process.env.DEMO_BACKEND_URLS ?? process.env.DEMO_BACKEND_URL ?? 'http://127.0.0.1:3940').split(',');
const backend = backends[0];
let turn = 0;
// `configure` receives the options object the proxy reads at each request (`bypass` only a copy of it), and
// `bypass` runs just before each request is proxied: together they hand each request to the next backend.
const roundRobin = (): Pick<ProxyOptions, 'configure' | 'bypass'> => {
  if (backends.length < 2) return {};
  let live: ProxyOptions | undefined;
  return {
    configure: (_proxy, options) => {
      live = options;
    },
    bypass: () => {
      if (live) live.target = backends[turn++ % backends.length];
    },
  };
};
// Avatars keep the page's Host, so the URLs the backend gives them are on the page's origin (CSP img-src 'self').
const proxy = {
  '/api/avatars': { target: backend, changeOrigin: false, ...roundRobin() },
  '/api': { target: backend, changeOrigin: true, ...roundRobin() },
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
