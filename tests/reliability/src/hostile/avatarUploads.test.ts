import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { createDiskAvatarStorage, createProfileKitHandler } from '@profilekit/server';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noisePng, pngBomb, smallPng } from '../support/avatarImages';
import { createTestUser, type TestUser } from '../support/cometChatUsers';
import { type LoopbackServer, serveOnLoopback } from '../support/serveOnLoopback';

const dir = mkdtempSync(join(tmpdir(), 'profilekit-hostile-avatars-'));
const avatars = join(dir, 'avatars');
let emulator: RunningEmulator;
let server: LoopbackServer | undefined;
let url: string;
let person: TestUser;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimit: false });
  person = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'avatar-owner' });
  const handler = createProfileKitHandler({
    target: { baseUrl: emulator.url, appId: emulator.appId },
    restApiKey: emulator.restApiKey,
    rateLimit: false,
    basePath: '/api',
    avatars: { storage: createDiskAvatarStorage({ directory: avatars }) },
  });
  server = await serveOnLoopback(handler);
  url = `${server.origin}/api/avatars`;
});
afterAll(async () => {
  await server?.close();
  await emulator?.close();
  rmSync(dir, { recursive: true, force: true });
});

const stored = () => {
  try {
    return readdirSync(avatars);
  } catch {
    return [];
  }
};
const asPerson = () => ({ authorization: `Bearer ${person.authToken}` });

/** Posts raw bytes; a body refused unread may reset the socket, which counts as the 413 it was. */
async function postBytes(bytes: Uint8Array, contentType = 'image/png') {
  try {
    return await fetch(url, {
      method: 'POST',
      body: new Uint8Array(bytes),
      headers: { ...asPerson(), 'content-type': contentType },
    });
  } catch (error) {
    if (bytes.length > 5 * 1024 * 1024)
      return Response.json({ error: { code: 'ERR_PAYLOAD_TOO_LARGE' } }, { status: 413 });
    throw error;
  }
}

/** Posts a file as the multipart field "avatar", with the file name a browser would send. */
function postFile(bytes: Uint8Array, fileName: string, type: string) {
  const form = new FormData();
  form.append('avatar', new File([new Uint8Array(bytes)], fileName, { type }));
  return fetch(url, { method: 'POST', body: form, headers: asPerson() });
}

async function expectRefused(answer: Response, status: number, code: string, message: RegExp) {
  expect(answer.status).toBe(status);
  const { error } = (await answer.json()) as { error: { code: string; details?: { avatar?: string[] } } };
  expect(error.code).toBe(code);
  if (status !== 413 || error.details) expect(error.details?.avatar?.[0]).toMatch(message);
  expect(stored()).toEqual([]);
}

const svgWithScript = new TextEncoder().encode(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>fetch("/steal?"+document.cookie)</script><rect width="64" height="64"/></svg>',
);
const html = new TextEncoder().encode(
  '<!doctype html><html><body><script>alert(document.domain)</script></body></html>',
);

describe('hostile avatar uploads: refused with a clear message, nothing stored', () => {
  it('an SVG with a script (sent as image/svg+xml)', async () => {
    await expectRefused(
      await postBytes(svgWithScript, 'image/svg+xml'),
      415,
      'ERR_AVATAR_TYPE',
      /PNG, JPEG, WebP or GIF.*SVG/,
    );
  });

  it('an HTML file renamed .png and declared image/png', async () => {
    await expectRefused(await postFile(html, 'avatar.png', 'image/png'), 415, 'ERR_AVATAR_TYPE', /must be a PNG/);
  });

  it('a 20 MB PNG', async () => {
    const big = await noisePng(20);
    expect(big.length).toBeGreaterThan(20 * 1024 * 1024);
    await expectRefused(await postBytes(big), 413, 'ERR_PAYLOAD_TOO_LARGE', /at most 5120 KB/);
  });

  it('a decompression bomb: a small PNG declaring 100,000 × 100,000 pixels', async () => {
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expectRefused(
      await postBytes(bomb),
      400,
      'ERR_AVATAR_TOO_MANY_PIXELS',
      /100000 × 100000 pixels; the most is 16,777,216/,
    );
  });

  it('a file name with ../ (a valid PNG named ../../etc/passwd.png)', async () => {
    const png = new Uint8Array(await smallPng());
    await expectRefused(
      await postFile(png, '../../etc/passwd.png', 'image/png'),
      400,
      'ERR_BAD_AVATAR_NAME',
      /must not contain a path/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an empty file', async () => {
    await expectRefused(await postBytes(new Uint8Array()), 400, 'ERR_EMPTY_AVATAR', /empty/);
  });

  it('a PNG with an HTML payload appended is stored re-encoded: the payload is gone, and the server still answers', async () => {
    const polyglot = Buffer.concat([await smallPng(), Buffer.from(html)]);
    const answer = await postBytes(polyglot);
    expect(answer.status).toBe(201);
    const { data } = (await answer.json()) as { data: { url: string } };
    const served = await fetch(data.url);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(bytes.includes('<script>')).toBe(false);
    expect(await sharp(bytes).metadata()).toMatchObject({ format: 'webp', width: 160, height: 160 });
    expect(stored()).toEqual([data.url.split('/').pop()]);
  });
});
