import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../rateLimiter';

describe('createRateLimiter', () => {
  it('allows the limit per window, then answers with the seconds left', () => {
    let now = 0;
    const limiter = createRateLimiter(() => now);
    for (let n = 0; n < 3; n++) expect(limiter.hit('k', 3, 10_000).allowed).toBe(true);
    expect(limiter.hit('k', 3, 10_000)).toEqual({ allowed: false, retryAfterSeconds: 10 });
    now = 9_001;
    expect(limiter.hit('k', 3, 10_000)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now = 10_000;
    expect(limiter.hit('k', 3, 10_000).allowed).toBe(true);
  });

  it('peeks without counting and forgets on reset', () => {
    const limiter = createRateLimiter(() => 0);
    limiter.hit('k', 2, 1000);
    expect(limiter.peek('k', 2).allowed).toBe(true);
    limiter.hit('k', 2, 1000);
    expect(limiter.peek('k', 2).allowed).toBe(false);
    limiter.reset('k');
    expect(limiter.peek('k', 2).allowed).toBe(true);
  });

  it('keeps keys apart', () => {
    const limiter = createRateLimiter(() => 0);
    limiter.hit('a', 1, 1000);
    expect(limiter.hit('a', 1, 1000).allowed).toBe(false);
    expect(limiter.hit('b', 1, 1000).allowed).toBe(true);
  });
});
