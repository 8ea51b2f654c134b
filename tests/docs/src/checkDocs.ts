// Every ```ts / ```tsx block in the repository's Markdown is a program that must compile: each is
// written to generated/ and typechecked against the workspace's packages. A block may be preceded by
// `<!-- docs-check: prelude … -->` (declarations the reader can assume) and the emulator README's
// blocks also run, against a fresh emulator, so an example that fails at run time fails here.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractBlocks } from './extractBlocks';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const generated = join(here, '../generated');
const runnable = new Set(['packages/emulator/README.md']);

const markdown = execFileSync('git', ['ls-files', '*.md'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file !== '' && !file.endsWith('api-report.md'));

rmSync(generated, { recursive: true, force: true });
mkdirSync(generated, { recursive: true });
const written: { file: string; source: string; line: number; run: boolean }[] = [];
for (const source of markdown) {
  for (const block of extractBlocks(readFileSync(join(root, source), 'utf8'))) {
    const name = `${source.replace(/[^a-zA-Z0-9]+/g, '_')}_${block.line}.${block.lang}`;
    const file = join(generated, name);
    writeFileSync(file, `${block.prelude}\n${block.code}\nexport {};\n`);
    written.push({ file, source, line: block.line, run: runnable.has(source) });
  }
}
console.log(`docs: ${written.length} examples from ${markdown.length} Markdown files`);

const tsc = join(root, 'node_modules/.bin/tsc');
try {
  execFileSync(tsc, ['-p', join(here, '../tsconfig.json')], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
} catch (error) {
  const output = String((error as { stdout?: string }).stdout ?? error);
  console.error(output.replaceAll(`${relative(root, generated)}/`, 'docs example '));
  console.error('docs: an example does not compile (file names are <markdown path>_<line>)');
  process.exit(1);
}
console.log(`docs: ${written.length} examples compile`);

for (const example of written.filter((entry) => entry.run)) {
  execFileSync(process.execPath, ['--conditions=@profilekit/source', '--import', 'tsx', example.file], {
    cwd: here,
    stdio: 'inherit',
    timeout: 60_000,
  });
  console.log(`docs: ran ${example.source}:${example.line}`);
}
