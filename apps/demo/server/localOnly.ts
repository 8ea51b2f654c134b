import { isAllowedHost, isAllowedOrigin } from '@profilekit/core/internal';
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/** Who may reach a local backend besides this machine's own names and pages. */
export interface LocalOnlyOptions {
  /** Host names accepted besides `localhost`, `127.0.0.1` and `[::1]` (any port); `'*'` turns the check off. */
  allowedHosts?: readonly string[] | '*';
  /** Page origins allowed besides pages on `localhost`, `127.0.0.1` and `[::1]`; `'*'` for any. */
  corsOrigins?: readonly string[] | '*';
}

const refuse = (code: string, message: string) => Response.json({ error: { code, message } }, { status: 403 });

/**
 * Keeps a backend that runs on a developer's machine out of reach of web sites: 403 `ERR_HOST_NOT_ALLOWED`
 * for a `Host` that does not name this machine (DNS rebinding), 403 `ERR_ORIGIN_NOT_ALLOWED` for a page of
 * another origin, and CORS (`hono/cors`, no credentials) for pages on this machine and `corsOrigins`.
 * A request without a `Host` header (in-process, e.g. `app.request()` in tests) is not checked.
 * Depends only on `hono` and `@profilekit/core`, so it can move into `@profilekit/server` as it is.
 *
 * @example
 * ```ts
 * const app = new Hono();
 * app.use(...localOnly({ corsOrigins: ['https://devbox.lan:5173'] }));
 * ```
 */
export function localOnly({ allowedHosts = [], corsOrigins = [] }: LocalOnlyOptions = {}): MiddlewareHandler[] {
  const guard: MiddlewareHandler = async (c, next) => {
    const host = c.req.header('Host');
    if (host !== undefined && !isAllowedHost(host, allowedHosts)) {
      return refuse('ERR_HOST_NOT_ALLOWED', 'This backend answers only to localhost, 127.0.0.1 and [::1].');
    }
    const origin = c.req.header('Origin');
    if (origin !== undefined && !isAllowedOrigin(origin, corsOrigins)) {
      return refuse('ERR_ORIGIN_NOT_ALLOWED', 'This backend answers only to pages served from this machine.');
    }
    await next();
  };
  return [
    guard,
    cors({
      origin: (origin) => (corsOrigins === '*' ? '*' : origin),
      allowHeaders: ['Content-Type', 'Authorization'],
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      maxAge: 600,
    }),
  ];
}
