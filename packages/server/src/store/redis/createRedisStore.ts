import { Redis, type RedisOptions } from 'ioredis';
import type { RateLimitDecision } from '../../limits/rateLimitStore';
import type { ProfileKitStore, StoreListener } from '../ProfileKitStore';
import { consumeScript, incrementScript, peekScript } from './luaScripts';

/** Options of {@link createRedisStore}: a connection URL, or your own ioredis client. */
export interface RedisStoreOptions {
  /** `redis://[:password@]host:port[/db]`; the store opens its own connection with fail-fast options. */
  url?: string;
  /**
   * Your ioredis client instead of `url`. Give it a `commandTimeout` and `maxRetriesPerRequest: 1`, or
   * a request waits while Redis is down instead of failing (and answering 503) within a second.
   */
  client?: Redis;
  /** Put before every key and channel, so several apps can share one Redis; default `'profilekit:'`. */
  prefix?: string;
  /** Milliseconds a command may wait (for a connection, or an answer) before it fails (with `url`); default 1000. */
  commandTimeout?: number;
}

/** A {@link ProfileKitStore} in Redis, with its connections. */
export interface RedisStore extends ProfileKitStore {
  /** The command connection. */
  readonly redis: Redis;
  /** Resolves once the command connection is ready (commands sent before wait up to `commandTimeout`). */
  ready(): Promise<void>;
  /** Closes the connections the store opened (a `client` you gave stays open). */
  close(): Promise<void>;
}

const pair = (reply: unknown) => reply as [number, number];
const secondsOf = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * The handler's store in Redis, for many instances behind a load balancer (or serverless): a limit,
 * a lockout, a cached token or availability answer and the avatar quota are one truth for all of them.
 * `consume` is one Lua script (`INCR` + `PEXPIRE`), so concurrent hits on several instances never
 * overshoot a limit; events use Redis pub/sub on a second connection. While Redis is unreachable,
 * commands fail within `commandTimeout`: the handler refuses logins and sign-ups (503 `ERR_STORE_UNAVAILABLE`) and treats
 * cached reads as misses, and ioredis reconnects by itself.
 *
 * @example
 * ```ts
 * import { createProfileKitHandler } from '@profilekit/server';
 * import { createRedisStore } from '@profilekit/server/redis';
 *
 * const store = createRedisStore({ url: process.env.REDIS_URL, prefix: 'shop:profilekit:' });
 * export const profilekit = createProfileKitHandler({ target, restApiKey: process.env.COMETCHAT_REST_API_KEY!, store });
 * ```
 */
export function createRedisStore(options: RedisStoreOptions): RedisStore {
  const { prefix = 'profilekit:', commandTimeout = 1000 } = options;
  if (!options.client && !options.url) {
    throw new TypeError('createRedisStore: give `url` (e.g. "redis://127.0.0.1:6379") or an ioredis `client`.');
  }
  // Commands wait for a (re)connection at most `commandTimeout`, then fail: a 503, never a hung request.
  const failFast: RedisOptions = { maxRetriesPerRequest: 1, commandTimeout };
  const redis = options.client ?? new Redis(options.url as string, failFast);
  const listeners = new Map<string, Set<StoreListener>>();
  let subscriber: Redis | undefined;
  const key = (name: string) => `${prefix}${name}`;
  const subscriberConnection = () => {
    if (subscriber) return subscriber;
    // Subscriptions wait for the connection (and are renewed after a reconnect) instead of failing.
    subscriber = redis.duplicate({ maxRetriesPerRequest: null, commandTimeout: undefined });
    subscriber.on('error', () => {}); // reconnects by itself; a publish on the other connection reports outages
    subscriber.on('message', (channel: string, message: string) => {
      for (const listener of listeners.get(channel) ?? []) listener(message);
    });
    return subscriber;
  };
  if (!options.client) redis.on('error', () => {}); // each command reports its own failure
  // Once connected, a lost connection fails commands at once (503 without a wait) until ioredis reconnects;
  // before the first connection they wait up to `commandTimeout`, so a request at start-up is served.
  let connectedOnce = redis.status === 'ready';
  redis.on('ready', () => {
    connectedOnce = true;
  });
  const connected = () => {
    if (connectedOnce && redis.status !== 'ready') throw new Error(`Redis is unreachable (${redis.status}).`);
    return redis;
  };
  const decide = (ttl: number, allowed: boolean): RateLimitDecision =>
    allowed ? { allowed: true } : { allowed: false, retryAfter: secondsOf(ttl) };
  return {
    redis,
    async consume(name, { windowMs, max }) {
      const [count, ttl] = pair(await consumeScript.run(connected(), key(name), windowMs));
      return decide(ttl, count <= max);
    },
    async peek(name, { max }) {
      const [count, ttl] = pair(await peekScript.run(connected(), key(name)));
      return decide(ttl, count < max);
    },
    async reset(name) {
      await connected().del(key(name));
    },
    async increment(name, ttlMs, by = 1) {
      return Number(await incrementScript.run(connected(), key(name), ttlMs, by));
    },
    async get(name) {
      return (await connected().get(key(name))) ?? undefined;
    },
    async set(name, value, ttlMs) {
      await connected().set(key(name), value, 'PX', Math.max(1, Math.round(ttlMs)));
    },
    async delete(name) {
      await connected().del(key(name));
    },
    async publish(channel, message) {
      await connected().publish(key(channel), message);
    },
    async subscribe(channel, listener) {
      const name = key(channel);
      const set = listeners.get(name) ?? new Set<StoreListener>();
      listeners.set(name, set);
      set.add(listener);
      if (set.size === 1) await subscriberConnection().subscribe(name);
      return async () => {
        set.delete(listener);
        if (set.size > 0) return;
        listeners.delete(name);
        await subscriber?.unsubscribe(name);
      };
    },
    async ready() {
      if (redis.status === 'ready') return;
      await new Promise<void>((resolve, reject) => {
        redis.once('ready', resolve);
        redis.once('end', () => reject(new Error('The Redis connection closed before it was ready.')));
      });
    },
    async close() {
      subscriber?.disconnect();
      if (!options.client) redis.disconnect();
    },
  };
}
