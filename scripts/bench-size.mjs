#!/usr/bin/env node
// Bundle size of profilekit's browser entry against the official CometChat SDK, measured the same way:
// esbuild --bundle --minify, platform browser, NODE_ENV=production; bytes minified and gzip -9.
// `@profilekit/core` is bundled from source (the `@profilekit/source` condition), zod external.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const core = join(root, 'packages/core');
const require = createRequire(join(core, 'package.json'));

/** What an app's profile page is: the provider, the drop-in form and the HTTP client, rendered with React. */
const PROFILE_PAGE = `
import { createRoot } from 'react-dom/client';
import { createHttpClient, localStorageTokenStore } from '@profilekit/core';
import { ProfileEditForm, ProfileKitProvider } from '@profilekit/react';
const client = createHttpClient({ appId: 'APP_ID', region: 'us' }, { tokenStore: localStorageTokenStore() });
createRoot(document.getElementById('root')).render(
  <ProfileKitProvider client={client}><ProfileEditForm /></ProfileKitProvider>,
);`;

const cases = [
  {
    name: '@profilekit/core HTTP client: createHttpClient + token stores (zod external)',
    contents: "export { createHttpClient, localStorageTokenStore, memoryTokenStore } from '@profilekit/core';",
    external: ['zod'],
    // 6 KiB before the SDK-like login (body, device id, resource/sdk headers, settings hosts: ~0.5 KiB);
    // 6.75 KiB since devAuthKey (one warning, refused in production) and linear-time redaction joined it.
    budget: 6.75 * 1024,
  },
  {
    name: '@profilekit/core every export (model + HTTP client, zod external)',
    contents: "export * from '@profilekit/core';",
    external: ['zod'],
    // Reported against the same budget, not enforced: no app imports every export (sideEffects: false).
    watch: 6.75 * 1024,
  },
  {
    name: '@profilekit/core/rest (server, zod external)',
    contents: "export * from '@profilekit/core/rest';",
    external: ['zod'],
  },
  {
    name: '@profilekit/core/sdk adapter (SDK not bundled, zod external)',
    contents: "export * from '@profilekit/core/sdk';",
    external: ['zod', '@cometchat/chat-sdk-javascript'],
  },
  {
    name: '@profilekit/react every export (peers and @profilekit/core external)',
    contents: "export * from '@profilekit/react';",
    external: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      '@tanstack/react-query',
      'react-hook-form',
      '@profilekit/core',
      'zod',
    ],
    // 12 KiB before the admin hooks (delete, deactivate, reactivate, sign-up) and the danger zone; none of
    // them reaches the profile page (the danger zone is a slot), whose budget below is unchanged.
    // 15 KiB before avatar uploads (#16): the file input and drop zone, five strings and the dialog frame the
    // crop dialog shares with the delete dialog; the editor itself is a lazy chunk, measured in its own row.
    budget: 15.5 * 1024,
  },
  {
    name: 'Whole profile page: ProfileKitProvider + ProfileEditForm + createHttpClient, React, react-dom, TanStack Query, react-hook-form, zod included',
    contents: PROFILE_PAGE,
    loader: 'jsx',
    external: [],
    // Under the official SDK alone (117,577 B gz): the page, React included, must weigh less than the SDK.
    budget: 114.5 * 1024,
    goal: 110 * 1024,
  },
  {
    name: 'Lazy avatar editor chunk (crop dialog, checks, canvas re-encode, upload), loaded on first use; React external',
    contents: "export { default } from './src/fields/avatar/AvatarEditor';",
    loader: 'jsx',
    external: ['react', 'react-dom', 'react/jsx-runtime', 'zod'],
    // What a person's first dropped or picked image costs; it never reaches the page above.
    budget: 5 * 1024,
  },
  {
    name: '@cometchat/chat-sdk-javascript (official SDK)',
    contents: `export * from ${JSON.stringify(require.resolve('@cometchat/chat-sdk-javascript'))};`,
    external: [],
  },
];

/**
 * Lazily loaded modules (`import('./x')`, e.g. the avatar editor behind `React.lazy`) stay out of a page: the
 * browser fetches them on first use. They are left external here, as Rollup/Vite leave them in a chunk of
 * their own that imports what it shares from the page; each has a row of its own below.
 */
const lazyChunksApart = {
  name: 'lazy-chunks-apart',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

async function measure({ contents, external, loader = 'js' }) {
  const result = await build({
    plugins: [lazyChunksApart],
    stdin: { contents, resolveDir: join(root, 'packages/react'), loader },
    jsx: 'automatic',
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    conditions: ['@profilekit/source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    external,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

const rows = [];
for (const entry of cases) rows.push({ ...entry, ...(await measure(entry)) });

const sdk = rows.at(-1);
const fmt = (n) => n.toLocaleString('en-US');
const table = [['bundle', 'min (B)', 'gzip -9 (B)', 'SDK gz / this gz', 'budget']];
for (const row of rows) {
  const ratio = row === sdk ? '1' : `${(sdk.gz / row.gz).toFixed(1)}×`;
  const limit = row.budget ?? row.watch;
  const verdict = row.gz <= limit ? 'ok' : row.budget ? 'OVER' : 'over (info)';
  const goal = row.goal
    ? row.gz <= row.goal
      ? `, goal ≤ ${fmt(row.goal)} met`
      : `, goal ≤ ${fmt(row.goal)} missed`
    : '';
  const budget = limit ? `${verdict} ≤ ${fmt(limit)}${goal}` : '';
  table.push([row.name, fmt(row.min), fmt(row.gz), ratio, budget]);
}
const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
for (const [i, row] of table.entries()) {
  console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
const over = rows.filter((row) => row.budget && row.gz > row.budget);
if (over.length > 0) {
  console.error(`\nOver budget: ${over.map((row) => row.name).join(', ')}`);
  process.exitCode = 1;
}
