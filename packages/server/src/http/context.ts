import type { RestClient } from '@profilekit/core/rest';
import type { Context } from 'hono';
import type { TokenVerifier } from '../auth/tokenVerifier';
import type { EventHub } from '../events/eventHub';
import type { SessionEnds } from '../events/sessionEnds';
import { type ClientAddress, limitKeyOfAddress } from '../limits/clientAddress';
import type { RateLimitDecision } from '../limits/rateLimitStore';
import type { RateLimits } from '../limits/rateLimits';
import type { Caller, ConnectionInfo, ProfileKitHandlerOptions, RateLimitedAction } from '../options';
import type { ProfileKitStore } from '../store/ProfileKitStore';
import { failClosed, failOpen } from '../store/storeUnavailable';
import { ProfileKitHttpError } from './httpError';

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
  /** Limits, lockouts and caches, shared by every instance when the store is. */
  store: ProfileKitStore;
  /** The client's address from the peer's and `X-Forwarded-For` (`trustedProxies`). */
  clientAddress: ClientAddress;
  rules: RateLimits | false;
  /** Live events: published by every write, fanned out through the store, streamed by `GET /events`. */
  events: EventHub;
  /** Ended sessions, told to every instance: an event stream closes when its token's session ends. */
  sessions: SessionEnds;
}

/**
 * The caller's IP address: the `clientIp` option, else the adapter's peer address (with `trustedProxies`,
 * the `X-Forwarded-For` entry your proxies vouch for), else one shared bucket.
 */
export function clientIpOf(c: HandlerContext, deps: RouteDeps): string {
  const custom = deps.options.clientIp?.(c.req.raw);
  if (custom) return custom;
  const forwardedFor = deps.options.trustedProxies === undefined ? null : (c.req.header('x-forwarded-for') ?? null);
  return deps.clientAddress(c.env?.clientIp, forwardedFor) ?? 'unknown';
}

/** The key the caller's per-IP limits count under (an IPv6 client by its /64). */
export const ipKeyOf = (c: HandlerContext, deps: RouteDeps) => limitKeyOfAddress(clientIpOf(c, deps));

export const tooMany = (retryAfter: number) =>
  new ProfileKitHttpError(
    429,
    'ERR_TOO_MANY_REQUESTS',
    `Too many requests; try again in ${retryAfter} s.`,
    undefined,
    retryAfter,
  );

/** Throws 429 with `Retry-After` for the first refusal among `decisions`. */
export function refuseIfAny(decisions: readonly RateLimitDecision[]) {
  for (const decision of decisions) if (!decision.allowed) throw tooMany(decision.retryAfter);
}

/** Limits of reads: while the store is down they are skipped (fail open), so the read is answered. */
const readActions: ReadonlySet<RateLimitedAction> = new Set(['uidCheck']);

/**
 * Counts one request of `action` for the caller's IP and, when given, for `key` (a caller uid, an
 * account, a uid); throws 429 with `Retry-After` once either is over its limit. While the store is down,
 * a write's limit throws 503 `ERR_STORE_UNAVAILABLE` (fail closed) and a read's is skipped (fail open).
 */
export async function enforceLimit(
  deps: RouteDeps,
  c: HandlerContext,
  action: Exclude<RateLimitedAction, 'failedLogin'>,
  key?: string,
) {
  if (!deps.rules) return;
  const { perIp, perKey, windowMs } = deps.rules[action];
  const consume = (name: string, max: number) => {
    const counted = () => deps.store.consume(name, { windowMs, max });
    return readActions.has(action) ? failOpen(counted, { allowed: true } as const) : failClosed(counted);
  };
  refuseIfAny([await consume(`${action}:ip:${ipKeyOf(c, deps)}`, perIp)]);
  if (key === undefined) return;
  refuseIfAny([await consume(`${action}:key:${key.toLowerCase()}`, perKey)]);
}
