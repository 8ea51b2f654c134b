import type {
  ListUsersQuery,
  RequestOptions,
  SignupRequest,
  SignupResult,
  UserAdminOperations,
  UserPage,
} from '../client';
import type { ProfileEventListener } from '../events/ProfileEvent';
import { listUsersParams, usersPage } from '../http/listQuery';
import { createSend, type TransportOptions, type WireRequest } from '../http/request';
import { validated } from '../http/validate';
import { toUser, userOf, userPath } from '../http/wireUser';
import type { CreateUserInput, UpdateUserInput, User } from '../types';
import type { BulkCreateResult } from './bulkCreate';
import { type EventStreamOptions, readEventStream } from './readEventStream';

/** Options of {@link createBackendClient}. */
export interface BackendClientOptions extends TransportOptions {
  /** Where `@profilekit/server` is mounted, e.g. `'/api'` or `'https://api.example.com/profilekit'`. */
  baseUrl: string;
  /** The logged-in user's CometChat auth token, sent as `Authorization: Bearer …` (admin routes need it). */
  getAuthToken?: () => string | null | undefined | Promise<string | null | undefined>;
}

/**
 * The browser's way to your backend's privileged routes (`@profilekit/server`): admin reads and writes,
 * delete, deactivate and reactivate, plus sign-up, uid availability and login through your own accounts.
 */
export interface BackendClient extends UserAdminOperations {
  /** Creates a user with any field, role included (admins only). */
  createUser(user: CreateUserInput, options?: RequestOptions): Promise<User>;
  /**
   * Creates up to `MAX_BULK_CREATE` users in one request (admins only). Rows are not checked here: the
   * server validates each with the policy table and answers per uid (`created`, `exists`, `invalid`, `failed`).
   */
  createUsers(users: readonly CreateUserInput[], options?: RequestOptions): Promise<BulkCreateResult>;
  /** Changes any user, role included (admins only). */
  updateUser(user: UpdateUserInput, options?: RequestOptions): Promise<User>;
  /** One user, deactivated ones too (admins only). */
  getUser(uid: string, options?: RequestOptions): Promise<User>;
  /** A page of users; `withDeactivated`/`onlyDeactivated` work here (admins only). */
  listUsers(query?: ListUsersQuery, options?: RequestOptions): Promise<UserPage>;
  /** Signs a new person up: your account, then their CometChat user; `login(result.authToken)` next. */
  signup(request: SignupRequest, options?: RequestOptions): Promise<SignupResult>;
  /** `true` when nobody holds this uid (deactivated users and your accounts count). */
  isUidAvailable(uid: string, options?: RequestOptions): Promise<boolean>;
  /** Your app's own login (e.g. `{ login, password }`): the user and an auth token for `login(authToken)`. */
  startSession(credentials: Record<string, unknown>, options?: RequestOptions): Promise<SignupResult>;
  /** Ends the session of the current auth token: your backend revokes it with CometChat (`DELETE /session`). */
  endSession(options?: RequestOptions): Promise<void>;
  /**
   * Live events your backend streams to this caller (`GET {basePath}/events`, Server-Sent Events read with
   * `fetch`: the auth token goes in the `Authorization` header, never in a URL). Reconnects with back-off and
   * `Last-Event-ID`, so events published while it was away are delivered (within the server's replay window);
   * stops for good on 401/403/404 (reported to `onError`). Returns the function that stops it.
   *
   * @example
   * ```ts
   * const stop = backend.subscribeToEvents((event) => {
   *   if (event.type === 'user.updated') queryClient.setQueryData(['users', event.user.uid], event.user);
   * }, { onError: (error) => console.warn('live profiles paused', error) });
   * ```
   */
  subscribeToEvents(listener: ProfileEventListener, options?: EventStreamOptions): () => void;
  /**
   * Tells your backend that `uid` changed their own profile straight at CometChat
   * (`POST {basePath}/events/user-changed`): it re-reads the user with the REST API and publishes what it read.
   * `withBackend` calls it after `updateCurrentUserDetails`.
   */
  reportUserChanged(uid: string, options?: RequestOptions): Promise<void>;
}

type Method = WireRequest['method'];

/**
 * A {@link BackendClient} over `fetch`. Input is validated with the policy table before any request
 * (sign-ups with its `signup` column: never a role); errors come back as profilekit errors with the
 * server's `details`, so forms put them on their fields; reads retry on 429/5xx.
 *
 * @example
 * ```ts
 * import { localStorageTokenStore } from '@profilekit/core';
 * import { createBackendClient } from '@profilekit/core/backend';
 *
 * const tokens = localStorageTokenStore();
 * const backend = createBackendClient({ baseUrl: '/api', getAuthToken: () => tokens.get() });
 * const { authToken } = await backend.signup({ user: { uid: 'kevin', name: 'Kevin' }, account: { email, password } });
 * await backend.deactivateUsers(['spammer1']); // as an admin
 * ```
 */
export function createBackendClient(options: BackendClientOptions): BackendClient {
  const send = createSend(options);
  const base = options.baseUrl.replace(/\/+$/, '');
  async function call<T>(method: Method, path: string, body?: unknown, requestOptions?: RequestOptions) {
    const authToken = (await options.getAuthToken?.()) ?? undefined;
    return send<T>({
      method,
      url: base + path,
      headers: { authorization: authToken ? `Bearer ${authToken}` : undefined },
      body,
      secrets: [authToken],
      signal: requestOptions?.signal,
    });
  }
  const session = async (answer: Promise<{ data: { user: object; authToken: string } }>): Promise<SignupResult> => {
    const { data } = await answer;
    return { user: toUser(data.user), authToken: data.authToken };
  };
  return {
    createUser: async (user, requestOptions) =>
      userOf(call('POST', '/users', validated('create', user), requestOptions)),
    createUsers: async (users, requestOptions) =>
      (await call<BulkCreateResult>('POST', '/users/bulk', { users }, requestOptions)).data,
    async updateUser(user, requestOptions) {
      const { uid, ...changes } = validated('update', user);
      return userOf(call('PATCH', userPath(uid), changes, requestOptions));
    },
    getUser: (uid, requestOptions) => userOf(call('GET', userPath(uid), undefined, requestOptions)),
    listUsers: async (query = {}, requestOptions) =>
      usersPage(await call('GET', `/users?${listUsersParams(query, 'admin')}`, undefined, requestOptions), query),
    async deleteUser(uid, { permanent = false, ...requestOptions } = {}) {
      await call('DELETE', `${userPath(uid)}${permanent ? '?permanent=true' : ''}`, undefined, requestOptions);
    },
    async deactivateUsers(uids, requestOptions) {
      await call('POST', '/users/deactivate', { uids }, requestOptions);
    },
    async reactivateUsers(uids, requestOptions) {
      await call('POST', '/users/reactivate', { uids }, requestOptions);
    },
    signup: async ({ user, account }, requestOptions) =>
      session(call('POST', '/signup', { user: validated('signup', user), account: account ?? {} }, requestOptions)),
    async isUidAvailable(uid, requestOptions) {
      const path = `/signup/uids/${encodeURIComponent(uid)}`;
      return (await call<{ available?: unknown }>('GET', path, undefined, requestOptions)).data.available === true;
    },
    startSession: (credentials, requestOptions) => session(call('POST', '/session', credentials, requestOptions)),
    async endSession(requestOptions) {
      await call('DELETE', '/session', undefined, requestOptions);
    },
    subscribeToEvents: (listener, streamOptions) =>
      readEventStream(
        { url: `${base}/events`, fetch: () => options.fetch ?? globalThis.fetch, getAuthToken: options.getAuthToken },
        listener,
        streamOptions,
      ),
    async reportUserChanged(uid, requestOptions) {
      await call('POST', '/events/user-changed', { uid }, requestOptions);
    },
  };
}
