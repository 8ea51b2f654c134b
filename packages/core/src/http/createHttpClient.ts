import type { UserClient } from '../client';
import { devAuthKeyOf } from './devAuthKey';
import { type CometChatTarget, resolveHosts } from './hosts';
import { createSend, type TransportOptions } from './request';
import { memoryTokenStore, type TokenStore } from './tokenStore';
import { createWireCalls } from './wireCalls';
import { createWireUserClient } from './wireUserClient';

/** Options of {@link createHttpClient}. */
export interface HttpClientOptions extends TransportOptions {
  /**
   * The Auth Key, for development only: `createUser`, `updateUser` and `login(uid, authKey)` without a
   * backend. Warns once; refused (throws) in a production build (`import.meta.env.PROD` or
   * `NODE_ENV=production`). In production, create users on your backend (`@profilekit/server`). Never your REST API key.
   */
  devAuthKey?: string;
  /** @deprecated Renamed {@link HttpClientOptions.devAuthKey}; the same rules apply. */
  authKey?: string;
  /** Where the logged-in user's auth token lives; default {@link memoryTokenStore}. */
  tokenStore?: TokenStore;
  /**
   * The device id a login sends, as the SDK's login does. Default: one id per browser, kept in
   * `localStorage` (`profilekit:deviceId`); pass your own where there is no `localStorage` (React Native).
   */
  deviceId?: string;
}

/**
 * A {@link UserClient} that speaks CometChat's REST protocol with `fetch`: no SDK, a few kB.
 * Admin operations (`createUser`, `updateUser`, `login(uid, authKey)`) use the Auth Key; everything
 * else runs as the logged-in user with their auth token. Input is validated before any request;
 * GET requests retry on 429/5xx honouring `Retry-After`; every call takes an `AbortSignal`.
 *
 * `login(x)` with one string means an auth token (as in the SDK); pass the Auth Key explicitly to
 * log in with a uid: `login(uid, authKey)`.
 *
 * @example
 * ```ts
 * import { createHttpClient, localStorageTokenStore } from '@profilekit/core';
 *
 * const client = createHttpClient({ appId: 'APP_ID', region: 'eu' }, { tokenStore: localStorageTokenStore() });
 * await client.login(authTokenFromYourBackend);
 * await client.updateCurrentUserDetails({ statusMessage: 'Hello' });
 *
 * // against the emulator
 * const local = createHttpClient({ baseUrl: 'http://127.0.0.1:5174' }, { devAuthKey: DEV_AUTH_KEY }); // development only
 * ```
 */
export function createHttpClient(target: CometChatTarget, options: HttpClientOptions = {}): UserClient {
  return createWireUserClient({
    calls: createWireCalls(createSend(options), resolveHosts(target)),
    tokenStore: options.tokenStore ?? memoryTokenStore(),
    authKey: devAuthKeyOf(options),
    deviceId: options.deviceId,
  });
}
