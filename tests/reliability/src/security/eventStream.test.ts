import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { createProfileKitHandler } from '@profilekit/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, type TestUser } from '../support/cometChatUsers';
import { aboutUid, hasEvent, openStream } from '../support/eventStream';
import { memoryAccounts } from '../support/memoryAccounts';
import { sendJson } from '../support/sendJson';
import { type LoopbackServer, serveOnLoopback } from '../support/serveOnLoopback';

// Issue 31: GET /events gives each caller only what they may see; POST /events/user-changed publishes what
// CometChat stored, never what the client sent.
let emulator: RunningEmulator;
let backend: LoopbackServer;
let api: string;
let run = 0;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimit: false });
  backend = await serveOnLoopback(
    createProfileKitHandler({
      target: { baseUrl: emulator.url, appId: emulator.appId },
      restApiKey: emulator.restApiKey,
      basePath: '/api',
      rateLimit: { userChanged: { perIp: 1000, perKey: 3, windowMs: 60_000 } },
      webhooks: { username: 'cometchat', password: 'webhook-pass-phrase' },
      ...memoryAccounts(),
    }),
  );
  api = `${backend.origin}/api`;
});
afterAll(async () => {
  await backend?.close();
  await emulator?.close();
});

async function people() {
  const id = `e${run++}`;
  const make = (uid: string, role?: string) =>
    createTestUser(emulator.url, emulator.restApiKey, { uid: `${uid}-${id}`, ...(role && { role }) });
  const [alice, bob, carol, admin] = await Promise.all([
    make('alice'),
    make('bob'),
    make('carol'),
    make('admin', 'admin'),
  ]);
  return { alice, bob, carol, admin } as Record<'alice' | 'bob' | 'carol' | 'admin', TestUser>;
}

const asJson = { 'content-type': 'application/json' };
const bearer = (user: TestUser) => ({ ...asJson, authorization: `Bearer ${user.authToken}` });
const patch = (admin: TestUser, uid: string, body: unknown) =>
  sendJson(`${api}/users/${uid}`, 'PATCH', bearer(admin), JSON.stringify(body));
const webhook = (body: unknown) =>
  sendJson(
    `${api}/webhooks/cometchat`,
    'POST',
    {
      ...asJson,
      authorization: `Basic ${Buffer.from('cometchat:webhook-pass-phrase').toString('base64')}`,
    },
    JSON.stringify(body),
  );
const blockWebhook = (blocker: string, blocked: string) =>
  webhook({
    trigger: 'user_blocked',
    webhook: 'wh',
    data: { by: { uid: blocker }, users: { [blocked]: { uid: blocked } } },
  });

describe('GET /events: authentication', () => {
  it('refuses a stream without a token, with a forged one, and with a token in the URL instead of the header', async () => {
    const { alice } = await people();
    const none = await sendJson(`${api}/events`, 'GET', {});
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('AUTH_ERR_EMPTY_AUTH_TOKEN');
    const forged = await sendJson(`${api}/events`, 'GET', {
      authorization: `Bearer ${alice.uid}_1796000000${'0'.repeat(40)}`,
    });
    expect(forged.status).toBe(401);
    expect(forged.body.error.code).toBe('AUTH_ERR_AUTH_TOKEN_NOT_FOUND');
    const inUrl = await sendJson(`${api}/events?authToken=${alice.authToken}`, 'GET', {});
    expect(inUrl.status).toBe(401);
    expect(inUrl.text).not.toContain(alice.authToken);
  });
});

describe('GET /events: each caller sees only what they may', () => {
  it('a user sees public profile updates and presence, but neither others’ deactivations nor blocks between others', async () => {
    const { alice, bob, carol, admin } = await people();
    const [aliceStream, bobStream, adminStream] = await Promise.all([
      openStream(api, alice.authToken),
      openStream(api, bob.authToken),
      openStream(api, admin.authToken),
    ]);
    try {
      expect(
        (await sendJson(`${api}/users/deactivate`, 'POST', bearer(admin), JSON.stringify({ uids: [carol.uid] })))
          .status,
      ).toBe(200);
      expect(
        (await sendJson(`${api}/users/reactivate`, 'POST', bearer(admin), JSON.stringify({ uids: [carol.uid] })))
          .status,
      ).toBe(200);
      expect((await blockWebhook(carol.uid, bob.uid)).status).toBe(200);
      expect((await patch(admin, carol.uid, { name: 'Carol Renamed' })).status).toBe(200);
      // The last event is public: once everyone has it, everything before it was delivered or withheld.
      for (const stream of [aliceStream, bobStream, adminStream])
        await stream.waitFor((events) => hasEvent(events, 'user.updated', carol.uid));
      const seen = (stream: typeof aliceStream) => stream.events.map(({ event }) => `${event.type} ${aboutUid(event)}`);
      expect(seen(aliceStream)).toEqual([`user.updated ${carol.uid}`]);
      expect(seen(bobStream)).toEqual([`user.blocked ${carol.uid}>${bob.uid}`, `user.updated ${carol.uid}`]);
      expect(seen(adminStream)).toEqual([
        `user.deactivated ${carol.uid}`,
        `user.reactivated ${carol.uid}`,
        `user.blocked ${carol.uid}>${bob.uid}`,
        `user.updated ${carol.uid}`,
      ]);
      for (const stream of [aliceStream, bobStream, adminStream])
        for (const { id } of stream.events) expect(Number(id)).toBeGreaterThan(0);
    } finally {
      for (const stream of [aliceStream, bobStream, adminStream]) stream.close();
    }
  });

  it('a deactivated user’s stream gets user.deactivated for them, then ends', async () => {
    const { alice, admin } = await people();
    const stream = await openStream(api, alice.authToken);
    await sendJson(`${api}/users/deactivate`, 'POST', bearer(admin), JSON.stringify({ uids: [alice.uid] }));
    await stream.ended;
    expect(stream.events.map(({ event }) => event)).toEqual([{ type: 'user.deactivated', uid: alice.uid }]);
  });
});

describe('GET /events: a stream follows its caller', () => {
  it('an admin demoted to a default user stops getting what only admins see, on the stream already open', async () => {
    const { alice, carol, admin } = await people();
    const { admin: other } = await people();
    const stream = await openStream(api, admin.authToken);
    try {
      expect((await patch(other, admin.uid, { role: 'default' })).status).toBe(200);
      await stream.waitFor((events) => hasEvent(events, 'user.updated', admin.uid));
      await sendJson(`${api}/users/deactivate`, 'POST', bearer(other), JSON.stringify({ uids: [carol.uid] }));
      expect((await patch(other, alice.uid, { name: 'Alice After' })).status).toBe(200);
      await stream.waitFor((events) => hasEvent(events, 'user.updated', alice.uid));
      // carol's deactivation came between the two updates: a user no longer sees it.
      expect(stream.events.map(({ event }) => `${event.type} ${aboutUid(event)}`)).toEqual([
        `user.updated ${admin.uid}`,
        `user.updated ${alice.uid}`,
      ]);
    } finally {
      stream.close();
    }
  });

  it('a token revoked outside the backend (REST API) ends its stream at the next check', async () => {
    const checking = await serveOnLoopback(
      createProfileKitHandler({
        target: { baseUrl: emulator.url, appId: emulator.appId },
        restApiKey: emulator.restApiKey,
        basePath: '/api',
        tokenCacheSeconds: 0,
        events: { heartbeatSeconds: 0.2, recheckSeconds: 0.5 },
        ...memoryAccounts(),
      }),
    );
    try {
      const { alice, bob } = await people();
      const revoked = await openStream(`${checking.origin}/api`, alice.authToken);
      const kept = await openStream(`${checking.origin}/api`, bob.authToken);
      const removed = await sendJson(`${emulator.url}/v3/users/${alice.uid}/auth_tokens/${alice.authToken}`, 'DELETE', {
        apikey: emulator.restApiKey,
      });
      expect(removed.status).toBe(200);
      await revoked.ended;
      // bob's stream went through the same checks and is still open.
      const stillOpen = await Promise.race([
        kept.ended.then(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 1500)),
      ]);
      expect(stillOpen).toBe(true);
      kept.close();
    } finally {
      await checking.close();
    }
  });
});

describe('GET /events: @private metadata', () => {
  it('reaches the user themselves and admins, never another user (CometChat hides it from other users)', async () => {
    const { alice, bob, admin } = await people();
    const streams = await Promise.all([alice, bob, admin].map((user) => openStream(api, user.authToken)));
    try {
      const metadata = { plan: 'pro', '@private': { email: 'alice@example.com' } };
      expect((await patch(admin, alice.uid, { metadata })).status).toBe(200);
      const [own, other, admins] = await Promise.all(
        streams.map(async (stream) => {
          const events = await stream.waitFor((all) => hasEvent(all, 'user.updated', alice.uid));
          const last = events.at(-1)?.event;
          return last?.type === 'user.updated' ? last.user.metadata : undefined;
        }),
      );
      expect(own).toEqual(metadata);
      expect(admins).toEqual(metadata);
      expect(other).toEqual({ plan: 'pro' });
      expect(JSON.stringify(streams[1]?.events)).not.toContain('alice@example.com');
    } finally {
      for (const stream of streams) stream.close();
    }
  });
});

describe('POST /events/user-changed', () => {
  it('re-reads the user with the REST API and publishes what CometChat stored, never the body', async () => {
    const { alice, bob } = await people();
    const stream = await openStream(api, bob.authToken);
    try {
      await sendJson(
        `${emulator.url}/v3/me`,
        'PUT',
        { ...asJson, authToken: alice.authToken },
        JSON.stringify({ name: 'Alice Stored' }),
      );
      const forged = { uid: alice.uid, name: 'Forged Name', user: { uid: alice.uid, name: 'Forged Name' } };
      const answer = await sendJson(`${api}/events/user-changed`, 'POST', bearer(alice), JSON.stringify(forged));
      expect(answer.status, answer.text).toBe(200);
      const events = await stream.waitFor((all) => hasEvent(all, 'user.updated', alice.uid));
      const last = events.at(-1)?.event;
      expect(last?.type === 'user.updated' && last.user.name).toBe('Alice Stored');
      expect(JSON.stringify(stream.events)).not.toContain('Forged Name');
    } finally {
      stream.close();
    }
  });

  it('lets a user report only themselves (an admin anyone), and limits reports per caller', async () => {
    const { alice, bob, admin } = await people();
    const report = (caller: TestUser, uid: string) =>
      sendJson(`${api}/events/user-changed`, 'POST', bearer(caller), JSON.stringify({ uid }));
    const other = await report(alice, bob.uid);
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('AUTH_ERR_NO_ACCESS');
    expect((await report(admin, bob.uid)).status).toBe(200);
    expect(
      (await sendJson(`${api}/events/user-changed`, 'POST', asJson, JSON.stringify({ uid: alice.uid }))).status,
    ).toBe(401);
    const bad = await report(alice, '../admin');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.uid).toBeDefined();
    for (let n = 0; n < 3; n++) expect((await report(alice, alice.uid)).status).toBe(200);
    const limited = await report(alice, alice.uid);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});
