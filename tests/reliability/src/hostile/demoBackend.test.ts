import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmulatorProcess, startEmulatorProcess } from '@profilekit/emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, readUser, type TestUser } from '../support/cometChatUsers';
import { type DemoBackendProcess, spawnDemoBackend } from '../support/demoBackend';
import { type JsonAnswer, sendJson } from '../support/sendJson';
import { hostileStrings } from './strings';

const dir = mkdtempSync(join(tmpdir(), 'profilekit-demo-hostile-'));
let emulator: EmulatorProcess;
let backend: DemoBackendProcess;
let admin: TestUser;
let next = 0;

beforeAll(async () => {
  emulator = await startEmulatorProcess(['--port', '0', '--db', ':memory:', '--rate-limit', 'off']);
  backend = await spawnDemoBackend({
    emulatorUrl: emulator.url,
    appId: emulator.appId,
    restApiKey: emulator.restApiKey,
    db: join(dir, 'accounts.sqlite'),
    rateLimit: false,
  });
  admin = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'hostile-admin', role: 'admin' });
  await createTestUser(emulator.url, emulator.restApiKey, { uid: 'hostile-target' });
});
afterAll(async () => {
  await Promise.all([backend?.stop(), emulator?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

const password = 'correct horse battery';
const MB = 1024 * 1024;
const asAdmin = () => ({ authorization: `Bearer ${admin.authToken}` });
/**
 * Sends a request. A body over the limit is answered 413 without being read; when the upload takes
 * longer than the server waits for it to drain, the server closes the socket first and the client sees
 * the connection reset instead — equally a refusal — which counts here as the 413 it would have been.
 */
async function send(method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}) {
  const large = body !== undefined && Buffer.byteLength(body) > 64 * 1024;
  try {
    // A socket the server may close unread is not put back into the keep-alive pool.
    return await sendJson(`${backend.url}${path}`, method, large ? { ...headers, connection: 'close' } : headers, body);
  } catch (error) {
    if (!large || !/hang up|ECONNRESET|EPIPE/.test(String(error))) throw error;
    const closed = { error: { code: 'ERR_PAYLOAD_TOO_LARGE', message: 'closed unread' } };
    return {
      status: 413,
      headers: { 'x-content-type-options': 'nosniff', 'content-type': 'application/json' },
      body: closed,
      text: '',
    };
  }
}
const post = (path: string, body: string | Buffer, headers: Record<string, string> = {}) =>
  send('POST', path, body, headers);
const signup = (user: Record<string, unknown>, account: Record<string, unknown> = { password }) =>
  JSON.stringify({ user: { uid: `demo-hostile-${next++}`, name: 'Hostile', ...user }, account });
const manyUids = (count: number) => JSON.stringify({ uids: Array.from({ length: count }, (_, i) => `u${i}`) });

/** A case: a request and the 4xx code it must get, or what must hold of its 200 answer. */
interface DemoCase {
  name: string;
  send: () => Promise<JsonAnswer>;
  refused?: { status: number; code: string };
  available?: false;
  storedName?: string;
  /** For a 200: what must hold of the stored user afterwards. */
  stored?: (answer: JsonAnswer) => Promise<void>;
}

const BAD = { status: 400, code: 'ERR_BAD_REQUEST' };
const TOO_LARGE = { status: 413, code: 'ERR_PAYLOAD_TOO_LARGE' };
const NOT_JSON = { status: 415, code: 'ERR_INVALID_CONTENT_TYPE' };

const signupCases: DemoCase[] = [
  ...hostileStrings.slice(0, 6).map((value) => ({
    name: `sign-up with the name ${JSON.stringify(value).slice(0, 40)}`,
    send: () => post('/api/signup', signup({ name: value })),
    storedName: value,
  })),
  { name: 'sign-up: 10 MB body', send: () => post('/api/signup', Buffer.alloc(10 * MB, 'x')), refused: TOO_LARGE },
  {
    name: 'sign-up as text/plain (a cross-site form post needs no preflight)',
    send: () => post('/api/signup', signup({}), { 'content-type': 'text/plain' }),
    refused: NOT_JSON,
  },
  { name: 'sign-up: 1 MB name', send: () => post('/api/signup', signup({ name: 'x'.repeat(MB) })), refused: TOO_LARGE },
  { name: 'sign-up: invalid JSON', send: () => post('/api/signup', '{"user":'), refused: BAD },
  { name: 'sign-up: a JSON array', send: () => post('/api/signup', '[1,2]'), refused: BAD },
  {
    name: 'sign-up: avatar javascript:',
    send: () => post('/api/signup', signup({ avatar: 'javascript:alert(1)' })),
    refused: BAD,
  },
  { name: 'sign-up: uid with SQL', send: () => post('/api/signup', signup({ uid: "x' OR '1'='1" })), refused: BAD },
  {
    name: 'sign-up: uid with traversal',
    send: () => post('/api/signup', signup({ uid: '../../etc/passwd' })),
    refused: BAD,
  },
  {
    name: 'sign-up: __proto__ as the whole body',
    send: () =>
      post('/api/signup', `{"__proto__":{"user":{"uid":"proto1","name":"P"},"account":{"password":"${password}"}}}`),
    refused: BAD,
  },
  {
    name: 'sign-up: role smuggled through __proto__',
    send: () =>
      post(
        '/api/signup',
        `{"user":{"uid":"proto2","name":"P","__proto__":{"role":"admin"}},"account":{"password":"${password}"}}`,
      ),
    stored: async () => expect((await readUser(emulator.url, emulator.restApiKey, 'proto2'))?.role).toBe('default'),
  },
  { name: 'sign-up: role admin', send: () => post('/api/signup', signup({ role: 'admin' })), refused: BAD },
  {
    name: 'sign-up: password of 1 MB',
    send: () => post('/api/signup', signup({}, { password: 'p'.repeat(MB) })),
    refused: TOO_LARGE,
  },
  {
    name: 'sign-up: password as an object',
    send: () => post('/api/signup', signup({}, { password: { $gt: '' } })),
    refused: BAD,
  },
];

const sessionCases: DemoCase[] = [
  {
    name: 'login form-encoded',
    send: () =>
      post('/api/session', `login=ada&password=${password}`, { 'content-type': 'application/x-www-form-urlencoded' }),
    refused: NOT_JSON,
  },
  {
    name: 'login with SQL',
    send: () => post('/api/session', JSON.stringify({ login: "' OR '1'='1", password: "' OR '1'='1" })),
    refused: { status: 401, code: 'ERR_WRONG_LOGIN' },
  },
  {
    name: 'login with NUL',
    send: () => post('/api/session', JSON.stringify({ login: 'a\u0000', password })),
    refused: { status: 401, code: 'ERR_WRONG_LOGIN' },
  },
  {
    name: 'login through __proto__',
    send: () => post('/api/session', `{"__proto__":{"login":"hostile-admin","password":"${password}"}}`),
    refused: BAD,
  },
  { name: 'login: 10 MB body', send: () => post('/api/session', Buffer.alloc(10 * MB, 'x')), refused: TOO_LARGE },
];

const availabilityCases: DemoCase[] = [
  {
    name: 'uid availability: traversal',
    send: () => send('GET', '/api/signup/uids/..%2F..%2Fetc%2Fpasswd'),
    available: false,
  },
  {
    name: "uid availability: ' OR 1=1--",
    send: () => send('GET', "/api/signup/uids/'%20OR%201%3D1--"),
    available: false,
  },
  { name: 'uid availability: 8 KB', send: () => send('GET', `/api/signup/uids/${'a'.repeat(8192)}`), available: false },
];

const adminCases: DemoCase[] = [
  {
    name: 'list: perPage 100000',
    send: () => send('GET', '/api/users?perPage=100000', undefined, asAdmin()),
    refused: BAD,
  },
  { name: 'list: page -1', send: () => send('GET', '/api/users?page=-1', undefined, asAdmin()), refused: BAD },
  {
    name: 'list: status <script>',
    send: () => send('GET', '/api/users?status=%3Cscript%3E', undefined, asAdmin()),
    refused: BAD,
  },
  {
    name: 'read: traversal in :uid',
    send: () => send('GET', '/api/users/..%2F..%2Fetc%2Fpasswd', undefined, asAdmin()),
    refused: BAD,
  },
  {
    name: 'read: 8 KB :uid',
    send: () => send('GET', `/api/users/${'a'.repeat(8192)}`, undefined, asAdmin()),
    refused: BAD,
  },
  {
    name: 'delete: traversal in :uid',
    send: () => send('DELETE', '/api/users/x%2F..%2F..%2Fusers', undefined, asAdmin()),
    refused: BAD,
  },
  {
    name: 'delete: SQL in :uid',
    send: () => send('DELETE', "/api/users/x'%20OR%20'1'%3D'1", undefined, asAdmin()),
    refused: BAD,
  },
  {
    name: 'update: text/plain',
    send: () =>
      send('PATCH', '/api/users/hostile-target', '{"name":"x"}', { ...asAdmin(), 'content-type': 'text/plain' }),
    refused: NOT_JSON,
  },
  {
    name: 'update: another uid in the body',
    send: () => send('PATCH', '/api/users/hostile-target', '{"uid":"hostile-admin","role":"default"}', asAdmin()),
    refused: BAD,
  },
  {
    name: 'update: role smuggled through __proto__',
    send: () => send('PATCH', '/api/users/hostile-target', '{"__proto__":{"role":"admin"},"name":"Target"}', asAdmin()),
    stored: async () =>
      expect(await readUser(emulator.url, emulator.restApiKey, 'hostile-target')).toMatchObject({
        name: 'Target',
        role: 'default',
      }),
  },
  {
    name: 'update: 10 MB body',
    send: () => send('PATCH', '/api/users/hostile-target', Buffer.alloc(10 * MB, 'x'), asAdmin()),
    refused: TOO_LARGE,
  },
  {
    name: 'create: role of 1 KB',
    send: () => post('/api/users', JSON.stringify({ uid: 'r1', name: 'R', role: 'r'.repeat(1024) }), asAdmin()),
    refused: BAD,
  },
  { name: 'deactivate: 101 uids', send: () => post('/api/users/deactivate', manyUids(101), asAdmin()), refused: BAD },
  {
    name: 'deactivate: 100,000 uids',
    send: () => post('/api/users/deactivate', manyUids(100_000), asAdmin()),
    refused: TOO_LARGE,
  },
  {
    name: 'deactivate: uids as a string',
    send: () => post('/api/users/deactivate', '{"uids":"hostile-target"}', asAdmin()),
    refused: BAD,
  },
  {
    name: 'deactivate: traversal uid',
    send: () => post('/api/users/deactivate', '{"uids":["../x"]}', asAdmin()),
    refused: BAD,
  },
  {
    name: 'reactivate: uids through __proto__',
    send: () => post('/api/users/reactivate', '{"__proto__":{"uids":["x"]}}', asAdmin()),
    refused: BAD,
  },
  {
    name: 'reactivate: nested arrays',
    send: () => post('/api/users/reactivate', '{"uids":[["x"]]}', asAdmin()),
    refused: BAD,
  },
  {
    name: 'unknown route with markup',
    send: () => send('GET', '/api/%3Cscript%3E'),
    refused: { status: 404, code: 'ERR_ROUTE_NOT_FOUND' },
  },
];

describe('hostile input at every route of the demo backend: a clear 4xx with a code, or stored as sent; it keeps answering', () => {
  it.for([...signupCases, ...sessionCases, ...availabilityCases, ...adminCases])(
    '$name',
    async ({ send: sendCase, refused, available, storedName, stored }) => {
      const answer = await sendCase();
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      expect(answer.text).not.toContain(emulator.restApiKey);
      expect(answer.text).not.toContain(`${emulator.restApiKey.slice(0, 4)}*`);
      expect(answer.text).not.toContain(emulator.url);
      if (refused) {
        expect(answer.status, answer.text.slice(0, 200)).toBe(refused.status);
        expect(answer.body.error.code).toBe(refused.code);
      } else if (available === false) {
        expect(answer.status).toBe(200);
        expect(answer.body.data.available).toBe(false);
      } else {
        expect(answer.status, answer.text.slice(0, 200)).toBe(200);
        if (storedName !== undefined) {
          const user = await readUser(emulator.url, emulator.restApiKey, answer.body.data.user.uid);
          expect(user?.name).toBe(storedName);
        }
        await stored?.(answer);
      }
      expect((await send('GET', '/api/health')).status, 'the backend keeps answering').toBe(200);
    },
  );
});
