import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmulatorProcess, startEmulatorProcess } from '@profilekit/emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoBackendProcess, spawnDemoBackend } from '../support/demoBackend';
import { type JsonAnswer, sendJson } from '../support/sendJson';
import { hostileStrings } from './strings';

const dir = mkdtempSync(join(tmpdir(), 'profilekit-demo-hostile-'));
let emulator: EmulatorProcess;
let backend: DemoBackendProcess;
let next = 0;

beforeAll(async () => {
  emulator = await startEmulatorProcess(['--port', '0', '--db', ':memory:', '--rate-limit', 'off']);
  backend = await spawnDemoBackend({
    emulatorUrl: emulator.url,
    appId: emulator.appId,
    restApiKey: emulator.restApiKey,
    db: join(dir, 'accounts.sqlite'),
  });
});
afterAll(async () => {
  await Promise.all([backend?.stop(), emulator?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

const password = 'correct horse battery';
const MB = 1024 * 1024;
const post = (path: string, body: string | Buffer, headers: Record<string, string> = {}) =>
  sendJson(`${backend.url}${path}`, 'POST', headers, body);
const registration = (fields: Record<string, unknown>) =>
  JSON.stringify({ uid: `demo-hostile-${next++}`, name: 'Hostile', password, ...fields });

/** A case against the demo backend: a request and the 4xx code it must get, or `stored` to read the name back. */
interface DemoCase {
  name: string;
  send: () => Promise<JsonAnswer>;
  refused?: { status: number; code: string };
  available?: false;
  storedName?: string;
}

const cases: DemoCase[] = [
  ...hostileStrings.slice(0, 6).map((value) => ({
    name: `register with the name ${JSON.stringify(value).slice(0, 40)}`,
    send: () => post('/api/register', registration({ name: value })),
    storedName: value,
  })),
  {
    name: '10 MB body',
    send: () => post('/api/register', Buffer.alloc(10 * MB, 'x')),
    refused: { status: 413, code: 'ERR_PAYLOAD_TOO_LARGE' },
  },
  {
    name: 'a text/plain registration (a cross-site form post needs no preflight)',
    send: () => post('/api/register', registration({}), { 'content-type': 'text/plain' }),
    refused: { status: 400, code: 'ERR_INVALID_CONTENT_TYPE' },
  },
  {
    name: 'a form-encoded login',
    send: () =>
      post('/api/login', `login=ada&password=${password}`, { 'content-type': 'application/x-www-form-urlencoded' }),
    refused: { status: 400, code: 'ERR_INVALID_CONTENT_TYPE' },
  },
  {
    name: '1 MB name',
    send: () => post('/api/register', registration({ name: 'x'.repeat(MB) })),
    refused: { status: 413, code: 'ERR_PAYLOAD_TOO_LARGE' },
  },
  {
    name: 'invalid JSON',
    send: () => post('/api/register', '{"uid":'),
    refused: { status: 400, code: 'ERR_BAD_REQUEST' },
  },
  {
    name: 'avatar javascript:',
    send: () => post('/api/register', registration({ avatar: 'javascript:alert(1)' })),
    refused: { status: 400, code: 'ERR_BAD_REQUEST' },
  },
  {
    name: 'uid with SQL',
    send: () => post('/api/register', registration({ uid: "x' OR '1'='1" })),
    refused: { status: 400, code: 'ERR_BAD_REQUEST' },
  },
  {
    name: '__proto__ in the body',
    send: () => post('/api/register', '{"__proto__":{"uid":"proto1","name":"P","password":"correct horse battery"}}'),
    refused: { status: 400, code: 'ERR_BAD_REQUEST' },
  },
  {
    name: 'login with SQL',
    send: () => post('/api/login', JSON.stringify({ login: "' OR '1'='1", password: "' OR '1'='1" })),
    refused: { status: 401, code: 'ERR_WRONG_LOGIN' },
  },
  {
    name: 'login with NUL',
    send: () => post('/api/login', JSON.stringify({ login: 'a\u0000', password })),
    refused: { status: 401, code: 'ERR_WRONG_LOGIN' },
  },
  {
    name: 'password of 1 MB',
    send: () => post('/api/register', registration({ password: 'p'.repeat(MB) })),
    refused: { status: 413, code: 'ERR_PAYLOAD_TOO_LARGE' },
  },
  {
    name: 'uid availability: traversal',
    send: () => sendJson(`${backend.url}/api/uids/..%2F..%2Fetc%2Fpasswd`, 'GET', {}),
    available: false,
  },
  {
    name: "uid availability: ' OR 1=1--",
    send: () => sendJson(`${backend.url}/api/uids/'%20OR%201%3D1--`, 'GET', {}),
    available: false,
  },
  {
    name: 'uid availability: 8 KB',
    send: () => sendJson(`${backend.url}/api/uids/${'a'.repeat(8192)}`, 'GET', {}),
    available: false,
  },
  {
    name: 'unknown route with markup',
    send: () => sendJson(`${backend.url}/api/%3Cscript%3E`, 'GET', {}),
    refused: { status: 404, code: 'ERR_ROUTE_NOT_FOUND' },
  },
];

describe('hostile input at the demo backend: a clear 4xx with a code, or stored verbatim; it keeps answering', () => {
  it.for(cases)('$name', async ({ send, refused, available, storedName }) => {
    const answer = await send();
    if (refused) {
      expect(answer.status, answer.text.slice(0, 200)).toBe(refused.status);
      expect(answer.body.error.code).toBe(refused.code);
      expect(answer.text).not.toContain(emulator.restApiKey);
    } else if (available === false) {
      expect(answer.status).toBe(200);
      expect(answer.body.data.available).toBe(false);
    } else {
      expect(answer.status, answer.text.slice(0, 200)).toBe(200);
      const user = await sendJson(`${emulator.url}/v3/users/${answer.body.data.uid}`, 'GET', {
        apikey: emulator.restApiKey,
      });
      expect(user.body.data.name).toBe(storedName);
    }
    expect((await sendJson(`${backend.url}/api/health`, 'GET', {})).status, 'the backend keeps answering').toBe(200);
  });
});
