#!/usr/bin/env node
// Bundle size of userkit's browser entry against the official CometChat SDK, measured the same way:
// esbuild --bundle --minify, platform browser, NODE_ENV=production; bytes minified and gzip -9.
// `@userkit/core` is bundled from source (the `@userkit/source` condition), zod external.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const core = join(root, 'packages/core');
const require = createRequire(join(core, 'package.json'));

const cases = [
  {
    name: '@userkit/core HTTP client: createHttpClient + token stores (zod external)',
    contents: "export { createHttpClient, localStorageTokenStore, memoryTokenStore } from '@userkit/core';",
    external: ['zod'],
    budget: 6 * 1024,
  },
  {
    name: '@userkit/core every export (model + HTTP client, zod external)',
    contents: "export * from '@userkit/core';",
    external: ['zod'],
    // Reported against the same budget, not enforced: no app imports every export (sideEffects: false).
    watch: 6 * 1024,
  },
  {
    name: '@userkit/core/rest (server, zod external)',
    contents: "export * from '@userkit/core/rest';",
    external: ['zod'],
  },
  {
    name: '@userkit/core/sdk adapter (SDK not bundled, zod external)',
    contents: "export * from '@userkit/core/sdk';",
    external: ['zod', '@cometchat/chat-sdk-javascript'],
  },
  {
    name: '@cometchat/chat-sdk-javascript (official SDK)',
    contents: `export * from ${JSON.stringify(require.resolve('@cometchat/chat-sdk-javascript'))};`,
    external: [],
  },
];

async function measure({ contents, external }) {
  const result = await build({
    stdin: { contents, resolveDir: core, loader: 'js' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    conditions: ['@userkit/source'],
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
  const budget = limit ? `${verdict} ≤ ${fmt(limit)}` : '';
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
