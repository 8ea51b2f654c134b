import { createHttpClient, memoryTokenStore } from '@profilekit/core';
import type { Hono } from 'hono';
import { bearerToken } from '../auth/tokenVerifier';
import type { HandlerEnv, RouteDeps } from '../http/context';
import { ProfileKitHttpError } from '../http/httpError';

/**
 * `DELETE /session` with `Authorization: Bearer <auth token>` ends that session: the user goes offline (the
 * SDK's own logout, `DELETE /me`), CometChat revokes the token (`DELETE /users/{uid}/auth_tokens/{token}`,
 * REST API key) and the handler's token cache forgets it, so the token is refused everywhere at once.
 * CometChat's own logout leaves a token valid — its docs make revoking the server's job. Other devices'
 * tokens of the same user are kept. Event streams opened with the token close on every instance. Any signed-in
 * user may end their own session; 401 otherwise.
 */
export function logoutRoutes(app: Hono<HandlerEnv>, deps: RouteDeps) {
  app.delete('/session', async (c) => {
    const authToken = bearerToken(c.req.raw);
    const caller = authToken ? await deps.verifier.verify(authToken) : null;
    if (!authToken || !caller) {
      throw new ProfileKitHttpError(
        401,
        'AUTH_ERR_AUTH_TOKEN_NOT_FOUND',
        'Send the session’s Authorization: Bearer <auth token>.',
      );
    }
    const tokenStore = memoryTokenStore();
    await tokenStore.set(authToken);
    const { target, transport } = deps.options;
    await createHttpClient(target, { ...transport, tokenStore }).logout();
    await deps.verifier.forgetToken(authToken);
    await deps.rest.deleteAuthToken(caller.uid, authToken);
    // The token's event streams close on every instance; a store that is down leaves them to their next
    // heartbeat, where the token is checked again.
    await deps.sessions.end(authToken).catch(() => {});
    return c.json({ data: { success: true } });
  });
}
