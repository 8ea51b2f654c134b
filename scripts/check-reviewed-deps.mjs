#!/usr/bin/env node
// The production dependencies of the published packages (dependencies and optionalDependencies, with their
// whole tree, as pnpm-lock.yaml resolves them) must each be listed in scripts/reviewed-dependencies.txt as
// name@version: a new package or a new version fails until someone reviewed it and added the line.
// Needs no network. `--update` rewrites the list from the lockfile (do it after the review, not instead).
//   node scripts/check-reviewed-deps.mjs [--update] [--lockfile <file>] [--reviewed <file>]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const lockfile = option('--lockfile', `${root}pnpm-lock.yaml`);
const reviewedFile = option('--reviewed', `${root}scripts/reviewed-dependencies.txt`);
const published = ['packages/core', 'packages/server', 'packages/react', 'packages/emulator'];
const prodSections = new Set(['dependencies', 'optionalDependencies']);

const unquote = (text) =>
  text
    .trim()
    .replace(/^'(.*)'$/, '$1')
    .replace(/^"(.*)"$/, '$1');

/** The two parts of pnpm-lock.yaml (v9) this check needs: importers' and snapshots' production dependencies. */
function parseLockfile(text) {
  const importers = new Map();
  const snapshots = new Map();
  let part = '';
  let entry;
  let section = '';
  let dependency = '';
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) {
      part = line.replace(/:.*$/, '');
      continue;
    }
    const indent = line.search(/\S/);
    if (indent < 0) continue;
    const [rawKey, ...rest] = line.trim().split(/:(?: |$)/);
    const key = unquote(rawKey);
    const value = unquote(rest.join(': '));
    if (indent === 2) {
      entry = new Map();
      (part === 'importers' ? importers : part === 'snapshots' ? snapshots : new Map()).set(key, entry);
      section = '';
    } else if (indent === 4) section = prodSections.has(key) ? key : '';
    else if (section && indent === 6) {
      dependency = key;
      if (part === 'snapshots') entry.set(key, value);
    } else if (section && indent === 8 && part === 'importers' && key === 'version') entry.set(dependency, value);
  }
  return { importers, snapshots };
}

/** Every name@version the published packages need at run time. */
function productionTree({ importers, snapshots }) {
  const found = new Map(); // name@version → the published packages that pull it
  const visit = (name, version, via, seen, peers) => {
    // A peer of the published package (react under @tanstack/react-table) is the app's own choice, not ours.
    if (version.startsWith('link:') || peers.has(name)) return;
    const id = `${name}@${version.replace(/\(.*$/, '')}`;
    const key = `${name}@${version}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.set(id, new Set([...(found.get(id) ?? []), via]));
    for (const [child, childVersion] of snapshots.get(key) ?? []) visit(child, childVersion, via, seen, peers);
  };
  for (const path of published) {
    const seen = new Set();
    const manifest = JSON.parse(readFileSync(`${root}${path}/package.json`, 'utf8'));
    const peers = new Set(Object.keys(manifest.peerDependencies ?? {}));
    const pending = [path];
    const done = new Set();
    while (pending.length > 0) {
      const importer = pending.pop();
      if (done.has(importer)) continue;
      done.add(importer);
      for (const [name, version] of importers.get(importer) ?? []) {
        if (version.startsWith('link:'))
          pending.push(new URL(version.slice(5), `file:///${importer}/`).pathname.slice(1));
        else visit(name, version, path.replace('packages/', '@profilekit/'), seen, peers);
      }
    }
  }
  return found;
}

const tree = productionTree(parseLockfile(readFileSync(lockfile, 'utf8')));
if (args.includes('--update')) {
  const lines = [...tree].sort(([a], [b]) => a.localeCompare(b)).map(([id, via]) => `${id}  # ${[...via].join(', ')}`);
  const header = [
    '# Production dependencies of the published packages, each reviewed at this version (SECURITY.md).',
    '# scripts/check-reviewed-deps.mjs fails on any name@version of pnpm-lock.yaml that is not listed here.',
  ];
  writeFileSync(reviewedFile, `${[...header, ...lines].join('\n')}\n`);
  console.log(`reviewed dependencies: wrote ${lines.length} to ${reviewedFile}`);
  process.exit(0);
}
const reviewed = new Set(
  readFileSync(reviewedFile, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean),
);
const unreviewed = [...tree.keys()].filter((id) => !reviewed.has(id)).sort();
const gone = [...reviewed].filter((id) => !tree.has(id)).sort();
if (gone.length > 0) console.log(`reviewed dependencies: no longer in the lockfile (remove): ${gone.join(', ')}`);
if (unreviewed.length > 0) {
  console.error(`reviewed dependencies: ${unreviewed.length} production dependencies were not reviewed:`);
  for (const id of unreviewed) console.error(`  ${id}  (pulled in by ${[...(tree.get(id) ?? [])].join(', ')})`);
  console.error(
    'Review each (changelog, maintainers, install scripts), then add it to scripts/reviewed-dependencies.txt.',
  );
  process.exit(1);
}
console.log(`reviewed dependencies: all ${tree.size} production dependencies of the published packages are reviewed`);
