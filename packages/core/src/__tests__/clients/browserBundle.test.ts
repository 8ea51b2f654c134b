import { fileURLToPath } from 'node:url';
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
  // reports as a violation even though zod catches the error.
  it('bundles no zod object schema, so nothing probes `new Function`: requests are checked field by field', async () => {
    const { code } = await bundle("export * from '@profilekit/core';", true);
    expect(code).toContain('$ZodCustom');
    expect(code).not.toContain('$ZodObject');
    expect(code).not.toContain('$ZodArray');
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
