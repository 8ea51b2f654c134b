import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../src/http/rateLimit';

describe('createRateLimiter', () => {
  it('holds at most maxBuckets identities, dropping the oldest, and drops expired windows', () => {
    let clock = 0;
    const limiter = createRateLimiter({ requests: 2, windowMs: 1_000, maxBuckets: 1_000 }, () => clock);
    for (let n = 0; n < 60_000; n += 1) limiter.count(`address:${n}-${'x'.repeat(64)}`);
    expect(limiter.size()).toBe(1_000);
    // The newest identities are still counted; the first ones were dropped and start afresh.
    expect(limiter.count(`address:59999-${'x'.repeat(64)}`).headers['X-Rate-Limit-Remaining']).toBe('0');
    expect(limiter.count(`address:0-${'x'.repeat(64)}`).headers['X-Rate-Limit-Remaining']).toBe('1');
    clock += 1_000;
    limiter.count('someone new');
    expect(limiter.size()).toBe(1);
  });

  it('refuses past the limit until the window ends', () => {
    let clock = 0;
    const limiter = createRateLimiter({ requests: 1, windowMs: 1_000 }, () => clock);
    expect(limiter.count('user:bob').allowed).toBe(true);
    expect(limiter.count('user:bob')).toMatchObject({ allowed: false, headers: { 'Retry-After': '1' } });
    clock += 1_000;
    expect(limiter.count('user:bob').allowed).toBe(true);
  });
});
