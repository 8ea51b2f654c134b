import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { createDiskAvatarStorage, createProfileKitHandler } from '@profilekit/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallPng } from '../support/avatarImages';
import { createTestUser, type TestUser } from '../support/cometChatUsers';
import { sendJson } from '../support/sendJson';
import { type LoopbackServer, serveOnLoopback } from '../support/serveOnLoopback';

const dir = mkdtempSync(join(tmpdir(), 'profilekit-avatar-serving-'));
let emulator: RunningEmulator;
let person: TestUser;
const servers: LoopbackServer[] = [];

/** A backend with avatar uploads on a loopback port; `url` is its `/api/avatars`. */
async function backend(options: { publicUrl?: string; allowedHosts?: string[] } = {}) {
  const handler = createProfileKitHandler({
    target: { baseUrl: emulator.url, appId: emulator.appId },
    restApiKey: emulator.restApiKey,
    rateLimit: false,
    basePath: '/api',
    allowedHosts: options.allowedHosts,
    avatars: {
      storage: createDiskAvatarStorage({ directory: join(dir, `avatars-${servers.length}`) }),
      publicUrl: options.publicUrl,
    },
  });
  const server = await serveOnLoopback(handler);
  servers.push(server);
  return `${server.origin}/api/avatars`;
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimit: false });
  person = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'avatar-server' });
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await emulator?.close();
  rmSync(dir, { recursive: true, force: true });
});

const upload = (url: string, bytes: Buffer, headers: Record<string, string> = {}) =>
  sendJson(
    url,
    'POST',
    { authorization: `Bearer ${person.authToken}`, 'content-type': 'image/png', ...headers },
    bytes,
  );

describe('avatar uploads and the files they serve', () => {
  it('answers 8 concurrent identical uploads with 201 and one URL each (no EEXIST on the temp file)', async () => {
    const url = await backend();
    const png = await smallPng(321, 123);
    const answers = await Promise.all(Array.from({ length: 8 }, () => upload(url, png)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(201));
    expect(new Set(answers.map((answer) => answer.body.data.url)).size).toBe(1);
    expect(readdirSync(join(dir, `avatars-${servers.length - 1}`)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('serves an avatar with Cross-Origin-Resource-Policy: cross-origin (other sites show it in <img>)', async () => {
    const url = await backend();
    const stored = await upload(url, await smallPng(222, 111));
    const served = await sendJson(stored.body.data.url, 'GET', {});
    expect(served.status).toBe(200);
    expect(served.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const refused = await sendJson(`${url}/nothing.png`, 'GET', {});
    expect(refused.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('never builds the upload’s URL from an unchecked Host header', async () => {
    const url = await backend();
    const forged = await upload(url, await smallPng(), { host: 'attacker.example' });
    expect(JSON.stringify(forged.body)).not.toContain('attacker.example');
    expect(forged.status).toBe(500);
    expect(forged.body.error.code).toBe('ERR_AVATAR_PUBLIC_URL');
    // A loopback Host (development) still gets a working URL.
    const local = await upload(url, await smallPng());
    expect(local.status).toBe(201);
    expect(local.body.data.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/avatars\/[0-9a-f]{64}\.webp$/);
  });

  it('uses the configured public URL, whatever the Host says', async () => {
    const url = await backend({ publicUrl: 'https://api.example.com/api/avatars' });
    const answer = await upload(url, await smallPng(), { host: 'attacker.example' });
    expect(answer.status).toBe(201);
    expect(answer.body.data.url).toMatch(/^https:\/\/api\.example\.com\/api\/avatars\/[0-9a-f]{64}\.webp$/);
  });

  it('uses a Host that allowedHosts checked', async () => {
    const url = await backend({ allowedHosts: ['avatars.example'] });
    const answer = await upload(url, await smallPng(), { host: 'avatars.example' });
    expect(answer.status).toBe(201);
    expect(answer.body.data.url).toMatch(/^http:\/\/avatars\.example\/api\/avatars\/[0-9a-f]{64}\.webp$/);
  });
});
