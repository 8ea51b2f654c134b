import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV_APP_ID, DEV_AUTH_KEY, DEV_REST_API_KEY } from '@profilekit/emulator';
import { type EmulatorProcess, startEmulatorProcess } from '@profilekit/emulator/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestUser, readUser } from '../support/cometChatUsers';
import { type DemoBackendProcess, spawnDemoBackend } from '../support/demoBackend';
import { sendJson } from '../support/sendJson';

// Issue 20's findings against the demo backend, each as it was reported: every case failed before the fix.
const dir = mkdtempSync(join(tmpdir(), 'profilekit-findings-'));
const seedUsers = fileURLToPath(new URL('../../../../apps/demo/seed/users.json', import.meta.url));
const running: (EmulatorProcess | DemoBackendProcess)[] = [];
afterAll(async () => {
  await Promise.all(running.map((process) => process.stop()));
  rmSync(dir, { recursive: true, force: true });
});

let instance = 0;
/** A seeded emulator and a demo backend with its default rate limits and the seeded accounts. */
async function demo({ emulatorArgs = [] as string[], restApiKey = DEV_REST_API_KEY } = {}) {
  const emulator = await startEmulatorProcess([
    ...['--port', '0', '--db', ':memory:', '--seed', seedUsers],
    ...['--allow-published-dev-keys', '--auth-key', DEV_AUTH_KEY, '--rest-api-key', DEV_REST_API_KEY],
    ...(emulatorArgs.includes('--rate-limit') ? [] : ['--rate-limit', 'off']),
    ...emulatorArgs,
  ]);
  running.push(emulator);
  const backend = await spawnDemoBackend({
    emulatorUrl: emulator.url,
    appId: DEV_APP_ID,
    restApiKey,
    db: join(dir, `accounts-${instance++}.sqlite`),
    seedAccounts: true,
  });
  running.push(backend);
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    sendJson(`${backend.url}${path}`, method, headers, body === undefined ? undefined : JSON.stringify(body));
  return {
    emulator,
    backend,
    call,
    signup: (user: Record<string, unknown>, account: Record<string, unknown>) =>
      call('POST', '/api/signup', { user, account }),
    login: (login: string, password: string) => call('POST', '/api/session', { login, password }),
    available: (uid: string) => call('GET', `/api/signup/uids/${uid}`),
  };
}

const strong = 'violet-harbour-kettle';
let sharedDemo: ReturnType<typeof demo> | undefined;
/** One demo for the cases that leave no rate-limit state behind. */
const shared = () => {
  sharedDemo ??= demo();
  return sharedDemo;
};
let bruteForceDemo: ReturnType<typeof demo> | undefined;

describe('finding 1 (high): a sign-up cannot choose its role or data the signup column does not allow', () => {
  it('{ role: "admin" } is refused with a field error and no CometChat user is created', async () => {
    const { signup, emulator } = await shared();
    const answer = await signup({ uid: 'mallory1', name: 'M', role: 'admin' }, { password: strong });
    expect(answer.status).toBe(400);
    expect(answer.body.error.details.role).toEqual(['A new user cannot choose their role.']);
    expect(await readUser(emulator.url, DEV_REST_API_KEY, 'mallory1')).toBeUndefined();
  });
});

describe('finding 2 (medium): no takeover of a deactivated user', () => {
  it('registering a deactivated user’s uid is refused, stores no account, and the attacker’s password never logs in as the victim', async () => {
    const { emulator, signup, login, available } = await shared();
    await createTestUser(emulator.url, DEV_REST_API_KEY, { uid: 'victim1', name: 'Victim' });
    const deactivate = JSON.stringify({ uidsToDeactivate: ['victim1'] });
    await sendJson(`${emulator.url}/v3/users`, 'DELETE', { apikey: DEV_REST_API_KEY }, deactivate);

    expect((await available('victim1')).body.data.available, 'a deactivated user’s uid is not free').toBe(false);
    const attempt = await signup({ uid: 'victim1', name: 'Mallory' }, { password: strong });
    expect(attempt.status).toBe(400);
    expect(attempt.body.error.code).toBe('ERR_UID_ALREADY_EXISTS');

    const reactivate = JSON.stringify({ uidsToActivate: ['victim1'] });
    await sendJson(`${emulator.url}/v3/users`, 'PUT', { apikey: DEV_REST_API_KEY }, reactivate);
    const takeover = await login('victim1', strong);
    expect(takeover.status).toBe(401);
    expect(takeover.body.data).toBeUndefined();
    expect((await readUser(emulator.url, DEV_REST_API_KEY, 'victim1'))?.name).toBe('Victim');
  });

  it('an active user created outside the backend is not adopted either', async () => {
    const { emulator, signup } = await shared();
    await createTestUser(emulator.url, DEV_REST_API_KEY, { uid: 'outsider1', name: 'Outsider' });
    const attempt = await signup({ uid: 'outsider1', name: 'Mallory' }, { password: strong });
    expect(attempt.body.error.code).toBe('ERR_UID_ALREADY_EXISTS');
  });
});

describe('finding 5 (medium): anonymous requests cannot use up the backend’s CometChat quota', () => {
  it('300 anonymous uid checks are limited per IP before they reach CometChat; the admin still gets a page', async () => {
    const { call, available, login } = await demo({ emulatorArgs: ['--rate-limit', '200'] });
    const statuses: number[] = [];
    for (let n = 0; n < 300; n++) statuses.push((await available(`free-${n}`)).status);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    const limited = await available('free-x');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const ada = await login('ada', 'analytical-engine-1843');
    const page = await call('GET', '/api/users', undefined, { authorization: `Bearer ${ada.body.data.authToken}` });
    expect(page.status, 'the REST API key’s budget at CometChat is intact').toBe(200);
  });

  it('the same uid asked 100 times is answered from a short cache: CometChat’s limit of 60 is never reached', async () => {
    const { available } = await demo({ emulatorArgs: ['--rate-limit', '60'] });
    for (let n = 0; n < 100; n++) {
      // alan is a seeded CometChat user without an account: only CometChat can say the uid is taken.
      const answer = await available('alan');
      expect(answer.status, answer.text).toBe(200);
      expect(answer.body.data.available).toBe(false);
    }
  });
});

describe('finding 6 (medium): login brute force is throttled and weak passwords are refused', () => {
  it('200 wrong passwords for one account: refused with 429 + Retry-After after a few, even for the right one', async () => {
    bruteForceDemo ??= demo();
    const { login } = await bruteForceDemo;
    const statuses: number[] = [];
    for (let n = 0; n < 200; n++) statuses.push((await login('ada', `wrong-guess-${n}`)).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
    const right = await login('ada', 'analytical-engine-1843');
    expect(right.status).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    expect(right.body.data).toBeUndefined();
  });

  it('wrong passwords spread over many accounts are throttled per IP', async () => {
    bruteForceDemo ??= demo();
    const { login } = await bruteForceDemo;
    const statuses: number[] = [];
    for (let n = 0; n < 60; n++) statuses.push((await login(`someone-${n}`, 'not-the-password')).status);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(30);
    expect(statuses.at(-1)).toBe(429);
  });

  it.for([
    ['aaaaaaaa', /Repeated characters/],
    ['password1', /commonly used password/],
    ['qwertyuiop', /frequently used password/],
  ] as const)('the password %s is refused with a reason', async ([password, reason]) => {
    const { signup } = await shared();
    const answer = await signup({ uid: `weak${password.length}`, name: 'Kevin' }, { password });
    expect(answer.status).toBe(400);
    expect(answer.body.error.details.password[0]).toMatch(reason);
  });
});

describe('finding 7: errors show neither the internal URL nor any part of a key; security headers everywhere', () => {
  it('a backend whose REST API key CometChat refuses answers 502 without the URL or the key, and logs neither', async () => {
    const wrongKey = 'f00dfeed0123456789abcdef0123456789abcdef';
    const { emulator, backend, signup } = await demo({ restApiKey: wrongKey });
    const answer = await signup({ uid: 'kevin7', name: 'Kevin' }, { password: strong });
    expect(answer.status).toBe(502);
    expect(answer.body.error.code).toBe('ERR_COMETCHAT_UNAVAILABLE');
    // The log after the start-up line (which names where the users live): one line per request and per failure.
    const log = backend.output().split('\n').slice(1).join('\n');
    expect(log).toMatch(/error: POST \/api\/signup: AuthError AUTH_ERR_APIKEY_NOT_FOUND/);
    for (const text of [answer.text, log]) {
      expect(text).not.toContain(emulator.url);
      expect(text).not.toContain(wrongKey);
      expect(text).not.toContain(wrongKey.slice(0, 4));
      expect(text).not.toMatch(/length|\*\*\*\*/);
    }
  });

  it('every answer carries nosniff, frame-ancestors / X-Frame-Options and Referrer-Policy', async () => {
    const { call } = await shared();
    for (const [method, path] of [
      ['GET', '/api/health'],
      ['GET', '/api/users'],
      ['GET', '/api/signup/uids/ada'],
      ['POST', '/api/session'],
      ['GET', '/api/nowhere'],
    ] as const) {
      const answer = await call(method, path, method === 'POST' ? {} : undefined);
      expect(answer.headers['x-content-type-options'], path).toBe('nosniff');
      expect(answer.headers['x-frame-options'], path).toMatch(/DENY|SAMEORIGIN/);
      expect(answer.headers['referrer-policy'], path).toBe('no-referrer');
    }
  });
});
