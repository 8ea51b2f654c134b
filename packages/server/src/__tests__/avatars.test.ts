import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiskAvatarStorage } from '../avatars/createDiskAvatarStorage';
import { createProfileKitHandler } from '../createProfileKitHandler';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A handler whose `authorize` knows one token (`tok_bob`), storing avatars in a fresh folder. */
function setup() {
  const directory = mkdtempSync(join(tmpdir(), 'profilekit-avatars-'));
  dirs.push(directory);
  const handler = createProfileKitHandler({
    target: { baseUrl: 'http://cometchat.internal:3939', appId: 'app' },
    restApiKey: 'f00dfeed0123456789abcdef0123456789abcdef',
    basePath: '/api',
    allowedHosts: ['backend.test'],
    authorize: async (request) =>
      request.headers.get('authorization') === 'Bearer tok_bob' ? { uid: 'bob', role: 'default' } : null,
    avatars: { storage: createDiskAvatarStorage({ directory }) },
  });
  return { handler, stored: () => readdirSync(directory) };
}

const upload = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://backend.test/api/avatars', {
    method: 'POST',
    body,
    headers: { authorization: 'Bearer tok_bob', 'content-type': 'image/png', ...headers },
  });

/** A 900 × 600 photo-like JPEG carrying EXIF with GPS coordinates and a camera make. */
const jpegWithGps = () =>
  sharp({ create: { width: 900, height: 600, channels: 3, background: '#3a7' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'SecretCam', Copyright: 'Bob' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' },
    })
    .toBuffer();

describe('POST /avatars', () => {
  it('re-encodes an image to a 512 × 512 WebP without metadata and answers its content-addressed URL', async () => {
    const { handler, stored } = setup();
    const original = await jpegWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();

    const answer = await handler(upload(new Uint8Array(original), { 'content-type': 'image/jpeg' }));
    expect(answer.status).toBe(201);
    const { data } = (await answer.json()) as { data: { url: string } };
    expect(data.url).toMatch(/^http:\/\/backend\.test\/api\/avatars\/[0-9a-f]{64}\.webp$/);
    expect(stored()).toEqual([data.url.split('/').pop()]);

    const served = await handler(new Request(data.url));
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const bytes = Buffer.from(await served.arrayBuffer());
    const metadata = await sharp(bytes).metadata();
    expect(metadata).toMatchObject({ format: 'webp', width: 512, height: 512 });
    expect(metadata.exif).toBeUndefined();
    expect(bytes.includes('SecretCam')).toBe(false);
  });

  it('stores the same pixels once, under the same name', async () => {
    const { handler, stored } = setup();
    const png = await sharp({ create: { width: 100, height: 80, channels: 4, background: '#f80' } })
      .png()
      .toBuffer();
    const first = (await (await handler(upload(new Uint8Array(png)))).json()) as { data: { url: string } };
    const second = (await (await handler(upload(new Uint8Array(png)))).json()) as { data: { url: string } };
    expect(second.data.url).toBe(first.data.url);
    expect(stored()).toHaveLength(1);
    const served = await handler(new Request(first.data.url));
    expect(await sharp(Buffer.from(await served.arrayBuffer())).metadata()).toMatchObject({ width: 80, height: 80 });
  });

  it('takes a multipart field "avatar" and keeps the first frame of a GIF', async () => {
    const { handler } = setup();
    const gif = await sharp({ create: { width: 70, height: 70, channels: 3, background: '#00f' } })
      .gif()
      .toBuffer();
    const form = new FormData();
    form.append('avatar', new File([new Uint8Array(gif)], 'me.gif', { type: 'image/gif' }));
    const answer = await handler(
      new Request('http://backend.test/api/avatars', {
        method: 'POST',
        body: form,
        headers: { authorization: 'Bearer tok_bob' },
      }),
    );
    expect(answer.status).toBe(201);
  });

  it('needs a signed-in caller and stores nothing for anyone else', async () => {
    const { handler, stored } = setup();
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    const anonymous = await handler(upload(new Uint8Array(png), { authorization: '' }));
    expect(anonymous.status).toBe(401);
    const forged = await handler(upload(new Uint8Array(png), { authorization: 'Bearer tok_forged' }));
    expect(forged.status).toBe(401);
    expect(stored()).toEqual([]);
  });

  it('refuses an image smaller than 64 × 64 naming the rule', async () => {
    const { handler, stored } = setup();
    const tiny = await sharp({ create: { width: 32, height: 200, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    const answer = await handler(upload(new Uint8Array(tiny)));
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({
      error: {
        code: 'ERR_AVATAR_TOO_SMALL',
        details: { avatar: ['The avatar is 32 × 200 pixels; it must be at least 64 × 64.'] },
      },
    });
    expect(stored()).toEqual([]);
  });
});

describe('GET /avatars/:name', () => {
  it.each(['..%2F..%2Fetc%2Fpasswd', 'abc.png', `${'a'.repeat(64)}.svg`, `${'A'.repeat(64)}.webp`])(
    'answers 404 for %s without touching the file system',
    async (name) => {
      const { handler } = setup();
      const answer = await handler(new Request(`http://backend.test/api/avatars/${name}`));
      expect(answer.status).toBe(404);
    },
  );

  it('has no avatar routes when the option is absent', async () => {
    const handler = createProfileKitHandler({
      target: { baseUrl: 'http://cometchat.internal:3939', appId: 'app' },
      restApiKey: 'f00dfeed0123456789abcdef0123456789abcdef',
      authorize: async () => ({ uid: 'bob', role: 'default' }),
    });
    expect((await handler(new Request('http://backend.test/avatars', { method: 'POST', body: 'x' }))).status).toBe(404);
  });
});

describe('anonymous uploads', () => {
  it('are refused by default and taken with `anonymous: true`, where a bad token is still refused', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'profilekit-avatars-'));
    dirs.push(directory);
    const options = {
      target: { baseUrl: 'http://cometchat.internal:3939', appId: 'app' },
      restApiKey: 'f00dfeed0123456789abcdef0123456789abcdef',
      authorize: async () => null,
      allowedHosts: ['backend.test'],
    };
    const png = new Uint8Array(
      await sharp({ create: { width: 64, height: 64, channels: 3, background: '#0a0' } })
        .png()
        .toBuffer(),
    );
    const post = (headers: Record<string, string> = {}) =>
      new Request('http://backend.test/avatars', {
        method: 'POST',
        body: png,
        headers: { 'content-type': 'image/png', ...headers },
      });
    const closed = createProfileKitHandler({
      ...options,
      avatars: { storage: createDiskAvatarStorage({ directory }) },
    });
    expect((await closed(post())).status).toBe(401);
    const open = createProfileKitHandler({
      ...options,
      avatars: { storage: createDiskAvatarStorage({ directory }), anonymous: true },
    });
    expect((await open(post({ authorization: 'Bearer tok_forged' }))).status).toBe(401);
    expect(readdirSync(directory)).toEqual([]);
    expect((await open(post())).status).toBe(201);
    expect(readdirSync(directory)).toHaveLength(1);
  });
});
