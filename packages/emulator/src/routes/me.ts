import { applyUserPayload, currentUserChanges } from '@profilekit/core/internal';
import { Hono } from 'hono';
import { authenticateUser } from '../auth/authenticate';
import { type EmulatorConfig, nowSeconds } from '../config';
import { readJsonBody } from '../http/body';
import { uidNotFound } from '../http/errors';
import { presentUser } from '../users/present';
import { validUserBody } from '../users/rules';
import { requireActiveUser } from '../users/storedUser';

/**
 * `/me`, the logged-in user. `PUT /me` is both the SDK's login (its body carries `platform`, `deviceId`,
 * `appInfo`) and `updateCurrentUserDetails`: it sets status online, applies what a user may change of
 * themselves — never `uid` or `role` — and answers with the user and the auth token. A field sent empty as
 * the SDK empties it (`avatar: ""`, `link: ""`, `metadata: {}`) is removed. `DELETE /me` logs out.
 */
export function meRoutes(config: EmulatorConfig): Hono {
  const app = new Hono();
  const what = 'the logged-in user';

  app.put('/me', async (c) => {
    const caller = authenticateUser(c, config, what);
    const data = validUserBody(
      config,
      'updateCurrent',
      currentUserChanges(await readJsonBody(c.req.raw, config.maxBodyBytes)),
    );
    const changes = Object.keys(data).length > 0;
    const now = nowSeconds(config);
    const user = config.store.updateUser(caller.uid, (current) => ({
      ...applyUserPayload('updateCurrent', current, data),
      status: 'online',
      lastActiveAt: now,
      ...(changes ? { updatedAt: now } : {}),
    }));
    if (!user) throw uidNotFound(caller.uid);
    return c.json({ data: presentUser(user, { authToken: caller.authToken || undefined }) });
  });

  app.get('/me', (c) => {
    const caller = authenticateUser(c, config, what);
    return c.json({ data: presentUser(requireActiveUser(config, caller.uid)) });
  });

  // The SDK's logout ends the session on this device: the user goes offline, the auth token stays valid.
  // CometChat documents revoking a token as the server's job (Delete Auth Token / Flush Auth Tokens, REST API
  // key): https://www.cometchat.com/docs/sdk/javascript/php-auth-token-sample — a token "can be used across
  // multiple devices" (https://www.cometchat.com/docs/rest-api/auth-tokens). `@profilekit/server`'s
  // `DELETE /session` does both.
  app.delete('/me', (c) => {
    const caller = authenticateUser(c, config, what);
    config.store.updateUser(caller.uid, (current) => ({ ...current, status: 'offline' }));
    return c.json({ data: { success: true, message: `${caller.uid} logged out.` } });
  });

  return app;
}
