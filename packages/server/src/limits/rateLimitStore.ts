/** One counter's limit: at most `max` per `windowMs`. */
export interface LimitWindow {
  windowMs: number;
  max: number;
}

/** What a limiter decided: go on, or wait `retryAfter` seconds. */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfter: number };

/**
 * Where the handler keeps its counters: one atomic `consume` per limit, so a shared store (e.g. Redis:
 * `INCR` + `PEXPIRE` in one script) holds a limit across instances. Every method may answer asynchronously.
 */
export interface RateLimitStore {
  /** Counts one hit for `key`; allowed while the window's count is at most `limit.max`. */
  consume(key: string, limit: LimitWindow): Promise<RateLimitDecision>;
  /** Whether `key` has already reached `limit.max` in its window, without counting (a lockout check). */
  peek(key: string, limit: LimitWindow): Promise<RateLimitDecision>;
  /** Forgets `key` (e.g. an account's consecutive failed logins after a success). */
  reset(key: string): Promise<void>;
}

/** Options of {@link createMemoryRateLimitStore}. */
export interface MemoryRateLimitStoreOptions {
  /** Most counters held at once; default 100,000 (about 20 MB). */
  maxKeys?: number;
  /** The clock (tests); default `Date.now`. */
  now?: () => number;
}

interface Counter {
  count: number;
  resetAt: number;
  max: number;
}

const secondsUntil = (at: number, now: number) => Math.max(1, Math.ceil((at - now) / 1000));

/**
 * Fixed-window counters in this process's memory, O(1) amortised per call at any size. At `maxKeys` it
 * first drops expired counters (found through a per-second expiry index, never by scanning), then the
 * oldest counter still under its limit; a counter at its limit — a lockout — is never dropped before its
 * window ends. When every counter is a live lockout, new keys are refused until one expires (fail closed).
 * Behind several instances each counts on its own: give the handler a shared store instead.
 * (Not `rate-limiter-flexible`'s memory backend: it keeps one timer per key and has no cap.)
 *
 * @example
 * ```ts
 * const store = createMemoryRateLimitStore({ maxKeys: 200_000 });
 * await store.consume('failedLogin:pair:grace|203.0.113.7', { windowMs: 15 * 60_000, max: 5 }); // { allowed: true }
 * ```
 */
export function createMemoryRateLimitStore(options: MemoryRateLimitStoreOptions = {}): RateLimitStore & {
  /** Synchronous `consume` (benchmarks, tests). */
  consumeNow(key: string, limit: LimitWindow): RateLimitDecision;
  /** Counters held. */
  size(): number;
} {
  const { maxKeys = 100_000, now = Date.now } = options;
  const counters = new Map<string, Counter>();
  /**
   * Counters in the order their windows began: at the cap the first one still under its limit is dropped.
   * Stale entries (expired, reset or locked counters) are skipped once each; an array with a moving head
   * because a Set's first live entry sits behind every deleted one (V8 keeps the holes until it rehashes).
   */
  let queue: { key: string; counter: Counter }[] = [];
  let head = 0;
  const underLimit = ({ key, counter }: { key: string; counter: Counter }) =>
    counters.get(key) === counter && counter.count < counter.max;
  /** Keys by the second their window ends. */
  const expiring = new Map<number, Set<string>>();
  let purgedUpTo = Math.floor(now() / 1000);

  const forget = (key: string, counter: Counter) => {
    counters.delete(key);
    const second = Math.ceil(counter.resetAt / 1000);
    const keys = expiring.get(second);
    keys?.delete(key);
    if (keys?.size === 0) expiring.delete(second);
  };
  /** Drops every counter whose window ended, walking the seconds since the last purge once each. */
  const purge = (at: number) => {
    const until = Math.floor(at / 1000);
    // Seconds up to `until` hold windows that ended at or before `until * 1000 <= at`.
    for (; purgedUpTo <= until; purgedUpTo++) {
      const keys = expiring.get(purgedUpTo);
      if (!keys) continue;
      // Every window in a second before `at`'s has ended.
      for (const key of keys) {
        const counter = counters.get(key);
        if (counter) forget(key, counter);
      }
      expiring.delete(purgedUpTo);
    }
  };
  /** Room for one more counter, or `false` when every counter is a live lockout. */
  const makeRoom = (at: number) => {
    purge(at); // each second is walked once, whatever the traffic: memory follows live windows
    if (counters.size < maxKeys) return true;
    while (head < queue.length) {
      const oldest = queue[head++] as (typeof queue)[number];
      if (!underLimit(oldest)) continue;
      forget(oldest.key, oldest.counter);
      return true;
    }
    return false;
  };
  const enqueue = (key: string, counter: Counter) => {
    queue.push({ key, counter });
    // Keep the queue within twice the cap: drop the consumed head and the stale entries (amortised O(1)).
    if (queue.length - head > 2 * maxKeys || (head > 1024 && head > queue.length / 2)) {
      queue = queue.slice(head).filter(underLimit);
      head = 0;
    }
  };
  const live = (key: string, at: number) => {
    const counter = counters.get(key);
    if (counter && counter.resetAt <= at) {
      forget(key, counter);
      return undefined;
    }
    return counter;
  };
  const consumeNow = (key: string, { windowMs, max }: LimitWindow): RateLimitDecision => {
    const at = now();
    let counter = live(key, at);
    if (!counter) {
      if (!makeRoom(at)) return { allowed: false, retryAfter: secondsUntil(at + windowMs, at) };
      counter = { count: 0, resetAt: at + windowMs, max };
      counters.set(key, counter);
      enqueue(key, counter);
      const second = Math.ceil(counter.resetAt / 1000);
      const keys = expiring.get(second) ?? new Set<string>();
      expiring.set(second, keys);
      keys.add(key);
    }
    counter.count++;
    counter.max = max;
    return counter.count <= max ? { allowed: true } : { allowed: false, retryAfter: secondsUntil(counter.resetAt, at) };
  };
  return {
    consumeNow,
    consume: async (key, limit) => consumeNow(key, limit),
    async peek(key, { max }) {
      const at = now();
      const counter = live(key, at);
      return counter && counter.count >= max
        ? { allowed: false, retryAfter: secondsUntil(counter.resetAt, at) }
        : { allowed: true };
    },
    async reset(key) {
      const counter = counters.get(key);
      if (counter) forget(key, counter);
    },
    size: () => counters.size,
  };
}
