import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { createProfileKitHandler } from '@profilekit/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, readUser } from '../support/cometChatUsers';
import { sendJson } from '../support/sendJson';
import { type LoopbackServer, serveOnLoopback } from '../support/serveOnLoopback';

let emulator: RunningEmulator;
let server: LoopbackServer | undefined;
let api: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimit: false });
  // A long token cache: the logout must drop the token from it, not wait for it to expire.
  const handler = createProfileKitHandler({
    target: { baseUrl: emulator.url, appId: emulator.appId },
    restApiKey: emulator.restApiKey,
    rateLimit: false,
    basePath: '/api',
    tokenCacheSeconds: 600,
  });
  server = await serveOnLoopback(handler);
  api = `${server.origin}/api`;
});
afterAll(async () => {
  await server?.close();
  await emulator?.close();
});

const bearer = (authToken: string) => ({ authorization: `Bearer ${authToken}` });
const asUser = (authToken: string) => ({ authToken, appId: emulator.appId });

describe('DELETE /session ends the session: the auth token is refused everywhere afterwards', () => {
  it('revokes the token with CometChat, drops it from the token cache and marks the user offline', async () => {
    const admin = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'logout-admin', role: 'admin' });
    const other = await sendJson(
      `${emulator.url}/v3/users/logout-admin/auth_tokens`,
      'POST',
      { apikey: emulator.restApiKey },
      '{}',
    );
    const otherDevice = other.body.data.authToken as string;
    expect((await sendJson(`${emulator.url}/v3/me`, 'PUT', asUser(admin.authToken), '{}')).body.data.status).toBe(
      'online',
    );
    expect((await sendJson(`${api}/users`, 'GET', bearer(admin.authToken))).status).toBe(200);

    const ended = await sendJson(`${api}/session`, 'DELETE', bearer(admin.authToken));
    expect(ended.status).toBe(200);

    const admins = await sendJson(`${api}/users`, 'GET', bearer(admin.authToken));
    expect(admins.status).toBe(401);
    expect(admins.body.error.code).toBe('AUTH_ERR_AUTH_TOKEN_NOT_FOUND');
    expect((await sendJson(`${emulator.url}/v3/me`, 'GET', asUser(admin.authToken))).status).toBe(401);
    expect((await sendJson(`${emulator.url}/v3/me`, 'PUT', asUser(admin.authToken), '{}')).status).toBe(401);
    expect((await readUser(emulator.url, emulator.restApiKey, 'logout-admin'))?.status).toBe('offline');
    // One session ends, not every device's.
    expect((await sendJson(`${api}/users`, 'GET', bearer(otherDevice))).status).toBe(200);
    // Ending it again, or without a token, or with a forged one: 401.
    expect((await sendJson(`${api}/session`, 'DELETE', bearer(admin.authToken))).status).toBe(401);
    expect((await sendJson(`${api}/session`, 'DELETE', {})).status).toBe(401);
    expect((await sendJson(`${api}/session`, 'DELETE', bearer('forged-token'))).status).toBe(401);
  });

  it('lets any signed-in user (not only admins) end their own session', async () => {
    const person = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'logout-person' });
    expect((await sendJson(`${api}/session`, 'DELETE', bearer(person.authToken))).status).toBe(200);
    expect((await sendJson(`${emulator.url}/v3/me`, 'GET', asUser(person.authToken))).status).toBe(401);
  });
});

describe('the emulator’s DELETE /me behaves as CometChat documents the SDK’s logout', () => {
  it('sets the user offline and leaves the token valid: revoking is the REST API’s job', async () => {
    const person = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'sdk-logout' });
    await sendJson(`${emulator.url}/v3/me`, 'PUT', asUser(person.authToken), '{}');
    expect((await sendJson(`${emulator.url}/v3/me`, 'DELETE', asUser(person.authToken))).status).toBe(200);
    expect((await readUser(emulator.url, emulator.restApiKey, 'sdk-logout'))?.status).toBe('offline');
    expect((await sendJson(`${emulator.url}/v3/me`, 'GET', asUser(person.authToken))).status).toBe(200);
    const revoked = await sendJson(`${emulator.url}/v3/users/sdk-logout/auth_tokens/${person.authToken}`, 'DELETE', {
      apikey: emulator.restApiKey,
    });
    expect(revoked.status).toBe(200);
    expect((await sendJson(`${emulator.url}/v3/me`, 'GET', asUser(person.authToken))).status).toBe(401);
  });
});
