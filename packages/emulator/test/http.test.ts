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
