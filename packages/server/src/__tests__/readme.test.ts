import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8').trim();

describe('README', () => {
  it.for(['accounts.ts', 'hono.ts', 'nextRouteHandler.ts', 'express.ts'])(
    'quotes examples/%s exactly as typechecked',
    (file) => {
      expect(read('README.md')).toContain(read(`examples/${file}`));
    },
  );
});
