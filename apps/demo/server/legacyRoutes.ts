import { getConnInfo } from '@hono/node-server/conninfo';
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';

type Forward = (request: Request, clientIp: string | undefined) => Promise<Response>;

const rewritten = (request: Request, path: string, body?: string) =>
  new Request(new URL(path, request.url), {
    method: request.method,
    headers: request.headers,
    body: body ?? (request.method === 'GET' ? undefined : request.body),
    duplex: 'half',
  } as RequestInit);

/** `{ data: { user, authToken } }` as the old routes answered it: `{ data: { uid, authToken } }`. */
async function asSession(response: Response): Promise<Response> {
  if (!response.ok) return response;
  const { data } = (await response.json()) as { data: { user: { uid: string }; authToken: string } };
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(JSON.stringify({ data: { uid: data.user.uid, authToken: data.authToken } }), {
    status: response.status,
    headers,
  });
}

/**
 * The demo backend's routes before `@profilekit/server` — `POST /api/register` (flat body),
 * `POST /api/login`, `GET /api/uids/:uid` — as thin aliases of `/api/signup`, `/api/session` and
 * `/api/signup/uids/:uid`, for browsers built before the move. Remove once the demo app calls the new routes.
 */
export function legacyRoutes(app: Hono, forward: Forward) {
  const tooLarge = bodyLimit({
    maxSize: 64 * 1024,
    onError: (c) =>
      c.json(
        { error: { code: 'ERR_PAYLOAD_TOO_LARGE', message: 'The request body must be at most 65536 bytes.' } },
        413,
      ),
  });
  app.use('/api/register', tooLarge);
  app.post('/api/register', async (c) => {
    const text = await c.req.text();
    let body = text;
    try {
      const { password, email, ...user } = JSON.parse(text) as Record<string, unknown>;
      body = JSON.stringify({ user, account: { password, email } });
    } catch {
      // not JSON: the handler answers 400 (or 415) itself
    }
    return asSession(await forward(rewritten(c.req.raw, '/api/signup', body), getConnInfo(c).remote.address));
  });
  app.post('/api/login', async (c) =>
    asSession(await forward(rewritten(c.req.raw, '/api/session'), getConnInfo(c).remote.address)),
  );
  app.get('/api/uids/:uid', (c) =>
    forward(
      rewritten(c.req.raw, `/api/signup/uids/${encodeURIComponent(c.req.param('uid'))}`),
      getConnInfo(c).remote.address,
    ),
  );
}
