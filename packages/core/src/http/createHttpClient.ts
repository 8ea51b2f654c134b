import type { UserClient } from '../client';
import { type CometChatTarget, resolveHosts } from './hosts';
import { createSend, type TransportOptions } from './request';
import { memoryTokenStore, type TokenStore } from './tokenStore';
import { createWireCalls } from './wireCalls';
import { createWireUserClient } from './wireUserClient';

/** Options of {@link createHttpClient}. */
export interface HttpClientOptions extends TransportOptions {
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
 * Admin operations (`createUser`, `updateUser`, `login(uid, authKey)`) take the Auth Key as the SDK's do
 * (`withDevAuthKey` from `@profilekit/core/dev` holds it for you in development); everything else runs as the
 * logged-in user with their auth token. Input is validated before any request;
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
 * // against the emulator, development only: see withDevAuthKey (@profilekit/core/dev)
 * const local = withDevAuthKey(createHttpClient({ baseUrl: 'http://127.0.0.1:3939' }), DEV_AUTH_KEY);
 * ```
 */
export function createHttpClient(target: CometChatTarget, options: HttpClientOptions = {}): UserClient {
  return createWireUserClient({
    calls: createWireCalls(createSend(options), resolveHosts(target)),
    tokenStore: options.tokenStore ?? memoryTokenStore(),
    deviceId: options.deviceId,
  });
}
