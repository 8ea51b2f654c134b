import { describe, expect, it } from 'vitest';
import { backendWithGrace, GRACE_PASSWORD } from './loginThrottle';

// Issue 25, finding 1 (high): POST /signup naming an existing account was an unthrottled login.
const attacker = '203.0.113.66';

describe('issue 25 finding 1: a sign-up naming an existing account is a login attempt', () => {
  it('an account locked by 5 wrong passwords on /session is refused on /signup too: 429, no token', async () => {
    const { login, signup } = await backendWithGrace();
    for (let n = 0; n < 5; n++) expect((await login('grace', `wrong-guess-${n}`, attacker)).status).toBe(401);
    expect((await login('grace', GRACE_PASSWORD, attacker)).status).toBe(429);
    const side = await signup('grace', GRACE_PASSWORD, attacker);
    expect(side.status).toBe(429);
    expect(side.retryAfter).toMatch(/^\d+$/);
    expect(JSON.stringify(side.body)).not.toContain('authToken');
  });

  it('wrong proofs on /signup count as failed logins: after 5, the right password on /session is refused', async () => {
    const { login, signup } = await backendWithGrace();
    for (let n = 0; n < 5; n++) {
      const guess = await signup('grace', `wrong-guess-${n}`, attacker);
      expect(guess.body.error.code).toBe('ERR_UID_ALREADY_EXISTS');
    }
    expect((await signup('grace', 'wrong-guess-6', attacker)).status).toBe(429);
    expect((await login('grace', GRACE_PASSWORD, attacker)).status).toBe(429);
  });

  it('a completed sign-up sent again with the right password issues no token: 409 ERR_SIGNUP_COMPLETED, log in', async () => {
    const { login, signup } = await backendWithGrace();
    const again = await signup('grace', GRACE_PASSWORD, '192.0.2.1');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ERR_SIGNUP_COMPLETED');
    expect(again.body.data).toBeUndefined();
    const session = await login('grace', GRACE_PASSWORD, '192.0.2.1');
    expect(session.status).toBe(200);
    expect(session.body.data.authToken).toEqual(expect.any(String));
  });
});
