import { ApiError } from './errors';

/** The outcome of counting one request. */
export interface RateLimitVerdict {
  allowed: boolean;
  headers: Record<string, string>;
}

/**
 * Fixed-window rate limiting per credential (API key, auth token, or anonymous), as CometChat applies it:
 * `requests` per `windowMs`. Each verdict carries `X-Rate-Limit`, `X-Rate-Limit-Remaining` and
 * `X-Rate-Limit-Reset` (unix seconds); a refusal also `Retry-After` (seconds).
 */
export function createRateLimiter(limit: { requests: number; windowMs: number }, now: () => number) {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = now();

  function sweep(time: number) {
    if (time - lastSweep < limit.windowMs) return;
    lastSweep = time;
    for (const [key, window] of windows) if (time - window.start >= limit.windowMs) windows.delete(key);
  }

  return function count(key: string): RateLimitVerdict {
    const time = now();
    sweep(time);
    let window = windows.get(key);
    if (!window || time - window.start >= limit.windowMs) {
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
  };
}

/** 429 `ERR_TOO_MANY_REQUESTS` with the rate-limit headers. */
export function tooManyRequests(headers: Record<string, string>): ApiError {
  return new ApiError(
    429,
    'ERR_TOO_MANY_REQUESTS',
    `Too many requests with this credential: at most ${headers['X-Rate-Limit']} per window. Retry after ${headers['Retry-After']} s.`,
    undefined,
    headers,
  );
}
