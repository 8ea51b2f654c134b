import type { AdminUserClient, ListUsersQuery, RequestOptions, UserClient } from '../client';
import type { BackendClient } from './createBackendClient';

/** A CometChat client whose privileged operations go through your backend. */
export type BackendUserClient = AdminUserClient & Pick<BackendClient, 'signup' | 'isUidAvailable' | 'startSession'>;

const asksForDeactivated = (query: ListUsersQuery = {}) => Boolean(query.withDeactivated || query.onlyDeactivated);

/**
 * Composes a CometChat client (`createHttpClient` or `createSdkClient`) with your backend
 * (`createBackendClient`): self-service calls — `login`, `logout`, `getLoggedInUser`,
 * `updateCurrentUserDetails`, `getUser`, `listUsers`, blocking — go straight to CometChat with the
 * user's auth token; privileged ones — `createUser`, `updateUser` (role included), `deleteUser`,
 * `deactivateUsers`, `reactivateUsers`, and listings that ask for deactivated users — go to your
 * backend, which checks the caller's role. No Auth Key in the browser.
 *
 * @example
 * ```ts
 * const tokens = localStorageTokenStore();
 * const cometchat = createHttpClient({ appId: 'APP_ID', region: 'eu' }, { tokenStore: tokens });
 * const client = withBackend(cometchat, createBackendClient({ baseUrl: '/api', getAuthToken: () => tokens.get() }));
 * <ProfileKitProvider client={client}>…</ProfileKitProvider>
 * ```
 */
export function withBackend(cometChat: UserClient, backend: BackendClient): BackendUserClient {
  return {
    login: cometChat.login.bind(cometChat) as UserClient['login'],
    ...(cometChat.loginWithDevAuthKey && {
      loginWithDevAuthKey: cometChat.loginWithDevAuthKey.bind(cometChat),
    }),
    logout: (options) => cometChat.logout(options),
    getLoggedInUser: (options) => cometChat.getLoggedInUser(options),
    updateCurrentUserDetails: (changes, options) => cometChat.updateCurrentUserDetails(changes, options),
    getUser: (uid, options) => cometChat.getUser(uid, options),
    listUsers: (query, options) =>
      asksForDeactivated(query) ? backend.listUsers(query, options) : cometChat.listUsers(query, options),
    blockUsers: (uids, options) => cometChat.blockUsers(uids, options),
    unblockUsers: (uids, options) => cometChat.unblockUsers(uids, options),
    createUser: (user, _authKey?: string, options?: RequestOptions) => backend.createUser(user, options),
    updateUser: (user, _authKey?: string, options?: RequestOptions) => backend.updateUser(user, options),
    deleteUser: (uid, options) => backend.deleteUser(uid, options),
    deactivateUsers: (uids, options) => backend.deactivateUsers(uids, options),
    reactivateUsers: (uids, options) => backend.reactivateUsers(uids, options),
    signup: (request, options) => backend.signup(request, options),
    isUidAvailable: (uid, options) => backend.isUidAvailable(uid, options),
    startSession: (credentials, options) => backend.startSession(credentials, options),
  };
}
