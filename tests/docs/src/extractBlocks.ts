/** One fenced TypeScript example of a Markdown file. */
export interface CodeBlock {
  lang: 'ts' | 'tsx';
  /** 1-based line of the opening fence. */
  line: number;
  code: string;
  /** Declarations from a `<!-- docs-check: prelude … -->` comment right before the block. */
  prelude: string;
  /** The file the block is, from its fence (```ts title=examples/hono.ts): blocks of one page import each other by it. */
  title?: string;
}

const FENCE = /^```(ts|tsx|typescript)(?:\s+title=(\S+))?\s*$/;
const PRELUDE = /^<!-- docs-check: prelude([\s\S]*?)-->$/;

/**
 * The ```ts / ```tsx blocks of a Markdown text, each with the prelude comment that precedes it.
 *
 * @example
 * ```ts
 * extractBlocks('```ts\nconst a = 1;\n```\n'); // [{ lang: 'ts', line: 1, code: 'const a = 1;', prelude: '' }]
 * ```
 */
export function extractBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  let pending = '';
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index] ?? '';
    if (text.startsWith('<!-- docs-check: prelude')) {
      let comment = text;
      while (!comment.trimEnd().endsWith('-->') && index + 1 < lines.length) comment += `\n${lines[++index]}`;
      pending = PRELUDE.exec(comment.trim())?.[1]?.trim() ?? '';
      continue;
    }
    const fence = FENCE.exec(text);
    if (!fence) {
      if (text.trim() !== '') pending = '';
      continue;
    }
    const start = index;
    const code: string[] = [];
    while (++index < lines.length && !(lines[index] ?? '').startsWith('```')) code.push(lines[index] ?? '');
    const lang = fence[1] === 'tsx' ? 'tsx' : 'ts';
    blocks.push({
      lang,
      line: start + 1,
      code: code.join('\n'),
      prelude: pending,
      ...(fence[2] && { title: fence[2] }),
    });
    pending = '';
  }
  return blocks;
}
