#!/usr/bin/env node
// Bundle size of profilekit's browser entry against the official CometChat SDK, measured the same way:
// esbuild --bundle --minify, platform browser, NODE_ENV=production; bytes minified and gzip -9.
// `@profilekit/core` is bundled from source (the `@profilekit/source` condition), zod external.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bundle, PROFILE_PAGE, root, sizeOf } from './bench/sizeBundle.mjs';

const require = createRequire(join(root, 'packages/core/package.json'));

/** The languages shipped as entries (package.json `exports`), English included. */
const locales = Object.keys(JSON.parse(readFileSync(join(root, 'packages/react/package.json'), 'utf8')).exports)
  .filter((subpath) => subpath.startsWith('./locales/'))
  .map((subpath) => subpath.slice('./locales/'.length));

const cases = [
  {
    name: '@profilekit/core HTTP client: createHttpClient + token stores (zod external)',
    contents: "export { createHttpClient, localStorageTokenStore, memoryTokenStore } from '@profilekit/core';",
    external: ['zod'],
    // Budgets are what #28 reached + 1%; their history is in BENCHMARKS.md (section 1).
    // `node scripts/bench/size-analysis.mjs http` itemizes it.
    budget: 6480,
  },
  {
    name: '@profilekit/core every export (model + HTTP client, zod external)',
    contents: "export * from '@profilekit/core';",
    external: ['zod'],
    // #12's goal is 6 KiB (missed: BENCHMARKS.md, section 1). `node scripts/bench/size-analysis.mjs core` itemizes it.
    budget: 7160,
    goal: 6 * 1024,
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
    // Grows where library code becomes a few lines of ours (react-hook-form is external here).
    // #31 (live profiles) added applyProfileEvent, usePresence, the live StatusBadge, the lazy sync's loader and
    // forms that follow their user (+1,009 B gz); the sync itself is a chunk of its own (row below). #28's one
    // optimistic helper, messages and split fields with #31 together: 19,047 B gz, budget that + 1%.
    budget: 19240,
  },
  {
    name: '@profilekit/react/directory: UserDirectory + hooks, TanStack Table and Virtual included (peers, core external)',
    contents: "export * from '@profilekit/react/directory';",
    external: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      '@tanstack/react-query',
      'react-hook-form',
      '@profilekit/core',
      'zod',
    ],
    // Its own entry: an admin page pays for it, a profile page never does (the budget row below must not move).
    // 46,231 B gz once merged with #28's native dialogs and #31's live StatusBadge; budget that + 1%.
    budget: 46700,
  },
  {
    name: 'Whole profile page: ProfileKitProvider + ProfileEditForm + createHttpClient, React, react-dom, TanStack Query, react-hook-form, zod included',
    contents: PROFILE_PAGE,
    loader: 'jsx',
    external: [],
    // Under the official SDK alone (117,577 B gz): the page, React included, must weigh less than the SDK.
    // #12's goal (110 KiB) was reached, then #28 moved the checks onto zod's own z.object/z.array (+1.7 kB).
    // Where the bytes go, and the third-party floor: `node scripts/bench/size-analysis.mjs`.
    budget: 115050,
    goal: 110 * 1024,
  },
  {
    name: 'Lazy avatar picker chunk (file input, drop and paste zone), loaded once the provider has uploadAvatar; React external',
    contents: "export { AvatarUpload } from './src/fields/AvatarUpload';",
    loader: 'jsx',
    external: ['react', 'react-dom', 'react/jsx-runtime', 'zod'],
    // A page whose provider uploads fetches it while its profile loads; a page that does not never does.
    budget: 1060,
  },
  {
    name: 'Lazy live sync chunk (tab channel, backend stream, SDK presence, focus refetch), loaded after the provider mounts; React external',
    contents: "export { startProfileSync } from './src/sync/startProfileSync';",
    external: ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', '@profilekit/core', 'zod'],
  },
  {
    name: 'Lazy avatar editor chunk (crop dialog, checks, canvas re-encode, upload), loaded on first use; React external',
    contents: "export { default } from './src/fields/avatar/AvatarEditor';",
    loader: 'jsx',
    external: ['react', 'react-dom', 'react/jsx-runtime', 'zod'],
    // What a person's first dropped or picked image costs; it never reaches the page above.
    budget: 5200,
  },
  {
    name: '@profilekit/react/csv: CSV export and import with papaparse and 12 languages, loaded only by admin pages; React, TanStack Query, @profilekit/core external',
    contents: "export * from '@profilekit/react/csv';",
    external: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      '@tanstack/react-query',
      '@profilekit/core',
      '@profilekit/core/backend',
      'zod',
    ],
    // Its own entry (issue 32): the profile page above never loads it. 21,526 B measured: papaparse ~7 kB,
    // the 12 languages' texts ~6 kB, the rest the components and the kit's shared parts (shared in a real app).
    budget: 21_750,
  },
  {
    name: 'Whole profile page in German: the same page with locale={de} (@profilekit/react/locales/de)',
    contents: PROFILE_PAGE.replace(
      "from '@profilekit/react';",
      "from '@profilekit/react';\nimport { de } from '@profilekit/react/locales/de';",
    ).replace('<ProfileKitProvider client={client}>', '<ProfileKitProvider client={client} locale={de}>'),
    loader: 'jsx',
    external: [],
  },
  // Each language an app imports: the entry alone (@profilekit/core external: the app has it), its formatting
  // helpers included (shared with the kit's own in a real app).
  ...locales.map((tag) => ({
    name: `@profilekit/react/locales/${tag}`,
    contents: `export * from '@profilekit/react/locales/${tag}';`,
    external: ['@profilekit/core'],
  })),
  {
    name: '@cometchat/chat-sdk-javascript (official SDK)',
    contents: `export * from ${JSON.stringify(require.resolve('@cometchat/chat-sdk-javascript'))};`,
    external: [],
  },
];

async function measure(entry) {
  return sizeOf((await bundle(entry)).code);
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
