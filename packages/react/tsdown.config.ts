import { defineConfig } from 'tsdown';

/** Entries that hold hooks, context or components: their first line must be the directive for React Server Components. */
const clientEntries = new Set(['index.js', 'directory.js', 'csv.js']);

/** The languages shipped as `@profilekit/react/locales/<tag>`. */
const locales = ['ar', 'de', 'en', 'es', 'fr', 'he', 'hi', 'it', 'ja', 'ko', 'pt-BR', 'zh-CN'];

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    // The admin's user directory (TanStack Table and Virtual): its own entry, so a profile page never loads it.
    directory: 'src/directory/index.ts',
    // Server-safe: query keys and query options, for prefetching in a server component.
    queries: 'src/queries.ts',
    // CSV export and import (papaparse): only admin pages load it.
    csv: 'src/csv.ts',
    // Server-safe data, one entry per language so an app ships only the ones it imports.
    ...Object.fromEntries(locales.map((tag) => [`locales/${tag}`, `src/locales/${tag}.ts`])),
  },
  format: 'esm',
  platform: 'browser',
  dts: true,
  // The published package ships no sources, so no source maps (they would point at nothing).
  sourcemap: false,
  clean: true,
  // Bundling drops module-level directives: put `'use client'` back at the top of each client entry.
  // (rolldown's own per-chunk banner: tsdown 0.21's `banner` function is evaluated for the first chunk only.)
  outputOptions: {
    banner: (chunk) => (clientEntries.has(chunk.fileName) ? "'use client';\n" : ''),
  },
  copy: [{ from: ['src/styles.css', 'src/styles.css.d.ts'], to: 'dist' }],
});
