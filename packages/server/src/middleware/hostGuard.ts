import type { MiddlewareHandler } from 'hono';

/**
 * Refuses requests whose `Host` header is not one of `allowedHosts` (421 `ERR_MISDIRECTED_REQUEST`):
 * a page on another site that rebinds its DNS name to your backend's address cannot reach it. Compare
 * host names with their port, as the browser sends them (`localhost:3940`).
 *
 * @example
 * ```ts
 * app.use(hostGuard(['localhost:3940', '127.0.0.1:3940']));
 * ```
 */
export function hostGuard(allowedHosts: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedHosts.map((host) => host.toLowerCase()));
  return async (c, next) => {
    const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
    if (!allowed.has(host)) {
      const error = { code: 'ERR_MISDIRECTED_REQUEST', message: 'This backend does not answer for that host name.' };
      return c.json({ error }, 421);
    }
    await next();
  };
}
