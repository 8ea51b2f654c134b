import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createProfileKitHandler } from '@profilekit/server';
import { createS3AvatarStorage, type S3AvatarStorage } from '@profilekit/server/s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../../freePort';
import { smallPng } from '../support/avatarImages';
import { type S3Server, startS3Server } from '../support/s3Server';

// Issue 30: avatars in a bucket every instance shares, against a real S3-compatible server (s3rver).
let s3: S3Server;
let storage: S3AvatarStorage;
let raw: S3Client;
const NAME = `${'ab'.repeat(32)}.webp`;
const OTHER = `${'cd'.repeat(32)}.webp`;
const bytes = new Uint8Array([82, 73, 70, 70, 1, 2, 3, 4]);

beforeAll(async () => {
  s3 = await startS3Server({ bucket: 'contract-avatars' });
  storage = createS3AvatarStorage({ bucket: s3.bucket, s3: s3.s3, keyPrefix: 'avatars/' });
  raw = new S3Client(s3.s3);
});
afterAll(async () => {
  storage?.client.destroy();
  raw?.destroy();
  await s3?.close();
});

describe('createS3AvatarStorage against s3rver', () => {
  it('stores under the content-addressed key with Content-Type and an immutable Cache-Control', async () => {
    expect(await storage.put({ name: NAME, bytes, contentType: 'image/webp' })).toBe(NAME);
    const head = await raw.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `avatars/${NAME}` }));
    expect(head.ContentType).toBe('image/webp');
    expect(head.CacheControl).toBe('public, max-age=31536000, immutable');
    expect(await storage.get(NAME)).toEqual({ name: NAME, contentType: 'image/webp', bytes });
  });

  it('answers null for a missing avatar and for a name it did not make, and refuses to store one', async () => {
    expect(await storage.get(OTHER)).toBeNull();
    expect(await storage.get('../secret.webp')).toBeNull();
    await expect(storage.put({ name: 'me.svg', bytes, contentType: 'image/svg+xml' })).rejects.toThrow(
      /content-addressed/,
    );
  });

  it('answers <publicBaseUrl>/<name> when the bucket or a CDN serves the objects', async () => {
    const cdn = createS3AvatarStorage({
      bucket: s3.bucket,
      client: raw,
      publicBaseUrl: 'https://cdn.example.com/avatars/',
    });
    expect(await cdn.put({ name: OTHER, bytes, contentType: 'image/webp' })).toBe(
      `https://cdn.example.com/avatars/${OTHER}`,
    );
  });

  it('sweepAvatars removes only old, unreferenced avatars under its prefix', async () => {
    const kept = `${'ef'.repeat(32)}.webp`;
    await storage.put({ name: kept, bytes, contentType: 'image/webp' });
    // Not an avatar name: never touched, whatever its age.
    await raw.send(new PutObjectCommand({ Bucket: s3.bucket, Key: 'avatars/readme.txt', Body: 'hello' }));
    const future = new Date(Date.now() + 60_000);
    const early = await storage.sweepAvatars({ isReferenced: () => false, olderThan: new Date(0) });
    expect(early.removed).toEqual([]);
    const { removed } = await storage.sweepAvatars({ isReferenced: (name) => name === kept, olderThan: future });
    expect(removed).toEqual([NAME]);
    expect(await storage.get(NAME)).toBeNull();
    expect(await storage.get(kept)).not.toBeNull();
    // OTHER was stored without the prefix (by the CDN storage): outside this storage's keys.
    expect((await raw.send(new GetObjectCommand({ Bucket: s3.bucket, Key: OTHER }))).ContentType).toBe('image/webp');
    expect(
      (await raw.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: 'avatars/readme.txt' }))).ContentLength,
    ).toBe(5);
  });

  it('a bucket that does not answer: the upload is a 500 naming neither the endpoint nor the key; nothing is served', async () => {
    const endpoint = `http://127.0.0.1:${await freePort()}`;
    const unreachable = createS3AvatarStorage({ bucket: 'gone', s3: { ...s3.s3, endpoint, maxAttempts: 1 } });
    const handler = createProfileKitHandler({
      target: { baseUrl: 'http://cometchat.internal:3939', appId: 'app' },
      restApiKey: 'f00dfeed0123456789abcdef0123456789abcdef',
      basePath: '/api',
      allowedHosts: ['backend.test'],
      authorize: async () => ({ uid: 'bob', role: 'default' }),
      avatars: { storage: unreachable },
    });
    try {
      const answer = await handler(
        new Request('http://backend.test/api/avatars', {
          method: 'POST',
          body: new Uint8Array(await smallPng(100, 100)),
          headers: { authorization: 'Bearer tok_bob', 'content-type': 'image/png' },
        }),
      );
      expect(answer.status).toBe(500);
      const text = await answer.text();
      expect(JSON.parse(text).error.code).toBe('ERR_INTERNAL');
      expect(text).not.toContain(endpoint);
      expect(text).not.toContain('S3RVER');
      expect((await handler(new Request(`http://backend.test/api/avatars/${NAME}`))).status).toBe(500);
    } finally {
      unreachable.client.destroy();
    }
  });

  it('requires a bucket', () => {
    expect(() => createS3AvatarStorage({ bucket: '' })).toThrow(/bucket/);
  });
});
