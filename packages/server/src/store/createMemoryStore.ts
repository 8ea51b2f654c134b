import { createMemoryRateLimitStore, type MemoryRateLimitStoreOptions } from '../limits/rateLimitStore';
import type { ProfileKitStore, StoreListener } from './ProfileKitStore';

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions extends MemoryRateLimitStoreOptions {
  /** Most cached values and counters held at once (the oldest goes first); default 100,000. */
  maxValues?: number;
}

/**
 * The default store: this process's memory. Limits use the capped fixed-window counters of
 * `createMemoryRateLimitStore` (a live lockout is never evicted); values and counters expire after their
 * TTL, and at `maxValues` the oldest is dropped; `publish` reaches this process's subscribers only.
 * Behind several instances each one counts on its own: use `createRedisStore` from `@profilekit/server/redis`.
 *
 * @example
 * ```ts
 * const handler = createProfileKitHandler({ target, restApiKey, store: createMemoryStore({ maxKeys: 200_000 }) });
 * ```
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): ProfileKitStore {
  const { maxValues = 100_000, now = Date.now } = options;
  const limits = createMemoryRateLimitStore(options);
  const values = new Map<string, { value: string; expiresAt: number }>();
  const channels = new Map<string, Set<StoreListener>>();
  const read = (key: string) => {
    const entry = values.get(key);
    if (entry && entry.expiresAt <= now()) values.delete(key);
    return entry && entry.expiresAt > now() ? entry : undefined;
  };
  const write = (key: string, value: string, expiresAt: number) => {
    values.delete(key); // re-inserted last: the Map's order is the eviction order
    if (values.size >= maxValues) values.delete(values.keys().next().value as string);
    values.set(key, { value, expiresAt });
  };
  return {
    consume: (key, limit) => limits.consume(key, limit),
    peek: (key, limit) => limits.peek(key, limit),
    reset: (key) => limits.reset(key),
    async increment(key, ttlMs, by = 1) {
      const entry = read(key);
      const value = Number(entry?.value ?? 0) + by;
      write(key, String(value), entry?.expiresAt ?? now() + ttlMs);
      return value;
    },
    get: async (key) => read(key)?.value,
    async set(key, value, ttlMs) {
      write(key, value, now() + ttlMs);
    },
    async delete(key) {
      values.delete(key);
      await limits.reset(key);
    },
    async publish(channel, message) {
      for (const listener of channels.get(channel) ?? []) queueMicrotask(() => listener(message));
    },
    async subscribe(channel, listener) {
      const listeners = channels.get(channel) ?? new Set<StoreListener>();
      channels.set(channel, listeners);
      listeners.add(listener);
      return async () => {
        listeners.delete(listener);
        if (listeners.size === 0) channels.delete(channel);
      };
    },
  };
}
