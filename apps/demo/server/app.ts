import { Hono } from 'hono';
import { type FaultPoint, faultPoints } from './faults';
import { errorResponse, HttpError } from './httpError';
import { localOnly } from './localOnly';
import { type AccountDeps, isUidAvailable, login, register } from './registration';

/** Options of {@link createBackendApp}. */
export interface BackendAppOptions extends AccountDeps {
  /** Where the backend's CometChat lives, for `/api/health` (never a key). */
  backend: 'emulator' | 'cometchat';
  /** One line per request: method, path, status, milliseconds. Never bodies (passwords) or headers (keys). */
  log?: (line: string) => void;
}

/** Request bodies are small JSON objects; anything larger is refused before it is read in full. */
const MAX_BODY_BYTES = 64 * 1024;

async function jsonBody(request: Request): Promise<unknown> {
  // Only JSON: a form or text/plain post from another site (no CORS preflight) is refused.
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
    throw new HttpError(400, 'ERR_INVALID_CONTENT_TYPE', 'Send the body as JSON (Content-Type: application/json).');
  }
  // Browsers always declare the length of a JSON body; one that is missing or too large is refused unread.
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (!(declared <= MAX_BODY_BYTES)) {
    throw new HttpError(413, 'ERR_PAYLOAD_TOO_LARGE', `The request body must declare a length of at most 64 KB.`);
  }
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}

/**
 * "Your backend": registers accounts in your database, creates their CometChat users with the REST
 * API key and hands the browser auth tokens. Routes: `POST /api/register`, `POST /api/login`,
 * `GET /api/uids/:uid` (availability), `GET /api/health`; with faults enabled, `POST /api/test/fail-next-register`.
 *
 * @example
 * ```ts
 * const app = createBackendApp({ accounts, cometchat: createRestClient(target, { apiKey }), faults: createFaults(false), backend: 'emulator' });
 * serve({ fetch: app.fetch, port: 3940 });
 * ```
 */
export function createBackendApp({ log, backend, ...deps }: BackendAppOptions): Hono {
  const app = new Hono();
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    log?.(`${c.req.method} ${c.req.path} ${c.res.status} ${Math.round(performance.now() - started)}ms`);
  });
  // Only this machine's names and pages: no DNS rebinding, no other site's page.
  app.use(...localOnly());
  app.onError((error, c) => {
    const { status, body } = errorResponse(error);
    if (status >= 500) log?.(`error: ${error.name}: ${body.error.message}`);
    return c.json(body, status as 400);
  });
  app.get('/api/health', (c) => c.json({ data: { ok: true, backend, accounts: deps.accounts.count() } }));
  app.post('/api/register', async (c) => c.json({ data: await register(deps, await jsonBody(c.req.raw)) }));
  app.post('/api/login', async (c) => c.json({ data: await login(deps, await jsonBody(c.req.raw)) }));
  app.get('/api/uids/:uid', async (c) =>
    c.json({ data: { available: await isUidAvailable(deps, c.req.param('uid')) } }),
  );
  if (deps.faults.enabled) {
    app.post('/api/test/fail-next-register', async (c) => {
      const body = c.req.header('content-type') ? await jsonBody(c.req.raw) : {};
      const { after = 'account' } = (body ?? {}) as { after?: FaultPoint };
      if (!faultPoints.includes(after))
        return c.json({ error: { code: 'ERR_BAD_REQUEST', message: `after: one of ${faultPoints.join(', ')}` } }, 400);
      deps.faults.failNextRegister(after);
      return c.json({ data: { armed: after } });
    });
  }
  app.all('/api/*', (c) =>
    c.json({ error: { code: 'ERR_ROUTE_NOT_FOUND', message: `No route ${c.req.method} ${c.req.path}` } }, 404),
  );
  return app;
}
