import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { createProfileKitHandler } from '@profilekit/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../support/cometChatUsers';
import { aboutUid, hasEvent, type OpenStream, openStream } from '../support/eventStream';
import { sendJson } from '../support/sendJson';
import { type LoopbackServer, serveOnLoopback } from '../support/serveOnLoopback';

// Issue 31: POST /webhooks/cometchat takes CometChat's webhooks (HTTP Basic, constant-time), ignores retries
// and triggers it does not use, and turns presence and blocking into events.
let emulator: RunningEmulator;
let backend: LoopbackServer;
let api: string;
let admin: { uid: string; authToken: string };
let stream: OpenStream;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimit: false });
  backend = await serveOnLoopback(
    createProfileKitHandler({
      target: { baseUrl: emulator.url, appId: emulator.appId },
      restApiKey: emulator.restApiKey,
      basePath: '/api',
      webhooks: { username: 'cometchat', password: 'webhook-pass-phrase' },
    }),
  );
  api = `${backend.origin}/api`;
  admin = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'webhook-admin', role: 'admin' });
  stream = await openStream(api, admin.authToken);
});
afterAll(async () => {
  stream?.close();
  await backend?.close();
  await emulator?.close();
});

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const post = (body: unknown, authorization = basic('cometchat', 'webhook-pass-phrase')) =>
  sendJson(
    `${api}/webhooks/cometchat`,
    'POST',
    { 'content-type': 'application/json', authorization },
    JSON.stringify(body),
  );
const presence = (uid: string, status: 'online' | 'offline', timestamp: number) => ({
  trigger: 'user_connection_status_changed',
  data: {
    timestamp,
    user: { uid, name: uid, status, role: 'default', lastActiveAt: Math.floor(timestamp / 1000) },
    status,
    currentConnection: { action: status === 'online' ? 'connected' : 'disconnected', platform: 'javascript' },
    userPresenceChanged: true,
  },
  appId: 'app',
  region: 'eu',
  webhook: 'profilekit',
});
const block = (trigger: 'user_blocked' | 'user_unblocked', by: string, blocked: string) => ({
  trigger,
  data: {
    users: { [blocked]: { uid: blocked, name: blocked } },
    by: { uid: by, name: by, lastActiveAt: 1_796_000_000 },
  },
  appId: 'app',
  region: 'eu',
  webhook: 'profilekit',
});

describe('POST /webhooks/cometchat', () => {
  it('answers 401 without credentials, with a wrong password or user, and with a user’s Bearer token', async () => {
    const body = presence('intruder', 'online', 1);
    for (const authorization of [
      '',
      basic('cometchat', 'wrong-pass-phrase'),
      basic('cometchat', 'webhook-pass-phrase-'),
      basic('CometChat', 'webhook-pass-phrase'),
      `Bearer ${admin.authToken}`,
    ]) {
      const answer = await post(body, authorization);
      expect(answer.status, authorization).toBe(401);
      expect(answer.body.error.code).toBe('AUTH_ERR_WEBHOOK');
    }
    await post(presence('marker-401', 'online', 2));
    await stream.waitFor((events) => hasEvent(events, 'presence', 'marker-401'));
    expect(hasEvent(stream.events, 'presence', 'intruder'), 'a refused webhook publishes nothing').toBe(false);
  });

  it('turns each trigger into its event', async () => {
    const timestamp = 1_796_000_000_123;
    expect((await post(presence('ana', 'online', timestamp))).status).toBe(200);
    expect((await post(presence('ana', 'offline', timestamp + 5000))).status).toBe(200);
    expect((await post(block('user_blocked', 'ana', 'ben'))).status).toBe(200);
    expect((await post(block('user_unblocked', 'ana', 'ben'))).status).toBe(200);
    await stream.waitFor((events) => hasEvent(events, 'user.unblocked', 'ana>ben'));
    const about = stream.events.map(({ event }) => event).filter((event) => aboutUid(event).startsWith('ana'));
    expect(about).toEqual([
      { type: 'presence', uid: 'ana', status: 'online', lastActiveAt: 1_796_000_000 },
      { type: 'presence', uid: 'ana', status: 'offline', lastActiveAt: 1_796_000_005 },
      { type: 'user.blocked', blocker: 'ana', blocked: 'ben' },
      { type: 'user.unblocked', blocker: 'ana', blocked: 'ben' },
    ]);
  });

  it('ignores a retried delivery (same de-duplication key): one event, 200 each time', async () => {
    const body = presence('cleo', 'online', 1_796_000_100_000);
    for (let n = 0; n < 3; n++) expect((await post(body)).status).toBe(200);
    expect((await post(block('user_blocked', 'cleo', 'dan'))).status).toBe(200);
    expect((await post(block('user_blocked', 'cleo', 'dan'))).body.data).toEqual({ duplicate: true });
    await post(presence('marker-retry', 'online', 3));
    await stream.waitFor((events) => hasEvent(events, 'presence', 'marker-retry'));
    expect(stream.events.filter(({ event }) => aboutUid(event) === 'cleo')).toHaveLength(1);
    expect(stream.events.filter(({ event }) => aboutUid(event) === 'cleo>dan')).toHaveLength(1);
  });

  it('answers 200 to a trigger it does not use, and 400 naming the field to a malformed one it does', async () => {
    const unknown = await post({ trigger: 'message_sent', data: { message: { id: '1' } }, webhook: 'profilekit' });
    expect(unknown.status).toBe(200);
    expect(unknown.body.data).toEqual({ ignored: true });
    const malformed = await post({
      trigger: 'user_connection_status_changed',
      data: { user: { uid: '../x' }, status: 'online' },
    });
    expect(malformed.status).toBe(400);
    expect(Object.keys(malformed.body.error.details)).toEqual(['data.user']);
    const noTrigger = await post({ data: {} });
    expect(noTrigger.status).toBe(400);
  });

  it('is not there unless the handler was given webhook credentials', async () => {
    const off = await serveOnLoopback(
      createProfileKitHandler({
        target: { baseUrl: emulator.url, appId: emulator.appId },
        restApiKey: emulator.restApiKey,
      }),
    );
    try {
      const answer = await sendJson(
        `${off.origin}/webhooks/cometchat`,
        'POST',
        { 'content-type': 'application/json' },
        '{}',
      );
      expect(answer.status).toBe(404);
    } finally {
      await off.close();
    }
  });
});
