import type { LimitWindow, RateLimitDecision, RateLimitStore } from '../limits/rateLimitStore';

/** A message listener of {@link ProfileKitStore.subscribe}. */
export type StoreListener = (message: string) => void;

/**
 * Where the handler keeps everything shared between its instances: limits and lockouts (an atomic
 * `consume`, so a limit holds across instances under concurrency), counters and cached answers with a
 * time to live, and events (`publish` / `subscribe`). The default is one process's memory
 * (`createMemoryStore()`); for many instances use `createRedisStore()` from `@profilekit/server/redis`.
 * Every method may reject when the store is unreachable: the handler then refuses logins and sign-ups
 * (503 `ERR_STORE_UNAVAILABLE`) and treats cached reads as misses.
 */
export interface ProfileKitStore extends RateLimitStore {
  /** Counts one hit for `key`; allowed while the window's count is at most `limit.max`. Atomic. */
  consume(key: string, limit: LimitWindow): Promise<RateLimitDecision>;
  /** Adds `by` (default 1) to a counter that expires `ttlMs` after its first increment; the new value. Atomic. */
  increment(key: string, ttlMs: number, by?: number): Promise<number>;
  /** The value stored under `key`, or `undefined` (never set, expired or deleted). */
  get(key: string): Promise<string | undefined>;
  /** Stores `value` under `key` for `ttlMs`. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Forgets `key` (a value, a counter or a limit's window). */
  delete(key: string): Promise<void>;
  /** Sends `message` to every subscriber of `channel`, in every instance. */
  publish(channel: string, message: string): Promise<void>;
  /** Calls `listener` with each message published on `channel`; resolves to the unsubscribe function. */
  subscribe(channel: string, listener: StoreListener): Promise<() => Promise<void>>;
}

export type { LimitWindow, RateLimitDecision };
