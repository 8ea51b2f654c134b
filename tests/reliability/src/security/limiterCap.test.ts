import { describe, expect, it } from 'vitest';
import { backendWithGrace, GRACE_PASSWORD } from './loginThrottle';

// Issue 25, finding 6: at 100k keys the limiter dropped the oldest, lockouts included.
describe('issue 25 finding 6: a flood of new keys never unlocks a locked account', () => {
  it('a lockout survives 100,500 uid checks from distinct addresses (each a new key at the cap)', async () => {
    const { handler, login } = await backendWithGrace();
    const attacker = '203.0.113.66';
    for (let n = 0; n < 5; n++) expect((await login('grace', `wrong-${n}`, attacker)).status).toBe(401);
    expect((await login('grace', GRACE_PASSWORD, attacker)).status).toBe(429);
    const flood = 100_500;
    const started = performance.now();
    // An invalid uid is answered without asking CometChat: only the limiter works.
    for (let n = 0; n < flood; n++) {
      const clientIp = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
      await handler(new Request('http://backend.test/signup/uids/not.valid'), { clientIp });
    }
    const micros = ((performance.now() - started) * 1000) / flood;
    console.log(`limiter cap: ${flood} uid checks from distinct addresses, ${micros.toFixed(0)} µs per request`);
    expect((await login('grace', GRACE_PASSWORD, attacker)).status).toBe(429);
  }, 240_000);
});
