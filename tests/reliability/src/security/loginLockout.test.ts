import { describe, expect, it } from 'vitest';
import { backendWithGrace, GRACE_PASSWORD } from './loginThrottle';

// Issue 25, finding 11: anyone could lock anyone out (admins included) with 5 wrong passwords from one IP.
const attacker = '203.0.113.66';
const grace = '198.51.100.20';

describe('issue 25 finding 11: failed logins count per account and IP first, per account slowly', () => {
  it('5 wrong passwords from one IP lock that IP out of the account, not the owner on her own IP', async () => {
    const { login } = await backendWithGrace();
    for (let n = 0; n < 5; n++) expect((await login('grace', `wrong-guess-${n}`, attacker)).status).toBe(401);
    expect((await login('grace', GRACE_PASSWORD, attacker)).status).toBe(429);
    const own = await login('grace', GRACE_PASSWORD, grace);
    expect(own.status).toBe(200);
    expect(own.body.data.authToken).toEqual(expect.any(String));
  });

  it('25 attempts a minute from one IP neither lock the owner out nor use up her request limit', async () => {
    const { login } = await backendWithGrace();
    const statuses = new Set<number>();
    for (let n = 0; n < 25; n++) statuses.add((await login('grace', `wrong-guess-${n}`, attacker)).status);
    expect([...statuses].sort()).toEqual([401, 429]);
    expect((await login('grace', GRACE_PASSWORD, grace)).status).toBe(200);
  });

  it('the uid and the email of one account share one counter', async () => {
    const { login } = await backendWithGrace();
    for (let n = 0; n < 3; n++) expect((await login('grace', `wrong-${n}`, attacker)).status).toBe(401);
    for (let n = 0; n < 2; n++) expect((await login('GRACE@example.com', `wrong-${n}`, attacker)).status).toBe(401);
    expect((await login('grace', GRACE_PASSWORD, attacker)).status).toBe(429);
    expect((await login('grace@example.com', GRACE_PASSWORD, attacker)).status).toBe(429);
  });

  it('a success from an IP starts its consecutive count again', async () => {
    const { login } = await backendWithGrace();
    for (let n = 0; n < 4; n++) await login('grace', `typo-${n}`, grace);
    expect((await login('grace', GRACE_PASSWORD, grace)).status).toBe(200);
    for (let n = 0; n < 4; n++) expect((await login('grace', `typo-again-${n}`, grace)).status).toBe(401);
    expect((await login('grace', GRACE_PASSWORD, grace)).status).toBe(200);
  });

  it('the slow global limit per account holds against many IPs, whatever IP the owner uses', async () => {
    const failedLogin = { perIp: 30, perAccountAndIp: 5, windowMs: 60_000, perAccount: 12, accountWindowMs: 60_000 };
    const { login } = await backendWithGrace({ rateLimit: { failedLogin } });
    for (let ip = 1; ip <= 3; ip++) {
      for (let n = 0; n < 4; n++) expect((await login('grace', `spray-${n}`, `203.0.113.${ip}`)).status).toBe(401);
    }
    const locked = await login('grace', GRACE_PASSWORD, grace);
    expect(locked.status).toBe(429);
    expect(Number(locked.retryAfter)).toBeGreaterThan(0);
  });
});
