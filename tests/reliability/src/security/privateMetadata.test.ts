import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, type TestUser } from '../support/cometChatUsers';
import { sendJson } from '../support/sendJson';

let emulator: RunningEmulator;
let grace: TestUser;
let mallory: TestUser;
const metadata = { plan: 'pro', '@private': { email: 'grace@example.com', contactNumber: '0123456789' } };

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimit: false });
  grace = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'grace' });
  mallory = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'mallory' });
  const stored = await sendJson(
    `${emulator.url}/v3/users/grace`,
    'PUT',
    { apikey: emulator.restApiKey },
    JSON.stringify({ metadata }),
  );
  expect(stored.status).toBe(200);
});
afterAll(() => emulator?.close());

const as = (user: TestUser) => ({ authToken: user.authToken, appId: emulator.appId });

describe('@private metadata is seen by the user themself and the REST API only', () => {
  it('is left out of GET /users/:uid and GET /users answered to another logged-in user', async () => {
    const one = await sendJson(`${emulator.url}/v3/users/grace`, 'GET', as(mallory));
    expect(one.status).toBe(200);
    expect(one.body.data.metadata).toEqual({ plan: 'pro' });
    const list = await sendJson(`${emulator.url}/v3/users?searchKey=grace`, 'GET', as(mallory));
    const listed = (list.body.data as { uid: string; metadata?: unknown }[]).find((user) => user.uid === 'grace');
    expect(listed?.metadata).toEqual({ plan: 'pro' });
    expect(list.text).not.toContain('grace@example.com');
  });

  it('is kept for the user themself (GET /me, GET /users/:uid) and for the REST API key', async () => {
    const me = await sendJson(`${emulator.url}/v3/me`, 'GET', as(grace));
    expect(me.body.data.metadata).toEqual(metadata);
    const own = await sendJson(`${emulator.url}/v3/users/grace`, 'GET', as(grace));
    expect(own.body.data.metadata).toEqual(metadata);
    const admin = await sendJson(`${emulator.url}/v3/users/grace`, 'GET', { apikey: emulator.restApiKey });
    expect(admin.body.data.metadata).toEqual(metadata);
  });

  it('leaves out a metadata object that held only @private keys', async () => {
    const only = { '@private': { email: 'mallory@example.com' } };
    await sendJson(
      `${emulator.url}/v3/users/mallory`,
      'PUT',
      { apikey: emulator.restApiKey },
      JSON.stringify({ metadata: only }),
    );
    const seen = await sendJson(`${emulator.url}/v3/users/mallory`, 'GET', as(grace));
    expect(seen.body.data.metadata).toBeUndefined();
    expect(seen.text).not.toContain('mallory@example.com');
  });
});
