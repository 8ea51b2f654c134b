#!/usr/bin/env node
// Where the profile page's bytes go. Bundles the same page as scripts/bench-size.mjs (esbuild min + gzip -9),
// attributes every output byte to its source module through the source map, and prints each package's and each
// profilekit module's gzip contribution: the gzip size of the bundle minus the gzip size of the bundle with that
// code cut out (so shared strings compressed against the rest are not counted twice). Also measures the floor:
// the same page with the kit replaced by a naive form over the same libraries.
//
//   node scripts/bench/size-analysis.mjs            # the profile page
//   node scripts/bench/size-analysis.mjs core       # @profilekit/core, every export (zod external)
//   node scripts/bench/size-analysis.mjs react      # @profilekit/react, every export (peers external)
//   node scripts/bench/size-analysis.mjs page zod   # list the modules of another package (here zod) one by one
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundle as bundleWith, PROFILE_PAGE, root } from './sizeBundle.mjs';

const peers = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', 'react-hook-form', 'zod'];

// The third-party floor: what any profile page built on the same libraries pays before any profilekit code.
const FLOOR = `
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
const schema = z.object({ name: z.string().check(z.minLength(1)), avatar: z.optional(z.url()) });
function Form() {
  const me = useQuery({ queryKey: ['me'], queryFn: () => fetch('/me').then((r) => r.json()) });
  const save = useMutation({ mutationFn: (v) => fetch('/me', { method: 'PUT', body: JSON.stringify(v) }) });
  const { register, handleSubmit } = useForm({ values: me.data });
  return <form onSubmit={handleSubmit((v) => save.mutate(schema.parse(v)))}><input {...register('name')} /></form>;
}
createRoot(document.getElementById('root')).render(
  <QueryClientProvider client={new QueryClient()}><Form /></QueryClientProvider>,
);`;

const targets = {
  page: { contents: PROFILE_PAGE, loader: 'jsx', external: [] },
  floor: { contents: FLOOR, loader: 'jsx', external: [], nodePaths: [join(root, 'packages/core/node_modules')] },
  core: { contents: "export * from '@profilekit/core';", external: ['zod'] },
  http: {
    contents: "export { createHttpClient, localStorageTokenStore, memoryTokenStore } from '@profilekit/core';",
    external: ['zod'],
  },
  react: { contents: "export * from '@profilekit/react';", external: [...peers, '@profilekit/core'] },
};

const bundle = (target) => bundleWith({ ...target, sourcemap: true });

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = B64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** For every output character, the index of the source it came from (-1: none). */
function owners(code, map) {
  const lines = code.split('\n');
  const owner = new Int32Array(code.length).fill(-1);
  let offset = 0;
  let source = 0;
  for (const [i, line] of map.mappings.split(';').entries()) {
    let column = 0;
    const starts = [];
    for (const segment of line.split(',').filter(Boolean)) {
      const [dc, ds] = decodeVlq(segment);
      column += dc;
      if (ds !== undefined) source += ds;
      starts.push([column, ds === undefined ? -1 : source]);
    }
    for (const [j, [start, src]] of starts.entries()) {
      const end = starts[j + 1]?.[0] ?? lines[i].length;
      owner.fill(src, offset + start, offset + end);
    }
    offset += (lines[i]?.length ?? 0) + 1;
  }
  return owner;
}

const gz = (text) => gzipSync(text, { level: 9 }).length;
function without(code, owner, keep) {
  let out = '';
  for (let i = 0; i < code.length; i++) if (!keep(owner[i])) out += code[i];
  return out;
}

function groupOf(file) {
  const path = relative(root, file);
  const pnpm = path.match(/node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pnpm) return pnpm[1];
  const pkg = path.match(/^packages\/([^/]+)\//);
  if (pkg) return `@profilekit/${pkg[1]}`;
  return path;
}

const which = process.argv[2] ?? 'page';
/** Packages whose modules are listed one by one (default: profilekit's own). */
const detail = process.argv[3] ?? '@profilekit/';
const { code, map } = await bundle(targets[which]);
const owner = owners(code, map);
const total = gz(code);
console.log(`${which}: ${code.length.toLocaleString('en-US')} B min, ${total.toLocaleString('en-US')} B gz`);
if (which === 'page') {
  const floor = await bundle(targets.floor);
  const floorGz = gz(floor.code);
  console.log(
    `floor (same libraries, naive form): ${floorGz.toLocaleString('en-US')} B gz → kit share ${(total - floorGz).toLocaleString('en-US')} B`,
  );
}

const sources = map.sources.map((s) => join(root, s));
const groups = new Map();
for (const [i, file] of sources.entries()) {
  const group = groupOf(file);
  if (!groups.has(group)) groups.set(group, new Set());
  groups.get(group).add(i);
}
const minBytes = (set) => owner.reduce((n, o) => n + (set.has(o) ? 1 : 0), 0);

console.log('\npackage                                  min B    gz B (leave-one-out)');
for (const [group, set] of [...groups].sort((a, b) => minBytes(b[1]) - minBytes(a[1]))) {
  const min = minBytes(set);
  if (min === 0) continue;
  const share = total - gz(without(code, owner, (o) => set.has(o)));
  console.log(`${group.padEnd(38)} ${String(min).padStart(7)} ${String(share).padStart(7)}`);
}

console.log('\nprofilekit module                                        min B    gz B');
const rows = [];
for (const [i, file] of sources.entries()) {
  if (!groupOf(file).startsWith(detail)) continue;
  const min = minBytes(new Set([i]));
  if (min === 0) continue;
  rows.push([
    relative(join(root, 'packages'), file).replace(/^.*node_modules\//, ''),
    min,
    total - gz(without(code, owner, (o) => o === i)),
  ]);
}
for (const [file, min, share] of rows.sort((a, b) => b[2] - a[2])) {
  console.log(`${file.padEnd(54)} ${String(min).padStart(6)} ${String(share).padStart(6)}`);
}
