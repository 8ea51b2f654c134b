import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const demoRoot = fileURLToPath(new URL('../../../../apps/demo', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'profilekit-demo-build-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const keys = {
  PROFILEKIT_EMULATOR_AUTH_KEY: 'a17e0c0ffee0123456789abcdef0123456789ab1',
  PROFILEKIT_EMULATOR_REST_API_KEY: 'b27e0c0ffee0123456789abcdef0123456789ab2',
  COMETCHAT_REST_API_KEY: 'c37e0c0ffee0123456789abcdef0123456789ab3',
  COMETCHAT_AUTH_KEY: 'd47e0c0ffee0123456789abcdef0123456789ab4',
};

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );

it('the production build of the demo contains neither the Auth Key nor a REST API key, and ships a CSP', async () => {
  const { build } = await import('vite');
  const env = {
    ...keys,
    NODE_ENV: 'production',
    PROFILEKIT_EMULATOR_URL: 'http://127.0.0.1:3939',
    PROFILEKIT_EMULATOR_APP_ID: 'profilekit-dev',
  };
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    await build({
      root: demoRoot,
      configFile: join(demoRoot, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  const built = files(outDir);
  expect(built.some((file) => file.endsWith('.js'))).toBe(true);
  for (const file of built) {
    const text = readFileSync(file, 'utf8');
    for (const [name, key] of Object.entries(keys)) expect(text.includes(key), `${name} in ${file}`).toBe(false);
  }
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  expect(html).toMatch(
    /<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-/,
  );
});
