import { createMemoryStore, type ProfileKitStore } from '@profilekit/server';
import { createRedisStore, type RedisStore } from '@profilekit/server/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, startRedisServer } from '../support/redisServer';

// Issue 30: one store interface, two stores that answer alike. Redis runs for real (never a mock).
let redis: RedisServer;
const opened: RedisStore[] = [];
const redisStore = (prefix = 'contract:') => {
  const store = createRedisStore({ url: redis.url, prefix });
  opened.push(store);
  return store;
};

beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  for (const store of opened) await store.close();
  await redis?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let unique = 0;
const fresh = (name: string) => `${name}:${Date.now()}:${unique++}`;

/** Two handles on one store: two connections for Redis, the same object for memory (one process). */
const cases: [string, () => [ProfileKitStore, ProfileKitStore]][] = [
  ['memory', () => ((store) => [store, store])(createMemoryStore()) as [ProfileKitStore, ProfileKitStore]],
  ['redis', () => [redisStore(), redisStore()]],
];

describe.each(cases)('the %s store', (_name, open) => {
  it('consume is atomic: 200 concurrent hits over two handles allow exactly max = 50', async () => {
    const [a, b] = open();
    const key = fresh('burst');
    const decisions = await Promise.all(
      Array.from({ length: 200 }, (_, n) => (n % 2 ? a : b).consume(key, { windowMs: 60_000, max: 50 })),
    );
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(50);
    const refused = decisions.find((decision) => !decision.allowed);
    expect(refused).toEqual({ allowed: false, retryAfter: expect.any(Number) });
    expect(refused && !refused.allowed && refused.retryAfter).toBeGreaterThan(55);
  });

  it('peek reads a lockout without counting; delete ends it', async () => {
    const [a, b] = open();
    const key = fresh('lockout');
    const limit = { windowMs: 60_000, max: 3 };
    for (let n = 0; n < 2; n++) await a.consume(key, limit);
    expect(await b.peek(key, limit)).toEqual({ allowed: true });
    await a.consume(key, limit);
    expect((await b.peek(key, limit)).allowed).toBe(false);
    expect((await b.peek(key, limit)).allowed).toBe(false);
    await b.delete(key);
    expect(await a.peek(key, limit)).toEqual({ allowed: true });
  });

  it('increment adds up across handles and expires with its first TTL; set/get/delete with a TTL', async () => {
    const [a, b] = open();
    const counter = fresh('bytes');
    expect(await a.increment(counter, 150)).toBe(1);
    expect(await b.increment(counter, 60_000, 4096)).toBe(4097);
    expect(await a.get(counter)).toBe('4097');
    const value = fresh('value');
    await a.set(value, '{"uid":"ada"}', 150);
    expect(await b.get(value)).toBe('{"uid":"ada"}');
    await sleep(300);
    expect(await b.get(counter)).toBeUndefined();
    expect(await a.get(value)).toBeUndefined();
    await a.set(value, 'again', 60_000);
    await b.delete(value);
    expect(await a.get(value)).toBeUndefined();
  });

  it('publish reaches the subscribers of that channel on every handle, until they unsubscribe', async () => {
    const [a, b] = open();
    const channel = fresh('user.updated');
    const received: string[] = [];
    const unsubscribe = await b.subscribe(channel, (message) => received.push(message));
    await b.subscribe(fresh('other'), (message) => received.push(`wrong channel: ${message}`));
    await a.publish(channel, '{"uid":"ada"}');
    await expect.poll(() => received).toEqual(['{"uid":"ada"}']);
    await unsubscribe();
    await a.publish(channel, 'after');
    await sleep(100);
    expect(received).toEqual(['{"uid":"ada"}']);
  });
});

describe('the Redis store', () => {
  it('keeps each prefix apart (two apps on one Redis)', async () => {
    const shop = redisStore('shop:');
    const blog = redisStore('blog:');
    await shop.set('availability:ada', '0', 60_000);
    expect(await blog.get('availability:ada')).toBeUndefined();
    expect(await shop.redis.get('shop:availability:ada')).toBe('0');
  });

  it('adds at most about 1 ms per consume on loopback (p50), printed with p95', async () => {
    const store = redisStore('bench:');
    await store.ready();
    const limit = { windowMs: 60_000, max: 1_000_000 };
    const samples: number[] = [];
    for (let n = 0; n < 2000; n++) {
      const started = process.hrtime.bigint();
      await store.consume(`consume:${n % 100}`, limit);
      samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    samples.sort((x, y) => x - y);
    const at = (q: number) => samples[Math.floor(q * (samples.length - 1))] as number;
    console.log(
      `redis store consume over loopback, 2000 calls: p50 ${at(0.5).toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms`,
    );
    expect(at(0.5)).toBeLessThanOrEqual(1);
  });
});
