import { describe, expect, it } from 'vitest';
import { createProfileKitHandler } from '../createProfileKitHandler';
import type { ProfileKitHandlerOptions } from '../options';

const REST_KEY = 'f00dfeed0123456789abcdef0123456789abcdef';

/** CometChat's network as a test double: who each token is, and what the admin API answers. */
function cometChat(tokens: Record<string, { uid: string; role: string }>, onAdmin?: (request: Request) => Response) {
  const seen: string[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const { pathname } = new URL(request.url);
    seen.push(`${request.method} ${pathname}`);
    if (pathname === '/me') {
      const user = tokens[request.headers.get('authToken') ?? ''];
      if (!user)
        return Response.json({ error: { code: 'AUTH_ERR_AUTH_TOKEN_NOT_FOUND', message: 'no' } }, { status: 401 });
      return Response.json({ data: { ...user, name: user.uid } });
    }
    return onAdmin?.(request) ?? Response.json({ data: [], meta: { pagination: { total: 0 } } });
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

const handlerWith = (network: { fetch: typeof fetch }, options: Partial<ProfileKitHandlerOptions> = {}) =>
  createProfileKitHandler({
    target: { baseUrl: 'http://cometchat.internal:3939', appId: 'app' },
    restApiKey: REST_KEY,
    transport: { fetch: network.fetch, retry: { limit: 0 } },
    ...options,
  });

const get = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://backend.test${path}`, { headers });

describe('createProfileKitHandler', () => {
  it('checks the Bearer token with CometChat and caches the caller briefly', async () => {
    const network = cometChat({ tok_admin: { uid: 'ada', role: 'admin' }, tok_user: { uid: 'bob', role: 'default' } });
    const handler = handlerWith(network);
    expect((await handler(get('/users'))).status).toBe(401);
    expect((await handler(get('/users', { authorization: 'Bearer tok_user' }))).status).toBe(403);
    expect((await handler(get('/users', { authorization: 'Bearer tok_forged' }))).status).toBe(401);
    expect((await handler(get('/users', { authorization: 'Bearer tok_admin' }))).status).toBe(200);
    expect((await handler(get('/users', { authorization: 'Bearer tok_admin' }))).status).toBe(200);
    expect(network.seen.filter((call) => call === 'GET /me')).toHaveLength(3);
  });

  it('takes admin roles and a custom authorize hook', async () => {
    const network = cometChat({ tok_mod: { uid: 'kim', role: 'moderator' } });
    const moderators = handlerWith(network, { adminRoles: ['moderator'] });
    expect((await moderators(get('/users', { authorization: 'Bearer tok_mod' }))).status).toBe(200);
    const custom = handlerWith(network, { authorize: async () => ({ uid: 'svc', role: 'admin' }) });
    expect((await custom(get('/users'))).status).toBe(200);
  });

  it('answers a refused REST API key with 502 naming neither the key nor the URL, and logs only a code', async () => {
    const lines: string[] = [];
    const refused = () =>
      Response.json(
        {
          error: {
            code: 'AUTH_ERR_APIKEY_NOT_FOUND',
            message: `The key ${REST_KEY.slice(0, 4)}… (40 chars) was not found`,
          },
        },
        { status: 401 },
      );
    const handler = handlerWith(cometChat({}, refused), {
      onSignup: async () => ({ status: 'created', accountId: 'a1' }),
      log: (line) => lines.push(line),
    });
    const response = await handler(
      new Request('http://backend.test/signup', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user: { uid: 'kevin', name: 'Kevin' } }),
      }),
    );
    expect(response.status).toBe(502);
    const text = await response.text();
    for (const output of [text, ...lines]) {
      expect(output).not.toContain('cometchat.internal');
      expect(output).not.toContain(REST_KEY.slice(0, 4));
    }
    expect(lines).toContain('error: POST /signup: AuthError AUTH_ERR_APIKEY_NOT_FOUND (401)');
  });

  it('sends security headers, refuses other hosts and answers CORS only for allowed origins', async () => {
    const handler = handlerWith(cometChat({}), {
      allowedHosts: ['backend.test'],
      allowedOrigins: ['https://app.example.com'],
    });
    const answer = await handler(get('/signup/uids/kevin', { origin: 'https://app.example.com' }));
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
    expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(answer.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    const elsewhere = await handler(get('/signup/uids/kevin', { origin: 'https://evil.example' }));
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
    const rebound = await handler(new Request('http://attacker.example/signup/uids/kevin'));
    expect(rebound.status).toBe(421);
  });

  it('answers 421 for a Host outside allowedHosts: a name takes any port, name:port one, loopback only when listed', async () => {
    const handler = handlerWith(cometChat({}), { allowedHosts: ['api.example', 'localhost:3940'] });
    const status = async (host: string) =>
      (await handler(new Request(`http://${host}/signup/uids/kevin`, { headers: { host } }))).status;
    expect(await status('api.example')).toBe(200);
    expect(await status('API.example:8443')).toBe(200);
    expect(await status('localhost:3940')).toBe(200);
    expect(await status('localhost:3941')).toBe(421);
    expect(await status('127.0.0.1:3940')).toBe(421);
    expect(await status('api.example.attacker.test')).toBe(421);
  });

  it('rate-limits per IP with 429 and Retry-After', async () => {
    const handler = handlerWith(cometChat({}), { rateLimit: { uidCheck: { perIp: 2, perKey: 2, windowMs: 60_000 } } });
    const statuses = [];
    for (let n = 0; n < 4; n++)
      statuses.push((await handler(get(`/signup/uids/u${n}`), { clientIp: '203.0.113.7' })).status);
    expect(statuses).toEqual([200, 200, 429, 429]);
    const other = await handler(get('/signup/uids/u9'), { clientIp: '198.51.100.1' });
    expect(other.status).toBe(200);
    const limited = await handler(get('/signup/uids/u5'), { clientIp: '203.0.113.7' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
