import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmulator } from '@profilekit/emulator';
import { startEmulatorProcess } from '@profilekit/emulator/testing';
import { createProfileKitHandler } from '@profilekit/server';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnDemoBackend } from '../support/demoBackend';
import { memoryAccounts } from '../support/memoryAccounts';
import { sendJson } from '../support/sendJson';

// Issue 25, finding 7: a permanently deleted user signed up again with the old password and got a token.
const dir = mkdtempSync(join(tmpdir(), 'profilekit-deleted-'));
const seedUsers = fileURLToPath(new URL('../../../../apps/demo/seed/users.json', import.meta.url));
const stops: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
  rmSync(dir, { recursive: true, force: true });
});

const password = 'violet-harbour-kettle';

describe('issue 25 finding 7: deleting or deactivating through the backend tells your app', () => {
  it('the admin routes call onUserDeleted, onUserDeactivated and onUserReactivated after CometChat changed', async () => {
    const emulator = createEmulator({ rateLimit: false });
    const calls: string[] = [];
    const handler = createProfileKitHandler({
      target: { baseUrl: 'http://emulator.test', appId: emulator.appId },
      restApiKey: emulator.restApiKey,
      transport: { fetch: (input, init) => emulator.fetch(new Request(input, init)) },
      authorize: async () => ({ uid: 'ada', role: 'admin' }),
      ...memoryAccounts(),
      onUserDeleted: ({ uid, permanent, caller }) => void calls.push(`deleted ${uid} ${permanent} by ${caller.uid}`),
      onUserDeactivated: ({ uids }) => void calls.push(`deactivated ${uids.join(',')}`),
      onUserReactivated: ({ uids }) => void calls.push(`reactivated ${uids.join(',')}`),
    });
    const send = (method: string, path: string, body?: unknown) =>
      handler(
        new Request(`http://backend.test${path}`, {
          method,
          headers: { 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      );
    for (const uid of ['frozen1', 'gone1']) expect((await send('POST', '/users', { uid, name: uid })).status).toBe(200);
    expect((await send('POST', '/users/deactivate', { uids: ['frozen1'] })).status).toBe(200);
    expect((await send('POST', '/users/reactivate', { uids: ['FROZEN1'] })).status).toBe(200);
    expect((await send('DELETE', '/users/gone1?permanent=true')).status).toBe(200);
    expect(calls).toEqual(['deactivated frozen1', 'reactivated frozen1', 'deleted gone1 true by ada']);
  });

  it('the demo: a permanently deleted user cannot sign up again with the old password, nor log in', async () => {
    const emulator = await startEmulatorProcess(['--port', '0', '--db', ':memory:', '--seed', seedUsers]);
    stops.push(() => emulator.stop());
    const backend = await spawnDemoBackend({
      emulatorUrl: emulator.url,
      appId: emulator.appId,
      restApiKey: emulator.restApiKey,
      db: join(dir, 'accounts.sqlite'),
      seedAccounts: true,
    });
    stops.push(() => backend.stop());
    const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      sendJson(`${backend.url}${path}`, method, headers, body === undefined ? undefined : JSON.stringify(body));
    const signup = () => call('POST', '/api/signup', { user: { uid: 'gone1', name: 'Gone' }, account: { password } });

    expect((await signup()).status).toBe(200);
    const ada = await call('POST', '/api/session', { login: 'ada', password: 'analytical-engine-1843' });
    const admin = { authorization: `Bearer ${ada.body.data.authToken}` };
    expect((await call('DELETE', '/api/users/gone1?permanent=true', undefined, admin)).status).toBe(200);

    const again = await signup();
    expect(again.status, again.text).toBe(403);
    expect(again.body.error.code).toBe('ERR_ACCOUNT_CLOSED');
    expect(again.text).not.toContain('authToken');
    const login = await call('POST', '/api/session', { login: 'gone1', password });
    expect(login.status).toBe(403);
    expect(login.text).not.toContain('authToken');
    const users = await sendJson(`${emulator.url}/v3/users?uids=gone1&withDeactivated=1`, 'GET', {
      apikey: emulator.restApiKey,
    });
    expect(users.body.data).toEqual([]);
  });
});
