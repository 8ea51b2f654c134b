/**
 * Where a client keeps the auth token of the logged-in user. Sync or async, so a secure store
 * (React Native, a cookie-backed server session) fits too.
 */
export interface TokenStore {
  get(): string | null | undefined | Promise<string | null | undefined>;
  set(authToken: string): void | Promise<void>;
  clear(): void | Promise<void>;
}

/**
 * Keeps the auth token in memory: gone on reload. The default.
 *
 * @example
 * ```ts
 * const tokens = memoryTokenStore();
 * const client = createHttpClient({ baseUrl }, { tokenStore: tokens });
 * ```
 */
export function memoryTokenStore(): TokenStore {
  let token: string | null = null;
  return {
    get: () => token,
    set: (value) => {
      token = value;
    },
    clear: () => {
      token = null;
    },
  };
}

/**
 * Keeps the auth token in `localStorage` under `key`, so a reload keeps the user logged in.
 * For browsers; where storage is unavailable (private mode, blocked) the token is not kept.
 *
 * @example
 * ```ts
 * const client = createHttpClient({ appId, region: 'eu' }, { tokenStore: localStorageTokenStore() });
 * ```
 */
export function localStorageTokenStore(key = 'profilekit:authToken'): TokenStore {
  const attempt = <T>(action: (storage: Storage) => T) => {
    try {
      return action(globalThis.localStorage);
    } catch {
      return undefined;
    }
  };
  return {
    get: () => attempt((storage) => storage.getItem(key)),
    set: (value) => attempt((storage) => storage.setItem(key, value)),
    clear: () => attempt((storage) => storage.removeItem(key)),
  };
}
