// The handler the store benchmarks measure: limits out of reach (every wrong password runs the whole limit and
// lockout path and answers 401), an `authenticate` hook that is instantly "wrong", the bench emulator behind it.
import { createMemoryStore, createProfileKitHandler, type ProfileKitHandler } from '@profilekit/server';
import { createRedisStore, type RedisStore } from '@profilekit/server/redis';

export interface BenchTarget {
  url: string;
  appId: string;
  restApiKey: string;
}

/** A handler on the memory store or on a Redis store (its own key prefix), and how to close it. */
export async function benchHandler(
  kind: 'memory' | 'redis',
  target: BenchTarget,
  redisUrl?: string,
): Promise<{ handler: ProfileKitHandler; close: () => Promise<void> }> {
  const redis: RedisStore | undefined =
    kind === 'redis' ? createRedisStore({ url: redisUrl, prefix: `bench:${process.hrtime.bigint()}:` }) : undefined;
  await redis?.ready();
  const huge = 1_000_000_000;
  const handler = createProfileKitHandler({
    target: { baseUrl: target.url, appId: target.appId },
    restApiKey: target.restApiKey,
    basePath: '/api',
    store: redis ?? createMemoryStore(),
    rateLimit: {
      session: { perIp: huge, perKey: huge, windowMs: 60_000 },
      failedLogin: { perIp: huge, perAccountAndIp: huge, windowMs: 60_000, perAccount: huge, accountWindowMs: 60_000 },
    },
    authenticate: async () => null,
    accountOf: (login) => login,
  });
  return { handler, close: async () => redis?.close() };
}
