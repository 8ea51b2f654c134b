import { ApiError } from './errors';

/** `requests` per `windowMs` per identity; at most `maxBuckets` identities are tracked at once. */
export interface RateLimit {
  requests: number;
  windowMs: number;
  /** Default {@link DEFAULT_MAX_BUCKETS}. */
  maxBuckets?: number;
}

/** The outcome of counting one request. */
export interface RateLimitVerdict {
  allowed: boolean;
  headers: Record<string, string>;
}

/** A fixed-window rate limiter over identities (see {@link createRateLimiter}). */
export interface RateLimiter {
  count(identity: string): RateLimitVerdict;
  /** How many identities have a window now (never more than `maxBuckets`). */
  size(): number;
}

/** The most identities a limiter tracks: a few hundred kilobytes, whatever callers send. */
export const DEFAULT_MAX_BUCKETS = 10_000;

/** A 53-bit hash (cyrb53): a bucket's key has a fixed size whatever the identity is. */
function hash(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Fixed-window rate limiting per identity, as CometChat applies it per credential: `requests` per `windowMs`.
 * The emulator counts the identity that authenticated (a key, a logged-in user) or the client's address for
 * anonymous and failed attempts. Buckets are keyed by a hash of the identity and capped at `maxBuckets`:
 * expired windows are dropped once a window, and a full map drops its oldest. Each verdict carries `X-Rate-Limit`,
 * `X-Rate-Limit-Remaining` and `X-Rate-Limit-Reset` (unix seconds); a refusal also `Retry-After` (seconds).
 */
export function createRateLimiter(limit: RateLimit, now: () => number): RateLimiter {
  const maxBuckets = limit.maxBuckets ?? DEFAULT_MAX_BUCKETS;
  const windows = new Map<number, { start: number; count: number }>();

  let lastSweep = now();

  /** Drops expired windows (at most once a window, so it costs O(1) per request on average). */
  function sweep(time: number) {
    if (time - lastSweep < limit.windowMs) return;
    lastSweep = time;
    for (const [key, window] of windows) if (time - window.start >= limit.windowMs) windows.delete(key);
  }

  /** Map order is insertion order, and a renewed window is re-inserted: the first key is the oldest window. */
  function evictOldest() {
    const oldest = windows.keys().next();
    if (!oldest.done) windows.delete(oldest.value);
  }

  function count(identity: string): RateLimitVerdict {
    const time = now();
    sweep(time);
    const key = hash(identity);
    let window = windows.get(key);
    if (!window || time - window.start >= limit.windowMs) {
      windows.delete(key);
      while (windows.size >= maxBuckets) evictOldest();
      window = { start: time, count: 0 };
      windows.set(key, window);
    }
    window.count += 1;
    const resetAt = window.start + limit.windowMs;
    const headers: Record<string, string> = {
      'X-Rate-Limit': String(limit.requests),
      'X-Rate-Limit-Remaining': String(Math.max(0, limit.requests - window.count)),
      'X-Rate-Limit-Reset': String(Math.ceil(resetAt / 1000)),
    };
    if (window.count <= limit.requests) return { allowed: true, headers };
    headers['Retry-After'] = String(Math.max(1, Math.ceil((resetAt - time) / 1000)));
    return { allowed: false, headers };
  }

  return { count, size: () => windows.size };
}

/** 429 `ERR_TOO_MANY_REQUESTS` with the rate-limit headers. */
export function tooManyRequests(headers: Record<string, string>): ApiError {
  return new ApiError(
    429,
    'ERR_TOO_MANY_REQUESTS',
    `Too many requests from this caller: at most ${headers['X-Rate-Limit']} per window. Retry after ${headers['Retry-After']} s.`,
    undefined,
    headers,
  );
}
