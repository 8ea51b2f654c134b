import type { ListUsersQuery, RequestOptions, UserClient } from '../client';
import { isAuthError } from '../errors';
import type { CreateUserInput, CurrentUserChanges, UpdateUserInput, User } from '../types';
import { currentUserBody } from './currentUserBody';
import { browserDeviceId } from './deviceId';
import type { HostSettings } from './hostsFromSettings';
import { listUsersParams, usersPage } from './listQuery';
import { loginBody } from './loginBody';
import { notLoggedIn } from './notLoggedIn';
import type { TokenStore } from './tokenStore';
import { validated } from './validate';
import type { CallOptions, WireCalls } from './wireCalls';
import { toBlockOutcome, toUser, userOf, userPath } from './wireUser';

/** What the fetch clients are made of. */
export interface WireUserClientContext {
  calls: WireCalls;
  tokenStore: TokenStore;
  /** The key `createUser` and `updateUser` use when the call passes none. */
  authKey?: string | undefined;
  /** When set, `getUser` and `listUsers` read on the admin API with this key instead of as the logged-in user. */
  readKey?: string | undefined;
  /** The device id a login sends; default {@link browserDeviceId}. */
  deviceId?: string | undefined;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * The {@link UserClient} over the wire protocol, shared by `createHttpClient` and `createRestClient`:
 * admin endpoints with a key, client endpoints with the logged-in user's auth token.
 *
 * @example
 * ```ts
 * const client = createWireUserClient({ calls: createWireCalls(createSend(), hosts), tokenStore: memoryTokenStore() });
 * ```
 */
export function createWireUserClient(context: WireUserClientContext): UserClient {
  const { calls, tokenStore, readKey } = context;
  const login = () => loginBody(context.deviceId ?? browserDeviceId(calls.appId));

  async function asLoggedInUser<T>(operation: string, method: Method, path: string, options?: CallOptions) {
    const authToken = await tokenStore.get();
    if (!authToken) throw notLoggedIn(operation);
    return calls.withToken<T>(method, path, authToken, options);
  }

  const read = (operation: string, path: string, options?: RequestOptions) =>
    readKey ? calls.withKey('GET', path, readKey, options) : asLoggedInUser(operation, 'GET', path, options);

  const withAuthKey = (method: Method, path: string, key: string | undefined, options?: CallOptions) =>
    userOf(calls.withKey(method, path, key ?? context.authKey, options));

  /** The SDK's login: `PUT /me` with its body; then, like the SDK, the hosts the answer's `settings` name. */
  async function startSession(authToken: string, options?: RequestOptions) {
    const { data } = await calls.withToken<{ settings?: HostSettings }>('PUT', '/me', authToken, {
      ...options,
      body: login(),
    });
    const user = toUser(data);
    calls.adoptSettings(data?.settings);
    await tokenStore.set(authToken);
    return user;
  }

  async function loginWithKey(uid: string, authKey: string, options?: RequestOptions) {
    const path = `${userPath(uid)}/auth_tokens`;
    const { data } = await calls.withKey<{ authToken: string }>('POST', path, authKey, { ...options, body: login() });
    return startSession(data.authToken, options);
  }

  const block = async (operation: string, method: Method, uids: string[], options?: RequestOptions) =>
    toBlockOutcome(
      (await asLoggedInUser(operation, method, '/blockedusers', { ...options, body: { blockedUids: uids } })).data,
    );

  /** Runs a call with the stored token; a token the server no longer knows is forgotten. */
  async function withStoredToken<T>(run: (authToken: string) => Promise<T>, otherwise: T) {
    const authToken = await tokenStore.get();
    if (!authToken) return otherwise;
    try {
      return await run(authToken);
    } catch (error) {
      if (!isAuthError(error)) throw error;
      await tokenStore.clear();
      return otherwise;
    }
  }

  return {
    async login(uidOrAuthToken: string, authKeyOrOptions?: string | RequestOptions, options?: RequestOptions) {
      if (typeof authKeyOrOptions !== 'string') return startSession(uidOrAuthToken, authKeyOrOptions);
      return loginWithKey(uidOrAuthToken, authKeyOrOptions, options);
    },

    logout: async (options?: RequestOptions) =>
      withStoredToken(async (authToken) => {
        await calls.withToken('DELETE', '/me', authToken, options);
        await tokenStore.clear();
      }, undefined),

    getLoggedInUser: (options?: RequestOptions) =>
      withStoredToken<User | null>((authToken) => userOf(calls.withToken('GET', '/me', authToken, options)), null),

    createUser: async (user: CreateUserInput, authKey?: string, options?: RequestOptions) =>
      withAuthKey('POST', '/users', authKey, { ...options, body: validated('create', user) }),

    async updateUser(user: UpdateUserInput, authKey?: string, options?: RequestOptions) {
      const { uid, ...changes } = validated('update', user);
      return withAuthKey('PUT', userPath(uid), authKey, { ...options, body: changes });
    },

    async updateCurrentUserDetails(changes: CurrentUserChanges, options?: RequestOptions) {
      const body = currentUserBody(validated('updateCurrent', changes));
      return userOf(asLoggedInUser('updateCurrentUserDetails', 'PUT', '/me', { ...options, body }));
    },

    getUser: (uid: string, options?: RequestOptions) => userOf(read('getUser', userPath(uid), options)),

    async listUsers(query: ListUsersQuery = {}, options?: RequestOptions) {
      const params = listUsersParams(query, readKey ? 'admin' : 'user');
      return usersPage(await read('listUsers', `/users?${params}`, options), query);
    },

    blockUsers: (uids: string[], options?: RequestOptions) => block('blockUsers', 'POST', uids, options),
    unblockUsers: (uids: string[], options?: RequestOptions) => block('unblockUsers', 'DELETE', uids, options),
  };
}
