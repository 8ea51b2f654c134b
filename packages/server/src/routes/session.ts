import { normalizeUid } from '@profilekit/core';
import type { Hono } from 'hono';
import { enforceLimit, type HandlerEnv, ipKeyOf, type RouteDeps } from '../http/context';
import { ProfileKitHttpError } from '../http/httpError';
import { asObject, jsonBody } from '../http/jsonBody';
import { accountOfLogin, countFailedLogin, loginSucceeded, refuseWhileLocked } from '../limits/loginThrottle';

const WRONG_LOGIN = 'The login and password do not match an account.';

/** The account a login body names: `login`, `uid` or `email`, whichever is a string. */
export function defaultLoginName(body: unknown): string | undefined {
  const fields = asObject(body);
  const name = [fields?.login, fields?.uid, fields?.email].find((value) => typeof value === 'string');
  return typeof name === 'string' ? name.trim().slice(0, 320) : undefined;
}

/**
 * `POST /session`: your `authenticate` hook checks the app's own login; the handler issues a CometChat
 * auth token for the uid it returns. Failed logins are counted per IP, per account from that IP
 * (consecutive) and per account from anywhere; each is refused with 429 + `Retry-After` while over its limit.
 */
export function sessionRoutes(app: Hono<HandlerEnv>, deps: RouteDeps) {
  app.post('/session', async (c) => {
    const { authenticate, loginName = defaultLoginName } = deps.options;
    if (!authenticate) throw new ProfileKitHttpError(404, 'ERR_ROUTE_NOT_FOUND', 'POST /session is not enabled.');
    const body = await jsonBody(c.req.raw);
    const account = await accountOfLogin(deps, loginName(body));
    // Per account *from this IP*: a per-account count would let anyone use up the owner's logins.
    const pair = account === undefined ? undefined : `account:${account}|${ipKeyOf(c, deps)}`;
    await enforceLimit(deps, c, 'session', pair);
    await refuseWhileLocked(deps, c, account);
    const found = await authenticate({ body, request: c.req.raw });
    if (!found) {
      await countFailedLogin(deps, c, account);
      throw new ProfileKitHttpError(401, 'ERR_WRONG_LOGIN', WRONG_LOGIN);
    }
    await loginSucceeded(deps, c, account ?? normalizeUid(found.uid));
    const { authToken } = await deps.rest.createAuthToken(found.uid);
    const user = await deps.rest.getUser(found.uid);
    return c.json({ data: { user, authToken } });
  });
}
