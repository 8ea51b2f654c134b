import type { MiddlewareHandler } from 'hono';
import { bearerToken } from '../auth/tokenVerifier';
import type { HandlerEnv, RouteDeps } from '../http/context';
import { ProfileKitHttpError } from '../http/httpError';
import type { Caller } from '../options';

/** Who sent a request: the `authorize` option's answer, else the verified Bearer token's user; `null` for nobody. */
export function callerOf(deps: RouteDeps): (request: Request) => Promise<Caller | null> {
  return (
    deps.options.authorize ??
    (async (request: Request) => {
      const token = bearerToken(request);
      return token ? deps.verifier.verify(token) : null;
    })
  );
}

/**
 * 401 for anonymous callers and, when `roles` is given, 403 for a caller whose CometChat role is not among
 * them; the caller goes into the context. Uses the `authorize` option, else the verified Bearer token.
 */
export function requireCaller(
  deps: RouteDeps,
  roles?: readonly string[],
  refusal?: string,
): MiddlewareHandler<HandlerEnv> {
  const authorize = callerOf(deps);
  return async (c, next) => {
    const caller = await authorize(c.req.raw);
    if (!caller) {
      const anonymous = !c.req.header('authorization');
      throw anonymous
        ? new ProfileKitHttpError(401, 'AUTH_ERR_EMPTY_AUTH_TOKEN', 'Send Authorization: Bearer <auth token>.')
        : new ProfileKitHttpError(401, 'AUTH_ERR_AUTH_TOKEN_NOT_FOUND', 'The auth token is not valid (any more).');
    }
    if (roles && !roles.includes(caller.role)) {
      throw new ProfileKitHttpError(403, 'AUTH_ERR_NO_ACCESS', refusal ?? 'Your role may not do this.');
    }
    c.set('caller', caller);
    await next();
  };
}
