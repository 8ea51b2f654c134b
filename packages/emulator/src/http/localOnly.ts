import { isAllowedHost, isAllowedOrigin } from '@profilekit/core/internal';
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { ApiError } from './errors';

/** Who may reach a local server: extra `Host` names and page origins beside this machine's own. */
export interface LocalOnlyOptions {
  /** Host names accepted besides `localhost`, `127.0.0.1` and `[::1]` (any port); `'*'` turns the check off. */
  allowedHosts?: readonly string[] | '*';
  /** Page origins allowed besides pages on `localhost`, `127.0.0.1` and `[::1]`; `'*'` for any (never with credentials). */
  corsOrigins?: readonly string[] | '*';
}

/** The request headers the official SDK and profilekit's clients send. */
const ALLOWED_HEADERS = [
  'appId',
  'apiKey',
  'authToken',
  'resource',
  'sdk',
  'onBehalfOf',
  'chatApiVersion',
  'Content-Type',
  'Accept',
  'Accept-Language',
  'Cache-Control',
];
const EXPOSED_HEADERS = ['Retry-After', 'X-Rate-Limit', 'X-Rate-Limit-Remaining', 'X-Rate-Limit-Reset'];

/**
 * The emulator's guard, as middleware in order:
 * - security headers on every answer (`nosniff`, `X-Frame-Options: DENY`, `default-src 'none'; frame-ancestors 'none'`,
 *   `Referrer-Policy: no-referrer`);
 * - 403 `ERR_HOST_NOT_ALLOWED` for a `Host` header that does not name this machine (DNS rebinding). Only requests
 *   that arrived over a socket carry a `Host` header; an in-process `Request` (tests, Storybook) has none and passes;
 * - 403 `ERR_ORIGIN_NOT_ALLOWED` for a page of another origin, and CORS (`hono/cors`) for the allowed ones,
 *   never with credentials: the emulator's credentials are headers, not cookies.
 */
export function localOnly({ allowedHosts = [], corsOrigins = [] }: LocalOnlyOptions = {}): MiddlewareHandler[] {
  const guard: MiddlewareHandler = async (c, next) => {
    const host = c.req.header('Host');
    if (host !== undefined && !isAllowedHost(host, allowedHosts)) {
      throw new ApiError(
        403,
        'ERR_HOST_NOT_ALLOWED',
        'This emulator answers only to localhost, 127.0.0.1, [::1] and the names given with --allowed-host.',
      );
    }
    const origin = c.req.header('Origin');
    if (origin !== undefined && !isAllowedOrigin(origin, corsOrigins)) {
      throw new ApiError(
        403,
        'ERR_ORIGIN_NOT_ALLOWED',
        'This emulator answers only to pages on localhost, 127.0.0.1, [::1] and the origins given with --cors-origin.',
      );
    }
    await next();
  };
  return [
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
      strictTransportSecurity: false,
    }),
    guard,
    cors({
      origin: (origin) => (corsOrigins === '*' ? '*' : origin),
      allowHeaders: ALLOWED_HEADERS,
      exposeHeaders: EXPOSED_HEADERS,
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
      maxAge: 600,
    }),
  ];
}
