import type { AdminUserClient, ListUsersQuery, RequestOptions, UserClient } from '../client';
import { isAuthError } from '../errors';
import type { CreateUserInput, UpdateUserInput } from '../types';
import type { BackendClient } from './createBackendClient';

/**
 * A CometChat client whose privileged operations go through your backend; `subscribeToPresence` is there when
 * the CometChat-side client `C` has it (`createSdkClient`).
 */
export type BackendUserClient<C extends UserClient = UserClient> = AdminUserClient &
  Pick<C, 'subscribeToPresence'> &
  Pick<
    BackendClient,
    'signup' | 'isUidAvailable' | 'startSession' | 'subscribeToEvents' | 'reportUserChanged' | 'createUsers'
  >;

const asksForDeactivated = (query: ListUsersQuery = {}) => Boolean(query.withDeactivated || query.onlyDeactivated);

/**
 * What goes straight to CometChat with the user's auth token (`loginWithDevAuthKey` and the SDK's
 * `subscribeToPresence` only where the client has them).
 */
const selfService = [
  'login',
  'loginWithDevAuthKey',
  'subscribeToPresence',
  'getLoggedInUser',
  'getUser',
  'blockUsers',
  'unblockUsers',
] as const;

/** What only your backend may do; it checks the caller's role. */
const privileged = [
  'deleteUser',
  'deactivateUsers',
  'reactivateUsers',
  'signup',
  'isUidAvailable',
  'startSession',
  'subscribeToEvents',
  'reportUserChanged',
  'createUsers',
] as const;

type Forward = (...args: unknown[]) => unknown;

/**
 * Composes a CometChat client (`createHttpClient` or `createSdkClient`) with your backend
 * (`createBackendClient`): self-service calls — `login`, `logout`, `getLoggedInUser`,
 * `updateCurrentUserDetails`, `getUser`, `listUsers`, blocking — go straight to CometChat with the
 * user's auth token (`logout` first has your backend revoke it, so it is refused everywhere afterwards);
 * privileged ones — `createUser`, `createUsers` (bulk), `updateUser` (role included), `deleteUser`,
 * `deactivateUsers`, `reactivateUsers`, and listings that ask for deactivated users — go to your
 * backend, which checks the caller's role. No Auth Key in the browser. Presence comes from your backend's
 * event stream, and with `createSdkClient` also from the SDK's own user listener (`subscribeToPresence`).
 *
 * @example
 * ```ts
 * const tokens = localStorageTokenStore();
 * const cometchat = createHttpClient({ appId: 'APP_ID', region: 'eu' }, { tokenStore: tokens });
 * const client = withBackend(cometchat, createBackendClient({ baseUrl: '/api', getAuthToken: () => tokens.get() }));
 * <ProfileKitProvider client={client}>…</ProfileKitProvider>
 * ```
 */
export function withBackend<C extends UserClient>(cometChat: C, backend: BackendClient): BackendUserClient<C> {
  const client: Record<string, Forward> = {
    listUsers: (query, options) =>
      (asksForDeactivated(query as ListUsersQuery) ? backend : cometChat).listUsers(
        query as ListUsersQuery,
        options as RequestOptions,
      ),
    // The backend holds the key: the Auth Key argument of the CometChat signature is not used.
    createUser: (user, _authKey, options) => backend.createUser(user as CreateUserInput, options as RequestOptions),
    updateUser: (user, _authKey, options) => backend.updateUser(user as UpdateUserInput, options as RequestOptions),
    // CometChat's own logout leaves the auth token valid (revoking it is the server's job): the backend revokes
    // it first, then CometChat's logout forgets it here (it takes the now-refused token as logged out). The
    // local logout happens even when the backend could not be told; that failure is still reported (a token
    // the backend refuses — none, or revoked already — has no session left to end).
    // CometChat sends no event when a profile changes: the backend re-reads the user and publishes it. The
    // notice is fire-and-forget: the update succeeded whatever becomes of it.
    updateCurrentUserDetails: async (user, options) => {
      const updated = await cometChat.updateCurrentUserDetails(
        user as Parameters<UserClient['updateCurrentUserDetails']>[0],
        options as RequestOptions,
      );
      backend.reportUserChanged(updated.uid).catch(() => {});
      return updated;
    },
    logout: async (options) => {
      const ended = await backend.endSession(options as RequestOptions).then(
        () => undefined,
        (error: unknown) => (isAuthError(error) ? undefined : { error }),
      );
      await cometChat.logout(options as RequestOptions);
      if (ended) throw ended.error;
    },
  };
  const forward = (target: object, name: string) => {
    const method = (target as Record<string, Forward | undefined>)[name];
    if (method) client[name] = (...args) => method.apply(target, args);
  };
  for (const name of selfService) forward(cometChat, name);
  for (const name of privileged) forward(backend, name);
  return client as unknown as BackendUserClient<C>;
}
