// How every size in scripts/bench-size.mjs and scripts/bench/size-analysis.mjs is measured: esbuild --bundle
// --minify, platform browser, NODE_ENV=production, profilekit bundled from source (`@profilekit/source`).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** What an app's profile page is: the provider, the drop-in form and the HTTP client, rendered with React. */
export const PROFILE_PAGE = `
import { createRoot } from 'react-dom/client';
import { createHttpClient, localStorageTokenStore } from '@profilekit/core';
import { ProfileEditForm, ProfileKitProvider } from '@profilekit/react';
const client = createHttpClient({ appId: 'APP_ID', region: 'us' }, { tokenStore: localStorageTokenStore() });
createRoot(document.getElementById('root')).render(
  <ProfileKitProvider client={client}><ProfileEditForm /></ProfileKitProvider>,
);`;

/**
 * Lazily loaded modules (`import('./x')`, e.g. the avatar editor behind `React.lazy`) stay out of a page: the
 * browser fetches them on first use. They are left external here, as Rollup/Vite leave them in a chunk of
 * their own that imports what it shares from the page; such a chunk gets a row of its own in bench-size.
 */
const lazyChunksApart = {
  name: 'lazy-chunks-apart',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

/**
 * Bundles `contents` (resolved from packages/react) as a browser app would ship it. With `sourcemap`, also
 * returns the source map, to attribute each output byte to its module.
 */
export async function bundle({ contents, external = [], loader = 'js', nodePaths, sourcemap = false }) {
  const result = await build({
    plugins: [lazyChunksApart],
    stdin: { contents, resolveDir: join(root, 'packages/react'), loader, sourcefile: 'entry.jsx' },
    jsx: 'automatic',
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    conditions: ['@profilekit/source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    external,
    nodePaths,
    sourcemap: sourcemap ? 'external' : false,
    outfile: join(root, 'out.js'),
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles.find((file) => file.path.endsWith('.js')).text;
  const map = result.outputFiles.find((file) => file.path.endsWith('.map'));
  return { code, map: map && JSON.parse(map.text) };
}

/** Bytes of a bundle's code, minified and gzip -9. */
export function sizeOf(code) {
  return { min: Buffer.byteLength(code), gz: gzipSync(code, { level: 9 }).length };
}
