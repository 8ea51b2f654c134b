import type { PresenceListener } from './events/ProfileEvent';
import type { CreateUserInput, CurrentUserChanges, SignupInput, UpdateUserInput, User } from './types';

/** Per-call options every client accepts. */
export interface RequestOptions {
  /** Cancels the request; the promise rejects with a `NetworkError` of code `ERR_ABORTED`. */
  signal?: AbortSignal;
}

/**
 * Filters for {@link UserClient.listUsers}, named as CometChat's `UsersRequestBuilder` names them.
 *
 * @example
 * ```ts
 * const query: ListUsersQuery = { searchKeyword: 'kev', roles: ['admin'], limit: 30, page: 1 };
 * ```
 */
export interface ListUsersQuery {
  /**
   * CometChat's `searchKey`, a `LIKE 'key%'` query: a user matches when their whole uid or their whole
   * name starts with it, case-insensitive (`'kim'` finds "Kim Lee", `'lee'` does not). `searchIn` narrows it to one of them.
   */
  searchKeyword?: string;
  /** Where to search: `uid`, `name` or both (default). */
  searchIn?: ('uid' | 'name')[];
  status?: 'online' | 'offline';
  roles?: string[];
  tags?: string[];
  uids?: string[];
  /** Users per page, 1–1000 (CometChat's `perPage`); default 100. */
  limit?: number;
  /** 1-based page number. */
  page?: number;
  /** With the REST API key only. */
  withDeactivated?: boolean;
  /** With the REST API key only. */
  onlyDeactivated?: boolean;
  hideBlockedUsers?: boolean;
  sortBy?: 'name' | 'status';
  sortOrder?: 'asc' | 'desc';
}

/** One page of users with CometChat's pagination numbers. */
export interface UserPage {
  users: User[];
  total: number;
  page: number;
  perPage: number;
  totalPages: number;
}

/** What a block or unblock did for each uid. */
export type BlockOutcome = Record<string, { success: boolean; message?: string }>;

/**
 * The user-management operations of CometChat, as promises. Three implementations share this
 * contract: `createHttpClient` (fetch, no SDK), `createSdkClient` (your initialised official SDK) and
 * `createRestClient` (your backend, REST API key). Hooks and forms work over any of them.
 *
 * Inputs are validated against the policy table before any request: bad input rejects with a
 * `ValidationError` whose `details` name the field and the rule.
 *
 * @example
 * ```ts
 * const user = await client.createUser({ uid: 'usr1', name: 'Kevin' }, authKey);
 * await client.login('usr1', authKey);
 * await client.updateCurrentUserDetails({ statusMessage: 'Hello' });
 * ```
 */
export interface UserClient {
  /** Creates a user (Auth Key or REST API key). uid is stored lowercased; a taken uid rejects with `ERR_UID_ALREADY_EXISTS`. */
  createUser(user: CreateUserInput, authKey?: string, options?: RequestOptions): Promise<User>;
  /** Changes any user by uid (Auth Key or REST API key); `unset` removes `avatar`, `link` or `metadata`. */
  updateUser(user: UpdateUserInput, authKey?: string, options?: RequestOptions): Promise<User>;
  /** Changes the logged-in user; never their uid or role. */
  updateCurrentUserDetails(changes: CurrentUserChanges, options?: RequestOptions): Promise<User>;
  /** Logs in with a uid and the Auth Key (development), or with an auth token your backend issued. */
  login(uid: string, authKey: string, options?: RequestOptions): Promise<User>;
  login(authToken: string, options?: RequestOptions): Promise<User>;
  /**
   * Development only: logs in with a uid and the Auth Key the client holds — present on a client wrapped by
   * `withDevAuthKey` (`@profilekit/core/dev`), so the key lives in one place; absent on every other client.
   */
  loginWithDevAuthKey?(uid: string, options?: RequestOptions): Promise<User>;
  /**
   * Live presence from the official SDK's own user listener: calls `listener` each time CometChat's socket says
   * a user came online or went offline, until the returned function is called. Present on `createSdkClient`'s
   * client (and on `withBackend` over it); absent on clients without a socket.
   */
  subscribeToPresence?(listener: PresenceListener): () => void;
  /** Logs out and forgets the auth token. */
  logout(options?: RequestOptions): Promise<void>;
  /** The logged-in user, or `null` when nobody is logged in. */
  getLoggedInUser(options?: RequestOptions): Promise<User | null>;
  /** One user; `ERR_UID_NOT_FOUND` when unknown or deactivated. */
  getUser(uid: string, options?: RequestOptions): Promise<User>;
  /** A page of users with search and filters. */
  listUsers(query?: ListUsersQuery, options?: RequestOptions): Promise<UserPage>;
  /** Blocks users for the logged-in user. */
  blockUsers(uids: string[], options?: RequestOptions): Promise<BlockOutcome>;
  /** Unblocks users for the logged-in user. */
  unblockUsers(uids: string[], options?: RequestOptions): Promise<BlockOutcome>;
}

/**
 * What only a privileged caller may do — your backend with the REST API key (`createRestClient`), or the
 * browser through your backend's routes (`createBackendClient`). CometChat lets nobody else delete a user.
 *
 * @example
 * ```ts
 * if (isAdminClient(client)) await client.deactivateUsers(['spammer1']);
 * ```
 */
export interface UserAdminOperations {
  /** Deletes a user: soft by default (the uid stays taken), `permanent: true` erases it and frees the uid. */
  deleteUser(uid: string, options?: RequestOptions & { permanent?: boolean }): Promise<void>;
  /** Deactivates users: they cannot log in and are hidden from listings unless asked for. */
  deactivateUsers(uids: string[], options?: RequestOptions): Promise<void>;
  /** Reactivates deactivated users. */
  reactivateUsers(uids: string[], options?: RequestOptions): Promise<void>;
}

/** A {@link UserClient} that may also delete, deactivate and reactivate users. */
export type AdminUserClient = UserClient & UserAdminOperations;

/** `true` when the client can delete, deactivate and reactivate users. */
export function isAdminClient(client: UserClient): client is AdminUserClient {
  const candidate = client as Partial<UserAdminOperations>;
  return (
    typeof candidate.deleteUser === 'function' &&
    typeof candidate.deactivateUsers === 'function' &&
    typeof candidate.reactivateUsers === 'function'
  );
}

/**
 * A sign-up as your backend receives it: the CometChat user the new person asks for (only what
 * `signup` allows — never a role), and your app's own account fields (email, password…), which
 * profilekit passes to your `onSignup` hook untouched.
 *
 * @example
 * ```ts
 * const request: SignupRequest = { user: { uid: 'kevin', name: 'Kevin' }, account: { email: 'k@example.com', password: '…' } };
 * ```
 */
export interface SignupRequest {
  user: SignupInput;
  account?: Record<string, unknown>;
}

/** What a completed sign-up returns: the CometChat user and an auth token to `login(authToken)` with. */
export interface SignupResult {
  user: User;
  authToken: string;
}
