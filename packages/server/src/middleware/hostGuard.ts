import { isAllowedHost } from '@profilekit/core/internal';
import type { MiddlewareHandler } from 'hono';

/**
 * Refuses requests whose `Host` header is not one of `allowedHosts` (421 `ERR_MISDIRECTED_REQUEST`):
 * a page on another site that rebinds its DNS name to your backend's address cannot reach it. A name
 * accepts any port, a `name:port` only that port; this machine's names pass only when listed. Core's
 * `isAllowedHost` decides, as it does for the emulator and the demo backend.
 *
 * @example
 * ```ts
 * app.use(hostGuard(['api.example.com', 'localhost:3940']));
 * ```
 */
export function hostGuard(allowedHosts: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (!isAllowedHost(host, allowedHosts, { loopback: false })) {
      const error = { code: 'ERR_MISDIRECTED_REQUEST', message: 'This backend does not answer for that host name.' };
      return c.json({ error }, 421);
    }
    await next();
  };
}
