import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** What a browser app ships for `contents`: esbuild, minified, production, zod left to the app unless `withZod`. */
async function bundle(contents: string, withZod = false) {
  const { outputFiles } = await build({
    stdin: { contents, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'js' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    conditions: ['@profilekit/source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    external: withZod ? [] : ['zod'],
    write: false,
    logLevel: 'silent',
  });
  const code = outputFiles[0]?.text ?? '';
  return { code, gz: gzipSync(code, { level: 9 }).length };
}

/**
 * Runs a bundle in a context that refuses code from strings, as a strict Content-Security-Policy does, and
 * counts every attempt to make a function from a string (`attempts`).
 */
function strictPage(code: string) {
  const page = createContext({ console, URL, TextEncoder }, { codeGeneration: { strings: false, wasm: false } });
  runInContext(
    `globalThis.attempts = 0;
    const count = (run) => (...args) => { attempts++; return run(...args); };
    globalThis.Function = new Proxy(Function, {
      construct: (target, args) => count(() => Reflect.construct(target, args))(),
      apply: (target, self, args) => count(() => Reflect.apply(target, self, args))(),
    });`,
    page,
  );
  runInContext(code.replace(/^export\s*\{[^}]*\};?\s*$/m, ''), page);
  return page as { attempts: number; results: unknown[] };
}

describe('the browser entry @profilekit/core', () => {
  it('pulls in neither the REST admin client nor the SDK adapter', async () => {
    const { code } = await bundle("export * from '@profilekit/core';");
    expect(code).toContain('apiclient-');
    expect(code).not.toContain('ERR_REST_CLIENT_IN_BROWSER');
    expect(code).not.toContain('uidsToDeactivate');
    expect(code).not.toContain('FAILED_TO_FETCH');
    // The Auth Key's development-only path is @profilekit/core/dev: not even its code reaches a browser app.
    expect(code).not.toContain('for development only');
    expect(code).not.toContain('loginWithDevAuthKey');
  });

  // zod's object schema probes `new Function("")` (to compile its parsers), which a strict Content-Security-Policy
  // reports as a violation even though zod catches the error; `z.config({ jitless: true })` turns both off. The
  // bundle runs in a context that, like such a policy, refuses code from strings, and counts every attempt.
  it('validates requests with zod objects and never calls `new Function` (a strict CSP sees no violation)', async () => {
    const { code } = await bundle(
      `import { validateUserInput } from '@profilekit/core';
      globalThis.results = [
        validateUserInput('create', { uid: 'usr1', name: 'Kevin', tags: ['beta'], extra: 1 }),
        validateUserInput('update', { uid: 'usr1', name: '', unset: ['avatar', 'role'] }),
        validateUserInput('updateCurrent', 'not an object'),
      ];`,
      true,
    );
    expect(code).toContain('$ZodObject');
    const page = strictPage(code);
    const results = JSON.parse(JSON.stringify(page.results));
    expect(page.attempts).toBe(0);
    expect(results[0]).toEqual({ success: true, data: { uid: 'usr1', name: 'Kevin', tags: ['beta'] } });
    expect(results[1].success).toBe(false);
    expect(Object.keys(results[1].details).sort()).toEqual(['name', 'unset']);
    expect(results[2].success).toBe(false);
  });

  it('the strict page above sees the probe of a zod object without jitless (classic zod)', async () => {
    const { code } = await bundle(
      `import * as z from 'zod';
      globalThis.results = [z.object({ name: z.string() }).parse({ name: 'Kevin' })];`,
      true,
    );
    const page = strictPage(code);
    expect(page.results).toEqual([{ name: 'Kevin' }]);
    expect(page.attempts).toBeGreaterThan(0);
  });

  // 6 KiB until the client logged in like the official SDK (login body, device id, resource/sdk headers,
  // hosts from settings: ~0.5 KiB), then devAuthKey and linear-time redaction: 6.75 KiB since (devAuthKey moved
  // to @profilekit/core/dev in #12's third pass).
  it('the HTTP client with its token stores stays within 6.75 KiB min+gzip (zod external)', async () => {
    const { gz } = await bundle(
      "export { createHttpClient, localStorageTokenStore, memoryTokenStore } from '@profilekit/core';",
    );
    expect(gz).toBeLessThanOrEqual(6.75 * 1024);
  });
});
