import type { Context, MiddlewareHandler } from 'hono';
import type { EmulatorConfig } from '../config';
import { ApiError } from './errors';
import { type RateLimitVerdict, tooManyRequests } from './rateLimit';

declare module 'hono' {
  interface ContextVariableMap {
    /** The verdict of the one identity this request was counted against. */
    rateLimit: RateLimitVerdict;
  }
}

/** The client's address, as `@hono/node-server` passes its socket; one shared name for in-process requests. */
function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return `address:${env?.incoming?.socket?.remoteAddress ?? 'in-process'}`;
}

/**
 * Counts this request against `identity` (once per request) and throws 429 when it is over the limit.
 * `authenticate` calls it with the identity that authenticated, or with the client's address when it refuses.
 */
export function charge(c: Context, config: EmulatorConfig, identity?: string): void {
  if (!config.rateLimiter || c.get('rateLimit')) return;
  const verdict = config.rateLimiter.count(identity ?? clientAddress(c));
  c.set('rateLimit', verdict);
  if (!verdict.allowed) throw tooManyRequests(verdict.headers);
}

/**
 * Rate limiting on who the caller turned out to be. A request with no credential header counts against the
 * client's address up front. One with a credential is counted by `authenticate`. One that never reached it
 * (the root, the SDK's telemetry, an unknown route: routes with no effect) counts against the address once
 * answered. Every answer carries the `X-Rate-Limit*` headers of its count.
 */
export function rateLimited(config: EmulatorConfig): MiddlewareHandler {
  return async (c, next) => {
    if (!config.rateLimiter) return next();
    if (c.req.header('apikey') === undefined && c.req.header('authToken') === undefined) charge(c, config);
    await next();
    if (!c.get('rateLimit')) {
      try {
        charge(c, config);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        c.res = error.toResponse();
      }
    }
    for (const [name, value] of Object.entries(c.get('rateLimit').headers)) c.res.headers.set(name, value);
  };
}
