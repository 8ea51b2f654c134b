import { mkdtempSync, rmSync } from 'node:fs';
import { maxHeaderSize, request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateUserInput } from '@profilekit/core';
import { sameValue } from '@profilekit/core/internal';
import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type JsonAnswer, sendJson } from '../support/sendJson';
import { type HostileCase, hostileCatalog, type RawRequest } from './catalog';

const dir = mkdtempSync(join(tmpdir(), 'profilekit-hostile-'));
let server: RunningEmulator;
let authToken: string;
let next = 0;

beforeAll(async () => {
  // The SQLite store, as `pnpm dev` runs it: hostile text must survive the database too.
  server = await startEmulator({ port: 0, rateLimit: false, db: join(dir, 'hostile.sqlite') });
  await sendJson(`${server.url}/v3/users`, 'POST', { apikey: server.authKey }, '{"uid":"hostile-me","name":"Me"}');
  const issued = await sendJson(
    `${server.url}/v3/users/hostile-me/auth_tokens`,
    'POST',
    { apikey: server.authKey },
    '{}',
  );
  authToken = issued.body.data.authToken;
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function credential(as: RawRequest['as']): Record<string, string> {
  if (as === 'authKey') return { apikey: server.authKey };
  if (as === 'restKey') return { apikey: server.restApiKey };
  if (as === 'token') return { authToken, appId: server.appId };
  return {};
}

/** Sends `bytes` of filler as one chunked stream with no Content-Length. */
function sendChunked(path: string, headers: Record<string, string>, bytes: number): Promise<JsonAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.url}${path}`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', ...headers } },
      (res) => {
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text), text }),
        );
      },
    );
    req.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let sent = 0;
    const write = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

async function send({ method, path, as, body, headers = {} }: RawRequest): Promise<JsonAnswer> {
  const all = { ...credential(as), ...headers };
  if (typeof body === 'object' && body.chunked) return sendChunked(path, all, body.bytes);
  const wire =
    typeof body === 'object' ? Buffer.alloc(body.bytes, 'x') : body?.replaceAll('{uid}', `hostile-${next++}`);
  if (path.length > maxHeaderSize) return sendOversizeHead(method, path, all);
  return sendJson(`${server.url}${path}`, method, all, wire);
}

/**
 * Sends a request whose head is past Node's header limit on a raw socket, and reads the answer that arrived before
 * the server closed. Node's parser answers 431 and closes with the rest of the head unread, so the connection ends
 * in a reset: `node:http`'s client on Node 24 reports that reset and drops the 431 it had received (20 and 22
 * mostly read it first); the bytes themselves arrive before the reset on every line.
 */
function sendOversizeHead(method: string, path: string, headers: Record<string, string>): Promise<JsonAnswer> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let text = '';
    const done = () => {
      const [head = '', body = ''] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const answerHeaders = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), headers: answerHeaders, body: undefined, text: body });
    };
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      text += chunk;
    });
    socket.on('error', () => {}); // the reset, after the answer; `close` follows
    socket.on('close', done);
    const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
    socket.write(
      `${method} ${path} HTTP/1.1\r\nhost: ${hostname}:${port}\r\n${lines.join('')}connection: close\r\n\r\n`,
    );
  });
}

async function storeAndReadBack({ via, field, value }: Extract<HostileCase, { store: unknown }>['store']) {
  const uid = `hostile-${next++}`;
  const admin = { apikey: server.authKey };
  const change = JSON.stringify({ [field]: value });
  const create = JSON.stringify({ uid, name: 'Hostile', ...(via === 'create' ? { [field]: value } : {}) });
  const created = await sendJson(`${server.url}/v3/users`, 'POST', admin, create);
  expect(created.status, created.text).toBe(200);
  let readFrom = uid;
  if (via === 'update')
    expect((await sendJson(`${server.url}/v3/users/${uid}`, 'PUT', admin, change)).status).toBe(200);
  if (via === 'updateCurrent') {
    const saved = await sendJson(`${server.url}/v3/me`, 'PUT', credential('token'), change);
    expect(saved.status, saved.text).toBe(200);
    readFrom = 'hostile-me';
  }
  const read = await sendJson(`${server.url}/v3/users/${readFrom}`, 'GET', { apikey: server.restApiKey });
  return read.body.data[field];
}

describe('hostile input catalog: a clear 4xx with a code, or stored verbatim; the server keeps answering', () => {
  it.for(hostileCatalog)('$name', async (hostile) => {
    if ('refused' in hostile) {
      const answer = await send(hostile.request);
      expect(answer.status, answer.text.slice(0, 300)).toBe(hostile.refused.status);
      if (hostile.refused.code !== null) {
        expect(answer.headers['content-type']).toMatch(/^application\/json/);
        expect(answer.body.error.code).toBe(hostile.refused.code);
      }
      expect(answer.headers['set-cookie']).toBeUndefined();
    } else if ('store' in hostile) {
      const stored = await storeAndReadBack(hostile.store);
      expect(sameValue(stored, hostile.store.value), `stored ${JSON.stringify(stored)}`).toBe(true);
    } else {
      const query = new URLSearchParams({ searchKey: hostile.search, perPage: '1000' });
      const answer = await sendJson(`${server.url}/v3/users?${query}`, 'GET', { apikey: server.restApiKey });
      expect(answer.status, answer.text).toBe(200);
      const key = hostile.search.trim().toLowerCase();
      const literal = (user: { uid: string; name: string }) =>
        user.uid.startsWith(key) ||
        user.name
          .toLowerCase()
          .split(/\s+/)
          .some((word) => word.startsWith(key));
      expect(answer.body.data.filter((user: { uid: string; name: string }) => !literal(user))).toEqual([]);
    }
    const alive = await sendJson(`${server.url}/v3/`, 'GET', {});
    expect(alive.status, 'the server keeps answering').toBe(200);
  });

  it('the core judges metadata nested 100,000 deep (in the browser too) instead of overflowing its stack', () => {
    const deep = JSON.parse(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`);
    const result = validateUserInput('updateCurrent', { metadata: deep });
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.details.metadata).toEqual([
      expect.stringMatching(/^Metadata must be at most 5 KB/),
    ]);
  });

  it('polluted no prototype and deleted nobody', async () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    const list = await sendJson(`${server.url}/v3/users?perPage=1000`, 'GET', { apikey: server.restApiKey });
    const stored = hostileCatalog.filter((hostile) => 'store' in hostile && hostile.store.via !== 'updateCurrent');
    expect(list.body.data.length).toBeGreaterThanOrEqual(stored.length + 1);
  });
});
