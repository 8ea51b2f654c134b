import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpClient, isNetworkError } from '@profilekit/core';
import { withDevAuthKey } from '@profilekit/core/dev';
import { createRestClient } from '@profilekit/core/rest';
import { type EmulatorProcess, startEmulatorProcess } from '@profilekit/emulator/testing';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'profilekit-restart-'));
const running: EmulatorProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((emulator) => emulator.stop()));
  rmSync(dir, { recursive: true, force: true });
});

async function start(db: string, port = '0') {
  const emulator = await startEmulatorProcess(['--port', port, '--db', db, '--rate-limit', 'off']);
  running.push(emulator);
  return emulator;
}

// The restarted process reads the same keys from emulator-keys.json beside the database.
const clients = {
  http: ({ url, authKey }: EmulatorProcess) =>
    withDevAuthKey(createHttpClient({ baseUrl: url }, { retry: { limit: 0 } }), authKey),
  rest: ({ url, restApiKey }: EmulatorProcess) =>
    createRestClient({ baseUrl: url }, { apiKey: restApiKey, retry: { limit: 0 } }),
};

describe.each(Object.keys(clients) as (keyof typeof clients)[])(
  '%s client: the emulator is killed (-9) and restarted mid-session',
  (kind) => {
    it('fails clearly while it is down; afterwards the same session goes on and nothing acknowledged is lost', async () => {
      const db = join(dir, `${kind}.sqlite`);
      const first = await start(db);
      const port = new URL(first.url).port;
      const client = clients[kind](first);
      await client.createUser({ uid: 'survivor', name: 'Survivor' });
      await client.login('survivor', first.authKey);
      await client.updateCurrentUserDetails({ statusMessage: 'acknowledged before the crash' });

      first.child.kill('SIGKILL');
      expect(await first.exited).toBe('SIGKILL');
      const down = await client.updateCurrentUserDetails({ statusMessage: 'while down' }).catch((error) => error);
      expect(isNetworkError(down)).toBe(true);
      expect(down).toMatchObject({ code: 'ERR_NETWORK' });

      await start(db, port);
      expect(await client.getLoggedInUser()).toMatchObject({
        uid: 'survivor',
        statusMessage: 'acknowledged before the crash',
      });
      expect(await client.updateCurrentUserDetails({ statusMessage: 'after the restart' })).toMatchObject({
        statusMessage: 'after the restart',
      });
    });
  },
);
