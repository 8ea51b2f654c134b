// Every ```ts / ```tsx block in the repository's Markdown is a program that must compile: each is
// written to generated/ and typechecked against the workspace's packages. A block may be preceded by
// `<!-- docs-check: prelude … -->` (declarations the reader can assume) and the emulator README's
// blocks also run, against a fresh emulator, so an example that fails at run time fails here.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractBlocks } from './extractBlocks';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const generated = join(here, '../generated');
const runnable = new Set(['packages/emulator/README.md']);

const markdown = execFileSync('git', ['ls-files', '*.md'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  // docs/md/ is generated from the typechecked docs/examples/ (pnpm docs:md), not written by hand.
  .filter((file) => file !== '' && !file.endsWith('api-report.md') && !file.startsWith('docs/md/'));

rmSync(generated, { recursive: true, force: true });
mkdirSync(generated, { recursive: true });
const written: { file: string; source: string; line: number; run: boolean }[] = [];
for (const source of markdown) {
  for (const block of extractBlocks(readFileSync(join(root, source), 'utf8'))) {
    const page = source.replace(/[^a-zA-Z0-9]+/g, '_');
    // A titled block is that file, beside the page's other titled blocks (so `./accounts.js` resolves).
    const file = block.title
      ? join(generated, page, block.title)
      : join(generated, `${page}_${block.line}.${block.lang}`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${block.prelude}\n${block.code}\nexport {};\n`);
    written.push({ file, source, line: block.line, run: runnable.has(source) });
  }
}
console.log(`docs: ${written.length} examples from ${markdown.length} Markdown files`);

// Twice: as a bundler reads them, and as Node does (`module: nodenext`: relative imports need their `.js`).
const tsc = join(root, 'node_modules/.bin/tsc');
const unbuilt = ['core', 'react', 'server', 'emulator'].filter(
  (name) => !existsSync(join(root, 'packages', name, 'dist/index.d.ts')),
);
if (unbuilt.length > 0) {
  console.error(`docs: the nodenext pass reads the built types; run pnpm build first (no dist: ${unbuilt.join(', ')})`);
  process.exit(1);
}
for (const config of ['tsconfig.json', 'tsconfig.nodenext.json']) {
  try {
    execFileSync(tsc, ['-p', join(here, '..', config)], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const output = String((error as { stdout?: string }).stdout ?? error);
    console.error(output.replaceAll(`${relative(root, generated)}/`, 'docs example '));
    console.error(`docs: an example does not compile with ${config} (file names are <markdown path>_<line>)`);
    process.exit(1);
  }
}
console.log(`docs: ${written.length} examples compile (bundler and nodenext)`);

for (const example of written.filter((entry) => entry.run)) {
  execFileSync(process.execPath, ['--conditions=@profilekit/source', '--import', 'tsx', example.file], {
    cwd: here,
    stdio: 'inherit',
    timeout: 60_000,
  });
  console.log(`docs: ran ${example.source}:${example.line}`);
}
