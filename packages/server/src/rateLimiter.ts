/** How many requests one key may make per window. */
export interface RateLimitRule {
  /** Requests per window for one IP address. */
  perIp: number;
  /** Requests per window for one caller, account or uid. */
  perKey: number;
  windowMs: number;
}

/** What a limiter decided: go on, or wait `retryAfterSeconds`. */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Fixed-window counters in memory, one process. */
export interface RateLimiter {
  /** Counts one hit for `key` and says whether it is within `limit` per window. */
  hit(key: string, limit: number, windowMs: number): RateLimitDecision;
  /** Whether `key` is already over `limit`, without counting. */
  peek(key: string, limit: number): RateLimitDecision;
  /** Forgets a key (e.g. failed logins of an account after a success). */
  reset(key: string): void;
}

const MAX_KEYS = 100_000;

/**
 * Fixed-window counters kept in this process's memory. Behind several instances, each counts on its
 * own (limits multiply by the number of instances); put a shared limiter in front for stricter ones.
 *
 * @example
 * ```ts
 * const limiter = createRateLimiter();
 * limiter.hit('signup:ip:203.0.113.7', 10, 60_000); // { allowed: true }
 * ```
 */
export function createRateLimiter(now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  const prune = (at: number) => {
    for (const [key, window] of windows) if (window.resetAt <= at) windows.delete(key);
    // Still too many live keys (a flood of distinct ones): drop the oldest rather than grow without bound.
    for (const key of windows.keys()) {
      if (windows.size <= MAX_KEYS) break;
      windows.delete(key);
    }
  };
  const decide = (window: { count: number; resetAt: number } | undefined, limit: number, at: number) =>
    window && window.count > limit
      ? ({ allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - at) / 1000)) } as const)
      : ({ allowed: true } as const);
  return {
    hit(key, limit, windowMs) {
      const at = now();
      let window = windows.get(key);
      if (!window || window.resetAt <= at) {
        if (windows.size >= MAX_KEYS) prune(at);
        window = { count: 0, resetAt: at + windowMs };
        windows.set(key, window);
      }
      window.count++;
      return decide(window, limit, at);
    },
    peek(key, limit) {
      const at = now();
      const window = windows.get(key);
      if (!window || window.resetAt <= at) return { allowed: true };
      return window.count >= limit
        ? { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - at) / 1000)) }
        : { allowed: true };
    },
    reset(key) {
      windows.delete(key);
    },
  };
}
