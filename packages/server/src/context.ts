import type { RestClient } from '@profilekit/core/rest';
import type { Context } from 'hono';
import { ProfileKitHttpError } from './httpError';
import type { Caller, ConnectionInfo, ProfileKitHandlerOptions, RateLimitedAction } from './options';
import type { RateLimiter, RateLimitRule } from './rateLimiter';
import type { TokenVerifier } from './tokenVerifier';

/** The Hono environment of the handler: what the adapter said about the connection. */
export interface HandlerEnv {
  Bindings: ConnectionInfo | undefined;
  Variables: { caller: Caller };
}

/** A route's Hono context. */
export type HandlerContext = Context<HandlerEnv>;

/** Everything the routes share. */
export interface RouteDeps {
  options: ProfileKitHandlerOptions;
  rest: RestClient;
  verifier: TokenVerifier;
  limiter: RateLimiter;
  rules: Record<RateLimitedAction, RateLimitRule> | false;
  /** uid → whether it was free, until `expiresAt`. */
  availability: Map<string, { available: boolean; expiresAt: number }>;
}

/** Default limits: generous for people, tight for scripts. */
export const defaultRateLimits: Record<RateLimitedAction, RateLimitRule> = {
  signup: { perIp: 20, perKey: 10, windowMs: 60_000 },
  uidCheck: { perIp: 120, perKey: 30, windowMs: 60_000 },
  session: { perIp: 60, perKey: 20, windowMs: 60_000 },
  failedSession: { perIp: 30, perKey: 5, windowMs: 15 * 60_000 },
  adminWrite: { perIp: 300, perKey: 120, windowMs: 60_000 },
  avatarUpload: { perIp: 60, perKey: 20, windowMs: 60_000 },
};

/** The caller's IP address: the `clientIp` option, else what the adapter passed, else one shared bucket. */
export function clientIpOf(c: HandlerContext, options: ProfileKitHandlerOptions): string {
  return options.clientIp?.(c.req.raw) ?? c.env?.clientIp ?? 'unknown';
}

const tooMany = (retryAfterSeconds: number) =>
  new ProfileKitHttpError(
    429,
    'ERR_TOO_MANY_REQUESTS',
    `Too many requests; try again in ${retryAfterSeconds} s.`,
    undefined,
    retryAfterSeconds,
  );

/**
 * Counts one request of `action` for the caller's IP and, when given, for `key` (a caller uid, an
 * account, a uid); throws 429 with `Retry-After` once either is over its limit.
 */
export function enforceLimit(deps: RouteDeps, c: HandlerContext, action: RateLimitedAction, key?: string) {
  if (!deps.rules) return;
  const { perIp, perKey, windowMs } = deps.rules[action];
  const byIp = deps.limiter.hit(`${action}:ip:${clientIpOf(c, deps.options)}`, perIp, windowMs);
  if (!byIp.allowed) throw tooMany(byIp.retryAfterSeconds);
  if (key === undefined) return;
  const byKey = deps.limiter.hit(`${action}:key:${key.toLowerCase()}`, perKey, windowMs);
  if (!byKey.allowed) throw tooMany(byKey.retryAfterSeconds);
}

/** Refuses a login while the IP or the account has failed too often recently (429 + `Retry-After`). */
export function refuseWhileFailing(deps: RouteDeps, c: HandlerContext, account: string | undefined) {
  if (!deps.rules) return;
  const { perIp, perKey } = deps.rules.failedSession;
  const byIp = deps.limiter.peek(`failedSession:ip:${clientIpOf(c, deps.options)}`, perIp);
  if (!byIp.allowed) throw tooMany(byIp.retryAfterSeconds);
  if (account === undefined) return;
  const byAccount = deps.limiter.peek(`failedSession:key:${account.toLowerCase()}`, perKey);
  if (!byAccount.allowed) throw tooMany(byAccount.retryAfterSeconds);
}

/** Counts a failed login for the IP and the account. */
export function countFailure(deps: RouteDeps, c: HandlerContext, account: string | undefined) {
  if (!deps.rules) return;
  const { perIp, perKey, windowMs } = deps.rules.failedSession;
  deps.limiter.hit(`failedSession:ip:${clientIpOf(c, deps.options)}`, perIp, windowMs);
  if (account !== undefined) deps.limiter.hit(`failedSession:key:${account.toLowerCase()}`, perKey, windowMs);
}
