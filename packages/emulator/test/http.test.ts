import { describe, expect, it } from 'vitest';
import { createEmulator, DEV_APP_ID, DEV_AUTH_KEY, DEV_REST_API_KEY, startEmulator } from '../src/index';
import { call, callers, useEmulator } from './helpers';

describe('rate limiting per key', () => {
  let clock = 1_800_000_000_000;
  const ctx = useEmulator({ rateLimit: { requests: 3, windowMs: 10_000 }, now: () => clock });

  it('answers 429 ERR_TOO_MANY_REQUESTS with Retry-After and X-Rate-Limit headers, per credential, until the window ends', async () => {
    const first = await ctx.api.admin('GET', '/v3/users');
    expect(first.headers.get('x-rate-limit')).toBe('3');
    expect(first.headers.get('x-rate-limit-remaining')).toBe('2');
    expect(first.headers.get('x-rate-limit-reset')).toBe(String((clock + 10_000) / 1000));
    await ctx.api.admin('GET', '/v3/users');
    await ctx.api.admin('GET', '/v3/users');
    clock += 4_000;
    const refused = await ctx.api.admin('GET', '/v3/users');
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({ code: 'ERR_TOO_MANY_REQUESTS', source: 'profilekit-emulator' });
    expect(refused.headers.get('retry-after')).toBe('6');
    expect(refused.headers.get('x-rate-limit-remaining')).toBe('0');
    expect((await ctx.api.authKey('POST', '/v3/users', { uid: 'other-key', name: 'O' })).status).toBe(200);
    clock += 6_000;
    expect((await ctx.api.admin('GET', '/v3/users')).status).toBe(200);
  });
});

describe('CORS', () => {
  const ctx = useEmulator();

  it("answers a preflight allowing the SDK's headers and methods", async () => {
    const response = await fetch(`${ctx.server.url}/v3.0/me`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'appid,authtoken,resource,sdk,content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/\s*,\s*/);
    for (const header of ['appid', 'apikey', 'authtoken', 'resource', 'sdk', 'onbehalfof', 'content-type']) {
      expect(allowed).toContain(header);
    }
    expect(response.headers.get('access-control-allow-methods')).toContain('DELETE');
  });

  it('marks answers (errors too) readable by pages on this machine, with the rate-limit headers exposed', async () => {
    const answer = await call(ctx.server, 'GET', '/v3/users', { headers: { Origin: 'http://127.0.0.1:5173' } });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(answer.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });
});

describe('createEmulator and startEmulator', () => {
  it('answers in-process through fetch(Request), with the development credentials by default', async () => {
    const emulator = createEmulator();
    expect([emulator.appId, emulator.authKey, emulator.restApiKey]).toEqual([
      DEV_APP_ID,
      DEV_AUTH_KEY,
      DEV_REST_API_KEY,
    ]);
    expect(DEV_AUTH_KEY).toMatch(/^[0-9a-f]{40}$/);
    expect(DEV_REST_API_KEY).toMatch(/^[0-9a-f]{40}$/);
    const response = await emulator.fetch(
      new Request('http://emulator.test/v3/users', {
        method: 'POST',
        headers: { apikey: emulator.authKey, 'content-type': 'application/json' },
        body: JSON.stringify({ uid: 'inproc', name: 'In Process' }),
      }),
    );
    expect((await response.json()).data.uid).toBe('inproc');
    expect(emulator.store.getUser('inproc')?.name).toBe('In Process');
    emulator.close();
  });

  it('names itself and its app id at the root, and listens with random keys, never the published ones', async () => {
    const server = await startEmulator({ port: 0 });
    expect((await call(server, 'GET', '/v3')).body).toEqual({
      data: { name: '@profilekit/emulator', appId: DEV_APP_ID },
    });
    expect(server.authKey).toMatch(/^[0-9a-f]{40}$/);
    expect([server.authKey, server.restApiKey]).not.toContain(DEV_AUTH_KEY);
    expect([server.authKey, server.restApiKey]).not.toContain(DEV_REST_API_KEY);
    expect((await call(server, 'GET', '/v3/users', { headers: { apikey: DEV_REST_API_KEY } })).status).toBe(401);
    await server.close();
  });

  it('takes its own credentials and roles', async () => {
    const server = await startEmulator({
      port: 0,
      appId: 'app2',
      authKey: 'a'.repeat(40),
      restApiKey: 'b'.repeat(40),
      roles: ['crew'],
    });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const api = callers(server);
    expect((await api.authKey('POST', '/users', { uid: 'c1', name: 'C', role: 'crew' })).body.data.role).toBe('crew');
    expect((await api.authKey('POST', '/users', { uid: 'c2', name: 'C', role: 'default' })).status).toBe(400);
    const wrongKey = await call(server, 'GET', '/users', { headers: { apikey: DEV_REST_API_KEY } });
    expect(wrongKey.body.error.code).toBe('AUTH_ERR_APIKEY_NOT_FOUND');
    await server.close();
  });

  it('uses a SQLite file when given db', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'profilekit-start-'));
    const file = join(dir, 'db.sqlite');
    const first = await startEmulator({ port: 0, db: file });
    await callers(first).authKey('POST', '/users', { uid: 'persisted', name: 'P' });
    await first.close();
    const second = await startEmulator({ port: 0, db: file });
    expect((await callers(second).admin('GET', '/users/persisted')).body.data.name).toBe('P');
    await second.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

// Answers the official SDK and the UI Kit read, asserted here so that `pnpm mutation emulator` sees them (the
// UI Kit run in tests/uikit is not among the mutation's killing tests).
describe('documented answers: settings, auth tokens, blocked users, PUT /me', () => {
  let clock = 1_800_000_000_000;
  const ctx = useEmulator({ rateLimit: false, now: () => clock });
  const asApp = () => ({ appId: ctx.server.appId });
  const tokenOf = async (uid: string) =>
    (await ctx.api.admin('POST', `/v3/users/${uid}/auth_tokens`, {})).body.data.authToken as string;

  it('GET /settings names the host the client used and the version segment it came under', async () => {
    const host = new URL(ctx.server.url).host;
    const expected = (version: string) => ({
      ADMIN_API_HOST: host,
      CLIENT_API_HOST: host,
      CHAT_API_VERSION: version,
      MODE: 'DEFAULT',
      REGION: 'emulator',
      extensions: [],
    });
    for (const [path, version] of [
      ['/v3/settings', 'v3'],
      ['/v3.0/settings', 'v3.0'],
      ['/settings', 'v3.0'],
    ] as const) {
      const answer = await call(ctx.server, 'GET', path, { headers: asApp() });
      expect(answer.status, path).toBe(200);
      expect(answer.body.data, path).toEqual(expected(version));
    }
    const otherApp = await call(ctx.server, 'GET', '/v3/settings', { headers: { appId: 'not-this-app' } });
    expect(otherApp.status).toBe(401);
    expect(otherApp.body.error.code).toBe('AUTH_ERR_INVALID_APPID');
  });

  it('creating, listing or flushing the auth tokens of a uid that does not exist is 404 ERR_UID_NOT_FOUND', async () => {
    for (const [method, body] of [
      ['POST', {}],
      ['GET', undefined],
      ['DELETE', undefined],
    ] as const) {
      const answer = await ctx.api.admin(method, '/v3/users/nobody-here/auth_tokens', body);
      expect(answer.status, method).toBe(404);
      expect(answer.body.error.code, method).toBe('ERR_UID_NOT_FOUND');
    }
  });

  it('GET /users/{uid}/blockedusers lists by direction, with blockedByMeAt only for whom the user blocked', async () => {
    for (const uid of ['bl-ann', 'bl-ben', 'bl-cat']) await ctx.api.admin('POST', '/v3/users', { uid, name: uid });
    await ctx.api.admin('POST', '/v3/users/bl-ann/blockedusers', { blockedUids: ['bl-ben'] });
    clock += 5_000;
    await ctx.api.admin('POST', '/v3/users/bl-cat/blockedusers', { blockedUids: ['bl-ann'] });
    const list = (direction?: string) =>
      ctx.api.admin('GET', `/v3/users/bl-ann/blockedusers${direction ? `?direction=${direction}` : ''}`);
    const uids = (answer: Awaited<ReturnType<typeof list>>) =>
      (answer.body.data as Array<{ uid: string }>).map((user) => user.uid).sort();

    const byMe = await list('blockedByMe');
    expect(uids(byMe)).toEqual(['bl-ben']);
    expect(byMe.body.data[0]).toMatchObject({ blockedByMeAt: 1_800_000_000, blockedAt: 1_800_000_000 });
    expect(byMe.body.meta.cursor).toEqual({ updatedAt: expect.any(Number), affix: 'prepend' });
    expect(uids(await list())).toEqual(['bl-ben']);

    const ofMe = await list('hasBlockedMe');
    expect(uids(ofMe)).toEqual(['bl-cat']);
    expect(ofMe.body.data[0]).not.toHaveProperty('blockedByMeAt');
    expect(ofMe.body.data[0].blockedAt).toBe(1_800_000_005);

    expect(uids(await list('both'))).toEqual(['bl-ben', 'bl-cat']);

    const wrong = await list('sideways');
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.direction).toEqual(['direction must be one of blockedByMe, hasBlockedMe, both']);
  });

  it('PUT /me moves updatedAt only when something changed; lastActiveAt moves either way', async () => {
    await ctx.api.admin('POST', '/v3/users', { uid: 'me-upd', name: 'Me' });
    const me = ctx.api.user(await tokenOf('me-upd'));
    const created = clock / 1000;
    clock += 60_000;
    const nothing = await me('PUT', '/v3/me', {});
    expect(nothing.status).toBe(200);
    expect(nothing.body.data).toMatchObject({ updatedAt: created, lastActiveAt: created + 60 });
    clock += 60_000;
    const renamed = await me('PUT', '/v3/me', { name: 'Me Renamed' });
    expect(renamed.body.data).toMatchObject({
      name: 'Me Renamed',
      updatedAt: created + 120,
      lastActiveAt: created + 120,
    });
  });
  it('GET /users refuses friendsOnly and count when set (0, false and empty are leaving them out) and over 25 uids', async () => {
    for (const value of ['', '0', 'false', 'FALSE']) {
      for (const name of ['friendsOnly', 'count']) {
        const answer = await ctx.api.admin('GET', `/v3/users?${name}=${value}`);
        expect(answer.status, `${name}=${value}`).toBe(200);
      }
    }
    const friends = await ctx.api.admin('GET', '/v3/users?friendsOnly=1');
    expect(friends.status).toBe(400);
    expect(friends.body.error.details).toEqual({
      friendsOnly: ['friendsOnly is not supported by the emulator (it keeps no friends); leave it out or send 0'],
    });
    const count = await ctx.api.admin('GET', '/v3/users?count=true');
    expect(count.body.error.details).toEqual({
      count: ['count is not supported by the emulator; read meta.pagination.total instead'],
    });
    const uids = Array.from({ length: 26 }, (_, i) => `u${i}`).join(',');
    const tooMany = await ctx.api.admin('GET', `/v3/users?uids=${uids}`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.details).toEqual({ uids: ['uids may name at most 25 users'] });
  });
});
