import type { AvatarStorage, ProfileKitStore, SweepAvatarsOptions } from '@profilekit/server';

type Env = Record<string, string | undefined>;

/** The stores a backend shares with the other instances of `pnpm dev:cluster`; each absent one stays local. */
export interface SharedStores {
  /** Limits, lockouts and caches in Redis (`REDIS_URL`). */
  store?: ProfileKitStore;
  /** Avatars in an S3 bucket (`S3_ENDPOINT`/`S3_BUCKET`). */
  avatars?: Required<Pick<AvatarStorage, 'put' | 'get'>> & {
    sweepAvatars(options: SweepAvatarsOptions): Promise<{ removed: string[] }>;
  };
  /** What `/api/health` reports. */
  describe: { store: 'redis' | 'memory'; avatars: 's3' | 'disk' };
  close(): Promise<void>;
}

/**
 * The shared stores the environment names, each loaded only when named (plain `pnpm dev` loads neither
 * ioredis nor the AWS SDK): `REDIS_URL` (`redis://127.0.0.1:6390`), and `S3_BUCKET` with `S3_ENDPOINT`
 * (an S3-compatible server, path-style) or AWS's own endpoints, credentials from `AWS_ACCESS_KEY_ID` and
 * `AWS_SECRET_ACCESS_KEY`, region `AWS_REGION` (default `us-east-1`).
 *
 * @example
 * ```ts
 * const shared = await sharedStoresFromEnv({ REDIS_URL: 'redis://127.0.0.1:6390' });
 * createProfileKitHandler({ target, restApiKey, store: shared.store });
 * ```
 */
export async function sharedStoresFromEnv(env: Env): Promise<SharedStores> {
  const closers: (() => Promise<void> | void)[] = [];
  let store: SharedStores['store'];
  let avatars: SharedStores['avatars'];
  if (env.REDIS_URL) {
    const { createRedisStore } = await import('@profilekit/server/redis');
    const redis = createRedisStore({ url: env.REDIS_URL, prefix: 'profilekit-demo:' });
    await redis.ready();
    store = redis;
    closers.push(() => redis.close());
  }
  if (env.S3_BUCKET) {
    const { createS3AvatarStorage } = await import('@profilekit/server/s3');
    const s3 = createS3AvatarStorage({
      bucket: env.S3_BUCKET,
      s3: {
        region: env.AWS_REGION || 'us-east-1',
        ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT, forcePathStyle: true } : {}),
      },
    });
    avatars = s3;
    closers.push(() => s3.client.destroy());
  }
  return {
    store,
    avatars,
    describe: { store: store ? 'redis' : 'memory', avatars: avatars ? 's3' : 'disk' },
    async close() {
      for (const close of closers) await close();
    },
  };
}
