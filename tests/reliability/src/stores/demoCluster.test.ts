import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { smallPng } from '../support/avatarImages';
import { type PostgresServer, startPostgresServer } from '../support/postgresServer';
import { type RedisServer, startRedisServer } from '../support/redisServer';
import { type S3Server, startS3Server } from '../support/s3Server';
import { sendJson } from '../support/sendJson';
import { startDemoCluster } from './demoCluster';

// Issue 30, the demo as `pnpm dev:cluster` runs it: two demo backend processes over one Postgres (accounts),
// one Redis (limits, lockouts; append-only, fsync always) and one S3 server (avatars).
let postgres: PostgresServer;
let redis: RedisServer;
let s3: S3Server;
let flusher: Redis;
const shared = async (database: string) => ({
  DATABASE_URL: await postgres.createDatabase(database),
  REDIS_URL: redis.url,
  S3_ENDPOINT: s3.endpoint,
  S3_BUCKET: s3.bucket,
  AWS_ACCESS_KEY_ID: 'S3RVER',
  AWS_SECRET_ACCESS_KEY: 'S3RVER',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
});

beforeAll(async () => {
  [postgres, redis, s3] = await Promise.all([
    startPostgresServer(),
    startRedisServer({ appendOnly: true }),
    startS3Server(),
  ]);
  flusher = new Redis(redis.url, { maxRetriesPerRequest: 1 });
  flusher.on('error', () => {});
}, 120_000);
afterAll(async () => {
  flusher?.disconnect();
  await Promise.all([postgres?.close(), redis?.close(), s3?.close()]);
});

const password = 'correct horse battery';

describe('two demo backends with limits on', () => {
  let cluster: Awaited<ReturnType<typeof startDemoCluster>>;
  beforeAll(async () => {
    cluster = await startDemoCluster(await shared('cluster_limits'));
  }, 120_000);
  afterAll(async () => cluster?.close());
  // Every test starts with no limit counted (they all come from 127.0.0.1: one IP).
  beforeEach(async () => {
    await flusher.flushall();
  });

  it('an account created on instance 1 logs in on instance 2 (Postgres)', async () => {
    const [one, two] = cluster.backends;
    const signedUp = await one.signup('hopper', password);
    expect(signedUp.status, signedUp.text).toBe(200);
    const login = await two.login('hopper', password);
    expect(login.status, login.text).toBe(200);
    expect(login.body.data.user.uid).toBe('hopper');
    const health = await sendJson(`${two.url}/api/health`, 'GET', {});
    expect(health.body.data).toMatchObject({ database: 'postgres', store: 'redis', avatars: 's3', instance: '2' });
  });

  it('an email held by an account made on instance 1 is refused on instance 2, naming the email field', async () => {
    const [one, two] = cluster.backends;
    const signup = (backend: typeof one, uid: string) =>
      sendJson(
        `${backend.url}/api/signup`,
        'POST',
        {},
        JSON.stringify({ user: { uid, name: uid }, account: { password, email: 'Grace@Example.com' } }),
      );
    expect((await signup(one, 'grace-h')).status).toBe(200);
    const taken = await signup(two, 'grace-b');
    expect(taken.status).toBe(400);
    expect(taken.body.error.details).toEqual({ email: ['This email belongs to another account'] });
    expect((await two.login('grace@example.com', password)).body.data.user.uid).toBe('grace-h');
  });

  it('5 wrong passwords spread over both instances lock the account on both', async () => {
    const [one, two] = cluster.backends;
    expect((await two.signup('lovelace', password)).status).toBe(200);
    for (let n = 0; n < 5; n++) expect((await (n % 2 ? two : one).login('lovelace', `wrong-${n}`)).status).toBe(401);
    for (const backend of cluster.backends) {
      const locked = await backend.login('lovelace', password);
      expect(locked.status).toBe(429);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    }
  });

  it('the sign-up limit is shared: 20 per IP a minute over both instances, then both refuse', async () => {
    const [one, two] = cluster.backends;
    let accepted = 0;
    for (let n = 0; n < 20; n++) {
      const answer = await (n % 2 ? two : one).signup(`limited-${n}`, password);
      expect(answer.status, answer.text).toBe(200);
      accepted++;
    }
    expect(accepted).toBe(20);
    for (const backend of cluster.backends) {
      const refused = await backend.signup('limited-late', password);
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe('ERR_TOO_MANY_REQUESTS');
    }
  });

  it('an avatar uploaded through instance 1 is served by instance 2 (S3)', async () => {
    const [one, two] = cluster.backends;
    const png = await smallPng(140, 140);
    const uploaded = await sendJson(`${one.url}/api/avatars`, 'POST', { 'content-type': 'image/png' }, png);
    expect(uploaded.status, uploaded.text).toBe(201);
    const name = new URL(uploaded.body.data.url).pathname.split('/').pop() as string;
    const served = await fetch(`${two.url}/api/avatars/${name}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('Redis killed mid-run: logins answer 503 while it is down, work after, and the persisted lockout holds', async () => {
    const [one, two] = cluster.backends;
    expect((await one.signup('rosalind', password)).status).toBe(200);
    expect((await two.signup('franklin', password)).status).toBe(200);
    for (let n = 0; n < 5; n++) await (n % 2 ? two : one).login('rosalind', `wrong-${n}`);
    await redis.stop('SIGKILL');
    for (const backend of cluster.backends) {
      const refused = await backend.login('franklin', password);
      expect(refused.status).toBe(503);
      expect(refused.body.error.code).toBe('ERR_STORE_UNAVAILABLE');
    }
    expect((await two.signup('watson', password)).status).toBe(503);
    await redis.start();
    // ioredis reconnects by itself (backing off); a login answers once it has.
    const deadline = Date.now() + 20_000;
    let login = await one.login('franklin', password);
    while (login.status === 503 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      login = await one.login('franklin', password);
    }
    expect(login.status, login.text).toBe(200);
    for (const backend of cluster.backends) {
      let again = await backend.login('rosalind', password);
      while (again.status === 503 && Date.now() < deadline) again = await backend.login('rosalind', password);
      expect(again.status, 'the lockout Redis wrote to its append-only file').toBe(429);
    }
    expect((await two.login('franklin', password)).status).toBe(200);
  }, 90_000);
});

describe('two demo backends, instance 1 killed', () => {
  it('kill -9 of instance 1 during 50 sign-ups loses no acknowledged one; interrupted ones complete on instance 2', async () => {
    const cluster = await startDemoCluster(await shared('cluster_burst'), { rateLimit: false });
    const [one, two] = cluster.backends;
    try {
      const queue = Array.from({ length: 50 }, (_, n) => `burst-${n}`);
      const acknowledged = new Set<string>();
      const interrupted = new Set<string>();
      let killed = false;
      const worker = async () => {
        while (!killed) {
          const uid = queue.shift();
          if (!uid) return;
          try {
            const answer = await one.signup(uid, password);
            expect(answer.status, answer.text).toBe(200);
            acknowledged.add(uid);
          } catch (error) {
            if (!killed) throw error;
            interrupted.add(uid);
          }
        }
      };
      const workers = Array.from({ length: 5 }, () => worker());
      while (acknowledged.size < 15) await new Promise((resolve) => setTimeout(resolve, 5));
      one.process.child.kill('SIGKILL');
      killed = true;
      await Promise.all(workers);
      expect(await one.process.exited).toBe('SIGKILL');
      expect(interrupted.size, 'sign-ups were in flight when instance 1 died').toBeGreaterThan(0);

      // Each acknowledged sign-up logs in through instance 2.
      const notLoggingIn: string[] = [];
      for (const uid of acknowledged) {
        const login = await two.login(uid, password);
        if (login.status !== 200) notLoggingIn.push(`${uid}: ${login.status} ${login.text}`);
      }
      expect(notLoggingIn).toEqual([]);
      // No half-made account blocks a retry: the same person's sign-up completes on instance 2 (or was complete:
      // 409 ERR_SIGNUP_COMPLETED, and the login works); the rest of the burst goes to instance 2 too.
      for (const uid of [...interrupted, ...queue]) {
        const retry = await two.signup(uid, password);
        if (retry.status === 409) expect(retry.body.error.code, uid).toBe('ERR_SIGNUP_COMPLETED');
        else expect(retry.status, `${uid}: ${retry.text}`).toBe(200);
        expect((await two.login(uid, password)).status, uid).toBe(200);
      }
      const everyone = Array.from({ length: 50 }, (_, n) => `burst-${n}`);
      // CometChat's `uids` filter takes at most 25 uids: two pages of the list.
      const listed: string[] = [];
      for (const part of [everyone.slice(0, 25), everyone.slice(25)]) {
        const users = await sendJson(`${cluster.emulator.url}/v3/users?uids=${part.join(',')}&perPage=100`, 'GET', {
          apikey: cluster.emulator.restApiKey,
        });
        expect(users.status, users.text).toBe(200);
        listed.push(...users.body.data.map((user: { uid: string }) => user.uid));
      }
      expect(listed.sort()).toEqual(everyone.sort());
      const health = await sendJson(`${two.url}/api/health`, 'GET', {});
      expect(health.body.data.accounts).toBe(50);
    } finally {
      await cluster.close();
    }
  }, 180_000);
});
