#!/usr/bin/env node
// What a registry would receive, checked as a new user would meet it. For every package in packages/*
// (already built): `pnpm pack` (publishConfig applied, workspace:* rewritten), then
//  1. the tarball holds only dist/, package.json, README.md, LICENSE — no sources, tests, fixtures or source maps;
//  2. client entries start with the 'use client' directive, server-safe entries do not;
//  3. @arethetypeswrong/cli (esm-only profile) and publint --strict are clean on the tarball;
// then installs every tarball with npm into a scratch app, typechecks an import of every entry with
// TypeScript and imports every entry with Node (plus a server render of the React forms); last, the same install
// builds a Vite app and a Next.js app for production and checks the kit's looks in Chromium
// (scripts/production-styles/check.ts; screenshots under artifacts/production-styles/).
// The emulator is installed with --ignore-scripts: better-sqlite3 would compile from source (~3 min),
// and it is loaded lazily, only by createSqliteStore, which the check does not call.
// Usage: node scripts/check-packages.mjs [--keep]   (--keep leaves the scratch folder for inspection)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);
const keep = process.argv.includes('--keep');

/** Entries that hold hooks, context or components: their first line must be `'use client'`. Every other JS entry must not have it. */
const clientEntries = { '@profilekit/react': ['.', './directory', './csv'] };
/** Entries that are not JavaScript: resolved and checked to exist, not imported by Node. */
const assetEntry = (subpath) => subpath.endsWith('.css');

const failures = [];
const fail = (message) => {
  failures.push(message);
  console.error(`  ✗ ${message}`);
};
const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });

const scratch = mkdtempSync(join(tmpdir(), 'profilekit-pack-'));
const packages = readdirSync(join(root, 'packages'))
  .map((dir) => join(root, 'packages', dir))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .filter(({ manifest }) => !manifest.private);

const packed = [];
for (const { dir, manifest } of packages) {
  console.log(`== ${manifest.name}`);
  if (!existsSync(join(dir, 'dist'))) {
    fail(`${manifest.name}: no dist/ — run pnpm build first`);
    continue;
  }
  const before = new Set(readdirSync(scratch));
  run('pnpm', ['pack', '--pack-destination', scratch], { cwd: dir });
  const tarball = readdirSync(scratch).find((file) => file.endsWith('.tgz') && !before.has(file));
  if (!tarball) {
    fail(`${manifest.name}: pnpm pack wrote no tarball`);
    continue;
  }
  const tgz = join(scratch, tarball);
  const files = run('tar', ['-tzf', tgz])
    .split('\n')
    .filter(Boolean)
    .map((path) => path.replace(/^package\//, ''));
  const allowed = (file) => ['package.json', 'README.md', 'LICENSE'].includes(file) || file.startsWith('dist/');
  for (const file of files.filter((f) => !allowed(f))) fail(`${manifest.name}: ships ${file}`);
  for (const file of files.filter((f) => f.endsWith('.map'))) fail(`${manifest.name}: ships a source map (${file})`);
  for (const file of files.filter((f) => /(__tests__|__fixtures__|__stories__|\.test\.|\.stories\.)/.test(f))) {
    fail(`${manifest.name}: ships test material (${file})`);
  }
  for (const file of ['LICENSE', 'README.md']) if (!files.includes(file)) fail(`${manifest.name}: no ${file}`);
  const published = JSON.parse(run('tar', ['-xzOf', tgz, 'package/package.json']));
  for (const field of ['repository', 'homepage', 'keywords', 'license']) {
    if (!published[field]) fail(`${manifest.name}: package.json has no ${field}`);
  }
  if (JSON.stringify(published).includes('workspace:')) fail(`${manifest.name}: a workspace: range survived packing`);

  const entries = Object.entries(published.exports ?? {}).filter(([subpath]) => subpath !== './package.json');
  for (const [subpath, target] of entries) {
    const file = typeof target === 'string' ? target : target.default;
    if (!file || assetEntry(subpath) || !file.endsWith('.js')) continue;
    const firstLine = run('tar', ['-xzOf', tgz, `package/${file.replace(/^\.\//, '')}`]).split('\n')[0];
    const isClient = (clientEntries[manifest.name] ?? []).includes(subpath);
    const directive = /^["']use client["'];?$/.test(firstLine.trim());
    if (isClient && !directive) fail(`${manifest.name} ${subpath}: first line is not 'use client' (${firstLine})`);
    if (!isClient && directive) fail(`${manifest.name} ${subpath}: a server-safe entry starts with 'use client'`);
    console.log(`  ${subpath.padEnd(14)} ${file.padEnd(24)} head -1: ${firstLine.slice(0, 60)}`);
  }

  for (const [tool, args] of [
    ['attw', [tgz, '--profile', 'esm-only', '--format', 'ascii']],
    ['publint', ['run', tgz, '--strict', '--level', 'warning']],
  ]) {
    try {
      run(bin(tool), args);
      console.log(`  ${tool}: clean`);
    } catch (error) {
      fail(`${manifest.name}: ${tool} reports problems\n${error.stdout}${error.stderr}`);
    }
  }
  packed.push({ name: manifest.name, tgz, entries: entries.map(([subpath]) => subpath), bin: published.bin });
}

console.log('== scratch app: npm install of every tarball, then import every entry');
const app = join(scratch, 'app');
run('mkdir', ['-p', app]);
const installStarted = Date.now();
writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }, null, 2));
const peers = [
  'react@19',
  'react-dom@19',
  '@types/react@19',
  '@tanstack/react-query@5',
  // The peer range admits only the react-hook-form versions CI tests (the kit touches private members).
  `react-hook-form@${JSON.parse(readFileSync(join(root, 'packages/react/package.json'), 'utf8')).peerDependencies['react-hook-form']}`,
  'typescript@5.9',
  '@types/node@20',
  // The optional peer of @profilekit/server/redis, which imports it.
  'ioredis@6',
  // The optional peer of @profilekit/server/s3.
  '@aws-sdk/client-s3@3',
  // The production builds of scripts/production-styles/check.ts.
  'vite@~8.3.0',
  '@vitejs/plugin-react@~6.3.0',
  'next@~16.4.6',
];
run(
  'npm',
  [
    'install',
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    '--loglevel=error',
    ...packed.map((p) => p.tgz),
    ...peers,
  ],
  { cwd: app },
);
console.log(`  npm install: ${((Date.now() - installStarted) / 1000).toFixed(1)} s`);

const specifiers = packed.flatMap(({ name, entries }) =>
  entries.map((subpath) => (subpath === '.' ? name : `${name}/${subpath.slice(2)}`)),
);
// TypeScript, as a type-aware user meets the packages: every entry, the stylesheet included.
writeFileSync(
  join(app, 'entries.ts'),
  `${specifiers.map((s, i) => (s.endsWith('.css') ? `import '${s}';` : `import * as entry${i} from '${s}';`)).join('\n')}\n` +
    `export const entries = [${specifiers.map((s, i) => (s.endsWith('.css') ? '' : `entry${i}`)).filter(Boolean)}];\n`,
);
writeFileSync(
  join(app, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      // As apps compile: declarations of optional peers (the CometChat SDK) are not required.
      skipLibCheck: true,
      noEmit: true,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      lib: ['es2023', 'dom'],
      jsx: 'react-jsx',
      types: ['node'],
      noUncheckedSideEffectImports: true,
    },
    files: ['entries.ts'],
  }),
);
try {
  run(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: app });
  console.log(`  tsc (nodenext, noUncheckedSideEffectImports): ${specifiers.length} entries typecheck`);
} catch (error) {
  fail(`scratch app: tsc fails\n${error.stdout}${error.stderr}`);
}

// Node: import every JS entry; resolve the stylesheet to a file; server-render the React forms from the tarball.
writeFileSync(
  join(app, 'import-all.mjs'),
  `import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
for (const specifier of ${JSON.stringify(specifiers)}) {
  if (specifier.endsWith('.css')) {
    const file = fileURLToPath(import.meta.resolve(specifier));
    if (!existsSync(file)) throw new Error(specifier + ' resolves to a missing file');
  } else {
    const module = await import(specifier);
    if (Object.keys(module).length === 0) throw new Error(specifier + ' exports nothing');
  }
  console.log('  imported ' + specifier);
}
const { createElement } = await import('react');
const { renderToString } = await import('react-dom/server');
const { createHttpClient } = await import('@profilekit/core');
const { ProfileKitProvider, ProfileEditForm, SignupFlow } = await import('@profilekit/react');
const client = createHttpClient({ baseUrl: 'http://127.0.0.1:9' });
const html = renderToString(
  createElement(ProfileKitProvider, { client }, createElement(SignupFlow, { onRegister: () => undefined }), createElement(ProfileEditForm)),
);
if (!html.includes('<form')) throw new Error('SignupFlow rendered no form on the server');
console.log('  server-rendered SignupFlow and ProfileEditForm from the tarball (' + html.length + ' bytes of HTML)');
`,
);
try {
  process.stdout.write(run('node', ['import-all.mjs'], { cwd: app }));
} catch (error) {
  fail(`scratch app: importing the entries fails\n${error.stdout}${error.stderr}`);
}
for (const { name, bin: bins } of packed) {
  for (const command of Object.keys(bins ?? {})) {
    const file = join(app, 'node_modules/.bin', command);
    if (!existsSync(file)) fail(`${name}: bin ${command} not installed`);
    else if (!readFileSync(file, 'utf8').startsWith('#!/usr/bin/env node'))
      fail(`${name}: bin ${command} has no shebang`);
    else console.log(`  bin ${command}: installed`);
  }
}

console.log("== production builds (Vite, Next.js) of the scratch app: the kit's looks in Chromium");
try {
  execFileSync(bin('tsx'), [join(root, 'scripts/production-styles/check.ts'), app], { stdio: 'inherit' });
} catch {
  fail(
    'production styles: the kit looks broken in a production build (above; screenshots in artifacts/production-styles/)',
  );
}

if (keep) console.log(`scratch folder kept: ${scratch}`);
else rmSync(scratch, { recursive: true, force: true });
if (failures.length > 0) {
  console.error(`check-packages: ${failures.length} problem(s)`);
  process.exit(1);
}
console.log(
  `check-packages: ${packed.length} packages packed, checked and installed; ${specifiers.length} entries import`,
);
