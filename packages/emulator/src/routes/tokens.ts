import { normalizeUid } from '@profilekit/core';
import { maskSecret } from '@profilekit/core/internal';
import { Hono } from 'hono';
import { authenticate } from '../auth/authenticate';
import { issueAuthToken } from '../auth/credentials';
import type { EmulatorConfig } from '../config';
import { ApiError, uidNotFound } from '../http/errors';
import { requireActiveUser } from '../users/storedUser';

/**
 * `/users/{uid}/auth_tokens`: create (Auth Key; what the SDK's `login(uid, authKey)` does first),
 * list, read and delete one or all (REST API key). Each user keeps their newest 100 tokens.
 */
export function tokenRoutes(config: EmulatorConfig): Hono {
  const app = new Hono();
  const { store } = config;

  const existingUid = (raw: string) => {
    const uid = normalizeUid(raw);
    if (!store.getUser(uid)) throw uidNotFound(uid);
    return uid;
  };
  const tokenNotFound = (token: string) =>
    new ApiError(404, 'ERR_AUTH_TOKEN_NOT_FOUND', `The auth token ${maskSecret(token)} does not exist for this user.`);

  app.post('/users/:uid/auth_tokens', (c) => {
    authenticate(c, config, { key: 'authOnly', what: 'creating auth tokens' });
    const { uid } = requireActiveUser(config, c.req.param('uid'));
    return c.json({ data: issueAuthToken(config, uid) });
  });

  app.get('/users/:uid/auth_tokens', (c) => {
    authenticate(c, config, { key: 'fullAccess', what: 'listing auth tokens' });
    return c.json({ data: store.listAuthTokens(existingUid(c.req.param('uid'))) });
  });

  app.get('/users/:uid/auth_tokens/:authToken', (c) => {
    authenticate(c, config, { key: 'fullAccess', what: 'reading auth tokens' });
    const uid = existingUid(c.req.param('uid'));
    const token = store.getAuthToken(c.req.param('authToken'));
    if (token?.uid !== uid) throw tokenNotFound(c.req.param('authToken'));
    return c.json({ data: token });
  });

  app.delete('/users/:uid/auth_tokens/:authToken', (c) => {
    authenticate(c, config, { key: 'fullAccess', what: 'deleting auth tokens' });
    const uid = existingUid(c.req.param('uid'));
    const authToken = c.req.param('authToken');
    if (!store.deleteAuthToken(uid, authToken)) throw tokenNotFound(authToken);
    return c.json({ data: { success: true, message: `The auth token ${maskSecret(authToken)} was deleted.` } });
  });

  app.delete('/users/:uid/auth_tokens', (c) => {
    authenticate(c, config, { key: 'fullAccess', what: 'deleting auth tokens' });
    const uid = existingUid(c.req.param('uid'));
    const count = store.deleteAuthTokens(uid);
    return c.json({ data: { success: true, message: `Deleted ${count} auth tokens of ${uid}.` } });
  });

  return app;
}
