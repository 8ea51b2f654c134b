// Every code block of the docs is typechecked: TypeScript lives in examples/ (tsc -p tsconfig.json) and
// pages show it with <Source code={…?raw} />. This fails on a fenced block in an .mdx page other than
// shell commands (```sh), which would be code nobody checks.
import { readdirSync, readFileSync } from 'node:fs';

const pages = readdirSync(new URL('.', import.meta.url)).filter((file) => file.endsWith('.mdx'));
const unchecked = pages.flatMap((file) =>
  [...readFileSync(new URL(file, import.meta.url), 'utf8').matchAll(/^```(\w*)/gm)]
    .filter((match, index) => index % 2 === 0 && match[1] !== 'sh')
    .map(() => file),
);
if (unchecked.length > 0) {
  console.error(
    `docs: fenced code blocks that are not typechecked (move them to docs/examples/): ${unchecked.join(', ')}`,
  );
  process.exit(1);
}
console.log(`docs: ${pages.length} pages, every code block typechecked`);
