import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiskAvatarStorage, createMemoryStore } from '@profilekit/server';
import { createRedisStore, type RedisStore } from '@profilekit/server/redis';
import { createS3AvatarStorage } from '@profilekit/server/s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallPng } from '../support/avatarImages';
import { createTestUser } from '../support/cometChatUsers';
import { type RedisServer, startRedisServer } from '../support/redisServer';
import { type S3Server, startS3Server } from '../support/s3Server';
import { sendJson } from '../support/sendJson';
import { twoInstances } from './twoInstances';

// Issue 30: behind a load balancer every limit must be one truth, not one per instance.
let redis: RedisServer;
const stores: RedisStore[] = [];
/** A store of its own per test (its own prefix), on the one redis-server, shared by both instances. */
const sharedStore = (prefix: string) => {
  const store = createRedisStore({ url: redis.url, prefix: `${prefix}:` });
  stores.push(store);
  return () => store;
};

beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  for (const store of stores) await store.close();
  await redis?.close();
});

const bearer = (authToken: string) => ({ authorization: `Bearer ${authToken}` });

describe('two handler instances on one Redis store hold one truth', () => {
  it('5 wrong passwords spread over both instances lock the account on both', async () => {
    const { instances, close } = await twoInstances(sharedStore('lockout'));
    const [one, two] = instances;
    try {
      expect((await one.signup('grace', 'right-password-1')).status).toBe(200);
      for (let n = 0; n < 5; n++) {
        expect((await (n % 2 ? two : one).login('grace', `wrong-${n}`)).status).toBe(401);
      }
      for (const instance of instances) {
        const locked = await instance.login('grace', 'right-password-1');
        expect(locked.status).toBe(429);
        expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      }
    } finally {
      await close();
    }
  });

  it('the sign-up limit per IP is shared: the 5th of 4 allowed, on either instance, is refused', async () => {
    const signup = { perIp: 4, perKey: 10, windowMs: 60_000 };
    const { instances, close } = await twoInstances(sharedStore('signup'), { rateLimit: { signup } });
    try {
      for (let n = 0; n < 4; n++) {
        expect((await (n % 2 ? instances[1] : instances[0]).signup(`member-${n}`, 'pw-long-enough')).status).toBe(200);
      }
      for (const instance of instances) {
        const refused = await instance.signup('member-late', 'pw-long-enough');
        expect(refused.status).toBe(429);
        expect(refused.body.error.code).toBe('ERR_TOO_MANY_REQUESTS');
      }
    } finally {
      await close();
    }
  });

  it('a token revoked by logout on instance 1 is refused at once on instance 2 (shared token cache)', async () => {
    // A long token cache: instance 2 has the token cached and must not keep trusting it.
    const { instances, close } = await twoInstances(sharedStore('token'), { tokenCacheSeconds: 600 });
    const [one, two] = instances;
    try {
      const signedUp = await one.signup('ada', 'analytical-engine');
      const token = signedUp.body.data.authToken as string;
      // Instance 2 verifies the token (a signed-in non-admin: 403) and caches the answer.
      expect((await sendJson(`${two.api}/users`, 'GET', bearer(token))).status).toBe(403);
      expect((await sendJson(`${one.api}/session`, 'DELETE', bearer(token))).status).toBe(200);
      const after = await sendJson(`${two.api}/users`, 'GET', bearer(token));
      expect(after.status).toBe(401);
      expect(after.body.error.code).toBe('AUTH_ERR_AUTH_TOKEN_NOT_FOUND');
    } finally {
      await close();
    }
  });

  it('the avatar quota is shared: 2 uploads allowed per window, the 3rd on either instance is refused', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'profilekit-shared-avatars-'));
    const quota = { uploads: 2, bytes: 10 * 1024 * 1024, windowMs: 60_000 };
    const avatars = { storage: createDiskAvatarStorage({ directory }), anonymous: true, quota };
    const { instances, close } = await twoInstances(sharedStore('avatars'), { avatars });
    const upload = async (api: string, side: number) =>
      sendJson(`${api}/avatars`, 'POST', { 'content-type': 'image/png' }, await smallPng(side, side));
    try {
      expect((await upload(instances[0].api, 100)).status).toBe(201);
      expect((await upload(instances[1].api, 101)).status).toBe(201);
      for (const instance of instances) {
        const over = await upload(instance.api, 102);
        expect(over.status).toBe(429);
        expect(over.body.error.code).toBe('ERR_AVATAR_QUOTA');
      }
    } finally {
      await close();
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('an avatar uploaded through instance 1 is served by instance 2 (one S3 bucket)', async () => {
    const s3: S3Server = await startS3Server();
    const storage = createS3AvatarStorage({ bucket: s3.bucket, s3: s3.s3 });
    const { instances, close } = await twoInstances(sharedStore('s3'), { avatars: { storage, anonymous: true } });
    try {
      const png = await smallPng(120, 120);
      const uploaded = await sendJson(`${instances[0].api}/avatars`, 'POST', { 'content-type': 'image/png' }, png);
      expect(uploaded.status).toBe(201);
      const name = new URL(uploaded.body.data.url).pathname.split('/').pop() as string;
      const served = await fetch(`${instances[1].api}/avatars/${name}`);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/webp');
      expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect((await served.arrayBuffer()).byteLength).toBeGreaterThan(0);
    } finally {
      await close();
      storage.client.destroy();
      await s3.close();
    }
  });

  it('with Redis stopped, logins and sign-ups answer 503 (fail closed), reads are answered (fail open), all work again once it is back', async () => {
    const store = sharedStore('outage');
    const { instances, emulator, close } = await twoInstances(store);
    const [one, two] = instances;
    try {
      expect((await one.signup('linus', 'penguin-1991')).status).toBe(200);
      const admin = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'outage-admin', role: 'admin' });
      await redis.stop();
      // Reads fail open: the token is verified with CometChat, availability is asked again.
      const users = await sendJson(`${two.api}/users`, 'GET', bearer(admin.authToken));
      expect(users.status).toBe(200);
      expect((await sendJson(`${one.api}/signup/uids/ada-lovelace`, 'GET', {})).body.data).toEqual({ available: true });
      for (const instance of instances) {
        const refused = await instance.login('linus', 'penguin-1991');
        expect(refused.status).toBe(503);
        expect(refused.body.error.code).toBe('ERR_STORE_UNAVAILABLE');
        expect(refused.headers['retry-after']).toBe('5');
      }
      const signup = await two.signup('margaret', 'apollo-1969');
      expect(signup.status).toBe(503);
      expect(signup.body.error.message).toMatch(/store is unavailable/);
      await redis.start();
      await store().ready();
      expect((await one.login('linus', 'penguin-1991')).status).toBe(200);
      expect((await two.signup('margaret', 'apollo-1969')).status).toBe(200);
    } finally {
      await close();
    }
  });

  it('memory stores (one per instance) do not share: the same 5 wrong passwords lock neither', async () => {
    // The contrast that shows why a shared store is needed: each instance counts on its own.
    const { instances, close } = await twoInstances(() => createMemoryStore());
    const [one, two] = instances;
    try {
      expect((await one.signup('grace', 'right-password-1')).status).toBe(200);
      for (let n = 0; n < 5; n++) await (n % 2 ? two : one).login('grace', `wrong-${n}`);
      expect((await one.login('grace', 'right-password-1')).status).toBe(200);
    } finally {
      await close();
    }
  });
});
