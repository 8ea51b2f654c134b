import type { Hono } from 'hono';
import { countFailure, enforceLimit, type HandlerEnv, type RouteDeps, refuseWhileFailing } from '../context';
import { ProfileKitHttpError } from '../httpError';
import { asObject, jsonBody } from '../jsonBody';

const WRONG_LOGIN = 'The login and password do not match an account.';

/** The account a login body names: `login`, `uid` or `email`, whichever is a string. */
export function defaultLoginName(body: unknown): string | undefined {
  const fields = asObject(body);
  const name = [fields?.login, fields?.uid, fields?.email].find((value) => typeof value === 'string');
  return typeof name === 'string' ? name.trim().slice(0, 320) : undefined;
}

/**
 * `POST /session`: your `authenticate` hook checks the app's own login; the handler issues a CometChat
 * auth token for the uid it returns. Failed logins are counted per IP and per account, and both are
 * refused with 429 + `Retry-After` while over the limit.
 */
export function sessionRoutes(app: Hono<HandlerEnv>, deps: RouteDeps) {
  app.post('/session', async (c) => {
    const { authenticate, loginName = defaultLoginName } = deps.options;
    if (!authenticate) throw new ProfileKitHttpError(404, 'ERR_ROUTE_NOT_FOUND', 'POST /session is not enabled.');
    const body = await jsonBody(c.req.raw);
    const account = loginName(body);
    enforceLimit(deps, c, 'session', account === undefined ? undefined : `account:${account}`);
    refuseWhileFailing(deps, c, account);
    const found = await authenticate({ body, request: c.req.raw });
    if (!found) {
      countFailure(deps, c, account);
      throw new ProfileKitHttpError(401, 'ERR_WRONG_LOGIN', WRONG_LOGIN);
    }
    const { authToken } = await deps.rest.createAuthToken(found.uid);
    const user = await deps.rest.getUser(found.uid);
    return c.json({ data: { user, authToken } });
  });
}
