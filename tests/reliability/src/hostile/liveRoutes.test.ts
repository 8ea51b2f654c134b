import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { createProfileKitHandler } from '@profilekit/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, type TestUser } from '../support/cometChatUsers';
import { openStream } from '../support/eventStream';
import { sendJson } from '../support/sendJson';
import { type LoopbackServer, serveOnLoopback } from '../support/serveOnLoopback';

// Issue 31: the live routes (POST /events/user-changed, POST /webhooks/cometchat, GET /events with its
// Last-Event-ID) answer hostile input with a clear 4xx and a code, or ignore it; the server keeps answering.
let emulator: RunningEmulator;
let backend: LoopbackServer;
let api: string;
let alice: TestUser;
let admin: TestUser;
const basic = `Basic ${Buffer.from('cometchat:hostile-webhook-pass').toString('base64')}`;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimit: false });
  backend = await serveOnLoopback(
    createProfileKitHandler({
      target: { baseUrl: emulator.url, appId: emulator.appId },
      restApiKey: emulator.restApiKey,
      basePath: '/api',
      rateLimit: false,
      webhooks: { username: 'cometchat', password: 'hostile-webhook-pass' },
    }),
  );
  api = `${backend.origin}/api`;
  alice = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'hostile-alice' });
  admin = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'hostile-admin', role: 'admin' });
});
afterAll(async () => {
  await backend?.close();
  await emulator?.close();
});

const MB = 1024 * 1024;
const hostileBodies: [string, string][] = [
  ['invalid JSON', '{"uid":'],
  ['an array', '["hostile-alice"]'],
  ['a prototype key', '{"__proto__":{"polluted":true},"uid":"hostile-alice","trigger":"user_blocked"}'],
  [
    'path traversal',
    '{"uid":"../../admin","trigger":"user_blocked","data":{"by":{"uid":"../x"},"users":{"a":{"uid":"a"}}}}',
  ],
  [
    'NUL and CRLF',
    '{"uid":"hostile\\u0000\\r\\nx","trigger":"user_connection_status_changed","data":{"user":{"uid":"a\\r\\nb"},"status":"online"}}',
  ],
  ['markup', '{"uid":"<script>alert(1)</script>","trigger":"<img src=x onerror=alert(1)>"}'],
  ['a wrong status', '{"trigger":"user_connection_status_changed","data":{"user":{"uid":"ok"},"status":"away"}}'],
  ['no blocked users', '{"trigger":"user_blocked","data":{"by":{"uid":"ok"},"users":{}}}'],
  ['1 MB', `{"uid":"${'a'.repeat(MB)}"}`],
];
const routes = [
  { path: '/events/user-changed', headers: { authorization: `Bearer ${'{alice}'}` } },
  { path: '/webhooks/cometchat', headers: { authorization: basic } },
];

describe('hostile input to the live routes', () => {
  it.for(routes.flatMap((route) => hostileBodies.map(([name, body]) => ({ ...route, name, body }))))(
    'POST $path with $name: a 4xx with a code, or ignored',
    async ({ path, headers, body }) => {
      const authorization = headers.authorization.replace('{alice}', alice.authToken);
      const answer = await sendJson(
        `${api}${path}`,
        'POST',
        // A socket the server may close unread is not put back into the keep-alive pool.
        { 'content-type': 'application/json', authorization, ...(body.length >= MB && { connection: 'close' }) },
        body,
      ).catch((error: unknown) => {
        // A body over the limit is answered 413 unread; a reset while it uploads is the same refusal.
        if (body.length < MB || !/hang up|ECONNRESET|EPIPE/.test(String(error))) throw error;
        return { status: 413, text: '', headers: {}, body: { error: { code: 'ERR_PAYLOAD_TOO_LARGE' } } };
      });
      if (answer.status === 200) {
        // Ignored (a trigger not used), or a report about the caller themselves with stray keys left out.
        const fine = answer.body.data.ignored === true || answer.body.data.uid === alice.uid;
        expect(fine, answer.text).toBe(true);
      } else {
        expect(answer.status, answer.text).toBeGreaterThanOrEqual(400);
        expect(answer.status).toBeLessThan(500);
        expect(answer.body.error.code).toMatch(/^[A-Z_]+$/);
      }
      expect(({} as Record<string, unknown>).polluted, 'no prototype is polluted').toBeUndefined();
      expect((await sendJson(`${api}/events/user-changed`, 'POST', {}, '{}')).status, 'still answering').toBe(401);
    },
  );

  it.for(['-1', 'abc', '1e309', '99999999999999999999', '0x10', ' 3 ', 'x'.repeat(4000)])(
    'GET /events with Last-Event-ID %s opens a stream without replaying anything odd',
    async (lastEventId) => {
      const stream = await openStream(api, admin.authToken, lastEventId);
      try {
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(stream.events.every(({ id }) => Number(id) > 0)).toBe(true);
      } finally {
        stream.close();
      }
    },
  );
});
