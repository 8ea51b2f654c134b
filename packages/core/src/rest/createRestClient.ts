import type { RequestOptions, UserAdminOperations, UserClient } from '../client';
import { type CometChatTarget, resolveHosts } from '../http/hosts';
import { createSend, type TransportOptions } from '../http/request';
import { memoryTokenStore, type TokenStore } from '../http/tokenStore';
import { type CallOptions, createWireCalls } from '../http/wireCalls';
import { userPath } from '../http/wireUser';
import { createWireUserClient } from '../http/wireUserClient';
import { assertServerSide } from './assertServerSide';

/** Options of {@link createRestClient}. */
export interface RestClientOptions extends TransportOptions {
  /** Your REST API key (full access). Keep it in your server's environment. */
  apiKey: string;
  /** Where the token of a user this client logged in as lives; default in memory, per client. */
  tokenStore?: TokenStore;
}

/** An auth token as the admin API lists it. */
export interface AuthTokenInfo {
  authToken: string;
  /** Unix seconds. */
  createdAt?: number;
}

/** A {@link UserClient} for your backend, plus what only the REST API key may do. */
export interface RestClient extends UserClient, UserAdminOperations {
  /** Issues an auth token for a user: hand it to your app, which calls `login(authToken)`. */
  createAuthToken(uid: string, options?: RequestOptions): Promise<AuthTokenInfo>;
  /** The auth tokens a user holds. */
  listAuthTokens(uid: string, options?: RequestOptions): Promise<AuthTokenInfo[]>;
  /** Revokes one auth token: the session using it ends (`AUTH_ERR_AUTH_TOKEN_NOT_FOUND` from then on). */
  deleteAuthToken(uid: string, authToken: string, options?: RequestOptions): Promise<void>;
}

/** CometChat takes at most 25 uids per deactivate or reactivate request (its Deactivate/Reactivate references). */
const BULK_LIMIT = 25;

function batchesOf(uids: readonly string[]): string[][] {
  const batches: string[][] = [];
  for (let start = 0; start < uids.length; start += BULK_LIMIT) batches.push(uids.slice(start, start + BULK_LIMIT));
  return batches;
}

/**
 * The admin client for your backend, holding the REST API key: every `UserClient` operation, with
 * `getUser` and `listUsers` reading on the admin API (so `withDeactivated`/`onlyDeactivated` work),
 * plus delete, deactivate/reactivate and auth tokens. It refuses to be constructed in a browser.
 *
 * `createUser`/`updateUser` use the REST API key unless a key is passed. `login(uid, key)` issues
 * a token for that uid and makes this client act as that user for `updateCurrentUserDetails`,
 * `blockUsers`, `unblockUsers` and `getLoggedInUser` (on behalf of a user, e.g. a support tool);
 * the session belongs to this client instance, so create one client per user you act for.
 *
 * @example
 * ```ts
 * import { createRestClient } from '@profilekit/core/rest';
 *
 * const admin = createRestClient({ appId: process.env.COMETCHAT_APP_ID!, region: 'eu' }, { apiKey: process.env.COMETCHAT_REST_API_KEY! });
 * await admin.createUser({ uid: 'usr1', name: 'Kevin' });
 * const { authToken } = await admin.createAuthToken('usr1'); // send to the browser, which calls login(authToken)
 * await admin.deactivateUsers(['spammer1']);
 * ```
 */
export function createRestClient(target: CometChatTarget, options: RestClientOptions): RestClient {
  assertServerSide(globalThis as never);
  const { apiKey } = options;
  const calls = createWireCalls(createSend(options), resolveHosts(target));
  const admin = <T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, options?: CallOptions) =>
    calls.withKey<T>(method, path, apiKey, options);
  const client = createWireUserClient({
    calls,
    tokenStore: options.tokenStore ?? memoryTokenStore(),
    authKey: apiKey,
    readKey: apiKey,
  });
  return {
    ...client,
    async deleteUser(uid, { permanent = false, ...options } = {}) {
      await admin('DELETE', userPath(uid), { ...options, body: { permanent } });
    },
    async deactivateUsers(uids, options) {
      for (const batch of batchesOf(uids))
        await admin('DELETE', '/users', { ...options, body: { uidsToDeactivate: batch } });
    },
    async reactivateUsers(uids, options) {
      for (const batch of batchesOf(uids))
        await admin('PUT', '/users', { ...options, body: { uidsToActivate: batch } });
    },
    async createAuthToken(uid, options) {
      return (await admin<AuthTokenInfo>('POST', `${userPath(uid)}/auth_tokens`, { ...options, body: {} })).data;
    },
    async listAuthTokens(uid, options) {
      const { data } = await admin<AuthTokenInfo[]>('GET', `${userPath(uid)}/auth_tokens`, options);
      return Array.isArray(data) ? data : [];
    },
    async deleteAuthToken(uid, authToken, options) {
      const path = `${userPath(uid)}/auth_tokens/${encodeURIComponent(authToken)}`;
      await admin('DELETE', path, { ...options, secrets: [authToken] });
    },
  };
}
