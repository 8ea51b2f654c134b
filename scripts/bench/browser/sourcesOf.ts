import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'esbuild';

/** Resolves `@profilekit/<package>[/<entry>]` to that entry's TypeScript source in `root` (the `@profilekit/source` export condition). */
export function sourcesOf(root: string): Plugin {
  return {
    name: 'profilekit-sources',
    setup(build) {
      build.onResolve({ filter: /^@profilekit\/(core|react)(\/|$)/ }, ({ path }) => {
        const [, name = '', entry = ''] = /^@profilekit\/([^/]+)(\/.*)?$/.exec(path) ?? [];
        const manifest = JSON.parse(readFileSync(join(root, name, 'package.json'), 'utf8')) as {
          exports: Record<string, Record<string, string> | string>;
        };
        const target = manifest.exports[`.${entry}`];
        const source = typeof target === 'object' ? target['@profilekit/source'] : undefined;
        if (source === undefined) return { errors: [{ text: `${path}: no @profilekit/source export in ${root}` }] };
        return { path: join(root, name, source) };
      });
    },
  };
}
