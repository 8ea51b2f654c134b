import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_AUTH_KEY, DEV_REST_API_KEY } from '@profilekit/emulator';
import { startEmulatorProcess } from '@profilekit/emulator/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { sendJson } from '../support/sendJson';

const dir = mkdtempSync(join(tmpdir(), 'profilekit-dev-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the CLI on a database in `data/`, reads the keys it printed, stops it. */
async function startOnce(data: string, extra: string[] = []) {
  const cli = await startEmulatorProcess(['--port', '0', '--db', join(dir, data, 'emulator.sqlite'), ...extra]);
  try {
    const published = await sendJson(`${cli.url}/v3/users`, 'GET', { apikey: DEV_REST_API_KEY });
    const printed = await sendJson(`${cli.url}/v3/users`, 'GET', { apikey: cli.restApiKey });
    return { authKey: cli.authKey, restApiKey: cli.restApiKey, published: published.status, printed: printed.status };
  } finally {
    await cli.stop();
  }
}

describe('the CLI (what `pnpm dev` runs) never uses the keys published in the source', () => {
  it('makes random keys for a data directory on first start, keeps them in a 0600 file there, and reuses them', async () => {
    const first = await startOnce('a');
    expect(first.authKey).toMatch(/^[0-9a-f]{40}$/);
    expect(first.restApiKey).toMatch(/^[0-9a-f]{40}$/);
    expect([first.authKey, first.restApiKey]).not.toContain(DEV_AUTH_KEY);
    expect([first.authKey, first.restApiKey]).not.toContain(DEV_REST_API_KEY);
    expect(first.published).toBe(401);
    expect(first.printed).toBe(200);
    const file = join(dir, 'a', 'emulator-keys.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      authKey: first.authKey,
      restApiKey: first.restApiKey,
    });
    const again = await startOnce('a');
    expect(again).toEqual(first);
    const elsewhere = await startOnce('b');
    expect(elsewhere.restApiKey).not.toBe(first.restApiKey);
  });

  it('takes keys given on the command line instead, and writes no file for them', async () => {
    const given = await startOnce('c', ['--auth-key', 'a'.repeat(40), '--rest-api-key', 'b'.repeat(40)]);
    expect(given).toMatchObject({ authKey: 'a'.repeat(40), restApiKey: 'b'.repeat(40), printed: 200 });
    expect(() => statSync(join(dir, 'c', 'emulator-keys.json'))).toThrow();
  });
});

describe('the CLI refuses the published development keys when passed explicitly', () => {
  it.each([
    ['--auth-key', DEV_AUTH_KEY],
    ['--rest-api-key', DEV_REST_API_KEY],
  ])('exits with an error naming %s (the key is public: anyone could call this server)', async (flag, key) => {
    const other = flag === '--auth-key' ? ['--rest-api-key', 'b'.repeat(40)] : ['--auth-key', 'a'.repeat(40)];
    const started = startEmulatorProcess(['--port', '0', '--db', ':memory:', flag, key, ...other]);
    const error = await started.then(
      async (cli) => {
        await cli.stop();
        return undefined;
      },
      (reason: Error) => reason,
    );
    expect(error?.message).toContain(flag);
    expect(error?.message).toContain('--allow-published-dev-keys');
    expect(error?.message).not.toContain(key);
  });

  it('starts with them behind --allow-published-dev-keys (tests), and says so', async () => {
    const cli = await startEmulatorProcess([
      ...['--port', '0', '--db', ':memory:', '--allow-published-dev-keys'],
      ...['--auth-key', DEV_AUTH_KEY, '--rest-api-key', DEV_REST_API_KEY],
    ]);
    try {
      expect(cli.restApiKey).toBe(DEV_REST_API_KEY);
      expect((await sendJson(`${cli.url}/v3/users`, 'GET', { apikey: DEV_REST_API_KEY })).status).toBe(200);
      expect(cli.output()).toMatch(/published development keys/i);
    } finally {
      await cli.stop();
    }
  });
});
