import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import {
  type AvatarUploadOptions,
  createDiskAvatarStorage,
  createProfileKitHandler,
  type ProfileKitHandlerOptions,
} from '@profilekit/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallPng } from '../support/avatarImages';
import { createTestUser, type TestUser } from '../support/cometChatUsers';
import { sendJson } from '../support/sendJson';
import { type LoopbackServer, serveOnLoopback } from '../support/serveOnLoopback';

const dir = mkdtempSync(join(tmpdir(), 'profilekit-avatar-abuse-'));
const servers: LoopbackServer[] = [];
let emulator: RunningEmulator;
let person: TestUser;

/** A backend with anonymous uploads (a sign-up form's), as the demo has; `ip` header stands for the peer. */
async function backend(avatars: Partial<AvatarUploadOptions> = {}, options: Partial<ProfileKitHandlerOptions> = {}) {
  const directory = join(dir, `avatars-${servers.length}`);
  mkdirSync(directory, { recursive: true });
  const handler = createProfileKitHandler({
    target: { baseUrl: emulator.url, appId: emulator.appId },
    restApiKey: emulator.restApiKey,
    rateLimit: false,
    basePath: '/api',
    allowedOrigins: ['https://app.example'],
    clientIp: (request) => request.headers.get('x-test-ip') ?? undefined,
    avatars: { storage: createDiskAvatarStorage({ directory }), anonymous: true, ...avatars },
    ...options,
  });
  const server = await serveOnLoopback(handler);
  servers.push(server);
  const { origin } = server;
  const stored = () =>
    readdirSync(directory, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  return { url: `${origin}/api/avatars`, origin, directory, stored };
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimit: false });
  person = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'uploader' });
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await emulator?.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (url: string, body: Buffer | string, headers: Record<string, string>) =>
  sendJson(url, 'POST', headers, body);

describe('uploads from other sites (anonymous uploads on)', () => {
  it('refuses a simple request — text/plain, a form, no type — that a page of any site sends without a preflight', async () => {
    const { url, stored } = await backend();
    const png = await smallPng();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'text/plain;charset=UTF-8']) {
      const answer = await post(url, png, { 'content-type': type });
      expect(answer.status, type).toBe(415);
      expect(answer.body.error.code).toBe('ERR_AVATAR_SIMPLE_REQUEST');
      expect(answer.body.error.details.avatar[0]).toMatch(/Content-Type/);
    }
    const form = new FormData();
    form.append('avatar', new File([new Uint8Array(png)], 'me.png', { type: 'image/png' }));
    const multipart = await fetch(url, { method: 'POST', body: form });
    expect(multipart.status).toBe(415);
    expect(stored()).toEqual([]);
  });

  it('refuses a page of another origin, even with an image type; takes the allowed and the same origin', async () => {
    const { url, origin, stored } = await backend();
    const png = await smallPng();
    const hostile = await post(url, png, { 'content-type': 'image/png', origin: 'https://evil.example' });
    expect(hostile.status).toBe(403);
    expect(hostile.body.error.code).toBe('ERR_ORIGIN_NOT_ALLOWED');
    const sneaky = await post(url, png, { 'content-type': 'text/plain', origin: 'https://evil.example' });
    expect([403, 415]).toContain(sneaky.status);
    expect(stored()).toEqual([]);
    expect((await post(url, png, { 'content-type': 'image/png', origin: 'https://app.example' })).status).toBe(201);
    expect((await post(url, png, { 'content-type': 'image/png', origin })).status).toBe(201);
    expect((await post(url, png, { 'content-type': 'image/png' })).status).toBe(201); // no browser, no Origin
  });

  it('keeps a signed-in multipart upload working (Authorization forces a preflight)', async () => {
    const { url } = await backend();
    const form = new FormData();
    form.append('avatar', new File([new Uint8Array(await smallPng())], 'me.png', { type: 'image/png' }));
    const answer = await fetch(url, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${person.authToken}` },
    });
    expect(answer.status).toBe(201);
  });
});

describe('a quota per caller', () => {
  it('counts uploads and stored bytes per IP (anonymous) or per uid, answering 429 with Retry-After beyond it', async () => {
    const { url } = await backend({ quota: { uploads: 3, bytes: 10 * 1024 * 1024, windowMs: 60_000 } });
    const from = (ip: string) => ({ 'content-type': 'image/png', 'x-test-ip': ip });
    for (let i = 0; i < 3; i += 1)
      expect((await post(url, await smallPng(100 + i, 100), from('10.0.0.1'))).status).toBe(201);
    const over = await post(url, await smallPng(200, 100), from('10.0.0.1'));
    expect(over.status).toBe(429);
    expect(over.body.error.code).toBe('ERR_AVATAR_QUOTA');
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect((await post(url, await smallPng(200, 100), from('10.0.0.2'))).status).toBe(201);
    const signedIn = {
      'content-type': 'image/png',
      'x-test-ip': '10.0.0.1',
      authorization: `Bearer ${person.authToken}`,
    };
    expect((await post(url, await smallPng(201, 100), signedIn)).status).toBe(201);
  });

  it('counts the bytes it stores', async () => {
    const { url } = await backend({ quota: { uploads: 100, bytes: 1, windowMs: 60_000 } });
    const headers = { 'content-type': 'image/png', 'x-test-ip': '10.0.0.3' };
    expect((await post(url, await smallPng(), headers)).status).toBe(201);
    expect((await post(url, await smallPng(150, 150), headers)).status).toBe(429);
  });
});

describe('sweepAvatars removes the avatars no user references', () => {
  it('deletes unreferenced files older than the cut-off, keeps referenced and recent ones', async () => {
    const { url, directory, stored } = await backend();
    const headers = { 'content-type': 'image/png' };
    const kept = (await post(url, await smallPng(111, 111), headers)).body.data.url as string;
    const orphan = (await post(url, await smallPng(112, 112), headers)).body.data.url as string;
    const young = (await post(url, await smallPng(113, 113), headers)).body.data.url as string;
    const nameOf = (avatarUrl: string) => avatarUrl.split('/').pop() as string;
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const file of [kept, orphan]) utimesSync(join(directory, nameOf(file)), hourAgo, hourAgo);
    const storage = createDiskAvatarStorage({ directory });
    const referenced = new Set([nameOf(kept)]);
    const { removed } = await storage.sweepAvatars({
      isReferenced: (name) => referenced.has(name),
      olderThan: new Date(Date.now() - 60_000),
    });
    expect(removed).toEqual([nameOf(orphan)]);
    expect(stored().sort()).toEqual([nameOf(kept), nameOf(young)].sort());
  });
});
