import { normalizeUid } from '@profilekit/core';
import type { Context } from 'hono';
import { type Caller, type EmulatorConfig, nowSeconds } from '../config';
import { ApiError, apiKeyNotFound, authTokenNotFound, emptyApiKey, emptyAuthToken, noAccess } from '../http/errors';
import { charge } from '../http/rateLimited';
import { findActiveUser, requireActiveUser } from '../users/storedUser';

/**
 * What a route accepts.
 * - `user`: a logged-in user's `authToken` (or the REST API key with an `onBehalfOf` uid).
 * - `key`: an `apikey` of at least this scope: `authOnly` (Auth Key or REST API key) or `fullAccess`.
 */
export interface Access {
  user?: true;
  key?: 'authOnly' | 'fullAccess';
  /** What the route does, for the 403 message: "deleting users". */
  what: string;
}

/**
 * Finds out who calls, or throws the error CometChat would answer: 401 for a missing or unknown
 * key or token, 403 for an Auth Key where the REST API key is needed. A logged-in caller's
 * `lastActiveAt` moves to now. The request counts against the rate limit of the identity that
 * authenticated (the key, or the logged-in user whichever of their tokens they send), or of the client's address
 * when refused — a junk header beside a good credential, or a new guess each time, buys no fresh limit.
 */
export function authenticate(c: Context, config: EmulatorConfig, access: Access): Caller {
  let caller: Caller;
  try {
    caller = identify(c, config, access);
  } catch (error) {
    if (error instanceof ApiError) charge(c, config);
    throw error;
  }
  charge(c, config, identityOf(caller));
  return caller;
}

/** Whom a caller's requests count against: the key (by scope: there is one of each), or the logged-in user. */
function identityOf(caller: Caller): string {
  if (caller.kind === 'key') return `key:${caller.scope}`;
  // The REST API key acting on behalf of a user is still the REST API key.
  return caller.authToken === '' ? 'key:fullAccess' : `user:${caller.uid}`;
}

/**
 * 401 `AUTH_ERR_INVALID_APPID` when an `appId` header names another app — the error guide's name for "invalid appId
 * or it does not exist in a region" (https://www.cometchat.com/docs/articles/error-guide). No header: no check.
 */
export function requireOwnAppId(c: Context, config: Pick<EmulatorConfig, 'appId'>): void {
  const appId = c.req.header('appId');
  if (appId !== undefined && appId !== config.appId) {
    throw new ApiError(401, 'AUTH_ERR_INVALID_APPID', `The app id ${appId} is not this server's app.`);
  }
}

function identify(c: Context, config: EmulatorConfig, access: Access): Caller {
  requireOwnAppId(c, config);
  const authToken = c.req.header('authToken');
  if (access.user && authToken) return loggedIn(config, authToken);
  const key = c.req.header('apikey');
  if (key) return withKey(c, config, access, key);
  throw access.key ? emptyApiKey() : emptyAuthToken();
}

function loggedIn(config: EmulatorConfig, authToken: string): Caller {
  const token = config.store.getAuthToken(authToken);
  if (!token) throw authTokenNotFound(authToken);
  const user = findActiveUser(config, token.uid);
  if (!user) throw authTokenNotFound(authToken);
  const now = nowSeconds(config);
  if (user.lastActiveAt !== now) config.store.updateUser(user.uid, (current) => ({ ...current, lastActiveAt: now }));
  return { kind: 'user', uid: token.uid, authToken };
}

function withKey(c: Context, config: EmulatorConfig, access: Access, key: string): Caller {
  const scope = key === config.restApiKey ? 'fullAccess' : key === config.authKey ? 'authOnly' : undefined;
  if (!scope) throw apiKeyNotFound(key);
  if (!access.key) {
    const onBehalfOf = normalizeUid(c.req.header('onBehalfOf') ?? '');
    if (!onBehalfOf) throw emptyAuthToken();
    if (scope !== 'fullAccess') throw noAccess(key, `${access.what} on behalf of a user`);
    requireActiveUser(config, onBehalfOf);
    return { kind: 'user', uid: onBehalfOf, authToken: '' };
  }
  if (access.key === 'fullAccess' && scope !== 'fullAccess') throw noAccess(key, access.what);
  return { kind: 'key', scope, key };
}

/** The logged-in user calling a client endpoint (`authToken`, or the REST API key with `onBehalfOf`). */
export function authenticateUser(c: Context, config: EmulatorConfig, what: string): Extract<Caller, { kind: 'user' }> {
  const caller = authenticate(c, config, { user: true, what });
  if (caller.kind !== 'user') throw emptyAuthToken();
  return caller;
}
