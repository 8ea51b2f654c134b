import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('@profilekit/emulator/browser', () => {
  it('bundles for a browser with no Node built-in, SQLite or server', async () => {
    const result = await build({
      stdin: {
        contents: "export * from '@profilekit/emulator/browser';",
        resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      conditions: ['@profilekit/source'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.endsWith('src/emulator.ts'))).toBe(true);
    expect(
      inputs.filter((input) =>
        /better-sqlite3|node-server|store\/sqlite|store\/openStore|start\.ts|\/cli(\.ts|\/)/.test(input),
      ),
    ).toEqual([]);
    expect(result.outputFiles[0]?.text).not.toMatch(/from\s*["']node:/);
  });
});
