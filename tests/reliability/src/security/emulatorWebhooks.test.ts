import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { createProfileKitHandler, type ProfileKitHandler } from '@profilekit/server';
import { toNodeHandler } from '@profilekit/server/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../support/cometChatUsers';
import { aboutUid, openStream } from '../support/eventStream';
import { sendJson } from '../support/sendJson';

// Issue 31: the emulator's webhooks, as `pnpm dev` wires them, reach @profilekit/server's receiver and become
// presence and block events on an admin's stream — end to end, over real HTTP, no CometChat account needed.
let emulator: RunningEmulator;
let handler: ProfileKitHandler | undefined;
const backend = createServer((request, response) => {
  if (!handler) return response.writeHead(503).end();
  return toNodeHandler(handler)(request, response);
});
let api: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(backend.address() as AddressInfo).port}/api`;
  emulator = await startEmulator({
    port: 0,
    rateLimit: false,
    webhookUrl: `${api}/webhooks/cometchat`,
    webhookBasicAuth: 'emulator:random-pass-phrase',
  });
  handler = createProfileKitHandler({
    target: { baseUrl: emulator.url, appId: emulator.appId },
    restApiKey: emulator.restApiKey,
    basePath: '/api',
    webhooks: { username: 'emulator', password: 'random-pass-phrase' },
  });
});
afterAll(async () => {
  backend.closeAllConnections();
  await new Promise((resolve) => backend.close(resolve));
  await emulator?.close();
});

describe('emulator → @profilekit/server webhooks', () => {
  it('a login, a block and a logout at the emulator arrive as events on an admin’s stream', async () => {
    const admin = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'hook-admin', role: 'admin' });
    const { uid, authToken } = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'hook-user' });
    await createTestUser(emulator.url, emulator.restApiKey, { uid: 'hook-other' });
    const stream = await openStream(api, admin.authToken);
    try {
      const asUser = { authToken, 'content-type': 'application/json' };
      expect((await sendJson(`${emulator.url}/v3/me`, 'PUT', asUser, '{}')).status).toBe(200);
      await sendJson(
        `${emulator.url}/v3/blockedusers`,
        'POST',
        asUser,
        JSON.stringify({ blockedUids: ['hook-other'] }),
      );
      await sendJson(`${emulator.url}/v3/me`, 'DELETE', asUser);
      const events = await stream.waitFor(
        (all) => all.filter(({ event }) => aboutUid(event).startsWith(uid)).length >= 3,
      );
      expect(events.map(({ event }) => event).filter((event) => aboutUid(event).startsWith(uid))).toEqual([
        { type: 'presence', uid, status: 'online', lastActiveAt: expect.any(Number) },
        { type: 'user.blocked', blocker: uid, blocked: 'hook-other' },
        { type: 'presence', uid, status: 'offline', lastActiveAt: expect.any(Number) },
      ]);
    } finally {
      stream.close();
    }
  });
});
